"""Choose and store the news texts of the blind quote split ``news_heldout42`` (session 37, branch blind42q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR`` (or ``python tools/local_texts.py orangesum
/work/.mirror/Tixierae+OrangeSum/repo``): files ``<sha1(url)>.txt`` (headline, blank line, the paragraphs separated by
blank lines) and ``index.tsv`` (doc, url_sha1, text_sha1, date, section, hits, url, headline, in doc order). Two
builders share the source this round; this split takes the rows with ``doc % 2 == 1`` only, where news_heldout41
(``collect_news41.py``) stopped: it reached doc 19131 (its 30th keep was doc 13465, then 12 rows read by oversight up
to doc 19131), so this rule starts after doc 19131 and excludes every row news_heldout41's manifest
(``news_quotes_sources41.jsonl``) lists as kept, skipped, read or dropped; its « not reached » rows are this round's
pool (their URLs in that manifest do not count as « already in the repository »). There are no queries: the rule
below was written and committed before any candidate's text was read (only ``index.tsv`` headlines had been seen).
This round prefers Africa: besides the section and hit thresholds of news_heldout41, an African country or Sahel word
must occur in the headline or the first paragraph (checked mechanically, ``AFRICA``).

Selection rule (applied mechanically, in ``index.tsv`` order):

1. rows with ``doc % MODULUS == RESIDUE`` (``doc % 2 == 1``), ``doc > AFTER`` (19131) and not listed by
   news_heldout41's manifest with a status other than « not reached », of section ``monde`` or ``politique`` with
   ``hits`` (the tool's Africa keyword count) >= 2, or section ``france`` or ``societe`` with ``hits`` >= 4
   (``MIN_HITS``);
2. rows whose ``<url_sha1>.txt`` already exists under ``/work/extra_events``, ``/work/extra_quotes`` or
   ``/work/extra_linking`` (earlier splits) are dropped; and ``MIN_CHARS`` <= length of the text file <=
   ``MAX_CHARS`` characters (1,000-8,000);
3. dropped when none of the words of ``AFRICA`` (Afrique, Sahel, Mali, Niger, Burkina, Tchad, Libye, Algérie, Maroc,
   Tunisie, Égypte/Egypte, Nigeria, Cameroun, Sénégal, Côte d'Ivoire, Guinée, Centrafrique, Congo, Soudan, Somalie,
   Éthiopie/Ethiopie, Kenya, Mauritanie, Barkhane, jihadiste/djihadiste and their plurals; whole words,
   case-insensitive) occurs in the headline (the first line) or the first paragraph (the first block after it);
4. dropped when it shares a sentence of more than 60 characters (whitespace normalised; sentences cut at . ! ? and
   at blank lines) with any file under ``/work/extra_events``, ``/work/extra_quotes``, ``/work/extra_linking`` or
   ``/work/extra_masakha/texts`` (development texts), or with an earlier candidate kept by this rule (AFP runs several
   updates of one story: the first in doc order stays), or when its URL already occurs in the repository
   (``git grep -F``; this round's own files and news_heldout41's manifest of unreached rows aside);
5. dropped, mechanically, when the text has no reported speech at all: no quotation mark (« » “ ” ") and no
   reporting cue of ``CUES`` (news_heldout41's list) in it;
6. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py``, is an
   interview transcript (questions and answers), a commentary in the author's own voice, or an AFP version of a story
   already kept that the exact sentence check of rule 4 missed;
7. reading stops after ``MAX_KEPT`` (30) kept articles or when the session's time runs out (23:00 UTC, never inside
   an article): ``LAST_READ`` is the number (``doc``) of the last candidate read, the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``), ``_ids42.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the
row's ``doc`` number, the article number of the spans file ``_annot/spans42.txt``, see ``convert_news.py --split
news_heldout42``) and ``_manifest42.jsonl``, copied to ``eval/annotation/news_quotes_sources42.jsonl`` (no text):
``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` 0, ``date`` the index date, ``section``, ``hits``, ``status``
``kept``, ``candidate`` (drawn, not read yet), ``not reached`` or ``skipped: <reason>``; the rows dropped by rules
2-5 are listed with ``dropped: <reason>``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news42.py [ORANGESUM_TEXTS_DIR]``
(default ``/work/extra_orangesum/texts``); ``--dry`` prints the counts and the candidates' doc numbers only (no
copy, no file written). The script prints no article text.
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
from collect_news39 import dev_sentences, sentences
from collect_news41 import CUES, QUOTE_MARKS

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout42"
TAG = "42"
MODULUS = 2
RESIDUE = 1
AFTER = 19131  # the last row news_heldout41 reached (read)
PREVIOUS = REPO / "eval" / "annotation" / "news_quotes_sources41.jsonl"
# Section -> the least number of Africa keyword hits (rule 1).
MIN_HITS: dict[str, int] = {"monde": 2, "politique": 2, "france": 4, "societe": 4}
MIN_CHARS = 1000
MAX_CHARS = 8000
MAX_KEPT = 30
DEV_FOLDERS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
# Rule 3: one of these words in the headline or the first paragraph.
AFRICA = re.compile(
    r"\b(Afrique|Sahel|Mali|Niger|Burkina|Tchad|Libye|Alg[ée]rie|Maroc|Tunisie|[ÉE]gypte|Nigeria|Cameroun"
    r"|S[ée]n[ée]gal|C[ôo]te[ -]d['’]Ivoire|Guin[ée]e|Centrafrique|Congo|Soudan|Somalie|[ÉE]thiopie|Kenya"
    r"|Mauritanie|Barkhane|d?jihadistes?)\b",
    re.IGNORECASE,
)
# Candidates skipped on reading (rule 6): doc -> reason.
READ_SKIPS: dict[int, str] = {
    20507: "no quote (fewer than 2 under the guideline): portraits of the soldiers in the author's voice",
    21427: "shares a background sentence of more than 60 characters with doc 21421 (kept first in doc order), one "
    "space before a comma apart, which the exact check of rule 4 missed (rule 4 applied by hand)",
    26291: "an AFP version of the story of doc 26275 (kept first in doc order): the same widow's account and "
    "quotation, reworded background sentences",
}
# Candidates kept after reading (rule 6); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    19593, 19865, 20345, 20489, 20503, 20585, 20587, 20603, 20613, 20619, 21421, 21495, 22121, 22587, 23099, 23549,
    24057, 24563, 24581, 24785, 24865, 24915, 24931, 24977, 25713, 25731, 25845, 26275, 26759, 29629,
)
# The doc number of the last candidate read (rule 7); None: reading has not started.
LAST_READ: int | None = 29629


def previous_rows() -> dict[int, str]:
    """news_heldout41's manifest: doc -> status."""
    rows = [json.loads(line) for line in PREVIOUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {int(r["q"]): str(r["status"]) for r in rows}


def in_repo(url: str) -> bool:
    """Whether ``url`` is in the repository but this round's own files and news_heldout41's manifest."""
    res = subprocess.run(["git", "-C", str(REPO), "grep", "-q", "-F", url, "--", ".",
                          f":!eval/annotation/news_quotes_sources{TAG}.jsonl",
                          ":!eval/annotation/news_quotes_sources41.jsonl", ":!eval/quotes_gold.jsonl"],
                         capture_output=True)
    if res.returncode == 0:
        return True
    gold = REPO / "eval" / "quotes_gold.jsonl"
    return any(url in line and f'"{SPLIT}"' not in line for line in gold.read_text(encoding="utf-8").splitlines())


def africa_lead(text: str) -> bool:
    blocks = text.split("\n\n")
    return bool(AFRICA.search("\n".join(blocks[:2])))


def draw(source: Path) -> list[dict[str, object]]:
    rows = [line.split("\t") for line in (source / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    own = {f"{r[1]}.txt" for r in rows if int(r[0]) in KEPT}
    dev = dev_sentences(own)
    previous = previous_rows()
    chosen: set[str] = set()
    out: list[dict[str, object]] = []
    for r in rows:
        doc, url_sha1, date, section, hits, url = int(r[0]), r[1], r[3], r[4], int(r[5]), r[6]
        if doc % MODULUS != RESIDUE or doc <= AFTER or section not in MIN_HITS or hits < MIN_HITS[section]:
            continue
        if doc in previous and previous[doc] != "not reached":
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
        if not africa_lead(text):
            row["status"] = "dropped: no Africa word in the headline or first paragraph (rule 3)"
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


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--dry"]
    source = Path(args[0]) if args else Path("/work/extra_orangesum/texts")
    rows = draw(source)
    counts: dict[str, int] = {}
    for r in rows:
        key = str(r["status"]).split(":")[0]
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(rows)} rows drawn: {counts}")
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
