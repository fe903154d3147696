"""The notebook API: kibaru.open(db) -> articles, DataFrames, tables, merged events."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kibaru
from export_fixtures import make_db
from kibaru.api import Kibaru
from kibaru.errors import KibaruError, StorageError
from kibaru.export.tables import SCHEMAS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return make_db(tmp_path_factory.mktemp("api") / "k.duckdb")


@pytest.fixture()
def kb(db: str) -> Kibaru:
    with kibaru.open(db) as handle:
        yield handle


def _ids(found: object) -> list[str]:
    return [a.id for a in found]  # type: ignore[attr-defined]


def test_open_returns_records_in_ingest_order(kb: Kibaru) -> None:
    assert _ids(kb.articles()) == ["a1", "a2", "a3", "a4"]
    assert kb.count() == 4
    assert kb.get("a2") is not None and kb.get("a2").outlet == "Bamako Direct"  # type: ignore[union-attr]


def test_filters_combine(kb: Kibaru) -> None:
    assert _ids(kb.articles(outlet="Sahel Matin")) == ["a1", "a4"]
    assert _ids(kb.articles(since="2023-02-04")) == ["a2", "a4"]
    assert _ids(kb.articles(until="2023-02")) == ["a1", "a2"]
    assert _ids(kb.articles(narrative="wagner-denial")) == ["a3"]
    assert _ids(kb.articles(narrative=["wagner-denial", "france-neocolonial"])) == ["a1", "a3"]
    assert _ids(kb.articles(q="medias FRANÇAIS")) == ["a1"]  # case and accents ignored, every word
    assert _ids(kb.articles(q="mentent libye")) == []
    assert _ids(kb.articles(actor="gpe:mali")) == ["a1", "a2", "a4"]
    assert _ids(kb.articles(actor="Q912")) == ["a1", "a2", "a4"]  # Wikidata id of the same actor
    assert _ids(kb.articles(actor="wagner")) == ["a3", "a4"]  # part of a name
    assert _ids(kb.articles(actor="wagner", outlet="Sahel Matin")) == ["a4"]
    assert _ids(kb.articles(limit=2)) == ["a1", "a2"]


def test_dataframes(kb: Kibaru) -> None:
    df = kb.articles_df(outlet="Sahel Matin")
    assert list(df.columns) == SCHEMAS["articles"].names
    assert list(df["article_id"]) == ["a1", "a4"] and list(df["n_techniques"]) == [2, 1]
    nested = kb.articles_df(narrative="wagner-denial", nested=True)
    assert nested.loc[0, "narratives"][0]["id"] == "wagner-denial"
    narratives = kb.table("narratives")
    assert list(narratives.columns) == SCHEMAS["narratives"].names
    assert sorted(narratives["narrative_id"]) == sorted(
        ["france-neocolonial", "western-media-hostility", "sovereign-choice-of-partners", "wagner-denial", "other"])
    quotes = kb.table("quotes", since="2023-02-05")
    assert list(quotes["article_id"]) == ["a2"] and quotes.loc[0, "speaker_actor_id"] == "per:assimi-goita"
    joined = kb.table("techniques").merge(kb.articles_df(), on="article_id", suffixes=("", "_article"))
    assert len(joined) == 4 and set(joined["outlet"]) == {"Sahel Matin", "Bamako Direct"}
    with pytest.raises(KibaruError, match="unknown table"):
        kb.table("people")


def test_events_are_merged_like_the_timeline(kb: Kibaru) -> None:
    events = kb.events()
    assert sorted(e.type for e in events) == ["attack", "meeting"]
    meeting = next(e for e in events if e.type == "meeting")
    assert sorted(r.article_id for r in meeting.reports) == ["a1", "a2"] and meeting.first_report.article_id == "a1"
    assert [e.type for e in kb.events(type="attack")] == ["attack"]
    assert [e.type for e in kb.events(actor="per:sergei-lavrov")] == ["meeting"]
    assert [e.type for e in kb.events(actor="Lavrov")] == ["meeting"]
    assert [e.type for e in kb.events(since="2023-02-10")] == ["attack"]
    assert kb.events(until="2022") == []


def test_events_refuse_an_unknown_type(kb: Kibaru) -> None:
    # kb.events(type="attaque") used to return [] silently; it is refused with the known types, by the same
    # check as ``kibaru events --type`` and ``/api/events?type=``.
    with pytest.raises(KibaruError, match=r"unknown event type 'attaque'.*troop_deployment"):
        kb.events(type="attaque")


def test_graph_and_stix_from_the_api(kb: Kibaru) -> None:
    g = kb.graph("outlets")
    assert list(g.edges) == [("Sahel Matin", "Bamako Direct")]
    bundle = kb.stix(narrative="wagner-denial")
    assert [o.x_kibaru_article_id for o in bundle.objects if o.type == "note"] == ["a3"]


def test_close_and_errors(db: str, tmp_path: Path) -> None:
    handle = kibaru.open(db)
    handle.close()
    with pytest.raises(Exception):  # noqa: B017 - the closed DuckDB connection raises its own error
        list(handle.articles())
    with pytest.raises(StorageError):
        kibaru.open(tmp_path / "missing.duckdb")
    assert repr(kibaru.open(db)).startswith("kibaru.open(")


def test_import_kibaru_stays_light() -> None:
    code = ("import sys, kibaru; assert 'kibaru.api' not in sys.modules and 'pandas' not in sys.modules; "
            "assert callable(kibaru.open); assert 'kibaru.api' in sys.modules and 'pandas' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
