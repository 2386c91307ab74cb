// The newsgraph explorer: search, a graph drawn with sigma.js (WebGL, so a
// few thousand nodes stay responsive) from graphology, and the evidence
// behind every line. It talks to the same GraphQL API as every other
// client, at ./query on the page's own origin, and loads nothing from
// anywhere else.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { write as writeGEXF } from "graphology-gexf/browser";
import { toBlob } from "@sigma/export-image";
import { NEIGHBORHOOD, SLICE, neighborhoodVars } from "./queries.js";
import "./style.css";

const startedAt = performance.now();

// ---------------------------------------------------------------- model

const KINDS = {
  PERSON: { color: "#4e79a7", label: "person" },
  PLACE: { color: "#59a14f", label: "place" },
  ORGANIZATION: { color: "#f28e2b", label: "organization" },
  EVENT: { color: "#b07aa1", label: "event" },
};
const TYPES = {
  ATTACKED: { color: "#d62728", label: "attacked" },
  SAID: { color: "#1f9fb4", label: "said" },
  MET: { color: "#2f8f3a", label: "met" },
  PARTICIPATED_IN: { color: "#8c6bb1", label: "took part in" },
  OCCURRED_IN: { color: "#a39a2a", label: "took place in" },
};
// Planned, proposed and denied statements are drawn apart from what
// happened: curved, pale or grey, thinner, and labelled with their status.
const STATUSES = {
  HAPPENED: { label: "happened" },
  PLANNED: { label: "planned" },
  PROPOSED: { label: "proposed" },
  DENIED: { label: "denied" },
};

const state = {
  centre: null, // entity ID at the centre
  selected: null, // node ID shown in the details panel
  edge: null, // edge ID whose evidence is open
  mode: "neighborhood", // or "paths"
  pathEnds: null,
  hovered: null,
  truncated: false,
};

const newGraph = () => new Graph({ multi: true, type: "directed", allowSelfLoops: true });
// The drawing's graph. A new drawing is built in a graph of its own and
// then handed to the renderer whole (setGraph), which costs far less than
// the renderer following thousands of single additions.
let graph = newGraph();
const $ = (id) => document.getElementById(id);
const container = $("graph");

// ---------------------------------------------------------------- API

const endpoint = new URL("query", document.baseURI).href;

class APIError extends Error {}

// earlyAnswer is the answer early.js asked for before the bundle loaded,
// if it asked the same question; used once.
async function earlyAnswer(vars) {
  const early = window.newsgraphEarly;
  window.newsgraphEarly = null;
  if (!early || early.key !== JSON.stringify(vars)) return null;
  try {
    const body = await (await early.answer).json();
    if (body.errors?.length) return null; // asked again, to report the error the usual way
    window.newsgraph.earlyAnswerUsed = true;
    return body.data;
  } catch {
    return null;
  }
}

async function gql(query, variables = {}) {
  let res;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new APIError(`The server cannot be reached (${e.message}).`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new APIError(`The server answered ${res.status} ${res.statusText}.`);
  }
  if (body.errors && body.errors.length) {
    throw new APIError(body.errors.map((e) => e.message + (e.extensions?.code ? ` (${e.extensions.code})` : "")).join("; "));
  }
  return body.data;
}

const PATHS = `query Paths($from: ID!, $to: ID!, $types: [RelationType!], $statuses: [Status!]) {
  paths(from: $from, to: $to, maxDepth: 6, mode: ALL_SHORTEST, first: 20, types: $types, statuses: $statuses) {
    paths { length }
    graph {${SLICE}
    }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 12) { score field matched entity { id name kind mentions } }
}`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) { id name kind aliases mentions firstSeen lastSeen }
  timeline(entity: $id, first: 100) {
    edges { node { date precision relation { id type status quote source { id name } target { id name } evidence { sentence article { title date } } } } }
    pageInfo { hasNextPage }
  }
}`;

const RELATION_FIELDS = `id type status date precision quote confidence
  source { id name } target { id name }
  evidence { sentence start end article { id title date source url } }`;

const EVIDENCE = `query Evidence($a: ID!, $b: ID!, $types: [RelationType!], $statuses: [Status!], $from: Date, $to: Date, $both: Boolean!) {
  ab: relations(source: $a, target: $b, types: $types, statuses: $statuses, from: $from, to: $to, first: 200) { nodes { ${RELATION_FIELDS} } pageInfo { hasNextPage } }
  ba: relations(source: $b, target: $a, types: $types, statuses: $statuses, from: $from, to: $to, first: 200) @include(if: $both) { nodes { ${RELATION_FIELDS} } pageInfo { hasNextPage } }
}`;

// ---------------------------------------------------------------- filters

function checkboxes(el, items, name) {
  for (const [key, v] of Object.entries(items)) {
    const label = document.createElement("label");
    label.className = "check";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = name;
    box.value = key;
    box.checked = true;
    const swatch = document.createElement("span");
    swatch.className = `swatch ${name}-${key.toLowerCase()}`;
    if (v.color) swatch.style.background = v.color;
    label.append(box, swatch, document.createTextNode(v.label));
    el.append(label);
  }
}
checkboxes($("types"), TYPES, "type");
checkboxes($("statuses"), STATUSES, "status");

function checked(name, all) {
  const on = [...document.querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value);
  return on.length === Object.keys(all).length ? null : on;
}

function filters() {
  return {
    types: checked("type", TYPES),
    statuses: checked("status", STATUSES),
    from: $("from").value || null,
    to: $("to").value || null,
  };
}

for (const id of ["types", "statuses", "from", "to", "depth", "limit"]) {
  $(id).addEventListener("change", () => reload());
}

function reload() {
  if (state.mode === "paths" && state.pathEnds) {
    connect(state.pathEnds.from, state.pathEnds.to);
  } else if (state.centre) {
    showNeighborhood(state.centre, { keepSelection: true });
  }
}

// ---------------------------------------------------------------- legend

(function legend() {
  const el = $("legend");
  const add = (html) => el.insertAdjacentHTML("beforeend", html);
  for (const [k, v] of Object.entries(KINDS)) add(`<div><span class="dot" style="background:${v.color}"></span>${v.label}</div>`);
  for (const [k, v] of Object.entries(TYPES)) add(`<div><span class="line" style="background:${v.color}"></span>${v.label}</div>`);
  add(`<div><span class="line pale" style="background:${pale(TYPES.MET.color)}"></span>planned or proposed (curved, labelled)</div>`);
  add(`<div><span class="line denied"></span>denied (grey, curved, labelled)</div>`);
  add(`<div class="hint">Node size: how often the news names it. Line width: how many statements.</div>`);
})();

// ---------------------------------------------------------------- drawing

function pale(hex) {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(c + (255 - c) * 0.55);
  const r = mix(n >> 16), g = mix((n >> 8) & 255), b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

// nodeSize grows with the mentions, relative to the most mentioned entity
// of the drawing so that a hub stands out in any corpus.
function nodeSize(weight, max) {
  return 3 + 15 * Math.sqrt(Math.max(weight, 1) / Math.max(max, 1));
}

function edgeStyle(e) {
  const t = TYPES[e.type] ?? { color: "#999", label: e.type.toLowerCase() };
  const width = Math.min(8, 1.2 + 1.4 * Math.log2(1 + e.weight));
  const directed = e.type !== "MET";
  switch (e.status) {
    case "HAPPENED":
      return { color: t.color, size: width, type: directed ? "arrow" : "line", curved: false, label: "" };
    case "DENIED":
      return { color: "#a0a0a0", size: Math.max(1, width * 0.7), type: directed ? "curvedArrow" : "curved", curved: true, label: `${t.label} (denied)` };
    default:
      return { color: pale(t.color), size: Math.max(1, width * 0.7), type: directed ? "curvedArrow" : "curved", curved: true, label: `${t.label} (${e.status.toLowerCase()})` };
  }
}

// edgeCaption says what an edge stands for: "met (denied) ×2".
function edgeCaption(e) {
  let s = TYPES[e.type]?.label ?? e.type.toLowerCase();
  if (e.status !== "HAPPENED") s += ` (${e.status.toLowerCase()})`;
  if (e.weight > 1) s += ` ×${e.weight}`;
  return s;
}

// merge adds a graph slice to the drawing; new nodes start near known
// neighbours (or on rings around the centre) so the layout settles fast.
function merge(g, slice, origin) {
  const fresh = slice.nodes.filter((n) => !g.hasNode(n.id));
  const at = positions(g, fresh.length, origin);
  const max = Math.max(1, ...slice.nodes.map((n) => n.weight), ...g.mapNodes((_, a) => a.weight));
  if (g.order && max > g.getAttribute("maxWeight")) g.forEachNode((n, a) => g.setNodeAttribute(n, "size", nodeSize(a.weight, max)));
  g.setAttribute("maxWeight", max);
  let i = 0;
  for (const n of slice.nodes) {
    const attrs = { label: n.label, kind: n.kind, caption: n.caption, weight: n.weight, size: nodeSize(n.weight, max), color: KINDS[n.kind]?.color ?? "#888" };
    if (g.hasNode(n.id)) {
      g.mergeNodeAttributes(n.id, attrs);
    } else {
      g.addNode(n.id, { ...attrs, ...at[i++] });
    }
  }
  for (const e of slice.edges) {
    if (g.hasEdge(e.id)) continue;
    const s = edgeStyle(e);
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      type: s.type, color: s.color, size: s.size, label: s.label, statusLabel: s.label,
      relType: e.type, status: e.status, caption: edgeCaption(e), weight: e.weight, curved: s.curved,
    });
  }
}

// positions spreads n new nodes on rings around origin (a node already
// drawn) or, for a fresh drawing, around the centre.
function positions(g, n, origin) {
  const empty = g.order === 0;
  const o = origin && g.hasNode(origin) ? g.getNodeAttributes(origin) : { x: 0, y: 0 };
  const radius = empty ? 10 : 3;
  const out = [];
  for (let i = 0; i < n; i++) {
    if (empty && i === 0) {
      out.push({ x: 0, y: 0 });
      continue;
    }
    const a = (2 * Math.PI * i) / n + 0.3;
    const r = radius * (1 + (i % 3) * 0.35);
    out.push({ x: o.x + r * Math.cos(a), y: o.y + r * Math.sin(a) });
  }
  return out;
}

// rings puts each node on a circle by its distance from the centre, in
// the order the server ranked them: a readable drawing at once, which the
// force layout then refines.
function rings(g, centre) {
  if (!g.hasNode(centre)) return;
  const dist = new Map([[centre, 0]]);
  const layers = [[centre]];
  for (let d = 0; layers[d]?.length; d++) {
    const next = [];
    for (const u of layers[d]) {
      g.forEachNeighbor(u, (v) => {
        if (!dist.has(v)) {
          dist.set(v, d + 1);
          next.push(v);
        }
      });
    }
    if (next.length) layers.push(next);
  }
  const rest = g.filterNodes((n) => !dist.has(n));
  if (rest.length) layers.push(rest);
  layers.forEach((layer, d) => {
    const r = d * (4 + Math.sqrt(layer.length));
    layer.forEach((n, i) => {
      const a = (2 * Math.PI * i) / layer.length + d * 0.7;
      g.mergeNodeAttributes(n, { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
  });
}

// The force layout runs in a web worker (no request leaves the page: the
// worker is made from the bundle's own code), so the page stays
// responsive while the drawing settles; it stops by itself after a time
// that grows with the drawing.
let fa2 = null;
let fa2Timer = null;

function layout() {
  stopLayout();
  if (graph.order < 3) return;
  const settings = forceAtlas2.inferSettings(graph);
  settings.barnesHutOptimize = graph.order > 300;
  settings.gravity = 1;
  settings.scalingRatio = 8;
  settings.slowDown = 1 + Math.log(graph.order);
  fa2 = new FA2Layout(graph, { settings, getEdgeWeight: null });
  fa2.start();
  window.newsgraph.layoutRunning = true;
  const ms = Math.min(6000, 1200 + graph.order * 2);
  fa2Timer = setTimeout(stopLayout, ms);
}

function stopLayout() {
  clearTimeout(fa2Timer);
  if (fa2) {
    fa2.kill();
    fa2 = null;
  }
  if (window.newsgraph) window.newsgraph.layoutRunning = false;
}

function curveParallel(g) {
  indexParallelEdgesIndex(g, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  g.forEachEdge((e, a) => {
    let c = 0;
    if (typeof a.parallelIndex === "number" && a.parallelMaxIndex > 0) {
      c = 0.25 + 0.25 * a.parallelIndex;
    } else if (a.curved) {
      c = 0.3;
    }
    const type = a.relType === "MET" ? (c ? "curved" : "line") : c ? "curvedArrow" : "arrow";
    g.mergeEdgeAttributes(e, { curvature: c, type });
  });
}

const renderer = new Sigma(graph, container, {
  allowInvalidContainer: true,
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  defaultEdgeType: "arrow",
  edgeProgramClasses: {
    line: EdgeRectangleProgram,
    arrow: EdgeArrowProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
  },
  labelDensity: 0.7,
  labelGridCellSize: 70,
  labelRenderedSizeThreshold: 7,
  labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  edgeLabelSize: 11,
  edgeLabelColor: { color: "#555" },
  zIndex: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 10,
  stagePadding: 60,
  nodeReducer(node, data) {
    const res = { ...data };
    const focus = state.hovered;
    if (node === state.selected || node === state.centre) res.highlighted = true;
    const dim = focus && graph.hasNode(focus)
      ? node !== focus && !graph.areNeighbors(node, focus)
      : state.edge && graph.hasEdge(state.edge) && !graph.hasExtremity(state.edge, node);
    if (dim) {
      res.color = "#dcdfe4";
      res.label = state.edge ? data.label : "";
      res.zIndex = 0;
    } else {
      res.zIndex = 1;
    }
    if ((state.edge && graph.hasEdge(state.edge) && graph.hasExtremity(state.edge, node)) || node === focus) {
      res.forceLabel = true;
      res.highlighted = true;
      res.zIndex = 2;
    }
    return res;
  },
  edgeReducer(edge, data) {
    const res = { ...data, label: "" };
    const focus = state.hovered;
    // Lines say their status in words only where the reader looks: on a
    // small drawing, around the hovered node, and on the chosen line.
    const words = data.status === "HAPPENED" ? "" : data.statusLabel;
    if (edge === state.edge) {
      res.color = "#111";
      res.size = data.size + 2;
      res.zIndex = 2;
      res.label = data.caption;
      res.forceLabel = true;
    } else if (focus && graph.hasNode(focus)) {
      if (graph.hasExtremity(edge, focus)) {
        res.label = words;
        res.zIndex = 1;
      } else {
        res.hidden = graph.size > 400;
        res.color = "#eef0f3";
      }
    } else if (state.edge && graph.hasEdge(state.edge)) {
      res.color = "#eef0f3";
      res.zIndex = 0;
    } else if (graph.size <= 40) {
      res.label = words;
    }
    return res;
  },
});

function counts() {
  container.dataset.nodeCount = String(graph.order);
  container.dataset.edgeCount = String(graph.size);
}

function setGraph(g) {
  graph = g;
  renderer.setGraph(g);
  window.newsgraph.graph = g;
}

function drawn(message, { keepCamera = false } = {}) {
  counts();
  // What costs per frame grows with the drawing: labels on lines, depth
  // sorting and lines while the camera moves are kept for smaller ones.
  renderer.setSetting("renderEdgeLabels", graph.size <= 400);
  renderer.setSetting("zIndex", graph.order <= 1000);
  renderer.setSetting("hideEdgesOnMove", graph.size > 3000);
  renderer.refresh();
  // Zoomed out a little and nudged so that the labels right of the
  // outermost nodes stay on screen.
  if (!keepCamera) renderer.getCamera().animate({ x: 0.53, y: 0.5, ratio: 1.12, angle: 0 }, { duration: 300 });
  $("welcome").hidden = graph.order > 0;
  status(message);
  if (graph.order > 0 && !window.newsgraph.firstRenderMs) {
    // When the first graph reached the screen, counted from the start of
    // the page load: BENCHMARKS.md reports it.
    requestAnimationFrame(() => {
      window.newsgraph.firstRenderMs = performance.now();
      window.newsgraph.firstRenderNodes = graph.order;
      container.dataset.firstRenderMs = String(Math.round(window.newsgraph.firstRenderMs));
    });
  }
}

function status(message) {
  const parts = [`${graph.order} ${graph.order === 1 ? "entity" : "entities"}`, `${graph.size} ${graph.size === 1 ? "line" : "lines"}`];
  if (state.truncated) parts.push("more are connected: raise the limit or narrow the filters");
  $("status").textContent = (message ? message + " · " : "") + parts.join(" · ");
}

// ---------------------------------------------------------------- views

let loadSeq = 0;

async function showNeighborhood(id, { keepSelection = false } = {}) {
  const seq = ++loadSeq;
  busy(true);
  try {
    const vars = neighborhoodVars(id, $("depth").value, $("limit").value, filters());
    const t0 = performance.now();
    const data = await earlyAnswer(vars) ?? await gql(NEIGHBORHOOD, vars);
    if (seq !== loadSeq) return;
    window.newsgraph.timings ??= { scriptStartMs: Math.round(startedAt), requestMs: Math.round(t0), answerMs: Math.round(performance.now()) };
    state.mode = "neighborhood";
    state.pathEnds = null;
    state.centre = id;
    state.truncated = data.neighborhood.truncated;
    stopLayout();
    const g = newGraph();
    merge(g, data.neighborhood, null);
    rings(g, id);
    curveParallel(g);
    window.newsgraph.timings.builtMs ??= Math.round(performance.now());
    setGraph(g);
    if (state.edge && !graph.hasEdge(state.edge)) closeEvidence();
    drawn(`Around ${graph.getNodeAttribute(id, "label")}`);
    window.newsgraph.timings.drawnMs ??= Math.round(performance.now());
    layout();
    if (!keepSelection || !graph.hasNode(state.selected)) select(id);
    setURL();
    connectFrom();
  } catch (e) {
    if (seq === loadSeq) fail(e);
  } finally {
    if (seq === loadSeq) busy(false);
  }
}

async function expand(id) {
  if (state.mode !== "neighborhood") return;
  busy(true);
  try {
    const data = await gql(NEIGHBORHOOD, { id, depth: 1, limit: +$("limit").value, ...filters() });
    const before = graph.order;
    merge(graph, data.neighborhood, id);
    curveParallel(graph);
    if (data.neighborhood.truncated) state.truncated = true;
    drawn(`Expanded ${graph.getNodeAttribute(id, "label")}: ${graph.order - before} new`, { keepCamera: true });
    if (graph.order > before) layout();
  } catch (e) {
    fail(e);
  } finally {
    busy(false);
  }
}

async function connect(from, to) {
  const seq = ++loadSeq;
  busy(true);
  try {
    const f = filters();
    const data = await gql(PATHS, { from, to, types: f.types, statuses: f.statuses });
    if (seq !== loadSeq) return;
    const paths = data.paths.paths;
    if (!paths.length) {
      status("No connection within 6 hops with these filters");
      return;
    }
    state.mode = "paths";
    state.pathEnds = { from, to };
    state.truncated = false;
    stopLayout();
    const g = newGraph();
    merge(g, data.paths.graph, null);
    pathLayout(g, from, to);
    curveParallel(g);
    setGraph(g);
    closeEvidence();
    select(from);
    const hops = paths[0].length;
    drawn(`${paths.length} shortest ${paths.length === 1 ? "path" : "paths"} of ${hops} ${hops === 1 ? "hop" : "hops"} from ${graph.getNodeAttribute(from, "label")} to ${graph.getNodeAttribute(to, "label")}`);
    setURL();
    connectFrom();
  } catch (e) {
    if (seq === loadSeq) fail(e);
  } finally {
    if (seq === loadSeq) busy(false);
  }
}

// pathLayout puts the ends left and right and each node at its distance
// from the start, so a path reads from left to right.
function pathLayout(g, from, to) {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const u = queue.shift();
    g.forEachNeighbor(u, (v) => {
      if (!dist.has(v)) {
        dist.set(v, dist.get(u) + 1);
        queue.push(v);
      }
    });
  }
  const columns = new Map();
  g.forEachNode((n) => {
    const d = dist.get(n) ?? 0;
    if (!columns.has(d)) columns.set(d, []);
    columns.get(d).push(n);
  });
  for (const [d, ns] of columns) {
    ns.sort();
    ns.forEach((n, i) => g.mergeNodeAttributes(n, { x: d * 10, y: (i - (ns.length - 1) / 2) * 6 }));
  }
}

// ---------------------------------------------------------------- details

let detailSeq = 0;

async function select(id) {
  state.selected = id;
  renderer.refresh({ skipIndexation: true });
  const seq = ++detailSeq;
  const el = $("details");
  try {
    const data = await gql(ENTITY, { id });
    if (seq !== detailSeq) return;
    const e = data.entity;
    if (!e) {
      el.innerHTML = `<p class="hint">No entity ${esc(id)}.</p>`;
      return;
    }
    const seen = [e.firstSeen, e.lastSeen].filter(Boolean);
    const aliases = e.aliases.length ? `<p class="aliases">Also: ${e.aliases.map(esc).join(" · ")}</p>` : "";
    const entries = data.timeline.edges.map(({ node }) => timelineEntry(node, e.id)).join("");
    el.innerHTML = `
      <div class="entity">
        <span class="kind" style="background:${KINDS[e.kind]?.color}">${esc(KINDS[e.kind]?.label ?? e.kind)}</span>
        <h2>${esc(e.name)}</h2>
        <p class="meta">${e.mentions} ${e.mentions === 1 ? "mention" : "mentions"}${seen.length ? ` · seen ${esc([...new Set(seen)].join(" – "))}` : ""}</p>
        ${aliases}
        <div class="actions">
          ${id !== state.centre || state.mode !== "neighborhood" ? `<button type="button" data-centre="${esc(id)}">Put at the centre</button>` : ""}
          <button type="button" data-connect="${esc(id)}">Connect from here…</button>
        </div>
      </div>
      <h3>Timeline</h3>
      ${entries ? `<ol class="timeline">${entries}</ol>` : `<p class="hint">No dated statements.</p>`}
      ${data.timeline.pageInfo.hasNextPage ? `<p class="hint">Showing the first 100; ask GraphiQL's Timeline for more.</p>` : ""}`;
  } catch (err) {
    if (seq === detailSeq) el.innerHTML = `<p class="hint">Could not load the details: ${esc(err.message)}</p>`;
  }
}

function timelineEntry(n, self) {
  const r = n.relation;
  const other = r.source.id === self ? r.target : r.source;
  const verb = (TYPES[r.type]?.label ?? r.type.toLowerCase());
  const who = r.source.id === self ? `${verb} ${other ? esc(other.name) : ""}` : `${esc(r.source.name)} ${verb} ${esc(r.target?.name ?? "")}`;
  const quote = r.quote ? `<q>${esc(r.quote)}</q>` : "";
  return `<li>
    <time>${esc(n.date)}${n.precision !== "DAY" ? `<small> (${esc(n.precision.toLowerCase())})</small>` : ""}</time>
    <span class="badge status-${r.status.toLowerCase()}">${esc(r.status.toLowerCase())}</span>
    <span>${who}</span> ${quote}
    <div class="src">${esc(r.evidence.article.title ?? "untitled")}</div>
  </li>`;
}

$("details").addEventListener("click", (ev) => {
  const c = ev.target.closest("[data-centre]");
  if (c) showNeighborhood(c.dataset.centre);
  const k = ev.target.closest("[data-connect]");
  if (k) {
    $("connect-to").focus();
  }
});

// ---------------------------------------------------------------- evidence

let evidenceSeq = 0;

function closeEvidence() {
  state.edge = null;
  $("evidence").hidden = true;
  $("evidence").innerHTML = "";
  $("details").hidden = false;
  renderer.refresh({ skipIndexation: true });
}

async function openEvidence(edgeID) {
  if (!graph.hasEdge(edgeID)) {
    fail(new Error(`No line ${edgeID} on screen.`));
    return;
  }
  state.edge = edgeID;
  renderer.refresh({ skipIndexation: true });
  setURL();
  const a = graph.getEdgeAttributes(edgeID);
  const [src, dst] = graph.extremities(edgeID);
  const el = $("evidence");
  el.hidden = false;
  $("details").hidden = true;
  el.innerHTML = `<p class="hint">Reading the evidence…</p>`;
  const seq = ++evidenceSeq;
  try {
    const f = filters();
    const data = await gql(EVIDENCE, {
      a: src, b: dst, types: [a.relType], statuses: [a.status],
      from: state.mode === "neighborhood" ? f.from : null, to: state.mode === "neighborhood" ? f.to : null,
      both: a.relType === "MET",
    });
    let rels = [...data.ab.nodes, ...(data.ba?.nodes ?? [])];
    if (edgeID.startsWith("rel:")) rels = rels.filter((r) => r.id === edgeID);
    rels.sort((x, y) => (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.id.localeCompare(y.id));
    const texts = await articleTexts([...new Set(rels.map((r) => r.evidence.article.id))]);
    if (seq !== evidenceSeq) return;
    const more = data.ab.pageInfo.hasNextPage || data.ba?.pageInfo.hasNextPage;
    el.innerHTML = `
      <div class="evidence-head">
        <button type="button" class="close" aria-label="Close the evidence">×</button>
        <h2>${esc(graph.getNodeAttribute(src, "label"))} <span class="verb">${esc(TYPES[a.relType]?.label ?? a.relType)}</span> ${esc(graph.getNodeAttribute(dst, "label"))}</h2>
        <p class="meta"><span class="badge status-${a.status.toLowerCase()}">${esc(a.status.toLowerCase())}</span> ${esc(a.caption)}</p>
        <p class="hint">${rels.length} ${rels.length === 1 ? "statement" : "statements"}, each with the sentence it was read from.${more ? " Showing the first 400." : ""}</p>
      </div>
      <ol class="statements">${rels.map((r) => statement(r, texts.get(r.evidence.article.id))).join("")}</ol>`;
    el.querySelector("mark")?.scrollIntoView({ block: "nearest" });
  } catch (err) {
    if (seq === evidenceSeq) el.innerHTML = `<p class="hint">Could not load the evidence: ${esc(err.message)}</p>`;
  }
}

async function articleTexts(ids) {
  const out = new Map();
  for (let i = 0; i < ids.length; i += 25) {
    const chunk = ids.slice(i, i + 25);
    const q = `query Articles(${chunk.map((_, j) => `$a${j}: ID!`).join(", ")}) { ${chunk.map((_, j) => `a${j}: article(id: $a${j}) { id text }`).join(" ")} }`;
    const vars = Object.fromEntries(chunk.map((id, j) => [`a${j}`, id]));
    const data = await gql(q, vars);
    for (const v of Object.values(data)) if (v) out.set(v.id, v.text);
  }
  return out;
}

const utf8 = new TextEncoder();
const fromUTF8 = new TextDecoder();

// context cuts the article around the sentence; offsets are bytes of
// UTF-8, as the API gives them.
function context(text, start, end) {
  if (text == null) return null;
  const bytes = utf8.encode(text);
  const before = fromUTF8.decode(bytes.slice(0, start));
  const sentence = fromUTF8.decode(bytes.slice(start, end));
  const after = fromUTF8.decode(bytes.slice(end));
  const head = before.length > 320 ? "…" + before.slice(before.length - 320).replace(/^\S*\s/, "") : before;
  const tail = after.length > 320 ? after.slice(0, 320).replace(/\s\S*$/, "") + "…" : after;
  return { head, sentence, tail, before, after };
}

function statement(r, text) {
  const art = r.evidence.article;
  const c = context(text, r.evidence.start, r.evidence.end);
  const passage = c
    ? `<p class="passage">${esc(c.head)}<mark>${esc(c.sentence)}</mark>${esc(c.tail)}</p>
       <details><summary>Whole article</summary><p class="article-text">${esc(c.before)}<mark>${esc(c.sentence)}</mark>${esc(c.after)}</p></details>`
    : `<p class="passage"><mark>${esc(r.evidence.sentence)}</mark></p>`;
  const link = art.url && /^https?:\/\//i.test(art.url) ? `<a href="${esc(art.url)}" rel="noopener noreferrer" target="_blank">link</a>` : "";
  return `<li class="statement">
    <div class="meta"><span class="badge status-${r.status.toLowerCase()}">${esc(r.status.toLowerCase())}</span>
      <time>${esc(r.date ?? "undated")}</time>${r.date && r.precision !== "DAY" ? ` <small>(${esc(r.precision.toLowerCase())})</small>` : ""}
      · ${esc(r.source.name)} → ${esc(r.target?.name ?? "—")}</div>
    ${r.quote ? `<blockquote>“${esc(r.quote)}”</blockquote>` : ""}
    ${passage}
    <div class="src"><strong>${esc(art.title ?? "Untitled")}</strong>${art.date ? ` · ${esc(art.date)}` : ""}${art.source ? ` · ${esc(art.source)}` : ""} ${link}</div>
  </li>`;
}

$("evidence").addEventListener("click", (ev) => {
  if (ev.target.closest(".close")) {
    closeEvidence();
    setURL();
  }
});

// ---------------------------------------------------------------- events

let clickTimer = null;
renderer.on("clickNode", ({ node }) => {
  clearTimeout(clickTimer);
  clickTimer = setTimeout(() => {
    closeEvidence();
    select(node);
    expand(node);
  }, 260);
});
renderer.on("doubleClickNode", (ev) => {
  clearTimeout(clickTimer);
  ev.preventSigmaDefault();
  closeEvidence();
  showNeighborhood(ev.node);
});
renderer.on("clickEdge", ({ edge }) => openEvidence(edge));
renderer.on("clickStage", () => {
  state.hovered = null;
  renderer.refresh({ skipIndexation: true });
});

const tooltip = $("tooltip");
function showTooltip(text, ev) {
  tooltip.textContent = text;
  tooltip.hidden = false;
  const r = container.getBoundingClientRect();
  tooltip.style.left = `${Math.min(ev.x + 14, r.width - 260)}px`;
  tooltip.style.top = `${ev.y + 14}px`;
}
renderer.on("enterNode", ({ node, event }) => {
  state.hovered = node;
  container.style.cursor = "pointer";
  showTooltip(graph.getNodeAttribute(node, "caption"), event);
  renderer.refresh({ skipIndexation: true });
});
renderer.on("leaveNode", () => {
  state.hovered = null;
  container.style.cursor = "";
  tooltip.hidden = true;
  renderer.refresh({ skipIndexation: true });
});
renderer.on("enterEdge", ({ edge, event }) => {
  container.style.cursor = "pointer";
  const [s, t] = graph.extremities(edge);
  showTooltip(`${graph.getNodeAttribute(s, "label")} → ${graph.getNodeAttribute(t, "label")}: ${graph.getEdgeAttribute(edge, "caption")}. Click for the evidence.`, event);
});
renderer.on("leaveEdge", () => {
  container.style.cursor = "";
  tooltip.hidden = true;
});

// ---------------------------------------------------------------- search

function searchBox(input, list, onPick) {
  let seq = 0;
  let timer = null;
  let hits = [];
  const close = () => {
    list.hidden = true;
    list.innerHTML = "";
  };
  const render = () => {
    list.innerHTML = hits.length
      ? hits.map((h, i) => `<li role="option" data-testid="search-result" data-index="${i}" data-id="${esc(h.entity.id)}">
          <span class="kind" style="background:${KINDS[h.entity.kind]?.color}">${esc(KINDS[h.entity.kind]?.label ?? h.entity.kind)}</span>
          <span class="name">${esc(h.entity.name)}</span>
          <span class="mentions">${h.entity.mentions}×</span>
          ${h.field !== "NAME" ? `<div class="matched">${h.field === "ALIAS" ? "also called" : "in"}: ${esc(h.matched)}</div>` : ""}
        </li>`).join("")
      : `<li class="none">Nothing found</li>`;
    list.hidden = false;
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      const s = ++seq;
      try {
        const data = await gql(SEARCH, { text });
        if (s !== seq) return;
        hits = data.search;
        render();
      } catch (e) {
        fail(e);
      }
    }, 180);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && hits.length && !list.hidden) {
      ev.preventDefault();
      pick(0);
    } else if (ev.key === "Escape") {
      close();
    }
  });
  const pick = (i) => {
    const h = hits[i];
    if (!h) return;
    close();
    input.value = h.entity.name;
    onPick(h.entity);
  };
  list.addEventListener("click", (ev) => {
    const li = ev.target.closest("[data-index]");
    if (li) pick(+li.dataset.index);
  });
  document.addEventListener("click", (ev) => {
    if (!input.contains(ev.target) && !list.contains(ev.target)) list.hidden = true;
  });
}

searchBox($("search"), $("results"), (e) => {
  closeEvidence();
  showNeighborhood(e.id);
});
searchBox($("connect-to"), $("connect-results"), (e) => {
  const from = state.selected ?? state.centre;
  if (from) connect(from, e.id);
});

function connectFrom() {
  const from = state.selected ?? state.centre;
  const input = $("connect-to");
  if (from && graph.hasNode(from)) {
    $("connect-from").textContent = `From ${graph.getNodeAttribute(from, "label")} to…`;
    input.disabled = false;
  }
}
renderer.on("clickNode", () => setTimeout(connectFrom, 300));

// ---------------------------------------------------------------- export

function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function baseName() {
  const id = state.mode === "paths" && state.pathEnds ? `${state.pathEnds.from}--${state.pathEnds.to}` : state.centre ?? "graph";
  return "newsgraph-" + id.replace(/[^a-z0-9-]+/gi, "-");
}

const xml = (s) => String(s).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);

function graphML() {
  const keys = [
    ["d_label", "node", "label", "string"], ["d_kind", "node", "kind", "string"], ["d_ncaption", "node", "caption", "string"],
    ["d_mentions", "node", "mentions", "double"], ["d_x", "node", "x", "double"], ["d_y", "node", "y", "double"],
    ["d_type", "edge", "type", "string"], ["d_status", "edge", "status", "string"], ["d_caption", "edge", "caption", "string"],
    ["d_weight", "edge", "weight", "double"],
  ];
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [id, on, name, type] of keys) out.push(`  <key id="${id}" for="${on}" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  graph.forEachNode((n, a) => {
    out.push(`    <node id="${xml(n)}"><data key="d_label">${xml(a.label)}</data><data key="d_kind">${xml(a.kind)}</data><data key="d_ncaption">${xml(a.caption)}</data><data key="d_mentions">${a.weight}</data><data key="d_x">${a.x}</data><data key="d_y">${a.y}</data></node>`);
  });
  graph.forEachEdge((e, a, s, t) => {
    out.push(`    <edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}"><data key="d_type">${xml(a.relType)}</data><data key="d_status">${xml(a.status)}</data><data key="d_caption">${xml(a.caption)}</data><data key="d_weight">${a.weight}</data></edge>`);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

function gexf() {
  return writeGEXF(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: { kind: a.kind, mentions: a.weight, caption: a.caption },
      viz: { color: a.color, x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (key, a) => ({
      label: a.caption,
      weight: a.weight,
      attributes: { type: a.relType, status: a.status, caption: a.caption },
      viz: { color: a.color, thickness: a.size },
    }),
  });
}

function snapshot() {
  const nodes = graph.mapNodes((id, a) => ({ id, label: a.label, kind: a.kind, caption: a.caption, weight: a.weight, x: a.x, y: a.y }));
  const edges = graph.mapEdges((id, a, source, target) => ({ id, source, target, type: a.relType, status: a.status, caption: a.caption, weight: a.weight }));
  return { centre: state.centre, mode: state.mode, filters: filters(), truncated: state.truncated, nodes, edges };
}

$("export-json").addEventListener("click", () => download(baseName() + ".json", new Blob([JSON.stringify(snapshot(), null, 2)], { type: "application/json" })));
$("export-graphml").addEventListener("click", () => download(baseName() + ".graphml", new Blob([graphML()], { type: "application/graphml+xml" })));
$("export-gexf").addEventListener("click", () => download(baseName() + ".gexf", new Blob([gexf()], { type: "application/gexf+xml" })));
$("export-png").addEventListener("click", async () => {
  try {
    download(baseName() + ".png", await toBlob(renderer, { format: "png", backgroundColor: "#ffffff" }));
  } catch (e) {
    fail(e);
  }
});

// ---------------------------------------------------------------- chrome

function busy(on) {
  document.body.classList.toggle("busy", on);
}

function fail(e) {
  const el = $("error");
  el.textContent = e.message || String(e);
  el.hidden = false;
  clearTimeout(fail.timer);
  fail.timer = setTimeout(() => (el.hidden = true), 8000);
}

function esc(s) {
  return String(s ?? "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]);
}

function setURL() {
  const p = new URLSearchParams();
  if (state.mode === "paths" && state.pathEnds) {
    p.set("from", state.pathEnds.from);
    p.set("to", state.pathEnds.to);
  } else if (state.centre) {
    p.set("entity", state.centre);
    if ($("depth").value !== "2") p.set("depth", $("depth").value);
    if ($("limit").value !== "200") p.set("limit", $("limit").value);
  }
  if (state.edge) p.set("edge", state.edge);
  const url = p.toString() ? `?${p}` : location.pathname;
  if (url !== location.search) history.replaceState(null, "", url);
}

async function suggestions() {
  try {
    const data = await gql(`{ entities(orderBy: MENTIONS, first: 6) { nodes { id name kind } } }`);
    const el = $("suggestions");
    if (!data.entities.nodes.length) {
      el.textContent = "The graph is empty: ingest some articles first (newsgraph ingest PATH).";
      return;
    }
    el.innerHTML = "Most in the news: " + data.entities.nodes.map((e) => `<a href="?entity=${encodeURIComponent(e.id)}" data-entity="${esc(e.id)}">${esc(e.name)}</a>`).join(" · ");
  } catch (e) {
    fail(e);
  }
}
$("suggestions").addEventListener("click", (ev) => {
  const a = ev.target.closest("[data-entity]");
  if (a) {
    ev.preventDefault();
    showNeighborhood(a.dataset.entity);
  }
});

// ---------------------------------------------------------------- start

window.newsgraph = { startedAt, graph, renderer, firstRenderMs: 0, layoutRunning: false };

(async function start() {
  const p = new URLSearchParams(location.search);
  // ?depth= and ?limit= preset the neighborhood's size (links, tests).
  for (const name of ["depth", "limit"]) {
    const v = p.get(name);
    const sel = $(name);
    if (v && /^\d+$/.test(v)) {
      if (![...sel.options].some((o) => o.value === v)) sel.add(new Option(v, v));
      sel.value = v;
    }
  }
  if (p.get("from") && p.get("to")) {
    await connect(p.get("from"), p.get("to"));
  } else if (p.get("entity")) {
    await showNeighborhood(p.get("entity"));
    if (p.get("edge")) await openEvidence(p.get("edge"));
  } else {
    suggestions();
  }
})();
