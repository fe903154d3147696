"""Line features for the boilerplate classifier of plain-text dumps.

Every feature is computed from the text alone and is meant to be language-agnostic or to rest on
the multilingual data file ``data/boilerplate_cues.yaml`` (cue phrases, function words):

* the line's own shape: length, terminal punctuation, capitalisation, function-word density, digits,
  URLs/handles, separators such as ``|``, lexical cues (follow/share/comment/cookies/"lire aussi"…);
* its place in the document: relative position, whether it lies in the *core* (the stretch of the
  dump that carries most running prose), its distance from it;
* its **similarity to the rest of the article**: the share of its content words found in the
  other prose lines (a teaser for an unrelated story shares almost none, a subheading shares many);
* its neighbours (length and punctuation of the previous and next lines, prose density around it);
* repetition inside the document (menus are often rendered twice).

Corpus-level repetition (``LineStats``) is applied by the cleaner as a separate rule because the
evaluation pages come one or two per site and cannot train a weight for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import yaml

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "terminal", "ends_colon", "no_letters", "frac_cap", "stop_ratio",
    "digit_ratio", "punct_ratio", "url", "handle", "separators", "bullet_start", "all_caps", "quote_marks",
    "date_or_time", "copyright", "cue_any", "cue_start", "cue_density", "cue_short", "headline_shape",
    "dup_in_doc", "rel_pos", "prose", "in_core", "core_dist", "before_core", "after_core", "sim",
    "sim_short", "no_content", "window_prose", "prev_log_words", "next_log_words", "prev_terminal",
    "next_terminal",
)

# A line is "prose" (running text) from this many words with some function words; calibrated by
# reading dev pages: shorter lines are mostly headings, labels and captions.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOP_RATIO = 0.12
# What a non-prose line costs (in characters) when the core region is grown over it: ~ one short
# sentence, so that a subheading or caption between paragraphs stays inside, a 10-line menu does not.
CORE_GAP_COST = 60.0
# Headline shape: a short line without terminal punctuation.
HEADLINE_MAX_WORDS = 20

_WORD = re.compile(r"\w+", re.UNICODE)
_URL = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:com|org|net|fr|info|ml|bf|ne)\b|@\w+\.\w+", re.I)
_HANDLE = re.compile(r"(?:^|\s)[#@]\w")
_SEPARATORS = re.compile(r"\s[|•·›»/>]\s|\s-\s.*\s-\s")
_BULLET = re.compile(r"^[\W_]")
_DATE_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:h]\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_TERMINAL = re.compile(r"[.!?…;]['\"»”’)\]]*$|[»”\"]$")
_QUOTE_MARKS = re.compile(r"[«»“”\"]")


@dataclass(frozen=True, slots=True)
class Lexicon:
    cue_pattern: re.Pattern[str]
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue phrases and function words from the package data file (loaded once)."""
    raw = resources.files("kibaru.data").joinpath("boilerplate_cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    phrases: set[str] = set()
    for group in data["cues"].values():
        phrases.update(str(p).casefold() for p in group)
    parts = []
    # Longest first so that "laisser un commentaire" wins over "commentaire" at the same position.
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase.endswith("*"):
            parts.append(re.escape(phrase[:-1]) + r"\w*")
        else:
            parts.append(re.escape(phrase))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    stop: set[str] = set()
    for words in data["stopwords"].values():
        stop.update(str(w).casefold() for w in words)
    return Lexicon(pattern, frozenset(stop))


@dataclass(slots=True)
class LineInfo:
    """What the classifier and the title finder need to know about one stripped line."""

    text: str
    words: list[str]
    content: frozenset[str]
    terminal: bool
    stop_ratio: float
    cue_count: int
    cue_start: bool
    prose: bool


def _stem(word: str) -> str:
    # A crude language-agnostic stem: enough for "élection/élections", "militaire/militaires".
    return word[:6]


def line_info(text: str, lex: Lexicon | None = None) -> LineInfo:
    lex = lex or lexicon()
    low = text.casefold()
    words = _WORD.findall(low)
    n = len(words)
    n_stop = sum(1 for w in words if w in lex.stopwords)
    content = frozenset(_stem(w) for w in words if len(w) >= 3 and w not in lex.stopwords and not w.isdigit())
    cues = list(lex.cue_pattern.finditer(low))
    cue_start = bool(cues) and not _WORD.search(low, 0, cues[0].start())
    terminal = bool(_TERMINAL.search(text))
    stop_ratio = n_stop / n if n else 0.0
    prose = n >= PROSE_MIN_WORDS and stop_ratio >= PROSE_MIN_STOP_RATIO
    return LineInfo(text, words, content, terminal, stop_ratio, len(cues), cue_start, prose)


def _core(infos: list[LineInfo]) -> tuple[int, int]:
    """The stretch [start, end] with the most prose characters net of the gaps (max-subarray)."""
    best, best_span = -math.inf, (0, -1)
    run, start = 0.0, 0
    for i, info in enumerate(infos):
        score = float(len(info.text)) if info.prose else -CORE_GAP_COST
        if run <= 0:
            run, start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (start, i)
    if best <= 0:
        return (0, -1)
    return best_span


def _sims(infos: list[LineInfo]) -> list[float]:
    """Share of each line's content words that occur in the *other* prose lines of the document."""
    profile_lines = [k for k, info in enumerate(infos) if info.prose]
    if len(profile_lines) < 2:
        profile_lines = [k for k, info in enumerate(infos) if len(info.words) >= 5]
    df: dict[str, int] = {}
    in_profile = set(profile_lines)
    for k in profile_lines:
        for w in infos[k].content:
            df[w] = df.get(w, 0) + 1
    out = []
    for k, info in enumerate(infos):
        if not info.content:
            out.append(0.0)
            continue
        own = 1 if k in in_profile else 0
        hits = sum(1 for w in info.content if df.get(w, 0) - own > 0)
        out.append(hits / len(info.content))
    return out


def document_features(lines: list[str]) -> tuple[list[LineInfo], np.ndarray]:
    """Per-line infos and the feature matrix (one row per line, columns as ``FEATURE_NAMES``)."""
    lex = lexicon()
    infos = [line_info(line, lex) for line in lines]
    n = len(infos)
    x = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
    if n == 0:
        return infos, x
    core_start, core_end = _core(infos)
    sims = _sims(infos)
    counts: dict[str, int] = {}
    keys = [" ".join(info.words) for info in infos]
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    prose = np.array([1.0 if info.prose else 0.0 for info in infos])
    cum = np.concatenate(([0.0], np.cumsum(prose)))
    log_words = [math.log1p(len(info.words)) for info in infos]
    for i, info in enumerate(infos):
        text = info.text
        nw = len(info.words)
        nc = len(text)
        letters = sum(1 for ch in text if ch.isalpha())
        digits = sum(1 for ch in text if ch.isdigit())
        punct = sum(1 for ch in text if not ch.isalnum() and not ch.isspace())
        alpha_words = [w for w in text.split() if w[:1].isalpha()]
        caps = sum(1 for w in alpha_words if w[0].isupper())
        if core_end < core_start:
            in_core, dist, before, after = 0.0, math.log1p(n), 0.0, 0.0
        else:
            in_core = 1.0 if core_start <= i <= core_end else 0.0
            gap = core_start - i if i < core_start else (i - core_end if i > core_end else 0)
            dist, before, after = math.log1p(gap), float(i < core_start), float(i > core_end)
        lo, hi = max(0, i - 3), min(n, i + 4)
        window = (cum[hi] - cum[lo] - prose[i]) / max(1, hi - lo - 1)
        short = nw <= 8
        x[i] = (
            math.log1p(nc),
            log_words[i],
            float(info.terminal),
            float(text.endswith(":")),
            float(letters == 0),
            caps / len(alpha_words) if alpha_words else 0.0,
            info.stop_ratio,
            digits / nc if nc else 0.0,
            punct / nc if nc else 0.0,
            float(bool(_URL.search(text))),
            float(bool(_HANDLE.search(text))),
            float(bool(_SEPARATORS.search(text))),
            float(bool(_BULLET.match(text))),
            float(letters > 3 and text.upper() == text),
            float(bool(_QUOTE_MARKS.search(text))),
            float(bool(_DATE_TIME.search(text))),
            float("©" in text or "(c)" in text.casefold()),
            float(info.cue_count > 0),
            float(info.cue_start),
            min(1.0, info.cue_count / nw) if nw else 0.0,
            float(info.cue_count > 0 and short),
            float(0 < nw <= HEADLINE_MAX_WORDS and not info.terminal),
            float(counts[keys[i]] > 1),
            i / max(1, n - 1),
            float(info.prose),
            in_core,
            dist,
            before,
            after,
            sims[i],
            sims[i] if short else 0.0,
            float(not info.content),
            window,
            log_words[i - 1] if i > 0 else 0.0,
            log_words[i + 1] if i + 1 < n else 0.0,
            float(infos[i - 1].terminal) if i > 0 else 0.0,
            float(infos[i + 1].terminal) if i + 1 < n else 0.0,
        )
    return infos, x


CONTEXT_NAMES: tuple[str, ...] = ("ctx_prev", "ctx_next", "ctx_win2", "ctx_win6")


def context_features(p: np.ndarray) -> np.ndarray:
    """Second-stage features: the first-stage boilerplate probabilities of the neighbouring lines."""
    n = len(p)
    out = np.zeros((n, len(CONTEXT_NAMES)), dtype=np.float64)
    if n == 0:
        return out
    cum = np.concatenate(([0.0], np.cumsum(p)))
    idx = np.arange(n)
    out[:, 0] = np.concatenate(([1.0], p[:-1]))  # the edge of the page counts as boilerplate
    out[:, 1] = np.concatenate((p[1:], [1.0]))
    for col, half in ((2, 2), (3, 6)):
        lo = np.maximum(0, idx - half)
        hi = np.minimum(n, idx + half + 1)
        cnt = hi - lo - 1
        s = cum[hi] - cum[lo] - p
        out[:, col] = np.where(cnt > 0, s / np.maximum(cnt, 1), 1.0)
    return out
