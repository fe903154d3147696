"""What enriched an article, where analysts read it: the article page (date, KB, model, stale marker), the
article JSON of the API, and the JSONL export (an optional top-level ``enrichment``, valid for the shared spec)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kibaru.enrich.registry import component
from kibaru.export.articles import export_articles, read_flat_rows
from kibaru.export.schema import schema_errors
from kibaru.export.select import select
from kibaru.ingest import provenance
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.model import Article
from kibaru.store import open_storage

SPEC = Path(os.environ.get("KIBARU_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "spec" / \
    "article.schema.json"

# Sentences written for these tests (not news text), long enough for the length gate.
TEXTS = {
    "neuf": ("Le conseil municipal de Kayes a voté lundi un budget pour réparer les pompes du quartier nord, "
             "après trois semaines de coupures d'eau signalées par les habitants."),
    "ancien": ("À Dori, les éleveurs ont ouvert mercredi un nouveau marché au bétail près de la gare routière, "
               "avec l'appui de la chambre régionale d'agriculture."),
}


def _tag(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    for article in articles:
        article.entities = []


component("ux18_tag", reads=["text"], writes=["entities"])(_tag)


def _corpus(root: Path) -> Path:
    folder = root / "corpus"
    folder.mkdir()
    rows = [{"id": k, "url": f"https://{k}.example/a", "outlet": "Test", "date": "2024-02-03", "title": f"Titre {k}",
             "text": t} for k, t in TEXTS.items()]
    (folder / "a.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return folder


def _build(db: str, root: Path, current: provenance.Provenance) -> dict[str, str]:
    """Two articles: one enriched with ``current``, one with an older KB whose record holds markup."""
    storage = open_storage(db)
    try:
        ingest([_corpus(root)], storage, IngestOptions(components=("ux18_tag",), settings={}))
        by_title = {a.title: a for a in storage.iter_articles()}
        new, old = by_title["Titre neuf"], by_title["Titre ancien"]
        storage.write_enrichments([new], ["entities"], current.stamp(datetime(2026, 11, 30, 9, 5, tzinfo=UTC)))
        older = provenance.Provenance(current.components, "<b>3</b>", {"spacy": "<script>alert(1)</script>"})
        storage.write_enrichments([old], ["entities"], older.stamp(datetime(2025, 1, 2, 3, 4, tzinfo=UTC)))
        return {"new": new.id, "old": old.id, "old_key": older.key}
    finally:
        storage.close()


def _current() -> provenance.Provenance:
    """What the dashboard compares with: the configured components, KB and models (as `kibaru status`)."""
    from kibaru.config import load_config

    return IngestOptions.from_config(load_config()).provenance()


def test_export_carries_what_enriched_each_article_and_validates(
        backend: str, new_db: Callable[[], str], tmp_path: Path) -> None:
    current = _current()
    db = new_db()
    ids = _build(db, tmp_path, current)
    storage = open_storage(db, read_only=True)
    try:
        out = tmp_path / "out.jsonl"
        assert export_articles(select(storage), "jsonl", out) == 2
        records = {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
        assert records[ids["new"]]["enrichment"]["key"] == current.key
        assert records[ids["new"]]["enrichment"]["enriched_at"] == "2026-11-30T09:05:00Z"
        assert records[ids["old"]]["enrichment"]["kb"] == "<b>3</b>"
        assert all(schema_errors(r) == [] for r in records.values())
        if SPEC.exists():  # the shared contract itself: extra top-level properties are allowed
            from jsonschema import Draft202012Validator

            spec = json.loads(SPEC.read_text("utf-8"))
            assert spec.get("additionalProperties", True) is not False
            validator = Draft202012Validator(spec)
            assert [e.message for r in records.values() for e in validator.iter_errors(r)] == []
        # Flat tables keep the contract's columns only.
        csv_out = tmp_path / "out.csv"
        export_articles(select(storage), "csv", csv_out)
        assert "enrichment" not in read_flat_rows(csv_out, "csv")[0]
    finally:
        storage.close()


def test_the_notebook_api_gives_the_record(tmp_path: Path) -> None:
    import kibaru

    db = str(tmp_path / "k.duckdb")
    ids = _build(db, tmp_path, _current())
    with kibaru.open(db) as kb:
        got = kb.get(ids["old"])
        assert got is not None and got.enrichment is not None and got.enrichment["key"] == ids["old_key"]
        assert {a.id: (a.enrichment or {}).get("key") for a in kb.articles()}[ids["new"]] == _current().key


def test_an_old_database_exports_without_enrichment(tmp_path: Path) -> None:
    db = str(tmp_path / "k.duckdb")
    _build(db, tmp_path, _current())
    import duckdb

    con = duckdb.connect(db)
    con.execute("ALTER TABLE articles DROP COLUMN enrichment")  # as a file of schema v6 opened read-only
    con.close()
    storage = open_storage(db, read_only=True)
    try:
        assert all(a.enrichment is None for a in select(storage))
    finally:
        storage.close()


fastapi = pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra")


@pytest.fixture
def served(backend: str, new_db: Callable[[], str], tmp_path: Path) -> Any:
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    db = new_db()
    ids = _build(db, tmp_path, _current())
    with TestClient(create_app(db)) as client:
        yield client, ids


def test_api_article_carries_the_parsed_record(served: Any) -> None:
    client, ids = served
    record = client.get(f"/api/articles/{ids['new']}").json()
    assert record["enrichment"]["key"] == _current().key
    assert record["enrichment"]["components"] == list(_current().components)
    assert schema_errors(record) == []
    assert client.get(f"/api/articles/{ids['old']}").json()["enrichment"]["key"] == ids["old_key"]


def test_article_page_says_what_enriched_it_and_marks_the_stale(served: Any) -> None:
    client, ids = served
    page = client.get(f"/articles/{ids['new']}", headers={"accept": "text/html"}).text
    assert "enrichi le 2026-11-30 09:05 UTC, KB v" + _current().kb in page
    assert "modèle " + provenance.spacy_model({}) in page
    assert 'id="stale"' not in page
    old = client.get(f"/articles/{ids['old']}", headers={"accept": "text/html"}).text
    assert "enrichi le 2025-01-02 03:04 UTC" in old and 'id="stale"' in old and "version ancienne" in old
    # The record is data from the database: escaped, never markup.
    assert "<script>alert(1)</script>" not in old and "&lt;script&gt;alert(1)&lt;/script&gt;" in old
    assert "KB v&lt;b&gt;3&lt;/b&gt;" in old


def test_summary_marks_stale_only_against_a_known_key() -> None:
    record = {"key": "a", "kb": "24", "enriched_at": "2026-01-02T03:04:05Z", "models": {"spacy": "m 1"},
              "components": ["entities"]}
    assert provenance.summary(record, "a") == {"when": "2026-01-02 03:04 UTC", "kb": "24", "model": "m 1",
                                               "components": ["entities"], "key": "a", "stale": False}
    assert provenance.summary(record, "b")["stale"] is True  # type: ignore[index]
    assert provenance.summary(record, None)["stale"] is False  # type: ignore[index]
    assert provenance.summary({}, "a") is None
    assert provenance.summary({**record, "enriched_at": "hier"}, "a")["when"] == "hier"  # type: ignore[index]
