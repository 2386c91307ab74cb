// bench.mjs measures the explorer in Chromium (bench_test.go runs it
// against a server holding a synthetic corpus): how long after the start
// of the page load the first neighborhood is on screen, and how smoothly
// a large drawing pans, zooms and reacts to a hover. It prints one JSON
// object; BENCHMARKS.md reports the numbers. Chromium renders WebGL in
// software here (SwiftShader, no GPU): a machine with a GPU does better.
import { launch, watch } from "./browser.mjs";

const base = process.env.BASE_URL;
const small = process.env.ENTITY;
const large = process.env.LARGE_ENTITY ?? small;
const runs = +(process.env.RUNS ?? 5);

const { context, close } = await launch();
const out = { runs: [], large: null };

async function load(url) {
  const page = await context.newPage();
  const log = await watch(page, [base]);
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraph?.firstRenderMs > 0, null, { timeout: 120000 });
  const r = await page.evaluate(() => ({
    firstRenderMs: Math.round(window.newsgraph.firstRenderMs),
    ...window.newsgraph.timings,
    domContentLoadedMs: Math.round(performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd),
    nodes: window.newsgraph.graph.order,
    edges: window.newsgraph.graph.size,
  }));
  if (log.outside.length || log.pageErrors.length || log.consoleErrors.length) throw new Error(JSON.stringify(log));
  return { page, r };
}

for (let i = 0; i < runs; i++) {
  const { page, r } = await load(`${base}?entity=${encodeURIComponent(small)}&depth=2&limit=200`);
  out.runs.push(r);
  await page.close();
}

{
  const { page, r } = await load(`${base}?entity=${encodeURIComponent(large)}&depth=3&limit=2000`);
  await page.waitForFunction(() => !window.newsgraph.layoutRunning, null, { timeout: 60000 });
  const motion = await page.evaluate(async () => {
    const r = window.newsgraph.renderer;
    const cam = r.getCamera();
    const gaps = [];
    let last = performance.now();
    let running = true;
    const tick = (t) => {
      gaps.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    for (let i = 0; i < 4; i++) {
      await cam.animate({ ratio: i % 2 ? 1 : 0.35, x: 0.5 + 0.1 * (i % 2), y: 0.5 }, { duration: 500 });
    }
    running = false;
    const elapsed = performance.now() - t0;
    gaps.sort((a, b) => a - b);
    // A hover re-renders through the reducers: time a few full refreshes.
    const g = window.newsgraph.graph;
    const hub = g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0];
    const refresh = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      r.refresh({ skipIndexation: true });
      refresh.push(performance.now() - s);
    }
    refresh.sort((a, b) => a - b);
    return {
      fps: Math.round((gaps.length / elapsed) * 1000),
      frameP50Ms: Math.round(gaps[Math.floor(gaps.length * 0.5)]),
      frameP95Ms: Math.round(gaps[Math.floor(gaps.length * 0.95)]),
      redrawP50Ms: Math.round(refresh[5]),
      hubDegree: g.degree(hub),
    };
  });
  out.large = { ...r, ...motion };
  await page.close();
}
// The same large neighborhood drawn by cytoscape.js (canvas 2D), the
// alternative considered, with fixed positions and the same camera motion.
{
  const res = await fetch(new URL("query", base), {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query: `query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 2000, fanOut: 100) { nodes { id label kind weight } edges { id source target type status weight } } }`, variables: { id: large } }),
  });
  const g = (await res.json()).data.neighborhood;
  const page = await context.newPage();
  await page.setViewportSize({ width: 810, height: 850 });
  await page.setContent(`<div id="cy" style="position:absolute;inset:0"></div>`);
  await page.addScriptTag({ path: new URL("../node_modules/cytoscape/dist/cytoscape.min.js", import.meta.url).pathname });
  out.cytoscape = await page.evaluate(async (g) => {
    const n = g.nodes.length;
    const t0 = performance.now();
    const cy = cytoscape({
      container: document.getElementById("cy"),
      elements: [
        ...g.nodes.map((v, i) => ({ data: { ...v }, position: { x: 1000 * Math.cos((2 * Math.PI * i) / n) * Math.sqrt(i / n), y: 1000 * Math.sin((2 * Math.PI * i) / n) * Math.sqrt(i / n) } })),
        ...g.edges.map((e) => ({ data: { ...e } })),
      ],
      style: [{ selector: "node", style: { label: "data(label)", width: 8, height: 8 } }, { selector: "edge", style: { width: 1, "curve-style": "bezier" } }],
      layout: { name: "preset" },
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const firstDrawMs = performance.now() - t0;
    const gaps = [];
    let last = performance.now();
    let running = true;
    const tick = (t) => { gaps.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const s = performance.now();
    for (let i = 0; i < 4; i++) {
      await cy.animation({ zoom: i % 2 ? cy.zoom() / 2.8 : cy.zoom() * 2.8, duration: 500 }).play().promise();
    }
    running = false;
    const elapsed = performance.now() - s;
    gaps.sort((a, b) => a - b);
    return { nodes: cy.nodes().length, edges: cy.edges().length, firstDrawMs: Math.round(firstDrawMs), fps: Math.round((gaps.length / elapsed) * 1000), frameP50Ms: Math.round(gaps[Math.floor(gaps.length / 2)]), frameP95Ms: Math.round(gaps[Math.floor(gaps.length * 0.95)]) };
  }, g);
  await page.close();
}
await close();
console.log(JSON.stringify(out));
