// bench.mjs: newsgraph side by side with @neo4j/graphql over the same
// Neo4j and data. Run by scripts/bench.sh peer, which fills Neo4j with
// newsgraph-bench's synthetic corpus, serves newsgraph on it and passes
// NEWSGRAPH_URL; this script starts the peer (server.mjs) in its own
// process, picks the inputs as newsgraph-bench does, checks that both
// sides give the same answers, then times both over HTTP from the same
// clients, in alternating rounds so that load drifting over the run weighs
// on both alike.
//
//   node bench.mjs [--clients 8] [--requests 50] [--warmup 20] [--out ../peer-results]
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";

const { values: opt } = parseArgs({
  options: {
    clients: { type: "string", default: "8" },
    requests: { type: "string", default: "50" },
    warmup: { type: "string", default: "20" },
    rounds: { type: "string", default: "5" },
    check: { type: "string", default: "25" },
    out: { type: "string", default: new URL("../peer-results", import.meta.url).pathname },
  },
});
const clients = +opt.clients, requests = +opt.requests, warmup = +opt.warmup, rounds = +opt.rounds;
const env = (k, d) => process.env[k] || d;
const newsgraphURL = env("NEWSGRAPH_URL");
if (!newsgraphURL || !process.env.NEO4J_URI) {
  console.error("bench.mjs: set NEWSGRAPH_URL (a newsgraph serve on the same Neo4j) and NEO4J_URI, NEO4J_PASSWORD");
  process.exit(2);
}
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
const loadStart = loadavg();

// The peer in a process of its own, as newsgraph is.
const peer = spawn(process.execPath, [new URL("./server.mjs", import.meta.url).pathname], { stdio: ["ignore", "pipe", "inherit"] });
const peerURL = await new Promise((resolve, reject) => {
  peer.on("exit", (code) => reject(new Error(`peer exited with ${code}`)));
  peer.stdout.on("data", (d) => {
    const m = /listening (\d+)/.exec(String(d));
    if (m) resolve(`http://127.0.0.1:${m[1]}/`);
  });
});
const stopPeer = () => peer.kill("SIGTERM");
process.on("exit", stopPeer);

async function ask(url, query, variables) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  if (res.status !== 200) throw new Error(`${url}: status ${res.status}`);
  const ans = await res.json();
  if (ans.errors?.length) throw new Error(`${url}: ${ans.errors[0].message}`);
  return ans.data;
}

// Inputs, as newsgraph-bench picks them: the 100 most mentioned people
// (hubs) and 400 entities spread evenly over the name order.
const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USERNAME", "neo4j"), env("NEO4J_PASSWORD", "")));
const database = env("NEO4J_DATABASE", "neo4j");
const ids = async (cypher) => (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.get(0));
const hubs = await ids("MATCH (e:Person) RETURN e.id ORDER BY e.ord_mentions LIMIT 100");
const byName = await ids("MATCH (e:Entity) RETURN e.id ORDER BY e.ord_name");
const step = Math.max(1, Math.floor(byName.length / 400));
const sample = byName.filter((_, i) => i % step === 0).slice(0, 400);
const [{ articles, entities, relations }] = (
  await driver.executeQuery(
    "CALL { MATCH (a:Article) RETURN count(a) AS articles } CALL { MATCH (e:Entity) RETURN count(e) AS entities } CALL { MATCH ()-[r]->() WHERE NOT r:MENTIONS RETURN count(r) AS relations } RETURN articles, entities, relations",
    {},
    { database },
  )
).records.map((r) => r.toObject());
await driver.close();

// The questions. Each has the newsgraph query (newsgraph-bench's own), the
// peer's query asking the same, and canon functions putting both answers
// in one shape for the comparison.
const relationsQuery = `query($id: ID!) { entity(id: $id) { relations(first: 20) { pageInfo { hasNextPage } nodes { id type status date source { id name kind } target { id name kind } evidence { sentence article { id } } } } } }`;

// The peer has one relationship field per type and direction; an entity's
// first 20 relations of every type in relation order are the first 21 of
// each field, merged by the stored order key and cut by the client.
const peerFields = [
  ["attacked", "ATTACKED", "out"],
  ["attackedBy", "ATTACKED", "in"],
  ["said", "SAID", "out"],
  ["saidIn", "SAID", "article"],
  ["saidBy", "SAID", "in"],
  ["met", "MET", "either"],
  ["participatedIn", "PARTICIPATED_IN", "out"],
  ["participants", "PARTICIPATED_IN", "in"],
  ["occurredIn", "OCCURRED_IN", "out"],
  ["occurrences", "OCCURRED_IN", "in"],
];
const peerRelationsQuery = `query($id: ID!) { entities(where: {id: {eq: $id}}) { id name kind ${peerFields
  .map(
    ([f, , dir]) =>
      `${f}Connection(first: 21, sort: [{edge: {ord: ASC}}]) { edges { properties { id date status sentence article_id ord } node { id ${dir === "article" ? "" : "name kind"} } } }`,
  )
  .join(" ")} } }`;

function peerRelations(data) {
  const e = data.entities[0];
  if (!e) return null;
  const me = { id: e.id, name: e.name, kind: e.kind };
  const all = [];
  const seen = new Set();
  for (const [f, type, dir] of peerFields) {
    for (const { properties: p, node } of e[`${f}Connection`].edges) {
      if (seen.has(p.id)) continue; // a meeting with oneself shows twice
      seen.add(p.id);
      const other = dir === "article" ? null : { id: node.id, name: node.name, kind: node.kind };
      // A meeting's stored direction: the peer reads it undirected, so
      // the source is whichever end the relation ID's owner wrote first;
      // newsgraph reports it as stored, which the peer cannot see. Its
      // ends are compared as a set (canonRelations).
      const [source, target] = dir === "in" ? [other, me] : [me, other];
      all.push({ ord: p.ord, r: { id: p.id, type, status: p.status.toUpperCase(), date: p.date || null, source, target, evidence: { sentence: p.sentence, article: { id: p.article_id } } } });
    }
  }
  all.sort((a, b) => (a.ord < b.ord ? -1 : a.ord > b.ord ? 1 : 0));
  return { relations: { pageInfo: { hasNextPage: all.length > 20 }, nodes: all.slice(0, 20).map((x) => x.r) } };
}

// canonRelations puts a meeting's two ends in ID order: the peer cannot
// tell which end is the stored source.
function canonRelations(v) {
  if (!v) return v;
  for (const r of v.relations.nodes) {
    if (r.type === "MET" && r.target && r.source.id > r.target.id) [r.source, r.target] = [r.target, r.source];
  }
  return v;
}

const questions = [
  {
    name: "entity",
    asks: "one entity by ID with its fields",
    inputs: sample,
    newsgraph: `query($id: ID!) { entity(id: $id) { id name kind aliases mentions firstSeen lastSeen } }`,
    peer: `query($id: ID!) { entities(where: {id: {eq: $id}}) { id name kind aliases mentions first_seen last_seen } }`,
    canonNewsgraph: (d) => d.entity,
    canonPeer: (d) => {
      const e = d.entities[0];
      return e && { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [], mentions: e.mentions, firstSeen: e.first_seen || null, lastSeen: e.last_seen || null };
    },
  },
  {
    name: "relations",
    asks: "first 20 relations of a hub (the 100 most mentioned people), every type, either end, with ends and evidence",
    inputs: hubs,
    newsgraph: relationsQuery,
    peer: peerRelationsQuery,
    canonNewsgraph: (d) => canonRelations(d.entity),
    canonPeer: (d) => canonRelations(peerRelations(d)),
  },
  {
    name: "relations-sample",
    asks: "the same, of an entity across the name order",
    inputs: sample,
    newsgraph: relationsQuery,
    peer: peerRelationsQuery,
    canonNewsgraph: (d) => canonRelations(d.entity),
    canonPeer: (d) => canonRelations(peerRelations(d)),
  },
  {
    name: "relations-met",
    asks: "first 20 meetings of a hub, either end, with ends and evidence: one relationship field of the peer's",
    inputs: hubs,
    newsgraph: `query($id: ID!) { entity(id: $id) { id relations(types: [MET], first: 20) { pageInfo { hasNextPage } nodes { id status date source { id name } target { id name } evidence { sentence } } } } }`,
    peer: `query($id: ID!) { entities(where: {id: {eq: $id}}) { id name metConnection(first: 20, sort: [{edge: {ord: ASC}}]) { pageInfo { hasNextPage } edges { properties { id status date sentence } node { id name } } } } }`,
    canonNewsgraph: (d) =>
      d.entity && {
        hasNextPage: d.entity.relations.pageInfo.hasNextPage,
        nodes: d.entity.relations.nodes.map((r) => ({ id: r.id, status: r.status, date: r.date, other: r.source.id === d.entity.id ? r.target.name : r.source.name, sentence: r.evidence.sentence })),
      },
    canonPeer: (d) => {
      const e = d.entities[0];
      return (
        e && {
          hasNextPage: e.metConnection.pageInfo.hasNextPage,
          nodes: e.metConnection.edges.map(({ properties: p, node }) => ({ id: p.id, status: p.status.toUpperCase(), date: p.date || null, other: node.name, sentence: p.sentence })),
        }
      );
    },
  },
];

const notAsked = [
  ["search", "ranking names, aliases and evidence sentences is newsgraph's own; the peer's generated filters can only select entities whose name contains the text, a different question"],
  ["neighborhood", "a capped breadth-first walk with edges folded per pair; the peer can only nest relationship fields (every neighbour's neighbours, uncapped and unfolded), a different question"],
  ["paths", "shortest paths are not among the peer's generated operations; an @cypher field would be hand-written Cypher, which newsgraph-bench already compares with"],
];

// Answers: the same inputs newsgraph-bench compares, spread over the list.
const agreement = {};
for (const q of questions) {
  const a = { checked: 0, equal: 0 };
  const n = +opt.check;
  const s = Math.max(1, Math.floor(q.inputs.length / n));
  for (let i = 0; i < q.inputs.length && a.checked < n; i += s) {
    a.checked++;
    const vars = { id: q.inputs[i] };
    const got = JSON.stringify(q.canonNewsgraph(await ask(newsgraphURL, q.newsgraph, vars)));
    const want = JSON.stringify(q.canonPeer(await ask(peerURL, q.peer, vars)));
    if (got === want) a.equal++;
    else a.first ??= `${q.name} ${vars.id}: newsgraph ${got.slice(0, 300)} … peer ${want.slice(0, 300)} …`;
  }
  agreement[q.name] = a;
  console.error(`${q.name}: answers equal on ${a.equal} of ${a.checked} inputs`);
}

// runLoad: clients concurrent loops of n requests each, inputs in turn.
async function runLoad(url, query, inputs, n, start) {
  const lat = [];
  let errors = 0, firstError;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < n; i++) {
        const id = inputs[(start + c * n + i) % inputs.length];
        const t = performance.now();
        try {
          await ask(url, query, { id });
          lat.push(performance.now() - t);
        } catch (e) {
          errors++;
          firstError ??= String(e);
        }
      }
    }),
  );
  return { lat, errors, firstError, elapsed: performance.now() - t0 };
}

const pct = (s, p) => (s.length ? s[Math.min(s.length, Math.max(1, Math.ceil((s.length * p) / 100))) - 1] : 0);
function stats(runs) {
  const lat = runs.flatMap((r) => r.lat).sort((a, b) => a - b);
  const elapsed = runs.reduce((t, r) => t + r.elapsed, 0);
  const errors = runs.reduce((t, r) => t + r.errors, 0);
  const r2 = (x) => Math.round(x * 100) / 100;
  return { requests: lat.length + errors, errors, first_error: runs.find((r) => r.firstError)?.firstError, p50_ms: r2(pct(lat, 50)), p90_ms: r2(pct(lat, 90)), p99_ms: r2(pct(lat, 99)), per_second: r2((lat.length / elapsed) * 1000) };
}

const results = [];
for (const q of questions) {
  const sides = [
    ["newsgraph", newsgraphURL, q.newsgraph],
    ["peer", peerURL, q.peer],
  ];
  for (const [, url, query] of sides) await runLoad(url, query, q.inputs, Math.ceil(warmup / clients) || 0, 0);
  const runs = { newsgraph: [], peer: [] };
  const per = Math.ceil(requests / rounds);
  for (let r = 0; r < rounds; r++) {
    for (const [name, url, query] of r % 2 ? [...sides].reverse() : sides) runs[name].push(await runLoad(url, query, q.inputs, per, r * clients * per));
  }
  const row = { name: q.name, asks: q.asks, inputs: q.inputs.length, answers: agreement[q.name], newsgraph: stats(runs.newsgraph), peer: stats(runs.peer) };
  row.ratio = Math.round((row.newsgraph.p50_ms / row.peer.p50_ms) * 100) / 100;
  results.push(row);
  console.error(`${q.name}: newsgraph p50 ${row.newsgraph.p50_ms} ms, peer p50 ${row.peer.p50_ms} ms`);
}

const report = {
  date: new Date().toISOString().slice(0, 16) + "Z",
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memory_gib: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  peer: "@neo4j/graphql " + JSON.parse((await import("node:fs")).readFileSync(new URL("./node_modules/@neo4j/graphql/package.json", import.meta.url))).version,
  graph: { articles: Number(articles), entities: Number(entities), relations: Number(relations) },
  clients,
  requests_per_client: per(requests, rounds),
  load_start: loadStart,
  load_end: loadavg(),
  questions: results,
  not_asked: Object.fromEntries(notAsked),
};
function per(n, r) {
  return Math.ceil(n / r) * r;
}

let md = `# newsgraph and @neo4j/graphql side by side\n\n`;
md += `${report.date}, ${report.machine.cpu} × ${report.machine.cores}, ${report.machine.memory_gib} GiB, Node ${report.machine.node}; ${report.peer}.\n`;
md += `Graph: ${report.graph.articles} articles, ${report.graph.entities} entities, ${report.graph.relations} relations. `;
md += `${clients} clients × ${report.requests_per_client} requests per question and side, in ${rounds} alternating rounds. Load average (1, 5, 15 min): ${loadStart} at the start, ${report.load_end} at the end. Latencies in ms.\n\n`;
md += `| question | inputs | same answers | newsgraph p50 | newsgraph p99 | newsgraph req/s | peer p50 | peer p99 | peer req/s | newsgraph / peer p50 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n`;
for (const r of results) {
  md += `| ${r.name} | ${r.inputs} | ${r.answers.equal} of ${r.answers.checked} | ${r.newsgraph.p50_ms} | ${r.newsgraph.p99_ms} | ${r.newsgraph.per_second} | ${r.peer.p50_ms} | ${r.peer.p99_ms} | ${r.peer.per_second} | ${r.ratio}× |\n`;
}
md += `\n`;
for (const r of results) {
  md += `- ${r.name}: ${r.asks}.\n`;
  if (r.answers.first) md += `  - first difference: ${r.answers.first}\n`;
  for (const side of ["newsgraph", "peer"]) if (r[side].errors) md += `  - ${side}: ${r[side].errors} errors, first: ${r[side].first_error}\n`;
}
md += `\nNot asked of the peer:\n\n`;
for (const [n, why] of notAsked) md += `- ${n}: ${why}.\n`;
writeFileSync(opt.out + ".md", md);
writeFileSync(opt.out + ".json", JSON.stringify(report, null, 2) + "\n");
process.stdout.write(md);
stopPeer();
process.exit(0);
