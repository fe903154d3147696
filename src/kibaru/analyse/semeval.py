"""Reader for the SemEval-2023 Task 3 subtask-3 data (persuasion techniques), read from disk.

The shared-task data may not be redistributed, so kibaru ships none of it: this module reads a
copy (``../shared/corpus/semeval2023_fr/``) at training or evaluation time.

Layout of a split (``train`` or ``dev``)::

    {split}-articles-subtask-3/articleNNN.txt     title line, blank line, one paragraph per line
    {split}-labels-subtask-3.txt                  article id <TAB> line number <TAB> t1,t2,...
    {split}-labels-subtask-3-spans/article*.txt   article id <TAB> technique <TAB> start <TAB> end

Line numbers count from 1 over the file's lines (the title is line 1). Span offsets index the raw
file, whose lines may end in CRLF; the reader normalises line ends to ``\\n`` and maps the offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kibaru.errors import InputRejected

_ARTICLES = "-articles-subtask-3"
_LABELS = "-labels-subtask-3.txt"
_SPANS = "-labels-subtask-3-spans"
_ARTICLE_FILE = re.compile(r"article(\w+)\.txt$")


@dataclass(slots=True)
class Paragraph:
    line: int  # 1-based line number in the article file
    start: int  # character offsets into SemevalArticle.text
    end: int
    labels: set[str] = field(default_factory=set)


@dataclass(slots=True)
class SemevalArticle:
    id: str
    text: str  # line ends normalised to "\n"
    paragraphs: list[Paragraph]  # the non-blank lines, in order
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (technique, start, end) when known

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start:p.end]


@dataclass(frozen=True, slots=True)
class SplitPaths:
    articles: Path
    labels: Path | None
    spans: Path | None


def find_split(path: str | Path) -> SplitPaths:
    """Where a split's articles, paragraph labels and span labels are, from any one of them.

    ``path`` may be the labels file (``dev-labels-subtask-3.txt``), the articles folder
    (``dev-articles-subtask-3``) or a folder holding exactly one labels file.
    """
    p = Path(path)
    if not p.exists():
        raise InputRejected(str(p), "no such file or folder")
    if p.is_dir() and not p.name.endswith(_ARTICLES):
        candidates = sorted(p.glob(f"*{_LABELS}"))
        if len(candidates) != 1:
            names = ", ".join(c.name for c in candidates) or "none"
            raise InputRejected(str(p), f"expected one *{_LABELS} file in the folder (found: {names}); "
                                f"name the labels file or the articles folder instead")
        p = candidates[0]
    if p.is_dir():
        prefix = p.name[: -len(_ARTICLES)]
        articles = p
    else:
        if not p.name.endswith(_LABELS):
            raise InputRejected(str(p), f"not a SemEval subtask-3 labels file (name should end in {_LABELS})")
        prefix = p.name[: -len(_LABELS)]
        articles = p.parent / f"{prefix}{_ARTICLES}"
        if not articles.is_dir():
            raise InputRejected(str(p), f"the articles folder {articles} is missing")
    labels = articles.parent / f"{prefix}{_LABELS}"
    spans = articles.parent / f"{prefix}{_SPANS}"
    return SplitPaths(articles, labels if labels.is_file() else None, spans if spans.is_dir() else None)


def read_article(path: Path) -> tuple[SemevalArticle, list[int]]:
    """The article with normalised line ends, and the map raw offset → normalised offset."""
    match = _ARTICLE_FILE.search(path.name)
    if not match:
        raise InputRejected(str(path), "not an articleNNN.txt file")
    try:
        with path.open(encoding="utf-8", errors="strict", newline="") as handle:
            raw = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(str(path), f"unreadable ({exc})") from exc
    chars: list[str] = []
    offset_map: list[int] = []
    i = 0
    while i < len(raw):
        offset_map.append(len(chars))
        if raw[i] == "\r":
            if i + 1 < len(raw) and raw[i + 1] == "\n":
                offset_map.append(len(chars))
                i += 1
            chars.append("\n")
        else:
            chars.append(raw[i])
        i += 1
    offset_map.append(len(chars))
    text = "".join(chars)
    paragraphs = []
    pos = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            paragraphs.append(Paragraph(number, pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return SemevalArticle(match.group(1), text, paragraphs), offset_map


def _read_rows(path: Path, width: int) -> list[list[str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < width - 1:
            raise InputRejected(f"{path}:{number}", f"expected {width} tab-separated columns, got {len(cells)}")
        rows.append(cells + [""] * (width - len(cells)))
    return rows


def load_split(path: str | Path) -> list[SemevalArticle]:
    """Every article of the split with its paragraph labels and, for a train split, its spans."""
    paths = find_split(path)
    articles: dict[str, SemevalArticle] = {}
    offset_maps: dict[str, list[int]] = {}
    for file in sorted(paths.articles.glob("article*.txt")):
        article, offsets = read_article(file)
        articles[article.id] = article
        offset_maps[article.id] = offsets
    if paths.labels is not None:
        for art_id, line, labels in _read_rows(paths.labels, 3):
            labelled = articles.get(art_id)
            if labelled is None:
                raise InputRejected(str(paths.labels), f"article {art_id} has no file in {paths.articles}")
            para = next((p for p in labelled.paragraphs if p.line == int(line)), None)
            if para is None:
                raise InputRejected(str(paths.labels), f"article {art_id} line {line} is not a paragraph")
            para.labels.update(x.strip() for x in labels.split(",") if x.strip())
    if paths.spans is not None:
        for file in sorted(paths.spans.glob("article*-labels-subtask-3.txt")):
            for art_id, technique, start, end in _read_rows(file, 4):
                if art_id not in articles:
                    continue
                omap = offset_maps[art_id]
                s, e = omap[min(int(start), len(omap) - 1)], omap[min(int(end), len(omap) - 1)]
                articles[art_id].spans.append((technique, s, e))
    return list(articles.values())


def paragraph_gold(articles: list[SemevalArticle]) -> set[tuple[tuple[str, int], str]]:
    """The split's paragraph-level gold as ``((article_id, line), technique)`` pairs."""
    return {((a.id, p.line), label) for a in articles for p in a.paragraphs for label in p.labels}


# ---------------------------------------------------------------------------------------------
# Span-level scoring (evidence spans against the train split's span gold)

Span = tuple[str, int, int]  # (technique, start, end)


@dataclass(frozen=True, slots=True)
class SpanScores:
    """Span-level precision / recall / F1 of labelled spans, two ways.

    * ``partial_*``: the SemEval-2020 Task 11 overlap credit — a predicted span earns, for each gold
      span of the same technique and document, the fraction of *its own* length that overlaps it
      (capped at 1: precision), and a gold span earns the fraction of *its* length covered by
      same-technique predictions (capped at 1: recall). A whole sentence predicted over a
      three-word gold span gets full recall credit and a small precision credit.
    * ``strict_*``: a predicted span counts as found when it overlaps a same-technique gold span by
      at least half of the *longer* of the two (both ways ≥ 50 %); one-to-one matching, greedy by
      overlap.
    """

    predicted: int
    gold: int
    partial_precision: float
    partial_recall: float
    strict_tp: int

    @property
    def partial_f1(self) -> float:
        p, r = self.partial_precision, self.partial_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_precision(self) -> float:
        return self.strict_tp / self.predicted if self.predicted else 0.0

    @property
    def strict_recall(self) -> float:
        return self.strict_tp / self.gold if self.gold else 0.0

    @property
    def strict_f1(self) -> float:
        p, r = self.strict_precision, self.strict_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[2], b[2]) - max(a[1], b[1]))


def span_scores(gold: dict[str, list[Span]], predicted: dict[str, list[Span]],
                labels: set[str] | None = None) -> SpanScores:
    """Score predicted spans against gold spans, per document id (see :class:`SpanScores`).

    ``labels`` restricts both sides to those techniques.
    """
    def keep(spans: list[Span]) -> list[Span]:
        return [s for s in spans if s[2] > s[1] and (labels is None or s[0] in labels)]

    n_pred = n_gold = strict = 0
    p_credit = r_credit = 0.0
    for doc in sorted(set(gold) | set(predicted)):  # a fixed order: the credits are float sums
        g, p = keep(gold.get(doc, [])), keep(predicted.get(doc, []))
        n_pred += len(p)
        n_gold += len(g)
        for s in p:
            p_credit += min(1.0, sum(_overlap(s, t) for t in g if t[0] == s[0]) / (s[2] - s[1]))
        for t in g:
            r_credit += min(1.0, sum(_overlap(s, t) for s in p if s[0] == t[0]) / (t[2] - t[1]))
        pairs = sorted(((_overlap(s, t), i, j) for i, s in enumerate(p) for j, t in enumerate(g)
                        if s[0] == t[0] and 2 * _overlap(s, t) >= max(s[2] - s[1], t[2] - t[1])), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                strict += 1
    return SpanScores(n_pred, n_gold, p_credit / n_pred if n_pred else 0.0,
                      r_credit / n_gold if n_gold else 0.0, strict)
