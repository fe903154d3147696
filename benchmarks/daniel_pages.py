"""Whole real news pages with a full reference text, for the boilerplate evaluation (issue 2, round 5).

Source: the English pages of the DAnIEL corpus v2.1 (Lejeune & Zhu 2018, "A New Proposal for Evaluating Web Page
Cleaning Tools", re-annotated), as held by github.com/rundimeco/waddle @ be875ce
(``corpora/Corpus_daniel_v2.1/{html,reference}/<name>``; the repository is GPL-3.0, the pages are © their sites).
475 news pages from 218 outlets (2011-2012, BBC, Daily Mail, Guardian, CBC, Times of India, ...), each saved as
the full html the crawler fetched (menus, teasers, comment boxes, footers: boilerplate does occur) with a
hand-made reference of the main text, one ``<p>`` per paragraph, **headline included**.

**The pages are never copied into this repository**: they are read from ``$KIBARU_BOILERPLATE_EXTRA/daniel/``
(``html/<name>``, ``reference/<name>``, ``doc_lg_english.json``; default ``<repo>/../extra_boiler``). This
repository holds only the page names, the outlets, sha1 hashes of both files and of the rendered dump, and the
frozen labels (``benchmarks/data/daniel_labels.jsonl``). Every page is rendered with the evaluation's renderer
and labelled with its labelling rule (``boilerplate_eval.label_lines``); the headline is part of the reference,
so the cleaner's ``title`` line counts as an article prediction on these pages (as on the real French dumps).

Split (frozen and committed before any system change of round 5): by **outlet** (host name without ``www.``),
seeded; the outlets that also occur in an earlier split (html_gold, Scrapinghub extra pages, real French dumps)
all go to ``daniel_dev``, so that no outlet of the blind split was ever seen; the other outlets are shuffled and
dealt to ``heldout9`` until it holds half of the pages; then a heldout9 page whose reference shares > 20 % of its
word 8-grams with a daniel_dev reference (a wire story syndicated on another outlet) is left out of both sides
(``heldout9_syndicated_left_out``). No page shares > 20 % with any earlier split's reference or real dump.
``daniel_dev`` is development data, ``heldout9`` is blind.
"""

from __future__ import annotations

import html as html_lib
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import local_pages

REPO = Path(__file__).resolve().parent.parent
LABELS_FILE = REPO / "benchmarks" / "data" / "daniel_labels.jsonl"
SPLIT_SEED = 20261130
_TAG = re.compile(r"<[^>]+>")


def daniel_dir() -> Path:
    import boilerplate_eval as ev

    return ev.extra_dir() / "daniel"


def outlet(name: str) -> str:
    """``20120112_www.bbc.co.uk_<hash>`` → ``bbc.co.uk``."""
    return name.split("_")[1].removeprefix("www.")


def reference_text(raw: bytes) -> str:
    """The reference's paragraphs as text lines (tags stripped, entities decoded)."""
    text = raw.decode("utf-8", errors="replace")
    out = [html_lib.unescape(_TAG.sub(" ", line)).strip() for line in re.split(r"</p\s*>|\n", text)]
    return "\n".join(" ".join(line.split()) for line in out if line.strip())


def english_names(root: Path | None = None) -> list[str]:
    root = daniel_dir() if root is None else root
    data = json.loads((root / "doc_lg_english.json").read_text(encoding="utf-8"))
    return sorted(k for k, v in data.items() if v == "English" and (root / "html" / k).exists())


def make_split(names: list[str], seen_outlets: set[str]) -> dict[str, list[str]]:
    by_outlet: dict[str, list[str]] = {}
    for n in names:
        by_outlet.setdefault(outlet(n), []).append(n)
    dev = [n for o in sorted(by_outlet) if o in seen_outlets for n in by_outlet[o]]
    fresh = sorted(o for o in by_outlet if o not in seen_outlets)
    random.Random(SPLIT_SEED).shuffle(fresh)
    held: list[str] = []
    for o in fresh:
        (held if len(held) < len(names) / 2 else dev).extend(by_outlet[o])
    return {"daniel_dev": sorted(dev), "heldout9": sorted(held)}


# A blind page whose reference shares more than this share of its word 8-grams with a daniel_dev reference (the
# same wire story on another outlet) is left out of heldout9 (and out of daniel_dev): 20 pages at the freeze.
MAX_SHARED_SHINGLES = 0.2


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}


def drop_syndicated(split: dict[str, list[str]], root: Path | None = None) -> dict[str, list[str]]:
    root = daniel_dir() if root is None else root
    refs = {n: shingles(reference_text((root / "reference" / n).read_bytes())) for ns in split.values() for n in ns}
    dev: set[str] = set().union(*(refs[n] for n in split["daniel_dev"]))
    dup = [n for n in split["heldout9"] if refs[n] and len(refs[n] & dev) / len(refs[n]) > MAX_SHARED_SHINGLES]
    return {"daniel_dev": split["daniel_dev"], "heldout9": [n for n in split["heldout9"] if n not in dup],
            "heldout9_syndicated_left_out": dup}


def load(files: list[str]) -> Iterator[tuple[str, str, list[str], list[bool], list[bool]]]:
    """(name, outlet, dump lines, labels by the current rule, frozen labels) per page, every hash checked."""
    doc = "benchmarks/daniel_pages.py"
    return local_pages.load(daniel_dir(), LABELS_FILE, reference_text, files, "DAnIEL pages", doc)


def freeze(seen_outlets: set[str]) -> dict[str, list[str]]:
    """Write the labels file and return the split (called once, by ``boilerplate_eval.py --freeze-daniel-split``)."""
    names = english_names()
    split = drop_syndicated(make_split(names, seen_outlets))
    side = {n: s for s, ns in split.items() for n in ns}
    with LABELS_FILE.open("w", encoding="utf-8") as fh:
        for name in names:
            row = local_pages.label_record(daniel_dir(), name, reference_text, side[name], outlet(name))
            fh.write(json.dumps(row) + "\n")
    return split
