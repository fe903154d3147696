"""Generic multi-label P/R/F1 from (unit, label) pairs, checked against scikit-learn's definitions."""

from __future__ import annotations

import random

import pytest

from kibaru.analyse.metrics import format_report, score


def test_counts_per_label_and_averages() -> None:
    gold = {(1, "A"), (1, "B"), (2, "A"), (3, "C")}
    pred = {(1, "A"), (2, "B"), (3, "C"), (3, "A")}
    report = score(gold, pred, labels=["A", "B", "C", "D"])
    a, b, c, d = (report.get(x) for x in "ABCD")
    assert a is not None and b is not None and c is not None and d is not None
    assert (a.tp, a.fp, a.fn) == (1, 1, 1)
    assert (b.tp, b.fp, b.fn) == (0, 1, 1)
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert (d.tp, d.fp, d.fn) == (0, 0, 0) and d.f1 == 0.0
    # micro: tp 2, fp 2, fn 2
    assert report.micro_precision == pytest.approx(0.5)
    assert report.micro_recall == pytest.approx(0.5)
    assert report.micro_f1 == pytest.approx(0.5)
    # macro over the 4 listed labels: (0.5 + 0 + 1 + 0) / 4
    assert report.macro_f1 == pytest.approx(0.375)
    text = format_report(report)
    assert "micro avg" in text and "macro avg" in text


def test_unlisted_predicted_label_is_still_a_false_positive() -> None:
    report = score({(1, "A")}, {(1, "A"), (1, "Z")}, labels=["A"])
    assert report.fp == 1 and report.get("Z") is not None
    assert report.micro_precision == pytest.approx(0.5)


def test_agrees_with_scikit_learn_on_random_multilabel_data() -> None:
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    import numpy as np

    rng = random.Random(7)
    labels = ["a", "b", "c", "d", "e"]
    units = range(60)
    gold = {(u, lab) for u in units for lab in labels if rng.random() < 0.25}
    pred = {(u, lab) for u in units for lab in labels if rng.random() < 0.3}
    y_true = np.array([[(u, lab) in gold for lab in labels] for u in units])
    y_pred = np.array([[(u, lab) in pred for lab in labels] for u in units])
    report = score(gold, pred, labels=labels)
    assert report.micro_f1 == pytest.approx(sklearn_metrics.f1_score(y_true, y_pred, average="micro"))
    assert report.macro_f1 == pytest.approx(sklearn_metrics.f1_score(y_true, y_pred, average="macro", zero_division=0))
    for j, lab in enumerate(labels):
        row = report.get(lab)
        assert row is not None
        truth, guess = y_true[:, j], y_pred[:, j]
        assert row.precision == pytest.approx(sklearn_metrics.precision_score(truth, guess, zero_division=0))
        assert row.recall == pytest.approx(sklearn_metrics.recall_score(truth, guess, zero_division=0))
