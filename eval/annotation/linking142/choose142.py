"""List heldout142l's candidates (heldout142l_selection.md): session 61's pool ``linking_os2``, url_sha1 beginning with
8–f (8, 9, a–f) only, from pool position 698.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 2 mod 3, no event word in the headline, sorted by url_sha1; added in session 61 before any of its pages was
opened). heldout142l continues heldout140l's reading order: heldout140l opened pool positions 679–697 of the 8–f rows;
its candidates are exactly the rows heldout140l's decision table
(``eval/annotation/linking140/heldout140l_selection.tsv``) marks « not taken (never opened …) » — pool positions
698–1,019 — whose url_sha1 begins with 8–f, in position order, numbered by their position in the full pool listing
(the rows from 0–7 belong to heldout123l's half, read on by heldout125l, heldout127l, heldout129l, heldout131l,
heldout133l, heldout135l, heldout137l, heldout139l and now by heldout141l, another builder of the same hour, and are
never listed here). A candidate whose ``text_sha1`` is already the sha1 of a file under ``$KIBARU_EXTRA_LINKING``
(default /work/extra_linking) is skipped unread. For the others the script prints the end of the annotated part
(heldout42l–140l's cut: headline + body up to the first real sentence end at or after body character 1400,
``choose42.cut``) and the file length; it reads the text files only to compute these offsets (no system, no keyword
test). Prints one TSV row per candidate: n (pool position), doc, url_sha1, text_sha1, date, decision, reason, cut,
length, headline.

Usage: python eval/annotation/linking142/choose142.py [TEXTS_DIR] [--limit N]
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

PREVIOUS_TABLE = HERE.parent / "linking140" / "heldout140l_selection.tsv"


def main() -> int:
    return choose_os.continuing(PREVIOUS_TABLE, 698, "89abcdef", pool="linking_os2")  # 0-7: heldout141l's


if __name__ == "__main__":
    sys.exit(main())
