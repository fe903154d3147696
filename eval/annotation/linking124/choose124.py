"""List heldout124l's candidates (heldout124l_selection.md): session 61's pool ``linking_os2``, url_sha1 beginning with
8–f (8, 9, a–f) only, in pool order from position 1.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 2 mod 3, no event word in the headline, sorted by url_sha1; added in session 61 before any of its pages was
opened). heldout124l opens this pool: no split read it before, so no row is left out as read by an earlier table. Its
candidates are only the rows whose url_sha1 begins with 8–f, in the pool's order from the first of them, numbered by
their position in the full pool listing (the rows from 0–7 belong to heldout123l, another builder of the same hour,
and are never listed here). A candidate whose ``text_sha1`` is already the sha1 of a file under
``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped unread. For the others the script prints the end of
the annotated part (heldout42l–122l's cut: headline + body up to the first real sentence end at or after body
character 1400, ``choose42.cut``) and the file length; it reads the text files only to compute these offsets (no
system, no keyword test). Prints one TSV row per candidate: n (pool position), doc, url_sha1, text_sha1, date,
decision, reason, cut, length, headline.

Usage: python eval/annotation/linking124/choose124.py [TEXTS_DIR] [--limit N]
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
sys.path.insert(0, str(HERE.parent / "linking42"))
import choose42  # noqa: E402
import choose_os  # noqa: E402


def main() -> int:
    choose42.BODY_CUT = 1400  # heldout42l-122l's cut
    return choose_os.main(lambda n, r: r["url_sha1"][0] in "89abcdef", pool="linking_os2")  # 0-7: heldout123l's


if __name__ == "__main__":
    sys.exit(main())
