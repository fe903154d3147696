"""List heldout123l's candidates (heldout123l_selection.md): session 61's pool ``linking_os2``, url_sha1 beginning
with 0-7 only, in pool order from position 1.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 2 mod 3, no event word in the headline, sorted by url_sha1; added in session 61 before any of its pages was
opened). heldout123l is the first split to read this pool's 0-7 half (it opens ``linking_os2`` with heldout124l, which
reads the rows whose url_sha1 begins with 8-f: those are never listed here); no decision table of this pool exists
yet, so the list starts at pool position 1 and leaves nothing out but the other half. ``linking_os`` (heldout53l-122l's
pool) is not read: its 8 remaining rows stay there. A candidate whose ``text_sha1`` is already the sha1 of a file under
``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped unread. For the others the script prints the end of
the annotated part (heldout42l-49l's and heldout53l-122l's cut: headline + body up to the first real sentence end at
or after body character 1400, ``choose42.cut``) and the file length; it reads the text files only to compute these
offsets (no system, no keyword test). Prints one TSV row per candidate: n (pool position), doc, url_sha1, text_sha1,
date, decision, reason, cut, length, headline.

Usage: python eval/annotation/linking123/choose123.py [TEXTS_DIR] [--limit N]
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
    return choose_os.main(lambda n, r: r["url_sha1"][0] in "01234567", pool="linking_os2")  # 8-f are heldout124l's


if __name__ == "__main__":
    sys.exit(main())
