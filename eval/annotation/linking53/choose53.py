"""List heldout53l's candidates (heldout53l_selection.md): session 46's pool ``linking_os`` in its order.

The pool is fixed by ``eval/annotation/pools46.py`` (OrangeSum pages with no Africa word, section monde,
url_sha1 ≡ 1 mod 3, sorted by url_sha1). A candidate whose ``text_sha1`` is already the sha1 of a file under
``$KIBARU_EXTRA_LINKING`` (default /work/extra_linking) is skipped unread. For the others the script prints the end
of the annotated part (heldout42l–49l's cut: headline + body up to the first real sentence end at or after body
character 1400, ``choose42.cut``) and the file length; it reads the text files only to compute these offsets
(no system, no keyword test). Prints one TSV row per pool row: n, doc, url_sha1, text_sha1, date, decision, reason,
cut, length, headline.

Usage: python eval/annotation/linking53/choose53.py [TEXTS_DIR] [--limit N]
(TEXTS_DIR defaults to /work/extra_orangesum_all, where ``tools/orangesum_texts.py --all`` wrote index.tsv and the
texts.)
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

choose42.BODY_CUT = 1400


def main() -> int:
    return choose_os.main()


if __name__ == "__main__":
    sys.exit(main())
