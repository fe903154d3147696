"""Choose and store the news texts of the blind quote split ``news_heldout51`` (branch blind51q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR`` (or ``python tools/local_texts.py orangesum
/work/.mirror/Tixierae+OrangeSum/repo``): files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1, text_sha1, date,
section, hits, url, headline, in doc order). This split takes the rows with ``doc % 2 == 1`` only, as news_heldout46-50.
There are no queries: the rule below is news_heldout50's (``collect_news50.py``: its odd rows, its exclusions,
news_heldout45's widening step 2 already applied) with the changes listed, written and committed before any
candidate's text was read (only ``index.tsv`` headlines and the script's counts had been seen).

Rows excluded first (``read_before``), whatever rules 1-5 say — news_heldout50's exclusions, plus this round's:

* a row whose ``<url_sha1>.txt`` already exists under ``/work/extra_events``, ``/work/extra_quotes`` or
  ``/work/extra_linking`` (any depth; this round's own copies aside) — news_heldout50's 20 kept texts among them;
* a row whose URL a quotes manifest ``eval/annotation/news_quotes_sources*.jsonl`` (this round's aside) lists as
  ``kept``, ``skipped: …`` or read — (new) news_heldout50's 20 kept rows among them (it skipped none and read none
  past its 20th keep); the manifests' rows « not reached », « candidate » and « dropped: … » were never read, except
  news_heldout45's 21 and news_heldout46's 4 rows « dropped: read after the 20th kept article by oversight (rule 7) »
  (docs 3077-10231, ``READ_BY_45_OVERSIGHT``; docs 15203, 15329, 15909, 15951, ``READ_BY_46_OVERSIGHT``): they were
  read and are excluded, whatever else;
* a row named (« doc N ») in the ``SKIP`` dicts of ``/work/extra_events/_in44/texts.py``, ``_in45``, ``_in46``,
  ``_in47b`` when those files exist, and every row news_heldout43's, news_heldout44's, news_heldout45's,
  news_heldout46's, news_heldout47's, news_heldout48's, news_heldout49's or (new) news_heldout50's manifest lists as
  « dropped: read or used by an earlier selection (…) »;
* a row annotated or skipped after reading in ``eval/annotation/linking4[345]/*_selection.tsv`` (final column
  « annotated » or « skipped … ») and EVERY row of ``eval/annotation/linking46/heldout46l_selection.tsv`` whatever its
  final column (heldout47l's selection file, ``linking47/heldout47l_selection.tsv``, holds even rows only — none in
  this split's pool —, and its annotated texts are under ``/work/extra_linking`` anyway);
* docs 17749, 16243 and 13775 (session 41's events builder's).

Selection rule (applied mechanically), news_heldout50's rules 1-5 at news_heldout45's widening step 2 (``WIDENING =
2``, applied already; no further widening):

1. rows with ``doc % MODULUS == RESIDUE`` (``doc % 2 == 1``), not excluded above, of section ``monde`` or
   ``politique`` with ``hits`` (the tool's Africa keyword count) >= 1 or section ``france`` or ``societe`` with
   ``hits`` >= 2 (``LEVELS[2]``);
2. 1,000 <= length of the text file <= 8,000 characters;
3. dropped when none of the words of ``AFRICA`` (news_heldout42's list; whole words, case-insensitive) occurs in the
   whole text;
4. dropped when it shares a sentence of more than 60 characters (whitespace normalised; sentences cut at . ! ? and
   at blank lines) with any file under ``/work/extra_events``, ``/work/extra_quotes`` (which now holds
   news_heldout50's 20 texts; other builders may have added texts since), ``/work/extra_linking`` or
   ``/work/extra_masakha/texts`` (development texts; this round's own copies aside, and this round's own scratch
   files ``_annot/spans51.txt`` and ``_annot/count51.txt``, ``OWN_SCRATCH``, which quote its own candidates), or
   with an earlier candidate in this round's order (the first stays), or when its URL already occurs in the
   repository (``git grep -F``; this round's own files aside, and a hit on a quotes manifest's row « not reached »,
   « candidate » or « dropped: … » that was never read does not count);
5. dropped, mechanically, when the text has no quotation mark and no reporting cue of ``CUES``;
6. CANDIDATES: only news_heldout50's 25 « not reached » rows (``FIRST``, read from ``news_quotes_sources50.jsonl``),
   in news_heldout50's reading order (its ``rank``, 21-45: docs 32727 … 36363), each re-checked by rules 1-5 above;
   any other row that would pass rules 1-5 is dropped (« not among news_heldout50's not-reached rows (rule 6: no
   further widening) »). This is the last pool of these rows: if the candidates run out before 20 kept, reading
   stops there. The candidates are read in that order and annotated whole; one is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes under the guideline of
   ``benchmarks/eval_quotes.py``, is an interview transcript, a commentary in the author's own voice, or an AFP update
   of a story already kept;
7. after finishing each article the kept articles are counted (a running count in the local scratch file
   ``_annot/count51.txt``, one line per kept article, checked before the next candidate is opened); reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 55 minutes (T0 = 21:46:55 UTC: no article begun after 22:41:55
   UTC, never inside an article; at least 8 kept is useful, fewer still committed):
   ``LAST_READ`` is the position (1-based, in rule 6's order) of the last candidate read, the later ones are « not
   reached ».

DRY RUN of this script (``--dry``, at 21:47 UTC, before any body was read), 429 rows drawn at news_heldout45's step 2:
345 read or used by an earlier selection (news_heldout50's 325 and its 20 kept), 11 without an Africa word in the
text, 37 sharing a sentence with a development text, 5 sharing one with an earlier candidate, 3 without a quotation
mark or reporting cue, none with a URL in the repository, 3 passing rules 1-5 but not among news_heldout50's « not
reached » rows (dropped by rule 6), and 25 candidates: all 25 of news_heldout50's « not reached » rows still pass
rules 1-5 (docs 32727 … 36363, in its order).

Reading (after the rule's commit 5f8c3d53, from 21:47 UTC): the candidates were read in rule 6's order and annotated
whole, the running count kept in ``_annot/count51.txt`` and checked before each next candidate; none was skipped on
reading (``READ_SKIPS`` empty; the fewest quotes in one article: 3), so positions 1-20 (docs 32727-35769) are the 20
kept (``KEPT``, ``LAST_READ = 20``) and reading stopped at the 20th keep (21:53 UTC, well before T0 + 55 minutes); no
candidate after it was opened. 5 candidates are « not reached » (positions 21-25, docs 35811, 35917, 36063, 36221,
36363), the last unread rows of this pool.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``), ``_ids51.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the
row's ``doc`` number, the article number of the spans file ``_annot/spans51.txt``, see ``convert_news.py --split
news_heldout51``) and ``_manifest51.jsonl``, copied to ``eval/annotation/news_quotes_sources51.jsonl`` (no text):
``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in rule 6's order (0 for rows dropped or
excluded), ``date`` the index date, ``section``, ``hits``, ``status`` ``kept``, ``candidate`` (drawn, not read yet),
``not reached`` or ``skipped: <reason>``; the rows dropped by rules 3-6 are listed with ``dropped: <reason>``, the rows
excluded as read or used before with ``dropped: read or used by an earlier selection (<where>)``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news51.py [ORANGESUM_TEXTS_DIR]``
(default ``/work/extra_orangesum44q``); ``--dry`` prints the counts and the candidates' doc numbers only (no copy, no
file written). The script prints no article text.
"""



from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from collect_news39 import sentences
from collect_news41 import CUES, QUOTE_MARKS
from collect_news43 import africa_ok
from collect_news43 import in_repo as _in_repo_43

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout51"
TAG = "51"
MODULUS = 2
RESIDUE = 1
MIN_CHARS = 1000
MAX_CHARS = 8000
MAX_KEPT = 20
# this round's scratch files under /work/extra_quotes/_annot (they quote its own candidates): not development texts
OWN_SCRATCH = (f"spans{TAG}.txt", f"count{TAG}.txt")
DEV_FOLDERS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
EVENTS_SKIPS = tuple(f"/work/extra_events/{d}/texts.py" for d in ("_in44", "_in45", "_in46", "_in47b"))
LINKING_SELECTIONS = tuple(f"eval/annotation/linking{n}/heldout{n}l_selection.tsv" for n in (43, 44, 45))
LINKING_ALL = "eval/annotation/linking46/heldout46l_selection.tsv"  # every row excluded
EVENTS_BUILDER = (17749, 16243, 13775)
SOURCES50 = REPO / "eval" / "annotation" / "news_quotes_sources50.jsonl"


def _first() -> tuple[int, ...]:
    """news_heldout50's « not reached » rows, in its reading order (``rank``)."""
    rows = [json.loads(line) for line in SOURCES50.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple(int(r["q"]) for r in sorted(rows, key=lambda r: r["rank"]) if r["status"] == "not reached")


FIRST = _first()  # rule 6: the only candidates, in this order
# news_heldout45's rows « dropped: read after the 20th kept article by oversight (rule 7) »: read, excluded.
READ_BY_45_OVERSIGHT: tuple[int, ...] = (
    3077, 3229, 3293, 4041, 4073, 4185, 4517, 4541, 4845, 5181, 5537, 6581, 6809, 7251, 8175, 8365, 9155, 9685, 9847,
    9957, 10231,
)
# news_heldout46's rows « dropped: read after the 20th kept article by oversight (rule 7) »: read, excluded.
READ_BY_46_OVERSIGHT: tuple[int, ...] = (15203, 15329, 15909, 15951)
EXCLUSIONS_OF = tuple(f"news_quotes_sources{n}.jsonl" for n in (43, 44, 45, 46, 47, 48, 49, 50))
LEVELS: dict[int, tuple[dict[str, int], str]] = {
    2: ({"monde": 1, "politique": 1, "france": 2, "societe": 2}, "text"),
}
WIDENING = 2  # news_heldout45's step 2 (as news_heldout46-50), already applied; no further widening
# Candidates skipped on reading (rule 6): doc -> reason.
READ_SKIPS: dict[int, str] = {}
# Candidates kept after reading (rule 6); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    32727, 32795, 32985, 33145, 33193, 33307, 33419, 33673, 34259, 34263, 34789, 34927, 35111, 35229, 35267, 35393,
    35621, 35635, 35703, 35769,
)
# Position (1-based, rule 6's order) of the last candidate read (rule 7); None: reading has not started.
LAST_READ: int | None = 20  # doc 35769, the 20th kept


def read_before(rows: list[list[str]], own: set[str]) -> dict[int, str]:
    """doc -> where an earlier selection read or used the row."""
    by_url = {r[6]: int(r[0]) for r in rows}
    by_sha = {r[1]: int(r[0]) for r in rows}
    out: dict[int, str] = {}
    for folder in DEV_FOLDERS[:3]:
        names = {p.name for p in Path(folder).rglob("*.txt")} - own
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
            if (path.name in EXCLUSIONS_OF and status.startswith("dropped: read or used")
                    and r.get("url") in by_url):
                out.setdefault(by_url[r["url"]], f"excluded by news_heldout{path.stem[19:]}'s rule")
    for path in EVENTS_SKIPS:
        if not Path(path).exists():
            continue
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
    for line in (REPO / LINKING_ALL).read_text(encoding="utf-8").splitlines()[1:]:
        out.setdefault(int(line.split("\t")[0]), f"{Path(LINKING_ALL).name}")
    for doc in EVENTS_BUILDER:
        out.setdefault(doc, "session 41's events builder")
    for doc in READ_BY_45_OVERSIGHT:
        out.setdefault(doc, "news_quotes_sources45.jsonl: read after the 20th kept article by oversight")
    for doc in READ_BY_46_OVERSIGHT:
        out.setdefault(doc, "news_quotes_sources46.jsonl: read after the 20th kept article by oversight")
    return out


def in_repo(url: str) -> bool:
    """Whether ``url`` is in the repository, this round's files and manifests' unread rows aside."""
    import collect_news43

    collect_news43.TAG, collect_news43.SPLIT = TAG, SPLIT
    return _in_repo_43(url)


def dev_sentences(own: set[str]) -> set[str]:
    seen: set[str] = set()
    for folder in DEV_FOLDERS:
        for path in Path(folder).rglob("*.txt"):
            if path.name in own or path.name in OWN_SCRATCH:
                continue  # this round's own copies and scratch files
            seen |= sentences(path.read_text(encoding="utf-8", errors="replace"))
    return seen


def order_key(r: list[str]) -> tuple[int, int]:
    """Rule 6: news_heldout50's unreached rows in its reading order, then the other rows (all dropped)."""
    doc = int(r[0])
    if doc in FIRST:
        return 0, FIRST.index(doc)
    return 1, 0


def draw(source: Path, level: int | None = None, dev: set[str] | None = None) -> list[dict[str, object]]:
    level = WIDENING if level is None else level
    min_hits, scope = LEVELS[level]
    rows = [line.split("\t") for line in (source / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    rows.sort(key=order_key)  # stable: index order within each group
    own = {f"{r[1]}.txt" for r in rows if int(r[0]) in KEPT}
    if dev is None:
        dev = dev_sentences(own)
    before = read_before(rows, own)
    chosen: set[str] = set()
    out: list[dict[str, object]] = []
    position = 0
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
        elif doc not in FIRST:
            row["status"] = "dropped: not among news_heldout50's not-reached rows (rule 6: no further widening)"
        else:
            chosen |= sents
            position += 1
            row["rank"] = position
            if doc in KEPT:
                row["status"] = "kept"
            elif doc in READ_SKIPS:
                row["status"] = f"skipped: {READ_SKIPS[doc]}"
            elif LAST_READ is not None and position > LAST_READ:
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
    source = Path(args[0]) if args else Path("/work/extra_orangesum44q")
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
