// screenshots.mjs takes the README's pictures of the explorer: a
// neighborhood, the evidence behind a meeting that was denied, and the
// paths between two people. screenshots_test.go runs it against a server
// holding a synthetic corpus (SCREENSHOTS=docs/screenshots go test -run
// Screenshots ./web/), with the same origin guard as the browser tests.
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, watch } from "./browser.mjs";

const base = process.env.BASE_URL;
const out = process.env.OUT;

async function api(query, variables = {}) {
  const res = await fetch(new URL("query", base), {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

// A denied meeting between two people, and its neighborhood.
const denied = (await api(`{ relations(types: [MET], statuses: [DENIED], first: 200) { nodes { source { id kind mentions } target { id kind mentions } } } }`))
  .relations.nodes.filter((r) => r.target && r.source.kind === "PERSON")
  .sort((a, b) => b.source.mentions + b.target.mentions - (a.source.mentions + a.target.mentions))[0];
assert.ok(denied, "the corpus holds a denied meeting");
const centre = denied.source.id;
const hood = (await api(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 45) { nodes { id kind } edges { id source target type status } } }`, { id: centre })).neighborhood;
const edge = hood.edges.find((e) => e.status === "DENIED" && e.type === "MET");
assert.ok(edge, "the denied meeting is in the neighborhood");
// Someone as far away as can be found among a few, for the paths.
const candidates = (await api(`query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 400) { nodes { id kind } } }`, { id: centre })).neighborhood.nodes
  .filter((n) => n.kind === "PERSON").reverse().slice(0, 60);
let far = null;
let best = [0, 0];
for (const c of candidates) {
  const { paths } = await api(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxDepth: 6, mode: ALL_SHORTEST) { paths { length } } }`, { a: centre, b: c.id });
  const score = [paths.paths[0]?.length ?? 0, Math.min(paths.paths.length, 4)];
  if (score[0] > best[0] || (score[0] === best[0] && score[1] > best[1])) {
    best = score;
    far = c;
  }
}
assert.ok(far, "someone connected");

const { context, close } = await launch();
async function shoot(url, file, prepare) {
  const page = await context.newPage();
  const log = await watch(page, [base]);
  await page.goto(url);
  await page.waitForFunction(() => +document.querySelector('[data-testid="graph"]').dataset.nodeCount > 0);
  await page.waitForFunction(() => !window.newsgraph.layoutRunning, null, { timeout: 60000 });
  if (prepare) await prepare(page);
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, file) });
  assert.deepEqual(log, { outside: [], consoleErrors: [], pageErrors: [] });
  await page.close();
  console.log(`${file}: ${url}`);
}

await shoot(`${base}?entity=${encodeURIComponent(centre)}&limit=45`, "neighborhood.png", (p) => p.waitForSelector(".timeline li"));
await shoot(`${base}?entity=${encodeURIComponent(centre)}&limit=45&edge=${encodeURIComponent(edge.id)}`, "evidence.png",
  (p) => p.waitForSelector('[data-testid="evidence"] .statement'));
await shoot(`${base}?from=${encodeURIComponent(centre)}&to=${encodeURIComponent(far.id)}`, "path.png", (p) => p.waitForSelector(".timeline li"));
await close();
