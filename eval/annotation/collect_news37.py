"""Choose and store the news texts of the blind quote split ``news_heldout37`` (session 32, branch blind42q).

Unlike rounds 1-41 (answers of the ``search`` tool, ``collect_news18.py``'s procedure), the texts of this round are
French BBC Afrique articles of MasakhaNEWS (github masakhane-io/masakhane-news @ 819be05, ``data/fra/test.tsv``;
© BBC), rebuilt byte for byte on any machine with ``python tools/masakhanews_texts.py
/work/.mirror/masakhane-io+masakhane-news/repo DIR`` (files ``<sha1(url)>.txt`` and ``index.tsv``). There are no
queries: the articles are chosen from the dataset by the rule below, written and committed before any candidate's
text was read.

Selection rule (applied mechanically, in ``index.tsv`` order; second version, see below):

1. rows of the ``test`` split only (``dev`` is the lead's development material), category ``politics`` first (in
   index order), then category ``business`` (in index order);
2. the text mentions African countries at least ``MIN_REGION`` times (occurrences of ``REGION`` — country, capital
   and demonym forms of Mali, Burkina Faso, Niger, Chad, Mauritania, Senegal, Guinea, Guinea-Bissau, Côte d'Ivoire,
   Ghana, Togo, Benin, Nigeria, Cameroon, Gambia, Sierra Leone, Liberia, Gabon, the two Congos, the Central African
   Republic, Cape Verde, « Sahel », « Cédéao » — plus ``OTHER_AFRICA``, the rest of the continent);
3. ``MIN_CHARS`` <= length <= ``MAX_CHARS`` characters (a wire brief holds too few quotes, a very long feature
   cannot be annotated whole in one session);
4. dropped when it shares a sentence of more than 60 characters with any ``dev`` article (a BBC repost), when its
   URL already occurs in the repository (``git grep -F``) or in a local folder ``/work/extra_*`` other than the
   MasakhaNEWS texts themselves and this round's output, or when a file named ``<sha1(url)>.txt`` is already in
   such a folder (the repository and the local folders are looked at once, when the candidates are drawn: no URL
   was in the repository then, and the local folders' finds are frozen in ``LOCAL_SEEN``; later runs, which find
   the kept URLs in this round's own gold rows, skip both looks);
5. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py`` or is an
   interview transcript (questions and answers) or a commentary in the author's own voice;
6. reading stops after ``MAX_KEPT`` kept articles or when the session's time runs out (never inside an article):
   ``LAST_READ`` is the number of the last candidate read, the later ones are « not reached ».

The first version of the rule (commit 22a3401: politics only, West / Central Africa and the Sahel only, 1,500-8,000
characters) left 9 candidates, because 19 of the region's politics test articles were already copied to
``/work/extra_events`` by the events builder of the same session; it was widened to this second version at 07:10
UTC, from the counts the script prints and before any candidate's text was read.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same
bytes as the MasakhaNEWS files), ``_ids37.tsv`` (``n <TAB> sha1(url) <TAB> url``, the article numbers of the spans
file ``_annot/spans37.txt``, see ``convert_news.py --split news_heldout37``) and ``_manifest37.jsonl``, copied to
``eval/annotation/news_quotes_sources37.jsonl`` (no text). Manifest fields as in ``news_quotes_sources36.jsonl``, with
these differences: ``q`` is this round's own number of the row (1, 2 … over the politics then business test rows in
index order, the number the spans file uses), ``query`` is ``masakhanews:test:<row>`` (the dataset row, no search
query), ``rank`` is 0, and ``status`` is ``kept`` or ``skipped: <reason>``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news37.py [MASAKHA_TEXTS_DIR]``
(default ``/work/extra_masakha/texts``). The script prints no article text.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ROUND = 37

MIN_REGION = 3
MIN_CHARS = 1000
MAX_CHARS = 10000
DUP_SENTENCE = 60
MAX_KEPT = 30

# Occurrences of West / Central African and Sahel places and peoples (rule 2).
REGION = re.compile(
    r"\b(?:Sahel|Cédéao|Cedeao|CEDEAO|"
    r"Mali|malien(?:ne)?s?|Bamako|Burkina|burkinabè|burkinabé|Ouagadougou|"
    r"Niger(?!ia)|nigérien(?:ne)?s?|Niamey|Tchad|tchadien(?:ne)?s?|N'Djamena|N’Djamena|"
    r"Mauritanie|mauritanien(?:ne)?s?|Nouakchott|Sénégal|sénégalais(?:e|es)?|Dakar|"
    r"Guinée(?:-Bissau)?|guinéen(?:ne)?s?|Conakry|Bissau|Côte d'Ivoire|Côte d’Ivoire|ivoirien(?:ne)?s?|Abidjan|"
    r"Ghana|ghanéen(?:ne)?s?|Accra|Togo|togolais(?:e|es)?|Lomé|Bénin|béninois(?:e|es)?|Cotonou|"
    r"Nigeria|nigérian(?:e)?s?|Abuja|Lagos|Cameroun|camerounais(?:e|es)?|Yaoundé|Douala|"
    r"Gambie|gambien(?:ne)?s?|Banjul|Sierra Leone|Freetown|Liberia|Libéria|libérien(?:ne)?s?|Monrovia|"
    r"Gabon|gabonais(?:e|es)?|Libreville|Congo|congolais(?:e|es)?|Kinshasa|Brazzaville|"
    r"Centrafrique|centrafricain(?:e)?s?|Bangui|Cap-Vert|cap-verdien(?:ne)?s?)\b"
)
# The rest of Africa (rule 2, second version).
OTHER_AFRICA = re.compile(
    r"\b(?:Éthiopie|éthiopien(?:ne)?s?|Addis-Abeba|Kenya|kényan(?:e)?s?|Nairobi|Ouganda|ougandais(?:e|es)?|Kampala|"
    r"Tanzanie|tanzanien(?:ne)?s?|Rwanda|rwandais(?:e|es)?|Kigali|Burundi|burundais(?:e|es)?|Soudan(?: du Sud)?|"
    r"soudanais(?:e|es)?|Khartoum|Somalie|somalien(?:ne)?s?|Mogadiscio|Érythrée|Erythrée|Djibouti|Afrique du Sud|"
    r"sud-africain(?:e)?s?|Zimbabwe|zimbabwéen(?:ne)?s?|Zambie|Mozambique|Malawi|Madagascar|malgache|Angola|Namibie|"
    r"Botswana|Égypte|égyptien(?:ne)?s?|Libye|libyen(?:ne)?s?|Tunisie|tunisien(?:ne)?s?|Algérie|algérien(?:ne)?s?|"
    r"Maroc|marocain(?:e)?s?|Comores|Guinée équatoriale|Lesotho|Eswatini)\b"
)
CATEGORIES = ("politics", "business")

# Rows found in another local folder when the candidates were drawn (rule 4; 07:10 UTC, session 32 — the events and
# linking builders of the same session had copied MasakhaNEWS texts to /work/extra_events and /work/extra_linking):
# q -> folder. Frozen here so that the later runs give the same candidates (the other folders may grow).
LOCAL_SEEN: dict[int, str] = {
    1: "/work/extra_events",
    3: "/work/extra_events",
    4: "/work/extra_events",
    6: "/work/extra_events",
    7: "/work/extra_events",
    9: "/work/extra_events",
    16: "/work/extra_events",
    18: "/work/extra_events",
    22: "/work/extra_linking",
    23: "/work/extra_events",
    34: "/work/extra_events",
    48: "/work/extra_events",
    52: "/work/extra_events",
    60: "/work/extra_events",
    61: "/work/extra_events",
    65: "/work/extra_linking",
    66: "/work/extra_events",
    70: "/work/extra_events",
    74: "/work/extra_events",
    78: "/work/extra_linking",
    96: "/work/extra_events",
    99: "/work/extra_events",
    100: "/work/extra_events",
    105: "/work/extra_linking",
    120: "/work/extra_linking",
    134: "/work/extra_linking",
    157: "/work/extra_linking",
}
# Candidates skipped on reading (rule 5): q -> reason.
READ_SKIPS: dict[int, str] = {
    44: "commentary in the author's own voice (a « Point de vue » letter)",
    56: "commentary in the author's own voice (a letter analysing a president's first year)",
    75: "commentary in the author's own voice (an « Opinion » piece)",
    111: "commentary in the author's own voice (an analyst's essay)",
    124: "interview transcript (a first-person portrait condensed from conversations)",
    133: "fewer than 2 quotes under the guideline (1)",
}
# The number of the last candidate read (rule 6); None: reading has not started.
LAST_READ: int | None = 138


def extra_dir() -> Path:
    return Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?»])\s+", text) if len(s.strip()) > DUP_SENTENCE]


def in_repository(url: str, round_: int = ROUND) -> bool:
    """Whether the repository already records this URL (the round's own manifest not counted)."""
    own = f":!eval/annotation/news_quotes_sources{round_}.jsonl"
    found = subprocess.run(["git", "-C", str(REPO), "grep", "-q", "-F", url, "--", ".", own], check=False)
    return found.returncode == 0


def in_local_folder(url: str, sha: str, source: Path) -> str | None:
    """The local folder ``/work/extra_*`` (not the MasakhaNEWS texts, not this round's own output) that already
    holds this article's URL or a file ``<sha1(url)>.txt``, or None."""
    for d in sorted(Path("/work").glob("extra_*")):
        if d.resolve() in (source.resolve(), *source.resolve().parents, extra_dir().resolve()):
            continue
        if any(d.rglob(f"{sha}.txt")) or subprocess.run(["grep", "-rqF", url, str(d)], check=False).returncode == 0:
            return str(d)
    return None


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/extra_masakha/texts")
    draw(source, ROUND, pool="test", other="dev", categories=CATEGORIES, read_skips=READ_SKIPS, last_read=LAST_READ,
         local_seen=LOCAL_SEEN)


def draw(source: Path, round_: int, *, pool: str, other: str, categories: tuple[str, ...], read_skips: dict[int, str],
         last_read: int | None, local_seen: dict[int, str]) -> None:
    """Apply the selection rule to the ``pool`` rows of ``source``'s index.tsv (against the ``other`` rows' sentences)
    and write the round's manifest, ids and kept texts; ``collect_news38.py`` draws from the dev rows the same way."""
    index = [line.split("\t") for line in (source / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    other_text = " ".join(
        re.sub(r"\s+", " ", (source / f"{r[2]}.txt").read_text(encoding="utf-8")) for r in index if r[0] == other
    )
    out = extra_dir()
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    ids: list[str] = []
    kept = 0
    ordered = [r for cat in categories for r in index if r[0] == pool and r[4] == cat]
    for n, (_split, row, sha, text_sha, _category, url, _headline) in enumerate(ordered, 1):
        path = source / f"{sha}.txt"
        text = path.read_text(encoding="utf-8")
        assert hashlib.sha1(url.encode("utf-8")).hexdigest() == sha
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == text_sha
        region = len(REGION.findall(text)) + len(OTHER_AFRICA.findall(text))
        status = "kept"
        if region < MIN_REGION:
            status = f"skipped: {region} mentions of African countries (< {MIN_REGION})"
        elif not MIN_CHARS <= len(text) <= MAX_CHARS:
            status = f"skipped: {len(text)} characters (outside {MIN_CHARS}-{MAX_CHARS})"
        elif any(re.sub(r"\s+", " ", s) in other_text for s in sentences(text)):
            status = f"skipped: shares a sentence of more than {DUP_SENTENCE} characters with a {other} article"
        elif last_read is None and in_repository(url, round_):
            status = "skipped: URL already in the repository"
        elif where := local_seen.get(n) or (in_local_folder(url, sha, source) if last_read is None else None):
            status = f"skipped: already in {where} (another builder's local copy)"
        elif n in read_skips:
            status = f"skipped: {read_skips[n]}"
        elif last_read is None or n > last_read or kept >= MAX_KEPT:
            status = "skipped: not reached" if last_read is not None else "candidate"
        if status in ("kept", "candidate"):
            kept += status == "kept"
            shutil.copyfile(path, out / f"{sha}.txt")
            ids.append(f"{n}\t{sha}\t{url}")
        rows.append(
            {
                "q": n,
                "query": f"masakhanews:{pool}:{row}",
                "rank": 0,
                "url": url,
                "status": status,
                "sha1_url": sha,
                "sha1_text": text_sha,
                "chars": len(text),
            }
        )
    manifest = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (out / f"_manifest{round_}.jsonl").write_text(manifest, encoding="utf-8")
    (REPO / "eval" / "annotation" / f"news_quotes_sources{round_}.jsonl").write_text(manifest, encoding="utf-8")
    (out / f"_ids{round_}.tsv").write_text("".join(i + "\n" for i in ids), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        key = r["status"].split(":")[0] if not r["status"].startswith("skipped: ") else r["status"][:40]
        counts[key] = counts.get(key, 0) + 1
    for key, c in sorted(counts.items()):
        print(f"{c:4d}  {key}")


if __name__ == "__main__":
    main()
