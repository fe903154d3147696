"""List heldout114l's candidates (heldout114l_selection.md): session 46's pool ``linking_os`` in its order, from 588.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 1 mod 3, sorted by url_sha1). heldout112l read positions 566–587 of its half (url_sha1 0–7); its decision
table (``eval/annotation/linking112/heldout112l_selection.tsv``) marks positions 588–600 « not taken (never opened …) ».
This split's candidates are exactly those rows, in position order: the list continues from position 588. Only rows
whose ``url_sha1`` begins with 0–7 are listed (the rows from 8 on belong to heldout115l, another builder of the same
hour, and are never listed here). A candidate whose ``text_sha1`` is already the sha1 of a file under
``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped unread. For the others the script prints the end of
the annotated part (heldout42l–49l's cut: headline + body up to the first real sentence end at or after body character
1400, ``choose42.cut``) and the file length; it reads the text files only to compute these offsets (no system, no
keyword test). Prints one TSV row per listed pool row: n (pool position), doc, url_sha1, text_sha1, date, decision,
reason, cut, length, headline.

Usage: python eval/annotation/linking114/choose114.py [TEXTS_DIR] [--limit N]
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

PREVIOUS_TABLE = HERE.parent / "linking112" / "heldout112l_selection.tsv"


def main() -> int:
    return choose_os.continuing(PREVIOUS_TABLE, first=588, hexes="01234567")  # 8-f is heldout115l's


if __name__ == "__main__":
    sys.exit(main())
