"""« Which outlets republish TASS / Sputnik stories? » (session 21, ux21): the credited source (``attributed_source``,
« Source : TASS », « Avec AFP ») was a column of `kibaru articles` and of the exports but no filter anywhere. Now
`kibaru articles / export --credit`, `/api/articles?credit=`, the search page and `kibaru.open().articles(credit=)`
select on part of it, case and accents ignored everywhere (the dashboard's SQL once ignored case only)."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from kibaru.cli import app
from kibaru.model import Article
from kibaru.store import RunSummary, open_storage

runner = CliRunner()
CREDITS = {"a-tass": ("Sahel Matin", "TASS"), "a-sputnik": ("Bamako Direct", "Sputnik Afrique"),
           "a-both": ("Niamey Info", "AFP avec TASS"), "a-none": ("Gao Nouvelles", None),
           "a-aps": ("Dakar Actu", "Agence de presse sénégalaise")}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("credit") / "k.duckdb")
    storage = open_storage(path)
    run = storage.begin_run(["credit"])
    articles = [Article(id=key, source_path=f"tests/{key}.txt", content_hash=key, language="fr", outlet=outlet,
                        attributed_source=credit, date="2024-03-01", date_precision="day", title=f"Dépêche {key}",
                        text=f"Une dépêche reprise ({key}) sur la coopération militaire entre la Russie et le Mali.")
                for key, (outlet, credit) in CREDITS.items()]
    storage.write_batch(run, articles, [b""] * len(articles), [])
    storage.finish_run(run, RunSummary())
    storage.close()
    return path


def test_cli_articles_crediting_a_source(db: str) -> None:
    result = runner.invoke(app, ["articles", "--db", db, "--credit", "tass"])
    assert result.exit_code == 0, result.output
    outlets = sorted(line.split("\t")[1] for line in result.stdout.splitlines()[1:])
    assert outlets == ["Niamey Info", "Sahel Matin"]
    assert "2 of 2 matching articles" in result.stderr


@pytest.mark.parametrize("typed", ["senegalaise", "SÉNÉGALAISE", "presse  sénégalaise", "presse togolaise"])
def test_every_edge_ignores_accents_and_case(db: str, typed: str) -> None:
    """The same typed credit selects the same article on the CLI, the API, the search page and in Python."""
    pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")
    from fastapi.testclient import TestClient

    import kibaru
    from kibaru.serve.app import create_app

    want = set() if "togo" in typed else {"a-aps"}  # runs of spaces count as one everywhere
    result = runner.invoke(app, ["articles", "--db", db, "--credit", typed])
    assert result.exit_code == 0, result.output
    assert {"a-aps" for line in result.stdout.splitlines()[1:] if line.split("\t")[1] == "Dakar Actu"} == want
    assert len(result.stdout.splitlines()[1:]) == len(want)
    with TestClient(create_app(db)) as client:
        assert {a["id"] for a in client.get("/api/articles", params={"credit": typed}).json()} == want
        assert ("Dépêche a-aps" in client.get("/search", params={"credit": typed}).text) == bool(want)
    with kibaru.open(db) as kb:
        assert {a.id for a in kb.articles(credit=typed)} == want


def test_export_crediting_a_source(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--credit", "SPUTNIK"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 2 and "a-sputnik" in result.stdout


def test_api_and_search_page_crediting_a_source(db: str) -> None:
    pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    with TestClient(create_app(db)) as client:
        got: list[dict[str, Any]] = client.get("/api/articles", params={"credit": "Tass"}).json()
        assert {a["id"] for a in got} == {"a-tass", "a-both"}
        page = client.get("/search", params={"credit": "sputnik"}).text
        assert 'name="credit" value="sputnik"' in page and "Dépêche a-sputnik" in page and "Dépêche a-tass" not in page


def test_python_api_crediting_a_source(db: str) -> None:
    import kibaru

    with kibaru.open(db) as kb:
        assert {a.id for a in kb.articles(credit="tass")} == {"a-tass", "a-both"}


def test_a_credit_finding_nothing_names_the_credited_sources(db: str) -> None:
    """Session 22 (ux22): « --credit RIA » said « 0 of 0 matching articles » and nothing else; now the sources the
    articles credit, most frequent first, on stderr (the search page says the same, linked)."""
    result = runner.invoke(app, ["articles", "--db", db, "--credit", "RIA Novosti"])
    assert result.exit_code == 0, result.output
    assert "no article credits « RIA Novosti »" in result.stderr
    for credit in ("« TASS » (1)", "« Sputnik Afrique » (1)", "« AFP avec TASS » (1)"):
        assert credit in result.stderr
    found = runner.invoke(app, ["articles", "--db", db, "--credit", "TASS"])
    assert "no article credits" not in found.stderr


def test_search_page_names_the_credited_sources_when_none_matches(db: str) -> None:
    pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    with TestClient(create_app(db)) as client:
        page = client.get("/search", params={"credit": "RIA Novosti"}).text
        assert 'id="credit-note"' in page and "Sputnik Afrique" in page
        assert "credit=Sputnik+Afrique" in page
        assert 'id="credit-note"' not in client.get("/search", params={"credit": "TASS"}).text
