"""Whole French news pages of one site with a reference text, for the boilerplate evaluation (issue 2, session 35).

Source: the raw pages of OrangeSum (Kamal Eddine, Tixier and Vazirgiannis 2020; github.com/Tixierae/OrangeSum
@ e6f8a6e3b, CC BY-SA 4.0; ``data/docs/raw/<doc>.txt``): whole « Orange Actu » article pages as the crawler saved
them in 2020 (site menus, market and weather widgets, « A lire aussi » teasers of other stories, share buttons,
advertising labels, the footer), mostly AFP dispatches. The reference of each page is the article as the page's own
markup delimits it: the headline (``<title>`` without the site's suffix) and the paragraphs of its « TEXTE » block
(``tools/orangesum_texts.paragraphs``, the tool that writes the news texts of the other evaluations).
**Headline included**, as on the europa and DAnIEL pages.

**The pages are never copied into this repository**: ``python benchmarks/orangesum_pages.py prepare GIT_DIR`` writes
them from a fetched snapshot (``fetch github:Tixierae/OrangeSum``) to ``$KIBARU_BOILERPLATE_EXTRA/orangesum/``
(``html/<doc>.html`` the page's bytes, ``reference/<doc>.html`` the reference lines; default
``<repo>/../extra_boiler``). This repository holds only the page names, sha1 hashes of both files and of the rendered
dump, and the frozen labels (``benchmarks/data/orangesum_labels.jsonl``); every page is rendered with the evaluation's
renderer and labelled with its labelling rule (``boilerplate_eval.label_lines``).

Selection (written before any page was rendered or cleaned): the pages of ``tools/orangesum_texts.py``'s Africa
index in doc-number order whose section is ``monde`` or ``politique``, the first ``PAGES`` of them. Split: the whole
set is the blind ``heldout11``, frozen and committed before the cleaner ran on it. One site and one template, like
``heldout10`` (europa): the site's menus repeat on every page, so the figure says how the cleaner does on a folder of
one outlet's pages, not on the many-outlet dumps of the ``real_heldout`` sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import local_pages

REPO = Path(__file__).resolve().parent.parent
LABELS_FILE = REPO / "benchmarks" / "data" / "orangesum_labels.jsonl"
OUTLET = "actu.orange.fr"
SPLIT = "heldout11"
PAGES = 100
SECTIONS = ("monde", "politique")


def orangesum_dir() -> Path:
    import boilerplate_eval as ev

    return ev.extra_dir() / "orangesum"


def reference_text(raw: bytes) -> str:
    """The reference file is already text lines (headline, then one paragraph per line)."""
    return raw.decode("utf-8")


def _tool() -> Any:
    sys.path.insert(0, str(REPO / "tools"))
    import orangesum_texts

    return orangesum_texts


def prepare(git_dir: Path, out: Path | None = None) -> list[str]:
    """Write the selected pages and their references from the snapshot; return the page names in order."""
    tool = _tool()
    out = orangesum_dir() if out is None else out
    (out / "html").mkdir(parents=True, exist_ok=True)
    (out / "reference").mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    for number, raw, art in tool.articles(git_dir):
        if art.section not in SECTIONS or not tool.AFRICA_WORDS.search(art.text):
            continue
        name = f"{number}.html"
        (out / "html" / name).write_bytes(raw)
        (out / "reference" / name).write_text(art.headline + "\n" + "\n".join(art.paragraphs) + "\n", encoding="utf-8")
        names.append(name)
        if len(names) == PAGES:
            break
    return names


def load(files: list[str]) -> Iterator[tuple[str, str, list[str], list[bool], list[bool]]]:
    """(name, outlet, dump lines, labels by the current rule, frozen labels) per page, every hash checked."""
    doc = "benchmarks/orangesum_pages.py"
    return local_pages.load(orangesum_dir(), LABELS_FILE, reference_text, files, "OrangeSum pages", doc)


def freeze(names: list[str]) -> dict[str, list[str]]:
    """Write the labels file and return the split (``boilerplate_eval.py --freeze-orangesum-split``, once)."""
    with LABELS_FILE.open("w", encoding="utf-8") as fh:
        for name in names:
            fh.write(json.dumps(local_pages.label_record(orangesum_dir(), name, reference_text, SPLIT, OUTLET)) + "\n")
    return {SPLIT: names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    prep = sub.add_parser("prepare", help="write the selected pages and references from a fetched snapshot")
    prep.add_argument("git_dir", type=Path)
    args = parser.parse_args(argv)
    names = prepare(args.git_dir)
    print(f"{len(names)} pages written to {orangesum_dir()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
