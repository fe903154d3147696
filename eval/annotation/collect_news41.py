"""Choose and store the news texts of the blind quote split ``news_heldout41`` (session 37, branch blind41q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR`` (or ``python tools/local_texts.py orangesum
/work/.mirror/Tixierae+OrangeSum/repo``): files ``<sha1(url)>.txt`` (headline, blank line, the paragraphs separated by
blank lines) and ``index.tsv`` (doc, url_sha1, text_sha1, date, section, hits, url, headline, in doc order). Two
builders share the source this round; this split takes the rows with ``doc % 2 == 1`` only. There are no queries: the
rule below was written and committed before any candidate's text was read (only ``index.tsv`` headlines had been seen).
The ``monde`` / ``politique`` rows with 3+ hits were nearly all used by news_heldout39/40, so this round lowers their
threshold to 2 and admits the ``france`` and ``societe`` sections with 4+ hits (French soldiers in the Sahel, African
affairs seen from Paris).

Selection rule (applied mechanically, in ``index.tsv`` order):

1. rows with ``doc % MODULUS == RESIDUE`` (``doc % 2 == 1``) and either section ``monde`` or ``politique`` with
   ``hits`` (the tool's Africa keyword count) >= 2, or section ``france`` or ``societe`` with ``hits`` >= 4
   (``MIN_HITS``);
2. rows whose ``<url_sha1>.txt`` already exists under ``/work/extra_events``, ``/work/extra_quotes`` or
   ``/work/extra_linking`` (earlier splits) are dropped; and ``MIN_CHARS`` <= length of the text file <=
   ``MAX_CHARS`` characters (1,000-8,000);
3. dropped when it shares a sentence of more than 60 characters (whitespace normalised; sentences cut at . ! ? and
   at blank lines) with any file under ``/work/extra_events``, ``/work/extra_quotes``, ``/work/extra_linking`` or
   ``/work/extra_masakha/texts`` (development texts), or with an earlier candidate kept by this rule (AFP runs several
   updates of one story: the first in doc order stays), or when its URL already occurs in the repository
   (``git grep -F``);
4. dropped, mechanically, when the text has no reported speech at all: no quotation mark (« » “ ” ") and no
   reporting cue of ``CUES`` (word-boundary, case-insensitive regular expression) in it;
5. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py``, is an
   interview transcript (questions and answers) or a commentary in the author's own voice;
6. reading stops after ``MAX_KEPT`` (30) kept articles or when the session's time runs out (23:05 UTC, never inside
   an article): ``LAST_READ`` is the number (``doc``) of the last candidate read, the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``), ``_ids41.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the
row's ``doc`` number, the article number of the spans file ``_annot/spans41.txt``, see ``convert_news.py --split
news_heldout41``) and ``_manifest41.jsonl``, copied to ``eval/annotation/news_quotes_sources41.jsonl`` (no text):
``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` 0, ``date`` the index date, ``section``, ``hits``, ``status``
``kept``, ``candidate`` (drawn, not read yet), ``not reached`` or ``skipped: <reason>``; the rows dropped by rules
2-4 are listed with ``dropped: <reason>``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news41.py [ORANGESUM_TEXTS_DIR]``
(default ``/work/extra_orangesum/texts``). The script prints no article text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from collect_news39 import dev_sentences, in_repo, sentences

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout41"
TAG = "41"
MODULUS = 2
RESIDUE = 1
# Section -> the least number of Africa keyword hits (rule 1).
MIN_HITS: dict[str, int] = {"monde": 2, "politique": 2, "france": 4, "societe": 4}
MIN_CHARS = 1000
MAX_CHARS = 8000
MAX_KEPT = 30
DEV_FOLDERS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
QUOTE_MARKS = re.compile(r"[«»“”\"]")
# Reporting cues of rule 4 (any one is enough to keep the row for reading).
CUES = re.compile(
    r"\b(selon|d'après|d’après|a déclaré|ont déclaré|a dit|ont dit|a affirmé|ont affirmé|a indiqué|ont indiqué"
    r"|a annoncé|ont annoncé|a assuré|ont assuré|a estimé|ont estimé|a expliqué|ont expliqué|a souligné"
    r"|a ajouté|a précisé|a dénoncé|a averti|a appelé|ont appelé|a demandé|ont demandé|a reconnu|a confirmé"
    r"|a promis|a accusé|ont accusé|déclare|affirme|estime|indique|explique|souligne|assure|précise)\b",
    re.IGNORECASE,
)
# Candidates skipped on reading (rule 5): doc -> reason.
READ_SKIPS: dict[int, str] = {
    1343: "no quote (fewer than 2 under the guideline)",
    1953: "an AFP version of the story of doc 1947 (kept first in doc order): near-identical sentences that the exact "
    "check of rule 3 missed (one accent, one parenthesis)",
    7131: "an AFP update of the story of doc 7129 (kept first in doc order): same lede and quotation, reworded "
    "sentences",
}
# Candidates kept after reading (rule 5); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    149, 255, 547, 1111, 1521, 1573, 1729, 1947, 2441, 2845, 3511, 4647, 5275, 5377, 5551, 5617, 6957, 7129, 7475,
    7645, 8827, 10607, 11247, 11693, 11757, 12365, 12797, 13249, 13391, 13465,
)
# The doc number of the last candidate read (rule 6); None: reading has not started.
LAST_READ: int | None = 13465
# Candidates after LAST_READ that were nevertheless read (and most annotated) by oversight once the 30th article had
# been kept: rule 6 drops them all, whatever their quotes (their spans stay outside the gold).
READ_AFTER_LIMIT: tuple[int, ...] = (13775, 13863, 13987, 14161, 14387, 14905, 16147, 17749, 18307, 18781, 18819, 19131)


def draw(source: Path) -> list[dict[str, object]]:
    rows = [line.split("\t") for line in (source / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    own = {f"{r[1]}.txt" for r in rows if int(r[0]) in KEPT}
    dev = dev_sentences(own)
    chosen: set[str] = set()
    out: list[dict[str, object]] = []
    for r in rows:
        doc, url_sha1, date, section, hits, url = int(r[0]), r[1], r[3], r[4], int(r[5]), r[6]
        if doc % MODULUS != RESIDUE or section not in MIN_HITS or hits < MIN_HITS[section]:
            continue
        text = (source / f"{url_sha1}.txt").read_text(encoding="utf-8")
        row: dict[str, object] = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, "url": url, "url_sha1": url_sha1,
                                  "date": date, "section": section, "hits": hits}
        if doc not in KEPT and any((Path(f) / f"{url_sha1}.txt").exists() for f in DEV_FOLDERS[:3]):
            row["status"] = "dropped: already a development text (earlier split)"
            out.append(row)
            continue
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        sents = sentences(text)
        if sents & dev:
            row["status"] = "dropped: shares a sentence of more than 60 characters with a development text"
        elif sents & chosen:
            row["status"] = "dropped: shares a sentence of more than 60 characters with an earlier candidate"
        elif in_repo(url, SPLIT, f"news_quotes_sources{TAG}.jsonl"):
            row["status"] = "dropped: URL already in the repository"
        elif not QUOTE_MARKS.search(text) and not CUES.search(text):
            row["status"] = "dropped: no quotation mark and no reporting cue (rule 4)"
        else:
            chosen |= sents
            if doc in KEPT:
                row["status"] = "kept"
            elif doc in READ_SKIPS:
                row["status"] = f"skipped: {READ_SKIPS[doc]}"
            elif doc in READ_AFTER_LIMIT:
                row["status"] = "dropped: read after the 30th kept article by oversight (rule 6)"
            elif LAST_READ is not None and doc > LAST_READ:
                row["status"] = "not reached"
            else:
                row["status"] = "candidate"
        out.append(row)
    return out


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/extra_orangesum/texts")
    dest = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    rows = draw(source)
    kept = [r for r in rows if r["status"] == "kept"]
    for r in kept:
        shutil.copyfile(source / f"{r['url_sha1']}.txt", dest / f"{r['url_sha1']}.txt")
    (dest / f"_ids{TAG}.tsv").write_text("".join(f"{r['q']}\t{r['url_sha1']}\t{r['url']}\n" for r in kept),
                                        encoding="utf-8")
    manifest = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (dest / f"_manifest{TAG}.jsonl").write_text(manifest, encoding="utf-8")
    (REPO / "eval" / "annotation" / f"news_quotes_sources{TAG}.jsonl").write_text(manifest, encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        key = str(r["status"]).split(":")[0]
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(rows)} rows drawn: {counts}")


if __name__ == "__main__":
    main()
