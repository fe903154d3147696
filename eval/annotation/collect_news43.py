"""Choose and store the news texts of the blind quote split ``news_heldout43`` (session 39, branch blind43q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR`` (or ``python tools/local_texts.py orangesum
/work/.mirror/Tixierae+OrangeSum/repo``): files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1, text_sha1, date,
section, hits, url, headline, in doc order). Two builders share the source this session; this split takes the rows
with ``doc % 2 == 1`` only (another builder takes the even rows for a linking split). Unlike news_heldout42 it starts
from the first row of the index and excludes, instead of a starting doc, every row an earlier selection read or used
(``EXCLUDED``, below). There are no queries: the rule below was written and committed before any candidate's text was
read (only ``index.tsv`` headlines and the script's counts had been seen).

Rows excluded first (``read_before``), whatever rules 1-5 say: a row whose ``<url_sha1>.txt`` already exists under
``/work/extra_events``, ``/work/extra_quotes`` or ``/work/extra_linking`` (any depth); a row whose URL a quotes
manifest ``eval/annotation/news_quotes_sources*.jsonl`` lists as ``kept``, ``skipped: …`` or read (« read after the
30th kept article by oversight » in news_heldout41's), its rows « not reached », « candidate » and « dropped: … »
having never been read; a row named (« doc N ») in the ``SKIP`` dicts of ``/work/extra_events/_in44/texts.py``,
``_in45/texts.py``, ``_in46/texts.py``, ``_in47b/texts.py`` (events builders' reads); a row annotated or skipped
after reading in ``eval/annotation/linking4[345]/*_selection.tsv`` (final column « annotated » or « skipped … »; the
« not taken » rows and the mechanical skips were never read).

Selection rule (applied mechanically, in ``index.tsv`` order from the first row), news_heldout42's rules 1-5:

1. rows with ``doc % MODULUS == RESIDUE`` (``doc % 2 == 1``), not excluded above, of section ``monde`` or
   ``politique`` with ``hits`` (the tool's Africa keyword count) >= ``MIN_HITS`` or section ``france`` or
   ``societe`` with ``hits`` >= ``MIN_HITS`` (2 for monde/politique, 4 for france/societe: ``LEVELS[0]``);
2. ``MIN_CHARS`` <= length of the text file <= ``MAX_CHARS`` characters (1,000-8,000);
3. dropped when none of the words of ``AFRICA`` (news_heldout42's list: Afrique, Sahel, Mali, Niger, Burkina, Tchad,
   Libye, Algérie, Maroc, Tunisie, Égypte, Nigeria, Cameroun, Sénégal, Côte d'Ivoire, Guinée, Centrafrique, Congo,
   Soudan, Somalie, Éthiopie, Kenya, Mauritanie, Barkhane, jihadiste/djihadiste; whole words, case-insensitive)
   occurs in ``AFRICA_SCOPE`` (news_heldout42: the headline or the first paragraph; widened: the whole text);
4. dropped when it shares a sentence of more than 60 characters (whitespace normalised; sentences cut at . ! ? and
   at blank lines) with any file under ``/work/extra_events``, ``/work/extra_quotes``, ``/work/extra_linking`` or
   ``/work/extra_masakha/texts`` (development texts; this round's own copies aside), or with an earlier candidate
   kept by this rule (the first in doc order stays), or when its URL already occurs in the repository (``git grep
   -F``; this round's own files aside, and a hit on a quotes manifest's row « not reached », « candidate » or «
   dropped: … » does not count);
5. dropped, mechanically, when the text has no reported speech at all: no quotation mark (« » “ ” ") and no
   reporting cue of ``CUES`` (news_heldout41's list) in it;
6. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py``, is an
   interview transcript (questions and answers), a commentary in the author's own voice, or an AFP update of a story
   already kept that the exact sentence check of rule 4 missed;
7. reading stops after ``MAX_KEPT`` (20) kept articles or when the session's time runs out (no article begun after
   07:40 UTC, never inside an article): ``LAST_READ`` is the number (``doc``) of the last candidate read, the later
   ones are « not reached ».

Widening (decided from the dry run's counts only, before any body was read; the brief's order: if fewer than 20
candidates, first rule 3 widened to an Africa word anywhere in the text, then besides monde/politique hits >= 1 and
france/societe hits >= 2). The dry run (``--levels``, at 06:15 UTC) gave, with news_heldout42's rules 1-5 unchanged
(monde/politique hits >= 2, france/societe hits >= 4, an Africa word in the headline or first paragraph), 232 rows
drawn: 154 read or used by an earlier selection, 29 without an Africa word in the headline or first paragraph, 21
sharing a sentence with a development text, none for an earlier candidate, a URL in the repository or no speech cue,
and 28 candidates (docs 16243-36319) — not fewer than 20, so NO widening is applied (``WIDENING = 0``). For the record
only: step 1 would have given 51 candidates, step 2 217.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``), ``_ids43.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the
row's ``doc`` number, the article number of the spans file ``_annot/spans43.txt``, see ``convert_news.py --split
news_heldout43``) and ``_manifest43.jsonl``, copied to ``eval/annotation/news_quotes_sources43.jsonl`` (no text):
``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` 0, ``date`` the index date, ``section``, ``hits``, ``status``
``kept``, ``candidate`` (drawn, not read yet), ``not reached`` or ``skipped: <reason>``; the rows dropped by rules
2-5 (but rule 2's length test) are listed with ``dropped: <reason>``, the rows excluded as read or used before with
``dropped: read or used by an earlier selection (<where>)``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news43.py [ORANGESUM_TEXTS_DIR]``
(default ``/work/extra_orangesum/texts``); ``--dry`` prints the counts and the candidates' doc numbers only (no
copy, no file written); ``--levels`` prints the dry-run counts of the three widening levels. The script prints no
article text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from collect_news39 import sentences
from collect_news41 import CUES, QUOTE_MARKS
from collect_news42 import AFRICA

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout43"
TAG = "43"
MODULUS = 2
RESIDUE = 1
MIN_CHARS = 1000
MAX_CHARS = 8000
MAX_KEPT = 20
DEV_FOLDERS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
EVENTS_SKIPS = tuple(f"/work/extra_events/{d}/texts.py" for d in ("_in44", "_in45", "_in46", "_in47b"))
LINKING_SELECTIONS = tuple(f"eval/annotation/linking{n}/heldout{n}l_selection.tsv" for n in (43, 44, 45))
# Widening levels: (section -> least hits, Africa word scope).
LEVELS: dict[int, tuple[dict[str, int], str]] = {
    0: ({"monde": 2, "politique": 2, "france": 4, "societe": 4}, "lead"),
    1: ({"monde": 2, "politique": 2, "france": 4, "societe": 4}, "text"),
    2: ({"monde": 1, "politique": 1, "france": 2, "societe": 2}, "text"),
}
WIDENING = 0
# Candidates skipped on reading (rule 6): doc -> reason.
READ_SKIPS: dict[int, str] = {
    34625: "an AFP version of the story of doc 34575 (kept first in doc order): the same attack on two national "
    "guards at Sousse on 6 September 2020, the same assailants killed (rule 4's exact check missed it)",
}
# Candidates kept after reading (rule 6); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    16243, 18883, 26331, 29647, 30435, 30927, 32775, 33357, 33563, 33681, 34041, 34091, 34317, 34575, 34827, 34873,
    34939, 34957, 35155, 35327,
)
# The doc number of the last candidate read (rule 7); None: reading has not started.
LAST_READ: int | None = 35327


def read_before(rows: list[list[str]]) -> dict[int, str]:
    """doc -> where an earlier selection read or used the row."""
    by_url = {r[6]: int(r[0]) for r in rows}
    by_sha = {r[1]: int(r[0]) for r in rows}
    out: dict[int, str] = {}
    for folder in DEV_FOLDERS[:3]:
        names = {p.name for p in Path(folder).rglob("*.txt")}
        for sha, doc in by_sha.items():
            if f"{sha}.txt" in names and doc not in out:
                out[doc] = f"a text under {folder}"
    for path in sorted((REPO / "eval" / "annotation").glob("news_quotes_sources*.jsonl")):
        if path.name == f"news_quotes_sources{TAG}.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            status = str(r.get("status", ""))
            read = status.startswith(("kept", "skipped")) or bool(re.search(r"\bread\b", status))
            if read and r.get("url") in by_url:
                out.setdefault(by_url[r["url"]], f"{path.name}: {status.split(':')[0]}")
    for path in EVENTS_SKIPS:
        text = Path(path).read_text(encoding="utf-8")
        block = re.search(r"^SKIP = \{.*?\}$", text, re.MULTILINE | re.DOTALL)
        for m in re.finditer(r"\bdoc (\d+)", block.group(0) if block else ""):
            out.setdefault(int(m.group(1)), f"SKIP of {path.split('/')[-2]}")
    for rel in LINKING_SELECTIONS:
        lines = (REPO / rel).read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            cols = line.split("\t")
            if cols[-1].startswith(("annotated", "skipped")):
                out.setdefault(int(cols[0]), f"{Path(rel).name}: {cols[-1][:20]}")
    return out


def in_repo(url: str) -> bool:
    """Whether ``url`` is in the repository, this round's files and manifests' unread rows aside."""
    res = subprocess.run(["git", "-C", str(REPO), "grep", "-n", "-F", url, "--", ".",
                          f":!eval/annotation/news_quotes_sources{TAG}.jsonl", ":!eval/quotes_gold.jsonl"],
                         capture_output=True, text=True)
    for hit in res.stdout.splitlines():
        path, _, rest = hit.partition(":")
        _, _, line = rest.partition(":")
        if re.fullmatch(r"eval/annotation/news_quotes_sources\d*\.jsonl", path):
            status = str(json.loads(line).get("status", ""))
            unread = status in ("not reached", "candidate") or status.startswith("dropped")
            if unread and not re.search(r"\bread\b", status):
                continue
        return True
    gold = REPO / "eval" / "quotes_gold.jsonl"
    return any(url in line and f'"{SPLIT}"' not in line for line in gold.read_text(encoding="utf-8").splitlines())


def africa_ok(text: str, scope: str) -> bool:
    if scope == "text":
        return bool(AFRICA.search(text))
    return bool(AFRICA.search("\n".join(text.split("\n\n")[:2])))


def dev_sentences(own: set[str]) -> set[str]:
    seen: set[str] = set()
    for folder in DEV_FOLDERS:
        for path in Path(folder).rglob("*.txt"):
            if path.name in own:
                continue  # this round's own copies
            seen |= sentences(path.read_text(encoding="utf-8", errors="replace"))
    return seen


def draw(source: Path, level: int = WIDENING, dev: set[str] | None = None) -> list[dict[str, object]]:
    min_hits, scope = LEVELS[level]
    rows = [line.split("\t") for line in (source / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    own = {f"{r[1]}.txt" for r in rows if int(r[0]) in KEPT}
    if dev is None:
        dev = dev_sentences(own)
    before = read_before(rows)
    chosen: set[str] = set()
    out: list[dict[str, object]] = []
    for r in rows:
        doc, url_sha1, date, section, hits, url = int(r[0]), r[1], r[3], r[4], int(r[5]), r[6]
        if doc % MODULUS != RESIDUE or section not in min_hits or hits < min_hits[section]:
            continue
        row: dict[str, object] = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, "url": url, "url_sha1": url_sha1,
                                  "date": date, "section": section, "hits": hits}
        if doc in before and doc not in KEPT:
            row["status"] = f"dropped: read or used by an earlier selection ({before[doc]})"
            out.append(row)
            continue
        text = (source / f"{url_sha1}.txt").read_text(encoding="utf-8")
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        sents = sentences(text)
        if not africa_ok(text, scope):
            where = "the headline or first paragraph" if scope == "lead" else "the text"
            row["status"] = f"dropped: no Africa word in {where} (rule 3)"
        elif sents & dev:
            row["status"] = "dropped: shares a sentence of more than 60 characters with a development text"
        elif sents & chosen:
            row["status"] = "dropped: shares a sentence of more than 60 characters with an earlier candidate"
        elif in_repo(url):
            row["status"] = "dropped: URL already in the repository"
        elif not QUOTE_MARKS.search(text) and not CUES.search(text):
            row["status"] = "dropped: no quotation mark and no reporting cue (rule 5)"
        else:
            chosen |= sents
            if doc in KEPT:
                row["status"] = "kept"
            elif doc in READ_SKIPS:
                row["status"] = f"skipped: {READ_SKIPS[doc]}"
            elif LAST_READ is not None and doc > LAST_READ:
                row["status"] = "not reached"
            else:
                row["status"] = "candidate"
        out.append(row)
    return out


def counts(rows: list[dict[str, object]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        status = str(r["status"])
        key = status.split(" (")[0] if status.startswith("dropped") else status.split(":")[0]
        out[key] = out.get(key, 0) + 1
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    source = Path(args[0]) if args else Path("/work/extra_orangesum/texts")
    if "--levels" in sys.argv:
        dev = dev_sentences(set())
        for level in LEVELS:
            rows = draw(source, level, dev)
            print(f"level {level}: {len(rows)} rows drawn: {counts(rows)}")
            print("  candidates:", [r["q"] for r in rows if r["status"] == "candidate"])
        return
    rows = draw(source)
    print(f"{len(rows)} rows drawn: {counts(rows)}")
    if "--dry" in sys.argv:
        print("candidates:", [r["q"] for r in rows if r["status"] == "candidate"])
        return
    dest = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    kept = [r for r in rows if r["status"] == "kept"]
    for r in kept:
        shutil.copyfile(source / f"{r['url_sha1']}.txt", dest / f"{r['url_sha1']}.txt")
    (dest / f"_ids{TAG}.tsv").write_text("".join(f"{r['q']}\t{r['url_sha1']}\t{r['url']}\n" for r in kept),
                                        encoding="utf-8")
    manifest = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (dest / f"_manifest{TAG}.jsonl").write_text(manifest, encoding="utf-8")
    (REPO / "eval" / "annotation" / f"news_quotes_sources{TAG}.jsonl").write_text(manifest, encoding="utf-8")


if __name__ == "__main__":
    main()
