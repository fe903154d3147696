"""A learned event detector (round 9): proposes, per sentence, the event types the trigger rules of
``kibaru.enrich.events`` missed.

For every sentence the rules run first. For each event type the rules did not find in the sentence,
a per-type logistic regression reads sparse features of the sentence's dependency parse:

* per content word (verb or noun): its lemma, its dependents and governor (relation + lemma), its
  polarity and modality (negated, conditional / hypothetical / infinitive of purpose, as the rules
  judge them), and the kinds of the entities attached to it (KB kind or NER label, with the
  preposition);
* per sentence: a stated death toll (``numbers.find_fatalities``), a place entity, and the types the
  rules did find in it (an attack sentence often tells a capture).

When the probability reaches the model's threshold, the word whose own features weigh most for that
type becomes the trigger, and the event goes through the rules' ordinary actor / role / location /
date code (``events._fill`` and ``events._to_dict``): the output is a normal event with evidence and
offsets. The model never removes or changes a rule event.

Training (``benchmarks/train_event_detector.py``) uses the annotated development sentences (every
gold split but the blind ones), each (sentence, type) pair the rules did not detect being one
example (positive when the annotator marked that type). Weights are plain JSON
(``data/models/events/detector.json``: no pickle, no scikit-learn at run time); the threshold was
chosen on inner folds of an article-grouped cross-validation (see ``benchmarks/RESULTS.md``, "Events
round 9 — learned detector"). Whether the detector runs by default is the model file's
``meta.on_by_default`` flag, set by the training script from the cross-validation verdict.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kibaru.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kibaru.kb import KnowledgeBase

MODEL_PATH = ("data", "models", "events", "detector.json")
# Content words that may carry an event (the rules' trigger parts of speech).
_TRIGGER_POS = frozenset({"VERB", "NOUN"})
# Dependents whose lemma is a feature of their governor.
_ARG_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod", "xcomp", "amod", "iobj"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _content(tok: Token) -> bool:
    if tok.pos_ not in _TRIGGER_POS or not tok.is_alpha or len(tok.text) < 3:
        return False
    return not (tok.ent_type_ in {"ORG", "PER"} and tok.is_title)  # part of a name


def sentence_features(
    doc: Doc,
    start: int,
    end: int,
    found: Collection[str],
    sent_ents: Sequence[tuple[dict[str, Any], Token]],
    kb: KnowledgeBase | None,
) -> tuple[list[str], dict[int, list[str]]]:
    """``(sentence-level features, {token index: that word's features})`` of one sentence."""
    from kibaru.enrich import events as ev
    from kibaru.enrich.numbers import find_fatalities

    lex = ev._lexicon()
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence: list[str] = [f"found={t}" for t in sorted(found)]
    if find_fatalities(doc.text[start:end]):
        sentence.append("toll")
    by_head: dict[int, list[str]] = {}
    for ent, tok in sent_ents:
        kind = ev._kind(ent, kb)
        what = kind or ent["label"]
        if ev._is_place(ent, kind, lex):
            sentence.append("place")
        case = ev._case(tok) or tok.dep_
        for head in (tok.head, tok.head.head):
            by_head.setdefault(head.i, []).append(f"ent={what}|{case}")
    per_token: dict[int, list[str]] = {}
    for tok in span or []:
        if not _content(tok):
            continue
        lemma = _lemma(tok)
        feats = [f"l={lemma}", f"l={lemma}|{tok.pos_}"]
        for child in tok.children:
            if child.dep_ in _ARG_DEPS and child.is_alpha:
                feats.append(f"l={lemma}>{child.dep_}:{_lemma(child)}")
                feats.append(f"d={child.dep_}:{_lemma(child)}")
        if tok.head.i != tok.i:
            feats.append(f"l={lemma}<{_lemma(tok.head)}")
            feats.append(f"h={_lemma(tok.head)}")
        modal = []
        if ev._negated(tok):
            modal.append("neg")
        if ev._hypothetical(tok, lex):
            modal.append("hyp")
        if "Inf" in tok.morph.get("VerbForm", []):
            modal.append("inf")
        feats += modal + [f"{m}|l={lemma}" for m in modal]
        for e in by_head.get(tok.i, []):
            feats.append(e)
            feats.append(f"l={lemma}|{e}")
        rule = ev._rule_for(tok, lex)
        if rule is not None:  # a trigger the rules rejected (hypothetical, figurative) or typed otherwise
            feats.append(f"rule={rule.type}")
        per_token[tok.i] = feats
    return sentence, per_token


@dataclass(frozen=True)
class DetectorModel:
    """Per-type logistic regressions: ``p = sigmoid(bias[t] + sum of weights[t][f])``."""

    bias: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]
    threshold: float
    meta: Mapping[str, Any]

    def score(self, event_type: str, features: Iterable[str]) -> float:
        w = self.weights.get(event_type, {})
        z = self.bias.get(event_type, -30.0) + sum(w.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def scores(self, sentence: Sequence[str], per_token: Mapping[int, Sequence[str]]) -> dict[str, float]:
        """The probability of each type, for one sentence's features."""
        feats = list(sentence) + [f for fs in per_token.values() for f in fs]
        return {t: self.score(t, feats) for t in self.bias}

    def propose(
        self,
        doc: Doc,
        start: int,
        end: int,
        found: Collection[str],
        sent_ents: Sequence[tuple[dict[str, Any], Token]],
        kb: KnowledgeBase | None,
        threshold: float | None = None,
    ) -> dict[str, Token]:
        """The types the rules missed in the sentence that reach the threshold, each with its
        trigger: the content word whose own features weigh most for the type."""
        cut = self.threshold if threshold is None else threshold
        sentence, per_token = sentence_features(doc, start, end, found, sent_ents, kb)
        if not per_token:
            return {}
        out: dict[str, Token] = {}
        for t, p in self.scores(sentence, per_token).items():
            if t in found or p < cut:
                continue
            w = self.weights.get(t, {})
            best = max(per_token, key=lambda i: (sum(w.get(f, 0.0) for f in set(per_token[i])), -i))
            out[t] = doc[best]
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "meta": dict(self.meta),
            "types": {
                t: {"bias": round(self.bias[t], 5),
                    "weights": {f: round(v, 5) for f, v in sorted(self.weights[t].items())}}
                for t in sorted(self.bias)
            },
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> DetectorModel:
        try:
            types = raw["types"]
            bias = {str(t): float(v["bias"]) for t, v in types.items()}
            weights = {str(t): {str(f): float(x) for f, x in v["weights"].items()} for t, v in types.items()}
            threshold = float(raw["threshold"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"event detector model: malformed weights ({exc})") from exc
        return cls(bias, weights, threshold, dict(raw.get("meta", {})))


def fit(
    examples: Sequence[tuple[Sequence[str], Mapping[int, Sequence[str]]]],
    labels: Sequence[Collection[str]],
    candidates: Sequence[Collection[str]],
    types: Iterable[str],
    threshold: float = 0.5,
    c: float = 1.0,
    meta: Mapping[str, Any] | None = None,
) -> DetectorModel:
    """Train on sentences: ``examples[k]`` its features, ``labels[k]`` the gold types, and
    ``candidates[k]`` the types still open (those the rules did not find). scikit-learn is imported
    here: training only. A type with fewer than two positives gets no model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for t in sorted(types):
        rows = [k for k in range(len(examples)) if t in candidates[k]]
        y = [int(t in labels[k]) for k in rows]
        if sum(y) < 2 or sum(y) == len(y):
            continue
        vec = DictVectorizer()
        x = vec.fit_transform([
            dict.fromkeys([*examples[k][0], *(f for fs in examples[k][1].values() for f in fs)], 1.0) for k in rows
        ])
        clf = LogisticRegression(C=c, max_iter=2000)
        clf.fit(x, y)
        bias[t] = float(clf.intercept_[0])
        weights[t] = {f: float(clf.coef_[0][j]) for f, j in vec.vocabulary_.items() if abs(clf.coef_[0][j]) > 1e-6}
    return DetectorModel(bias, weights, threshold, dict(meta or {}))


class _Recorder:
    """A detector that proposes nothing and keeps each sentence's features and rule findings."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, int, tuple[list[str], dict[int, list[str]]], frozenset[str]]] = []

    def propose(
        self, doc: Doc, start: int, end: int, found: Collection[str],
        sent_ents: Sequence[tuple[dict[str, Any], Token]], kb: KnowledgeBase | None,
    ) -> dict[str, Token]:
        self.rows.append((start, end, sentence_features(doc, start, end, found, sent_ents, kb), frozenset(found)))
        return {}


def rules_with_features(
    doc: Doc, entities: Sequence[dict[str, Any]], date: str | None, kb: KnowledgeBase | None
) -> tuple[list[dict[str, Any]], list[tuple[int, int, tuple[list[str], dict[int, list[str]]], frozenset[str]]]]:
    """The rules' events for an article (no detector) and, per sentence, ``(start, end, features,
    types the rules found)``: the training view of exactly the sentences the hook sees."""
    from kibaru.enrich.events import extract_events

    recorder = _Recorder()
    out = extract_events(doc, entities, date, kb, detector=recorder)
    return out, recorder.rows


def save(model: DetectorModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


@functools.cache
def shipped() -> DetectorModel | None:
    """The model shipped with kibaru (on or off), or ``None`` when there is none."""
    res = resources.files("kibaru").joinpath(*MODEL_PATH)
    if not res.is_file():
        return None
    return DetectorModel.from_json(json.loads(res.read_text(encoding="utf-8")))


def packaged() -> DetectorModel | None:
    """The shipped model when its ``meta.on_by_default`` flag is set, else ``None`` (rules only)."""
    model = shipped()
    return model if model is not None and model.meta.get("on_by_default") else None
