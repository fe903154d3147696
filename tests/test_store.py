"""Storage: real DuckDB databases (in memory and in a temp file), written and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kibaru.errors import StorageError
from kibaru.model import Article, Rejection
from kibaru.store import RunSummary, open_storage
from kibaru.store.migrations import migrations_for

texts = st.text(min_size=1, max_size=300)
optional_text = st.none() | st.text(max_size=60)
json_lists = st.lists(
    st.fixed_dictionaries(
        {"text": st.text(max_size=20), "start": st.integers(0, 10_000), "end": st.integers(0, 10_000)}
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
        boilerplate=draw(st.lists(st.text(max_size=40), max_size=4)),
        synthetic=draw(st.booleans()),
        entities=draw(json_lists),
        quotes=draw(json_lists),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(articles(), min_size=1, max_size=5, unique_by=lambda a: a.id))
def test_articles_round_trip(batch: list[Article]) -> None:
    storage = open_storage(":memory:")
    run = storage.begin_run(["x"])
    storage.write_batch(run, batch, [bytes([i]) * 8 for i in range(len(batch))], [])
    for article in batch:
        assert storage.get_article(article.id) == article
    assert storage.count_articles() == len(batch)
    storage.close()


def _article(article_id: str, text: str, content_hash: str, date: str | None = None) -> Article:
    return Article(id=article_id, source_path="f.txt", text=text, content_hash=content_hash, date=date)


def test_update_keeps_first_seen_and_replaces_content(tmp_path: Path) -> None:
    storage = open_storage(str(tmp_path / "k.duckdb"))
    run1 = storage.begin_run(["a"])
    storage.write_batch(run1, [_article("a1", "old text", "h1")], [b"s1"], [])
    storage.finish_run(run1, RunSummary(read=1, new=1))
    run2 = storage.begin_run(["a"])
    storage.write_batch(run2, [_article("a1", "new text", "h2")], [b"s2"], [])
    storage.finish_run(run2, RunSummary(read=1, updated=1))
    assert storage.content_hashes(["a1", "zz"]) == {"a1": "h2"}
    stored = storage.get_article("a1")
    assert stored is not None and stored.text == "new text"
    row = storage.con.execute("SELECT first_run, last_run, ingest_seq FROM articles").fetchall()  # type: ignore[attr-defined]
    assert row == [(run1, run2, 1)]
    storage.close()


def test_database_reopens_with_data_and_version(tmp_path: Path) -> None:
    path = str(tmp_path / "k.duckdb")
    storage = open_storage(path)
    run = storage.begin_run(["a"])
    storage.write_batch(run, [_article("a1", "x", "h")], [b"s"], [Rejection("bad.txt", "binary content")])
    storage.close()
    reopened = open_storage(path, read_only=True)
    latest = max(m.version for m in migrations_for("duckdb"))
    assert reopened.schema_version() == latest
    info = reopened.status()
    assert info["articles"] == 1
    assert info["recent_rejections"] == [{"run_id": run, "where": "bad.txt", "reason": "binary content"}]
    reopened.close()


def test_migrate_is_idempotent() -> None:
    storage = open_storage(":memory:")
    first = storage.schema_version()
    assert storage.migrate() == first
    storage.close()


def test_failed_batch_writes_nothing() -> None:
    storage = open_storage(":memory:")
    run = storage.begin_run(["a"])
    good = _article("a1", "x", "h")
    with pytest.raises(ValueError):
        storage.write_batch(run, [good], [], [])  # one signature per article
    storage.write_batch(run, [good], [b"s"], [])
    with pytest.raises(StorageError):  # a NULL text violates NOT NULL: the whole batch rolls back
        storage.write_batch(run, [_article("a2", "y", "h2"), _article("a3", None, "h3")], [b"s", b"s"], [])  # type: ignore[arg-type]
    assert storage.count_articles() == 1
    storage.close()


def test_clusters_are_written() -> None:
    storage = open_storage(":memory:")
    run = storage.begin_run(["a"])
    storage.write_batch(run, [_article("a1", "x", "h1"), _article("a2", "x", "h2")], [b"s", b"s"], [])
    storage.set_clusters({"a1": "ca1", "a2": "ca1"}, {"ca1": "a2"})
    assert {a.id: a.cluster_id for a in storage.iter_articles()} == {"a1": "ca1", "a2": "ca1"}
    assert storage.status()["multi_member_clusters"] == 1
    storage.close()


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="run `kibaru ingest` first"):
        open_storage(str(tmp_path / "nope.duckdb"), read_only=True)


def test_filters_are_parameterised() -> None:
    storage = open_storage(":memory:")
    run = storage.begin_run(["a"])
    storage.write_batch(run, [_article("a1", "x", "h1", date="2022-08-07")], [b"s"], [])
    hostile = "x' OR '1'='1"
    assert list(storage.iter_articles(where={"outlet": hostile})) == []
    assert [a.id for a in storage.iter_articles(where={"since": "2022-08"})] == ["a1"]
    with pytest.raises(ValueError):
        list(storage.iter_articles(where={"1=1; DROP TABLE articles; --": "x"}))
    storage.close()


def test_until_a_month_keeps_that_months_articles(tmp_path: Path) -> None:
    """`until=2023-02` includes 2023-02-28 and a month-precision 2023-02 date, not 2023-03-01."""
    storage = open_storage(str(tmp_path / "u.duckdb"))
    dates = {"a": "2023-02-28", "b": "2023-02", "c": "2023-03-01", "d": "2022"}
    run = storage.begin_run(["x"])
    storage.write_batch(run, [_article(k, f"text {k}", f"h{k}", date=v) for k, v in dates.items()], [b""] * 4, [])
    kept = {a.id for a in storage.iter_articles(where={"until": "2023-02"})}
    assert kept == {"a", "b", "d"}
    assert {a.id for a in storage.iter_articles(where={"until": "2022"})} == {"d"}
    storage.close()
