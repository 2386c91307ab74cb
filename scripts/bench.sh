#!/usr/bin/env bash
# bench.sh: the benchmarks behind BENCHMARKS.md. Writes raw numbers to
# bench/ (one file per benchmark, with the machine) and prints them.
#
#   scripts/bench.sh            all benchmarks (starts Neo4j when NEO4J_URI is unset)
#   scripts/bench.sh store      batched upserts into both stores
#   scripts/bench.sh extract    extractor words/s on one core
#   scripts/bench.sh api        synthetic corpus, ingest rate and GraphQL latency on both stores
#   scripts/bench.sh explorer   the web explorer in Chromium: first render, a 2,000-node drawing
#   scripts/bench.sh web        a local feed of 1,000 HTML pages: fetch, readability, extraction, SQLite
#
# ARTICLES (default 10000) sets the size of the synthetic corpus for "api".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what=${1:-all}
out=bench
reset=""
mkdir -p "$out"

machine() {
	echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') x $(nproc)"
	echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
	echo "go: $(go version | cut -d' ' -f3-)"
	echo "commit: $(git rev-parse --short HEAD)"
	echo "load average (1, 5, 15 min): $(cut -d" " -f1-3 /proc/loadavg)"
}

if [ -z "${NEO4J_URI:-}" ] && [ "$what" != extract ] && [ "$what" != explorer ] && [ "$what" != web ]; then
	home=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-neo4j.XXXXXX")
	trap 'scripts/neo4j.sh stop "$home" || true; rm -rf "$home"' EXIT
	env_lines=$(NEO4J_HEAP=${NEO4J_HEAP:-2g} scripts/neo4j.sh start "$home")
	while IFS='=' read -r key value; do
		[ -n "$key" ] && export "$key=$value"
	done <<<"$env_lines"
	reset=--reset # the server was started for this run: the bench may empty it
fi

if [ "$what" = all ] || [ "$what" = store ]; then
	{ machine; go test -run '^$' -bench 'BenchmarkUpsert' -benchtime 3x -benchmem ./store/sqlite ./store/neo4j; } | tee "$out/store-upsert.txt"
fi
if [ "$what" = all ] || [ "$what" = extract ]; then
	{ machine; GOMAXPROCS=1 go test -run '^$' -bench 'BenchmarkExtract' -benchtime 5s -benchmem ./ingest/rules; } | tee "$out/extract.txt"
fi
if [ "$what" = all ] || [ "$what" = web ]; then
	{ machine; go test -run '^$' -bench 'BenchmarkFeedIngest' -benchtime 1x -count 3 ./ingest/fetch; } | tee "$out/web-feed.txt"
fi
if [ "$what" = all ] || [ "$what" = api ]; then
	for store in sqlite neo4j; do
		go run ./cmd/newsgraph-bench --store "$store" --articles "${ARTICLES:-10000}" $reset --out "$out/results-$store.md"
	done
fi
if [ "$what" = all ] || [ "$what" = explorer ]; then
	{ machine; echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"; go test -run '^$' -bench 'BenchmarkExplorer' -benchtime 1x -v ./web/; echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$out/explorer.txt"
fi
