"""``kibaru export`` with the dashboard search's filters (session 25): the full text, a second actor, an event type, a
republication cluster and « no outlet » are export options too, and the command a search page shows selects exactly
the articles the search finds — through the search's own SQL (``queries.matching_ids``), on DuckDB and PostgreSQL,
over the sample corpus ingested with the NLP components."""

from __future__ import annotations

import csv
import shlex
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the search tests need the serve extra: pip install -e '.[dev]'")
pytest.importorskip("spacy")

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from conftest import BACKENDS
from kibaru.cli import app as cli
from kibaru.errors import KibaruError
from kibaru.serve.analytics import search_filters
from kibaru.serve.app import _export_command, create_app
from serve_data import built_on_backend

runner = CliRunner()


@pytest.fixture(scope="module", params=BACKENDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return built_on_backend(request, tmp_path_factory, nlp=True)


def _searches(articles: list[Any]) -> list[dict[str, str]]:
    """Searches over what the database holds: the two actors named together most often, the commonest event type, the
    largest republication cluster, words of the text."""
    pairs: Counter[tuple[str, str]] = Counter()
    for a in articles:
        ids = sorted({str(e["kb_id"]) for e in a.entities if e.get("kb_id")})
        pairs.update((x, y) for i, x in enumerate(ids) for y in ids[i + 1:])
    types = Counter(e["type"] for a in articles for e in a.events if e.get("type"))
    clusters = Counter(a.cluster_id for a in articles if a.cluster_id)
    assert pairs and types and clusters, "the sample corpus should give linked actors, events and clusters"
    (actor, coactor), _ = pairs.most_common(1)[0]
    event_type = types.most_common(1)[0][0]
    return [{"q": "Mali"}, {"q": "armée malienne", "since": "2020"}, {"q": '"forces armées"'},
            {"actor": actor, "coactor": coactor}, {"event_type": event_type},
            {"q": "Mali", "event_type": event_type}, {"cluster": clusters.most_common(1)[0][0]},
            {"no_outlet": "1"}, {"coactor": coactor, "since": "2023"},
            # filters the export had before: the page's command selects through the search's SQL too (--as-search)
            {"actor": "Mali"}, {"outlet": articles[0].outlet or "", "since": "2020"}, {"actor": actor},
            {"narrative": "france-neocolonial", "voice": "quoted"}, {"credit": "afp"}]


def _searched(client: TestClient, params: dict[str, str]) -> list[str]:
    """Every article id the search finds, page after page of /api/articles."""
    ids: list[str] = []
    while True:
        answer = client.get("/api/articles", params={**params, "limit": 100, "offset": len(ids)})
        assert answer.status_code == 200, answer.text
        page = [item["id"] for item in answer.json()]
        ids += page
        if len(ids) >= int(answer.headers["x-total-count"]) or not page:
            return ids


def _exported(command: str, db: str, out: Path) -> list[str]:
    args = shlex.split(command)
    assert args[:2] == ["kibaru", "export"]
    result = runner.invoke(cli, [*args[1:], "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def test_the_export_command_of_a_search_exports_the_articles_it_finds(built: dict[str, Any], tmp_path: Path) -> None:
    with TestClient(create_app(built["db"])) as client:
        found_any = 0
        for k, params in enumerate(_searches(built["articles"])):
            filters = search_filters(**{**params, "no_outlet": bool(params.get("no_outlet"))})  # type: ignore[arg-type]
            command = _export_command(filters)
            assert command is not None, params
            searched = _searched(client, params)
            exported = _exported(command, built["db"], tmp_path / f"export{k}.csv")
            assert sorted(exported) == sorted(searched), (params, command)
            assert len(set(exported)) == len(exported)
            found_any += bool(searched)
        assert found_any >= 5  # the searches are not all empty


def test_search_options_refuse_what_the_search_cannot_express(built: dict[str, Any]) -> None:
    two = runner.invoke(cli, ["export", "--db", built["db"], "--text", "Mali", "--narrative", "a", "--narrative", "b"])
    unknown = runner.invoke(cli, ["export", "--db", built["db"], "--event-type", "picnic"])
    both = runner.invoke(cli, ["export", "--db", built["db"], "--no-outlet", "--outlet", "X"])
    # the CLI's entry point (kibaru.cli.main) turns these domain errors into one line on stderr
    for result, says in ((two, "one --narrative"), (unknown, "unknown event type"), (both, "exclude each other")):
        assert isinstance(result.exception, KibaruError) and says in str(result.exception), result
