"""Which unlinked person / organisation mentions are real actors: a small learned filter.

The general spaCy model tags capitalised phrases that are not actors in this domain ("Sécurité
nationale", "Allemagne nazie", "Realpolitik moderne", "Botox", "Oncle Sam"); mentions the knowledge
base links are trusted, but the unlinked ones are only the model's guess. :func:`features` describes
one unlinked PER/ORG mention by its form and its parse (how many words, capitals, lower-case words,
the part of speech of its head and first word, a trailing adjective, a state name in front, how
often the article repeats it, whether it stands inside a quotation...) and a logistic regression
over those features, trained on the development articles of ``eval/linking_gold.jsonl``
(``benchmarks/train_candidate_filter.py``), gives the probability that the mention names an actor.
Mentions below the threshold are dropped from the article's entities.

The weights and the threshold are data (``kibaru/data/ner/candidate_filter.json``); without that
file nothing is filtered.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from kibaru.enrich.nlp import OFFSET_LIST_KEYS, doc_text
from kibaru.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from kibaru.kb import KnowledgeBase

FILTER_FILE = "candidate_filter.json"
# Key of the start offsets of rule-found body names in a Doc's ``user_data`` (kibaru.enrich.entities).
BODIES_KEY = "kibaru_named_bodies"
OFFSET_LIST_KEYS.add(BODIES_KEY)


def rule_bodies(doc: Doc) -> set[int]:
    """Start offsets of the body names the rules found (``BODIES_KEY``): no guess of a learned filter."""
    return set(doc.user_data.get(BODIES_KEY, ()))


def mark_rule_body(doc: Doc, start: int) -> None:
    """Record the body name starting at ``start`` as found by rule (``BODIES_KEY``)."""
    doc.user_data[BODIES_KEY] = sorted(rule_bodies(doc) | {start})

# Lower-case words allowed inside a name without making it look like a phrase.
_PARTICLES = frozenset({"de", "du", "des", "d'", "la", "le", "l'", "les", "van", "von", "der", "den", "da", "di",
                        "dos", "ben", "bin", "ibn", "al", "el", "ag", "ould", "y", "et", "of", "the", "for", "and"})
_QUOTES = re.compile(r"«[^»]{0,600}»|“[^”]{0,600}”|\"[^\"\n]{0,600}\"")

FEATURES: tuple[str, ...] = (
    "bias",
    "is_per",
    "one_word",
    "three_plus_words",
    "acronym",
    "lower_share",
    "head_propn",
    "first_noun_or_adj",
    "last_lower_adj",
    "state_first",
    "repeated",
    "in_quote",
    "sentence_start",
    "has_digit",
    "kb_word",
    "propn_argument",
)

# Dependency relations of a proper noun that acts in its clause (subject or object).
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


def _fold(text: str) -> str:
    from kibaru.enrich.entities import fold

    return fold(text)


@functools.lru_cache(maxsize=8)
def _state_words(kb: KnowledgeBase) -> frozenset[str]:
    """Folded names of states and their demonyms' first words (to spot "Allemagne nazie")."""
    return frozenset(_fold(s) for a in kb if a.type == "GPE" for s in a.surfaces())


@functools.lru_cache(maxsize=8)
def _kb_words(kb: KnowledgeBase) -> frozenset[str]:
    """Folded words of 4+ letters in the names of KB people and organisations."""
    words: set[str] = set()
    for actor in kb:
        if actor.type in {"PER", "ORG"}:
            for surface in actor.surfaces():
                words.update(w for w in _fold(surface).split() if len(w) >= 4)
    return frozenset(words)


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def features(
    span: Span, ent: dict[str, Any], counts: Counter[str], quotes: Sequence[tuple[int, int]], kb: KnowledgeBase
) -> list[float]:
    """The feature vector (in :data:`FEATURES` order) of one unlinked PER/ORG mention."""
    words = [t for t in span if t.is_alpha or t.text[:1].isalnum()]
    words = words or list(span)
    lower = [t for t in words if t.text.islower() and _fold(t.text) not in _PARTICLES]
    text = span.text
    first, last = words[0], words[-1]
    state_words = _state_words(kb)
    return [
        1.0,
        1.0 if ent["label"] == "PER" else 0.0,
        1.0 if len(words) == 1 else 0.0,
        1.0 if len(words) >= 3 else 0.0,
        1.0 if sum(c.isupper() for c in text) >= 2 and not any(c.islower() for c in text) else 0.0,
        len(lower) / len(words),
        1.0 if span.root.pos_ == "PROPN" else 0.0,
        1.0 if first.pos_ in {"NOUN", "ADJ"} else 0.0,
        1.0 if len(words) > 1 and last.text.islower() and last.pos_ == "ADJ" else 0.0,
        1.0 if len(words) > 1 and _fold(first.text) in state_words else 0.0,
        1.0 if counts[_fold(ent["canonical"] or ent["text"])] >= 2 else 0.0,
        1.0 if any(s < ent["start"] and ent["end"] < e for s, e in quotes) else 0.0,
        1.0 if first.is_sent_start else 0.0,
        1.0 if any(c.isdigit() for c in text) else 0.0,
        1.0 if any(_fold(t.text) in _kb_words(kb) for t in words) else 0.0,
        1.0 if span.root.pos_ == "PROPN" and span.root.dep_ in _ARGUMENT_DEPS else 0.0,
    ]


class CandidateFilter:
    """Logistic regression over :data:`FEATURES` with a decision threshold."""

    def __init__(self, weights: Sequence[float], threshold: float):
        if len(weights) != len(FEATURES):
            raise ConfigError(f"{FILTER_FILE}: {len(weights)} weights for {len(FEATURES)} features")
        self.weights = list(weights)
        self.threshold = threshold

    def probability(self, vector: Sequence[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def keep(self, vector: Sequence[float]) -> bool:
        return self.probability(vector) >= self.threshold


@functools.cache
def load_filter() -> CandidateFilter | None:
    """The shipped filter, or None when the data file is absent (nothing is filtered then)."""
    path = resources.files("kibaru") / "data" / "ner" / FILTER_FILE
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if list(raw["features"]) != list(FEATURES):
            raise ConfigError(f"{FILTER_FILE}: features {raw['features']} differ from the code's {list(FEATURES)}")
        return CandidateFilter([float(w) for w in raw["weights"]], float(raw["threshold"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{FILTER_FILE}: {exc}") from exc


def candidate_vectors(doc: Doc, ents: Sequence[dict[str, Any]], kb: KnowledgeBase) -> list[list[float] | None]:
    """Feature vectors of the unlinked PER/ORG mentions of ``ents`` (None for the others)."""
    counts = Counter(_fold(e["canonical"] or e["text"]) for e in ents)
    quotes = quote_spans(doc_text(doc))
    out: list[list[float] | None] = []
    for ent in ents:
        span = None
        if not ent["kb_id"] and ent["label"] in {"PER", "ORG"}:
            span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
        out.append(features(span, ent, counts, quotes, kb) if span is not None and len(span) else None)
    return out


def filter_candidates(
    doc: Doc | None, ents: list[dict[str, Any]], kb: KnowledgeBase, model: CandidateFilter | None = None
) -> list[dict[str, Any]]:
    """``ents`` without the unlinked PER/ORG mentions the filter judges not to be actors (a body's name the
    entity rules found, ``BODIES_KEY`` of the Doc's ``user_data``, is kept: it is no guess of the model)."""
    model = model or load_filter()
    if doc is None or model is None:
        return ents
    vectors = candidate_vectors(doc, ents, kb)
    bodies = rule_bodies(doc)
    return [
        e
        for e, v in zip(ents, vectors, strict=True)
        if v is None or model.keep(v) or always_kept(v) or e["start"] in bodies
    ]


def always_kept(vector: Sequence[float]) -> bool:
    """A one-word name the parse makes a proper-noun subject or object of its clause, or that the
    article repeats, is kept whatever the model says: the filter's recall cost on blind text
    (heldout5: company, party and outlet names dropped) came from such names."""
    one_word = vector[FEATURES.index("one_word")]
    return bool(one_word) and bool(vector[FEATURES.index("propn_argument")] or vector[FEATURES.index("repeated")])
