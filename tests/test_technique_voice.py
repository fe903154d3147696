"""Persuasion techniques in whose voice: the outlet's own words or a quoted actor's (branch ux16).

A technique span is ``quoted`` when it lies inside a quote span by the rule the narratives stage uses
(kibaru.enrich.voice, one helper), with the quote's speaker; the store indexes the voice (facet detail,
migration 006 on both backends), the dashboard, the API, the CLI and kibaru.open() filter on it, the
article page and the narratives report show it, the exports carry it. Sentences are written for these
tests (no news text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from kibaru.enrich import voice
from kibaru.model import Article
from kibaru.store import RunSummary, open_storage
from serve_data import sql_rows as _sql

TEXT = ("Le porte-parole a lancé : « Ces traîtres vendus à l'étranger seront punis. »\n"
        "Le journal juge pourtant que cette politique est une catastrophe absolue pour le pays.")
QUOTE_START = TEXT.index("Ces")
QUOTE_END = TEXT.index(" »")
AUTHOR_START = TEXT.index("Le journal")
SPEAKER = "Amadou <b>Touré</b>"


def _quote() -> dict[str, Any]:
    return {"text": TEXT[QUOTE_START:QUOTE_END], "speaker": SPEAKER, "speaker_kb_id": "per:test-toure",
            "cue": "lancé", "start": QUOTE_START, "end": QUOTE_END, "direct": True}


def _spans(with_voice: bool) -> list[dict[str, Any]]:
    spans = [{"id": "Name_Calling-Labeling", "start": QUOTE_START, "end": QUOTE_END,
              "text": TEXT[QUOTE_START:QUOTE_END], "score": 0.8},
             {"id": "Loaded_Language", "start": QUOTE_START, "end": QUOTE_END,
              "text": TEXT[QUOTE_START:QUOTE_END], "score": 0.6},
             {"id": "Loaded_Language", "start": AUTHOR_START, "end": len(TEXT),
              "text": TEXT[AUTHOR_START:], "score": 0.7}]
    return [{**s, **voice.span_voice(s, [_quote()])} for s in spans] if with_voice else spans


def _articles(with_voice: bool = True) -> list[Article]:
    mixed = Article(id="tv1", source_path=None, text=TEXT, content_hash="htv1", outlet="journal-test.ml",
                    date="2024-05-02", date_precision="day", quotes=[_quote()], techniques=_spans(with_voice))
    own = "La presse affirme que ces bandits sans foi ni loi ruinent la nation entière."
    plain = Article(id="tv2", source_path=None, text=own, content_hash="htv2", outlet="journal-test.ml",
                    date="2024-05-03", date_precision="day",
                    techniques=[{"id": "Loaded_Language", "start": 0, "end": len(own), "text": own, "score": 0.5}])
    if with_voice:
        plain.techniques[0].update({"voice": "author", "speaker": None, "speaker_kb_id": None})
    return [mixed, plain]


def _store(db: str, articles: list[Article]) -> None:
    storage = open_storage(db)
    run = storage.begin_run(["t"])
    storage.write_batch(run, articles, [b""] * len(articles), [])
    storage.finish_run(run, RunSummary())
    storage.close()


# ----- the shared rule ----------------------------------------------------------------------------


def test_the_narratives_stage_and_the_techniques_stage_share_one_voice_rule() -> None:
    from kibaru.enrich import narratives, techniques

    assert narratives.quote_voice is voice.quote_voice
    assert techniques.span_voice is voice.span_voice
    assert narratives.QUOTED_SHARE is voice.QUOTED_SHARE
    # A narratives unit over the quoted sentence and a technique span over it get the same voice and speaker.
    unit = narratives.Unit(QUOTE_START, QUOTE_END, TEXT[QUOTE_START:QUOTE_END], "")
    narratives._set_voice(unit, [_quote()])
    span = voice.span_voice({"start": QUOTE_START, "end": QUOTE_END, "text": unit.text}, [_quote()])
    assert (unit.voice, unit.speaker, unit.speaker_kb_id) == ("quoted", SPEAKER, "per:test-toure")
    assert span == {"voice": "quoted", "speaker": SPEAKER, "speaker_kb_id": "per:test-toure"}
    assert unit.quote_share == 1.0


def test_a_span_that_only_quotes_a_word_stays_in_the_author_voice() -> None:
    text = "Le journal dénonce les « instructeurs » venus de loin, qui pillent les mines du nord."
    a, b = text.index("instructeurs"), text.index(" »")
    quote = {"start": a, "end": b, "speaker": None, "speaker_kb_id": None}
    found = voice.span_voice({"start": 0, "end": len(text), "text": text}, [quote])
    assert found == {"voice": "author", "speaker": None, "speaker_kb_id": None}
    assert voice.quote_voice(0, len(text), text, [quote]).share < voice.QUOTED_SHARE
    # Half of the span's characters inside quotes: quoted (the threshold is inclusive, as for narratives).
    half = "abcd efgh"
    assert voice.quote_voice(0, 9, half, [{"start": 0, "end": 4, "speaker": "X"}]).voice == "quoted"


def test_the_techniques_component_gives_each_span_its_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import techniques

    monkeypatch.setattr(techniques, "configured_model", lambda settings: object())
    monkeypatch.setattr(techniques, "detect", lambda model, texts, titles: [_spans(False) for _ in texts])
    article = _articles(with_voice=False)[0]
    techniques.techniques_component([article], {})
    assert [(t["id"], t["voice"], t["speaker"], t["speaker_kb_id"]) for t in article.techniques] == [
        ("Name_Calling-Labeling", "quoted", SPEAKER, "per:test-toure"),
        ("Loaded_Language", "quoted", SPEAKER, "per:test-toure"),
        ("Loaded_Language", "author", None, None)]
    assert all(t["text"] == TEXT[t["start"]:t["end"]] for t in article.techniques)
    # Without the quotes component before it, every span is the author's.
    bare = Article(id="b", source_path=None, text=TEXT, content_hash="hb")
    techniques.techniques_component([bare], {})
    assert {t["voice"] for t in bare.techniques} == {"author"}


# ----- store: facet rows and migration 006 ----------------------------------------------------------

FACET_SQL = "SELECT article_id, value, detail, n FROM article_facets WHERE facet = 'technique' ORDER BY 1, 2, 3"
WANTED = [("tv1", "Loaded_Language", "author", 1), ("tv1", "Loaded_Language", "quoted", 1),
          ("tv1", "Name_Calling-Labeling", "quoted", 1), ("tv2", "Loaded_Language", "author", 1)]


def test_technique_facets_carry_the_voice_and_migration_006_rewrites_them(new_db: Callable[[], str]) -> None:
    db = new_db()
    _store(db, _articles())
    assert _sql(db, [FACET_SQL]) == WANTED
    # A database of schema v5: technique rows without a voice, spans stored before they had one.
    old = db
    _sql(old, ["UPDATE article_facets SET detail = NULL WHERE facet = 'technique'",
               "DELETE FROM schema_version WHERE version >= 6"])
    stored = _sql(old, ["SELECT techniques FROM articles WHERE id = 'tv1'"])[0][0]
    bare = [{k: v for k, v in t.items() if k not in ("voice", "speaker", "speaker_kb_id")} for t in json.loads(stored)]
    _sql(old, [f"UPDATE articles SET techniques = '{json.dumps(bare).replace(chr(39), chr(39) * 2)}' "
               "WHERE id = 'tv1'"])
    open_storage(old).close()  # a writer migrates
    assert _sql(old, [FACET_SQL]) == WANTED
    _sql(old, ["DELETE FROM schema_version WHERE version >= 6"])  # once more: the same rows
    open_storage(old).close()
    assert _sql(old, [FACET_SQL]) == WANTED
    assert _sql(old, ["SELECT max(version) FROM schema_version"])[0][0] >= 6


# ----- query surfaces -------------------------------------------------------------------------------


def test_a_database_without_technique_voices_refuses_a_voiced_technique_filter(tmp_path: Path) -> None:
    """Served read-only before migration 006, technique facets have no voice: asking for one would list
    nothing, so it is refused with the way out; without a voice the filter works as before."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    db = str(tmp_path / "v5.duckdb")
    _store(db, _articles())
    _sql(db, ["UPDATE article_facets SET detail = NULL WHERE facet = 'technique'",
              "DELETE FROM schema_version WHERE version >= 6"])
    with TestClient(create_app(db)) as client:
        refused = client.get("/api/articles", params={"technique": "Loaded_Language", "voice": "quoted"})
        assert refused.status_code == 409 and "kibaru migrate" in refused.json()["detail"]
        page = client.get("/search", params={"technique": "Loaded_Language", "voice": "quoted"},
                          headers={"accept": "text/html"})
        assert page.status_code == 409 and "schéma v6" in unescape(page.text)
        assert len(client.get("/api/articles", params={"technique": "Loaded_Language"}).json()) == 2
    open_storage(db).close()  # a writer migrates
    with TestClient(create_app(db)) as client:
        found = client.get("/api/articles", params={"technique": "Loaded_Language", "voice": "quoted"}).json()
        assert [a["id"] for a in found] == ["tv1"]


def test_api_and_dashboard_filter_techniques_by_voice(new_db: Callable[[], str]) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    db = new_db()
    _store(db, _articles())
    with TestClient(create_app(db)) as client:
        def ids(**params: str) -> set[str]:
            response = client.get("/api/articles", params=params)
            assert response.status_code == 200, response.text
            return {a["id"] for a in response.json()}

        assert ids(technique="Loaded_Language") == {"tv1", "tv2"}
        assert ids(technique="Loaded_Language", voice="quoted") == {"tv1"}
        assert ids(technique="Loaded_Language", voice="author") == {"tv1", "tv2"}
        assert ids(technique="Name_Calling-Labeling", voice="author") == set()
        assert client.get("/api/articles", params={"technique": "Loaded_Language", "voice": "loud"}).status_code == 422
        page = client.get("/search", params={"technique": "Name_Calling-Labeling", "voice": "quoted"})
        assert page.status_code == 200
        assert 'id="technique-filter"' in page.text and "1 article" in page.text
        assert '<option value="quoted" selected>' in page.text

        # The article page: each span's voice, and the speaker escaped.
        html = client.get("/articles/tv1").text
        notes = html[html.index('id="techniques"'):]
        assert "voice-quoted" in notes and "voice-author" in notes
        assert "<b>Touré</b>" not in html and "&lt;b&gt;Touré&lt;/b&gt;" in html
        assert "dit par" in notes

        # The narratives page counts techniques by voice.
        table = client.get("/narratives").text
        table = table[table.index('<table class="tbl" id="techniques"'):]
        row = next(r for r in table[:table.index("</table>")].split("<tr>") if "Loaded_Language" in r)
        assert _num_cells(row) == ["2", "2", "1", "3", "1"]  # articles, author, quoted, passages, quoted passages


def _num_cells(row: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r'<td class="num">(.*?)</td>', row)]


def test_report_counts_techniques_by_voice(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from kibaru.serve.report import render_report

    db = str(tmp_path / "r.duckdb")
    _store(db, _articles())
    html = render_report(db)
    table = html[html.index('<table id="techniques">'):]
    table = table[:table.index("</table>")]
    row = next(r for r in table.split("<tr>") if "Name_Calling-Labeling" in r)
    assert _num_cells(row) == ["1", "0", "1", "1", "1"]


def test_cli_and_kibaru_open_filter_techniques_by_voice(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import kibaru
    from kibaru.cli import app

    db = str(tmp_path / "c.duckdb")
    _store(db, _articles(with_voice=False))  # spans stored without a voice: derived from the quotes
    with kibaru.open(db) as kb:
        assert [a.id for a in kb.articles(technique="Loaded_Language", voice="quoted")] == ["tv1"]
        assert [a.id for a in kb.articles(technique="Loaded_Language", voice="author")] == ["tv1", "tv2"]
        assert [a.id for a in kb.articles(technique=["Name_Calling-Labeling"])] == ["tv1"]
        rows = kb.rows("techniques", technique="Loaded_Language", voice="quoted")
        assert {(r["technique_id"], r["voice"], r["speaker"]) for r in rows} == {
            ("Name_Calling-Labeling", "quoted", SPEAKER), ("Loaded_Language", "quoted", SPEAKER),
            ("Loaded_Language", "author", None)}
    runner = CliRunner()
    listed = runner.invoke(app, ["articles", "--db", db, "--technique", "Loaded_Language", "--voice", "quoted"])
    assert listed.exit_code == 0, listed.output
    assert "1 of 1 matching articles" in listed.stderr
    listed = runner.invoke(app, ["articles", "--db", db, "--technique", "Loaded_Language", "--voice", "author"])
    assert "2 of 2 matching articles" in listed.stderr
    exported = runner.invoke(app, ["export", "--db", db, "--technique", "Name_Calling-Labeling", "--voice", "quoted"])
    assert exported.exit_code == 0, exported.output
    assert [json.loads(line)["id"] for line in exported.stdout.splitlines()] == ["tv1"]
    exported = runner.invoke(app, ["export", "--db", db, "--technique", "Name_Calling-Labeling", "--voice", "author"])
    assert exported.exit_code == 0 and exported.stdout.strip() == ""
    refused = runner.invoke(app, ["articles", "--db", db, "--technique", "Loaded_Language", "--voice", "loud"])
    assert refused.exit_code != 0 and "voice must be" in f"{refused.exception} {refused.stderr}"


# ----- exports --------------------------------------------------------------------------------------


def test_exports_carry_the_voice_of_technique_spans(tmp_path: Path) -> None:
    from kibaru.export.articles import export_articles
    from kibaru.export.schema import schema_errors
    from kibaru.export.tables import iter_rows

    articles = _articles(with_voice=False)
    out = tmp_path / "a.jsonl"
    export_articles(articles, "jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(t["voice"], t["speaker"]) for t in records[0]["techniques"]] == [
        ("quoted", SPEAKER), ("quoted", SPEAKER), ("author", None)]
    assert all(schema_errors(r) == [] for r in records)
    rows = [row for _, row in iter_rows(articles, ["techniques"])]
    assert [(r["voice"], r["speaker"], r["speaker_kb_id"]) for r in rows][:3] == [
        ("quoted", SPEAKER, "per:test-toure"), ("quoted", SPEAKER, "per:test-toure"), ("author", None, None)]


def test_stix_reports_carry_the_voice_of_technique_spans() -> None:
    pytest.importorskip("stix2")
    from kibaru.export.stix import build_bundle

    articles = _articles(with_voice=False)
    articles[0].techniques[0]["id"] = "Appeal_to_Fear-Prejudice"  # mapped to DISARM: a relationship too
    bundle, _ = build_bundle(articles)
    objects = json.loads(bundle.serialize())["objects"]
    report = next(o for o in objects if o.get("x_kibaru_article_id") == "tv1" and "x_kibaru_techniques" in o)
    related = [o for o in objects if o.get("x_kibaru_detection") == "technique"]
    assert [(o["x_kibaru_voice"], o["x_kibaru_speaker"]) for o in related] == [("quoted", SPEAKER)]
    assert [(t["voice"], t["speaker"]) for t in report["x_kibaru_techniques"]] == [
        ("quoted", SPEAKER), ("quoted", SPEAKER), ("author", None)]
