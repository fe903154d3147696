"""A learned role model for event actors (round 7): which entity of an event's sentence is its
``source``, ``target`` or ``participant``, or no actor at all.

The rules of ``kibaru.enrich.events`` decide for every entity of an event's sentence (a role, a
place, or a reason to skip it); the model reads that decision together with the event type, the
entity's KB kind and label, and its attachment to the trigger (dependency relation, preposition,
path, side, distance), and gives one of ``none`` / ``source`` / ``target`` / ``participant``. It is a
multinomial logistic regression over sparse string features, trained by
``benchmarks/train_event_roles.py`` on the development events (every split but the blind ones),
compared with the rules by cross-validation grouped by article, and shipped as plain JSON weights
(``data/models/events/roles.json``: no pickle, no scikit-learn at run time).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kibaru.enrich.json_models import packaged_json_model, save_json_model
from kibaru.errors import ConfigError

LABELS = ("none", "source", "target", "participant")
MODEL_PATH = ("data", "models", "events", "roles.json")


@dataclass(frozen=True)
class RoleModel:
    """Softmax over summed feature weights: ``weights[feature][k]`` for label ``labels[k]``."""

    labels: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]
    meta: Mapping[str, Any]

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        z = list(self.intercept)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    z[k] += v
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp, strict=True)}

    def predict(self, features: Iterable[str]) -> str:
        scores = self.scores(features)
        return max(scores, key=lambda k: scores[k])

    def to_json(self) -> dict[str, Any]:
        return {"labels": list(self.labels), "intercept": list(self.intercept),
                "weights": {f: [round(v, 5) for v in w] for f, w in sorted(self.weights.items())},
                "meta": dict(self.meta)}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> RoleModel:
        try:
            labels = tuple(raw["labels"])
            intercept = tuple(float(v) for v in raw["intercept"])
            weights = {str(f): [float(v) for v in w] for f, w in raw["weights"].items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"event role model: malformed weights ({exc})") from exc
        if any(len(w) != len(labels) for w in weights.values()) or len(intercept) != len(labels):
            raise ConfigError("event role model: weight vectors do not match the labels")
        return cls(labels, intercept, weights, dict(raw.get("meta", {})))


def fit(
    examples: Sequence[Sequence[str]], labels: Sequence[str], c: float = 1.0, meta: Mapping[str, Any] | None = None
) -> RoleModel:
    """Train on feature lists and gold labels (scikit-learn, imported here: training only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1.0) for f in examples])
    present = [lab for lab in LABELS if lab in set(labels)]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, list(labels))
    classes = list(clf.classes_)
    if len(classes) == 2:  # binary: sklearn keeps one weight vector for the second class
        coef = [[-v / 2 for v in clf.coef_[0]], [v / 2 for v in clf.coef_[0]]]
        intercept = [-clf.intercept_[0] / 2, clf.intercept_[0] / 2]
    else:
        coef = [list(row) for row in clf.coef_]
        intercept = list(clf.intercept_)
    order = [classes.index(lab) for lab in present]
    weights = {
        name: [coef[k][j] for k in order]
        for name, j in vec.vocabulary_.items()
        if any(abs(coef[k][j]) > 1e-6 for k in order)
    }
    return RoleModel(tuple(present), tuple(intercept[k] for k in order), weights, dict(meta or {}))


def save(model: RoleModel, path: Path) -> None:
    save_json_model(model.to_json(), path)


@functools.cache
def packaged() -> RoleModel | None:
    """The model shipped with kibaru, or ``None`` when there is none (rules only)."""
    data = packaged_json_model(MODEL_PATH)
    return None if data is None else RoleModel.from_json(data)
