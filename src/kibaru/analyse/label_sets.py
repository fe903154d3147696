"""Precision, recall and F1 over sets of labelled units (narratives: the unit carries its label).

The technique scorer in ``kibaru.analyse.metrics`` takes ``(unit, label)`` pairs instead; both give
per-label and micro/macro figures. Kept apart for now because their reports are read differently.

A *unit* is any hashable item whose label is known to the caller, e.g. ``(article, narrative,
voice)``: the gold and the system each give a set of units, and ``label_of`` says which label a
unit counts for.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(frozen=True)
class Report:
    per_label: dict[str, Score]
    micro: Score

    @property
    def macro_f1(self) -> float:
        """Mean F1 over labels with gold support or system output (labels absent from both are skipped)."""
        scored = [s for s in self.per_label.values() if s.tp + s.fp + s.fn]
        return sum(s.f1 for s in scored) / len(scored) if scored else 0.0

    @property
    def macro_precision(self) -> float:
        scored = [s for s in self.per_label.values() if s.tp + s.fp + s.fn]
        return sum(s.precision for s in scored) / len(scored) if scored else 0.0

    @property
    def macro_recall(self) -> float:
        scored = [s for s in self.per_label.values() if s.tp + s.fp + s.fn]
        return sum(s.recall for s in scored) / len(scored) if scored else 0.0


def score_sets(gold: Iterable[Hashable], system: Iterable[Hashable], label_of: Callable[[Hashable], str],
               labels: Iterable[str] = ()) -> Report:
    """Per-label and micro-averaged counts of ``system`` against ``gold``."""
    g, s = set(gold), set(system)
    names = list(dict.fromkeys([*labels, *sorted({label_of(u) for u in g | s})]))
    per: dict[str, Score] = {}
    for name in names:
        gl = {u for u in g if label_of(u) == name}
        sl = {u for u in s if label_of(u) == name}
        per[name] = Score(len(gl & sl), len(sl - gl), len(gl - sl))
    micro = Score(len(g & s), len(s - g), len(g - s))
    return Report(per, micro)


def format_report(report: Report, title: str = "") -> str:
    """A plain-text table: label, P, R, F1, support; then micro and macro rows."""
    width = max([len(k) for k in report.per_label] + [12])
    lines = [title] if title else []
    lines.append(f"{'label':<{width}}  {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'sys':>5}")
    for name, sc in report.per_label.items():
        lines.append(f"{name:<{width}}  {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} {sc.support:5d} "
                     f"{sc.tp + sc.fp:5d}")
    m = report.micro
    lines.append(f"{'micro':<{width}}  {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f} {m.support:5d} {m.tp + m.fp:5d}")
    lines.append(f"{'macro':<{width}}  {report.macro_precision:6.3f} {report.macro_recall:6.3f} "
                 f"{report.macro_f1:6.3f}")
    return "\n".join(lines)
