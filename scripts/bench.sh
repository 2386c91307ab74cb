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
#   scripts/bench.sh peer       newsgraph side by side with @neo4j/graphql over one Neo4j (bench/peer;
#                               npm ci from the registry; not part of "all")
#
# PEER_REUSE=1 (with NEO4J_URI set) makes "peer" ask the graph an earlier
# newsgraph-bench run left in that Neo4j instead of ingesting the corpus.
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
if [ "$what" = peer ]; then
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-peer.XXXXXX")
	serve_pid=""
	cleanup_peer() {
		[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
		rm -rf "$tmp"
	}
	trap 'cleanup_peer; [ -n "${home:-}" ] && { scripts/neo4j.sh stop "$home" || true; rm -rf "$home"; }' EXIT
	if [ "${PEER_REUSE:-}" != 1 ]; then
		# The corpus newsgraph-bench writes, ingested into Neo4j by it (one
		# cheap question to finish the run; the data stays).
		go run ./cmd/newsgraph-bench --store neo4j --articles "${ARTICLES:-10000}" $reset --only entity --requests 1 --warmup 0 --out "$tmp/fill.md" >/dev/null
	fi
	go build -o "$tmp/newsgraph" .
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	# Every bench client comes from loopback: no per-client limit.
	"$tmp/newsgraph" serve --addr "127.0.0.1:$port" --max-client-requests 0 --log-level warn &
	serve_pid=$!
	for _ in $(seq 1 120); do
		curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
		sleep 0.5
	done
	(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error && NEWSGRAPH_URL="http://127.0.0.1:$port/query" node bench.mjs --out ../peer-results)
fi
if [ "$what" = all ] || [ "$what" = explorer ]; then
	{ machine; echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"; go test -run '^$' -bench 'BenchmarkExplorer' -benchtime 1x -v ./web/; echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$out/explorer.txt"
fi
