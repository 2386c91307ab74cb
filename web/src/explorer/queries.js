// The neighborhood question, shared by early.js and the bundle so that
// both ask exactly the same.

// Edges are asked for by their ends, type, status and weight only: the
// server then counts statements without reading them, the fastest form of
// a neighborhood. Their dates and sentences come with the evidence.
export const SLICE = `
  truncated
  nodes { id label kind caption weight }
  edges { id source target type status weight }`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int, $types: [RelationType!], $statuses: [Status!], $from: Date, $to: Date) {
  neighborhood(id: $id, depth: $depth, limit: $limit, fanOut: 100, types: $types, statuses: $statuses, from: $from, to: $to) {${SLICE}
  }
}`;

const whole = (v, def) => (v && /^\d+$/.test(v) ? +v : def);

// neighborhoodVars are the variables of a neighborhood of id with the
// filters at rest (every type and status, no dates).
export function neighborhoodVars(id, depth, limit, f = {}) {
  return { id, depth: whole(String(depth ?? ""), 2), limit: whole(String(limit ?? ""), 200), types: f.types ?? null, statuses: f.statuses ?? null, from: f.from ?? null, to: f.to ?? null };
}
