"""Multi-label precision, recall and F1 from sets of ``(unit, label)`` pairs.

A *unit* is whatever the task scores (a paragraph ``(article_id, line)``, an article id, a
sentence…); gold and predictions are sets of ``(unit, label)``. Micro averages pool every pair
(the SemEval-2023 Task 3 paragraph-level score); macro averages the per-label F1 over the labels
reported (labels with neither gold nor predictions score 0 and are left out unless listed).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

Pair = tuple[Hashable, str]


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)


@dataclass(frozen=True, slots=True)
class Report:
    """Per-label scores plus micro and macro averages."""

    labels: list[LabelScore] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return sum(s.tp for s in self.labels)

    @property
    def fp(self) -> int:
        return sum(s.fp for s in self.labels)

    @property
    def fn(self) -> int:
        return sum(s.fn for s in self.labels)

    @property
    def micro_precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def micro_recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def micro_f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)

    @property
    def macro_precision(self) -> float:
        return _mean([s.precision for s in self.labels])

    @property
    def macro_recall(self) -> float:
        return _mean([s.recall for s in self.labels])

    @property
    def macro_f1(self) -> float:
        return _mean([s.f1 for s in self.labels])

    def get(self, label: str) -> LabelScore | None:
        return next((s for s in self.labels if s.label == label), None)

    def as_dict(self) -> dict[str, object]:
        return {
            "micro": {"precision": self.micro_precision, "recall": self.micro_recall, "f1": self.micro_f1},
            "macro": {"precision": self.macro_precision, "recall": self.macro_recall, "f1": self.macro_f1},
            "labels": {
                s.label: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support,
                          "predicted": s.predicted}
                for s in self.labels
            },
        }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(tp: int, fp: int, fn: int) -> float:
    return _ratio(2 * tp, 2 * tp + fp + fn)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def score(gold: Iterable[Pair], predicted: Iterable[Pair], labels: Sequence[str] | None = None) -> Report:
    """Score predicted ``(unit, label)`` pairs against gold ones.

    ``labels`` fixes the label set and its order (a predicted label outside it still counts as a
    false positive in the micro average, under its own row); by default every label seen in gold
    or predictions, sorted.
    """
    gold_set = set(gold)
    pred_set = set(predicted)
    seen = {label for _, label in gold_set | pred_set}
    order = list(labels) if labels is not None else sorted(seen)
    order += sorted(seen - set(order))
    rows = []
    for label in order:
        g = {u for u, lab in gold_set if lab == label}
        p = {u for u, lab in pred_set if lab == label}
        rows.append(LabelScore(label, tp=len(g & p), fp=len(p - g), fn=len(g - p)))
    return Report(rows)


def format_report(report: Report, *, title: str = "") -> str:
    """A plain-text table: one row per label, then micro and macro averages."""
    width = max([len(s.label) for s in report.labels] + [len("micro avg"), 5])
    lines = [title] if title else []
    lines.append(f"{'label':<{width}}  {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for s in report.labels:
        lines.append(f"{s.label:<{width}}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.support:5d} {s.predicted:5d}")
    lines.append(f"{'micro avg':<{width}}  {report.micro_precision:6.3f} {report.micro_recall:6.3f} "
                 f"{report.micro_f1:6.3f} {report.tp + report.fn:5d} {report.tp + report.fp:5d}")
    lines.append(f"{'macro avg':<{width}}  {report.macro_precision:6.3f} {report.macro_recall:6.3f} "
                 f"{report.macro_f1:6.3f}")
    return "\n".join(lines)
