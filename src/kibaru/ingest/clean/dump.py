"""The boilerplate cleaner for plain-text dumps of scraped news pages.

A dump is the visible text of a page, one block per line: the article's paragraphs mixed with site
furniture (follow/share calls, comment forms, "Les plus lus", radio/app promos, SEO link spam,
category labels, teaser headlines of unrelated stories). ``clean_dump`` labels every non-blank line:

* ``header``: a leading `` date YYYY-MM[-DD] `` marker; its remainder on the same line is body, unless it is
  a headline (short, no sentence-final period, its words in the article) over a long paragraph: then it is
  the title;
* ``credit``: a ``Source : X`` / ``Avec X`` credit line (gives ``attributed_source``);
* ``body`` / ``boilerplate``: two stages of gradient-boosted trees over line features (see
  ``features.py``; weights in ``data/boilerplate_model.json``, trained on the dev splits of real
  pages and real French dumps by ``benchmarks/boilerplate_eval.py --train``; hard-wrapped sentences are
  scored as one line), then rules: a line repeated across many documents of its site (``LineStats``) is
  boilerplate, and so is an indented headline-shaped line that shares little vocabulary with the article
  (a pasted teaser); round 4 (real French dumps), with their words and patterns in
  ``data/boilerplate_cues.yaml``: a teaser lead-in ("→ A LIRE AUSSI : …", "Lire la suite"), a cookie/consent
  banner, a dateline ("Publié le 3 mars 2011 à 00h44"), a picture caption with its credit ("… © AFP"), and a
  signature-shaped line (byline, rubric, newsroom, web address) before the first paragraph or after the
  last one; round 5: a comment thread (a line with comment furniture, "Répondre", "Report abuse", or a
  commenter's signature with a date and a time, at most ``COMMENT_GAP`` lines above and below it, and those
  markers);
* ``title``: the first headline-like line shortly before the article whose words recur in it (a final "?"
  or "!" does not disqualify it).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import numpy as np
import yaml

from kibaru.ingest.clean import semantic
from kibaru.ingest.clean.features import (
    CONTEXT_NAMES,
    CUE_GROUPS,
    FEATURE_NAMES,
    HEADLINE_MAX_WORDS,
    LineInfo,
    context_features,
    document_features,
    lexicon,
    line_info,
)
from kibaru.ingest.clean.repetition import LineStats

__all__ = ["CleanedDump", "LineStats", "clean_dump"]

Label = Literal["title", "body", "boilerplate", "credit", "header"]

# Repetition rule: a line is site boilerplate when at least REPEAT_MIN_COUNT documents of the group
# and at least REPEAT_MIN_SHARE of them contain it, once the group has REPEAT_MIN_DOCS documents.
# Set by reasoning, not tuned (the evaluation pages come one or two per site): 3 documents rule out a
# story republished twice, 20% keeps a recurring phrase of a big site's articles from being removed.
# Round 12 check on sites with several pages (benchmarks/boilerplate_repetition_dev.py, LineStats over all 868
# development pages; 220 pages of 39 sites with 4-10 pages, 370 of 45 with >= 4): these values add 2 boilerplate
# lines and no false alarm; a count of 2 adds 4 false alarms (one story's headline on two pages of a site) and no
# catch; a share of 0.05-0.5 or 4 documents change nothing. The boilerplate still missed there is site-unique.
REPEAT_MIN_DOCS = 3
REPEAT_MIN_COUNT = 3
REPEAT_MIN_SHARE = 0.2
# Longer lines are never removed for repetition alone (a wire story's paragraph can recur on a site).
REPEAT_MAX_WORDS = 40

# An indented headline-shaped line whose content words are less than this share found in the article
# is a pasted teaser. Calibrated on the sample dumps' layout (the real evaluation pages are not
# indented); a genuine indented subheading repeats the article's vocabulary.
TEASER_MAX_SIM = 0.5

# Round 4 (real French dumps): a line that opens with a teaser lead-in ("→ A LIRE AUSSI : …", "Lire aussi :",
# "Voir aussi", "Sur le même sujet"; ``teaser_leadins`` in data/boilerplate_cues.yaml) is a teaser of another
# story, up to this many words (a teaser is a headline, at most a headline and its standfirst). Set by reading the
# real_dev pages' teasers (8 to 20 words), with room for a standfirst; not tuned.
RELATED_LEADIN_MAX_WORDS = 40

# Round 10: two teaser leads cut with an ellipsis at most this many lines apart are a block of teasers (a headline
# between two leads: 2). Set by reading the blocks of real_heldout2/3 (development data), not tuned.
TEASER_CUT_GAP = 2
_ELLIPSES = ("...", "…")

# Round 11: a single headline of another story pasted between the article's paragraphs (or under its last one): a
# headline-shaped line of TEASER_HEADLINE_MIN_WORDS..HEADLINE_MAX_WORDS words after the first paragraph, without a
# sentence-final period, at most TEASER_HEADLINE_MAX_SIM of whose content words occur in the article's prose. A
# subheading shares the article's vocabulary (and is often shorter: "Manque de moyens"); a list item the list rule
# kept and a table cell are left alone. Set by reading real_heldout2-5's missed teasers and subheads (development
# data), not tuned on a blind set.
TEASER_HEADLINE_MIN_WORDS = 5  # round 14 check: 3-7 give the same pooled dev F1; every CV fold picks 5
TEASER_HEADLINE_MAX_SIM = 0.2
# Round 14 check (benchmarks/boilerplate_calibrate.py, whole cleaner on the 860 real dev pages, outlet-grouped
# 5-fold CV): 0.1-0.4 give the same pooled F1 (0.903); every fold picks 0.2. Kept.
# ... and only on a page whose prose has at least this many distinct content stems (a short page's overlap says little).
TEASER_HEADLINE_MIN_VOCAB = 25
_HEADLINE_END_OK = ("?", "!")  # and an ellipsis: a teaser's headline the site cut
_BULLET = ("- ", "– ", "• ")
_TEASER_HEAD_MAX_WORDS = 4


def _teaser_headline(prev: LineInfo, info: LineInfo, nxt: LineInfo) -> bool:
    """Shaped like another story's headline between paragraphs: after a finished sentence, capitalised, not a
    sentence, not cut by a hard wrap, bulleted or in the "Place : event" form."""
    n = len(info.words)
    if not TEASER_HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS:
        return False
    text = info.text
    bulleted = False
    for mark in _BULLET:
        if text.startswith(mark):
            text, bulleted = text[len(mark):].lstrip("→> "), True
            break
    if not (prev.terminal or bulleted):  # an item of a link list may follow its list's heading
        return False
    if not text[:1].isupper() or text.isupper() or nxt.text[:1].islower() or "http" in text.casefold():
        return False
    end = text.rstrip("»”\"' )")[-1:]
    if (info.terminal and end not in _HEADLINE_END_OK and not text.endswith(_ELLIPSES)) or end in (":", ",", "-"):
        return False
    # The news-headline forms of another story: a bulleted item of a link list, or "Place : what happened" (a
    # subheading of the article itself rarely opens with a place or a name and a colon).
    head, colon, _ = text.partition(" : ")
    return bulleted or (bool(colon) and 0 < len(head.split()) <= _TEASER_HEAD_MAX_WORDS and head[:1].isupper())

# Round 16: after the article's last long paragraph (prose of at least TAIL_PARA_MIN_WORDS words), a run of at least
# TAIL_BLOCK_MIN_LINES headline-shaped lines with no sentence between them, at least TAIL_BLOCK_MIN_OTHER_SHARE of which
# share at most TEASER_HEADLINE_MAX_SIM of their content words with the article's prose, is a block of other stories
# (a "related" widget without its heading); a run that the line above announces with a colon is a list of the
# article (and the list rule's items are left alone). Only on a page with at least TAIL_MIN_PARAS such paragraphs (a
# story with a body; beside a lone standfirst, the headline itself looks off-topic). Set by reasoning on the round-15
# idea and checked on the real dev pages (benchmarks/boilerplate_calibrate.py --param TAIL_BLOCK_MIN_LINES), never on
# a blind split.
TAIL_PARA_MIN_WORDS = 25
TAIL_MIN_PARAS = 2
TAIL_BLOCK_MIN_LINES = 3
TAIL_BLOCK_MIN_OTHER_SHARE = 0.5
# Round 41 (branch resb; real_heldout27-30, development data): a widget of other stories often comes with its own
# heading ("More …", "Other videos …"), a short line the cleaner already removed; under such a heading the block may be
# shorter than TAIL_BLOCK_MIN_LINES (two or three teasers, the last one a full sentence that ends the run). A run right
# under a removed heading of at most TAIL_HEADING_MAX_WORDS words without a sentence end needs only
# TAIL_BLOCK_MIN_LINES_HEADED lines (the other-story share test unchanged). Structure only: the heading's words are not
# read. French pages only (on an English html dev page a shop's product line under a removed label is the article's).
# Values chosen by reasoning (a heading is a label, a teaser needs TEASER_HEADLINE_MIN_WORDS), then checked on the
# development sets (RESULTS.md, round 41).
TAIL_HEADING_MAX_WORDS = 4
TAIL_BLOCK_MIN_LINES_HEADED = 1


def _tail_headline(info: LineInfo) -> bool:
    """Shaped like a teaser's headline or its cut lead: a capitalised line of TEASER_HEADLINE_MIN_WORDS to
    HEADLINE_MAX_WORDS words (RELATED_LEADIN_MAX_WORDS when the site cut it with an ellipsis) that is not a sentence
    (a sentence-final mark other than "?" or "!"), does not announce a list and holds no link."""
    n = len(info.words)
    text = info.text.lstrip("-–•→►> ")
    cut = text.endswith(_ELLIPSES)
    if not TEASER_HEADLINE_MIN_WORDS <= n <= (RELATED_LEADIN_MAX_WORDS if cut else HEADLINE_MAX_WORDS):
        return False
    if not text[:1].isupper() or text.endswith((":", ",")) or "http" in text.casefold():
        return False
    return cut or not info.terminal or text.endswith(_HEADLINE_END_OK)


def _tail_heading(info: LineInfo) -> bool:
    """A short label over a block (round 41): one to TAIL_HEADING_MAX_WORDS words, no sentence end, no colon."""
    return 1 <= len(info.words) <= TAIL_HEADING_MAX_WORDS and not info.terminal and not info.text.endswith(":")


def _opening(info: LineInfo) -> str:
    """A line's opening for _same_opening: its first word, or, when a number stands in its first two words, their
    shape ("June 9" and "July 22" both "a 0")."""
    head = info.words[:2]
    if any(ch.isdigit() for w in head for ch in w):
        return " ".join("0" if any(ch.isdigit() for ch in w) else "a" for w in head)
    return head[0] if head else ""


def _same_opening(infos: list[LineInfo], run: range) -> bool:
    """Whether half the lines of a run or more open alike (see _opening): the items of a list (dates of a tour,
    "Ministre de …" of an appointment list), not the varied headlines of other stories."""
    openings = Counter(_opening(infos[j]) for j in run)
    return openings.most_common(1)[0][1] * 2 >= len(run)


# Two consent-banner lines at most this many lines apart make the short lines between them banner lines too.
CONSENT_GAP = 4

# Title: the first candidate among the TITLE_LOOKBACK lines before the first body prose line; a candidate has
# TITLE_MIN_WORDS..HEADLINE_MAX_WORDS words, no sentence-final period, and at least TITLE_MIN_SIM of
# its content words recur in the article (a follow-us line or a teaser has almost none). 0.34 gave the best
# dev title accuracy among 0.2 / 0.25 / 0.34 / 0.5 (27 of 59 pages with a metadata title).
TITLE_LOOKBACK = 12
TITLE_MIN_WORDS = 3
TITLE_MIN_SIM = 0.34
# Round 14 check (boilerplate line F1, real dev pages, outlet-grouped 5-fold CV): 0.25 has the best pooled F1 (0.904
# vs 0.903) but the folds disagree (0.25-0.4) and the CV estimate falls (0.9035 -> 0.8998). Kept.
# Round 25 (real_heldout7, 13, 14, 18, development data): the first headline-shaped line above the first paragraph is
# the headline, except when a rubric or a section label comes first ("Guerre du Mali", "A la Une … Culture") and
# shares one or two of the article's words: a later candidate sharing more than TITLE_SHARED_MARGIN times as many
# content words with the article is the headline. A margin of 1 (the most words wins) also takes 1 more rubric, and
# loses 2 article lines (a dated line or a cut standfirst under the headline wins over it) on the dev splits; 2 loses
# none.
TITLE_SHARED_MARGIN = 2
# Round 6 (whole French pages): a news site often prints byline, dates, reading time, share and bookmark buttons
# between the headline (and its standfirst) and the first paragraph, more than TITLE_LOOKBACK lines. When no
# candidate is found there, the search goes on up to TITLE_FAR_LOOKBACK lines back (nearest first), for a candidate
# sharing at least TITLE_FAR_MIN_SIM of its content words with the article (a menu's teaser shares fewer). Set by
# reasoning on the fr_dev pages' layout (the headline 23 lines above the first paragraph), not tuned.
TITLE_FAR_LOOKBACK = 40
TITLE_FAR_MIN_SIM = 0.5
# Round 6: the standfirst (chapô) printed under the headline: a prose line of at least STANDFIRST_MIN_WORDS words
# between the headline and the first paragraph, sharing at least STANDFIRST_MIN_SIM of its content words with the
# article, is article text even when the model removed it among the byline and share buttons. Set by reasoning.
STANDFIRST_MIN_WORDS = 12
STANDFIRST_MIN_SIM = 0.5
# Header-marker title: the marker's remainder is the headline when it is headline-shaped (see
# ``_is_title_candidate``) and the next line is a paragraph of at least this many words. Set by reasoning
# (a real lead paragraph is a sentence or more), not tuned: the evaluation pages have no marker.
HEADER_TITLE_NEXT_MIN_WORDS = 15
# A headline may end with "?" or "!"; only these end a sentence for the title search.
_SENTENCE_END = (".", "…", ";")

_HEADER = re.compile(r"^\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])[ \t]*(.*)$", re.S)
# Round 7: a bare web address (the header marker's remainder is then the page's URL, not its first sentence).
_URL_ONLY = re.compile(r"(?:https?://|www\.)\S+", re.I)
# Round 17: the marker's remainder holds at least this many words to be text (a headline or the first sentence); set
# by reading the dev splits' one- and two-word remainders (rubrics, outlet names), checked with the per-line diff.
HEADER_REST_MIN_WORDS = 3
_CREDIT_SOURCE = re.compile(r"^sources?\s*:\s*(.+?)\s*\.?$", re.I | re.S)
# Round 10: "Avec le Témoin" (a newspaper's name with its article) too.
_CREDIT_AVEC = re.compile(r"^[Aa]vec\s+(l'|les\s+|la\s+|le\s+)?([A-ZÀ-Ý\"«].*?)\s*\.?$", re.S)
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


# A line that stops where a sentence goes on: a letter, digit, comma or dash at its end.
_OPEN_END = re.compile(r"[^\W_]$|[,\-–]$")


# A hard-wrapped line holds at least this many words (a wrapped paragraph's lines are 5 to 15 words long; a menu's
# items, one or two). Set by reasoning; it also keeps menus of lower-case items from being joined.
WRAP_MIN_WORDS = 3


def wrapped_runs(lines: list[str]) -> list[list[int]]:
    """Indices of the (stripped) lines grouped into logical lines: a line that starts with a lowercase letter right
    after a line of a few words that stops mid-sentence continues it (hard-wrapped text: "Ils sont une" /
    "cinquantaine de …")."""
    runs: list[list[int]] = []
    for k, line in enumerate(lines):
        if runs and line[:1].isalpha() and line[:1].islower() and _OPEN_END.search(lines[k - 1]) \
                and lines[k - 1].count(" ") + 1 >= WRAP_MIN_WORDS:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _stage_proba(lines: list[str], x: np.ndarray) -> np.ndarray:
    model = _model()
    p1 = model.stage1.proba(x)
    # Round 35: the doubtful lines re-scored from what they say (word vectors; unchanged when those are absent).
    return semantic.refine(lines, model.stage2.proba(np.hstack([x, context_features(p1, _lengths(lines))])),
                           skip=_english_line)


def boilerplate_proba(lines: list[str]) -> tuple[list[LineInfo], np.ndarray]:
    """The model's boilerplate probability for each (stripped, non-blank) line of one document. Hard-wrapped
    sentences are scored as one logical line (``wrapped_runs``), each of their lines getting its probability."""
    if not lines:
        return document_features(lines)[0], np.zeros(0)
    runs = wrapped_runs(lines)
    if len(runs) == len(lines):
        line_infos, x_lines = document_features(lines)
        return line_infos, _stage_proba(lines, x_lines)
    merged = [" ".join(lines[i] for i in run) for run in runs]
    merged_infos, x = document_features(merged)
    p_runs = _stage_proba(merged, x)
    # The rules work on the lines: a line alone in its run has the run's info, the joined lines get their own.
    infos: list[LineInfo] = []
    proba = np.empty(len(lines))
    for run, info, p in zip(runs, merged_infos, p_runs.tolist(), strict=True):
        proba[run] = p
        infos.extend([info] if len(run) == 1 else [line_info(lines[i]) for i in run])
    return infos, proba


@dataclass(frozen=True, slots=True)
class _RuleData:
    consent: frozenset[str]
    date_words: frozenset[str]
    caption: re.Pattern[str]  # the caption_credit_patterns as one alternation
    caption_words: frozenset[str]
    particles: frozenset[str]
    comment: re.Pattern[str]  # the comment_markers as one word-bounded alternation
    paywall: re.Pattern[str]  # round 6: the paywall_phrases, one alternation over words joined by single spaces
    paywall_last: frozenset[str]  # round 6: their last words (a line holding a phrase holds its last word)
    agency: re.Pattern[str]  # round 6: a caption's closing agency credit ("… / AFP", "(Fred Scheiber/SIPA)")
    ad_lines: frozenset[str]  # round 6: whole advertising lines, case-folded words joined by single spaces
    related_headings: frozenset[str]  # round 6: whole lines heading a list of other stories, likewise
    list_max_words: int  # round 6: the longest of those whole lines, in words (a cheap test before the lookup)
    media_leadins: dict[str, tuple[tuple[str, ...], ...]]  # round 7: audio/video credit openings, by first word
    list_leadins: frozenset[str]  # round 9: first words of a sentence announcing a list ("voici")
    dated_caption: re.Pattern[str]  # round 10: a caption closing on ", [le] 4 octobre 2024[.] [Credit]"
    date_names: frozenset[str]  # round 10: the date words longer than 3 letters (months, days: a cheap test)
    breadcrumb: re.Pattern[str]  # round 10: "Accueil » …", "Actualités :: …"
    breadcrumb_first: frozenset[str]  # round 10: their first words (a cheap test before the pattern)
    wire_names: frozenset[str]  # round 11: words of news agencies' and broadcasters' names ("rfi", "france-presse")
    role_caption: re.Pattern[str]  # round 13: "Name, [le] role …" alone on a line
    role_caption_not_names: frozenset[str]  # round 13: words that show the part before the comma is no name
    byline_openings: dict[str, tuple[tuple[str, ...], ...]]  # round 14: "De notre correspondant à …", by first word
    media_caption: re.Pattern[str]  # round 42: "Photo prise le …", "Vidéo tournée …" at a line's start
    media_caption_first: frozenset[str]  # round 42: its nouns (a cheap test on the first word)
    colon_leadin: re.Pattern[str]  # round 42: "Lire : …", a reading verb with its colon
    colon_leadin_first: frozenset[str]  # round 42: the first words of those lead-ins


@lru_cache(maxsize=1)
def _rule_data() -> _RuleData:
    raw = (resources.files("kibaru") / "data" / "boilerplate_cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    # month and day names; round 20: "mai", the one French month name of three letters (real_heldout8, development
    # data: "…, le 29 mai 2024 AFP"), which the length test left out
    months = [str(w) for w in data.get("date_words") or [] if len(str(w)) > 3 or str(w) == "mai"]
    return _RuleData(frozenset(str(w).casefold() for w in data.get("consent_words") or []),
                     frozenset(str(w).casefold() for w in data.get("date_words") or []),
                     re.compile("|".join(f"(?:{p})" for p in data.get("caption_credit_patterns") or ["(?!x)x"]),
                                re.I),
                     frozenset(str(w).casefold() for w in data.get("caption_credit_words") or []),
                     frozenset(str(w).casefold() for w in data.get("name_particles") or []),
                     re.compile(r"(?<!\w)(?:" + "|".join(re.escape(str(w).casefold())
                                                        for w in data.get("comment_markers") or ["(?!x)x"])
                                + r")(?!\w)"),
                     re.compile(r"(?<!\S)(?:" + ("|".join(re.escape(w) for w in sorted(
                         _phrases(data.get("paywall_phrases")))) or "(?!x)x") + r")(?!\S)"),
                     frozenset(p.split()[-1] for p in _phrases(data.get("paywall_phrases"))),
                     _agency_pattern(data.get("caption_agencies")),
                     ads := _phrases(data.get("ad_lines")), heads := _phrases(data.get("related_headings")),
                     max((len(p.split()) for p in ads | heads), default=0),
                     _by_first_word(_phrases(data.get("media_leadins"))),
                     frozenset(str(w).casefold() for w in data.get("list_leadins") or []),
                     _dated_caption_pattern(months),
                     frozenset(w.casefold() for w in months),
                     _breadcrumb_pattern(data.get("breadcrumb_roots") or []),
                     frozenset(str(w).casefold().split()[0] for w in data.get("breadcrumb_roots") or []),
                     frozenset(str(w).casefold() for w in data.get("wire_names") or []),
                     _role_caption_pattern(data.get("caption_roles") or []),
                     frozenset(str(w).casefold() for w in data.get("caption_role_not_names") or [])
                     | lexicon().stopwords,
                     _by_first_word(_phrases(data.get("byline_openings"))),
                     _media_caption_pattern(data.get("caption_media_nouns") or [],
                                            data.get("caption_media_links") or []),
                     frozenset(str(w).casefold() for w in data.get("caption_media_nouns") or []),
                     re.compile(r"\W*(?:" + ("|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                                                   for w in data.get("teaser_leadins_with_colon") or [])
                                             or "(?!x)x") + r")\s*:", re.I),
                     frozenset(str(w).casefold().split()[0] for w in data.get("teaser_leadins_with_colon") or []))


def _media_caption_pattern(nouns: list[Any], links: list[Any]) -> re.Pattern[str]:
    """Round 42: a noun of picture at the line's start, then a word describing the picture (see the cues file)."""
    def alternation(words: list[Any]) -> str:
        return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(str(w))))
    if not nouns or not links:
        return re.compile("(?!x)x")
    link = "|".join(f"{w}(?!\\w)" if w[-1:].isalpha() else w for w in alternation(links).split("|"))
    return re.compile(rf"(?:{alternation(nouns)})\s+(?:{link})", re.I)


def _breadcrumb_pattern(roots: list[Any]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(roots, key=lambda w: -len(str(w))))
    return re.compile(r"^(?:" + (alternation or "(?!x)x") + r")\s*(?:»|›|>|::|•|\||/)\s*\S", re.I)


def _dated_caption_pattern(month_names: list[str]) -> re.Pattern[str]:
    months = "|".join(re.escape(w) for w in sorted(month_names, key=len, reverse=True)) or "(?!x)x"
    # ", [le] 4[er] octobre 2024[.]" at the very end, then at most a capitalised credit ("AFP", "(X/via Reuters)").
    return re.compile(r",\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?:" + months + r")(?:\s+\d{4})?\s*\.?"
                      r"(?:\s*\(?(?-i:[A-Z])[^,;:()]{0,60}\)?\s*\.?)?\s*$", re.I)


def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in sorted(phrases):
        words = tuple(p.split())
        out[words[0]] = (*out.get(words[0], ()), words)
    return out


def _phrases(items: list[Any] | None) -> frozenset[str]:
    return frozenset(" ".join(re.findall(r"\w+", str(w).casefold())) for w in items or []) - {""}


def _agency_pattern(agencies: list[Any] | None) -> re.Pattern[str]:
    names = "|".join(re.escape(str(w)) for w in agencies) if agencies else "(?!x)x"
    # Round 8: also at the start, before the caption ("SIA KAMBOU / AFP Laurent Gbagbo lors du congrès …").
    return re.compile(r"/\s*(?:via\s+)?(?:" + names + r")(?:\s*/\s*[^\W\d_]+)*\s*\)?\s*\.?\s*$"
                      r"|^(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*\s*/\s*(?:" + names + r")\b"
                      # and "agency/photographer" at the end ("… 22 novembre 2016. VOA/Issa Napon.")
                      r"|\b(?:" + names + r")\s*/\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}\s*\.?\s*$", re.I)


_SOURCE_WORDS = frozenset({"source", "sources"})

# Round 10: a breadcrumb is at most this long (a path ending with the page's headline). Set by reasoning.
BREADCRUMB_MAX_WORDS = 40


def _breadcrumb(info: LineInfo) -> bool:
    """A breadcrumb: the site's home or news rubric, then a path separator ("Accueil » SENEGAL : …")."""
    data = _rule_data()
    return 0 < len(info.words) <= BREADCRUMB_MAX_WORDS and info.words[0] in data.breadcrumb_first \
        and data.breadcrumb.match(info.text) is not None


# Round 11: a line holding nothing but a news agency's or broadcaster's name ("RFI", "rfi", "AFP Agence France-Presse")
# is the article's credit; at most WIRE_CREDIT_MAX_WORDS words.
WIRE_CREDIT_MAX_WORDS = 4
_WIRE_TOKEN = re.compile(r"[^\W\d_][\w-]*")


def _wire_credit(info: LineInfo) -> bool:
    if not 0 < len(info.words) <= WIRE_CREDIT_MAX_WORDS:
        return False
    names = _rule_data().wire_names
    if info.words[0] not in names:  # cheap test first
        return False
    tokens = _WIRE_TOKEN.findall(info.text.casefold())
    return bool(tokens) and all(tok in names for tok in tokens)


def _consent(info: LineInfo) -> bool:
    """A cookie/consent banner line."""
    return not _rule_data().consent.isdisjoint(info.words)


_TIME_WORD = re.compile(r"\d+(?:h|mn|min|s)?\d*(?:min)?")
# Round 7: a figure of a table or a text ("52,124", "37,3%", "1.200 €"): digits with a decimal or thousands
# separator, or with a unit. It is not a dateline (a bare "2024" or "12" still can be: a year, a day, a count).
_FIGURE = re.compile(r"[-+–]?\(?\d+(?:(?:[.,]|[ \u202f\u00a0](?=\d{3}))\d+)*\)?\s*(?:%|‰|€|\$|£)?\s*\**")
_FIGURE_MARK = re.compile(r"\d[.,]\d|\d[ \u202f\u00a0]\d{3}|[%‰€$£]")


def _figure(text: str) -> bool:
    return _FIGURE.fullmatch(text) is not None and _FIGURE_MARK.search(text) is not None \
        and _NUM_DATE.search(text) is None  # a numeric date is no figure
# A dateline holds at most this many words (a date, a time and "Publié le … à …"). Set by reasoning.
DATELINE_MAX_WORDS = 14


# Round 17 (real_heldout10/11, development data): a dateline may open with the place ("Kaédi,  13/08/2010") or with
# "Article publié le …" ("Article publié le lundi 24 janvier 2005"): one or two capitalised words and a comma, or
# the word "article" before a publication verb, are skipped before the date words.
_PLACE_COMMA = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:[\s-]+[A-ZÀ-Ý][\w'’]*)?\s*,\s*\S")
_WORD_RE = re.compile(r"\w+")
_PUBLISH_WORDS = frozenset({"publié", "publiée", "publie", "mis", "posté", "modifié"})


def _dateline(info: LineInfo) -> bool:
    """A line made only of dates, times and dateline words ("Publié le jeudi 3 mars 2011 à 00h44min")."""
    words = info.words
    if not words or len(words) > DATELINE_MAX_WORDS:
        return False
    if words[0] == "article" and len(words) > 1 and words[1] in _PUBLISH_WORDS:
        words = words[1:]
    elif "," in info.text and _PLACE_COMMA.match(info.text):
        words = _WORD_RE.findall(info.text.split(",", 1)[1].casefold())
        if not words:
            return False
    dw = _rule_data().date_words
    has_date = False
    for w in words:
        if w.isdigit() or (w[:1].isdigit() and _TIME_WORD.fullmatch(w)):
            has_date = True
        elif w in dw:
            has_date = has_date or len(w) > 3  # a month or day name, not just "le"
        else:
            return False
    return has_date and not _figure(info.text)


# Round 13: a caption naming the person shown and their role ("Jean Dupont, le président de l'ANC"): at most this
# many words (the real_heldout2-7 development captions of this shape have 5 to 11 words, none ends with a full stop;
# an apposition followed by its sentence, "X, directrice de l'école, a annoncé …", has a second comma or a full stop,
# which the pattern refuses).
ROLE_CAPTION_MAX_WORDS = 14
_NAME_TOKEN = r"[A-ZÀ-Ý][\w'’.-]*"
_NAME_PARTICLE = r"(?:de|du|des|d['’]|ben|bin|ould|ag|el|al|dit|van|von)"


def _role_caption_pattern(roles: list[Any]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted((str(w) for w in roles), key=len, reverse=True)) or "(?!x)x"
    # Round 20 (real_heldout14, development data): an adjective may come before the role and a stop may close the
    # line ("X, nouveau gouverneur du Centre-Ouest."); no article line of the dev splits takes the wider form.
    return re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_PARTICLE}\s*)?{_NAME_TOKEN}){{1,4}}\s*,\s*"
                      rf"(?i:(?:le|la|les|l['’]|un|une|son|sa)\s*)?"
                      r"(?i:(?:nouveau|nouvel|nouvelle|ancien|ancienne|futur|future)\s+)?"
                      rf"(?i:{alternation})(?![\w-])"
                      r"[^.,!?;:«»\"“”()]*\.?")


# Round 13: a photographer's credit with the agency's acronym and the place ("Jean DUPONT / AMAP - Gao"): a name of
# 2 to 4 capitalised words, "/", an upper-case acronym, optionally "-" and a place; nothing else on the line.
_PHOTO_CREDIT = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}\s*/\s*[A-Z]{{2,8}}"
                           rf"(?:\s*[-–]\s*{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)?")


def _role_caption(info: LineInfo, next_info: LineInfo | None) -> bool:
    """A picture's caption: the person shown and their role, alone on a short line that the next line does not
    continue (a lower-case start continues a sentence the scraper cut); or the photographer's and agency's credit."""
    if not 3 <= len(info.words) <= ROLE_CAPTION_MAX_WORDS or not info.text[:1].isupper():
        return False
    if "/" in info.text:
        return _PHOTO_CREDIT.fullmatch(info.text) is not None
    if "," not in info.text:
        return False
    if next_info is not None and next_info.text[:1].islower():
        return False
    data = _rule_data()
    if any(t.casefold() in data.role_caption_not_names for t in info.text.split(",", 1)[0].split()):
        return False
    return data.role_caption.fullmatch(info.text) is not None


# A caption is at most this long (a caption with its credit; a standfirst ending with "(Illustration : X)" is
# longer). Set by reading the real_dev captions (10 to 30 words) and one such standfirst (48 words).
CAPTION_MAX_WORDS = 40
# Round 14 check (real dev pages, outlet-grouped 5-fold CV): 25-50 within 0.002 pooled F1; the calibrated choice
# scores lower out of fold (0.9029 vs 0.9035). Kept.


def _caption_credit(line: str, info: LineInfo) -> bool:
    """A picture caption or credit: a photo-credit mark ("©", "Photo :", "(Photo d'illustration)") in a short line."""
    data = _rule_data()
    if len(info.words) > CAPTION_MAX_WORDS:
        return False
    if "/" in line and data.agency.search(line) is not None:  # round 6: "… le 12 juillet. BERTRAND GUAY / AFP"
        return True
    # Round 10: a caption closing on the picture's place and date ("… au palais de l'Elysée, à Paris, le 4 octobre
    # 2024.", "…, 17 janvier 2017.", "… à Abidjan, le 26 février 2024 AFP"): an article sentence names its dates
    # inside, seldom after a comma at its very end (0 of the real dev sets' article lines, 10 of their captions).
    # Round 17: the year may be left out ("Inondations dans la région de Maradi au Niger, le 30 août."; real_heldout8,
    # development data; 0 article lines lost on any dev split). Cheap gate first: a month among the last words.
    tail = info.words[-6:]
    if not data.date_names.isdisjoint(tail) and "," in line \
            and data.dated_caption.search(line) is not None:
        return True
    if "©" not in line:
        if data.caption_words.isdisjoint(info.words):
            return False
        # Round 10: "source" alone marks a caption only as a closing bracket ("… (Source : FAO)"): a cheap test first,
        # the word is common in news prose ("selon une source sécuritaire").
        if line.rstrip(" .")[-1:] != ")" and data.caption_words.intersection(info.words) <= _SOURCE_WORDS:
            return False
    return data.caption.search(line) is not None


# Round 21 (real_heldout11, development data): a header marker's remainder that is a picture's caption with its
# mark ("Troupeau au Tchad … (illustration)."), one sentence: a standfirst merged with the caption ("C'est la
# deuxième fois … Ici, des militaires à X (illustration)", real_heldout8) is article text and is kept.
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÀ-Ý«\"]")


def _header_caption(line: str, info: LineInfo) -> bool:
    return _caption_credit(line, info) and _INNER_SENTENCE_END.search(line) is None


# Round 20 (the captions without a cue of real_heldout6-13, development data): a caption's own openings and the
# people's positions in the picture. "Vue aérienne / partielle / générale / panoramique / d'ensemble …", "Photo de
# famille …", "De gauche à droite …" and a bracketed "(à gauche)", "(au centre)" in a line of at most
# CAPTION_MAX_WORDS words; "Vue de / d' / du / des / sur …" only in a headline-sized line without a final stop ("Vue
# de Paris, la crise paraît lointaine." is a sentence). The dev splits hold 4 such lines, all captions (3 of them
# caught by the credit rules already), and no article line.
_CAPTION_OPENING = re.compile(r"(?:vue\s+(?:aérienne|partielle|générale|panoramique|d['’]ensemble)|photo\s+de\s+famille"
                              r"|de\s+gauche\s+à\s+droite)\b", re.I)
_CAPTION_VIEW = re.compile(r"vue\s+(?:d['’]|de\b|du\b|des\b|sur\b)", re.I)
_CAPTION_POSITION = re.compile(r"\((?:à|au)\s+(?:gauche|droite|centre|milieu)\)")


# Round 43 (real_heldout32, development data): a caption names the person shown and, in brackets right after the name,
# when the picture was taken ("Prénom Nom (en 2024), président de …", "X (en mars 2021)."): the bracket closes the line
# or a comma or a stop follows it. Article prose dates a person with a comma ("X, en 2024, …"), and a list item goes
# on with a colon ("Mali (en 2023) : …"). Set by the French caption convention, not tuned; CAPTION_NAME_YEAR = False
# turns it off.
CAPTION_NAME_YEAR = True
_CAPTION_NAME_YEAR = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_PARTICLE}\s*)?{_NAME_TOKEN}){{0,4}}\s*"
                                r"\((?:ici\s+)?en\s+(?:[^\W\d_]+\s+)?(?:19|20)\d\d\)\s*(?:$|[,.])")


def _caption_opening(info: LineInfo) -> bool:
    """A caption by its opening ("Vue aérienne de …") or a person's position in the picture ("X (à gauche)")."""
    n = len(info.words)
    if not 2 <= n <= CAPTION_MAX_WORDS:
        return False
    text = info.text
    if "(" in text and _CAPTION_POSITION.search(text) is not None:
        return True
    if CAPTION_NAME_YEAR and "(" in text and _CAPTION_NAME_YEAR.match(text) is not None:
        return True
    data = _rule_data()
    if info.words[0] in data.media_caption_first and data.media_caption.match(text) is not None:
        return True  # round 42: "Photo prise le …", "Image extraite d'une vidéo …"
    if info.words[0] not in ("vue", "photo", "de"):
        return False
    if _CAPTION_OPENING.match(text) is not None:
        return True
    return n <= HEADLINE_MAX_WORDS and not text.endswith((".", "!", "?", "…", ":")) \
        and _CAPTION_VIEW.match(text) is not None


# Round 18 (the captions without a cue of real_heldout3-12, development data): the line just above a picture's credit
# ("Vue sur la ville d'Agadez." over "© Getty Images/…", "Accouplement de criquets." over "(Photo: …/RFI)") is that
# picture's caption. The credit: a caption-credit line of at most CREDIT_LINE_MAX_WORDS words with "©" or a picture
# word, no year (a copyright notice) and prose after it (the page's footer is not a picture's credit), not among the
# page's first two lines. The caption: DOUBLED_CAPTION_MIN_WORDS to CREDIT_CAPTION_MAX_WORDS words, not a prose
# sentence of ten words or more (the paragraph above a picture), no "Place : event" headline form. Before the article's
# first paragraph the line over a credit is as often the headline: there only a line with a final period is taken (a
# headline has none); after it, a line with a final period only up to CREDIT_CAPTION_PHRASE_MAX_WORDS words (a noun
# phrase, not a short sentence of an html page). Below a credit the article's own paragraph or subheading follows as
# often as a caption (round-18 dev check: 9 article lines lost there for 1 caption): left alone. Per-line diff against
# main on every dev split (real, html, DAnIEL, europa): 4 boilerplate lines gained, 0 article lines lost; the word cap
# checked with benchmarks/boilerplate_calibrate.py --param CREDIT_CAPTION_MAX_WORDS (RESULTS.md, round 18).
CREDIT_CAPTION_MAX_WORDS = 16
CREDIT_LINE_MAX_WORDS = 8
CREDIT_CAPTION_PHRASE_MAX_WORDS = 5
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _credit_caption(info: LineInfo, in_body: bool) -> bool:
    """A caption over its picture's credit; ``in_body``: the line comes after the article's first paragraph."""
    if not DOUBLED_CAPTION_MIN_WORDS <= len(info.words) <= CREDIT_CAPTION_MAX_WORDS or info.text.endswith(":") \
            or " : " in info.text:
        return False
    if info.prose:  # a sentence of ten words or more: the paragraph above a picture (short ones on html pages)
        return False
    period = info.terminal and info.text.rstrip()[-1:] == "."
    if in_body:  # a caption with a final period is a noun phrase ("Accouplement de criquets."), not a sentence
        return not period or len(info.words) <= CREDIT_CAPTION_PHRASE_MAX_WORDS
    return period


def _photo_credit(line: str, info: LineInfo) -> bool:
    """A picture's credit proper: a caption-credit line with "©" or a picture word ("Photo", "Crédit", "Image"),
    not a dateline the dated-caption pattern also takes ("Bruxelles, le 18 septembre 2000")."""
    if _YEAR.search(line) is not None:  # "© 2002, 2003 Jamie Zawinski": the page's copyright notice
        return False
    return ("©" in line or not _rule_data().caption_words.isdisjoint(info.words)) and _caption_credit(line, info)


# Round 40 (the captions of real_heldout27-29, development data): a picture's caption sits beside the picture's credit
# ("Photo : X" over or under it) and names what the picture shows, in words the article's other lines mostly do not
# use; a headline or a subheading beside a credit is the article's own summary and its words come back in the text.
# A line of NOVEL_CAPTION_MIN_WORDS to NOVEL_CAPTION_MAX_WORDS words (a paragraph is longer) not ending with a colon or
# a question mark (a heading), next to a photo-credit line the rules removed (``_photo_credit``, at most
# CREDIT_LINE_MAX_WORDS words), on a French page, is boilerplate when at most NOVEL_CAPTION_MAX_SHARE of its content
# words (those not in the credit) appear in the page's other article lines. One caption to a credit: a line is not
# taken when the credit's other neighbour is boilerplate already (a caption above the credit, round 18's rule, or
# furniture). Calibrated by set-strict leave-one-set-out over the 30 real dev sets (share 0.3-1.0, 20 / 30 words,
# benchmarks/RESULTS.md round 40): 0.6 and 20 words in 28 of 30 folds; without the share test (1.0) two headlines are
# lost.
NOVEL_CAPTION_MIN_WORDS = 2
NOVEL_CAPTION_MAX_WORDS = 20
NOVEL_CAPTION_MAX_SHARE = 0.6


def _novel_caption(infos: list[LineInfo], j: int, credit: int, kept: list[int]) -> bool:
    """A picture's caption beside its credit: a short line whose words the article's other lines do not repeat."""
    info = infos[j]
    if not NOVEL_CAPTION_MIN_WORDS <= len(info.words) <= NOVEL_CAPTION_MAX_WORDS or info.text.endswith((":", "?")):
        return False
    own = info.content - infos[credit].content
    if not own:
        return True
    seen: set[str] = set()
    for k in kept:
        if k != j and k != credit:
            seen.update(infos[k].content)
    return len(own & seen) <= NOVEL_CAPTION_MAX_SHARE * len(own)


# Round 17 (the missed boilerplate of real_heldout9-11, development data): on a French page, a line in English is
# the page's furniture or a spam comment, never the article ("This browser does not support the audio element.",
# "Find out more in this video.", "Use Up/Down Arrow keys to increase or decrease volume", "… pills buy … online
# cheap"): at least FOREIGN_MIN_WORDS words, at least FOREIGN_MIN_CUES words that are English function words or
# ``spam_words`` (data/boilerplate_cues.yaml), and no French function word. Words of both lists ("on", "a") and
# one-letter words ("s" of "it's") count for neither language. The page is French when its French-only function words
# outnumber its English-only ones FOREIGN_PAGE_MIN_RATIO times (the html pages of the English splits are left alone).
# A line whose words are mostly capitalised is a title or a name the article quotes ("The Death and Life of Marsha P.
# Johnson (docu, 1h45, Netflix)" in a list of films, html dev split), not furniture: at most FOREIGN_MAX_CAPITAL_SHARE
# of its alphabetic words start with a capital.
# Calibrated with benchmarks/boilerplate_calibrate.py (--param FOREIGN_MIN_CUES, outlet-grouped CV on the real dev
# pages; see benchmarks/RESULTS.md, round 17).
FOREIGN_MIN_WORDS = 3
FOREIGN_MIN_CUES = 2
FOREIGN_PAGE_MIN_RATIO = 2.0
FOREIGN_MAX_CAPITAL_SHARE = 0.5
_ALPHA_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _foreign_words() -> tuple[frozenset[str], frozenset[str]]:
    """(French-only function words, English-only function words and spam words) for ``_foreign_line``."""
    raw = (resources.files("kibaru") / "data" / "boilerplate_cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    stop = data.get("stopwords") or {}
    fr = frozenset(str(w).casefold() for w in stop.get("fr") or [])
    en = frozenset(str(w).casefold() for w in stop.get("en") or [])
    spam = frozenset(str(w).casefold() for w in data.get("spam_words") or [])
    return (frozenset(w for w in fr - en if len(w) > 1),
            frozenset(w for w in en - fr if len(w) > 1) | spam)


def _french_page(infos: list[LineInfo]) -> bool:
    fr, en = _foreign_words()
    n_fr = n_en = 0
    for info in infos:
        for w in info.words:
            if w in fr:
                n_fr += 1
            elif w in en:
                n_en += 1
    return n_fr > 0 and n_fr >= FOREIGN_PAGE_MIN_RATIO * n_en


def _english_words(info: LineInfo) -> bool:
    """The line's words are English ones (no French function word, ``FOREIGN_MIN_CUES`` English ones)."""
    if len(info.words) < FOREIGN_MIN_WORDS:
        return False
    fr, en = _foreign_words()
    return fr.isdisjoint(info.words) and sum(1 for w in info.words if w in en) >= FOREIGN_MIN_CUES


def _english_line(line: str) -> bool:
    """Round 35: a line the word-vector stage leaves alone: its French vectors cannot read it, and the foreign-line
    rule below knows which English lines a French page keeps (a quoted title)."""
    return _english_words(line_info(line))


def _foreign_line(info: LineInfo) -> bool:
    """A line in English on a French page (``_french_page``): furniture or spam."""
    if not _english_words(info):
        return False
    alpha = _ALPHA_WORD.findall(info.text)
    return sum(1 for w in alpha if w[0].isupper()) <= FOREIGN_MAX_CAPITAL_SHARE * len(alpha)


# Round 17 (real_heldout10's missed author bios, development data): a line that opens with the name of an author the
# page's byline lists ("Par A B, C D et E F"), then "est", is that author's bio ("C D est infirmière spécialisée en
# …"), not the article. The byline holds at most BIO_BYLINE_MAX_WORDS words; a name has 2 to 5 capitalised words and
# matches an author's when they share at least BIO_NAME_MIN_SHARED words (accents and hyphens aside: "Jean-Robert"
# and "Jean Robert", "Helary" and "Hélary"). Set by reasoning (French byline convention), checked with the per-line
# diff on every dev split.
BIO_BYLINE_MAX_WORDS = 40
BIO_NAME_MIN_SHARED = 2
_BIO_OPENING = re.compile(rf"({_NAME_TOKEN}(?:[\s-]+{_NAME_TOKEN}){{1,4}})\s+est\b")
_BYLINE_SPLIT = re.compile(r",|\s+et\s+|\s*&\s*")


def _name_key(name: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return frozenset(re.findall(r"[^\W\d_]+", plain))


def _byline_authors(infos: list[LineInfo]) -> list[frozenset[str]]:
    """The names of the authors a "Par A, B et C" line of the page lists (normalised word sets)."""
    out: list[frozenset[str]] = []
    for info in infos:
        if not info.words or info.words[0] != "par" or len(info.words) > BIO_BYLINE_MAX_WORDS:
            continue
        for part in _BYLINE_SPLIT.split(info.text.strip()[3:]):
            alpha = re.findall(r"[^\W\d_][\w'’-]*", part)
            if 2 <= len(alpha) <= 5 and all(a[0].isupper() for a in alpha):
                out.append(_name_key(part))
    return out


def _author_bio(info: LineInfo, authors: list[frozenset[str]]) -> bool:
    m = _BIO_OPENING.match(info.text)
    if m is None:
        return False
    key = _name_key(m.group(1))
    return any(len(key & a) >= BIO_NAME_MIN_SHARED for a in authors)


# Round 6 (whole French pages): a subscription-wall line holds at most this many words ("Il vous reste 57.09% de cet
# article à lire. La suite est réservée aux abonnés." has 17). Set by reasoning, not tuned.
PAYWALL_MAX_WORDS = 25


# Round 21 (real_heldout3, html dev; development data): a subscription offer's price per period in a button-sized line
# ("à partir de 3,00€ par mois", "8€ par mois sans engagement"); an article's figure per month sits in a sentence
# (longer) or in a table cell without "par" / "/" before the period. At most OFFER_MAX_WORDS words, set by reasoning.
_OFFER_PRICE = re.compile(r"\d+(?:[.,]\d{1,2})?\s*(?:€|euros?\b|\$)\s*(?:par|/)\s*(?:mois|an|semaine)\b", re.I)
OFFER_MAX_WORDS = 8


def _paywall(info: LineInfo) -> bool:
    """Subscription-wall furniture: a short line holding a ``paywall_phrases`` phrase, or an offer's price."""
    data = _rule_data()
    if not info.words:
        return False
    if len(info.words) <= OFFER_MAX_WORDS and _OFFER_PRICE.search(info.text) is not None:
        return True
    if data.paywall_last.isdisjoint(info.words):
        return False
    n = len(info.words)
    if n > PAYWALL_MAX_WORDS and "http" in info.text:
        # Round 21 (real_heldout14, development data): the link a pointer gives ("… pour lire l'intégralité:https://
        # site/un-titre-en-mots") is not counted as words of the line.
        n = len(_WORD_RE.findall(_URL_ONLY.sub(" ", info.text)))
    return n <= PAYWALL_MAX_WORDS and data.paywall.search(" ".join(info.words)) is not None


# Round 7: an audio/video credit line is short (the real_dev / real_heldout ones have 7 to 10 words).
MEDIA_LEADIN_MAX_WORDS = 14


def _media_leadin(info: LineInfo) -> bool:
    """A line announcing the page's audio or video piece ("Le reportage de X à Niamey.")."""
    words = info.words
    phrases = _rule_data().media_leadins.get(words[0]) if words else None
    if not phrases or len(words) > MEDIA_LEADIN_MAX_WORDS:
        return False
    return any(tuple(words[:len(p)]) == p for p in phrases)


# Round 14: the article's own byline in the forms of French reporting ("De notre correspondant à Ouagadougou,",
# "Un reportage de X.", "X, envoyé spécial à Y"): a short line opening with one of ``byline_openings``
# (data/boilerplate_cues.yaml), or a name of one to four capitalised words, a comma and the reporter's title. At most
# BYLINE_OPENING_MAX_WORDS words: the longest dev instance has 15 ("Rédigé par <site> le <weekday> <date> à <time>
# | 0 commentaire(s)"); a sentence that merely mentions a correspondent is longer. Set by reading real_heldout2-8's
# missed bylines (development data), not tuned on a blind set.
BYLINE_OPENING_MAX_WORDS = 16  # round 14 check: 8-16 give the same pooled dev F1
_REPORTER_TITLE = re.compile(
    rf"(?:{_NAME_TOKEN}(?:\s+(?:{_NAME_PARTICLE}\s*)?{_NAME_TOKEN}){{0,3}})?\s*,\s*(?:notre\s+|son\s+|sa\s+)?"
    r"(?:envoyée?s?\s+spéciale?s?|envoyés\s+spéciaux|correspondante?s?(?:\s+(?:permanente?|régionale?|particulière))?)"
    r"(?:\s+(?:à|au|aux|en|dans|de|du|des|d['’]|pour)\b.*)?",
    re.S)


# Round 17 (real_heldout9, development data): "Par" and the reporter's name, then the place the piece was written
# from ("Par Levon Sevunts dans le camp de réfugiés d'Aboutengue, Tchad"): a name of 2 to 4 capitalised words of two
# letters or more, then the end, a comma or "à/au/aux/en/dans/depuis". "Par ailleurs", "Par Décret N° …" are not.
_PAR_REPORTER = re.compile(r"Par\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}"
                           r"(?:\s*,|\s+(?:à|au|aux|en|dans|depuis)\b|\s*$)")


# Round 43 (real_heldout32, development data): "Par" and several reporters, joined by ",", "et" or "&", or one or
# more reporters followed by the newsroom or agency that helped ("Par Prénom NOM et Prénom NOM", "Par A B & C D avec les
# rédactions de X", "Par A B avec AFP"): the whole line has that shape, and nothing closes a sentence inside it. The
# one-name form above stops at "et", so such bylines were left to the model, which kept them (2 of the 4 "Par" bylines
# of real_heldout32; the html dev and heldout pages' "Par" lines are bylines as well). Set by the French byline
# convention, not tuned; PAR_AUTHORS = False restores the one-name form only.
PAR_AUTHORS = True
_PAR_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_PARTICLE}\s*)?{_NAME_TOKEN}){{1,3}}"
_PAR_AUTHORS = re.compile(rf"Par\s+{_PAR_NAME}(?:\s*(?:,|&|\set\b)\s*{_PAR_NAME})*"
                          r"(?:\s+avec\s+[^.!?;:«»\"]+)?\.?")


def _par_authors(text: str) -> bool:
    return _PAR_AUTHORS.fullmatch(text.strip()) is not None


def _byline_opening(info: LineInfo) -> bool:
    """The article's byline: "De notre correspondant à …", "Un reportage de …", "X, envoyé spécial à …"."""
    words = info.words
    if not words or len(words) > BYLINE_OPENING_MAX_WORDS:
        return False
    if words[0] == "par" and (_PAR_REPORTER.match(info.text) or (PAR_AUTHORS and _par_authors(info.text))):
        return True
    phrases = _rule_data().byline_openings.get(words[0])
    if phrases and any(tuple(words[:len(p)]) == p for p in phrases):
        return True
    text = info.text
    return "," in text and any(w.startswith(("envoy", "correspond")) for w in words) \
        and _REPORTER_TITLE.fullmatch(text.rstrip(" .,;")) is not None


# Round 8 (real_heldout2's missed boilerplate, development data since round 8): furniture lines of general shape.
# A hashtag line ("#mauritanie #ue #migrants"), a source pointer ("Source link : https://…"), a bare web address
# ("courrierinternational.com") and a bracketed editing credit ("(Rédaction de Bamako, … édité par …)").
_HASHTAG_LINE = re.compile(r"#[^\W_][\w-]*(?:[\s,]+#[^\W_][\w-]*)*\.?")
_SOURCE_POINTER = re.compile(r"(?:sources?(?: link)?|lien(?: source)?|article original)\s*:?\s*(?:https?://|www\.)\S+",
                             re.I)
_BARE_DOMAIN = re.compile(r"(?:https?://|www\.)\S+|[^\W_][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|fr|sn|ml|bf|ne|ci|"
                          r"td|tg|bj|cm|ga|gn|mr|ma|dz|tn|cd|cg|africa|news|tv)/?", re.I)
# Round 14: a picture's file name left alone on a line by the scraper ("carte-zone-nord-0.png", "IMG_2024.JPG").
_IMAGE_FILE = re.compile(r"[\w.~%-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)", re.I)
_EDIT_CREDIT = re.compile(r"\([^()]*\b(?:rédaction|édité|éditée|édition|version française|traduit|traduction)\b"
                          r"[^()]*\)\.?", re.I)
# Such a line is short: the real_heldout2 ones have 1 to 18 words. Set by reasoning.
FURNITURE_MAX_WORDS = 25


def _furniture(line: str, info: LineInfo) -> bool:
    """A hashtag line, a source pointer, a bare web address, an image file name or a bracketed editing credit."""
    if not info.words:
        return False
    # Cheap gates first (a prose line fails them all without a regular expression); a web address counts as many
    # words, so the two address shapes have no word limit.
    if " " not in line:
        if line[:1] == "#":
            return _HASHTAG_LINE.fullmatch(line) is not None
        return _BARE_DOMAIN.fullmatch(line) is not None or _IMAGE_FILE.fullmatch(line) is not None
    if "://" in line or "www." in line:
        return _SOURCE_POINTER.fullmatch(line) is not None
    first = line[:1]
    if first not in "#(" or len(info.words) > FURNITURE_MAX_WORDS:
        return False
    if first == "#":
        return _HASHTAG_LINE.fullmatch(line) is not None
    return _EDIT_CREDIT.fullmatch(line) is not None


# Round 20 (real_heldout5-14, development data): whole lines a scraper or a publishing tool leaves on the page, each
# shape a machine format rather than a writing convention, so no sentence of an article takes it:
# * a feed's footer, in English or French ("The post X appeared first on Y.", "Cet article X est apparu en premier
#   sur Y"; real_heldout6, 12, 14);
# * a picture in Markdown, "![alt](address)", cut or not by the excerpt (real_heldout6, 14);
# * an archive page's own title: "X Archives - Site", "… - Page 3 sur 11 - Site", "Posts Tagged 'X'", "X, Author at
#   Site" (real_heldout5, 7);
# * an agency's slug: the story's keywords joined by hyphens, at least three capitalised parts and no space
#   ("Burkina-Mine-Relogement-Fonds", "SENEGAL-SOCIETE-REPORTAGE"), or the desk initials joined by slashes
#   ("ck/eak/lp", "str-pgf/ayv/"; real_heldout5, 6, 13);
# * a stray symbol alone on its line ("%", "|", "×"); the html references keep "*", ".", "/", ")" and "}" lines of
#   code or verse as text, and a list's bullet may stand alone over its item, so only this list is taken
#   (real_heldout6, 8, 9, 11);
# * a numeric date followed by the outlet's name only ("7-12-2017 News Guinee Matin", "29/03/2013 - Sud Quotidien -
#   Sénégal"; real_heldout13, 14): at most SCRAPE_DATE_SOURCE_MAX_WORDS words, capitalised or name particles ("du"),
#   no digit, no final stop.
_FEED_FOOTER = re.compile(r"(?:The post .+ appeared first on .+|Cet article .+ est apparu en premier sur .+)", re.S)
_MARKDOWN_IMAGE = re.compile(r"!\[.*\]\((?:https?://|/)\S*\)?", re.S)
_ARCHIVE_TITLE = re.compile(r".*\S\s+Archives\s*[-–|]\s*\S.*|.*\bPage\s+\d+\s+sur\s+\d+\b.*|Posts\s+Tagged\b.*"
                            r"|.*,\s+Author\s+at\s+\S.*", re.S)
_SLUG = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:-[A-ZÀ-Ý][^\W\d_]*){2,}|[a-z]{2,5}(?:[/-][a-z]{2,5})*/[a-z]{2,5}"
                   r"(?:[/-][a-z]{2,5})*/?")
_STRAY_SYMBOLS = frozenset("%|×›‹<>✕☰+")  # not the bullets ("-", "•"): a list's marker may stand alone over its item
_DATE_SOURCE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-–|]?\s*(.+)", re.S)
SCRAPE_DATE_SOURCE_MAX_WORDS = 6
ARCHIVE_TITLE_MAX_WORDS = 16
# Round 21 (real_heldout15, development data): the placeholder a page's e-mail protection script leaves for an address
# ("CONTACTEZ [email protected]") in a contact line of at most HIDDEN_EMAIL_MAX_WORDS words (an article sentence that
# gives an address is longer). The dev splits' 2 such lines are both boilerplate. Set by reasoning, not tuned.
_HIDDEN_EMAIL = "[email protected]"
HIDDEN_EMAIL_MAX_WORDS = 6


def _scrape_artefact(line: str, info: LineInfo) -> bool:
    """A feed footer, a Markdown picture, an archive page's title, an agency slug, a stray symbol, a date with the
    outlet's name or a contact line with a hidden e-mail address (see the comments above)."""
    text = info.text
    if not text:
        return False
    if not info.words:
        return all(c in _STRAY_SYMBOLS or c.isspace() for c in text)
    first = text[0]
    if first == "!":
        return _MARKDOWN_IMAGE.fullmatch(text) is not None
    if " " not in text:
        return _SLUG.fullmatch(text) is not None
    if _HIDDEN_EMAIL in text and len(info.words) <= HIDDEN_EMAIL_MAX_WORDS:
        return True
    if first in "TC" and text.startswith(("The post ", "Cet article ")):
        return _FEED_FOOTER.fullmatch(text) is not None
    if first.isdigit():
        m = _DATE_SOURCE.fullmatch(text)
        if m is None or text.endswith("."):
            return False
        rest = [w for w in re.split(r"[\s\-–|]+", m.group(1)) if w]
        particles = _rule_data().particles
        return 0 < len(rest) <= SCRAPE_DATE_SOURCE_MAX_WORDS and rest[0][:1].isupper() \
            and all((w[:1].isupper() or w in particles) and not any(c.isdigit() for c in w) for w in rest)
    return len(info.words) <= ARCHIVE_TITLE_MAX_WORDS and not info.terminal \
        and ("Archives" in text or "Page" in text or "Posts" in text or "Author" in text) \
        and _ARCHIVE_TITLE.fullmatch(text) is not None


# Round 39 (census of real_heldout26-28, then every real dev set 5-28): a picture's alt text or file name, a tag or a
# word the scraper left alone between two blocks ("voiture saccage", "in-amenas_4679922 1", "placeholder video", "par")
# is a short line opening with a lower-case letter that neither continues the line above nor goes on in the line
# below. An article's line opens lower-case only inside a sentence: the end of a hard-wrapped paragraph (it closes with
# a stop), a list item announced by a colon, or a line under one that stops on a comma, a dash, an opening quote or a
# function word (a wrap after "de la"); those are left alone, and so are the page's first line and its last (the cut
# rules below read the excerpt's end). At most STRAY_LOWER_MAX_WORDS words (an alt text or tag list is a few words;
# the dev sets' stray lines have 1 to 4). French pages only: on the English and code pages of the html and DAnIEL
# sets lower-case short lines are as often article (a command, a table cell, a list item) as not.
# Set by reading the dev census (structure only, no word list); checked on the dev sets 5-28 with 2, 3, 4, 6 words.
STRAY_LOWER_MAX_WORDS = 4
_STRAY_CLOSED = (".", "!", "?", "…", ":", ";", ",")
_STRAY_OPEN_ABOVE = (",", "-", "–", "—", ":", "(", "«", "\"", "“", "'", "’", "/")


def _stray_fragment(prev: LineInfo, info: LineInfo, nxt: LineInfo) -> bool:
    """A short lower-case line between two lines it does not belong to (see STRAY_LOWER_MAX_WORDS)."""
    text = info.text
    if not text[:1].islower() or not text[:1].isalpha() or not 1 <= len(info.words) <= STRAY_LOWER_MAX_WORDS \
            or text.endswith(_STRAY_CLOSED):
        return False
    if nxt.text[:1].isalpha() and nxt.text[:1].islower():  # the sentence goes on below
        return False
    return not prev.text.endswith(_STRAY_OPEN_ABOVE) and not (prev.words and prev.words[-1] in _CUT_TAIL_WORDS)


# Round 20 (real_heldout6, 9; development data): the page's last line is another story's headline in the French
# "Place : event" form ("X : une dizaine de maisons emportées par la mer", "X : distribution de dons à Y") right after
# the article's finished paragraph. The place: one to three capitalised words before the colon; the event:
# LAST_TEASER_MIN_WORDS to LAST_TEASER_MAX_WORDS words, no "?" (an interview's question), ending on a content word
# without a stop (a paragraph the excerpt cut after a colon ends anywhere, mostly on a function word). Every last line
# of that form in the dev splits (real_heldout5-14, html dev/heldout) is boilerplate; subheadings and interview lines
# of the form ("Profession : transitaire", "X : Dr, quelle est …") are inside the article, never its last line.
LAST_TEASER_MIN_WORDS = 4
LAST_TEASER_MAX_WORDS = 16
_PLACE_EVENT = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}\s*:\s+(\S.*)", re.S)


def _last_line_teaser(info: LineInfo) -> bool:
    """Another story's "Place : event" headline as the page's last line (see above)."""
    text = info.text
    if "?" in text or text.endswith((".", ":", ";", ",", "!", "…")) or ":" not in text:
        return False
    m = _PLACE_EVENT.fullmatch(text)
    if m is None:
        return False
    event = _WORD_RE.findall(m.group(1).casefold())
    return LAST_TEASER_MIN_WORDS <= len(event) <= LAST_TEASER_MAX_WORDS and event[-1] not in lexicon().stopwords


def _ad_line(info: LineInfo) -> bool:
    """A whole line of advertising furniture ("Passer la publicité")."""
    data = _rule_data()
    return len(info.words) <= data.list_max_words and " ".join(info.words) in data.ad_lines


# Round 6 (whole French pages): the list under a related-stories heading ends at the first line of more than
# RELATED_BLOCK_STOP_MIN_WORDS words that the model holds for article text (stage-2 probability below
# RELATED_BLOCK_STOP_PROBA; a teaser's headline or standfirst is shorter or scores higher) or at a line longer than a
# teaser (RELATED_LEADIN_MAX_WORDS), and spans at most RELATED_BLOCK_MAX_LINES lines. Set by reading the fr_dev pages
# (teaser lines score 0.37-0.66, the article's paragraphs below 0.2); the word floor 20 was chosen over 0 and 30 on
# the development splits (fr_dev, the html, real and DAnIEL splits of rounds 1-5), never on heldout10.
RELATED_BLOCK_STOP_PROBA = 0.3  # round 14 check: 0.2-0.5 give the same pooled real-dev F1 (CV picks 0.3)
RELATED_BLOCK_STOP_MIN_WORDS = 20
RELATED_BLOCK_MAX_LINES = 30


# Round 9: an announced list. A kept line of at least this many words that ends with ":" or opens with a presentative
# ("Voici …") announces a list; the short lines that follow it (at most LIST_ITEM_MAX_WORDS words each, bullets "-"
# alone included) are its items, up to LIST_MAX_ITEMS lines. Set by reasoning on real_heldout3's false alarms (lists of
# ministers after "Voici la nouvelle composition du gouvernement :"), not tuned on a score.
LIST_LEADIN_MIN_WORDS = 4
LIST_ITEM_MAX_WORDS = 20
LIST_MAX_ITEMS = 80


# Round 22 (real_heldout14/16, development data): a heading that names the list below it, "Liste des …" or "La liste
# des …" as a noun phrase of at most HEADLINE_MAX_WORDS words without a final stop ("La liste définitive annonce …."
# is a sentence about a list).
_LIST_HEADING = re.compile(r"(?:la\s+)?liste\s+(?:des|de|du|d['’])\b", re.I)
# Round 23 (real_heldout17, development data): the nouns that name a list the same way, "Le palmarès du …", "Le
# programme de l'équipe …", "Le classement des …", "Les résultats du …", "La composition de …", "Le calendrier …"
# (prize lists, fixtures, squads under a heading without a colon). Same shape conditions as "Liste des …".
_LIST_NOUN_HEADING = re.compile(r"(?:(?:le|la|les|l['’])\s*)?(?:palmarès|programme|calendrier|classement|résultats"
                                r"|composition)\s+(?:des|de|du|d['’])", re.I)
_LIST_NOUN_FIRST = frozenset({"le", "la", "les", "l", "palmarès", "programme", "calendrier", "classement",
                              "résultats", "composition"})


# Round 23 (real_heldout17, development data): a list item written "Label : value" ("Ailiers : X (club), Y (club)",
# "- Prix du son : « Titre » de X (pays)"): a label of at most KV_LABEL_MAX_WORDS words opening with a capital or a
# digit, no sentence end in it, then a colon and the value. Such an item may run longer than LIST_ITEM_MAX_WORDS
# (a squad line names five players and their clubs): at most KV_ITEM_MAX_WORDS words inside an announced list.
KV_LABEL_MAX_WORDS = 6
KV_ITEM_MAX_WORDS = 40
_KV_ITEM = re.compile(r"([-–•]\s*)?([A-ZÀ-Ý0-9][^:.!?;]*?)\s*:(?!\d)\s*(\S.*)", re.S)  # not a clock's "10:02"


def _kv_item(info: LineInfo) -> str | None:
    """The bullet of a "Label : value" line ("" without one), or None for another line."""
    m = _KV_ITEM.fullmatch(info.text)
    if m is None or not 1 <= len(m.group(2).split()) <= KV_LABEL_MAX_WORDS or "http" in info.text.casefold():
        return None
    return (m.group(1) or "").strip()


def _kv_label(info: LineInfo) -> str:
    m = _KV_ITEM.fullmatch(info.text)
    return " ".join(m.group(2).casefold().split()) if m is not None else ""


# Round 23 (real_heldout17, development data): sibling items. A run of at least KV_RUN_MIN_ITEMS "Label : value"
# lines with the same bullet and distinct labels (a prize list, a squad by position, a fixture list), after the
# article's first paragraph, of which the cleaner kept at least KV_RUN_MIN_KEPT_SHARE, is one list: the items the
# model doubted are article like their kept siblings. Page furniture of that shape ("Tél :", "Fax :", "E-mail :";
# "Source :", "Date :", "Visites :"; other stories' "Topic: headline" teasers) is doubted as a whole block by the model,
# and repeated labels ("Posted in:", a commenter's name) mark furniture. A short heading line between two items
# ("MENTIONS SPÉCIALES") stays in the run. Thresholds set by reasoning on the dev runs (every "Label : value" run of 3
# or more lines in the dev splits was listed with its gold and kept counts; the furniture runs have 0 or 1 kept line
# of 3), not tuned on a score.
KV_RUN_MIN_ITEMS = 3
KV_RUN_MIN_KEPT_SHARE = 1 / 3


# Round 22 (real_heldout7, development data): a sentence that ends by announcing what follows ("… sont les
# suivantes :", "… ventilées comme suit :", "… les textes ci-après :"); 30 such lines in the dev splits, all article.
_LIST_CLOSING = re.compile(r"(?:suivante?s?|comme\s+suit|qu['’]il\s+suit|ci-après|ci-dessous)\s*:$", re.I)


# Round 22 (real_heldout7, real_heldout16, development data): the forms of address that open a speech or a letter the
# article prints, each on its own short line ("Excellence Mesdames et Messieurs les Chefs d'Etat,", "Monsieur le
# Président de l'Assemblée nationale", "Mesdames et Messieurs,"): article text, never page furniture (the dev splits
# hold 6 such lines, all article, 4 of them taken by the model). At most HEADLINE_MAX_WORDS words.
_SPEECH_ADDRESS = re.compile(r"(?:excellences?|(?:monsieur|madame)\s+l[ea]|mesdames,?\s+et\s+messieurs)\b", re.I)


def _speech_address(info: LineInfo) -> bool:
    return info.words[:1] in (["excellence"], ["excellences"], ["monsieur"], ["madame"], ["mesdames"]) \
        and len(info.words) <= HEADLINE_MAX_WORDS and not info.terminal and _SPEECH_ADDRESS.match(info.text) is not None


# Round 22 (real_heldout5, 8, 9, 13, 15, development data): a text cut short (an excerpt, a truncated feed item) ends
# on the first words of a paragraph, stopped after a comma or on a word that cannot close a sentence ("Début octobre,
# la", "Beaucoup des", "Effectivement,"). Such a last line under a kept paragraph continues the article; a line of
# page furniture (a signature, a source, a button) does not end so. At most CUT_TAIL_MAX_WORDS words (a cut longer
# line reads as prose already); the closing words: French articles, prepositions and conjunctions.
CUT_TAIL_MAX_WORDS = 8
_CUT_TAIL_WORDS = frozenset({"le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "ou", "à", "au",
                             "aux", "en", "sur", "dans", "avec", "par", "que", "qui", "ce", "cette", "ces", "son", "sa",
                             "ses", "leur", "leurs", "mais", "donc", "car"})


def _cut_tail(info: LineInfo) -> bool:
    return 1 <= len(info.words) <= CUT_TAIL_MAX_WORDS and info.text[:1].isupper() \
        and (info.text.endswith(",") or info.words[-1] in _CUT_TAIL_WORDS or _cut_stub(info))


# Round 23 (real_heldout, 3, 7, 11, 12 …, development data): the same cut also stops a paragraph on its first word or
# two ("Il", "Le présent", "Les exp", "L'accès", "Selon les"): function words opening a sentence, the last one maybe
# cut mid-word (then lower-case). A signature or a rubric of that length is capitalised ("La Rédaction", "Le Point")
# or no function word ("Partager", "AFP"). At most CUT_STUB_MAX_WORDS words, set by reasoning (a cut sentence's
# opening before its first content word), not tuned.
CUT_STUB_MAX_WORDS = 3


def _cut_stub(info: LineInfo) -> bool:
    words = info.words
    if not 1 <= len(words) <= CUT_STUB_MAX_WORDS or info.terminal or "rédaction" in words:
        return False
    stop = lexicon().stopwords
    if any(w not in stop for w in words[:-1]):
        return False
    if len(words) == 1:
        return words[0] in stop
    tail = re.findall(r"[^\W\d_]+", info.text)
    return bool(tail) and tail[-1][:1].islower()


# Round 25 (real_heldout2, 3, 13, 17, 18, development data): the cut also stops a sentence after a few content words
# ("Considérée co", "Le programme dénommé «Clas", "Le Collège Privé Technique Isr"): on the page's last line under a
# kept paragraph, two to CUT_TAIL_MAX_WORDS words opening with a capital, holding a lower-case word (a signature,
# a rubric or an outlet's name is capitalised throughout: "Studio Tamani", "Mamadou Sagnane"), with no cue ("Lire
# aussi …", "Laisser un commentaire"), only letters and a sentence's inner punctuation (no digit, no web address or
# slash: "X/Malijet.com", "Prénom Nom site.com"; no form's stars: "Nom * E-mail * Site web"),
# not the newsroom ("La rédaction"), and not closed like a sentence or a heading (".", "?", ":"); the paragraph above
# must not end with an ellipsis (a teaser the site cut itself: what follows it is the site's, "Quitter la version
# mobile"). On the dev splits: 3 article lines back, none lost, no boilerplate line lost.
_CUT_SENTENCE_CHARS = frozenset(" '’-–,;«\"")


def _cut_sentence(info: LineInfo) -> bool:
    words = info.words
    if not 2 <= len(words) <= CUT_TAIL_MAX_WORDS or info.terminal or info.cue_count or not info.text[:1].isupper() \
            or info.text.endswith((":", ")", "»", '"')) \
            or not all(c.isalpha() or c in _CUT_SENTENCE_CHARS for c in info.text) \
            or "rédaction" in words:
        return False
    if _signature(info):  # a byline with a lower-case name ("Prénom nom pour Site")
        return False
    tokens = re.findall(r"[^\W\d_][\w'’-]*", info.text)  # "Nyong'o" is one name
    return any(t[:1].islower() and t.casefold() not in _rule_data().particles for t in tokens[1:])


def _list_heading(info: LineInfo) -> bool:
    if not info.words or len(info.words) > HEADLINE_MAX_WORDS or info.text.endswith((".", "!", "?")):
        return False
    if info.words[0] in ("liste", "la") and _LIST_HEADING.match(info.text) is not None:
        return True
    return info.words[0] in _LIST_NOUN_FIRST and _LIST_NOUN_HEADING.match(info.text) is not None


# Round 23 (real_dev, real_heldout4, 11, 17, development data): the model, which reads the end of a page as furniture,
# doubts the article's last paragraph when the excerpt stops there (a cut paragraph, possibly followed by its cut stub).
# A paragraph of at least CONTINUED_PARA_MIN_WORDS words, on the page's last line or just above a cut last line, that
# no rule took, with no furniture cue ("Terms of Use", "personal, non-commercial use"), and at least
# CONTINUED_PARA_MIN_SIM of its content words found in the kept article, is the article's. The words: a sentence, not a
# headline; the share checked on the dev splits: 0.2 loses a boilerplate line (a newsletter consent), 0.5 keeps 3 of the
# 8 article lines 0.3 keeps, with no boilerplate line lost.
CONTINUED_PARA_MIN_WORDS = 15
CONTINUED_PARA_MIN_SIM = 0.3


# Round 22 (real_heldout12, real_heldout16, development data): an article's subheadings (the people it profiles in
# turn, "Besoins urgents", "Conclusion") are short lines without a final stop, each between two paragraphs the cleaner
# kept. When at least SUBHEADING_MIN_KEPT such lines of a page were kept, a like line the model doubted (and no rule
# took) is one of them too. SUBHEADING_MAX_WORDS is a headline-sized phrase, far below a sentence. French pages only:
# on the English html and DAnIEL dev pages the same shape is as often a commenter's name between two comments or a
# promotion between two teasers (8 boilerplate lines lost there, 0 on the French and europa pages; 3 article lines won).
SUBHEADING_MAX_WORDS = 8
SUBHEADING_MIN_KEPT = 2


def _subheading(infos: list[LineInfo], labels: list[Label], work: list[int], k: int) -> bool:
    info = infos[k]
    return 1 <= len(info.words) <= SUBHEADING_MAX_WORDS and info.text[:1].isupper() and not info.terminal \
        and not info.text.endswith(":") and infos[k - 1].prose and infos[k + 1].prose \
        and labels[work[k - 1]] == "body" and labels[work[k + 1]] == "body"


# Round 43 (real_heldout32, development data): the excerpt may stop just after a subheading, inside the first words of
# its paragraph; the model then drops both (the cut-last-line rule above needs a kept paragraph just over the cut
# line). On a page with at least SUBHEADING_MIN_KEPT kept subheadings, a heading-shaped line (``_kv_heading``, no
# colon) under a kept paragraph, followed by the page's cut last line (``_cut_tail`` / ``_cut_sentence``), is the
# article's next subheading and that line the start of its paragraph. SUBHEADED_CUT_TAIL = False turns it off.
SUBHEADED_CUT_TAIL = True
# Round 43 (real_heldout32, development data): a promotion's hook. A heading-shaped line right under the article's
# last paragraph, just over a removed line that calls the reader to follow, subscribe or download (a cue of the
# "social" or "promo" groups of boilerplate_cues.yaml), with only boilerplate after it, heads that promotion, not the
# article ("Que se passe-t-il en X ?" over "Nous expliquons … sur notre chaîne YouTube. Abonnez-vous !"). At most
# ORPHAN_HEADING_MAX_WORDS words, capitalised, no final stop (inside a closing quote too), colon or comma, not the
# page's last line, French pages only (as the subheading rule). A first version took any heading with only
# boilerplate under it: on 2,000 synthetic dumps it removed four article lines (the last subheading or question of a
# story cut before a comment form), so the line under it must be a promotion. ORPHAN_TAIL_HEADING = False turns it off.
ORPHAN_TAIL_HEADING = True
ORPHAN_HEADING_MAX_WORDS = SUBHEADING_MAX_WORDS
_PROMO_CUE_BITS = (1 << CUE_GROUPS.index("social")) | (1 << CUE_GROUPS.index("promo"))


def _orphan_heading(info: LineInfo, nxt: LineInfo) -> bool:
    return 1 <= len(info.words) <= ORPHAN_HEADING_MAX_WORDS and info.text[:1].isupper() and not info.prose \
        and not info.text.rstrip(" »\"”’)").endswith((".", ":", ",", ";", "…")) and info.cue_count == 0 \
        and bool(nxt.cue_bits & _PROMO_CUE_BITS)


def _role_item(infos: list[LineInfo], j: int) -> bool:
    """Round 22 (real_heldout16, development data): a person and their role or rank ("Capitaine X OA/SM", "X,
    ministre de …") is what a list of appointments holds: inside an announced list the role-caption rule's line is
    an item, not a picture's caption."""
    return _role_caption(infos[j], infos[j + 1] if j + 1 < len(infos) else None)


def _kv_heading(info: LineInfo) -> bool:
    """A short heading between two groups of list items ("MENTIONS SPÉCIALES", "Documentaires")."""
    return 1 <= len(info.words) <= SUBHEADING_MAX_WORDS and not info.terminal and info.text[:1].isupper()


def _related_heading(info: LineInfo) -> bool:
    """A whole line heading a list of other stories or topic links ("La rédaction vous conseille", "Sujets")."""
    data = _rule_data()
    return 0 < len(info.words) <= data.list_max_words and " ".join(info.words) in data.related_headings


# A signature holds at most this many words ("Jeannot Z./La rédaction", "Par Bernard BOUGOUM"). Set by reasoning.
SIGNATURE_MAX_WORDS = 5
# Round 14 check (real dev pages, outlet-grouped 5-fold CV): 6 has a 0.001 better pooled F1 with 1 more article line
# lost, and scores lower out of fold (0.9029 vs 0.9035). Kept.
# Round 14: a signature between paragraphs has a first name and a surname at least.
MID_SIGNATURE_MIN_WORDS = 2
# Round 14: a doubled caption (alt text, then caption) has at least this many words; shorter doubled lines are
# buttons or labels the model judges anyway. Set by reading real_heldout6/8 (development data).
DOUBLED_CAPTION_MIN_WORDS = 3
# Round 38 (the missed captions of real_heldout25-27, development data): the two copies of a caption need not be
# equal word for word. The second may carry the picture's credit after the caption ("… chef de la compagnie © Radio
# France") or be cut inside its last word by the excerpt's end, and a caption may be longer than a headline: up to
# CAPTION_COPY_MAX_WORDS words. Copies longer than a headline that add no credit and end a sentence are a paragraph
# the scraper printed twice (article text), not a caption. A line ending with an ellipsis is a lead the site cut (its
# own standfirst repeated), left to the model. Calibrated on the real dev sets 5-27 (benchmarks/RESULTS.md, round
# 38): 30 / 40 / 60 words move the same sets once the sentence-end test is in; 40 without that test loses two
# repeated paragraphs (real_heldout14, 23).
CAPTION_COPY_MAX_WORDS = 40
# What the longer copy may add to the whole shorter one: a credit ("Photo : Jean-Pierre Dupont / AFP", six words). Set
# by reasoning, after a whole html dev page lost a heading printed again with a sentence after it (eight words).
CAPTION_COPY_CREDIT_MAX_WORDS = 6
_CUT_MARKS = ("…", "...")
_DOMAIN = re.compile(r"[^\W_]\.[a-z]{2,}\b")


# Round 38 (real_heldout13 / 17 / 26's teaser lists, development data): a line alone between two separator lines
# (one to three marks and nothing else: "-", "|", "* *"), in a run where the same separator parts at least
# SEPARATED_RUN_MIN_ITEMS headline-sized lines (at most HEADLINE_MAX_WORDS words), is an item of a list of links, not
# a paragraph: an article's section breaks ("* * *") part paragraphs, longer than a headline. In the real dev sets
# 5-27 the ten lines alone between two separator lines are all boilerplate; two items make a list (set by reasoning).
SEPARATED_RUN_MIN_ITEMS = 2
_SEPARATOR = re.compile(r"[^\w\s](?:\s?[^\w\s]){0,2}")


def _separated_run(infos: list[LineInfo]) -> list[int]:
    """The items of every run "separator, item, separator, item, …, separator" with the same separator each time."""
    out: list[int] = []
    k = 0
    while k < len(infos):
        sep = infos[k].text
        if _SEPARATOR.fullmatch(sep) is None:
            k += 1
            continue
        items: list[int] = []
        j = k
        while j + 2 < len(infos) and infos[j + 2].text == sep and infos[j + 1].words \
                and len(infos[j + 1].words) <= HEADLINE_MAX_WORDS and _SEPARATOR.fullmatch(infos[j + 1].text) is None:
            items.append(j + 1)
            j += 2
        if len(items) >= SEPARATED_RUN_MIN_ITEMS:
            out.extend(items)
        k = max(j, k + 1)
    return out


def _caption_copies(a: LineInfo, b: LineInfo) -> bool:
    """Two lines that print the same caption: the shorter one's words open the longer one, which adds a credit or
    whose last word the other cuts; at most CAPTION_COPY_MAX_WORDS words, no copy ending with an ellipsis, and no
    sentence closing copies longer than a headline that add no credit."""
    short, long_ = (a.words, b.words) if (len(a.words), len(a.text)) <= (len(b.words), len(b.text)) \
        else (b.words, a.words)
    n = len(short)
    if n < DOUBLED_CAPTION_MIN_WORDS or len(long_) > CAPTION_COPY_MAX_WORDS or a.text.endswith(_CUT_MARKS) \
            or b.text.endswith(_CUT_MARKS):
        return False
    if len(long_) > n and long_[:n] == short:  # what the longer copy adds is the picture's credit, a few words
        return len(long_) - n <= CAPTION_COPY_CREDIT_MAX_WORDS
    if len(long_) > HEADLINE_MAX_WORDS and (a.terminal or b.terminal):
        return False
    return long_[:n - 1] == short[:-1] and long_[n - 1].startswith(short[-1])  # equal, or cut inside its last word


# Round 11: a byline naming the outlet ("Germaine MAPANGA / Les Echos du Congo Brazzaville", "Youssouf keita pour
# Afrinews"): a name of at most four words, "/" or "pour", a capitalised outlet; at most BYLINE_MAX_WORDS words in all.
BYLINE_MAX_WORDS = 9
# Round 20 (real_heldout14, development data): the outlet may be written as its web address ("X pour xibaaru.sn").
# Round 22 (real_heldout16, development data): a comma may part the name from "pour" before a web address ("Prénom
# Nom, pour site.com"); before a capitalised word ("Un succès attendu, pour Noël") it is left to the sentence.
_BYLINE_FOR = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*(?:/|\spour\s)\s*"
                         r"(?:[A-ZÀ-Ý#][\w'’.-]*(?:\s+[\w'’.-]+)*|[a-z][\w-]*\.[a-z]{2,6})"
                         r"|[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s*pour\s+[a-z][\w-]*\.[a-z]{2,6}")


# Round 21 (real_heldout13/15, development data): a byline that names the reporter's place as well as the outlet:
# "De <Lieu>, Prénom Nom pour site.com", "Prénom Nom, depuis <Lieu> pour Site.com" (the outlet as its web address),
# and "De Prénom NOM, <Lieu>" (the French "Prénom NOM" form, see _prenom_nom). Headline-sized only.
_BYLINE_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_PARTICLE}\s*)?{_NAME_TOKEN}){{1,3}}"
_BYLINE_PLACE = rf"{_NAME_TOKEN}(?:[\s-]+{_NAME_TOKEN}){{0,2}}"
_BYLINE_SITE = r"[^\W_][\w'’-]*\.[a-z]{2,6}"
_PLACE_BYLINE = re.compile(rf"De\s+{_BYLINE_PLACE}\s*,\s*{_BYLINE_NAME}\s+pour\s+{_BYLINE_SITE}"
                           rf"|{_BYLINE_NAME}\s*,\s*(?:depuis|à)\s+{_BYLINE_PLACE}\s+pour\s+{_BYLINE_SITE}")
_FROM_NAME_PLACE = re.compile(rf"De\s+({_BYLINE_NAME})\s*,\s*{_BYLINE_PLACE}")
PLACE_BYLINE_MAX_WORDS = BYLINE_MAX_WORDS + 3  # the place and its preposition ("de X," / ", depuis X") on top


def _place_byline(info: LineInfo) -> bool:
    """A byline with the reporter's place: "De Kayes, Awa Diallo pour exemple.ml", "De Awa DIALLO, Kayes"."""
    if not 3 <= len(info.words) <= PLACE_BYLINE_MAX_WORDS or not info.text[:1].isupper():
        return False
    text = info.text.rstrip(" .")
    if _PLACE_BYLINE.fullmatch(text):
        return True
    m = _FROM_NAME_PLACE.fullmatch(text)
    return m is not None and _prenom_nom(m.group(1))


_SIGNATURE_ROLE = re.compile(r"\s*\((?:stagiaire|correspondante?|envoyée? spéciale?|collaboration|avec agences?)\)$")


# Round 25 (real_heldout16-18, real_heldout, rh2, rh4, development data): the reporter's initials as a signature,
# alone on a line ("A.C.C.", "S.S (stagiaire)", "LS/APA"), or closing a name in brackets ("Prénom Nom (P.N.)"). At
# least two groups of one to four capitals joined by a dot or a slash: a plain acronym ("ONU", "AFP") is not one (the
# wire and signature rules judge those), nor a numbered heading ("I. DÉLIBÉRATIONS"). In every development split
# such a line is boilerplate (8 lines, 4 of them kept before this round).
_INITIALS = re.compile(r"[A-Z]{1,4}\.?(?:\s*[./]\s*[A-Z]{1,4}\.?)+(?:\s*\([^()]{1,20}\))?")
_NAME_INITIALS = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}\s*\((?:[A-Z]\.){{2,4}}\)")


def _initials(info: LineInfo) -> bool:
    text = info.text
    if len(text) > 40:
        return False
    if _NAME_INITIALS.fullmatch(text) is not None:
        return True
    # Two letters alone are a table's "N/A" (html dev); two initials sign with a status ("S.S (stagiaire)").
    return _INITIALS.fullmatch(text) is not None and (sum(c.isupper() for c in text) >= 3 or text.endswith(")"))


# Round 25 (real_dev, real_heldout2, 10, 18, development data): after the article's first paragraph, a line where the
# page speaks of itself as a publication, not of the story: a syndication notice ("X publie environ 600 articles par
# jour …", "les articles et documents identifiant X comme source …"), where the text was first published ("d'après
# un billet publié sur …", "ce billet est également publié …"), a reader's invitation ("réagir à cet article ou nous
# signaler une erreur") or a note on "the activities described in this article". A heading ending with a colon ("Ce
# que cet article nous apprend :") announces article text and is left out. The phrases were read on the dev
# splits' missed boilerplate; in every dev split no article line holds one (a press release "publié sur ses réseaux"
# or "dans un communiqué publié dans la nuit" does not match: the publication must be the page's own, "billet" or
# "cet article", or a count of articles).
_SELF_REFERENCE = re.compile(
    r"\bpublie\b.{0,40}\barticles\s+par\s+jour\b|\b(?:articles|documents|contenus)\s+identifiant\b.{0,40}"
    r"\bcomme\s+source\b|\bbillet\s+(?:est\s+)?(?:également\s+|initialement\s+|déjà\s+)?publié\b"
    r"|\b(?:réagir\s+à\s+cet\s+article|signaler\s+une\s+erreur)\b|\b(?:décrite?s?|présentée?s?|évoquée?s?)\s+dans"
    r"\s+cet\s+article\b|\b(?:cet\s+article|ce\s+billet)\s+(?:a\s+(?:d['’]abord\s+|initialement\s+|également\s+)?été"
    r"|est)\s+(?:d['’]abord\s+|initialement\s+|également\s+|originellement\s+)?(?:publié|paru)\b", re.I)


_SELF_REFERENCE_WORDS = frozenset({"article", "articles", "documents", "contenus", "billet", "erreur"})  # a cheap gate


def _self_reference(info: LineInfo) -> bool:
    return not info.text.endswith(":") and not _SELF_REFERENCE_WORDS.isdisjoint(info.words) \
        and _SELF_REFERENCE.search(info.text) is not None


# Round 25 (real_heldout17 and three lines the model took in real_heldout2-16, development data): a row of metadata
# fields parted by vertical bars ("Prénom Nom | adresse | Lu 1227 fois | Publié", "Accueil | Politique | …"): at least
# FIELD_ROW_MIN_FIELDS fields of at most FIELD_ROW_MAX_WORDS words each, mostly letters (a table row of figures is the
# table rule's), each with a letter, no link (a URL's query may hold bars). Prose never parts its clauses with "|".
# Set by reasoning on the shape, not tuned.
FIELD_ROW_MIN_FIELDS = 3
FIELD_ROW_MAX_WORDS = 6


def _field_row(info: LineInfo) -> bool:
    text = info.text
    if text.count("|") < FIELD_ROW_MIN_FIELDS - 1:
        return False
    fields = [f.strip() for f in text.split("|")]
    filled = [f for f in fields if f]
    return len(filled) >= FIELD_ROW_MIN_FIELDS and "http" not in text \
        and all(len(f.split()) <= FIELD_ROW_MAX_WORDS and any(c.isalpha() for c in f) for f in filled) \
        and sum(c.isalpha() for c in text) > 2 * sum(c.isdigit() for c in text)


# Round 21 (real_heldout5, development data): an author's signature block, one item a line, each but the last ending
# with a comma: "Prénom NOM," then the titles ("Maître de conférences à …,", "Coordonnateur de ….").
# A title line holds at most SIGNATURE_BLOCK_LINE_MAX_WORDS words and the block at most SIGNATURE_BLOCK_MAX_LINES
# title lines (a signature's titles are phrases, not paragraphs; set by reasoning, not tuned).
SIGNATURE_BLOCK_LINE_MAX_WORDS = 14
SIGNATURE_BLOCK_MAX_LINES = 4


def _signature_block(infos: list[LineInfo], k: int) -> int:
    """The last line of a comma-separated signature block that starts at ``k`` with "Prénom NOM,", else -1."""
    text = infos[k].text
    if not text.endswith(",") or not 2 <= len(infos[k].words) <= SIGNATURE_MAX_WORDS:
        return -1
    name = text[:-1].rstrip()
    particles = _rule_data().particles
    if not _prenom_nom(name) or not all(t[0].isupper() for t in re.findall(r"[^\W\d_]+", name)
                                        if t.casefold() not in particles):
        return -1
    for j in range(k + 1, min(len(infos), k + 1 + SIGNATURE_BLOCK_MAX_LINES)):
        info = infos[j]
        if not info.words or len(info.words) > SIGNATURE_BLOCK_LINE_MAX_WORDS or not info.text[:1].isupper():
            return -1
        if not info.text.endswith(","):
            return j if not info.text.endswith((":", ";", "?", "!", "…")) else -1
    return -1


def _prenom_nom(text: str) -> bool:
    """A name written "Prénom NOM": a capitalised first name first, the surname last and in capitals."""
    alpha = re.findall(r"[^\W\d_]+", text)
    return len(alpha) >= 2 and alpha[0][:1].isupper() and not alpha[0].isupper() and len(alpha[-1]) >= 2 \
        and alpha[-1].isupper()


def _signature(info: LineInfo) -> bool:
    """The shape of a byline or a credit: a few capitalised or upper-case words ("Dorcas GANMAGBA", "ATS", "(ONU)"),
    a web address ("mouryyaniger.com") or the newsroom ("La rédaction"); a cut-off sentence ("Les exp", "Il") is
    not one (its words are lower-case or only function words)."""
    text = info.text
    if len(info.words) <= BYLINE_MAX_WORDS and _BYLINE_FOR.fullmatch(text):
        return True
    # Round 17 (real_heldout10, development data): the reporter's status in brackets after the name ("Saïdou Guindo
    # (stagiaire)") is left out of the shape test.
    m = _SIGNATURE_ROLE.search(text) if text.endswith(")") else None
    if m is not None and m.start() > 0:
        text = text[:m.start()].rstrip()
    if not info.words or len(info.words) > SIGNATURE_MAX_WORDS or sum(c.isalpha() for c in text) < 2:
        return False
    if text.endswith((",", ";", ":", "?", "!", "…")):
        return False
    if _DOMAIN.search(text.casefold()) or "rédaction" in info.words or "redaction" in info.words:
        return True
    if all(w in lexicon().stopwords for w in info.words):
        return False
    alpha = re.findall(r"[^\W\d_]+", text)
    particles = _rule_data().particles
    return bool(alpha) and all(t[0].isupper() for t in alpha if t.casefold() not in particles)


# Round 5 (comment threads): a comment-thread marker holds at most this many words (a commenter's name, place, date
# and time; "Click to rate Rating 17"), and a line between two markers at most COMMENT_GAP lines away on each side
# is a comment. Set by reading the DAnIEL dev pages' comment threads (marker, comment, signature, marker), not tuned.
COMMENT_MARK_MAX_WORDS = 12
COMMENT_PHRASE_MAX_WORDS = 6  # a furniture phrase counts in a button-sized line only ("Répondre", "Report abuse")
COMMENT_GAP = 2
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}|h\d{2})\s*(?:[ap]\.?m\b)?", re.I)
_NUM_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _comment_marker(info: LineInfo, stamp: bool) -> bool:
    """Comment-thread furniture: a short line with a comment phrase ("Report abuse", "Répondre", "X says:"), or a
    commenter's signature (``stamp``: a date and a clock time with a few other words, ``_timestamp``)."""
    if stamp:
        return True
    return 0 < len(info.words) <= COMMENT_PHRASE_MAX_WORDS \
        and _rule_data().comment.search(info.text.casefold()) is not None


# Round 21 (real_heldout2, development data): a relative time stamp alone ("il y a 5 jours", "Publié il y a 3 heures"),
# possibly followed by a counter ("… 2": comments, shares). The amount in digits: "Il y a un an" may head a section.
_RELATIVE_STAMP = re.compile(r"(?:(?:publié|posté|mis à jour)\s+)?il y a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h"
                             r"|jours?|semaines?|mois|ans?)(?:\s+\d+)*", re.I)


def _timestamp(info: LineInfo) -> bool:
    """Round 7: a short line with a date and a clock time and no sentence end is page metadata, alone as well as
    in a comment thread ("01/04/2022 20:31", "information fournie par Reuters 04/03/2025 à 14:50")."""
    if not info.words or len(info.words) > COMMENT_MARK_MAX_WORDS or info.terminal:
        return False
    if _CLOCK.search(info.text) is None:
        return info.words[0] in ("il", "publié", "posté", "mis") and _RELATIVE_STAMP.fullmatch(info.text) is not None
    return bool(_NUM_DATE.search(info.text)) or not _rule_data().date_words.isdisjoint(
        w for w in info.words if len(w) > 3)


# Round 7: tables inside the article (statistics, figures by country, budget lines) render one cell per line; the
# model, trained on news pages, takes such short lines for furniture. A run of short lines between two paragraphs of
# the article that holds several bare numbers is a table of the article. Calibrated on the development splits
# (heldout10's press releases, real_dev / real_heldout, the html and DAnIEL pages): 4 lines, 2 of them figures.
TABLE_CELL_MAX_WORDS = 8
TABLE_MIN_LINES = 4
TABLE_MIN_NUMERIC = 2
# A table right after the article's last paragraph (an annex) must be denser: this many figures, this share of its
# lines (a footer's or a sidebar's short lines hold few figures).
TABLE_TRAIL_MIN_FIGURES = 6
TABLE_TRAIL_MIN_SHARE = 0.4
TABLE_TRAIL_GAP = 2
# At least this share of a table's numbers are figures (with a separator or a unit), not bare integers.
TABLE_FIGURE_SHARE = 0.5
# A bare figure: a number, a share or an amount ("52,124", "37,3%", "1.200 €", "(4,5)"); clock times ("01:07",
# video lengths in a playlist) and dates are not table cells.
_NUMERIC_CELL = re.compile(r"[-+–]?\(?\d[\d .,\u202f\u00a0]*\)?\s*(?:%|‰|€|\$|£)?\s*\**")


def _numeric_cell(info: LineInfo) -> bool:
    return _NUMERIC_CELL.fullmatch(info.text) is not None


def _table_figures(infos: list[LineInfo], run: range) -> int:
    """The figures of a run of short lines, or 0 when most of its numbers are bare integers: a chart's axis ticks
    ("600", "300", "0") rather than a table's figures ("52,124", "37,3%", "$915")."""
    figures = sum(_figure(infos[j].text) for j in run)
    numbers = sum(_numeric_cell(infos[j]) for j in run)
    return figures if figures >= TABLE_FIGURE_SHARE * numbers else 0


def _table_date(info: LineInfo) -> bool:
    """A table cell the dateline rule took: a bare number, a year, a date ("July 2000")."""
    return _numeric_cell(info) or _dateline(info)


def _table_cell(info: LineInfo) -> bool:
    return not info.prose and info.cue_count == 0 and len(info.words) <= TABLE_CELL_MAX_WORDS \
        and not info.terminal


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


# Round 11: a link to another story marked by an arrow ("→ Le FMI prévient …", "- → DIRECT : …"; real_heldout2, dev).
# Round 41 (resb; real_heldout27-30, development data): ">>" (two or more) is the ASCII form of the same link arrow
# (">> Country : another story's headline" over a page, like "->"); a single ">" is left alone (a quoted message).
_ARROW_LINK = re.compile(r"(?:[-–•]\s*)?(?:→|►|->|>>)\s*\S")
_ARROW_FIRST = frozenset("-–•→►>")


def _related_leadin(info: LineInfo) -> bool:
    """A teaser of another story: the line opens with a related-story cue (or a link arrow) and is headline-sized."""
    if len(info.words) > RELATED_LEADIN_MAX_WORDS:
        return False
    if info.leadin or (info.text[:1] in _ARROW_FIRST and _ARROW_LINK.match(info.text) is not None):
        return True
    data = _rule_data()  # round 42: "Lire : X", the reading verb with its colon
    return bool(info.words) and info.words[0] in data.colon_leadin_first \
        and data.colon_leadin.match(info.text) is not None


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
    ruled: set[int] = set()  # lines (indices into work) a rule made boilerplate: never the title
    consent = [_consent(info) for info in infos]
    stamps = [_timestamp(info) for info in infos]
    french: list[bool] = []  # round 17: whether the page is French, computed once a line needs it

    def french_page() -> bool:
        if not french:
            french.append(_french_page(infos))
        return french[0]

    def foreign(info: LineInfo) -> bool:
        return _foreign_line(info) and french_page()

    for k, i in enumerate(work):
        if labels[i] == "header":
            # Its remainder is usually the article's first sentence or the headline (which the model, trained on
            # references without headlines, scores high); it is left out of the text only when it is furniture: a
            # related-story lead-in, or a line the model rejects that holds a cue or a URL ("0 PARTAGES Partager
            # Twitter", a bare link).
            # Round 17: a remainder of one or two words is the page's rubric or the outlet's name (" date 2023-08
            # REPORTAGE", "… interview", "… Alwihda Info"; real_heldout9/11, development data), never a sentence.
            if _related_leadin(infos[k]) or _URL_ONLY.fullmatch(lines[i]) or _breadcrumb(infos[k]) \
                    or (len(infos[k].words) < HEADER_REST_MIN_WORDS and not infos[k].terminal) \
                    or _scrape_artefact(lines[i], infos[k]) or _header_caption(lines[i], infos[k]) \
                    or (proba[k] >= threshold and (
                    infos[k].cue_count > 0 or "http" in lines[i].casefold())):
                first_body_override = None
            continue
        credit = _credit(lines[i])
        if credit is not None:
            labels[i] = "credit"
            attributed = credit
        elif _related_leadin(infos[k]) or consent[k] or stamps[k] or _dateline(infos[k]) \
                or _caption_credit(lines[i], infos[k]) or _paywall(infos[k]) or _ad_line(infos[k]) \
                or _media_leadin(infos[k]) or _furniture(lines[i], infos[k]) or _breadcrumb(infos[k]) \
                or _wire_credit(infos[k]) or _role_caption(infos[k], infos[k + 1] if k + 1 < len(infos) else None) \
                or _byline_opening(infos[k]) or foreign(infos[k]) or _scrape_artefact(lines[i], infos[k]) \
                or _caption_opening(infos[k]) or _place_byline(infos[k]) or _initials(infos[k]) \
                or _field_row(infos[k]):
            labels[i] = "boilerplate"
            ruled.add(k)
        elif proba[k] >= threshold:
            labels[i] = "boilerplate"

    # Round 17: the authors' bios under a byline that lists them (see BIO_BYLINE_MAX_WORDS).
    authors = _byline_authors(infos) if any(info.words[:1] == ["par"] for info in infos) else []
    if authors:
        for k, i in enumerate(work):
            if labels[i] == "body" and _author_bio(infos[k], authors):
                labels[i] = "boilerplate"
                ruled.add(k)

    # Round 18: a picture's caption just above the picture's credit (see _credit_caption).
    prose_at = [k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose]
    # round 40: every photo credit the rules removed (round 40's rule below reads them all)
    photo_credits = [k for k in sorted(ruled) if len(infos[k].words) <= CREDIT_LINE_MAX_WORDS
                     and _photo_credit(lines[work[k]], infos[k])]
    credit_k = [k for k in photo_credits if 1 < k < (prose_at[-1] if prose_at else 0)]
    if credit_k:
        para0 = prose_at[0]
        for k in credit_k:
            j = k - 1
            if labels[work[j]] == "body" and j not in ruled and _credit_caption(infos[j], j > para0):
                # the picture's alt text printed over its caption goes with it ("Région de Kayes au Mali" twice)
                for m in ((j - 1, j) if infos[j - 1].words == infos[j].words else (j,)):
                    labels[work[m]] = "boilerplate"
                    ruled.add(m)

    # Round 40: a picture's caption beside its credit whose words the article does not repeat (see _novel_caption).
    if photo_credits and french_page():
        body_k = [k for k, i in enumerate(work) if labels[i] == "body"]
        for c in photo_credits:
            for j in (c - 1, c + 1):
                other = 2 * c - j  # one caption to a credit: none on this side when the other side's line is furniture
                if 0 <= j < len(work) and labels[work[j]] == "body" and j not in ruled \
                        and not (0 <= other < len(work) and labels[work[other]] == "boilerplate") \
                        and _novel_caption(infos, j, c, body_k):
                    labels[work[j]] = "boilerplate"
                    ruled.add(j)

    # Short lines inside a consent banner ("Toujours actif" between two cookie paragraphs).
    consent_k = [k for k, flag in enumerate(consent) if flag]
    for a, b in itertools.pairwise(consent_k):
        for k in range(a + 1, b):
            if b - a <= CONSENT_GAP and labels[work[k]] == "body" and not infos[k].prose:
                labels[work[k]] = "boilerplate"
                ruled.add(k)

    # Round 5: comments, i.e. lines with comment-thread furniture close above and below them, and those markers.
    marks = [k for k, info in enumerate(infos) if _comment_marker(info, stamps[k])]
    for a, b in itertools.pairwise(marks):
        if b - a <= 2 * COMMENT_GAP:  # the two markers too (a commenter's signature inside a thread)
            for k in [a, b, *range(max(a + 1, b - COMMENT_GAP), min(b, a + COMMENT_GAP + 1))]:
                if labels[work[k]] == "body":
                    labels[work[k]] = "boilerplate"
                    ruled.add(k)

    # Round 7: tables between two paragraphs of the article.
    tabled: set[int] = set()
    # Only a page with figures can hold a table of figures (a cheap test first: a line starting with a digit).
    has_figures = sum(1 for info in infos if info.text[:1].isdigit() and _figure(info.text)) >= TABLE_MIN_NUMERIC
    prose_k = [k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose] if has_figures else []

    def in_table(j: int) -> bool:  # a cell; a date the dateline rule took counts ("July 2000", "2000")
        return labels[work[j]] in ("body", "boilerplate") and _table_cell(infos[j]) \
            and (j not in ruled or _table_date(infos[j]))

    if len(prose_k) >= 2:
        k = prose_k[0] + 1
        while k < prose_k[-1]:
            end = k
            while end < prose_k[-1] and in_table(end):
                end += 1
            run = range(k, end)
            if len(run) >= TABLE_MIN_LINES and _table_figures(infos, run) >= TABLE_MIN_NUMERIC:
                for j in run:
                    labels[work[j]] = "body"
                    tabled.add(j)
            k = end + 1
        # An annex table after the last paragraph.
        k = prose_k[-1] + 1
        while k < len(work) and k <= prose_k[-1] + 1 + TABLE_TRAIL_GAP and not _table_cell(infos[k]):
            k += 1
        end = k
        while end < len(work) and in_table(end):
            end += 1
        fig = [j for j in range(k, end) if _figure(infos[j].text)]
        if len(fig) >= TABLE_TRAIL_MIN_FIGURES and len(fig) >= TABLE_TRAIL_MIN_SHARE * (fig[-1] + 1 - k) \
                and _table_figures(infos, range(k, fig[-1] + 1)) > 0:
            for j in range(k, fig[-1] + 1):  # down to its last figure (the page's footer follows)
                labels[work[j]] = "body"
                tabled.add(j)

    # Signature lines after the article's last paragraph (byline, newsroom, agency, web address).
    last_prose = max((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), default=-1)
    signed: set[int] = set()  # round 9: a name in a list after the last paragraph is shaped like a signature
    if last_prose >= 0:
        for k in range(last_prose + 1, len(work)):
            if labels[work[k]] == "body" and k not in tabled and _signature(infos[k]):
                labels[work[k]] = "boilerplate"
                ruled.add(k)
                signed.add(k)

    # Round 25: the page speaking of itself as a publication, after the first paragraph (see _SELF_REFERENCE).
    first_kept = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_kept is not None:
        for k in range(first_kept + 1, len(work)):
            if labels[work[k]] == "body" and _self_reference(infos[k]):
                labels[work[k]] = "boilerplate"
                ruled.add(k)

    # Round 14: a reporter's signature between two paragraphs (a name under the story, before the teasers of others):
    # the signature shape in the French "Prénom NOM" form (first name capitalised, surname last and in capitals),
    # just after a finished paragraph. A subheading is not written so.
    first_para = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_para is not None:
        for k in range(first_para + 1, min(last_prose, len(work) - 1)):
            info = infos[k]
            if labels[work[k]] == "body" and MID_SIGNATURE_MIN_WORDS <= len(info.words) <= SIGNATURE_MAX_WORDS \
                    and infos[k - 1].prose and infos[k - 1].terminal and _signature(info) \
                    and _prenom_nom(info.text):
                labels[work[k]] = "boilerplate"
                ruled.add(k)
                signed.add(k)

    # Round 20: another story's "Place : event" headline as the last line, after a finished paragraph.
    if len(work) >= 2:
        k = len(work) - 1
        if labels[work[k]] == "body" and labels[work[k - 1]] == "body" and infos[k - 1].prose \
                and infos[k - 1].terminal and _last_line_teaser(infos[k]):
            labels[work[k]] = "boilerplate"
            ruled.add(k)

    # Round 21: a signature block whose lines end with commas ("Prénom NOM," over the author's titles).
    k = 0
    while k < len(work) - 1:
        end = _signature_block(infos, k) if labels[work[k]] in ("body", "boilerplate") else -1
        if end > k and all(labels[work[j]] in ("body", "boilerplate") for j in range(k, end + 1)):
            for j in range(k, end + 1):
                labels[work[j]] = "boilerplate"
                ruled.add(j)
            k = end
        k += 1

    # Round 14: a picture's alt text and its caption, the same short line twice in a row after the first paragraph
    # ("Une vue de la ville" twice): the article's subheadings and sentences are not printed twice over each other.
    if first_para is not None:
        for k in range(first_para + 1, len(work) - 1):
            # Round 38: near copies too (_caption_copies), and the copy of a caption the model or a rule removed
            # ("© X" closing one copy only).
            pair = (labels[work[k]], labels[work[k + 1]])
            if (pair == ("body", "body") or sorted(pair) == ["body", "boilerplate"]) \
                    and _caption_copies(infos[k], infos[k + 1]) \
                    and infos[k - 1].words != infos[k].words:
                # Round 22 (real_heldout12, development data): a third copy just above makes it the headline the
                # page's template prints again under itself, not a picture's alt text and caption.
                for j in (k, k + 1):
                    labels[work[j]] = "boilerplate"
                    ruled.add(j)

    # Round 6: lists of other stories or topic links under a heading, after the article's first paragraph.
    first_para = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_para is not None:
        for h in range(first_para + 1, len(work)):
            if not _related_heading(infos[h]):
                continue
            labels[work[h]] = "boilerplate"
            ruled.add(h)
            for k in range(h + 1, min(len(work), h + 1 + RELATED_BLOCK_MAX_LINES)):
                n = len(infos[k].words)
                if (proba[k] < RELATED_BLOCK_STOP_PROBA and n > RELATED_BLOCK_STOP_MIN_WORDS) \
                        or n > RELATED_LEADIN_MAX_WORDS:
                    break
                if labels[work[k]] == "body":
                    labels[work[k]] = "boilerplate"
                    ruled.add(k)

    # Round 10: a block of teasers of other stories whose leads the site cut with an ellipsis ("Le Conseil
    # constitutionnel ivoirien a proclamé, ce lundi 8..."): two such short lines at most TEASER_CUT_GAP lines apart
    # make them, the lines between them and the headline-shaped line just above the first one boilerplate. The
    # page's last line is left out (the evaluation store cuts excerpts there).
    cut = [k for k in range(len(work) - 1) if infos[k].text.endswith(_ELLIPSES)
           and len(infos[k].words) <= RELATED_LEADIN_MAX_WORDS]
    g0 = 0
    for g in range(1, len(cut) + 1):
        if g < len(cut) and cut[g] - cut[g - 1] <= TEASER_CUT_GAP:
            continue
        # Round 22 (real_heldout12, development data): the teasers of a block announce different stories; the
        # same cut line twice is the page's own headline printed again (over and under its picture).
        if g - g0 >= 2 and len({tuple(infos[k].words) for k in cut[g0:g]}) >= 2:  # a block of two cut leads or more
            lo, hi = cut[g0], cut[g - 1]
            above = infos[lo - 1] if lo > 0 else None
            if above is not None and 0 < len(above.words) <= HEADLINE_MAX_WORDS and not above.terminal:
                lo -= 1
            for k in range(lo, hi + 1):
                if labels[work[k]] == "body" and len(infos[k].words) <= RELATED_LEADIN_MAX_WORDS:
                    labels[work[k]] = "boilerplate"
                    ruled.add(k)
        g0 = g

    # Repetition across the site's documents.
    if stats is not None and group is not None and stats.n_docs(group) >= REPEAT_MIN_DOCS:
        floor = max(REPEAT_MIN_COUNT, math.ceil(REPEAT_MIN_SHARE * stats.n_docs(group)))
        for k, i in enumerate(work):
            short = len(infos[k].words) <= REPEAT_MAX_WORDS
            if labels[i] == "body" and short and stats.doc_frequency(group, lines[i]) >= floor:
                labels[i] = "boilerplate"

    # Round 9: the items of a list the article announces ("Voici la liste du gouvernement :" then "Justice : X", "-",
    # "Intérieur : Y" …) are article, whatever the model said of each short line; a line a rule took (caption,
    # paywall, credit …) or a related-stories heading ends the list. Cheap: only a line announcing a list starts it.
    leadins = _rule_data().list_leadins
    # Round 20 (real_heldout13, development data): a presentative sentence closed by a stop ("Voilà les doléances
    # que … lors de cette visite.") concludes a paragraph, it announces nothing: the signature under it stays out.
    # Round 22: a heading naming the list ("Liste des nouveaux préfets", "La liste des gouverneurs") announces it too.
    # So does a sentence closed by a presentative and a colon ("Les nominations … sont les suivantes :").
    heads = [len(info.words) >= LIST_LEADIN_MIN_WORDS and (info.words[0] in leadins or _list_heading(info)
                                                           or _LIST_CLOSING.search(info.text) is not None)
             for info in infos]
    starts = [k for k, info in enumerate(infos) if len(info.words) >= LIST_LEADIN_MIN_WORDS
              and (info.text[-1:] == ":" or (heads[k] and info.text[-1:] != "."))]
    first_para = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None) \
        if starts else None
    end_of_list = -1
    listed: set[int] = set()
    for k in starts:
        if first_para is None or k < first_para or k <= end_of_list:
            continue
        # A presentative opening ("Voici la liste …") announces a list even when the model doubted the line
        # itself; a line merely ending with ":" must have been kept ("Suivez-nous sur :" is not a lead-in).
        presentative = heads[k] and labels[work[k]] == "boilerplate" and k not in ruled
        if not (presentative or labels[work[k]] == "body"):
            continue
        j = k + 1
        long_kv = False  # round 23: once a long "Label : value" item is in, the list is one of such items
        while j < len(work) and j <= k + LIST_MAX_ITEMS \
                and (len(infos[j].words) <= LIST_ITEM_MAX_WORDS or (
                    len(infos[j].words) <= KV_ITEM_MAX_WORDS and _kv_item(infos[j]) is not None)) \
                and not (long_kv and _kv_item(infos[j]) is None) \
                and (j not in ruled or j in signed or _role_item(infos, j)
                     or (stamps[j] and _kv_item(infos[j]) is not None)) \
                and labels[work[j]] in ("body", "boilerplate") \
                and not _related_heading(infos[j]) and "http" not in infos[j].text.casefold():
            long_kv = long_kv or len(infos[j].words) > LIST_ITEM_MAX_WORDS
            j += 1
        # The items of a real list are distinct (names, portfolios); a worded line repeated inside the run
        # ("Undo", "Partager" under each teaser of a widget) marks page furniture: the run is left as it was.
        worded = [" ".join(infos[m].words) for m in range(k + 1, j) if infos[m].words]
        if len(set(worded)) == len(worded) and j > k + 1:
            for m in range(k if presentative else k + 1, j):
                labels[work[m]] = "body"
                ruled.discard(m)
                listed.add(m)
        end_of_list = j - 1

    # Round 38: a list of other stories' headlines that the site parts with a separator line ("-" / headline / "-" /
    # headline / "-"): see _separated_run. An announced list's items (bullets alone on their lines) stay article.
    for k in _separated_run(infos):
        if labels[work[k]] == "body" and k not in listed:
            labels[work[k]] = "boilerplate"
            ruled.add(k)

    # Round 23: the doubted siblings of kept "Label : value" items (see KV_RUN_MIN_ITEMS).
    kv_first = next((k for k, i in enumerate(work) if labels[i] in ("body", "header") and infos[k].prose
                     and _kv_item(infos[k]) is None), None)
    if kv_first is not None:
        kv_k = [k for k in range(kv_first + 1, len(work)) if labels[work[k]] in ("body", "boilerplate")
                and len(infos[k].words) <= KV_ITEM_MAX_WORDS and _kv_item(infos[k]) is not None]
        runs: list[list[int]] = []
        for k in kv_k:
            gap_ok = bool(runs) and (k == runs[-1][-1] + 1 or (
                k == runs[-1][-1] + 2 and _kv_heading(infos[k - 1]) and labels[work[k - 1]] in ("body", "boilerplate")))
            if gap_ok and _kv_item(infos[k]) == _kv_item(infos[runs[-1][-1]]):
                runs[-1].append(k)
            else:
                runs.append([k])
        for kv_run in runs:
            # An item opening with a page cue ("Related Roundup: …", "Image : …") may sit inside a list, not at
            # its edge: there it is a pointer to other pages or a picture's credit next to the list.
            while kv_run and infos[kv_run[0]].cue_start:
                kv_run.pop(0)
            while kv_run and infos[kv_run[-1]].cue_start:
                kv_run.pop()
            names = [_kv_label(infos[k]) for k in kv_run]
            kept = sum(labels[work[k]] == "body" for k in kv_run)
            if len(kv_run) < KV_RUN_MIN_ITEMS or len(set(names)) < len(names) \
                    or kept < KV_RUN_MIN_KEPT_SHARE * len(kv_run):
                continue
            for k in range(kv_run[0], kv_run[-1] + 1):
                inner = kv_run[0] < k < kv_run[-1]
                if labels[work[k]] == "boilerplate" and (k not in ruled or k in signed or (
                        inner and _caption_credit(lines[work[k]], infos[k]))):
                    labels[work[k]] = "body"
                    ruled.discard(k)
                if labels[work[k]] == "body":
                    listed.add(k)  # a list item: not a teaser headline nor the tail block's (rules below)

    # Round 22: the forms of address of a speech the article prints (see _speech_address).
    for k, i in enumerate(work):
        if labels[i] == "boilerplate" and k not in ruled and _speech_address(infos[k]):
            labels[i] = "body"

    # Vocabulary of the article as classified so far, for the teaser and title checks.
    body_df: dict[str, int] = {}
    for k, i in enumerate(work):
        if (labels[i] == "body" or (labels[i] == "header" and first_body_override is not None)) and infos[k].prose:
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

    # Round 39: a stray lower-case fragment (an alt text, a file name, a lone word) between two lines it does not belong
    # to (see STRAY_LOWER_MAX_WORDS); never a list item or a table cell the rules above kept.
    for k in range(1, len(work) - 1):
        if labels[work[k]] == "body" and k not in listed and k not in tabled \
                and _stray_fragment(infos[k - 1], infos[k], infos[k + 1]) and french_page():
            labels[work[k]] = "boilerplate"
            ruled.add(k)

    # Round 11: a single pasted teaser headline after the first paragraph (see TEASER_HEADLINE_MAX_SIM).
    first_prose = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_prose is not None and len(body_df) >= TEASER_HEADLINE_MIN_VOCAB:
        for k in range(first_prose + 1, len(work) - 1):  # the page's last line may be cut by the store
            if labels[work[k]] == "body" and k not in listed and k not in tabled \
                    and _teaser_headline(infos[k - 1], infos[k], infos[k + 1]) \
                    and sim_to_body(k) <= TEASER_HEADLINE_MAX_SIM:
                labels[work[k]] = "boilerplate"
                ruled.add(k)

    # Round 16: the block after the article's last long paragraph, judged as a whole (see TAIL_BLOCK_MIN_LINES).
    long_k = [k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose
              and len(infos[k].words) >= TAIL_PARA_MIN_WORDS]
    last_long = long_k[-1] if len(long_k) >= TAIL_MIN_PARAS else -1
    if last_long >= 0 and len(work) - last_long - 1 >= TAIL_BLOCK_MIN_LINES:
        k = last_long + 1
        while k < len(work):
            end = k
            while end < len(work) and _tail_headline(infos[end]) and end not in listed and end not in tabled:
                end += 1
            run = range(k, end)
            headed = TAIL_BLOCK_MIN_LINES_HEADED > 0 and k - 1 > last_long \
                and labels[work[k - 1]] == "boilerplate" and _tail_heading(infos[k - 1]) and french_page()
            need = TAIL_BLOCK_MIN_LINES_HEADED if headed else TAIL_BLOCK_MIN_LINES
            # (a list's items open alike; two lines always "half" do, so a shorter headed run skips that test)
            if len(run) >= need and not infos[k - 1].text.endswith(":") \
                    and (len(run) < TAIL_BLOCK_MIN_LINES or not _same_opening(infos, run)):
                other = sum(1 for j in run if sim_to_body(j) <= TEASER_HEADLINE_MAX_SIM)
                if other >= TAIL_BLOCK_MIN_OTHER_SHARE * len(run):
                    for j in run:
                        if labels[work[j]] == "body":
                            labels[work[j]] = "boilerplate"
                            ruled.add(j)
            k = end + 1

    # Round 22: a subheading the model doubted among like subheadings it kept (see _subheading).
    subs = [k for k in range(1, len(work) - 1) if labels[work[k]] in ("body", "boilerplate") and k not in ruled
            and _subheading(infos, labels, work, k)]
    kept_subs = [k for k in subs if labels[work[k]] == "body"]
    if len(kept_subs) >= SUBHEADING_MIN_KEPT and len(subs) > len(kept_subs):
        if not french:
            french.append(_french_page(infos))
        if french[0]:
            for k in subs:
                labels[work[k]] = "body"

    # Round 23: the article's last paragraph the model doubted (see CONTINUED_PARA_MIN_WORDS).
    if first_prose is not None:
        for k in range(max(first_prose + 1, len(work) - 2), len(work)):
            info = infos[k]
            if labels[work[k]] == "boilerplate" and k not in ruled and info.prose \
                    and (k == len(work) - 1 or _cut_tail(infos[k + 1])) \
                    and len(info.words) >= CONTINUED_PARA_MIN_WORDS and info.cue_count == 0 \
                    and sim_to_body(k) >= CONTINUED_PARA_MIN_SIM:
                labels[work[k]] = "body"

    # Round 22: the page's last line cut off in the middle of a sentence (see _cut_tail); the signature rule's shape
    # (one to four capitalised words) takes such a stub too ("Beaucoup des"), but a signature never ends so.
    last_k = len(work) - 1
    if last_k >= 1 and labels[work[last_k]] == "boilerplate" and (last_k not in ruled or last_k in signed) \
            and labels[work[last_k - 1]] == "body" and infos[last_k - 1].prose \
            and (_cut_tail(infos[last_k]) or (last_k not in ruled and _cut_sentence(infos[last_k])
                                              and not infos[last_k - 1].text.endswith(_ELLIPSES))):
        labels[work[last_k]] = "body"

    # Round 43: the page's cut last line under a subheading (SUBHEADED_CUT_TAIL); a promotion's hook under the last
    # paragraph (ORPHAN_TAIL_HEADING).
    last_k = len(work) - 1
    if SUBHEADED_CUT_TAIL and last_k >= 2 and labels[work[last_k]] in ("body", "boilerplate") \
            and (last_k not in ruled or last_k in signed) and labels[work[last_k - 1]] == "boilerplate" \
            and last_k - 1 not in ruled and labels[work[last_k - 2]] == "body" and infos[last_k - 2].prose \
            and _kv_heading(infos[last_k - 1]) and not infos[last_k - 1].text.endswith(":") \
            and len(kept_subs) >= SUBHEADING_MIN_KEPT \
            and (_cut_tail(infos[last_k]) or (last_k not in ruled and _cut_sentence(infos[last_k]))):
        labels[work[last_k - 1]] = labels[work[last_k]] = "body"
    if ORPHAN_TAIL_HEADING:
        last_prose = max((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), default=-1)
        if 0 <= last_prose < len(work) - 2:
            k = last_prose + 1
            if labels[work[k]] == "body" and k not in listed and k not in tabled \
                    and _orphan_heading(infos[k], infos[k + 1]) \
                    and all(labels[work[j]] == "boilerplate" for j in range(k + 1, len(work))) and french_page():
                labels[work[k]] = "boilerplate"
                ruled.add(k)

    # Title: the header marker's remainder when it is a headline over a paragraph, else the first
    # headline-like line before the article's first prose line.
    title: str | None = None
    title_k = -1
    if first_body_override is not None and _header_title(infos, labels, work):
        title, first_body_override = first_body_override, None
        title_k = 0
    first_prose = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_prose is not None and title is None:
        # The first prose line itself may be the headline (a long one reads like prose, unpunctuated).
        last = first_prose + (0 if infos[first_prose].text.endswith(_SENTENCE_END) else 1)
        # Round 25: the first candidate, unless a later one shares more than TITLE_SHARED_MARGIN times as many of
        # the article's words (see the constant).
        best_shared = 0
        for k in range(max(0, first_prose - TITLE_LOOKBACK), last):
            i = work[k]
            if labels[i] in ("body", "boilerplate") and k not in ruled \
                    and _is_title_candidate(infos[k], sim_to_body(k)):
                shared = sum(1 for w in infos[k].content if body_df.get(w, 0) > 0)
                if title_k < 0 or shared > TITLE_SHARED_MARGIN * best_shared:
                    title_k, best_shared = k, shared
        if title_k < 0:  # round 6: further up, past the byline and button block, nearest first
            for k in range(first_prose - TITLE_LOOKBACK - 1, max(-1, first_prose - TITLE_FAR_LOOKBACK - 1), -1):
                sim = sim_to_body(k)
                if labels[work[k]] in ("body", "boilerplate") and k not in ruled and sim >= TITLE_FAR_MIN_SIM \
                        and _is_title_candidate(infos[k], sim):
                    title_k = k
                    break
        if title_k >= 0:
            # Round 6: the standfirst between the headline and the first paragraph.
            for kk in range(title_k + 1, first_prose):
                info = infos[kk]
                if labels[work[kk]] == "boilerplate" and kk not in ruled and info.prose and info.terminal \
                        and len(info.words) >= STANDFIRST_MIN_WORDS and sim_to_body(kk) >= STANDFIRST_MIN_SIM:
                    labels[work[kk]] = "body"
            labels[work[title_k]] = "title"
            title = lines[work[title_k]]
            # What precedes the headline is the page's header (category label, breadcrumb, menu); a paragraph
            # there is not (a standfirst some sites print above the headline).
            for kk in range(title_k):
                if labels[work[kk]] == "body" and not infos[kk].prose:
                    labels[work[kk]] = "boilerplate"
    # Round 10 (real_heldout2-4's false alarms, development data): the headline printed a second time between the
    # headline and the first paragraph (the page's template repeats it above the article) is the article's
    # headline, not furniture; elsewhere (a share box, a list of stories) a copy of it stays what the model said.
    if title is not None and title_k >= 0 and first_prose is not None:
        key = " ".join(title.casefold().split())
        for k in range(title_k + 1, first_prose):
            i = work[k]
            if labels[i] == "boilerplate" and k not in ruled and len(infos[k].words) <= HEADLINE_MAX_WORDS \
                    and " ".join(lines[i].casefold().split()) == key:
                labels[i] = "body"
    # Before the first paragraph (once the headline is known), a line shaped like a signature is a byline or a
    # rubric ("Paul Lorgerie – DW", "Politique"), whether the headline was found or not.
    first_para = next((k for k, i in enumerate(work) if labels[i] == "body" and infos[k].prose), None)
    if first_para is not None:
        for kk in range(first_para):
            if labels[work[kk]] == "body" and _signature(infos[kk]):
                labels[work[kk]] = "boilerplate"

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

