"""The committed French Wikipedia corpus (eval/texts/wikipedia) stays consistent: texts, manifest, pools."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "eval" / "texts" / "wikipedia" / "build_corpus.py"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    return load_script(SCRIPT, "build_corpus")


def test_committed_corpus_checks_clean(corpus: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.cmd_check() == 0, capsys.readouterr().err


def test_pools_are_disjoint_balanced_and_mix_categories(corpus: ModuleType) -> None:
    rows = corpus.read_manifest()
    pools = corpus.assign_pools(rows)
    assert set(pools) == {r["file"] for r in rows}
    counts = {p: sum(1 for v in pools.values() if v == p) for p in ("events", "linking")}
    assert abs(counts["events"] - counts["linking"]) <= 1
    for category in ("attack", "person", "organisation"):
        got = {pools[r["file"]] for r in rows if r["category"] == category}
        assert got == {"events", "linking"}, category


def test_clean_removes_markers_and_the_cut_sentence_but_keeps_date_holes(corpus: ModuleType) -> None:
    raw = (
        "L'attaque de X a lieu le pendant la guerre du Mali[1].\n\n"
        "Déroulement[modifier | modifier le code]\n\n"
        "Le , des djihadistes attaquent le camp[2],[3]. Selon RFI, « ils sont venus [nombreux] »[4]. "
        "Les renforts arriv"
    )
    text = corpus.clean("x", raw)
    assert text == (
        "L'attaque de X a lieu le pendant la guerre du Mali.\n\n"
        "Déroulement\n\n"
        "Le , des djihadistes attaquent le camp. Selon RFI, « ils sont venus [nombreux] ».\n"
    )
    assert corpus.date_holes(text) == (1, 2)
