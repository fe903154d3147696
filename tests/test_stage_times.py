"""An ingest says where its wall time went: one figure per stage, each enrichment component under its name."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from kibaru.commands.common import stage_times
from kibaru.enrich import registry
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.model import Article
from kibaru.store import open_storage

BODY = (
    "Le conseil régional de Mopti a voté lundi le budget des routes rurales. Les élus ont débattu pendant "
    "trois heures des priorités de la saison des pluies, puis le préfet a présenté le calendrier des travaux.\n\n"
    "Selon le président du conseil, les premiers chantiers commenceront en janvier dans les communes les plus "
    "isolées, où les pistes deviennent impraticables pendant l'hivernage et coupent les villages des marchés.\n\n"
    "Les représentants des producteurs de riz ont demandé que les digues soient réparées avant la crue, faute de "
    "quoi une partie de la récolte serait de nouveau perdue, comme l'an dernier dans le cercle de Ténenkou.\n"
)


@pytest.fixture()
def toy_components(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Two registered toy components; the first records how many articles it saw."""
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "BUILTIN_MODULES", {})
    seen: list[str] = []

    def counting(articles: Sequence[Article], settings: dict[str, Any]) -> None:
        seen.extend(a.id for a in articles)

    def idle(articles: Sequence[Article], settings: dict[str, Any]) -> None:
        return None

    registry.component("first_toy", reads=["text"], writes=["quotes"])(counting)
    registry.component("second_toy", reads=["text"], writes=["events"])(idle)
    return seen


def test_every_stage_and_component_has_its_time(tmp_path: Path, toy_components: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # five different articles: a line several files of one folder share would be boilerplate of that site
    paragraphs = BODY.strip().split("\n\n")
    towns = ["Mopti", "Ségou", "Kayes", "Sikasso", "Gao"]
    for i, town in enumerate(towns):
        text = "\n\n".join(p.replace("Mopti", town).replace("Ténenkou", towns[i - 1]) for p in paragraphs)
        (folder / f"a{i}.txt").write_text(f"Routes rurales à {town}\n\n{text}\n", encoding="utf-8")
    storage = open_storage(str(tmp_path / "db.duckdb"))
    start = time.perf_counter()
    summary = ingest([folder], storage, IngestOptions(components=("first_toy", "second_toy"), batch_size=2))
    elapsed = time.perf_counter() - start
    storage.close()
    assert summary.new == 5, summary.rejections[:1]
    assert len(toy_components) == 5
    assert next(iter(summary.seconds)) == "read and clean"
    assert {"first_toy", "second_toy", "minhash", "store", "cluster"} <= set(summary.seconds)
    assert all(v >= 0 for v in summary.seconds.values())
    # the stages split the run's own time: together no more than the wall time around the call
    assert sum(summary.seconds.values()) <= elapsed


def test_a_run_without_components_times_no_component(tmp_path: Path, toy_components: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Titre\n\n{BODY}", encoding="utf-8")
    storage = open_storage(str(tmp_path / "db.duckdb"))
    summary = ingest([folder], storage, IngestOptions(components=()))
    storage.close()
    assert "first_toy" not in summary.seconds and "read and clean" in summary.seconds


def test_the_cli_line_names_each_stage_and_the_total() -> None:
    line = stage_times({"read and clean": 1.25, "entities": 30.0, "store": 0.5})
    assert line == "read and clean 1.2 s · entities 30.0 s · store 0.5 s · total 31.8 s"
