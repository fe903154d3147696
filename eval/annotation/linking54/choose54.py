"""List heldout54l's candidates (heldout54l_selection.md): session 46's pool ``linking_os`` in its order, from 17.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 1 mod 3, sorted by url_sha1). Every row that heldout53l's decision table
(``eval/annotation/linking53/heldout53l_selection.tsv``) marks as read, annotated or skipped (its positions 1–16) is
left out: the list continues from position 17. A candidate whose ``text_sha1`` is already the sha1 of a file under
``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped unread. For the others the script prints the end
of the annotated part (heldout42l–49l's cut: headline + body up to the first real sentence end at or after body
character 1400, ``choose42.cut``) and the file length; it reads the text files only to compute these offsets
(no system, no keyword test). Prints one TSV row per pool row from position 17: n (pool position), doc, url_sha1,
text_sha1, date, decision, reason, cut, length, headline.

Usage: python eval/annotation/linking54/choose54.py [TEXTS_DIR] [--limit N]
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
HELDOUT53L_TABLE = HERE.parent / "linking53" / "heldout53l_selection.tsv"


def heldout53l_read() -> set[str]:
    """url_sha1 of every row heldout53l's table marks as read, annotated or skipped (not « not taken »)."""
    with HELDOUT53L_TABLE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {r["url_sha1"] for r in rows if not r["final"].startswith("not taken")}


def main() -> int:
    done53 = heldout53l_read()
    return choose_os.main(lambda n, r: r["url_sha1"] not in done53)


if __name__ == "__main__":
    sys.exit(main())
