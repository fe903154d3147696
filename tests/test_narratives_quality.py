"""Quality gate: the shipped narrative model on the held-out TEST split of the real gold.

The gold texts (SemEval-2023 French articles) are not redistributable and are read from
``../shared`` (or ``$KIBARU_SHARED``); without them this test is skipped with a loud reason. The
floors are pinned a little below the figures measured by ``benchmarks/eval_narratives.py``
(benchmarks/RESULTS.md, section "Narratives"): a change that loses more fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kibaru.analyse import narrative_eval as ev
from kibaru.enrich.narrative_model import load_model, shipped_model_path

GOLD = Path(__file__).resolve().parent.parent / "eval" / "narratives" / "gold.jsonl"

# Measured on the test split with the shipped model (see RESULTS.md, round 7: 0.138 with voice,
# 0.276 ignoring it, 15 gold items — the round-7 model, trained for Sahel news, makes one correct
# detection fewer there than round 6's 0.176 / 0.294; round 5: 0.192 / 0.269); pinned a few points
# lower because the parse and the 4-bit embeddings may differ slightly across platforms.
MICRO_F1_FLOOR = 0.12
MICRO_F1_IGNORING_VOICE_FLOOR = 0.25


# Round 7: the real Sahel news-test split (copyrighted pages kept outside the repository, read from
# $KIBARU_EXTRA_NARRATIVES; 111 articles, 67 in-label units). Floors pinned a few points below the
# single final run recorded in RESULTS.md ("Round 7": 0.482 with voice, 0.600 ignoring it).
NEWS_MICRO_F1_FLOOR = 0.44
NEWS_MICRO_F1_IGNORING_VOICE_FLOOR = 0.55


def test_shipped_model_on_heldout_news_test_split() -> None:
    import os

    if not os.environ.get(ev.EXTRA_ENV):
        pytest.skip(f"SKIPPED LOUDLY: ${ev.EXTRA_ENV} is not set; the news-test quality gate did not run (the "
                    "news texts are copyrighted and kept outside the repository).")
    articles, problems = ev.load_gold(GOLD, ["news-test"])
    assert not problems, problems[:3]
    model = load_model(shipped_model_path())
    bench = ev.Workbench(embed=model.needs_embeddings())
    reports = ev.evaluate(articles, ev.predict(bench.prepare(articles), model))
    assert reports["with_voice"].micro.f1 >= NEWS_MICRO_F1_FLOOR
    assert reports["ignoring_voice"].micro.f1 >= NEWS_MICRO_F1_IGNORING_VOICE_FLOOR


def test_shipped_model_on_heldout_test_split() -> None:
    if not (ev.shared_root() / "corpus" / "semeval2023_fr").is_dir():
        pytest.skip(f"SKIPPED LOUDLY: the shared corpus is absent ({ev.shared_root()}); the narrative quality "
                    "gate did not run. Set KIBARU_SHARED to the folder holding corpus/semeval2023_fr.")
    articles, problems = ev.load_gold(GOLD, ["test"])
    assert not problems, problems[:3]
    model = load_model(shipped_model_path())
    bench = ev.Workbench(embed=model.needs_embeddings())
    found = ev.predict(bench.prepare(articles), model)
    reports = ev.evaluate(articles, found)
    assert reports["with_voice"].micro.f1 >= MICRO_F1_FLOOR
    assert reports["ignoring_voice"].micro.f1 >= MICRO_F1_IGNORING_VOICE_FLOOR
