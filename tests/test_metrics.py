"""Generic multi-label P/R/F1 from (unit, label) pairs, checked against scikit-learn's definitions."""

from __future__ import annotations

import random

import pytest

from kibaru.analyse.metrics import format_report, score, score_items


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


def test_score_items_on_triples_with_label_of() -> None:
    # items carry their label inside (article, narrative, voice); the label is the narrative
    gold = {("a1", "N1", "author"), ("a1", "N2", "quoted"), ("a2", "N1", "quoted")}
    system = {("a1", "N1", "author"), ("a2", "N1", "author"), ("a3", "N3", "author")}
    report = score_items(gold, system, lambda item: item[1], labels=["N1", "N2", "N4"], macro="active")
    rows = report.per_label
    assert list(rows) == ["N1", "N2", "N4", "N3"]  # listed labels first, unlisted seen ones after
    assert (rows["N1"].tp, rows["N1"].fp, rows["N1"].fn) == (1, 1, 1)
    assert (rows["N2"].tp, rows["N2"].fp, rows["N2"].fn) == (0, 0, 1)
    assert (rows["N3"].tp, rows["N3"].fp, rows["N3"].fn) == (0, 1, 0)
    assert not rows["N4"].active
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 2, 2)
    assert report.micro.f1 == pytest.approx(report.micro_f1) == pytest.approx(2 / 6)
    # "active" averages over N1, N2, N3 (N4 has neither gold nor output); "all" over the four rows
    assert report.macro_f1 == pytest.approx((0.5 + 0 + 0) / 3)
    everything = score_items(gold, system, lambda item: item[1], labels=["N1", "N2", "N4"])
    assert everything.macro_f1 == pytest.approx(0.5 / 4)
    assert everything.macro_precision == pytest.approx(0.5 / 4)


def test_score_is_score_items_over_pairs() -> None:
    rng = random.Random(3)
    gold = {(rng.randrange(30), rng.choice("xyz")) for _ in range(40)}
    pred = {(rng.randrange(30), rng.choice("xyzw")) for _ in range(40)}
    a = score(gold, pred, labels=["x", "y", "z"])
    b = score_items(gold, pred, lambda pair: pair[1], labels=["x", "y", "z"])
    assert [(s.label, s.tp, s.fp, s.fn) for s in a.labels] == [(s.label, s.tp, s.fp, s.fn) for s in b.labels]
    assert a.labels[-1].label == "w"


def test_active_macro_skips_labels_without_gold_or_output() -> None:
    """The narrative scores: units are (article, narrative, voice) triples; a listed label nobody
    annotated or detected does not drag the "active" macro average down, but does the "all" one."""
    gold = {("a1", "N1", "author"), ("a2", "N2", "quoted")}
    system = {("a1", "N1", "author"), ("a3", "N1", "author")}

    def label_of(item: tuple[str, str, str]) -> str:
        return item[1]

    active = score_items(gold, system, label_of, labels=["N1", "N2", "N3"], macro="active")
    every = score_items(gold, system, label_of, labels=["N1", "N2", "N3"], macro="all")
    n1 = active.per_label["N1"]
    assert (n1.tp, n1.fp, n1.fn) == (1, 1, 0) and n1.f1 == pytest.approx(2 / 3)
    assert active.per_label["N2"].f1 == 0.0 and not active.per_label["N3"].active
    assert active.macro_f1 == pytest.approx((2 / 3 + 0) / 2)
    assert every.macro_f1 == pytest.approx((2 / 3 + 0 + 0) / 3)
    assert (active.micro.tp, active.micro.fp, active.micro.fn) == (1, 1, 1)

