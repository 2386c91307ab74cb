#!/usr/bin/env bash
# test.sh: the one test command (README, CI). Checks that generated code is
# up to date, vets, runs staticcheck, and runs every test, the conformance
# suite included, on the embedded store and on a real Neo4j, and the
# browser tests of the web pages in Debian's Chromium. With NEO4J_URI unset
# it starts Neo4j 5.26 from Maven Central itself (scripts/neo4j.sh) and
# stops it at the end; Chromium is installed from Debian when missing. go
# generate rebuilds the web assets (npm ci, esbuild), so stale committed
# bundles fail the run too.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export CI=${CI:-true} # a missing Neo4j fails the run instead of skipping
export GOFLAGS=${GOFLAGS:--buildvcs=false}

echo "== go generate (generated code must be up to date)"
snapshot() { git ls-files -co --exclude-standard -z | xargs -0 sha256sum 2>/dev/null | sort; }
before=$(snapshot)
go generate ./...
after=$(snapshot)
if [ "$before" != "$after" ]; then
	echo "generated code is stale; run 'go generate ./...' and commit:" >&2
	diff <(echo "$before") <(echo "$after") | grep '^[<>]' | awk '{print "  " $3}' | sort -u >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== staticcheck (pinned in go.mod as a tool)"
go tool staticcheck ./...

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
	echo "== installing Chromium from Debian (browser tests)"
	as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

started=""
if [ -z "${NEO4J_URI:-}" ]; then
	home=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-neo4j.XXXXXX")
	trap 'scripts/neo4j.sh stop "$home" || true; rm -rf "$home"' EXIT
	echo "== starting Neo4j (scripts/neo4j.sh)"
	env_lines=$(scripts/neo4j.sh start "$home")
	while IFS='=' read -r key value; do
		[ -n "$key" ] && export "$key=$value"
	done <<<"$env_lines"
	started=yes
fi
echo "== Neo4j at $NEO4J_URI${started:+ (started for this run)}"

echo "== go test"
log=$(mktemp)
status=0
go test -count=1 -timeout 25m -v ./... >"$log" 2>&1 || status=$?
# Top-level results per test and per package; every line on failure.
if [ $status -ne 0 ]; then
	grep -v -E '^\s*(=== (RUN|PAUSE|CONT|NAME))' "$log" | grep -v -E '^\s+--- PASS' || true
else
	grep -E '^(--- (PASS|FAIL|SKIP)|ok|FAIL|PASS|\?)' "$log" || true
fi
passed=$(grep -c -E '^\s*--- PASS' "$log" || true)
failed=$(grep -c -E '^\s*--- FAIL' "$log" || true)
skipped=$(grep -c -E '^\s*--- SKIP' "$log" || true)
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
