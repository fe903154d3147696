"""Every export format on the bundled sample corpus after a full ingest (entities, quotes, events).

The samples are synthetic but shaped like scraped Sahel news; this is the "exported from real-looking
articles" check of the STIX bundle, the graphs and the tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kibaru.cli import app
from kibaru.export.graphs import build_graph
from kibaru.export.tables import TABLES, iter_rows, read_table
from kibaru.store import open_storage
from test_export_graphs import _same_graph, read_back
from test_export_stix import _check_references, _check_valid

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"
pytestmark = pytest.mark.skipif(not SAMPLES.exists(), reason="bundled sample corpus not present")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("samples") / "s.duckdb")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", path, "--quiet"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def stored(db: str) -> list:  # type: ignore[type-arg]
    storage = open_storage(db, read_only=True)
    try:
        return list(storage.iter_articles())
    finally:
        storage.close()


def test_sample_bundle_validates(db: str, stored: list, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "bundle.json"
    result = runner.invoke(app, ["export", "--db", db, "-f", "stix", "--validate", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "valid, 0 errors" in result.output
    text = out.read_text(encoding="utf-8")
    _check_valid(text)
    bundle = json.loads(text)
    _check_references(bundle)
    containers = [o for o in bundle["objects"] if o["type"] in ("report", "note")]
    assert sorted(o["x_kibaru_article_id"] for o in containers) == sorted(a.id for a in stored)
    kinds = {o["type"] for o in bundle["objects"]}
    assert {"identity", "location", "report", "extension-definition"} <= kinds
    # Real entity mentions became KB objects referenced by the reports.
    referenced = {ref for o in containers for ref in o["object_refs"]}
    assert sum(ref.startswith(("identity--", "location--")) for ref in referenced) > 20


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("which", ["actors", "outlets"])
def test_sample_graphs_round_trip(db: str, stored: list, tmp_path: Path, fmt: str, which: str) -> None:  # type: ignore[type-arg]
    out = tmp_path / f"{which}.{fmt}"
    result = runner.invoke(app, ["export", "--db", db, "-f", fmt, "--graph", which, "-o", str(out)])
    assert result.exit_code == 0, result.output
    g = build_graph(stored, which)
    assert g.number_of_edges() > 0
    _same_graph(g, read_back(out, fmt))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_sample_tables_round_trip(db: str, stored: list, tmp_path: Path, fmt: str) -> None:  # type: ignore[type-arg]
    result = runner.invoke(app, ["export", "--db", db, "-f", fmt, "--table", "all", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in TABLES:
        expected = [row for _, row in iter_rows(stored, [name])]
        assert read_table(tmp_path / f"{name}.{fmt}", name) == expected, name
    assert len(read_table(tmp_path / f"entities.{fmt}", "entities")) == sum(len(a.entities) for a in stored)
