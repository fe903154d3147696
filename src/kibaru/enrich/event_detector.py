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
round 9 — learned detector"). Round 32 retrained it (``benchmarks/cv_event_detector.py --save base``) on every
present development sentence with outlet-grouped folds; the model's ``meta`` records its training splits, sizes and
out-of-fold figures. Session 61 retrained it the same way (``--group-by split``) on the 13,826 development sentences
present now (805 articles, 64 splits; the blind ones left out): out of fold, on the 3,549 gold events the round-32 model
never saw, all right 1,791 -> 1,843 (+96 -44, article-bootstrap CI90 of the net 31 ... 75), type right 2,678 -> 2,774,
won on attack, protest, election, meeting and sanction and added nothing over the rules on the rare types. The shipped
model takes the retrained weights for those five types and keeps round 32's, learnt partly from Sahel sentences no
longer present, for the others (``benchmarks/merge_event_detector.py``; ``benchmarks/RESULTS.md``, « Session 61 »).
Whether the detector runs is configuration, ``[events] detector`` in ``data/config/defaults.toml`` (off: see the
comment there); the model file holds no switch.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kibaru.enrich.json_models import packaged_json_model, save_json_model
from kibaru.enrich.temporal import calendar_word
from kibaru.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kibaru.kb import KnowledgeBase

MODEL_PATH = ("data", "models", "events", "detector.json")
# Training: a feature seen in fewer sentences says nothing general (and would fill the file); weights
# smaller than PRUNE are dropped after fitting (an L2 fit keeps ~30,000 tiny weights per type). Both
# are applied in the cross-validation that chose the threshold, so its figures are the shipped model's.
MIN_COUNT = 2
PRUNE = 0.01
# Round 38 tried the trigger lexicon's word classes as features: not shipped (out of fold +4 all right, CI90 -1 ... 10,
# nothing on the pseudo-blind pair); the code is on branch experiment/events38-class-features.
# Round 44: the proposed event's trigger is the content word whose own features weigh most for the type, among the
# words the trigger lexicon lists (as a verb or a noun) when one of them weighs positively, else among all: the rules
# read actors along the trigger's dependency paths, and a date or a group noun (« décembre », « mois », « troupes »)
# that happens to weigh most anchors none.
LEXICON_TRIGGER = True
# Session 31: a proposal whose strongest word is a month, a weekday or a word of ``no_event_words`` (an appointment) and
# whose sentence holds no word a trigger rule of the type lists is dropped: nothing in the sentence tells that event
# (« Les soldats ont quitté Niamey le 22 décembre » gave an agreement and a meeting on « décembre », « X a été nommé
# Premier ministre » a meeting on « nommé »). Off = every proposal over its threshold stands.
NO_EVENT_WORDS = True
# Session 32: the same when the top word hangs under an appointment word (« le général X a nommé un nouveau
# Premier ministre »: « général », in the subject of « nommer », drew a meeting).
APPOINTED_OBJECT = True
# Content words that may carry an event (the rules' trigger parts of speech).
_TRIGGER_POS = frozenset({"VERB", "NOUN"})
# Dependents whose lemma is a feature of their governor.
_ARG_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod", "xcomp", "amod", "iobj"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _tells_no_event(tok: Token) -> bool:
    """``NO_EVENT_WORDS``: a month or a weekday, or a word of ``no_event_words`` (triggers.yaml: an
    appointment, « nommé », tells none of the spec's events)."""
    from kibaru.enrich import events as ev

    return calendar_word(tok.text) or ev._lemma(tok) in ev._lexicon().no_event_words


def _lexicon_words(doc: Doc, per_token: Mapping[int, Sequence[str]], event_type: str) -> list[int]:
    """Round 44 (``LEXICON_TRIGGER``): the content words of ``per_token`` whose lemma a trigger rule of
    ``event_type`` lists for their part of speech."""
    from kibaru.enrich import events as ev

    rules = [r for r in ev._lexicon().rules if r.type == event_type]
    return [i for i in per_token if any(ev._lemma(doc[i]) in (r.verbs if doc[i].pos_ == "VERB" else r.nouns)
                                        for r in rules)]


def _content(tok: Token) -> bool:
    if tok.pos_ not in _TRIGGER_POS or not tok.is_alpha or len(tok.text) < 3:
        return False
    return not (tok.ent_type_ in {"ORG", "PER"} and tok.is_title)  # part of a name


# The features that cost a walk of the parse or a regex pass (negation, hypothetical mood, the
# death toll): left out of the cheap pass of DetectorModel.propose, which bounds their weight
# instead (see _may_reach).
_COSTLY_MODALS = ("neg", "hyp")


def sentence_features(
    doc: Doc,
    start: int,
    end: int,
    found: Collection[str],
    sent_ents: Sequence[tuple[dict[str, Any], Token]],
    kb: KnowledgeBase | None,
) -> tuple[list[str], dict[int, list[str]]]:
    """``(sentence-level features, {token index: that word's features})`` of one sentence."""
    return _features(doc, start, end, found, sent_ents, kb, full=True)


def _features(
    doc: Doc,
    start: int,
    end: int,
    found: Collection[str],
    sent_ents: Sequence[tuple[dict[str, Any], Token]],
    kb: KnowledgeBase | None,
    full: bool,
) -> tuple[list[str], dict[int, list[str]]]:
    """:func:`sentence_features`; with ``full`` false, without the costly features (``toll``,
    ``neg`` and ``hyp`` with their ``|l=`` forms): a subset of the full features."""
    from kibaru.enrich import events as ev
    from kibaru.enrich.numbers import find_fatalities

    lex = ev._lexicon()
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence: list[str] = [f"found={t}" for t in sorted(found)]
    if full and span is not None and find_fatalities(span.text):  # not doc.text: it rebuilds the whole text
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
            dep = child.dep_
            if dep in _ARG_DEPS and child.is_alpha:
                arg = f"{dep}:{_lemma(child)}"
                feats.append(f"l={lemma}>{arg}")
                feats.append(f"d={arg}")
        head = tok.head
        if head.i != tok.i:
            head_lemma = _lemma(head)
            feats.append(f"l={lemma}<{head_lemma}")
            feats.append(f"h={head_lemma}")
        modal = []
        if full and ev._negated(tok):
            modal.append("neg")
        if full and ev._hypothetical(tok, lex):
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
    """Per-type logistic regressions: ``p = sigmoid(bias[t] + sum of weights[t][f] + dense_scale *
    dense[t] . v)`` where ``v`` is the mean static word vector of the sentence's content words (the
    spaCy model's vectors; the dense part is optional and adds nothing without vectors)."""

    bias: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]
    threshold: float
    meta: Mapping[str, Any]
    dense: Mapping[str, Sequence[float]] = field(default_factory=dict)
    dense_scale: float = 1.0
    # per-type thresholds overriding ``threshold`` (round 32's ``pertype`` recipe; empty: one threshold)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    # {feature: [(type, weight), ...]} and, per type, the most the costly sentence feature can add
    # (the positive weight of ``toll``): the cheap bound of _may_reach.
    _index: Mapping[str, Sequence[tuple[str, float]]] = field(init=False, repr=False, compare=False)
    _costly_bound: Mapping[str, float] = field(init=False, repr=False, compare=False)
    _cuts: Mapping[str, float] = field(init=False, repr=False, compare=False)
    # _may_reach's bound in arrays (round perf4b): ``_bound_rows[f]`` is feature f's row of ``_bound_weights``
    # (its non-zero weights, one column per type of ``bias``); ``_modal_rows["l=<lemma>"]`` the row of
    # ``_modal_weights`` holding the positive weights of "neg|l=<lemma>" and "hyp|l=<lemma>"; ``_modal_base`` those
    # of the bare "neg" and "hyp"; ``_base`` each type's bias plus ``_costly_bound``.
    _bound_rows: Mapping[str, int] = field(init=False, repr=False, compare=False)
    _bound_weights: Any = field(init=False, repr=False, compare=False)
    _modal_rows: Mapping[str, int] = field(init=False, repr=False, compare=False)
    _modal_weights: Any = field(init=False, repr=False, compare=False)
    _modal_base: Any = field(init=False, repr=False, compare=False)
    _base: Any = field(init=False, repr=False, compare=False)
    _columns: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[str, float]]] = {}
        bound: dict[str, float] = {}
        for t, w in self.weights.items():
            bound[t] = 0.0
            for f, x in w.items():
                if x != 0.0:
                    index.setdefault(f, []).append((t, x))
                if x > 0.0 and f == "toll":
                    bound[t] += x
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_costly_bound", bound)
        object.__setattr__(self, "_cuts", {t: self.thresholds.get(t, self.threshold) for t in self.bias})
        self._bound_arrays()

    def _bound_arrays(self) -> None:
        """The arrays of :meth:`_may_reach` (see the fields), built from ``_index``."""
        column = {t: j for j, t in enumerate(self.bias)}
        rows = {f: r for r, f in enumerate(f for f, entries in self._index.items()
                                           if any(t in column for t, _x in entries))}
        weights = np.zeros((len(rows) + 1, len(column)))
        for f, r in rows.items():
            for t, x in self._index[f]:
                if t in column:
                    weights[r, column[t]] += x
        modal_rows: dict[str, int] = {}
        modal: list[np.ndarray] = []
        base = np.zeros(len(column))
        for f, entries in self._index.items():
            positive = [(column[t], x) for t, x in entries if x > 0.0 and t in column]
            if not positive:
                continue
            for m in _COSTLY_MODALS:
                if f == m:
                    for j, x in positive:
                        base[j] += x
                elif f.startswith(f"{m}|l="):
                    lemma_feature = f[len(m) + 1:]
                    r = modal_rows.setdefault(lemma_feature, len(modal))
                    if r == len(modal):
                        modal.append(np.zeros(len(column)))
                    for j, x in positive:
                        modal[r][j] += x
        object.__setattr__(self, "_bound_rows", rows)
        object.__setattr__(self, "_bound_weights", weights)
        object.__setattr__(self, "_modal_rows", modal_rows)
        object.__setattr__(self, "_modal_weights", np.array(modal) if modal else np.zeros((1, len(column))))
        object.__setattr__(self, "_modal_base", base)
        object.__setattr__(self, "_columns", column)
        object.__setattr__(self, "_base", np.array([self.bias[t] + self._costly_bound.get(t, 0.0) for t in column]))

    def _z(self, event_type: str, features: Iterable[str], vector: Sequence[float] | None) -> float:
        w = self.weights.get(event_type, {})
        z = self.bias.get(event_type, -30.0) + sum(w.get(f, 0.0) for f in set(features))
        d = self.dense.get(event_type)
        if d is not None and vector is not None and len(vector) == len(d):
            z += self.dense_scale * float(sum(a * b for a, b in zip(d, vector, strict=True)))
        return z

    def score(self, event_type: str, features: Iterable[str], vector: Sequence[float] | None = None) -> float:
        z = self._z(event_type, features, vector)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def scores(
        self, sentence: Sequence[str], per_token: Mapping[int, Sequence[str]], vector: Sequence[float] | None = None
    ) -> dict[str, float]:
        """The probability of each type, for one sentence's features (and mean word vector)."""
        feats = list(sentence) + [f for fs in per_token.values() for f in fs]
        if self.dense:
            return {t: self.score(t, feats, vector) for t in self.bias}
        # score() for every type in one pass over the features: each type's non-zero weights in the
        # order score() meets them (the same set, built the same way), summed by sum() as there —
        # skipping zeros changes no float sum — so the probabilities are score()'s to the last bit.
        found: dict[str, list[float]] = {t: [] for t in self.bias}
        index = self._index
        for f in set(feats):
            entries = index.get(f)
            if entries is not None:
                for t, x in entries:
                    found[t].append(x)
        out = {}
        for t in self.bias:
            z = self.bias[t] + sum(found[t])
            out[t] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out

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
        """The types the rules missed in the sentence that reach the threshold (``threshold`` for every
        type when given, else the type's own or the model's), each with its trigger: the content word
        whose own features weigh most for the type."""
        pairs = self.propose_anchored(doc, start, end, found, sent_ents, kb, threshold)
        return {t: top for t, (top, _) in pairs.items()}

    def propose_anchored(
        self,
        doc: Doc,
        start: int,
        end: int,
        found: Collection[str],
        sent_ents: Sequence[tuple[dict[str, Any], Token]],
        kb: KnowledgeBase | None,
        threshold: float | None = None,
    ) -> dict[str, tuple[Token, Token]]:
        """:meth:`propose` with, per type, ``(trigger, anchor)``: the anchor is the word the event's actors are read
        from — round 44 (``LEXICON_TRIGGER``): among the words a trigger rule of the type lists, the one whose own
        features weigh most, when it weighs positively; else the trigger itself."""
        cut = self._cuts if threshold is None else dict.fromkeys(self.bias, threshold)
        if not self._may_reach(doc, start, end, found, sent_ents, kb, cut):
            return {}
        sentence, per_token = sentence_features(doc, start, end, found, sent_ents, kb)
        if not per_token:
            return {}
        vector = content_vector(doc, per_token) if self.dense else None
        out: dict[str, tuple[Token, Token]] = {}
        n = sum(doc[i].has_vector for i in per_token) or 1
        for t, p in self.scores(sentence, per_token, vector).items():
            if t in found or p < cut[t]:
                continue

            w, d = self.weights.get(t, {}), self.dense.get(t)

            def weight(i: int, w: Mapping[str, float] = w, d: Sequence[float] | None = d) -> tuple[float, int]:
                own = sum(w.get(f, 0.0) for f in set(per_token[i]))  # the word's share of the score
                if d is not None and doc[i].has_vector and len(doc[i].vector) == len(d):
                    own += self.dense_scale * float(sum(a * b for a, b in zip(d, doc[i].vector, strict=True))) / n
                return (own, -i)

            top = max(per_token, key=weight)
            anchor = top
            pool = _lexicon_words(doc, per_token, t) if LEXICON_TRIGGER else []
            if NO_EVENT_WORDS and not (pool if LEXICON_TRIGGER else _lexicon_words(doc, per_token, t)) and (
                _tells_no_event(doc[top])
                or (APPOINTED_OBJECT and any(_tells_no_event(a) for a in doc[top].ancestors))
            ):
                continue  # « ont quitté Niamey le 22 décembre »: no word of the type, the month outweighing the rest
            if pool:
                best = max(pool, key=weight)
                if weight(best)[0] > 0:
                    anchor = best
            out[t] = (doc[top], doc[anchor])
        return out

    def _may_reach(
        self,
        doc: Doc,
        start: int,
        end: int,
        found: Collection[str],
        sent_ents: Sequence[tuple[dict[str, Any], Token]],
        kb: KnowledgeBase | None,
        cut: float | Mapping[str, float],
    ) -> bool:
        """False only when no type the rules missed can reach ``cut`` (one threshold, or one per type)
        whatever the costly features
        say: an upper bound of each type's score from the cheap features (exact weights) plus every
        positive weight the costly ones could bring (``neg`` and ``hyp`` of each content word,
        ``toll``). Most sentences stop here, and :meth:`propose` answers exactly as if it
        had computed every feature (the bound is never below the true score)."""
        open_types = [t for t in self.bias if t not in found]
        if not open_types:
            return False
        if self.dense:  # the bound leaves the dense part out
            return True
        sentence, per_token = _features(doc, start, end, found, sent_ents, kb, full=False)
        if not per_token:
            return False  # propose returns nothing for a sentence without content words
        # each type's cheap weights (once per distinct feature), plus the positive weights of the costly
        # modal features every content word could have (once per distinct lemma) and the bare "neg", "hyp"
        rows = self._bound_rows
        hit = [r for f in {*sentence, *(f for fs in per_token.values() for f in fs)} if (r := rows.get(f)) is not None]
        modal_rows = self._modal_rows
        # "l=<lemma>", first of every word's features
        modal = [r for f in {fs[0] for fs in per_token.values()} if (r := modal_rows.get(f)) is not None]
        z = self._base + self._modal_base
        if hit:
            z = z + self._bound_weights[hit].sum(axis=0)
        if modal:
            z = z + self._modal_weights[modal].sum(axis=0)
        # far above the rounding of a sum of a few hundred weights (in any order: the bound holds whichever
        # order numpy sums them in, and a score within the margin of the cut only costs the full pass)
        margin = 1e-6
        bound = z.tolist()
        column = self._columns
        for t in open_types:
            zt = bound[column[t]] + margin
            if 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, zt)))) >= (cut if isinstance(cut, float) else cut[t]):
                return True
        return False

    def cuts(self) -> dict[str, float]:
        """Each type's threshold."""
        return dict(self._cuts)

    def to_json(self) -> dict[str, Any]:
        per_type = {"thresholds": dict(sorted(self.thresholds.items()))} if self.thresholds else {}
        return {
            "threshold": self.threshold,
            **per_type,
            "meta": dict(self.meta),
            "dense_scale": self.dense_scale,
            "dense": {t: [round(v, 5) for v in w] for t, w in sorted(self.dense.items())},
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
            dense = {str(t): [float(x) for x in w] for t, w in raw.get("dense", {}).items()}
            scale = float(raw.get("dense_scale", 1.0))
            per_type = {str(t): float(x) for t, x in raw.get("thresholds", {}).items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"event detector model: malformed weights ({exc})") from exc
        return cls(bias, weights, threshold, dict(raw.get("meta", {})), dense, scale, per_type)


def fit(
    examples: Sequence[tuple[Sequence[str], Mapping[int, Sequence[str]]]],
    labels: Sequence[Collection[str]],
    candidates: Sequence[Collection[str]],
    types: Iterable[str],
    threshold: float = 0.5,
    c: float = 1.0,
    meta: Mapping[str, Any] | None = None,
    vectors: Sequence[Sequence[float]] | None = None,
    dense_scale: float = 1.0,
    *,
    class_weight: str | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> DetectorModel:
    """Train on sentences: ``examples[k]`` its features, ``labels[k]`` the gold types, and
    ``candidates[k]`` the types still open (those the rules did not find). scikit-learn is imported
    here: training only. A type with fewer than two positives gets no model. ``vectors``: each
    example's ``content_vector``, for the optional dense part. ``class_weight``: scikit-learn's (``"balanced"``
    weighs each type's positives by its rarity; round 32); ``thresholds``: per-type thresholds."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x_all = vec.fit_transform([
        dict.fromkeys([*sentence, *(f for fs in per_token.values() for f in fs)], 1.0)
        for sentence, per_token in examples
    ])
    counts = (x_all > 0).sum(axis=0).A1
    keep = [j for j in range(x_all.shape[1]) if counts[j] >= MIN_COUNT]
    x_all = x_all[:, keep]
    names = vec.get_feature_names_out()[keep]
    n_sparse = len(names)
    if vectors is not None:
        x_all = hstack([x_all, csr_matrix([[dense_scale * v for v in e] for e in vectors])]).tocsr()
    dense: dict[str, list[float]] = {}
    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for t in sorted(types):
        rows = [k for k in range(len(examples)) if t in candidates[k]]
        y = [int(t in labels[k]) for k in rows]
        if sum(y) < 2 or sum(y) == len(y):
            continue
        clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000, class_weight=class_weight)
        clf.fit(x_all[rows], y)
        bias[t] = float(clf.intercept_[0])
        coef = clf.coef_[0]
        weights[t] = {str(names[j]): float(coef[j]) for j in range(n_sparse) if abs(coef[j]) >= PRUNE}
        if vectors is not None:
            dense[t] = [float(v) for v in coef[n_sparse:]]
    per_type = {t: x for t, x in (thresholds or {}).items() if t in bias}
    return DetectorModel(bias, weights, threshold, dict(meta or {}), dense, dense_scale, per_type)


def content_vector(doc: Doc, per_token: Mapping[int, Sequence[str]]) -> list[float] | None:
    """The mean static vector of the sentence's content words (``None`` without vectors)."""
    import numpy as np

    rows = [doc[i].vector for i in per_token if doc[i].has_vector]
    if not rows:
        return None
    return [float(v) for v in np.mean(np.asarray(rows, dtype=np.float64), axis=0)]


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
    save_json_model(model.to_json(), path)


@functools.cache
def shipped() -> DetectorModel | None:
    """The model shipped with kibaru (on or off), or ``None`` when there is none."""
    data = packaged_json_model(MODEL_PATH)
    return None if data is None else DetectorModel.from_json(data)


@functools.cache
def _configuration() -> dict[str, Any]:
    """The configuration as loaded once per process: ``extract_events(detector="default")`` asks for it per
    article, and reading the TOML files each time would put file I/O on that path."""
    from kibaru.config import load_config

    return load_config()


def configured(settings: Mapping[str, Any] | None = None) -> DetectorModel | None:
    """The shipped model when ``[events] detector`` of ``settings`` (default: the configuration loaded
    once per process) is true, else ``None`` (rules only). The one switch of the detector."""
    if settings is None:
        settings = _configuration()
    return shipped() if (settings or {}).get("events", {}).get("detector", False) else None
