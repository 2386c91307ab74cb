#!/usr/bin/env bash
# build.sh: the one build of the web assets (go generate ./web/ runs it).
# Installs exactly the packages of package-lock.json with `npm ci` unless
# node_modules already holds them (a hash of the lock file is kept there),
# then bundles src/ into dist/ with esbuild (build.mjs). Needs Node.js 20
# and the npm registry; `go build` does not: dist/ is committed and
# embedded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "web/build.sh: Node.js and npm are needed to rebuild the web assets (dist/ is committed; go build does not need them)" >&2
	exit 1
fi
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sha256 2>/dev/null)" != "$want" ]; then
	npm ci --no-audit --no-fund --loglevel=error
	echo "$want" >node_modules/.lock-sha256
fi
node build.mjs
