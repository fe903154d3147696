"""List the heldout57l candidates (heldout57l_selection.md): session 46's ``linking_bbc_tech`` pool in its order.

The pool is fixed by ``eval/annotation/pools46.py`` (MasakhaNEWS few-shot train, category technology, rows 201-250,
row order; nobody on the project has read them). A candidate whose ``text_sha1`` (``index.tsv``) is the sha1 of a file
already under ``/work/extra_linking`` is skipped unread. For the others the script computes, mechanically and without
printing any text, the end offset of the annotated part (heldout49l's partial rule: headline plus body sentences up to
the first real sentence end at or after body character 1400, body = the text after the headline's blank line; the
whole article when shorter; ``choose42.cut`` with ``BODY_CUT = 1400``, as ``choose52.py`` / ``choose55.py``) and the
file length. Reads only ``index.tsv``, the files' bytes (hashes, offsets) and the files under ``/work/extra_linking``
(hashes); never the system.

Prints one TSV row per pool row in order: rank, row, url_sha1, text_sha1, decision (candidate / skip), reason, cut,
length, headline.

Usage: python eval/annotation/linking57/choose57.py [TEXTS_DIR] [LINKING_DIR]
(defaults /work/extra_masakhanews_train and /work/extra_linking)
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "linking42"))
import choose42  # noqa: E402
from pools46 import candidates  # noqa: E402

choose42.BODY_CUT = 1400


def used_hashes(folder: Path) -> set[str]:
    """sha1 of every file under ``folder`` (the texts earlier linking splits keep)."""
    return {hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> int:
    texts = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/extra_masakhanews_train")
    linking = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/extra_linking")
    used = used_hashes(linking)
    print("rank\trow\turl_sha1\ttext_sha1\tdecision\treason\tcut\tlength\theadline")
    for rank, r in enumerate(candidates("linking_bbc_tech", texts / "index.tsv"), 1):
        row = int(r["row"])
        if r["text_sha1"] in used:
            print(f"{rank}\t{row}\t{r['url_sha1']}\t{r['text_sha1']}\tskip\ttext already under "
                  f"{linking}\t-\t-\t{r['headline']}")
            continue
        data = (texts / f"{r['url_sha1']}.txt").read_bytes()
        assert hashlib.sha1(data).hexdigest() == r["text_sha1"], row
        text = data.decode("utf-8")
        print(f"{rank}\t{row}\t{r['url_sha1']}\t{r['text_sha1']}\tcandidate\t\t{choose42.cut(text)}\t"
              f"{len(text)}\t{r['headline']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
