"""List heldout65l's candidates (heldout65l_selection.md): session 46's pool ``linking_os`` in its order, from 129.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 1 mod 3, sorted by url_sha1). heldout63l read positions 110–128 of its half (url_sha1 0–7; position 128
opened by mistake, no longer a candidate); its decision table (``eval/annotation/linking63/heldout63l_selection.tsv``)
marks positions 129–600 « not taken (never opened …) ». This split's candidates are exactly those rows, in position
order: the list continues from position 129. Only rows whose ``url_sha1`` begins with 0–7 are listed (the rows from 8
on are heldout66l's, another builder). A candidate
whose ``text_sha1`` is already the sha1 of a file under ``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is
skipped unread. For the others the script prints the end of the annotated part (heldout42l–49l's cut: headline +
body up to the first real sentence end at or after body character 1400, ``choose42.cut``) and the file length; it
reads the text files only to compute these offsets (no system, no keyword test). Prints one TSV row per listed pool
row: n (pool position), doc, url_sha1, text_sha1, date, decision, reason, cut, length, headline.

Usage: python eval/annotation/linking65/choose65.py [TEXTS_DIR] [--limit N]
(TEXTS_DIR defaults to /work/extra_orangesum_all, where ``tools/orangesum_texts.py --all`` wrote index.tsv and the
texts; ``--limit N`` stops after pool position N.)
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "eval"))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "linking42"))
import choose42  # noqa: E402
import pools46  # noqa: E402

choose42.BODY_CUT = 1400
POOL = "linking_os"
OWN_PREFIXES = tuple("01234567")  # url_sha1 first hex digit; 8-f are heldout66l's
FIRST = 129
HELDOUT63L_TABLE = HERE.parent / "linking63" / "heldout63l_selection.tsv"


def not_taken_63() -> set[str]:
    """url_sha1 of every row heldout63l's table marks « not taken (never opened …) »."""
    with HELDOUT63L_TABLE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {r["url_sha1"] for r in rows if r["final"].startswith("not taken (never opened")}


def used_sha1s(folder: Path) -> set[str]:
    """sha1 of every text file already kept under the linking folder."""
    return {hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.txt")) if p.is_file()}


def main() -> int:
    argv = sys.argv[1:]
    limit = 0
    if "--limit" in argv:
        i = argv.index("--limit")
        limit = int(argv[i + 1])
        del argv[i:i + 2]
    folder = Path(argv[0] if argv else "/work/extra_orangesum_all")
    used = used_sha1s(Path(os.environ.get("KIBARU_EXTRA_LINKING", "/work/extra_linking")))
    open_rows = not_taken_63()
    rows = pools46.candidates(POOL, folder / "index.tsv")
    print("n\tdoc\turl_sha1\ttext_sha1\tdate\tdecision\treason\tcut\tlength\theadline")
    for n, r in enumerate(rows, 1):
        if limit and n > limit:
            break
        if n < FIRST or r["url_sha1"] not in open_rows or not r["url_sha1"].startswith(OWN_PREFIXES):
            continue
        if r["text_sha1"] in used:
            print(f"{n}\t{r['doc']}\t{r['url_sha1']}\t{r['text_sha1']}\t{r['date']}\tskip\t"
                  f"text already under extra_linking\t-\t-\t{r['headline']}")
            continue
        text = (folder / f"{r['url_sha1']}.txt").read_text(encoding="utf-8")
        print(f"{n}\t{r['doc']}\t{r['url_sha1']}\t{r['text_sha1']}\t{r['date']}\tcandidate\t\t"
              f"{choose42.cut(text)}\t{len(text)}\t{r['headline']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
