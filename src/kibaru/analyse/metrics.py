"""Multi-label precision, recall and F1: per label, micro and macro averages.

The core is :func:`score_items`: gold and system output are two sets of hashable *items*
(``(doc, label)`` pairs, ``(article, narrative, voice)`` triples, …) and ``label_of`` says which
label an item counts for. An item in both sets is a true positive of its label, one only in the
system's set a false positive, one only in gold a false negative. Micro averages pool the
counts of every label (the SemEval-2023 Task 3 paragraph-level score); macro averages the
per-label scores, either over every label reported (``macro="all"``: labels you list but that
have neither gold nor output count as 0) or over the labels with gold or output
(``macro="active"``).

:func:`score` is the common case of ``(unit, label)`` pairs (techniques, where a *unit* is a
paragraph ``(article_id, line)``). Both return a :class:`Report`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

Pair = tuple[Hashable, str]
Item = TypeVar("Item", bound=Hashable)
MacroOver = Literal["all", "active"]


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

    @property
    def active(self) -> bool:
        """The label has gold or system output (it counts in an ``"active"`` macro average)."""
        return bool(self.tp + self.fp + self.fn)


@dataclass(frozen=True, slots=True)
class Report:
    """Per-label scores plus micro and macro averages.

    ``macro`` says which labels the macro averages run over: ``"all"`` the labels reported,
    ``"active"`` only those with gold or system output.
    """

    labels: list[LabelScore] = field(default_factory=list)
    macro: MacroOver = "all"

    @property
    def per_label(self) -> dict[str, LabelScore]:
        return {s.label: s for s in self.labels}

    @property
    def micro(self) -> LabelScore:
        """The pooled counts as one score row (label ``"micro"``)."""
        return LabelScore("micro", self.tp, self.fp, self.fn)

    def _macro_rows(self) -> list[LabelScore]:
        return [s for s in self.labels if s.active] if self.macro == "active" else self.labels

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
        return self.micro.precision

    @property
    def micro_recall(self) -> float:
        return self.micro.recall

    @property
    def micro_f1(self) -> float:
        return self.micro.f1

    @property
    def macro_precision(self) -> float:
        return _mean([s.precision for s in self._macro_rows()])

    @property
    def macro_recall(self) -> float:
        return _mean([s.recall for s in self._macro_rows()])

    @property
    def macro_f1(self) -> float:
        return _mean([s.f1 for s in self._macro_rows()])

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


def score_items(gold: Iterable[Item], system: Iterable[Item], label_of: Callable[[Item], str],
                labels: Sequence[str] | None = None, *, macro: MacroOver = "all") -> Report:
    """Score ``system`` items against ``gold`` items, per label (``label_of(item)``).

    ``labels`` fixes the label rows and their order; labels seen in gold or output but not
    listed are appended (sorted), so an unexpected predicted label still counts as a false
    positive in the micro average. ``macro`` chooses the labels the macro averages run over.
    """
    gold_set = set(gold)
    system_set = set(system)
    by_label: dict[str, tuple[set[Item], set[Item]]] = {}
    for items, side in ((gold_set, 0), (system_set, 1)):
        for item in items:
            by_label.setdefault(label_of(item), (set(), set()))[side].add(item)
    order = list(dict.fromkeys(labels)) if labels is not None else []
    order += sorted(set(by_label) - set(order))
    rows = []
    for label in order:
        g, p = by_label.get(label, (set(), set()))
        rows.append(LabelScore(label, tp=len(g & p), fp=len(p - g), fn=len(g - p)))
    return Report(rows, macro)


def _pair_label(pair: Pair) -> str:
    return pair[1]


def score(gold: Iterable[Pair], predicted: Iterable[Pair], labels: Sequence[str] | None = None,
          *, macro: MacroOver = "all") -> Report:
    """Score predicted ``(unit, label)`` pairs against gold ones (:func:`score_items` with the
    pair's second element as its label). By default the label rows are every label seen in gold
    or predictions, sorted."""
    return score_items(gold, predicted, _pair_label, labels, macro=macro)


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
