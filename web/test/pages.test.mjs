// The browser tests of the explorer, GraphiQL and the drawing examples, in
// Debian's Chromium against the real server binary with the example
// articles ingested. browser_test.go starts both and runs this file with
// BASE_URL (the newsgraph server) and EXAMPLES_URL (examples/drawing
// served from another origin, which the server allows by --cors-origins).
// Every page may reach only the origins of the test; any other request is
// blocked, and each test asserts none was tried and nothing went wrong in
// the page's console.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, watch } from "./browser.mjs";

const base = process.env.BASE_URL;
const examples = process.env.EXAMPLES_URL;
if (!base) throw new Error("BASE_URL is not set: run through go test ./web/ (browser_test.go)");

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function api(query, variables = {}) {
  const res = await fetch(new URL("query", base), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

// open loads a page with the origin guard on and returns it with its log.
async function open(url, origins = [base]) {
  const page = await browser.context.newPage();
  const log = await watch(page, origins);
  await page.goto(url);
  return { page, log };
}

function clean(log) {
  assert.deepEqual(log.outside, [], "requests outside the server's origin");
  assert.deepEqual(log.pageErrors, [], "errors thrown in the page");
  assert.deepEqual(log.consoleErrors, [], "errors in the console");
}

const graphSel = '[data-testid="graph"]';

async function drawn(page) {
  await page.waitForFunction((sel) => +document.querySelector(sel).dataset.nodeCount > 0, graphSel);
  return page.$eval(graphSel, (el) => ({ nodes: +el.dataset.nodeCount, edges: +el.dataset.edgeCount }));
}

const NEIGHBORHOOD = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200, fanOut: 100) { nodes { id } edges { id source target type status caption } } }`;

test("the explorer loads with nothing from elsewhere and suggests where to start", async () => {
  const { page, log } = await open(base);
  await page.waitForSelector("#suggestions a");
  assert.match(await page.textContent("#suggestions"), /Most in the news/);
  clean(log);
  await page.close();
});

test("searching and clicking a result draws its neighborhood", async () => {
  const { page, log } = await open(base);
  await page.fill('[data-testid="search"]', "solberg");
  const hit = page.locator('[data-testid="search-result"]').first();
  await hit.waitFor();
  assert.match(await hit.textContent(), /Ingrid Solberg/);
  assert.match(await hit.textContent(), /person/i, "the result shows its kind");
  await hit.click();
  const got = await drawn(page);
  const want = (await api(NEIGHBORHOOD, { id: "person:ingrid-solberg" })).neighborhood;
  assert.deepEqual(got, { nodes: want.nodes.length, edges: want.edges.length });
  assert.equal(new URL(page.url()).searchParams.get("entity"), "person:ingrid-solberg");
  await page.waitForSelector(".timeline li");
  assert.match(await page.textContent("#details"), /met Marek Tamm/);
  clean(log);
  await page.close();
});

test("?entity=ID&edge=EDGE_ID opens the evidence: sentence and status", async () => {
  const id = "person:ibrahim-osman";
  const { neighborhood } = await api(NEIGHBORHOOD, { id });
  const denied = neighborhood.edges.find((e) => e.status === "DENIED");
  assert.ok(denied, "the examples hold a denied meeting");
  const { relations } = await api(
    `query($a: ID!, $b: ID!) { relations(source: $a, target: $b, statuses: [DENIED]) { nodes { evidence { sentence } } } }`,
    { a: id, b: denied.source === id ? denied.target : denied.source },
  );
  const sentence = relations.nodes[0].evidence.sentence;

  const { page, log } = await open(`${base}?entity=${encodeURIComponent(id)}&edge=${encodeURIComponent(denied.id)}`);
  const panel = page.locator('[data-testid="evidence"]');
  await panel.locator(".statement").first().waitFor();
  const text = await panel.textContent();
  assert.ok(text.includes(sentence), `evidence shows the sentence ${JSON.stringify(sentence)}: ${text}`);
  assert.match(text, /denied/);
  assert.equal(await panel.locator("mark").first().textContent(), sentence, "the sentence is marked in its article");
  // Drawn apart from what happened: grey, curved, labelled with its status.
  assert.equal(await page.evaluate(() => window.newsgraph.earlyAnswerUsed), true, "the neighborhood asked for before the bundle loaded was used");
  const look = await page.evaluate((e) => window.newsgraph.graph.getEdgeAttributes(e), denied.id);
  assert.equal(look.status, "DENIED");
  assert.ok(look.curvature > 0 && /denied/.test(look.label), JSON.stringify(look));
  const happened = await page.evaluate(() => {
    const g = window.newsgraph.graph;
    return g.filterEdges((e, a) => a.status === "HAPPENED").map((e) => g.getEdgeAttributes(e));
  });
  for (const h of happened) assert.notEqual(h.color, look.color, "a happened line has its type's colour, not the denied grey");
  clean(log);
  await page.close();
});

test("clicking a node expands it; double-clicking re-centres on it", async () => {
  const { page, log } = await open(`${base}?entity=person:marek-tamm`);
  await drawn(page);
  await page.waitForFunction(() => !window.newsgraph.layoutRunning);
  await page.waitForTimeout(400); // the camera's animation
  const at = (id) => page.evaluate((id) => {
    const r = window.newsgraph.renderer;
    const p = r.graphToViewport(window.newsgraph.graph.getNodeAttributes(id));
    const box = document.querySelector('[data-testid="graph"]').getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  const target = "person:ingrid-solberg";
  let p = await at(target);
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => document.querySelector("#details h2")?.textContent === "Ingrid Solberg");
  p = await at(target);
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForFunction((t) => new URL(location.href).searchParams.get("entity") === t, target);
  const got = await drawn(page);
  const want = (await api(NEIGHBORHOOD, { id: target })).neighborhood;
  await page.waitForFunction((n) => +document.querySelector('[data-testid="graph"]').dataset.nodeCount === n, want.nodes.length);
  assert.ok(got.nodes > 0);
  clean(log);
  await page.close();
});

test("filters: only what happened leaves the planned meeting out", async () => {
  const { page, log } = await open(`${base}?entity=person:ingrid-solberg`);
  const all = await drawn(page);
  await page.locator('input[name="status"][value="PLANNED"]').uncheck();
  await page.locator('input[name="status"][value="PROPOSED"]').uncheck();
  await page.locator('input[name="status"][value="DENIED"]').uncheck();
  const want = (await api(
    `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200, fanOut: 100, statuses: [HAPPENED]) { nodes { id } edges { id } } }`,
    { id: "person:ingrid-solberg" })).neighborhood;
  await page.waitForFunction((n) => +document.querySelector('[data-testid="graph"]').dataset.edgeCount === n, want.edges.length);
  const some = await drawn(page);
  assert.equal(some.nodes, want.nodes.length);
  assert.ok(some.edges < all.edges, `${some.edges} lines with happened only, ${all.edges} with all`);
  clean(log);
  await page.close();
});

test("how are A and B connected: the paths are drawn", async () => {
  const { page, log } = await open(`${base}?from=person:marek-tamm&to=person:aino-lehtonen`);
  const got = await drawn(page);
  const { paths } = await api(`{ paths(from: "person:marek-tamm", to: "person:aino-lehtonen", maxDepth: 6, mode: ALL_SHORTEST, first: 20) { graph { nodes { id } edges { id } } } }`);
  assert.deepEqual(got, { nodes: paths.graph.nodes.length, edges: paths.graph.edges.length });
  assert.match(await page.textContent("#status"), /shortest path/);
  clean(log);
  await page.close();
});

test("export GraphML, JSON, GEXF and PNG: valid files with what is on screen", async () => {
  const { page, log } = await open(`${base}?entity=person:ingrid-solberg`);
  const counts = await drawn(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export-graphml"]')]);
  assert.match(download.suggestedFilename(), /\.graphml$/);
  const xml = await readFile(await download.path(), "utf8");
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    const ns = "http://graphml.graphdrawing.org/xmlns";
    return { nodes: doc.getElementsByTagNameNS(ns, "node").length, edges: doc.getElementsByTagNameNS(ns, "edge").length };
  }, xml);
  assert.deepEqual(parsed, counts);
  assert.match(xml, /<data key="d_status">PLANNED<\/data>/);

  const save = async (button) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    return readFile(await d.path());
  };
  const json = JSON.parse(await save("#export-json"));
  assert.deepEqual({ nodes: json.nodes.length, edges: json.edges.length }, counts);
  assert.ok(json.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)), "JSON nodes carry positions");
  const gexf = (await save("#export-gexf")).toString("utf8");
  const g = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    return { nodes: doc.getElementsByTagName("node").length, edges: doc.getElementsByTagName("edge").length };
  }, gexf);
  assert.deepEqual(g, counts);
  const png = await save("#export-png");
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG file");
  assert.ok(png.length > 5000, `a PNG of ${png.length} bytes holds a drawing`);
  clean(log);
  await page.close();
});

test("GraphiQL loads with nothing from elsewhere; Run and Ctrl-Enter run the operation under the cursor", async () => {
  const { page, log } = await open(new URL("graphiql", base).href);
  const editor = ".graphiql-query-editor .CodeMirror";
  await page.waitForSelector(editor);
  // Put the cursor in an operation by its name.
  const cursorIn = (name) => page.evaluate(([sel, name]) => {
    const cm = document.querySelector(sel).CodeMirror;
    const at = cm.getValue().indexOf(`query ${name}`);
    if (at < 0) throw new Error(`no operation ${name}`);
    cm.focus();
    cm.setCursor(cm.posFromIndex(at + 8));
  }, [editor, name]);
  const response = () => page.evaluate(() => document.querySelector(".graphiql-response .CodeMirror").CodeMirror.getValue());
  const waitFor = (field) => page.waitForFunction((f) => {
    const v = document.querySelector(".graphiql-response .CodeMirror")?.CodeMirror.getValue() ?? "";
    return v.includes(`"${f}"`);
  }, field);

  await cursorIn("Neighborhood");
  await page.click(".graphiql-execute-button");
  await waitFor("neighborhood");
  assert.match(await response(), /person:ingrid-solberg/);

  await cursorIn("Paths");
  await page.keyboard.press("Control+Enter");
  await waitFor("paths");

  await cursorIn("Search");
  await page.click(".graphiql-execute-button");
  await waitFor("search");
  assert.doesNotMatch(await response(), /"errors"/);
  clean(log);
  await page.close();
});

for (const lib of ["cytoscape", "vis-network"]) {
  test(`examples/drawing/${lib}.html draws a neighborhood from another origin`, { skip: !examples && "EXAMPLES_URL not set" }, async () => {
    const api = new URL("query", base).href;
    const { page, log } = await open(`${examples}/${lib}.html?api=${encodeURIComponent(api)}&id=person:ingrid-solberg`, [base, examples]);
    const got = await drawn(page);
    const want = (await (await fetch(api, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: `{ neighborhood(id: "person:ingrid-solberg", depth: 2, limit: 150) { nodes { id } edges { id } } }` }),
    })).json()).data.neighborhood;
    assert.deepEqual(got, { nodes: want.nodes.length, edges: want.edges.length });
    clean(log);
    await page.close();
  });
}
