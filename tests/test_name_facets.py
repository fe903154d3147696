"""Schema v9: the ``name`` facet (each distinct folded canonical name of an article's mentions). ``kibaru articles
--actor`` / ``kibaru export --actor`` with a name the KB does not know as one actor select in SQL
(``export.select.store_where``) the superset ``Selection`` then narrows, instead of decoding every article's entities.
Property test: the pushed-down path keeps exactly the articles of the full scan, on DuckDB and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import rerun_migration
from kibaru.export.select import Selection, select, store_where
from kibaru.model import Article
from kibaru.store import Storage, open_storage, search_index
from kibaru.store.migrations import NAME_FACETS_VERSION
from kibaru.store.rows import ACTOR_NAMES

# Names with what the fold and LIKE must survive: accents, case, a wildcard of LIKE, the escape character, a quote.
NAMES = ["Ould Bah", "Sékou Koné", "KONE Sekou", "Amadou 50% Touré", "Fanta_Diallo", "Ibrahim !Maïga", "L'Hôte Ba",
         "Awa  Traoré", "Groupe Zorro"]
# Linked mentions (the KB's ids, as the linker stores them: project or Wikidata id).
LINKED = [("Sergueï Lavrov", "per:sergei-lavrov"), ("Wagner", "org:wagner-group"), ("Assimi Goïta", "Q62075706")]
WANTED = ["kone", "Koné", "Sekou", "50%", "_", "fanta_", "!maiga", "l'hote", "awa traore", "ould", "Lavrov",
          "M. Lavrov", "zorro", "a", "%", "per:sergei-lavrov", "Q62075706", "Wagner", "nobody"]


def _entity(name: str, kb_id: str | None) -> dict[str, object]:
    return {"text": name, "label": "PER", "start": 0, "end": len(name), "canonical": name, "kb_id": kb_id}


articles_st = st.lists(
    st.lists(st.one_of(st.sampled_from(NAMES).map(lambda n: (n, None)), st.sampled_from(LINKED)), max_size=4),
    min_size=1, max_size=8)


def _write(storage: Storage, mentions: list[list[tuple[str, str | None]]]) -> None:
    run = storage.begin_run(["names"])
    batch = [Article(id=f"n{k}", source_path=f"n{k}", text="texte", content_hash=f"h{k}",
                     date=f"2024-01-0{k % 9 + 1}", entities=[_entity(n, i) for n, i in ents])
             for k, ents in enumerate(mentions)]
    storage.write_batch(run, batch, [b"s"] * len(batch), [])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mentions=articles_st, wanted=st.sampled_from(WANTED))
def test_the_name_facet_selects_what_the_full_scan_selects(
    fresh_storage: Callable[[], Storage], mentions: list[list[tuple[str, str | None]]], wanted: str
) -> None:
    storage = fresh_storage()
    _write(storage, mentions)
    selection = Selection(actor=wanted)
    scanned = {a.id for a in storage.iter_articles() if selection.matches(a)}
    assert {a.id for a in select(storage, Selection(actor=wanted))} == scanned
    where = store_where(storage, Selection(actor=wanted))
    if ACTOR_NAMES in where:  # the superset really is pushed down: the SQL keeps no article without the name
        pushed = {a.id for a in storage.iter_articles(where=where)}
        assert scanned <= pushed


def test_an_unknown_name_is_pushed_down_and_a_known_actor_by_its_ids(fresh_storage: Callable[[], Storage]) -> None:
    storage = fresh_storage()
    _write(storage, [[("Sékou Koné", None)], [("Sergueï Lavrov", "per:sergei-lavrov")], [("Awa Traoré", None)]])
    assert ACTOR_NAMES in store_where(storage, Selection(actor="kone"))
    # an actor given by its KB id: its facet ids, as before; by a name (« Lavrov »): the ids the KB knows by that
    # name and the name facet together
    assert ACTOR_NAMES not in store_where(storage, Selection(actor="per:sergei-lavrov"))
    assert "per:sergei-lavrov" in store_where(storage, Selection(actor="Lavrov"))[ACTOR_NAMES][0]
    assert [a.id for a in storage.iter_articles(where=store_where(storage, Selection(actor="kone")))] == ["n0"]


def test_the_migration_fills_the_facet_of_an_existing_database_and_runs_twice(backend: str,
                                                                              new_db: Callable[[], str]) -> None:
    url = new_db()
    storage = open_storage(url)
    try:
        _write(storage, [[("Sékou Koné", None), ("Sékou Koné", None)], [("Wagner", "org:wagner-group")], []])
        def rows() -> list[tuple[object, ...]]:
            with storage.read_cursor() as cur:
                return sorted(cur.execute("SELECT article_id, value, n FROM article_facets WHERE facet = 'name'")
                              .fetchall())
        written = rows()
        assert written == [("n0", "sekou kone", 2), ("n1", "wagner", 1)]
        con = storage.con  # type: ignore[attr-defined]
        # the database as a kibaru of schema v8 left it: no name rows, version 8
        con.execute("DELETE FROM article_facets WHERE facet = 'name'")
        con.execute(f"DELETE FROM schema_version WHERE version >= {NAME_FACETS_VERSION}")
    finally:
        storage.close()
    storage = open_storage(url)  # migrates to v9: the rows come back from the stored entities
    try:
        assert storage.schema_version() >= NAME_FACETS_VERSION
        assert rows() == written
        rerun_migration(storage, backend, NAME_FACETS_VERSION, search_index.backfill_names_duckdb,
                        lambda con: storage._backfill_facet_rows(  # type: ignore[attr-defined]
                            con, ("entities",), search_index.name_rows))
        assert rows() == written
    finally:
        storage.close()
