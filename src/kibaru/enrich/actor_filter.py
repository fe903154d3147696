"""Which unlinked actors an article really names: a learned keep/drop decision per mention cluster.

The last step of :func:`kibaru.enrich.linking.link_entities`. The system's actor list holds the KB actors
its mentions link to and the canonical names of its unlinked PER/ORG mentions; on unseen news text the
unlinked names the gold does not list (capitalised common words and phrases the tagger took for names,
bodies named only in passing, debris of a heading) are the largest class of false positives (linking
round 31's census). The mention-level candidate filter (:mod:`kibaru.enrich.candidates`) judges one
mention at a time; this step judges the *cluster*, every unlinked PER/ORG mention sharing one canonical
name, from its form and its use in the article: label, how often and where it is named (title, quotes,
sentence starts, a short line of its own, after a title or form of address), the shape of the name
(words, capitals, acronym, digits), the class of its first word in the lexicon (a body head, an
office, a meeting...), whether that word is also written in lower case in the article, the KB's
words in it, and the mean of the candidate filter's parse features over its mentions.

A logistic regression over those named features (:data:`MODEL_FILE`, plain JSON: intercept, weights by
feature name, threshold, provenance) gives the probability that the cluster names an actor of the
gold's scope; clusters below the threshold lose all their mentions. The model is trained on the
development splits of ``eval/linking_gold.jsonl`` (a cluster is kept iff its name is a gold actor of
its article) by ``benchmarks/train_actor_filter.py``, which chooses the threshold inside a
split-grouped cross-validation. Without the model file nothing is dropped.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from importlib import resources
from typing import TYPE_CHECKING, Any

from kibaru.enrich.candidates import rule_bodies
from kibaru.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kibaru.kb import KnowledgeBase

MODEL_FILE = ("data", "models", "linking", "actor_filter.json")

# Characters looked at before a mention for a title or form of address ("M.", "le président", "la ministre").
TITLE_WINDOW = 30
# A line of at most this many characters holding a mention is a heading, a byline or a list item.
SHORT_LINE = 40
# Features whose weight depends on the label (learned once per label as well): the name's length and mention
# count, the common-word and shared-word shapes, the title, quotes and sentence starts (linking round 33: these
# raised the out-of-fold AUC of the development clusters from 0.77 to 0.79; conjoining every feature did not
# raise it further).
CONJOINED = frozenset({"words", "count", "common_word", "shares_words", "in_title", "m_in_quote", "m_sentence_start"})
# Two cluster names of one article this similar (difflib ratio of the folded names) are spellings of one name.
NEAR_RATIO = 0.8

# Session 42 (news_heldout37-44, development): a person named and then described by an apposition that names a kind of
# person (« Timmy, étudiant nigérian à … », « Awa, une jeune commerçante, … ») is kept whatever the model says: the
# model dropped such lone first names as sentence-opening debris, and the quotes gave their words to the last person
# named before. The nouns are ``person_apposition_nouns`` of ``data/quotes/speakers.yaml``. Off = the model decides.
DESCRIBED_PERSON_KEPT = True
# the noun and up to two adjectives before it (« une jeune commerçante »)
_APPOSITION = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:(?:un|une)[ \u00a0]+)?(?P<words>(?:[^\W\d][\w-]*[ \u00a0]*){1,3})")

_WORD = re.compile(r"[\w'’-]+")
_WEB = re.compile(r"\.(?:fr|com|net|org|info|ml|sn|bf|ne|td)\b|@|#", re.IGNORECASE)


def _fold(text: str) -> str:
    from kibaru.enrich.entities import fold

    return fold(text)


def cluster_key(ent: Mapping[str, Any]) -> str | None:
    """The cluster of an unlinked PER/ORG mention (its folded canonical name), None for the others."""
    if ent.get("kb_id") or ent.get("label") not in {"PER", "ORG"} or not ent.get("canonical"):
        return None
    return _fold(str(ent["canonical"]))


@functools.cache
def _head_classes() -> tuple[tuple[str, frozenset[str]], ...]:
    """Lexicon classes of a name's first word (folded): what kind of phrase the name opens."""
    from kibaru.enrich.entities import lexicon

    lex = lexicon()

    def folded(words: Any) -> frozenset[str]:
        return frozenset(_fold(w) for w in words)

    return (
        ("body", folded(lex.body_heads) | folded(lex.bare_org_heads)),
        ("institution", folded(lex.institution_triggers)),
        ("group", folded(lex.group_triggers) | folded(lex.movement_heads) | folded(lex.unit_triggers)),
        ("office", folded(lex.office_words) | folded(lex.title_words)),
        ("event", folded(lex.event_heads)),
        ("document", folded(lex.document_heads)),
        ("place", folded(lex.place_nouns) | folded(lex.facility_nouns) | folded(lex.geo_nouns)),
    )


@functools.cache
def _common_words() -> frozenset[str]:
    """Common nouns and adjectives of the lemmatizer tables (lower case, accents kept) of the pipeline the
    entities component already loaded (no second model load), else of the default model."""
    from kibaru.enrich import entities

    return entities._common_words(entities.loaded_pipeline() or entities.domain_pipeline())


def _is_common(word: str) -> bool:
    """A common noun or adjective of the lemmatizer tables, or its plural (``-s`` / ``-x``)."""
    table = _common_words()
    return word in table or (word.endswith(("s", "x")) and word[:-1] in table)


@functools.cache
def _title_before() -> re.Pattern[str]:
    """A form of address or a title word ending right before a mention."""
    from kibaru.enrich.entities import lexicon

    lex = lexicon()
    words = sorted({*lex.honorifics, *lex.title_words, *lex.office_words}, key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words if w)
    return re.compile(rf"(?:^|[\s(«“\"'’])(?:{alts})\.?\s*,?\s*$", re.IGNORECASE)


def cluster_features(
    doc: Doc | None, text: str, ents: Sequence[dict[str, Any]], kb: KnowledgeBase
) -> dict[str, tuple[dict[str, float], list[int]]]:
    """``key -> (named features, indices of its mentions in ents)`` for each unlinked PER/ORG cluster."""
    from kibaru.enrich.candidates import FEATURES, _state_words, candidate_vectors
    from kibaru.enrich.entities import fold

    members: dict[str, list[int]] = {}
    for i, ent in enumerate(ents):
        key = cluster_key(ent)
        if key is not None:
            members.setdefault(key, []).append(i)
    if not members:
        return {}
    vectors = candidate_vectors(doc, ents, kb) if doc is not None else [None] * len(ents)
    # each distinct word folded once (the same set: the folds of the distinct words)
    lower_words = set(map(fold, {w for w in _WORD.findall(text) if w[:1].islower()}))
    title_end = text.find("\n") if "\n" in text else len(text)
    linked = [(e["start"], e["end"]) for e in ents if e.get("kb_id")]
    keys = list(members)
    # every actor name of the article: the clusters' and the folded canonical names of the KB actors linked
    others = keys + sorted({_fold(str(e["canonical"])) for e in ents if e.get("kb_id") and e.get("canonical")})
    words_of = {o: set(_WORD.findall(o)) for o in others}  # each name's words, split once per article
    states = _state_words(kb)
    n_actors = len(keys) + len({e["kb_id"] for e in ents if e.get("kb_id")})
    out: dict[str, tuple[dict[str, float], list[int]]] = {}
    for key, idx in members.items():
        mentions = [ents[i] for i in idx]
        name = str(mentions[0]["canonical"])
        words = _WORD.findall(name)
        f: dict[str, float] = {"bias": 1.0}
        per = sum(m["label"] == "PER" for m in mentions) * 2 >= len(mentions)
        f["per"] = 1.0 if per else 0.0
        count = len(mentions)
        f[f"count={min(count, 3)}"] = 1.0
        f[f"words={min(len(words), 4)}"] = 1.0
        f["acronym"] = 1.0 if len(words) == 1 and len(name) >= 2 and name.isupper() else 0.0
        f["caps_word"] = 1.0 if len(words) > 1 and any(len(w) >= 3 and w.isupper() for w in words) else 0.0
        f["long_name"] = 1.0 if len(name) >= 30 else 0.0
        f["web"] = 1.0 if _WEB.search(name) else 0.0
        f["first_lower_elsewhere"] = 1.0 if words and _fold(words[0]) in lower_words else 0.0
        f["last_lower_elsewhere"] = 1.0 if len(words) > 1 and _fold(words[-1]) in lower_words else 0.0
        first = _fold(words[0]) if words else ""
        for cls, heads in _head_classes():
            if first in heads:
                f[f"head={cls}"] = 1.0
        starts = [m["start"] for m in mentions]
        f["in_title"] = 1.0 if any(s < title_end for s in starts) else 0.0
        f["body_share"] = sum(s >= title_end for s in starts) / count
        f["first_position"] = min(starts) / max(len(text), 1)
        f["after_title"] = 1.0 if any(
            _title_before().search(text[max(0, m["start"] - TITLE_WINDOW) : m["start"]]) for m in mentions
        ) else 0.0
        f["in_parentheses"] = 1.0 if any(
            text[m["start"] - 1 : m["start"]] == "(" and text[m["end"] : m["end"] + 1] == ")" for m in mentions
        ) else 0.0
        f["colon_after"] = 1.0 if any(text[m["end"] : m["end"] + 3].strip().startswith(":") for m in mentions) else 0.0
        f["short_line"] = sum(_line_length(text, m["start"]) <= SHORT_LINE for m in mentions) / count
        f["next_to_linked"] = 1.0 if any(
            abs(s - m["end"]) <= 4 or abs(m["start"] - e) <= 4 for m in mentions for s, e in linked
        ) else 0.0
        f["inside_other"] = 1.0 if any(key != k and key in k for k in keys) else 0.0
        f["contains_other"] = 1.0 if any(key != k and len(k) >= 3 and f" {k} " in f" {key} " for k in others) else 0.0
        content = [w for w in (_fold(x) for x in words) if len(w) >= 4]
        shared = [w for w in content if any(w in words_of[o] for o in others if o != key)]
        f["shares_words"] = len(shared) / len(content) if content else 0.0
        f["near_duplicate"] = 1.0 if any(
            o != key
            and abs(len(o) - len(key)) <= 3
            # quick_ratio() bounds ratio() from above (difflib's formula on a count never below the matches')
            and (matcher := SequenceMatcher(None, o, key)).quick_ratio() >= NEAR_RATIO
            and matcher.ratio() >= NEAR_RATIO
            for o in keys
        ) else 0.0
        common = [w for w in (x.lower() for x in words) if _is_common(w)]
        f["common_word"] = 1.0 if len(words) == 1 and common else 0.0
        f["common_share"] = len(common) / len(words) if len(words) > 1 else 0.0
        f["state_inside"] = 1.0 if len(content) > 1 and any(w in states for w in content[1:]) else 0.0
        f["many_actors"] = math.log1p(n_actors) / 4.0
        vecs = [v for i in idx if (v := vectors[i]) is not None]
        for j, feat in enumerate(FEATURES):
            if feat in {"bias", "is_per", "one_word", "three_plus_words", "acronym", "repeated"}:
                continue
            f[f"m_{feat}"] = sum(v[j] for v in vecs) / len(vecs) if vecs else 0.0
        out[key] = (conjoin(f), idx)
    return out


def conjoin(features: Mapping[str, float]) -> dict[str, float]:
    """``features`` plus a copy of the :data:`CONJOINED` ones prefixed by the cluster's label (``per&`` /
    ``org&``): a one-word person and a one-word organisation, a quoted name and a quoted body weigh differently."""
    out = dict(features)
    label = "per&" if features.get("per") else "org&"
    for name, value in features.items():
        if "&" not in name and name.split("=")[0] in CONJOINED:
            out[label + name] = value
    return out


def _line_length(text: str, pos: int) -> int:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (end if end >= 0 else len(text)) - start


class ActorFilter:
    """Binary logistic regression over named features with a decision threshold."""

    def __init__(self, intercept: float, weights: Mapping[str, float], threshold: float):
        self.intercept = intercept
        self.weights = dict(weights)
        self.threshold = threshold

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold


def _described_person(text: str, ent: Mapping[str, Any]) -> bool:
    """``DESCRIBED_PERSON_KEPT``: a PER mention followed by an apposition whose noun is a kind of person."""
    if ent.get("label") != "PER":
        return False
    m = _APPOSITION.match(text, ent["end"])
    if m is None:
        return False
    from kibaru.enrich.quotes import _lexicon  # the one reader of speakers.yaml

    nouns = _lexicon().person_apposition_nouns
    return any(w.lower() in nouns for w in m.group("words").split())


@functools.cache
def load_model() -> ActorFilter | None:
    """The shipped model (loaded once), or None when its data file is absent (nothing is dropped)."""
    path = resources.files("kibaru").joinpath(*MODEL_FILE)
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return ActorFilter(
            float(raw["intercept"]), {str(k): float(v) for k, v in raw["weights"].items()}, float(raw["threshold"])
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{'/'.join(MODEL_FILE)}: {exc}") from exc


# Session 47: the bodies of a state the linking rules named (``candidates.BODIES_KEY``: « Ministère des Affaires
# étrangères du Togo », « Parlement du Canada ») are kept, as the candidate filter keeps them. Off = the model judges
# them too.
RULE_BODIES_KEPT = True


def drop_unlikely_actors(
    doc: Doc | None, text: str, ents: list[dict[str, Any]], kb: KnowledgeBase, model: ActorFilter | None = None
) -> list[dict[str, Any]]:
    """``ents`` without the mentions of the unlinked PER/ORG clusters the model judges not to be actors."""
    model = model or load_model()
    if model is None:
        return ents
    bodies = rule_bodies(doc) if RULE_BODIES_KEPT and doc is not None else set()
    dropped: set[int] = set()
    for features, idx in cluster_features(doc, text, ents, kb).values():
        if any(ents[i]["start"] in bodies for i in idx):
            continue  # a state's body the rules named (« Parlement du Canada »): no guess of the model
        if not model.keep(features) and not (DESCRIBED_PERSON_KEPT and any(_described_person(text, ents[i])
                                                                               for i in idx)):
            dropped.update(idx)
    return [e for i, e in enumerate(ents) if i not in dropped] if dropped else ents
