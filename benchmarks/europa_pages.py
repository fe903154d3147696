"""Whole French web pages with a reference text, for the boilerplate evaluation (issue 2, round 6).

Source: the French pages of the "europa" corpus of github.com/rundimeco/waddle @ dddf85c
(``corpora/europa/{html,reference}/press-release_IP-*_fr.html``; Lejeune & Barbaresi's evaluation material, the
repository is GPL-3.0; the pages are © European Union, Commission press-release database, reuse authorised with
acknowledgement of the source). 103 European Commission press releases (2000-2006) in French, each saved as the whole
page the crawler fetched (site banner, language selector, breadcrumbs, left navigation, "Other available languages",
DOC/PDF links, footer — in English, as the site serves them — and the release's dateline and number), with a
reference of the main text taken from the release's own text block: headline and paragraphs, the ip number and
dateline lines left out (the corpus's "europa" variant; "europa_original" keeps them). **Headline included.**

**The pages are never copied into this repository**: they are read from ``$KIBARU_BOILERPLATE_EXTRA/europa/``
(``html/<name>``, ``reference/<name>``; default ``<repo>/../extra_boiler``). This repository holds only the page
names, sha1 hashes of both files and of the rendered dump, and the frozen labels
(``benchmarks/data/europa_labels.jsonl``). Every page is rendered with the evaluation's renderer and labelled with its
labelling rule (``boilerplate_eval.label_lines``); the headline is part of the reference, so the cleaner's ``title``
line counts as an article prediction (as on the DAnIEL pages and the real French dumps).

Split (frozen and committed before any system change of round 6): the whole set is the blind ``heldout10``. All
pages come from one site and share one template, so no half of it could be held out by outlet; no page of this site
occurs in an earlier split.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import local_pages

REPO = Path(__file__).resolve().parent.parent
LABELS_FILE = REPO / "benchmarks" / "data" / "europa_labels.jsonl"
OUTLET = "ec.europa.eu"
SPLIT = "heldout10"
_BLOCK = re.compile(r"</?(?:p|h[1-6]|br|div|li|ul|ol|tr|td|th|table|blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def europa_dir() -> Path:
    import boilerplate_eval as ev

    return ev.extra_dir() / "europa"


def reference_text(raw: bytes) -> str:
    """The reference's blocks as text lines: block tags end a line, inline tags (``<b>``, ``<i>``, which the
    source opens and closes inside words) are removed without a space, entities decoded."""
    text = _BLOCK.sub("\n", raw.decode("utf-8", errors="replace"))
    out = [html_lib.unescape(_TAG.sub("", line)) for line in text.split("\n")]
    return "\n".join(" ".join(line.split()) for line in out if line.strip())


def french_names(root: Path | None = None) -> list[str]:
    root = europa_dir() if root is None else root
    pages = (root / "html").glob("press-release_*_fr.html")
    return sorted(p.name for p in pages if (root / "reference" / p.name).exists())


def load(files: list[str]) -> Iterator[tuple[str, str, list[str], list[bool], list[bool]]]:
    """(name, outlet, dump lines, labels by the current rule, frozen labels) per page, every hash checked."""
    doc = "benchmarks/europa_pages.py"
    return local_pages.load(europa_dir(), LABELS_FILE, reference_text, files, "europa pages", doc)


def freeze() -> dict[str, list[str]]:
    """Write the labels file and return the split (called once, by ``boilerplate_eval.py --freeze-europa-split``)."""
    names = french_names()
    with LABELS_FILE.open("w", encoding="utf-8") as fh:
        for name in names:
            fh.write(json.dumps(local_pages.label_record(europa_dir(), name, reference_text, SPLIT, OUTLET)) + "\n")
    return {SPLIT: names}
