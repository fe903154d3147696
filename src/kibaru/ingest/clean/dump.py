"""The boilerplate cleaner for plain-text dumps of scraped news pages.

A dump is the visible text of a page, one block per line: the article's paragraphs mixed with site
furniture (follow/share calls, comment forms, "Les plus lus", radio/app promos, SEO link spam,
category labels, teaser headlines of unrelated stories). ``clean_dump`` labels every non-blank line:

* ``header``: a leading `` date YYYY-MM[-DD] `` marker; its remainder on the same line is body, unless it is
  a headline (short, no sentence-final period, its words in the article) over a long paragraph: then it is
  the title;
* ``credit``: a ``Source : X`` / ``Avec X`` credit line (gives ``attributed_source``);
* ``body`` / ``boilerplate``: two stages of gradient-boosted trees over line features (see
  ``features.py``; weights in ``data/boilerplate_model.json``, trained on the dev split of real
  pages by ``benchmarks/boilerplate_eval.py --train``), then two rules: a line repeated across many
  documents of its site (``LineStats``) is boilerplate, and so is an indented headline-shaped line
  that shares little vocabulary with the article (a pasted teaser);
* ``title``: the first headline-like line shortly before the article whose words recur in it (a final "?"
  or "!" does not disqualify it).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import numpy as np

from kibaru.ingest.clean.features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    HEADLINE_MAX_WORDS,
    LineInfo,
    context_features,
    document_features,
)
from kibaru.ingest.clean.repetition import LineStats

__all__ = ["CleanedDump", "LineStats", "clean_dump"]

Label = Literal["title", "body", "boilerplate", "credit", "header"]

# Repetition rule: a line is site boilerplate when at least REPEAT_MIN_COUNT documents of the group
# and at least REPEAT_MIN_SHARE of them contain it, once the group has REPEAT_MIN_DOCS documents.
# Set by reasoning, not tuned (the evaluation pages come one or two per site): 3 documents rule out a
# story republished twice, 20% keeps a recurring phrase of a big site's articles from being removed.
REPEAT_MIN_DOCS = 3
REPEAT_MIN_COUNT = 3
REPEAT_MIN_SHARE = 0.2
# Longer lines are never removed for repetition alone (a wire story's paragraph can recur on a site).
REPEAT_MAX_WORDS = 40

# An indented headline-shaped line whose content words are less than this share found in the article
# is a pasted teaser. Calibrated on the sample dumps' layout (the real evaluation pages are not
# indented); a genuine indented subheading repeats the article's vocabulary.
TEASER_MAX_SIM = 0.5

# Title: the first candidate among the TITLE_LOOKBACK lines before the first body prose line; a candidate has
# TITLE_MIN_WORDS..HEADLINE_MAX_WORDS words, no sentence-final period, and at least TITLE_MIN_SIM of
# its content words recur in the article (a follow-us line or a teaser has almost none). 0.34 gave the best
# dev title accuracy among 0.2 / 0.25 / 0.34 / 0.5 (27 of 59 pages with a metadata title).
TITLE_LOOKBACK = 12
TITLE_MIN_WORDS = 3
TITLE_MIN_SIM = 0.34
# Header-marker title: the marker's remainder is the headline when it is headline-shaped (see
# ``_is_title_candidate``) and the next line is a paragraph of at least this many words. Set by reasoning
# (a real lead paragraph is a sentence or more), not tuned: the evaluation pages have no marker.
HEADER_TITLE_NEXT_MIN_WORDS = 15
# A headline may end with "?" or "!"; only these end a sentence for the title search.
_SENTENCE_END = (".", "…", ";")

_HEADER = re.compile(r"^\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])[ \t]*(.*)$", re.S)
_CREDIT_SOURCE = re.compile(r"^sources?\s*:\s*(.+?)\s*\.?$", re.I | re.S)
_CREDIT_AVEC = re.compile(r"^[Aa]vec\s+(l'|les\s+|la\s+)?([A-ZÀ-Ý\"«].*?)\s*\.?$", re.S)
# A credit is short; "Source : le ministère a indiqué que …" is a sentence, not a credit.
CREDIT_MAX_WORDS = 8


@dataclass(slots=True)
class CleanedDump:
    text: str  # article body: the header marker's remainder (if any), then the body lines, stripped, "\n"-joined
    title: str | None
    boilerplate: list[str]  # lines labelled "boilerplate", verbatim (title, credit and header lines are not)
    attributed_source: str | None  # "AFP", "Agence de presse régionale", ...
    header_date: str | None  # "2023-03" or "2023-03-14" from the leading marker
    header_date_precision: Literal["day", "month"] | None
    # Every non-blank input line (verbatim, in order) with its label.
    labels: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Stage:
    """Boosted trees stored as complete binary trees (heap order): ``feature``/``threshold`` per internal
    node, ``value`` per leaf; a sample goes right when its feature is >= the threshold."""

    feature: np.ndarray  # (trees, internal nodes)
    threshold: np.ndarray
    value: np.ndarray  # (trees, leaves)
    base: float
    depth: int

    def proba(self, x: np.ndarray) -> np.ndarray:
        n, m = x.shape
        t, internal = self.feature.shape
        # Walk all trees at once on flat arrays: one 1-D ``take`` per level instead of 2-D fancy indexing.
        flat_x = x.ravel()
        feat = self.feature.ravel()
        thr = self.threshold.ravel()
        tree_off = (np.arange(t) * internal)[None, :]
        row_off = (np.arange(n) * m)[:, None]
        node = np.zeros((n, t), dtype=np.int64)
        for _ in range(self.depth):
            at = node + tree_off
            node = 2 * node + 1 + (flat_x.take(feat.take(at) + row_off) >= thr.take(at))
        leaves = self.value.shape[1]
        z = self.base + self.value.ravel().take(node - internal + (np.arange(t) * leaves)[None, :]).sum(axis=1)
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float64)


@dataclass(frozen=True, slots=True)
class _Model:
    stage1: _Stage
    stage2: _Stage
    threshold: float


def _stage(data: dict[str, Any], names: tuple[str, ...]) -> _Stage:
    if tuple(data["features"]) != names:
        raise ValueError("boilerplate model features do not match the code's feature list; retrain it")
    return _Stage(np.asarray(data["feature"], dtype=np.int64), np.asarray(data["threshold"], dtype=np.float64),
                  np.asarray(data["value"], dtype=np.float64), float(data["base"]), int(data["depth"]))


@lru_cache(maxsize=1)
def _model() -> _Model:
    raw = (resources.files("kibaru") / "data" / "boilerplate_model.json").read_text(encoding="utf-8")
    return model_from_dict(json.loads(raw))


def model_from_dict(data: dict[str, Any]) -> _Model:
    """Build the classifier from its JSON form (used by the evaluation's cross-validation)."""
    return _Model(_stage(data["stage1"], FEATURE_NAMES), _stage(data["stage2"], FEATURE_NAMES + CONTEXT_NAMES),
                  float(data["threshold"]))


def _lengths(lines: list[str]) -> np.ndarray:
    return np.array([float(len(line)) for line in lines])


def boilerplate_proba(lines: list[str]) -> tuple[list[LineInfo], np.ndarray]:
    """The model's boilerplate probability for each (stripped, non-blank) line of one document."""
    infos, x = document_features(lines)
    if not lines:
        return infos, np.zeros(0)
    model = _model()
    p1 = model.stage1.proba(x)
    p2 = model.stage2.proba(np.hstack([x, context_features(p1, _lengths(lines))]))
    return infos, p2


def _header(first: str) -> tuple[str, Literal["day", "month"], str] | None:
    m = _HEADER.match(first)
    if not m:
        return None
    year, month, day, rest = m.groups()
    if not 1 <= int(month) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return None
    if day is None:
        return f"{year}-{month}", "month", rest.strip()
    return f"{year}-{month}-{day}", "day", rest.strip()


def _credit(line: str) -> str | None:
    if len(line.split()) > CREDIT_MAX_WORDS:
        return None
    m = _CREDIT_SOURCE.match(line)
    if m:
        source = m.group(1).strip(" .")
        return source or None
    m = _CREDIT_AVEC.match(line)
    if m and len(line.split()) <= 5:
        return m.group(2).strip(" .") or None
    return None


def _is_title_candidate(info: LineInfo, sim: float) -> bool:
    n = len(info.words)
    if not TITLE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS or sim < TITLE_MIN_SIM:
        return False
    # "?" and "!" do not disqualify: "Faut-il négocier avec les jihadistes ?" is a headline.
    if info.text.endswith((".", "…", ";", ",", ":")) or info.cue_start:
        return False
    return "|" not in info.text and "http" not in info.text.casefold()


def _header_title(infos: list[LineInfo], labels: list[Label], work: list[int]) -> bool:
    """Whether the marker's remainder (``infos[0]``, line ``work[0]``) is a headline: headline-shaped, its
    content words found in the body's prose, and followed by a long paragraph."""
    if len(work) < 2 or labels[work[1]] != "body":
        return False
    nxt = infos[1]
    if not (nxt.prose and len(nxt.words) >= HEADER_TITLE_NEXT_MIN_WORDS):
        return False
    body_words: set[str] = set()
    for k in range(1, len(work)):
        if labels[work[k]] == "body" and infos[k].prose:
            body_words |= infos[k].content
    own = infos[0].content
    sim = sum(1 for w in own if w in body_words) / len(own) if own else 0.0
    return _is_title_candidate(infos[0], sim)


def clean_dump(raw: str, *, stats: LineStats | None = None, group: str | None = None) -> CleanedDump:
    """Split one dump into title, body, boilerplate, credit and header lines (never raises on a str)."""
    all_lines = raw.splitlines()
    raw_lines = [line for line in all_lines if line.strip()]
    labels: list[Label] = ["body"] * len(raw_lines)
    header_date: str | None = None
    precision: Literal["day", "month"] | None = None
    # The lines the classifier sees: stripped, the header marker replaced by its remainder.
    lines = [line.strip() for line in raw_lines]
    first_body_override: str | None = None
    start = 0
    # The marker counts only on the file's very first line.
    if raw_lines and all_lines[0].strip():
        found = _header(raw_lines[0])
        if found is not None:
            header_date, precision, rest = found
            labels[0] = "header"
            if rest:
                first_body_override = rest
                lines[0] = rest
            else:
                start = 1
    work = list(range(start, len(raw_lines)))
    infos, proba = boilerplate_proba([lines[i] for i in work])
    threshold = _model().threshold
    attributed: str | None = None
    for k, i in enumerate(work):
        if labels[i] == "header":
            continue  # its remainder is the article's first sentence
        credit = _credit(lines[i])
        if credit is not None:
            labels[i] = "credit"
            attributed = credit
        elif proba[k] >= threshold:
            labels[i] = "boilerplate"

    # Repetition across the site's documents.
    if stats is not None and group is not None and stats.n_docs(group) >= REPEAT_MIN_DOCS:
        floor = max(REPEAT_MIN_COUNT, math.ceil(REPEAT_MIN_SHARE * stats.n_docs(group)))
        for k, i in enumerate(work):
            short = len(infos[k].words) <= REPEAT_MAX_WORDS
            if labels[i] == "body" and short and stats.doc_frequency(group, lines[i]) >= floor:
                labels[i] = "boilerplate"

    # Vocabulary of the article as classified so far, for the teaser and title checks.
    body_df: dict[str, int] = {}
    for k, i in enumerate(work):
        if labels[i] in ("body", "header") and infos[k].prose:
            for w in infos[k].content:
                body_df[w] = body_df.get(w, 0) + 1

    def sim_to_body(k: int) -> float:
        info = infos[k]
        own = info.content if info.prose and labels[work[k]] == "body" else frozenset()
        if not info.content:
            return 0.0
        return sum(1 for w in info.content if body_df.get(w, 0) - (1 if w in own else 0) > 0) / len(info.content)

    for k, i in enumerate(work):
        indented_headline = raw_lines[i][:1] in (" ", "\t") and not infos[k].terminal
        short = len(infos[k].words) <= HEADLINE_MAX_WORDS
        if labels[i] == "body" and indented_headline and short and sim_to_body(k) < TEASER_MAX_SIM:
            labels[i] = "boilerplate"

    # Title: the header marker's remainder when it is a headline over a paragraph, else the first
    # headline-like line before the article's first prose line.
    title: str | None = None
    if first_body_override is not None and _header_title(infos, labels, work):
        title, first_body_override = first_body_override, None
    first_prose = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_prose is not None and title is None:
        best_k = -1
        # The first prose line itself may be the headline (a long one reads like prose, unpunctuated).
        last = first_prose + (0 if infos[first_prose].text.endswith(_SENTENCE_END) else 1)
        for k in range(max(0, first_prose - TITLE_LOOKBACK), last):
            i = work[k]
            if labels[i] in ("body", "boilerplate") and _is_title_candidate(infos[k], sim_to_body(k)):
                best_k = k
                break  # the first candidate: a byline or a subheading below the headline can overlap more
        if best_k >= 0:
            labels[work[best_k]] = "title"
            title = lines[work[best_k]]
            # What precedes the headline is the page's header (category label, breadcrumb, menu).
            for j in work[:best_k]:
                if labels[j] == "body":
                    labels[j] = "boilerplate"

    body_lines: list[str] = []
    if first_body_override is not None:
        body_lines.append(first_body_override)
    body_lines.extend(lines[i] for i in range(len(raw_lines)) if labels[i] == "body")
    return CleanedDump(
        text="\n".join(body_lines),
        title=title,
        boilerplate=[raw_lines[i] for i in range(len(raw_lines)) if labels[i] == "boilerplate"],
        attributed_source=attributed,
        header_date=header_date,
        header_date_precision=precision,
        labels=[(raw_lines[i], labels[i]) for i in range(len(raw_lines))],
    )

