"""Round 36: the speaker ranker's training recipe (``benchmarks/train_speaker_ranker.py``) — cross-validation folds
made of whole gold splits (``--groups split``), and training rows weighted so that every quote counts once
(``--weight quote``). The shipped model is unchanged this round (the retrained one did not pass development)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sklearn")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import train_speaker_ranker as trainer  # noqa: E402
from kibaru.enrich import speaker_ranker  # noqa: E402


def _article(name: str, split: str, quotes: int) -> list[dict[str, Any]]:
    return [{"article": name, "split": split, "gold": {"speaker": None}} for _ in range(quotes)]


def test_split_folds_keep_every_split_whole_and_balance_the_folds() -> None:
    articles = [
        _article("a1", "news_heldout1", 30),
        _article("a2", "news_heldout1", 30),
        _article("b1", "news_heldout2", 50),
        _article("c1", "news_heldout3", 20),
        _article("c2", "news_heldout3", 20),
        _article("d1", "news_heldout4", 10),
    ]
    fold = trainer.split_folds(articles, 2)
    assert fold["a1"] == fold["a2"] and fold["c1"] == fold["c2"]  # a split never straddles two folds
    load = [sum(len(a) for a in articles if fold[a[0]["article"]] == k) for k in range(2)]
    assert sorted(load) == [70, 90]  # the largest split first, each next into the lightest fold: 60 + 10, 50 + 40


def test_cross_validate_by_split_never_trains_on_the_held_out_split(monkeypatch: pytest.MonkeyPatch) -> None:
    splits = ("news_heldout1", "news_heldout2", "news_heldout3")
    articles = [_article(f"{s}-{i}", s, 2) for s in splits for i in range(3)]
    seen: list[tuple[set[str], set[str]]] = []

    def fake_fit(train: list[list[dict[str, Any]]], c: float, teacher: str, weight: str = "pair") -> Any:
        seen.append(({a[0]["split"] for a in train}, set()))
        return speaker_ranker.RankerModel(("bias_null",), (0.0,), 0.0)

    def fake_decode(model: Any, test: list[list[dict[str, Any]]]) -> tuple[int, int, list[dict[str, Any]]]:
        seen[-1][1].update(a[0]["split"] for a in test)
        return 0, 1, []

    monkeypatch.setattr(trainer, "fit", fake_fit)
    monkeypatch.setattr(trainer, "decode_accuracy", fake_decode)
    trainer.cross_validate(articles, 1.0, 3, "rule", groups="split")
    assert len(seen) == 3
    for train_splits, test_splits in seen:
        assert test_splits and not train_splits & test_splits


def _problem(right: int, wrong: int) -> dict[str, Any]:
    feats = [{"rule": 1.0}] * right + [{"per": 1.0, "in_sent": float(k)} for k in range(wrong)]
    return {"feats": feats, "right": [True] * right + [False] * wrong}


def test_quote_weight_counts_every_quote_once() -> None:
    problems = [_problem(1, 3), _problem(1, 1)]
    _x, _y, pair_w = trainer._pairs(problems, "pair")
    _x, _y, quote_w = trainer._pairs(problems, "quote")
    # rows: 2 per (right, wrong) pair, the first quote's 6 rows first
    assert pair_w[:6].sum() == pytest.approx(3 * pair_w[6:].sum())
    assert quote_w[:6].sum() == pytest.approx(quote_w[6:].sum())
    assert quote_w.sum() == pytest.approx(len(quote_w))  # normalised: the regularisation strength keeps its meaning
