"""List heldout122l's candidates (heldout122l_selection.md): session 46's pool ``linking_os``, url_sha1 beginning with
f only, from pool position 1230.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 1 mod 3, sorted by url_sha1). heldout122l continues heldout121l's reading order: heldout121l opened pool
positions 1,212–1,229 of the f rows; its candidates are exactly the rows heldout121l's decision table
(``eval/annotation/linking121/heldout121l_selection.tsv``) marks « not taken (never opened …) » — pool positions
1,230–1,253 — whose url_sha1 begins with f, in position order, numbered by their position in the full pool listing
(the pool's 0–7 half is used up; of the 8–f rows left, all beginning with e or f, the two e rows heldout120l left
(positions 1,173–1,174) are not this split's and are never listed here). A candidate whose ``text_sha1`` is already
the sha1 of a file under ``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped unread. For the others the
script prints the end of the annotated part (heldout42l–49l's cut: headline + body up to the first real sentence end
at or after body character 1400, ``choose42.cut``) and the file length; it reads the text files only to compute these
offsets (no system, no keyword test). Prints one TSV row per candidate: n (pool position), doc, url_sha1, text_sha1,
date, decision, reason, cut, length, headline.

Usage: python eval/annotation/linking122/choose122.py [TEXTS_DIR] [--limit N]
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

PREVIOUS_TABLE = HERE.parent / "linking121" / "heldout121l_selection.tsv"


def main() -> int:
    return choose_os.continuing(PREVIOUS_TABLE, first=1230, hexes="f")  # the e rows left are heldout120l's


if __name__ == "__main__":
    sys.exit(main())
