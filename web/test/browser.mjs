// browser.mjs starts Debian's Chromium through playwright-core (its own
// browser downloads are not reachable here, and the tests must not depend
// on them) and opens pages that may reach the server's origin and nothing
// else: every other request is blocked and recorded, every console error
// and page error recorded, so a test can assert there were none.
import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

export function haveChromium() {
  return existsSync(chromiumPath);
}

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

// watch makes page reach only the origins given (its own and any other
// the test serves) and records what it tried beyond them and what went
// wrong on it.
export async function watch(page, origins) {
  const log = { outside: [], consoleErrors: [], pageErrors: [] };
  const allowed = new Set(origins.map((o) => new URL(o).origin));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    let origin = null;
    try {
      origin = new URL(url).origin;
    } catch {}
    if (url.startsWith("data:") || url.startsWith("blob:") || allowed.has(origin)) {
      return route.continue();
    }
    log.outside.push(url);
    return route.abort("blockedbyclient");
  });
  // Websockets are not routed by page.route: record them apart.
  page.on("websocket", (ws) => {
    const u = new URL(ws.url());
    const http = (u.protocol === "wss:" ? "https:" : "http:") + "//" + u.host;
    if (!allowed.has(http)) log.outside.push(ws.url());
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => log.pageErrors.push(String(err) + (process.env.STACKS ? "\n" + err.stack : "")));
  return log;
}
