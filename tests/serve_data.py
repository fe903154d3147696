"""Databases of real articles for the dashboard tests.

* the bundled samples (real NLP components on demand: entities, quotes, events),
* the SemEval-2023 French articles read from ``../shared`` at test time (never copied), with their
  gold persuasion-technique spans relocated into the clean text as ``techniques`` records,
* narrative detections written the way the narrative detectors write them (``Article.narratives``:
  id, score, voice, evidence spans), placed on real sentences found by cue words — the detectors
  live on another branch; the dashboard only has to display their records,
* one hostile article whose title, text, outlet and annotations are markup.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.model import Article
from kibaru.store import RunSummary, open_storage

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "corpus"
SHARED = Path(os.environ.get("KIBARU_SHARED", REPO.parent / "shared"))
SEMEVAL = SHARED / "corpus" / "semeval2023_fr"

HOSTILE_ID = "zz-hostile-test"
HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_TEXT = (
    "Un texte <script>alert('x')</script> piégé publié à Bamako, où l'armée malienne a annoncé une opération.\n"
    "Deuxième paragraphe <b onmouseover=alert(2)>gras</b> avec assez de texte pour ressembler à un article."
)
HOSTILE_BOILERPLATE = ["Partager <script>alert(3)</script>", "Lire aussi : <iframe src=//evil>"]

# Narratives placed on sentences containing all of these (folded) cue words; voice alternates so both
# voices occur. This is test data for the display, not a detector.
NARRATIVE_CUES: dict[str, tuple[str, ...]] = {
    "france-neocolonial": ("france",),
    "russia-reliable-partner": ("russ",),
    "regional-bodies-puppets": ("cedeao",),
    "wagner-denial": ("wagner",),
    "sanctions-hurt-africans": ("sanction",),
    "aes-sovereign-alliance": ("aes",),
}
_SENTENCE = re.compile(r"[^.!?\n]{30,400}[.!?]")


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def add_narratives(article: Article, k: int) -> bool:
    """Narrative records on the article's real sentences that contain a narrative's cue word."""
    found: list[dict[str, Any]] = []
    for nid, cues in NARRATIVE_CUES.items():
        for m in _SENTENCE.finditer(article.text):
            if all(c in _fold(m.group()) for c in cues):
                voice = "author" if (k + len(found)) % 3 else "quoted"
                found.append({"id": nid, "score": round(0.55 + 0.4 * ((k * 7 + len(found) * 3) % 10) / 10, 2),
                              "voice": voice,
                              "evidence": [{"start": m.start(), "end": m.end(), "text": m.group()}]})
                break
    article.narratives = found
    return bool(found)


def semeval_articles() -> Iterator[tuple[Path, list[tuple[str, int, int]]]]:
    """Each SemEval subtask-3 training article with its gold technique spans (offsets into the raw file)."""
    folder = SEMEVAL / "train-articles-subtask-3"
    labels = SEMEVAL / "train-labels-subtask-3-spans"
    for path in sorted(folder.glob("article*.txt")):
        spans: list[tuple[str, int, int]] = []
        gold = labels / f"{path.stem}-labels-subtask-3.txt"
        if gold.exists():
            for line in gold.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 4 and parts[2].isdigit() and parts[3].isdigit():
                    spans.append((parts[1], int(parts[2]), int(parts[3])))
        yield path, spans


def relocate_techniques(article: Article, raw: str, spans: list[tuple[str, int, int]]) -> list[dict[str, Any]]:
    """Gold spans moved from the raw file's offsets to the clean text's (the span's text found in it)."""
    out = []
    for technique, start, end in spans:
        piece = raw[start:end].strip()
        if len(piece) < 4 or "\n" in piece:
            continue
        at = article.text.find(piece)
        if at >= 0:
            out.append({"id": technique, "start": at, "end": at + len(piece), "text": piece, "score": 1.0})
    return out


def build_database(path: Path | str, *, nlp: bool = False, semeval: bool = False) -> dict[str, Any]:
    """Ingest the samples (with the NLP components when ``nlp``) and, when ``semeval``, the SemEval French
    articles; add narrative and technique records and the hostile article. Returns facts the tests check."""
    storage = open_storage(str(path))
    facts: dict[str, Any] = {"semeval": 0}
    try:
        settings = {"enrich": {"model": "fr_core_news_sm"}} if nlp else {}
        ingest([SAMPLES], storage, IngestOptions(components=("entities", "quotes", "events") if nlp else (),
                                                 settings=settings))
        raw_of: dict[str, tuple[str, list[tuple[str, int, int]]]] = {}
        if semeval and SEMEVAL.exists():
            pairs = list(semeval_articles())
            ingest([p for p, _ in pairs], storage, IngestOptions(components=()))
            raw_of = {p.name: (p.read_text(encoding="utf-8"), s) for p, s in pairs}
        changed: list[Article] = []
        articles = list(storage.iter_articles())
        target = next(a for a in articles if "Lavrov" in a.text)
        for k, article in enumerate(articles):
            touched = add_narratives(article, k)
            name = Path(article.source_path or "").name
            if name in raw_of:
                raw, spans = raw_of[name]
                article.techniques = relocate_techniques(article, raw, spans)
                facts["semeval"] += 1
                touched = touched or bool(article.techniques)
            if article.id == target.id or touched:
                changed.append(article)
        # Highlights on real offsets for the annotated article, whatever the NLP found.
        lav = _span(target.text, "Lavrov")
        words = re.search(r"\w[^.,\n]{20,80}", target.text[lav[1]:])
        assert words is not None
        q_start = lav[1] + words.start()
        q_end = q_start + len(words.group())
        target.entities = [e for e in target.entities if not (e["start"] < lav[1] and e["end"] > lav[0])] + [
            {"text": "Lavrov", "label": "PER", "start": lav[0], "end": lav[1], "canonical": "Sergueï Lavrov",
             "kb_id": "per:sergei-lavrov"},
            # Offsets past the end (a stale annotation): the page must ignore it, not crash.
            {"text": "broken", "label": "ORG", "start": 4, "end": 10_000_000, "canonical": None, "kb_id": None},
        ]
        target.entities.sort(key=lambda e: e["start"])
        target.quotes = [{"text": target.text[q_start:q_end], "speaker": "Sergueï Lavrov",
                          "speaker_kb_id": "per:sergei-lavrov", "cue": "a déclaré", "start": q_start, "end": q_end,
                          "direct": True}]
        sentence = next(_SENTENCE.finditer(target.text))
        target.narratives = [*target.narratives, {
            "id": "russia-anticolonial-friend", "score": 0.91, "voice": "quoted", "speaker": "per:sergei-lavrov",
            "evidence": [{"start": sentence.start(), "end": sentence.end(), "text": sentence.group()}]}]
        loaded = re.search(r"\w{6,}", target.text)
        assert loaded is not None
        target.techniques = [{"id": "Loaded_Language", "start": loaded.start(), "end": loaded.end(),
                              "text": loaded.group(), "score": 0.8}]
        h_ent = _span(HOSTILE_TEXT, "Bamako")
        h_sentence = _span(HOSTILE_TEXT, HOSTILE_TEXT.split("\n")[0])
        hostile = Article(
            id=HOSTILE_ID, source_path="tests/hostile", text=HOSTILE_TEXT, content_hash="h0", title=HOSTILE_TITLE,
            outlet="Sahel <b>Flash</b> Test", date="2024-05-01", url="javascript:alert(5)",
            date_precision="day", date_origin="metadata",
            language="fr", boilerplate=HOSTILE_BOILERPLATE, source_kind="text",
            entities=[{"text": "Bamako", "label": "LOC", "start": h_ent[0], "end": h_ent[1],
                       "canonical": "<svg onload=alert(4)>", "kb_id": "loc:bamako"}],
            narratives=[{"id": "france-neocolonial", "score": 0.7, "voice": "author",
                         "evidence": [{"start": h_sentence[0], "end": h_sentence[1],
                                       "text": "<script>alert(6)</script>"}]}],
            techniques=[{"id": "<i>Doubt</i>", "start": 0, "end": 8, "text": "Un texte", "score": 0.5}],
            events=[{"type": "attack", "date": "2024-04-30", "date_precision": "day", "location": "<u>Bamako</u>",
                     "actors": [{"canonical": "<script>alert(7)</script>", "kb_id": None, "role": "source"}],
                     "fatalities": 3, "evidence": "<script>alert(8)</script>", "start": 0, "end": 20}],
        )
        # Two reports of one attack whose death tolls disagree (the timeline must flag it).
        reports = []
        for k, toll in enumerate((12, 15)):
            text = (f"Une attaque attribuée au JNIM a fait {toll} morts dimanche près de Ménaka, selon "
                    f"{'des sources locales' if k else 'un responsable militaire'}. Les assaillants ont visé un poste.")
            sentence = text.split(". ")[0] + "."
            reports.append(Article(
                id=f"zz-report-{k}", source_path=f"tests/report-{k}", text=text, content_hash=f"r{k}",
                title=f"Ménaka : une attaque fait {toll} morts", outlet=("Sahel Matin", "Gao Nouvelles")[k],
                date=f"2024-03-1{1 + k}", date_precision="day", language="fr",
                events=[{"type": "attack", "date": "2024-03-10", "date_precision": "day", "location": "Ménaka",
                         "location_kb_id": "loc:menaka", "fatalities": toll, "evidence": sentence, "start": 0,
                         "end": len(sentence), "actors": [{"canonical": "JNIM", "kb_id": "grp:jnim",
                                                            "role": "source"}]}]))
        facts["disagreeing_reports"] = [r.id for r in reports]
        run = storage.begin_run(["tests"])
        batch = [*changed, hostile, *reports]
        storage.write_batch(run, batch, [b""] * len(batch), [])
        storage.finish_run(run, RunSummary())
        facts.update({"annotated": target.id, "hostile": HOSTILE_ID, "lavrov": lav})
        return facts
    finally:
        storage.close()


def sql_rows(db: str, statements: list[str]) -> list[tuple[Any, ...]]:
    """Run ``statements`` on either backend, outside kibaru's storage; the last one's rows."""
    rows: list[tuple[Any, ...]] = []
    if db.startswith("postgresql"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as pg:
            for stmt in statements:
                cur = pg.execute(stmt)
                rows = cur.fetchall() if cur.description else []
        return rows
    import duckdb

    con = duckdb.connect(db)
    try:
        for stmt in statements:
            rows = con.execute(stmt).fetchall()
    finally:
        con.close()
    return rows


def built_on_backend(request: Any, tmp_path_factory: Any, *, nlp: bool = False) -> dict[str, Any]:
    """``build_database`` on the backend of ``request.param`` ("duckdb": a file in a temp folder; "postgres": a
    database of the session's private server), with ``db``, ``backend`` and the stored ``articles`` in the facts:
    what a module-scoped ``built`` fixture parametrised over the backends returns."""
    if request.param == "postgres":
        db = request.getfixturevalue("pg_cluster").create_database()
    else:
        db = str(tmp_path_factory.mktemp("built") / "kibaru.duckdb")
    facts = build_database(db, nlp=nlp)
    facts["db"], facts["backend"] = db, request.param
    storage = open_storage(str(db), read_only=True)
    try:
        facts["articles"] = list(storage.iter_articles())
    finally:
        storage.close()
    return facts
