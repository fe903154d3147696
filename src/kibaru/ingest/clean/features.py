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
    "sim_short", "sim_core", "no_content", "window_prose", "prev_log_words", "next_log_words", "prev_terminal",
    "next_terminal", "prev_prose_dist", "next_prose_dist", "prose_before", "sandwich", "run_len",
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
_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]|_")


@dataclass(frozen=True, slots=True)
class Lexicon:
    # Cue phrases as word tuples indexed by their first word; a trailing "*" makes the last word a prefix.
    phrases: dict[str, list[tuple[tuple[str, ...], bool]]]
    prefixes: tuple[str, ...]  # one-word prefix cues ("partag*")
    stopwords: frozenset[str]

    def cues(self, words: list[str]) -> tuple[int, bool]:
        """How many cue phrases the word sequence contains, and whether one starts it."""
        count, start, i, n = 0, False, 0, len(words)
        while i < n:
            w = words[i]
            size = 0
            for phrase, prefix in self.phrases.get(w, ()):
                k = len(phrase)
                if k > n - i or k <= size:
                    continue
                if all(words[i + j] == phrase[j] for j in range(1, k - 1)) and (
                    k == 1 or (words[i + k - 1].startswith(phrase[-1]) if prefix else words[i + k - 1] == phrase[-1])
                ):
                    size = k
            if not size and self.prefixes and w.startswith(self.prefixes):
                size = 1
            if size:
                count += 1
                start = start or i == 0
                i += size
            else:
                i += 1
        return count, start


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue phrases and function words from the package data file (loaded once)."""
    raw = (resources.files("kibaru") / "data" / "boilerplate_cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    prefixes: list[str] = []
    for group in data["cues"].values():
        for entry in group:
            text = str(entry).casefold()
            prefix = text.endswith("*")
            words = tuple(_WORD.findall(text))
            if not words:
                continue
            if prefix and len(words) == 1:
                prefixes.append(words[0])
            else:
                phrases.setdefault(words[0], []).append((words, prefix))
    stop: set[str] = set()
    for words_ in data["stopwords"].values():
        stop.update(str(w).casefold() for w in words_)
    return Lexicon(phrases, tuple(sorted(set(prefixes))), frozenset(stop))


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
    cue_count, cue_start = lex.cues(words)
    terminal = bool(_TERMINAL.search(text))
    stop_ratio = n_stop / n if n else 0.0
    prose = n >= PROSE_MIN_WORDS and stop_ratio >= PROSE_MIN_STOP_RATIO
    return LineInfo(text, words, content, terminal, stop_ratio, cue_count, cue_start, prose)


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


def _sims(infos: list[LineInfo], profile_lines: list[int] | None = None) -> list[float]:
    """Share of each line's content words that occur in the *other* profile lines (default: prose lines)."""
    if profile_lines is None:
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
    # Against the core only: a gallery of unrelated captions below the article is prose too, but it
    # does not share the core's vocabulary.
    core_prose = [k for k in range(core_start, core_end + 1) if infos[k].prose]
    sims_core = _sims(infos, core_prose) if core_prose else [0.0] * n
    counts: dict[str, int] = {}
    keys = [" ".join(info.words) for info in infos]
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    prose = np.array([1.0 if info.prose else 0.0 for info in infos])
    cum = np.concatenate(([0.0], np.cumsum(prose)))
    log_words = [math.log1p(len(info.words)) for info in infos]
    # Distances to the nearest prose line on each side, the share of prose characters before each line,
    # and the length of the run of non-prose lines a line belongs to: a list or table inside the
    # article sits between prose; a menu sits before the first or after the last prose line.
    prev_prose = [0.0] * n
    last = -1
    for i in range(n):
        prev_prose[i] = math.log1p(i - last if last >= 0 else n + 1)
        if infos[i].prose:
            last = i
    next_prose = [0.0] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        next_prose[i] = math.log1p(nxt - i if nxt >= 0 else n + 1)
        if infos[i].prose:
            nxt = i
    prose_chars = np.array([float(len(info.text)) if info.prose else 0.0 for info in infos])
    total_prose = float(prose_chars.sum()) or 1.0
    before_share = (np.cumsum(prose_chars) - prose_chars) / total_prose
    after_share = 1.0 - before_share - prose_chars / total_prose
    run_len = [0.0] * n
    i = 0
    while i < n:
        j = i
        while j < n and not infos[j].prose:
            j += 1
        for k in range(i, j):
            run_len[k] = math.log1p(j - i)
        i = max(j, i + 1)
    rows: list[tuple[float, ...]] = []
    for i, info in enumerate(infos):
        text = info.text
        nw = len(info.words)
        nc = len(text)
        letters = len(_LETTERS.findall(text))
        digits = len(_DIGITS.findall(text))
        punct = len(_PUNCT.findall(text))
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
        rows.append((
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
            sims_core[i],
            float(not info.content),
            window,
            log_words[i - 1] if i > 0 else 0.0,
            log_words[i + 1] if i + 1 < n else 0.0,
            float(infos[i - 1].terminal) if i > 0 else 0.0,
            float(infos[i + 1].terminal) if i + 1 < n else 0.0,
            prev_prose[i],
            next_prose[i],
            float(before_share[i]),
            float(min(before_share[i], after_share[i])),
            run_len[i],
        ))
    return infos, np.array(rows, dtype=np.float64)


CONTEXT_NAMES: tuple[str, ...] = ("ctx_prev", "ctx_next", "ctx_win2", "ctx_win6", "ctx_in_core", "ctx_core_dist")

# Second-stage core: each line weighs (0.5 - p) x (its length + this many characters), so that short
# lines the first stage is sure about still count.
CONTEXT_CORE_LENGTH_PRIOR = 20.0


def context_features(p: np.ndarray, lengths: np.ndarray | None = None) -> np.ndarray:
    """Second-stage features: the first-stage boilerplate probabilities of the neighbouring lines, and
    the article core re-estimated from them (max-subarray of (0.5 - p) x length)."""
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
    if lengths is None:
        lengths = np.full(n, 80.0)
    scores = (0.5 - p) * (lengths + CONTEXT_CORE_LENGTH_PRIOR)
    best, span, run, start = -math.inf, (0, -1), 0.0, 0
    for i in range(n):
        if run <= 0:
            run, start = float(scores[i]), i
        else:
            run += float(scores[i])
        if run > best:
            best, span = run, (start, i)
    if best > 0:
        lo_c, hi_c = span
        out[:, 4] = (idx >= lo_c) & (idx <= hi_c)
        gap = np.where(idx < lo_c, lo_c - idx, np.where(idx > hi_c, idx - hi_c, 0))
        out[:, 5] = np.log1p(gap)
    else:
        out[:, 5] = math.log1p(n)
    return out
