"""Hand-built analysed articles for the export and API tests, stored in a temp DuckDB.

The narrative, technique and stance detections follow the article contract
(shared/spec/article.schema.json): the detectors are built elsewhere, these records are written
directly with ``Storage.write_batch``. Every offset is computed from the text, so each span's text
is exactly ``text[start:end]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kibaru.model import Article
from kibaru.store import open_storage


def span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def entity(text: str, sub: str, label: str, canonical: str | None, kb_id: str | None, nth: int = 0) -> dict[str, Any]:
    start, end = span(text, sub, nth)
    return {"text": sub, "label": label, "start": start, "end": end, "canonical": canonical, "kb_id": kb_id}


def evidence(text: str, sub: str) -> list[dict[str, Any]]:
    start, end = span(text, sub)
    return [{"start": start, "end": end, "text": sub}]


def technique(text: str, label: str, sub: str, score: float | None = None) -> dict[str, Any]:
    start, end = span(text, sub)
    found: dict[str, Any] = {"id": label, "start": start, "end": end, "text": sub}
    if score is not None:
        found["score"] = score
    return found


T1 = ("La France pille le Mali depuis des décennies. Assimi Goïta a reçu Sergueï Lavrov à Bamako le 2 février. "
      "Les médias français mentent sur le Mali.")
T2 = ("Assimi Goïta a reçu Sergueï Lavrov à Bamako le 2 février. « Le Mali choisit librement ses partenaires », "
      "a déclaré Assimi Goïta. Et la France, qu'a-t-elle fait en Libye ?")
T3 = "Le groupe Wagner dément toute présence au Niger, selon Jean Dupont."
T4 = "Des hommes armés ont attaqué un poste à Ménaka. Le Mali accuse Wagner de passivité."

MEETING = {"type": "meeting", "cameo": "04", "date": "2023-02-02", "date_precision": "day",
           "location": "Bamako", "location_kb_id": "loc:bamako", "fatalities": None}


def articles() -> list[Article]:
    a1 = Article(
        id="a1", source_path="f/a1.txt", text=T1, content_hash="h1", url="https://sahelmatin.example/a1",
        outlet="Sahel Matin", title="La France pille le Mali", date="2023-02-03", date_precision="day",
        language="fr", cluster_id="ca1",
        entities=[
            entity(T1, "France", "LOC", "France", "Q142"),
            entity(T1, "Mali", "LOC", "Mali", "Q912"),
            entity(T1, "Assimi Goïta", "PER", "Assimi Goïta", "per:assimi-goita"),
            entity(T1, "Sergueï Lavrov", "PER", "Sergueï Lavrov", "per:sergei-lavrov"),
            entity(T1, "Bamako", "LOC", "Bamako", "loc:bamako"),
            entity(T1, "Mali", "LOC", "Mali", "gpe:mali", nth=1),  # the project id: the same actor as Q912
        ],
        events=[{**MEETING, "actors": [
            {"canonical": "Assimi Goïta", "kb_id": "per:assimi-goita", "role": "source"},
            {"canonical": "Sergueï Lavrov", "kb_id": "per:sergei-lavrov", "role": "participant"}],
            "evidence": T1[span(T1, "Assimi Goïta a reçu")[0]: span(T1, "février.")[1]],
            "start": span(T1, "Assimi Goïta a reçu")[0], "end": span(T1, "février.")[1]}],
        narratives=[
            {"id": "france-neocolonial", "score": 0.82, "voice": "author",
             "evidence": evidence(T1, "La France pille le Mali depuis des décennies.")},
            {"id": "western-media-hostility", "score": 0.7, "voice": "author",
             "evidence": evidence(T1, "Les médias français mentent sur le Mali.")},
        ],
        techniques=[technique(T1, "Loaded_Language", "pille", 0.9),
                    technique(T1, "Questioning_the_Reputation", "Les médias français mentent", 0.6)],
        stance=[{"target": "France", "target_kb_id": "Q142", "score": -0.8}],
    )
    quote_start, quote_end = span(T2, "Le Mali choisit librement ses partenaires")
    a2 = Article(
        id="a2", source_path="f/a2.txt", text=T2, content_hash="h2", url="https://bamakodirect.example/a2",
        outlet="Bamako Direct", title="Goïta reçoit Lavrov", date="2023-02-05", date_precision="day",
        language="fr", cluster_id="ca1",
        entities=[
            entity(T2, "Assimi Goïta", "PER", "Assimi Goïta", "per:assimi-goita"),
            entity(T2, "Sergueï Lavrov", "PER", "Sergueï Lavrov", "per:sergei-lavrov"),
            entity(T2, "Bamako", "LOC", "Bamako", "loc:bamako"),
            entity(T2, "Mali", "LOC", "Mali", "Q912"),
            entity(T2, "Assimi Goïta", "PER", "Assimi Goïta", "per:assimi-goita", nth=1),
            entity(T2, "France", "LOC", "France", "Q142"),
            entity(T2, "Libye", "LOC", "Libye", None),
        ],
        quotes=[{"text": T2[quote_start:quote_end], "speaker": "Assimi Goïta", "speaker_kb_id": "per:assimi-goita",
                 "cue": "a déclaré", "start": quote_start, "end": quote_end, "direct": True}],
        events=[{**MEETING, "actors": [
            {"canonical": "Assimi Goïta", "kb_id": "per:assimi-goita", "role": "source"},
            {"canonical": "Sergueï Lavrov", "kb_id": "per:sergei-lavrov", "role": "participant"}],
            "evidence": T2[: span(T2, "février.")[1]], "start": 0, "end": span(T2, "février.")[1]}],
        narratives=[{"id": "sovereign-choice-of-partners", "score": 0.75, "voice": "quoted",
                     "speaker": "Assimi Goïta", "evidence": evidence(T2, "Le Mali choisit librement ses partenaires")}],
        techniques=[technique(T2, "Whataboutism", "Et la France, qu'a-t-elle fait en Libye ?")],
    )
    a3 = Article(
        id="a3", source_path="f/a3.txt", text=T3, content_hash="h3", url=None, outlet="Niamey Info",
        title=None, date=None, language="fr", cluster_id="ca3",
        entities=[
            entity(T3, "Wagner", "ORG", "Groupe Wagner", "grp:wagner"),
            entity(T3, "Niger", "LOC", "Niger", "Q1032"),
            entity(T3, "Jean Dupont", "PER", "Jean Dupont", None),
        ],
        narratives=[
            {"id": "wagner-denial", "score": 0.9, "voice": "author",
             "evidence": evidence(T3, "Le groupe Wagner dément toute présence au Niger")},
            {"id": "other", "score": 0.4, "voice": "author", "evidence": evidence(T3, "dément"),
             "description": "a denial of another kind"},
        ],
        stance=[{"target": "Wagner", "target_kb_id": "grp:wagner", "score": 0.3, "voice": "author"}],
    )
    a4 = Article(
        id="a4", source_path="f/a4.txt", text=T4, content_hash="h4", url="https://sahelmatin.example/a4",
        outlet="Sahel Matin", title="Attaque à Ménaka", date="2023-03-01", date_precision="day", language="fr",
        cluster_id="ca4",
        entities=[
            entity(T4, "Ménaka", "LOC", "Ménaka", "loc:menaka"),
            entity(T4, "Mali", "LOC", "Mali", "Q912"),
            entity(T4, "Wagner", "ORG", "Groupe Wagner", "grp:wagner"),
        ],
        events=[{"type": "attack", "cameo": "19", "date": "2023-02-28", "date_precision": "day",
                 "actors": [], "location": "Ménaka", "location_kb_id": "loc:menaka", "fatalities": 3,
                 "evidence": T4[: span(T4, "Ménaka.")[1]], "start": 0, "end": span(T4, "Ménaka.")[1]}],
        techniques=[technique(T4, "Loaded_Language", "passivité")],
    )
    return [a1, a2, a3, a4]


def make_db(path: Path, items: list[Article] | None = None) -> str:
    """A DuckDB file holding ``items`` (default: :func:`articles`) and their clusters."""
    items = items if items is not None else articles()
    storage = open_storage(str(path))
    try:
        run = storage.begin_run(["fixture"])
        storage.write_batch(run, items, [bytes([i]) * 8 for i in range(len(items))], [])
        cluster_of = {a.id: a.cluster_id for a in items if a.cluster_id}
        first_of: dict[str, str] = {}
        for a in sorted(items, key=lambda a: (a.date or "9999", a.id)):
            if a.cluster_id:
                first_of.setdefault(a.cluster_id, a.id)
        storage.set_clusters(cluster_of, first_of)
    finally:
        storage.close()
    return str(path)
