"""Choose and store the news texts of the blind quote split ``news_heldout39`` (session 35, branch blind39q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR`` (or ``python tools/local_texts.py orangesum
/work/.mirror/Tixierae+OrangeSum/repo``): files ``<sha1(url)>.txt`` (headline, blank line, the paragraphs separated by
blank lines) and ``index.tsv`` (doc, url_sha1, text_sha1, date, section, hits, url, headline, in doc order). Three
builders share the source; this split takes the rows with ``doc % 3 == 1`` only. There are no queries: the rule below
was written and committed before any candidate's text was read (only ``index.tsv`` headlines had been seen).

Selection rule (applied mechanically, in ``index.tsv`` order):

1. rows with ``doc % 3 == RESIDUE`` (1), section ``monde`` or ``politique``, ``hits`` (the tool's Africa keyword
   count) >= ``MIN_HITS`` (3);
2. ``MIN_CHARS`` <= length of the text file <= ``MAX_CHARS`` characters (1,000-8,000);
3. dropped when it shares a sentence of more than 60 characters (whitespace normalised; sentences cut at . ! ? and
   at blank lines) with any file under ``/work/extra_events``, ``/work/extra_quotes``, ``/work/extra_linking`` or
   ``/work/extra_masakha/texts`` (development texts), or with an earlier candidate kept by this rule (AFP runs several
   updates of one story: the first in doc order stays), or when its URL already occurs in the repository
   (``git grep -F``);
4. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py``, is an
   interview transcript (questions and answers) or a commentary in the author's own voice;
5. reading stops after ``MAX_KEPT`` (30) kept articles or when the session's time runs out (16:45 UTC, never inside
   an article): ``LAST_READ`` is the number (``doc``) of the last candidate read, the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``), ``_ids39.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the
row's ``doc`` number, the article number of the spans file ``_annot/spans39.txt``, see ``convert_news.py --split
news_heldout39``) and ``_manifest39.jsonl``, copied to ``eval/annotation/news_quotes_sources39.jsonl`` (no text):
``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` 0, ``date`` the index date, ``status`` ``kept``,
``candidate`` (drawn, not read yet), ``not reached`` or ``skipped: <reason>``; the rows dropped by rule 3 are listed
with ``dropped: <reason>``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news39.py [ORANGESUM_TEXTS_DIR]``
(default ``/work/extra_orangesum/texts``). The script prints no article text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RESIDUE = 1
SECTIONS = ("monde", "politique")
MIN_HITS = 3
MIN_CHARS = 1000
MAX_CHARS = 8000
MAX_KEPT = 30
SHARED_CHARS = 60
DEV_FOLDERS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
# Candidates skipped on reading (rule 4): doc -> reason.
READ_SKIPS: dict[int, str] = {}
# Candidates kept after reading (rule 4); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    22, 508, 562, 628, 703, 715, 1591, 2437, 2812, 2914, 3658, 3988, 5554, 5992, 6325, 6568, 9298, 10411, 11245, 11287,
    11938, 12100, 12118, 12319, 13474, 13651, 13735, 13819, 14440, 14689,
)
# The doc number of the last candidate read (rule 5); None: reading has not started.
LAST_READ: int | None = 14689


def sentences(text: str) -> set[str]:
    """The normalised sentences longer than ``SHARED_CHARS`` characters of a text."""
    out = set()
    for block in re.split(r"\n\s*\n", text):
        for s in re.split(r"(?<=[.!?])\s+", block):
            s = " ".join(s.split())
            if len(s) > SHARED_CHARS:
                out.add(s)
    return out


def dev_sentences(own: set[str]) -> set[str]:
    seen: set[str] = set()
    for folder in DEV_FOLDERS:
        for path in Path(folder).rglob("*.txt"):
            if path.name in own:
                continue  # this round's own copies
            seen |= sentences(path.read_text(encoding="utf-8", errors="replace"))
    return seen


def in_repo(url: str, split: str = "news_heldout39", sources: str = "news_quotes_sources39.jsonl") -> bool:
    """Whether ``url`` is anywhere in the repository but this round's own files (``split``'s gold rows, ``sources``)."""
    res = subprocess.run(["git", "-C", str(REPO), "grep", "-q", "-F", url, "--", ".",
                          f":!eval/annotation/{sources}", ":!eval/quotes_gold.jsonl"],
                         capture_output=True)
    if res.returncode == 0:
        return True
    # the gold file: only rows of other splits count
    gold = REPO / "eval" / "quotes_gold.jsonl"
    return any(url in line and f'"{split}"' not in line for line in gold.read_text(encoding="utf-8").splitlines())


@dataclass(frozen=True)
class Round:
    """One collection round's rule and reading record (``collect_news40`` reuses the code with its own)."""

    split: str
    tag: str  # the split's number, in the names of the files the round writes
    modulus: int
    residue: int
    kept: tuple[int, ...]
    read_skips: dict[int, str]
    last_read: int | None
    skip_used_texts: bool = False  # drop rows whose text an earlier split already holds (round 40)


ROUND = Round("news_heldout39", "39", 3, RESIDUE, KEPT, READ_SKIPS, LAST_READ)


def draw(source: Path, rule: Round = ROUND) -> list[dict[str, object]]:
    rows = [line.split("\t") for line in (source / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    own = {f"{r[1]}.txt" for r in rows if int(r[0]) in rule.kept}
    dev = dev_sentences(own)
    chosen: set[str] = set()
    out: list[dict[str, object]] = []
    for r in rows:
        doc, url_sha1, _text_sha1, date, section, hits, url = int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), r[6]
        if doc % rule.modulus != rule.residue or section not in SECTIONS or hits < MIN_HITS:
            continue
        text = (source / f"{url_sha1}.txt").read_text(encoding="utf-8")
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        sents = sentences(text)
        row: dict[str, object] = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, "url": url, "url_sha1": url_sha1,
                                  "date": date}
        used = rule.skip_used_texts and doc not in rule.kept and any(
            (Path(f) / f"{url_sha1}.txt").exists() for f in DEV_FOLDERS[:3])
        if used:
            row["status"] = "dropped: already a development text (earlier split)"
        elif sents & dev:
            row["status"] = "dropped: shares a sentence of more than 60 characters with a development text"
        elif sents & chosen:
            row["status"] = "dropped: shares a sentence of more than 60 characters with an earlier candidate"
        elif in_repo(url, rule.split, f"news_quotes_sources{rule.tag}.jsonl"):
            row["status"] = "dropped: URL already in the repository"
        else:
            chosen |= sents
            if doc in rule.kept:
                row["status"] = "kept"
            elif doc in rule.read_skips:
                row["status"] = f"skipped: {rule.read_skips[doc]}"
            elif rule.last_read is not None and doc > rule.last_read:
                row["status"] = "not reached"
            else:
                row["status"] = "candidate"
        out.append(row)
    return out


def main(rule: Round = ROUND) -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/extra_orangesum/texts")
    dest = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    rows = draw(source, rule)
    kept = [r for r in rows if r["status"] == "kept"]
    for r in kept:
        shutil.copyfile(source / f"{r['url_sha1']}.txt", dest / f"{r['url_sha1']}.txt")
    (dest / f"_ids{rule.tag}.tsv").write_text("".join(f"{r['q']}\t{r['url_sha1']}\t{r['url']}\n" for r in kept),
                                            encoding="utf-8")
    manifest = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (dest / f"_manifest{rule.tag}.jsonl").write_text(manifest, encoding="utf-8")
    (REPO / "eval" / "annotation" / f"news_quotes_sources{rule.tag}.jsonl").write_text(manifest, encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        key = str(r["status"]).split(":")[0]
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(rows)} rows drawn: {counts}")


if __name__ == "__main__":
    main()
