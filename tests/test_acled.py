"""ACLED import and claim matching, on invented rows in ACLED's column format."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from kibaru.analyse.acled import AcledEvent, Claim, load_acled, match_events
from kibaru.errors import InputRejected
from kibaru.model import Rejection

SAMPLE = Path(__file__).parent / "data" / "acled_sample.csv"


@pytest.fixture(scope="module")
def events() -> list[AcledEvent]:
    rejections: list[Rejection] = []
    loaded = load_acled(SAMPLE, rejections)
    assert rejections == []
    return loaded


def by_id(events: list[AcledEvent]) -> dict[str, AcledEvent]:
    return {e.event_id: e for e in events}


def test_load_reads_every_row(events: list[AcledEvent]) -> None:
    with SAMPLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [e.event_id for e in events] == [r["event_id_cnty"] for r in rows]
    ev = by_id(events)
    assert ev["XMLI9001"].date == date(2022, 8, 7)
    assert ev["XMLI9002"].date == date(2022, 8, 9)  # the ISO-dated row
    assert ev["XMLI9001"].fatalities == 42
    assert "line break" in ev["XMLI9003"].notes
    assert ev["XMLI9003"].actors == ["Military Forces of Mali (2021-)", "Wagner Group", "Civilians (Mali)"]
    # The row after the multi-line note starts two lines later.
    assert ev["XBFA9001"].line == ev["XMLI9003"].line + 2


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


HEADER = ["event_id_cnty", "event_date", "year", "event_type", "country", "admin1", "location", "latitude",
          "longitude", "notes", "fatalities"]


def good(event_id: str, day: str = "07 August 2022") -> list[str]:
    return [event_id, day, "2022", "Battles", "Mali", "Gao", "Tessit", "15.0", "0.5", "x", "3"]


def test_bad_rows_are_rejected_with_their_line(tmp_path: Path) -> None:
    rows = [
        good("A1"),
        ["A2", "31 June 2022", "2022", "Battles", "Mali", "Gao", "Tessit", "", "", "", "1"],  # no 31 June
        ["A3", "07 August 2022", "2021", "Battles", "Mali", "Gao", "Tessit", "", "", "", "1"],  # year disagrees
        ["A4", "07 August 2022", "2022", "Battles", "Mali", "Gao", "Tessit", "", "", "", "n/a"],
        good("A1", "08 August 2022"),  # duplicate id
        ["A6", "07 August 2022", "2022", "Battles", "Mali", "Gao", "", "", "", "", "1"],  # no location
        ["A7", "07 August 2022", "2022", "Battles", "Mali", "Gao", "Tessit", "95", "0", "", "1"],
        ["A8", "07 August 2022", "2022", "Battles", "Mali", "Gao", "Tessit", "", "", "multi\nline", "1", "extra"],
        good("A9", "2022-08-10"),
    ]
    path = write_csv(tmp_path / "export.csv", HEADER, rows)
    rejections: list[Rejection] = []
    events = load_acled(path, rejections)
    assert [e.event_id for e in events] == ["A1", "A9"]
    lines = [int(r.where.rsplit(":", 1)[1]) for r in rejections]
    assert lines == [3, 4, 5, 6, 7, 8, 9]  # A8's note spans lines 9-10, so A9 is on line 11
    assert events[1].line == 11
    reasons = " | ".join(r.reason for r in rejections)
    for word in ("event_date", "year", "fatalities", "duplicate", "location", "latitude", "fields"):
        assert word in reasons
    assert all(r.where.startswith(str(path)) for r in rejections)


def test_missing_column_or_file_raises(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["event_id_cnty", "event_date"], [["A", "07 August 2022"]])
    with pytest.raises(InputRejected, match="location"):
        load_acled(path)
    with pytest.raises(InputRejected):
        load_acled(tmp_path / "absent.csv")


def test_bom_and_date_styles(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    write_csv(path, HEADER, [good("B1", "7 Aug 2022"), good("B2", "07-August-2022")])
    path.write_bytes("\ufeff".encode() + path.read_bytes())
    assert [e.date for e in load_acled(path)] == [date(2022, 8, 7)] * 2


def test_matching(events: list[AcledEvent]) -> None:
    claims = [
        Claim("attack", "2022-08-07", "Tessit", ["JNIM", "FAMa"], 42, "a1"),
        Claim("attack", "2022-08-08", "Tessit", [], 17, "a2"),
        Claim("attack", "2022-03-29", "Moura", ["armée malienne", "Wagner"], None, "a3"),
        Claim("capture", "2022-08-22", "région de Tombouctou", ["FAMa"], None, "a4"),
        Claim("attack", "2022-08-07", "Ségou", [], None, "a5"),
        Claim("protest", "2022-08-14", "Bamako", ["manifestants"], None, "a6"),
        Claim("attack", "2022-07", "Ménaka", [], None, "a7"),
        Claim("attack", "2022-08-10", "cercle d'Ansongo", ["EIGS"], None, "a8"),
    ]
    report = match_events(claims, events, window_days=3)
    got = {m.claim.article_id: (m.event.event_id, m.place_level) for m in report.matches}
    assert got == {
        "a1": ("XMLI9001", "location"),
        "a2": ("XMLI9001", "location"),  # two articles, one event
        "a3": ("XMLI9003", "location"),  # two days off, within the window
        "a4": ("XMLI9006", "admin1"),  # French exonym, "région de" dropped
        "a6": ("XMLI9005", "location"),
        "a7": ("XMLI9007", "location"),  # accents folded, month-precise claim
        "a8": ("XMLI9009", "admin2"),  # the IS clash that day, not the JNIM attack three days before
    }
    assert [c.article_id for c in report.unmatched_claims] == ["a5"]
    assert {m.claim.article_id: m.actor_overlap for m in report.matches}["a1"] == 1.0
    assert [(d.claim.article_id, d.claimed, d.recorded) for d in report.fatality_disagreements] == [("a2", 17, 42)]
    unmatched = {e.event_id for e in report.unmatched_events}
    assert "XMLI9008" not in unmatched  # not an attack type
    assert "XBFA9002" not in unmatched  # after the claims' period
    assert {"XMLI9002", "XNER9001"} <= unmatched


def test_window_and_type_are_enforced(events: list[AcledEvent]) -> None:
    far = Claim("attack", "2022-08-12", "Tessit", [], None, "late")
    assert match_events([far], events, window_days=3).matches[0].event.event_id == "XMLI9009"  # Aug 10 only
    assert match_events([far], events, window_days=1).unmatched_claims == [far]
    capture = Claim("capture", "2022-08-07", "Tessit", [], None, "c")  # an armed clash is no capture
    assert match_events([capture], events).unmatched_claims == [capture]


def test_place_names_from_the_knowledge_base(events: list[AcledEvent]) -> None:
    claim = Claim("attack", "2022-06-26", "Seïtenga", [], 86, "kb", location_id="Q-seytenga")
    assert match_events([claim], events).unmatched_claims == [claim]
    report = match_events([claim], events, place_names={"Q-seytenga": ["Seytenga"]})
    assert report.matches[0].event.event_id == "XBFA9001"
    assert report.fatality_disagreements[0].recorded == 80


def test_bad_claim_date() -> None:
    with pytest.raises(InputRejected):
        match_events([Claim("attack", "août 2022", "Gao")], [])


def test_acled_command_checks_the_stored_events(tmp_path: Path) -> None:
    # « Does ACLED agree? » had no way in from the stored articles: the analyst built Claim objects by hand.
    # `kibaru acled EXPORT` turns the stored attacks/captures/protests (dated, placed) into claims.
    import json

    from typer.testing import CliRunner

    from kibaru.cli import app
    from kibaru.model import Article
    from kibaru.store import RunSummary, open_storage

    def event(kind: str, day: str | None, place: str | None, fatalities: int | None = None) -> dict[str, object]:
        return {"type": kind, "date": day, "date_precision": "day", "location": place, "fatalities": fatalities,
                "actors": [{"canonical": "JNIM", "kb_id": "grp:jnim", "role": "source"}], "start": 0, "end": 5,
                "evidence": "texte"}

    db = str(tmp_path / "k.duckdb")
    writer = open_storage(db)
    run = writer.begin_run(["acled"])
    writer.write_batch(run, [Article(
        id="e1", source_path=None, text="texte", content_hash="e1", date="2022-08-09", outlet="X",
        events=[event("attack", "2022-08-08", "Tessit", 17), event("meeting", "2022-08-08", "Tessit"),
                event("attack", None, "Gao"), event("attack", "2022-08-07", "Ségou")])], [b""], [])
    writer.finish_run(run, RunSummary())
    writer.close()
    result = CliRunner().invoke(app, ["acled", str(SAMPLE), "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    # the meeting and the undated attack are not checkable; Tessit matches with another toll, Ségou nothing
    assert [(r["location"], r["acled_event_id"], r["fatalities"], r["acled_fatalities"]) for r in rows] == [
        ("Tessit", "XMLI9001", 17, 42), ("Ségou", None, None, None)]
    assert "2 claims: 1 matched, 1 unmatched" in result.output and "1 death tolls disagree" in result.output
