"""Which copy of a republished story came first (session 21, analyst day ux21).

A copy known only to the month (« 2022-08 ») was named the first publisher of a cluster whose other members are
dated 15 August 2022 — although that copy credits one of them (« Source : ASP »). The outlets page then said
« Niamey Info → Agence Sahel Presse »: who republishes whom, inverted. Now a day-dated member of the same month
comes first, in the store, the clusters table and the Spark job alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kibaru.analyse.dedup import UNDATED_KEY, first_appearance_key
from kibaru.export.tables import ClusterMember, first_member
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.store import open_storage

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"


@pytest.mark.parametrize(("earlier", "later"), [
    ("2022-08-15", "2022-08"),      # inside its month, the day-dated copy first
    ("2022-08-31", "2022-08"),
    ("2022-01-01", "2022"),         # inside its year too
    ("2022-08", "2022-09-01"),      # but a month before the next month's days
    ("2022", "2023-01-01"),
    ("2022-08-15", "2022-08-16"),
    ("2025-06", None),              # undated last
])
def test_first_appearance_order(earlier: str, later: str | None) -> None:
    assert first_appearance_key(earlier) < first_appearance_key(later)
    assert first_appearance_key(None) == UNDATED_KEY


def test_clusters_table_names_the_day_dated_copy_first() -> None:
    group = [ClusterMember("month", "Niamey Info", "2022-08", seq=1),
             ClusterMember("wire", "Agence Sahel Presse", "2022-08-15", seq=2)]
    assert first_member(group).article_id == "wire"


def test_sample_clusters_never_name_a_coarser_date_of_the_same_period_first(tmp_path: Path) -> None:
    storage = open_storage(str(tmp_path / "samples.duckdb"))
    try:
        ingest([SAMPLES], storage, IngestOptions(components=(), word_vectors=False))
        con = storage.con  # type: ignore[attr-defined]
        rows = con.execute(
            "SELECT c.cluster_id, f.date, f.outlet, a.date, a.outlet FROM clusters c "
            "JOIN articles f ON f.id = c.first_article_id JOIN articles a ON a.cluster_id = c.cluster_id "
            "WHERE a.id <> f.id").fetchall()
    finally:
        storage.close()
    checked = 0
    for cluster_id, first_date, first_outlet, date, outlet in rows:
        if not first_date or not date:
            continue
        checked += 1
        # A member dated more precisely inside the first member's period was not published after it.
        assert not (len(date) > len(first_date) and date.startswith(first_date)), (
            f"{cluster_id}: {first_outlet} ({first_date}) named first before {outlet} ({date})")
    assert checked >= 5  # the samples' Barkhane, ECOWAS, AES, MINUSMA and Kidal clusters
    barkhane = [r for r in rows if r[4] == "Niamey Info" and r[3] == "2022-08"]
    assert barkhane and all(r[2] != "Niamey Info" for r in barkhane)
