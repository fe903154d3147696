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
from dataclasses import dataclass, field
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
    # Round 4 (real French dumps): which cue groups the line holds, whether a related-story cue ("lire aussi")
    # opens it, and whether it continues / is continued by a hard-wrapped sentence.
    "cue_social", "cue_comments", "cue_navigation", "cue_related", "cue_promo", "cue_legal", "cue_meta",
    "related_start", "starts_lower", "open_end", "prev_open_end", "next_starts_lower",
)

# The cue groups of data/boilerplate_cues.yaml that get a feature each (bit k = CUE_GROUPS[k]).
CUE_GROUPS: tuple[str, ...] = ("social", "comments", "navigation", "related", "promo", "legal", "meta")


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
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _starts_lower(text: str) -> bool:
    """Whether the line's first letter is lower-case (non-letters before it do not count)."""
    first = text[:1]
    if first.isalpha():
        return first.islower()
    m = _FIRST_LETTER.search(text)
    return bool(m and m.group(0).islower())


def _open_end(text: str) -> bool:
    """Whether the line stops where a sentence goes on (hard-wrapped text): a letter, digit, comma or dash."""
    last = text[-1:]
    return last.isalnum() or (last != "" and last in ",-–")
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
    # All cues as one alternation over the space-joined word sequence, longest phrase first, so that one
    # ``finditer`` makes the same left-to-right, longest-match, non-overlapping scan as a word loop would.
    pattern: re.Pattern[str]
    # Round 4: which cue groups (bits, in CUE_GROUPS order) a matched cue belongs to: exact phrases, then
    # prefix entries (the last word a prefix) tried in turn.
    group_exact: dict[str, int] = field(default_factory=dict)
    group_prefix: tuple[tuple[str, int], ...] = ()
    # Teaser lead-ins ("lire aussi"), as space-joined case-folded words, by first word.
    leadins: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def leadin(self, words: list[str], joined: str) -> bool:
        """Whether the case-folded words (``joined`` by single spaces) open with a teaser lead-in."""
        for phrase in self.leadins.get(words[0], ()) if words else ():
            if joined.startswith(phrase) and (len(joined) == len(phrase) or joined[len(phrase)] == " "):
                return True
        return False

    def group_bits(self, matched: str) -> int:
        """The cue groups of one matched cue (the matched words joined by single spaces)."""
        bits = self.group_exact.get(matched, 0)
        for prefix, b in self.group_prefix:
            if matched.startswith(prefix):
                bits |= b
        return bits

    def cue_scan(self, joined: str) -> tuple[int, bool, int, int]:
        """Cue count, whether a cue starts the words, the groups of all cues, the groups of the starting cue."""
        count, start, bits, start_bits = 0, False, 0, 0
        for m in self.pattern.finditer(joined):
            count += 1
            b = self.group_bits(m.group(0))
            bits |= b
            if m.start() == 0:
                start, start_bits = True, start_bits | b
        return count, start, bits, start_bits

    def cues(self, words: list[str]) -> tuple[int, bool]:
        """How many cue phrases the word sequence contains, and whether one starts it."""
        return self.cues_joined(" ".join(words))

    def cues_joined(self, joined: str) -> tuple[int, bool]:
        """``cues`` of the words already joined by single spaces."""
        count, start = 0, False
        for m in self.pattern.finditer(joined):
            count += 1
            start = start or m.start() == 0
        return count, start


def _cue_pattern(phrases: dict[str, list[tuple[tuple[str, ...], bool]]], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    alts: list[tuple[int, str]] = []
    for entries in phrases.values():
        for words, prefix in entries:
            alts.append((len(words), " ".join(words) + ("*" if prefix else "")))
    # One-word prefixes count only where no phrase starts at the word: they come last.
    alts.sort(key=lambda a: -a[0])
    ordered = [a for _, a in alts] + [p + "*" for p in prefixes]
    if not ordered:
        return re.compile(r"(?!x)x")  # matches nothing
    # Grouped by first character (alternatives with different first characters exclude each other, so the
    # order that matters is kept): the engine tests a few branches per word instead of every cue.
    groups: dict[str, list[str]] = {}
    for alt in ordered:
        body = re.escape(alt[1:].rstrip("*")) + (r"\w*" if alt.endswith("*") else "")
        groups.setdefault(alt[0], []).append(body)
    branches = [re.escape(c) + "(?:" + "|".join(bodies) + ")" for c, bodies in groups.items()]
    return re.compile(r"(?<![^ \n])(?:" + "|".join(branches) + r")(?![^ \n])")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue phrases and function words from the package data file (loaded once)."""
    raw = (resources.files("kibaru") / "data" / "boilerplate_cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    prefixes: list[str] = []
    group_exact: dict[str, int] = {}
    group_prefix: dict[str, int] = {}
    for name, group in data["cues"].items():
        bit = 1 << CUE_GROUPS.index(name) if name in CUE_GROUPS else 0
        for entry in group:
            text = str(entry).casefold()
            prefix = text.endswith("*")
            words = tuple(_WORD.findall(text))
            if not words:
                continue
            key = " ".join(words)
            if prefix:
                group_prefix[key] = group_prefix.get(key, 0) | bit
            else:
                group_exact[key] = group_exact.get(key, 0) | bit
            if prefix and len(words) == 1:
                prefixes.append(words[0])
            else:
                phrases.setdefault(words[0], []).append((words, prefix))
    stop: set[str] = set()
    for words_ in data["stopwords"].values():
        stop.update(str(w).casefold() for w in words_)
    prefix_tuple = tuple(sorted(set(prefixes)))
    leadins: dict[str, tuple[str, ...]] = {}
    for phrase in sorted({" ".join(_WORD.findall(str(x).casefold())) for x in data.get("teaser_leadins") or []} - {""}):
        first = phrase.split(" ", 1)[0]
        leadins[first] = (*leadins.get(first, ()), phrase)
    return Lexicon(phrases, prefix_tuple, frozenset(stop), _cue_pattern(phrases, prefix_tuple), group_exact,
                   tuple(sorted(group_prefix.items())), leadins)


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
    cue_bits: int = 0  # cue groups found in the line (bits in CUE_GROUPS order)
    cue_start_bits: int = 0  # cue groups of the cue that starts the line
    leadin: bool = False  # the line opens with a teaser lead-in ("lire aussi")


def _stem(word: str) -> str:
    # A crude language-agnostic stem: enough for "élection/élections", "militaire/militaires".
    return word[:6]


def _info(text: str, words: list[str], lex: Lexicon,
          cues: tuple[int, bool, int, int] | None = None) -> tuple[LineInfo, str]:
    """One line's info from its text and case-folded words, with the words joined by spaces; ``cues`` when
    the caller has counted them for the whole document already."""
    n = len(words)
    stop = lex.stopwords
    n_stop = 0
    content: set[str] = set()
    for w in words:
        if w in stop:
            n_stop += 1
        elif len(w) >= 3 and not w.isdigit():
            content.add(w[:6])  # _stem, inlined: this loop is the hot path
    joined = " ".join(words)
    cue_count, cue_start, bits, start_bits = lex.cue_scan(joined) if cues is None else cues
    terminal = bool(_TERMINAL.search(text))
    stop_ratio = n_stop / n if n else 0.0
    prose = n >= PROSE_MIN_WORDS and stop_ratio >= PROSE_MIN_STOP_RATIO
    leadin = lex.leadin(words, joined)
    return LineInfo(text, words, frozenset(content), terminal, stop_ratio, cue_count, cue_start, prose, bits,
                    start_bits, leadin), joined


def line_info(text: str, lex: Lexicon | None = None) -> LineInfo:
    return _info(text, _WORD.findall(text.casefold()), lex or lexicon())[0]


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
        # A profile line's own words do not count: a word must occur in another profile line.
        hits = sum(1 for w in info.content if df[w] > 1) if k in in_profile else sum(1 for w in info.content if w in df)
        out.append(hits / len(info.content))
    return out


# Per-character classes, decided by the same regexes as a per-line count would use.
_CLASS_CACHE: dict[int, tuple[bool, bool, bool, bool, bool, bool, bool]] = {}


def _char_classes(cps: np.ndarray) -> np.ndarray:
    """(n, 7) booleans per code point: letter, digit, punct, space, isalpha, isupper, quote mark."""
    uniq, inv = np.unique(cps, return_inverse=True)
    table = np.empty((len(uniq), 7), dtype=bool)
    for k, cp in enumerate(uniq.tolist()):
        row = _CLASS_CACHE.get(cp)
        if row is None:
            c = chr(cp)
            row = (bool(_LETTERS.match(c)), bool(_DIGITS.match(c)), bool(_PUNCT.match(c)), c.isspace(),
                   c.isalpha(), c.isupper(), bool(_QUOTE_MARKS.match(c)))
            if len(_CLASS_CACHE) < 100_000:
                _CLASS_CACHE[cp] = row
        table[k] = row
    return table[inv.reshape(-1)]


def _any_per_line(pattern: re.Pattern[str], doc: str, starts: np.ndarray, n: int,
                  verify: tuple[re.Pattern[str], list[str]] | None = None) -> np.ndarray:
    """Whether ``pattern`` matches in each line of the "\\n"-joined document (no pattern spans a line).
    With ``verify``, ``pattern`` is a cheap necessary condition and the hit lines are checked with the
    real pattern."""
    ends = [m.end() - 1 for m in pattern.finditer(doc)]
    out = np.zeros(n, dtype=np.float64)
    if ends:
        out[np.searchsorted(starts, np.asarray(ends), side="right") - 1] = 1.0
    if verify is not None:
        real, lines = verify
        for i in np.flatnonzero(out).tolist():
            out[i] = float(bool(real.search(lines[i])))
    return out


# Document-level versions of the line patterns: whitespace that may not cross a line break, anchors per line.
_HANDLE_DOC = re.compile(r"(?:^|[^\S\n])[#@]\w", re.M)
_SEPARATORS_DOC = re.compile(r"[^\S\n][|•·›»/>][^\S\n]|[^\S\n]-[^\S\n].*[^\S\n]-[^\S\n]")
_BULLET_DOC = re.compile(r"^[^\w\n]|^_", re.M)
# Every _URL match contains one of these (the domain alternative ends in ".com" etc.): a fast pre-filter.
_URL_HINT = re.compile(r"https?://|www\.|\.(?:com|org|net|fr|info|ml|bf|ne)\b|@\w+\.\w+", re.I)
_TERMINAL_DOC = re.compile(r"[.!?…;]['\"»”’)\]]*$|[»”\"]$", re.M)


def _line_infos(lines: list[str], lex: Lexicon) -> tuple[list[LineInfo], list[str]]:
    lows = "\n".join(lines).casefold().split("\n")  # case folding never makes or removes a "\n"
    if len(lows) != len(lines):
        return _line_infos_slow(lines, lex)
    word_lists = [_WORD.findall(low) for low in lows]
    keys = [" ".join(words) for words in word_lists]
    # Cue phrases of the whole document in one scan (no phrase spans a line: "\n" is a boundary).
    joined = "\n".join(keys)
    key_lens = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
    key_starts = np.concatenate(([0], np.cumsum(key_lens + 1)[:-1]))
    matches = [(m.start(), lex.group_bits(m.group(0))) for m in lex.pattern.finditer(joined)]
    cue_counts = np.zeros(len(lines), dtype=np.int64)
    cue_starts = np.zeros(len(lines), dtype=bool)
    cue_bits = np.zeros(len(lines), dtype=np.int64)
    start_bits = np.zeros(len(lines), dtype=np.int64)
    if matches:
        pos = np.asarray([m[0] for m in matches])
        bits = np.asarray([m[1] for m in matches], dtype=np.int64)
        which = np.searchsorted(key_starts, pos, side="right") - 1
        np.add.at(cue_counts, which, 1)
        np.bitwise_or.at(cue_bits, which, bits)
        at_start = pos == key_starts[which]
        cue_starts[which[at_start]] = True
        np.bitwise_or.at(start_bits, which[at_start], bits[at_start])
    infos = [_info(text, words, lex, (c, s, b, sb))[0]
             for text, words, c, s, b, sb in zip(lines, word_lists, cue_counts.tolist(), cue_starts.tolist(),
                                                 cue_bits.tolist(), start_bits.tolist(), strict=True)]
    return infos, keys


def _line_infos_slow(lines: list[str], lex: Lexicon) -> tuple[list[LineInfo], list[str]]:
    pairs = [_info(text, _WORD.findall(text.casefold()), lex) for text in lines]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def document_features(lines: list[str], *, per_line: bool = False) -> tuple[list[LineInfo], np.ndarray]:
    """Per-line infos and the feature matrix (one row per line, columns as ``FEATURE_NAMES``).
    ``per_line`` forces the straightforward line-by-line path (the reference the fast path is tested against)."""
    lex = lexicon()
    infos, keys = _line_infos_slow(lines, lex) if per_line else _line_infos(lines, lex)
    n = len(infos)
    x = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
    if n == 0:
        return infos, x
    col = {name: k for k, name in enumerate(FEATURE_NAMES)}
    doc = "\n".join(lines)
    lens = np.fromiter((len(t) for t in lines), dtype=np.int64, count=n)
    if doc.count("\n") == n - 1 and not per_line:
        starts = np.concatenate(([0], np.cumsum(lens + 1)[:-1]))
        regex = {name: _any_per_line(pat, doc, starts, n) for name, pat in (
            ("handle", _HANDLE_DOC), ("separators", _SEPARATORS_DOC), ("bullet_start", _BULLET_DOC),
            ("date_or_time", _DATE_TIME))}
        regex["url"] = _any_per_line(_URL_HINT, doc, starts, n, (_URL, lines))
        cps = np.frombuffer(doc.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        cls = _char_classes(cps)
        space_before = np.concatenate(([True], cls[:-1, 3]))
        token_start = ~cls[:, 3] & space_before  # where a ``str.split()`` token begins
        per_char = np.column_stack([cls[:, 0], cls[:, 1], cls[:, 2], token_start & cls[:, 4],
                                    token_start & cls[:, 4] & cls[:, 5], cls[:, 6]]).astype(np.int64)
        cum = np.vstack([np.zeros((1, 6), dtype=np.int64), np.cumsum(per_char, axis=0)])
        counts_c = cum[starts + lens] - cum[starts]
        letters, digits, punct, alpha_words, caps, quotes = (counts_c[:, k].astype(np.float64) for k in range(6))
        regex["quote_marks"] = (quotes > 0).astype(np.float64)
    else:  # a line holds a line break (not from splitlines): count line by line
        regex = {name: np.array([float(bool(pat.search(t))) for t in lines]) for name, pat in (
            ("url", _URL), ("handle", _HANDLE), ("separators", _SEPARATORS), ("quote_marks", _QUOTE_MARKS),
            ("date_or_time", _DATE_TIME))}
        regex["bullet_start"] = np.array([float(bool(_BULLET.match(t))) for t in lines])
        letters = np.array([float(len(_LETTERS.findall(t))) for t in lines])
        digits = np.array([float(len(_DIGITS.findall(t))) for t in lines])
        punct = np.array([float(len(_PUNCT.findall(t))) for t in lines])
        alpha_tok = [[w for w in t.split() if w[:1].isalpha()] for t in lines]
        alpha_words = np.array([float(len(a)) for a in alpha_tok])
        caps = np.array([float(sum(1 for w in a if w[0].isupper())) for a in alpha_tok])
    core_start, core_end = _core(infos)
    sims = np.array(_sims(infos))
    # Against the core only: a gallery of unrelated captions below the article is prose too, but it
    # does not share the core's vocabulary.
    core_prose = [k for k in range(core_start, core_end + 1) if infos[k].prose]
    sims_core = np.array(_sims(infos, core_prose)) if core_prose else np.zeros(n)
    key_counts: dict[str, int] = {}
    for key in keys:
        key_counts[key] = key_counts.get(key, 0) + 1
    # The per-line scalars in one pass and one array (numpy's per-call cost dominates on short documents).
    per = np.array([(info.prose, info.terminal, len(info.words), info.cue_count, info.cue_start, info.stop_ratio,
                     not info.content, key_counts[key] > 1, info.text.endswith(":"), info.text.upper() == info.text,
                     "©" in info.text or ("(" in info.text and "(c)" in info.text.casefold()),
                     info.cue_bits, info.cue_start_bits, info.leadin, _starts_lower(info.text),
                     _open_end(info.text))
                    for info, key in zip(infos, keys, strict=True)], dtype=np.float64)
    prose_f = per[:, 0]
    prose = prose_f > 0
    terminal, nw, cue_count = per[:, 1], per[:, 2], per[:, 3]
    nc = lens.astype(np.float64)
    log_words = np.log1p(nw)
    idx = np.arange(n)
    # Distances to the nearest prose line on each side, the share of prose characters before each line,
    # and the length of the run of non-prose lines a line belongs to: a list or table inside the
    # article sits between prose; a menu sits before the first or after the last prose line.
    prose_idx = np.flatnonzero(prose)
    if len(prose_idx):
        k_prev = np.searchsorted(prose_idx, idx, side="left") - 1  # last prose line strictly before
        prev_d = np.where(k_prev >= 0, idx - prose_idx[np.maximum(k_prev, 0)], n + 1)
        k_next = np.searchsorted(prose_idx, idx, side="right")  # first prose line strictly after
        next_d = np.where(k_next < len(prose_idx), prose_idx[np.minimum(k_next, len(prose_idx) - 1)] - idx, n + 1)
    else:
        prev_d = next_d = np.full(n, n + 1)
    prose_chars = np.where(prose, nc, 0.0)
    total_prose = float(prose_chars.sum()) or 1.0
    before_share = (np.cumsum(prose_chars) - prose_chars) / total_prose
    after_share = 1.0 - before_share - prose_chars / total_prose
    # Runs of non-prose lines: a prose line is a run of length 0 (log1p(0) = 0).
    run_id = np.cumsum(prose)  # non-prose lines between two prose lines share an id
    run_sizes = np.bincount(run_id, weights=~prose)
    run_len = np.where(prose, 0.0, np.log1p(run_sizes[run_id]))
    if core_end < core_start:
        in_core, dist = np.zeros(n), np.full(n, math.log1p(n))
        before = after = np.zeros(n)
    else:
        in_core = ((idx >= core_start) & (idx <= core_end)).astype(np.float64)
        gap = np.where(idx < core_start, core_start - idx, np.where(idx > core_end, idx - core_end, 0))
        dist = np.log1p(gap)
        before, after = (idx < core_start).astype(np.float64), (idx > core_end).astype(np.float64)
    cum = np.concatenate(([0.0], np.cumsum(prose_f)))
    lo, hi = np.maximum(0, idx - 3), np.minimum(n, idx + 4)
    window = (cum[hi] - cum[lo] - prose_f) / np.maximum(1, hi - lo - 1)
    short = nw <= 8
    safe_nc = np.maximum(nc, 1.0)
    x[:, col["log_chars"]] = np.log1p(nc)
    x[:, col["log_words"]] = log_words
    x[:, col["terminal"]] = terminal
    x[:, col["ends_colon"]] = per[:, 8]
    x[:, col["no_letters"]] = letters == 0
    x[:, col["frac_cap"]] = np.where(alpha_words > 0, caps / np.maximum(alpha_words, 1.0), 0.0)
    x[:, col["stop_ratio"]] = per[:, 5]
    x[:, col["digit_ratio"]] = np.where(nc > 0, digits / safe_nc, 0.0)
    x[:, col["punct_ratio"]] = np.where(nc > 0, punct / safe_nc, 0.0)
    for name, values in regex.items():
        x[:, col[name]] = values
    x[:, col["all_caps"]] = (letters > 3) & (per[:, 9] > 0)
    x[:, col["copyright"]] = per[:, 10]
    x[:, col["cue_any"]] = cue_count > 0
    x[:, col["cue_start"]] = per[:, 4]
    x[:, col["cue_density"]] = np.where(nw > 0, np.minimum(1.0, cue_count / np.maximum(nw, 1.0)), 0.0)
    x[:, col["cue_short"]] = (cue_count > 0) & short
    x[:, col["headline_shape"]] = (nw > 0) & (nw <= HEADLINE_MAX_WORDS) & (terminal == 0)
    x[:, col["dup_in_doc"]] = per[:, 7]
    x[:, col["rel_pos"]] = idx / max(1, n - 1)
    x[:, col["prose"]] = prose_f
    x[:, col["in_core"]] = in_core
    x[:, col["core_dist"]] = dist
    x[:, col["before_core"]] = before
    x[:, col["after_core"]] = after
    x[:, col["sim"]] = sims
    x[:, col["sim_short"]] = np.where(short, sims, 0.0)
    x[:, col["sim_core"]] = sims_core
    x[:, col["no_content"]] = per[:, 6]
    x[:, col["window_prose"]] = window
    x[1:, col["prev_log_words"]] = log_words[:-1]
    x[:-1, col["next_log_words"]] = log_words[1:]
    x[1:, col["prev_terminal"]] = terminal[:-1]
    x[:-1, col["next_terminal"]] = terminal[1:]
    x[:, col["prev_prose_dist"]] = np.log1p(prev_d)
    x[:, col["next_prose_dist"]] = np.log1p(next_d)
    x[:, col["prose_before"]] = before_share
    x[:, col["sandwich"]] = np.minimum(before_share, after_share)
    x[:, col["run_len"]] = run_len
    bits = per[:, 11].astype(np.int64)
    for k, group in enumerate(CUE_GROUPS):
        x[:, col["cue_" + group]] = (bits >> k) & 1
    x[:, col["related_start"]] = per[:, 13]
    starts_lower, open_end = per[:, 14], per[:, 15]
    x[:, col["starts_lower"]] = starts_lower
    x[:, col["open_end"]] = open_end
    x[1:, col["prev_open_end"]] = open_end[:-1]
    x[:-1, col["next_starts_lower"]] = starts_lower[1:]
    return infos, x


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
