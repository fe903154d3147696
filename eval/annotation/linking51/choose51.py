"""List the heldout51l candidates (heldout51l_selection.md): the French Wikinews 2012 texts of the ``linking`` pool
that heldout50l did not take (its selection table marks them « not taken », never opened).

Reads only ``eval/texts/wikinews/POOLS.tsv``, ``index.tsv`` (doc, dateline date, headline) and
``eval/annotation/linking50/heldout50l_selection.tsv``; never an article body and never the system. Prints one TSV row
per candidate in the rule's order (ascending doc number): rank, doc, article_file, date, headline.

Usage: python eval/annotation/linking51/choose51.py
"""

from __future__ import annotations

import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
WIKINEWS = REPO / "eval" / "texts" / "wikinews"
PREVIOUS = REPO / "eval" / "annotation" / "linking50" / "heldout50l_selection.tsv"


def pool(name: str = "linking") -> list[str]:
    """Doc numbers of the files whose pool is ``name`` and that heldout50l did not take, in ascending doc order."""
    rows = csv.DictReader((WIKINEWS / "POOLS.tsv").open(encoding="utf-8"), delimiter="\t")
    docs = {r["file"].removesuffix(".txt") for r in rows if r["pool"] == name}
    prev = csv.DictReader(PREVIOUS.open(encoding="utf-8"), delimiter="\t")
    not_taken = {r["doc"] for r in prev if r["final"] == "not taken"}
    return sorted(docs & not_taken, key=int)


def main() -> None:
    index = {r["doc"]: r for r in csv.DictReader((WIKINEWS / "index.tsv").open(encoding="utf-8"), delimiter="\t")}
    print("rank\tdoc\tarticle_file\tdate\theadline")
    for rank, doc in enumerate(pool(), 1):
        row = index[doc]
        print(f"{rank}\t{doc}\teval/texts/wikinews/{doc}.txt\t{row['date']}\t{row['headline']}")


if __name__ == "__main__":
    main()
