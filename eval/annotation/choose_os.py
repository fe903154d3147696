"""What the candidate listers of the OrangeSum linking splits share (``linking53/choose53.py``, 54, 56, 58-141).

Each lister keeps its own rule (its docstring and the test of which pool rows it lists); this module walks session 46's
pool ``linking_os`` (``pools46.candidates``) in its order and prints one TSV row per listed pool row: n (pool position),
doc, url_sha1, text_sha1, date, decision (``skip`` when the text is already under ``$KIBARU_EXTRA_LINKING``, else
``candidate``), reason, cut (the end of the annotated part, ``choose42.cut``), length, headline.

Usage of a lister: ``python eval/annotation/linkingNN/chooseNN.py [TEXTS_DIR] [--limit N]`` (TEXTS_DIR defaults to
/work/extra_orangesum_all, where ``tools/orangesum_texts.py --all`` wrote index.tsv and the texts; ``--limit N`` stops
after pool position N).
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "linking42"))
import choose42  # noqa: E402
import pools46  # noqa: E402

POOL = "linking_os"

Row = dict[str, str]


def used_sha1s(folder: Path) -> set[str]:
    """sha1 of every text file already kept under the linking folder."""
    return {hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.txt")) if p.is_file()}


def not_taken(table: Path) -> set[str]:
    """url_sha1 of every row a split's decision table marks « not taken (never opened …) »."""
    with table.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {r["url_sha1"] for r in rows if r["final"].startswith("not taken (never opened")}


def main(listed: Callable[[int, Row], bool] = lambda n, r: True, pool: str = POOL) -> int:
    """Print the rows of ``pool`` (default ``linking_os``; ``linking_os2`` from heldout123l on) that
    ``listed(position, row)`` accepts (see the module docstring)."""
    argv = sys.argv[1:]
    limit = 0
    if "--limit" in argv:
        i = argv.index("--limit")
        limit = int(argv[i + 1])
        del argv[i:i + 2]
    folder = Path(argv[0] if argv else "/work/extra_orangesum_all")
    used = used_sha1s(Path(os.environ.get("KIBARU_EXTRA_LINKING", "/work/extra_linking")))
    rows = pools46.candidates(pool, folder / "index.tsv")
    print("n\tdoc\turl_sha1\ttext_sha1\tdate\tdecision\treason\tcut\tlength\theadline")
    for n, r in enumerate(rows, 1):
        if limit and n > limit:
            break
        if not listed(n, r):
            continue
        if r["text_sha1"] in used:
            print(f"{n}\t{r['doc']}\t{r['url_sha1']}\t{r['text_sha1']}\t{r['date']}\tskip\t"
                  f"text already under extra_linking\t-\t-\t{r['headline']}")
            continue
        text = (folder / f"{r['url_sha1']}.txt").read_text(encoding="utf-8")
        print(f"{n}\t{r['doc']}\t{r['url_sha1']}\t{r['text_sha1']}\t{r['date']}\tcandidate\t\t"
              f"{choose42.cut(text)}\t{len(text)}\t{r['headline']}")
    return 0


def continuing(previous_table: Path, first: int, hexes: str, pool: str = POOL) -> int:
    """The lister of a split that continues an earlier split's half of ``pool``: the rows ``previous_table`` (that
    split's decision table) marks « not taken (never opened …) », from pool position ``first``, whose url_sha1 begins
    with one of ``hexes``; the annotated part is cut at body character 1400 (heldout42l-49l's cut)."""
    choose42.BODY_CUT = 1400
    open_rows = not_taken(previous_table)
    return main(lambda n, r: n >= first and r["url_sha1"][0] in hexes and r["url_sha1"] in open_rows, pool)
