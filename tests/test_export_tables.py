"""Analyst tables: one row per item, joinable by article_id, round-tripping through CSV and Parquet."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from export_fixtures import articles, make_db
from kibaru.analyse.timeline import merge_events
from kibaru.cli import app
from kibaru.errors import KibaruError
from kibaru.export.tables import SCHEMAS, TABLES, export_tables, iter_rows, read_table
from kibaru.store import open_storage

runner = CliRunner()

# Which contract field each per-item table flattens.
ITEM_FIELDS = {"entities": "entities", "quotes": "quotes", "events": "events", "narratives": "narratives",
               "techniques": "techniques", "stance": "stance"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return make_db(tmp_path_factory.mktemp("tables") / "k.duckdb")


def _stored(db: str) -> list[Any]:
    storage = open_storage(db, read_only=True)
    try:
        return list(storage.iter_articles())
    finally:
        storage.close()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_every_table_round_trips_with_one_row_per_item(db: str, tmp_path: Path, fmt: str) -> None:
    stored = _stored(db)
    counts = export_tables(iter(stored), "all", fmt, tmp_path)
    assert set(counts) == set(TABLES)
    expected_rows = {name: [row for n, row in iter_rows(stored, [name])] for name in TABLES}
    for name in TABLES:
        path = tmp_path / f"{name}.{fmt}"
        back = read_table(path, name)
        assert back == expected_rows[name], name
        assert counts[name] == len(back)
        if name in ITEM_FIELDS:
            assert len(back) == sum(len(getattr(a, ITEM_FIELDS[name])) for a in stored)
    assert counts["articles"] == counts["clusters"] == len(stored)


def test_parquet_keeps_the_column_types(db: str, tmp_path: Path) -> None:
    export_tables(iter(_stored(db)), "techniques", "parquet", tmp_path / "t.parquet")
    assert pq.read_schema(tmp_path / "t.parquet").equals(SCHEMAS["techniques"], check_metadata=False)


def test_tables_join_on_article_id(db: str, tmp_path: Path) -> None:
    stored = _stored(db)
    export_tables(iter(stored), "all", "csv", tmp_path)
    ids = {r["article_id"] for r in read_table(tmp_path / "articles.csv", "articles")}
    assert ids == {a.id for a in stored}
    for name in TABLES:
        rows = read_table(tmp_path / f"{name}.csv", name)
        assert {r["article_id"] for r in rows} <= ids, name


def test_detail_rows_keep_offsets_into_the_article_text(db: str) -> None:
    stored = {a.id: a for a in _stored(db)}
    for name in ("entities", "quotes", "techniques"):
        for _, row in iter_rows(stored.values(), [name]):
            text = stored[row["article_id"]].text
            assert text[row["start"] : row["end"]] == row["text"]
    for _, row in iter_rows(stored.values(), ["narratives"]):
        text = stored[row["article_id"]].text
        assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence_text"]


def test_rows_resolve_actors_and_disarm(db: str) -> None:
    stored = _stored(db)
    entities = [r for _, r in iter_rows(stored, ["entities"])]
    # A Wikidata QID and the project id resolve to the same KB actor.
    mali = {r["kb_id"] for r in entities if r["actor_id"] == "gpe:mali"}
    assert mali == {"Q912", "gpe:mali"}
    assert next(r for r in entities if r["text"] == "Jean Dupont")["actor_id"] is None
    techniques = {r["technique_id"]: r["disarm_ids"] for _, r in iter_rows(stored, ["techniques"])}
    assert techniques["Whataboutism"] == "T0077"
    assert techniques["Loaded_Language"] is None  # unmapped on purpose (see techniques_map.yaml)
    narratives = {r["narrative_id"]: r for _, r in iter_rows(stored, ["narratives"])}
    assert narratives["sovereign-choice-of-partners"]["disarm_ids"] == "T0136.002; T0075"
    assert narratives["sovereign-choice-of-partners"]["voice"] == "quoted"
    assert narratives["other"]["disarm_ids"] is None


def test_event_rows_carry_the_timeline_id_of_kibaru_timeline(db: str) -> None:
    stored = _stored(db)
    rows = [r for _, r in iter_rows(stored, ["events"])]
    entries = merge_events(stored)
    by_report = {(rep.article_id, rep.start, e.type): e.id for e in entries for rep in e.reports}
    assert rows and all(r["timeline_id"] == by_report[(r["article_id"], r["start"], r["type"])] for r in rows)
    meetings = {r["timeline_id"] for r in rows if r["type"] == "meeting"}
    assert len(meetings) == 1  # a1 and a2 report the same meeting
    meeting = next(r for r in rows if r["type"] == "meeting")
    assert meeting["sources"] == "Assimi Goïta" and meeting["participants"] == "Sergueï Lavrov"


def test_two_events_of_one_sentence_keep_their_own_timeline_id() -> None:
    # The rows were keyed by (article, start): the second event of a sentence took the first one's entry.
    from kibaru.export.tables import timeline_ids
    from kibaru.model import Article

    sentence = "Le Mali et la Russie ont signé un accord après l'attaque du camp."
    events = [{"type": t, "date": "2022-08-07", "date_precision": "day", "start": 0, "end": len(sentence),
               "evidence": sentence, "actors": [], "location": None} for t in ("agreement", "attack")]
    article = Article(id="s1", source_path=None, text=sentence, content_hash="s1", date="2022-08-08",
                      events=events)
    rows = [r for _, r in iter_rows([article], ["events"])]
    ids = timeline_ids([article])
    assert {r["type"]: r["timeline_id"] for r in rows} == {
        e.type: e.id for e in merge_events([article])} and len(ids) == 2


def test_cluster_rows_name_the_first_publication_as_the_store_does(db: str) -> None:
    stored = _stored(db)
    rows = [r for _, r in iter_rows(stored, ["clusters"])]
    con = open_storage(db, read_only=True)
    try:
        first_in_db = dict(con.con.execute("SELECT cluster_id, first_article_id FROM clusters").fetchall())  # type: ignore[attr-defined]
    finally:
        con.close()
    for row in rows:
        assert row["first_article_id"] == first_in_db[row["cluster_id"]]
        assert row["is_first"] == (row["article_id"] == row["first_article_id"])
    sizes = {r["cluster_id"]: r["size"] for r in rows}
    assert sizes["ca1"] == 2 and sizes["ca3"] == 1


def test_cli_writes_tables_and_keeps_the_article_export(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", db, "-f", "parquet", "--table", "all", "-o", str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(f"{n}.parquet" for n in TABLES)
    one = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--table", "narratives", "--narrative", "other"])
    assert one.exit_code == 0, one.output
    rows = list(csv.DictReader(io.StringIO(one.stdout)))
    assert [r["narrative_id"] for r in rows] == ["wagner-denial", "other"]  # every narrative of the matching article
    plain = runner.invoke(app, ["export", "--db", db, "-f", "csv"])
    assert plain.exit_code == 0 and plain.stdout.startswith("id,source_path,url,")


def test_bad_table_requests_fail_clearly(db: str, tmp_path: Path) -> None:
    stored = _stored(db)
    with pytest.raises(KibaruError, match="unknown table"):
        export_tables(stored, "persons", "csv", None)
    with pytest.raises(KibaruError, match="directory"):
        export_tables(stored, "all", "csv", None)
    with pytest.raises(KibaruError, match="csv or parquet"):
        export_tables(stored, "entities", "jsonl", None)
    result = runner.invoke(app, ["export", "--db", db, "-f", "parquet", "--table", "quotes"])
    assert result.exit_code != 0


def test_fixture_spans_are_exact() -> None:
    for article in articles():
        for item in article.entities + article.techniques + article.quotes:
            assert article.text[item["start"] : item["end"]] == item["text"]
