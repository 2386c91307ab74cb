// build.mjs bundles the explorer and GraphiQL into dist/, which the Go
// binary embeds (web.go), and copies the drawing libraries the pages in
// examples/drawing/ load. Run through build.sh (go generate ./web/), which
// installs the pinned packages with `npm ci` first. The output depends only
// on package-lock.json and src/: no timestamps, no absolute paths, so a
// rebuild of an unchanged tree changes no file (scripts/test.sh checks).
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2022"],
  charset: "utf8",
  legalComments: "linked",
  logLevel: "warning",
  absWorkingDir: here,
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
};

await esbuild.build({
  ...common,
  entryPoints: { explorer: "src/explorer/main.js", graphiql: "src/graphiql/main.jsx" },
  outdir: join(dist, "assets"),
  jsx: "automatic",
});
// A classic script, run before the bundle loads (see early.js).
await esbuild.build({
  ...common,
  format: "iife",
  entryPoints: { early: "src/explorer/early.js" },
  outdir: join(dist, "assets"),
});

for (const page of ["explorer/index.html", "graphiql/graphiql.html"]) {
  copyFileSync(join(here, "src", page), join(dist, page.split("/")[1]));
}

// The drawing examples load their libraries from a folder beside them,
// from these pinned packages, with their licences.
const vendor = join(here, "..", "examples", "drawing", "vendor");
mkdirSync(vendor, { recursive: true });
const libs = [
  ["cytoscape/dist/cytoscape.min.js", "cytoscape.min.js"],
  ["cytoscape/LICENSE", "cytoscape.LICENSE"],
  ["vis-network/standalone/umd/vis-network.min.js", "vis-network.min.js"],
  ["vis-network/LICENSE-MIT", "vis-network.LICENSE-MIT"],
];
for (const [from, to] of libs) {
  copyFileSync(join(here, "node_modules", from), join(vendor, to));
}
// The pages stay apart from examples/articles/, which is ingested as it is.
// The versions are those of package.json.
