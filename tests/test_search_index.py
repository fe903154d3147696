"""The derived search tables (schema v3): kept in step with the articles, backfilled on migration."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from kibaru.model import Article
from kibaru.serve import queries
from kibaru.serve.dialect import DUCKDB, Cursor
from kibaru.store import RunSummary, open_storage, search_index
from kibaru.store.duckdb_store import DuckDBReadCursor


def _cursor(con: duckdb.DuckDBPyConnection) -> Cursor:
    """A dashboard cursor over a raw DuckDB connection (what serve's request dependency gives)."""
    return Cursor(DuckDBReadCursor(con.cursor()), DUCKDB)


def _article(aid: str, text: str, title: str | None = None, **extra: object) -> Article:
    return Article(id=aid, source_path=f"t/{aid}", text=text, content_hash=aid + text[:8], title=title, **extra)  # type: ignore[arg-type]


def _write(db: Path, articles: list[Article]) -> None:
    storage = open_storage(str(db))
    try:
        run = storage.begin_run(["t"])
        storage.write_batch(run, articles, [b""] * len(articles), [])
        storage.finish_run(run, RunSummary())
    finally:
        storage.close()


def _search(db: Path, q: str, **filters: str) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        page = queries.search(_cursor(con), queries.Filters(q=q, **filters), limit=100)
        assert page.mode == "index"
        return {it["id"] for it in page.items}
    finally:
        con.close()


TEXTS = {
    "a": "Les négociations entre Bamako et la CEDEAO ont repris à Accra.",
    "b": "Le gouvernement négocie avec les groupes armés du Nord.",
    "c": "Une attaque a frappé un camp militaire près de Ménaka.",
}


def test_terms_fold_accents_and_stem() -> None:
    assert search_index.term_of("négociations") == search_index.term_of("négociation") == "negoci"
    assert search_index.term_of("sécurité") == search_index.term_of("sécurités")
    assert search_index.words("Le Mali et l'armée") == ["mali", "armée"]  # stop words out


def test_index_follows_writes_and_updates(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    _write(db, [_article(k, v) for k, v in TEXTS.items()])
    assert _search(db, "négocie") == {"a", "b"}
    assert _search(db, "NEGOCIATION") == {"a", "b"}
    assert _search(db, "menaka attaque") == {"c"}
    # An edited article: its old words stop matching, its new ones match; nothing is indexed twice.
    _write(db, [_article("c", "Un accord de paix a été négocié à Alger.", entities=[
        {"text": "Alger", "label": "LOC", "start": 34, "end": 39, "canonical": "Alger", "kb_id": "loc:alger"}])])
    assert _search(db, "menaka") == set()
    assert _search(db, "négocie") == {"a", "b", "c"}
    assert _search(db, "négocie", actor="loc:alger") == {"c"}
    con = duckdb.connect(str(db), read_only=True)
    dupes = con.execute("SELECT count(*) FROM (SELECT term_id, article_id FROM search_terms GROUP BY 1, 2 "
                        "HAVING count(*) > 1)").fetchone()
    facets = con.execute("SELECT facet FROM article_facets WHERE article_id = 'c' ORDER BY facet").fetchall()
    con.close()
    assert dupes == (0,) and facets == [("actor",), ("name",)]  # schema v9: the mention's folded name too


def test_title_words_rank_higher(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    _write(db, [_article("body", "Wagner est cité une fois dans ce texte assez long sur le Sahel."),
                _article("title", "Un texte sur le Sahel sans le nom dans le corps.", title="Wagner au Mali")])
    con = duckdb.connect(str(db), read_only=True)
    items = queries.search(_cursor(con), queries.Filters(q="wagner"), limit=10).items
    con.close()
    assert [it["id"] for it in items] == ["title", "body"]


def test_migration_backfills_an_older_database(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _write(db, [_article(k, v) for k, v in TEXTS.items()])
    # Make it a schema-v2 file: no search tables, no v3 row.
    con = duckdb.connect(str(db))
    for table in ("search_terms", "search_vocab", "search_index_ids", "article_facets"):
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM schema_version WHERE version >= 3")
    con.close()
    ro = duckdb.connect(str(db), read_only=True)
    assert not queries.has_index(_cursor(ro))
    # Read-only, the dashboard falls back to the literal scan.
    page = queries.search(_cursor(ro), queries.Filters(q="négociations"))
    assert page.mode == "scan" and {it["id"] for it in page.items} == {"a"}
    ro.close()
    storage = open_storage(str(db))  # opening for writing migrates, and indexes what is there
    assert storage.schema_version() >= 3
    storage.close()
    assert _search(db, "négocie") == {"a", "b"}


@pytest.mark.parametrize("q", ["le", "la l'", "%"])
def test_queries_without_indexable_words_scan_literally(tmp_path: Path, q: str) -> None:
    db = tmp_path / "k.duckdb"
    _write(db, [_article(k, v) for k, v in TEXTS.items()])
    con = duckdb.connect(str(db), read_only=True)
    page = queries.search(_cursor(con), queries.Filters(q=q))
    con.close()
    assert page.mode == "scan"
    assert {it["id"] for it in page.items} == {k for k, v in TEXTS.items() if queries.fold(q) in queries.fold(v)}
