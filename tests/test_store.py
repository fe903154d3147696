"""Storage: every test runs on both backends (a DuckDB file, a real PostgreSQL server).

The fixtures ``backend``, ``new_db`` and ``fresh_storage`` are in conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kibaru.errors import StorageError
from kibaru.model import Article, Rejection
from kibaru.store import RunSummary, Storage, open_storage
from kibaru.store.migrations import migrations_for

# PostgreSQL text cannot hold NUL (the PostgreSQL backend stores U+FFFD instead: test_postgres.py).
chars = st.characters(codec="utf-8", exclude_characters="\x00")
texts = st.text(chars, min_size=1, max_size=300)
optional_text = st.none() | st.text(chars, max_size=60)
json_lists = st.lists(
    st.fixed_dictionaries(
        {"text": st.text(chars, max_size=20), "start": st.integers(0, 10_000), "end": st.integers(0, 10_000)}
    ),
    max_size=3,
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    return Article(
        id="a" + draw(st.text("0123456789abcdef", min_size=8, max_size=8)),
        source_path=draw(optional_text),
        text=draw(texts),
        content_hash=draw(st.text("0123456789abcdef", min_size=32, max_size=32)),
        url=draw(optional_text),
        outlet=draw(optional_text),
        attributed_source=draw(optional_text),
        title=draw(optional_text),
        date=draw(st.none() | st.sampled_from(["2022", "2022-08", "2022-08-07"])),
        date_precision=draw(st.none() | st.sampled_from(["day", "month", "year"])),
        date_origin=draw(st.none() | st.sampled_from(["metadata", "header", "html", "text"])),
        language=draw(st.none() | st.sampled_from(["fr", "en"])),
        boilerplate=draw(st.lists(st.text(chars, max_size=40), max_size=4)),
        synthetic=draw(st.booleans()),
        entities=draw(json_lists),
        quotes=draw(json_lists),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(articles(), min_size=1, max_size=5, unique_by=lambda a: a.id))
def test_articles_round_trip(fresh_storage: Callable[[], Storage], batch: list[Article]) -> None:
    storage = fresh_storage()
    run = storage.begin_run(["x"])
    signatures = [bytes([i, 0, 255]) * 8 for i in range(len(batch))]
    storage.write_batch(run, batch, signatures, [])
    for article in batch:
        assert storage.get_article(article.id) == article
    assert storage.count_articles() == len(batch)
    assert [(s.article_id, s.signature) for s in storage.signatures()] == [
        (a.id, sig) for a, sig in zip(batch, signatures, strict=True)
    ]
    assert [a.id for a in storage.iter_articles(batch_size=2)] == [a.id for a in batch]  # ingest order, paged


def _article(article_id: str, text: str, content_hash: str, date: str | None = None) -> Article:
    return Article(id=article_id, source_path="f.txt", text=text, content_hash=content_hash, date=date)


def test_update_keeps_first_seen_and_replaces_content(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    run1 = storage.begin_run(["a"])
    storage.write_batch(run1, [_article("a1", "old text", "h1")], [b"s1"], [])
    storage.finish_run(run1, RunSummary(read=1, new=1))
    run2 = storage.begin_run(["a"])
    storage.write_batch(run2, [_article("a1", "new text", "h2")], [b"s2"], [])
    storage.finish_run(run2, RunSummary(read=1, updated=1))
    assert storage.content_hashes(["a1", "zz"]) == {"a1": "h2"}
    stored = storage.get_article("a1")
    assert stored is not None and stored.text == "new text"
    with storage.read_cursor() as cur:
        row = cur.execute("SELECT first_run, last_run, ingest_seq FROM articles").fetchall()
    assert row == [(run1, run2, 1)]
    storage.close()


def test_database_reopens_with_data_and_version(backend: str, new_db: Callable[[], str]) -> None:
    path = new_db()
    storage = open_storage(path)
    run = storage.begin_run(["a"])
    storage.write_batch(run, [_article("a1", "x", "h")], [b"s"], [Rejection("bad.txt", "binary content")])
    storage.close()
    reopened = open_storage(path, read_only=True)
    latest = max(m.version for m in migrations_for(backend))
    assert reopened.schema_version() == latest
    info = reopened.status()
    assert info["articles"] == 1
    assert info["recent_rejections"] == [{"run_id": run, "where": "bad.txt", "reason": "binary content"}]
    reopened.close()


def test_migrate_is_idempotent(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    first = storage.schema_version()
    assert storage.migrate() == first
    storage.close()


def test_failed_batch_writes_nothing(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    run = storage.begin_run(["a"])
    good = _article("a1", "x", "h")
    with pytest.raises(ValueError):
        storage.write_batch(run, [good], [], [])  # one signature per article
    storage.write_batch(run, [good], [b"s"], [])
    with pytest.raises(StorageError):  # a NULL text violates NOT NULL: the whole batch rolls back
        storage.write_batch(run, [_article("a2", "y", "h2"), _article("a3", None, "h3")], [b"s", b"s"], [])  # type: ignore[arg-type]
    assert storage.count_articles() == 1
    storage.close()


def test_an_interrupted_duckdb_write_leaves_no_transaction_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A non-database error in the middle of a batch (here: the search index) rolls the batch back
    # and the store takes the next batch, instead of failing on « transaction already active ».
    from kibaru.store import search_index

    storage = open_storage(str(tmp_path / "t.duckdb"))
    run = storage.begin_run(["a"])

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("index down")

    with monkeypatch.context() as patch:
        patch.setattr(search_index, "write_duckdb", broken)
        with pytest.raises(RuntimeError):
            storage.write_batch(run, [_article("a1", "x", "h1")], [b"s"], [])
    assert storage.count_articles() == 0
    storage.write_batch(run, [_article("a1", "x", "h1")], [b"s"], [])
    assert storage.count_articles() == 1
    storage.close()


def test_clusters_are_written(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    run = storage.begin_run(["a"])
    storage.write_batch(run, [_article("a1", "x", "h1"), _article("a2", "x", "h2")], [b"s", b"s"], [])
    storage.set_clusters({"a1": "ca1", "a2": "ca1"}, {"ca1": "a2"})
    assert {a.id: a.cluster_id for a in storage.iter_articles()} == {"a1": "ca1", "a2": "ca1"}
    assert storage.status()["multi_member_clusters"] == 1
    storage.set_clusters({"a1": "ca1", "a2": "ca2"}, {"ca1": "a1", "ca2": "a2"})  # recomputed: replaced
    assert {a.id: a.cluster_id for a in storage.iter_articles()} == {"a1": "ca1", "a2": "ca2"}
    assert storage.status()["clusters"] == 2 and storage.status()["multi_member_clusters"] == 0
    storage.close()


def test_missing_database_is_a_clear_error(new_db: Callable[[], str]) -> None:
    # A DuckDB file that does not exist; a PostgreSQL database without the kibaru schema.
    with pytest.raises(StorageError, match="run `kibaru ingest`"):
        open_storage(new_db(), read_only=True)


def test_filters_are_parameterised(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    run = storage.begin_run(["a"])
    storage.write_batch(run, [_article("a1", "x", "h1", date="2022-08-07")], [b"s"], [])
    hostile = "x' OR '1'='1"
    assert list(storage.iter_articles(where={"outlet": hostile})) == []
    assert [a.id for a in storage.iter_articles(where={"since": "2022-08"})] == ["a1"]
    with pytest.raises(ValueError):
        list(storage.iter_articles(where={"1=1; DROP TABLE articles; --": "x"}))
    storage.close()


def test_until_a_month_keeps_that_months_articles(new_db: Callable[[], str]) -> None:
    """`until=2023-02` includes 2023-02-28 and a month-precision 2023-02 date, not 2023-03-01."""
    storage = open_storage(new_db())
    dates = {"a": "2023-02-28", "b": "2023-02", "c": "2023-03-01", "d": "2022"}
    run = storage.begin_run(["x"])
    storage.write_batch(run, [_article(k, f"text {k}", f"h{k}", date=v) for k, v in dates.items()], [b""] * 4, [])
    kept = {a.id for a in storage.iter_articles(where={"until": "2023-02"})}
    assert kept == {"a", "b", "d"}
    assert {a.id for a in storage.iter_articles(where={"until": "2022"})} == {"d"}
    storage.close()


def test_both_backends_have_the_same_migrations() -> None:
    """Every DuckDB migration has its PostgreSQL twin with the same version and name."""
    duck = [(m.version, m.name) for m in migrations_for("duckdb")]
    assert duck == [(m.version, m.name) for m in migrations_for("postgres")]


def _search_corpus(storage: Storage) -> None:
    run = storage.begin_run(["s"])
    docs = [
        Article(id="s1", source_path="s", text="La sécurité du Mali se dégrade, selon le rapport.",
                content_hash="1", title="Sécurité au Sahel", outlet="A", date="2023-05-02"),
        Article(id="s2", source_path="s", text="Les sanctions de la CEDEAO frappent Bamako.", content_hash="2",
                outlet="B", date="2022-01-10"),
        Article(id="s3", source_path="s", text="Wagner et la securite des convois vers Gao.", content_hash="3",
                outlet="A", date="2024-02-01"),
        Article(id="s4", source_path="s", text="Un marché aux bestiaux rouvre à Mopti.", content_hash="4", outlet="B"),
    ]
    storage.write_batch(run, docs, [b"s"] * len(docs), [])


def test_search_ignores_accents_and_case_and_applies_filters(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    _search_corpus(storage)
    for query in ("securite", "SÉCURITÉ", "sécurité"):
        found = storage.search(query)
        assert found.total == 2 and {h.id for h in found.hits} == {"s1", "s3"}, query
    # The title counts: s1 has the word in its title and its text, s3 in its text only.
    assert [h.id for h in storage.search("sécurité").hits] == ["s1", "s3"]
    assert {h.id for h in storage.search("sanction").hits} == {"s2"}  # singular finds the plural
    assert {h.id for h in storage.search("CEDEAO Bamako").hits} == {"s2"}  # every word must match
    assert storage.search("CEDEAO Mopti").total == 0
    assert {h.id for h in storage.search("securite", filters={"outlet": "A", "since": "2024"}).hits} == {"s3"}
    assert storage.search("securite", filters={"outlet": "x' OR '1'='1"}).total == 0
    assert storage.search("   ").total == 0
    with pytest.raises(ValueError):
        storage.search("securite", filters={"1=1; --": "x"})
    storage.close()


def test_search_minus_word_excludes_it(new_db: Callable[[], str]) -> None:
    # `kibaru search 'sécurité -wagner'` (the README's example) searched for articles WITH Wagner on DuckDB:
    # the minus was dropped and the word became one more required word.
    storage = open_storage(new_db())
    _search_corpus(storage)
    assert {h.id for h in storage.search("sécurité -wagner").hits} == {"s1"}
    assert {h.id for h in storage.search("sécurité -Wagner -Mali").hits} == set()
    assert {h.id for h in storage.search("sécurité -mopti").hits} == {"s1", "s3"}  # an absent word excludes nothing
    assert storage.search("sécurité -wagner").total == 1
    storage.close()


def test_split_excluded_keeps_hyphenated_words() -> None:
    from kibaru.store.search_terms import split_excluded

    assert split_excluded("mali -wagner") == ("mali  ", "wagner")
    assert split_excluded("-wagner mali")[1] == "wagner"
    assert split_excluded("Africa-Corps inter-maliens") == ("Africa-Corps inter-maliens", "")


def test_search_pages_keep_the_total(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    run = storage.begin_run(["p"])
    docs = [Article(id=f"p{i:02d}", source_path="p", text=f"Réunion numéro {i} à Niamey.", content_hash=str(i),
                    date=f"2023-01-{i + 1:02d}") for i in range(7)]
    storage.write_batch(run, docs, [b"s"] * len(docs), [])
    pages = [storage.search("niamey", limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [p.total for p in pages] == [7, 7, 7, 7]
    assert [len(p.hits) for p in pages] == [3, 3, 1, 0]
    seen = [h.id for p in pages for h in p.hits]
    assert sorted(seen) == [d.id for d in docs]  # each once across pages
    assert seen == sorted(seen, reverse=True)  # equal scores: newest first
    storage.close()


words = st.text("bcdfghjklmnpqrtvz", min_size=4, max_size=9)
_ACCENTED = str.maketrans("aeiou", "àéîöù")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=words, filler=st.lists(st.sampled_from(["la", "région", "conseil", "du", "vote"]), max_size=8),
       accented=st.booleans(), in_title=st.booleans())
def test_a_stored_word_is_found(
    fresh_storage: Callable[[], Storage], word: str, filler: list[str], accented: bool, in_title: bool
) -> None:
    """Whatever the word, its accents or where it stands, searching its plain form finds the article."""
    stored = "zo" + word + "ale"  # a vowel or two to carry accents, "zo" so it is no French word
    shown = stored.translate(_ACCENTED) if accented else stored
    storage = fresh_storage()
    run = storage.begin_run(["w"])
    text = " ".join([*filler, shown if not in_title else "", *filler]).strip() or "vide"
    storage.write_batch(run, [
        Article(id="w1", source_path="w", text=text, content_hash="h", title=shown if in_title else None),
        Article(id="w2", source_path="w", text=" ".join(filler) or "rien", content_hash="h2"),
    ], [b"s", b"s"], [])
    assert [h.id for h in storage.search(stored).hits] == ["w1"]
    assert [h.id for h in storage.search(stored.upper()).hits] == ["w1"]


def test_read_cursor_binds_question_marks(new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    run = storage.begin_run(["r"])
    article = Article(id="r1", source_path="r", text="100% sûr ?", content_hash="h", title="t?")
    storage.write_batch(run, [article], [b"s"], [])
    with storage.read_cursor() as cur:
        rows = cur.execute(
            "SELECT id, left(text, ?), '?' AS mark FROM articles WHERE title = ? AND text LIKE '100%' AND id <> ?",
            [4, "t?", "x' OR '1'='1"],
        ).fetchall()
        assert rows == [("r1", "100%", "?")]
        assert cur.columns == ["id", cur.columns[1], "mark"]
        assert cur.execute("SELECT count(*) FROM articles WHERE title = ?", ["x' OR '1'='1"]).fetchone() == (0,)
    storage.close()
