"""List heldout141l's candidates (heldout141l_selection.md): session 61's pool ``linking_os2``, url_sha1 beginning
with 0-7 only, from pool position 176.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde, url_sha1 ≡ 2
mod 3, no event word in the headline, sorted by url_sha1; added in session 61 before any of its pages was opened).
heldout141l continues heldout139l's reading order: heldout123l opened pool positions 1-17 of the 0-7 rows, heldout125l
positions 18-35, heldout127l positions 36-57, heldout129l positions 58-76, heldout131l positions 77-94, heldout133l
positions 95-115, heldout135l positions 116-138, heldout137l positions 139-155 and heldout139l positions 156-175; its
candidates are exactly the rows heldout139l's decision table (``eval/annotation/linking139/heldout139l_selection.tsv``)
marks « not taken (never opened …) » — pool positions 176-534 — whose url_sha1 begins with 0-7, in position order,
numbered by their position in the full pool listing (the rows whose url_sha1 begins with 8-f are heldout124l's,
heldout126l's, heldout128l's, heldout130l's, heldout132l's, heldout134l's, heldout136l's, heldout138l's, heldout140l's
and heldout142l's, the latter built by another builder in the same hour: they are never listed here). A candidate whose
``text_sha1`` is already the sha1 of a file under ``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped
unread. For the others the script prints the end of the annotated part (heldout42l-49l's and heldout53l-139l's cut:
headline + body up to the first real sentence end at or after body character 1400, ``choose42.cut``) and the file
length; it reads the text files only to compute these offsets (no system, no keyword test). Prints one TSV row per
candidate: n (pool position), doc, url_sha1, text_sha1, date, decision, reason, cut, length, headline.

Usage: python eval/annotation/linking141/choose141.py [TEXTS_DIR] [--limit N]
(TEXTS_DIR defaults to /work/extra_orangesum_all, where ``tools/orangesum_texts.py --all`` wrote index.tsv and the
texts; ``--limit N`` stops after pool position N.)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "eval"))
sys.path.insert(0, str(HERE.parent))
import choose_os  # noqa: E402

PREVIOUS_TABLE = HERE.parent / "linking139" / "heldout139l_selection.tsv"


def main() -> int:
    return choose_os.continuing(PREVIOUS_TABLE, 176, "01234567", pool="linking_os2")  # 8-f are heldout142l's


if __name__ == "__main__":
    sys.exit(main())
