"""List heldout59l's candidates (heldout59l_selection.md): session 46's pool ``linking_os`` in its order, from 72.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 1 mod 3, sorted by url_sha1). Every row that heldout53l's, heldout54l's, heldout56l's or heldout58l's
decision table (``eval/annotation/linking5{3,4,6,8}/heldout5{3,4,6,8}l_selection.tsv``) marks as read, annotated or
skipped (their positions 1–71) is left out: the list continues from position 72. Only rows whose ``url_sha1`` begins
with 0–7 are this split's; rows from 8 on belong to heldout60l (another builder) and are not listed. A candidate
whose ``text_sha1`` is already the sha1 of a file under ``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is
skipped unread. For the others the script prints the end of the annotated part (heldout42l–49l's cut: headline + body
up to the first real sentence end at or after body character 1400, ``choose42.cut``) and the file length; it reads the
text files only to compute these offsets (no system, no keyword test). Prints one TSV row per listed pool row: n (pool
position), doc, url_sha1, text_sha1, date, decision, reason, cut, length, headline.

Usage: python eval/annotation/linking59/choose59.py [TEXTS_DIR] [--limit N]
(TEXTS_DIR defaults to /work/extra_orangesum_all, where ``tools/orangesum_texts.py --all`` wrote index.tsv and the
texts; ``--limit N`` stops after pool position N.)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "eval"))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "linking42"))
import choose42  # noqa: E402
import choose_os  # noqa: E402

choose42.BODY_CUT = 1400
OWN_PREFIXES = tuple("01234567")  # url_sha1 first hex digit; 8-f are heldout60l's
EARLIER_TABLES = (
    HERE.parent / "linking53" / "heldout53l_selection.tsv",
    HERE.parent / "linking54" / "heldout54l_selection.tsv",
    HERE.parent / "linking56" / "heldout56l_selection.tsv",
    HERE.parent / "linking58" / "heldout58l_selection.tsv",
)


def earlier_read() -> set[str]:
    """url_sha1 of every row an earlier table of this pool marks as read, annotated or skipped."""
    done: set[str] = set()
    for table in EARLIER_TABLES:
        with table.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        done |= {r["url_sha1"] for r in rows if not r["final"].startswith("not taken")}
    return done


def main() -> int:
    done = earlier_read()
    return choose_os.main(lambda n, r: not (r["url_sha1"] in done or not r["url_sha1"].startswith(OWN_PREFIXES)))


if __name__ == "__main__":
    sys.exit(main())
