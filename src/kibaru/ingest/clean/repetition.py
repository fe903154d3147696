"""Corpus-level line repetition: a line found in many documents of one site is that site's boilerplate.

Memory is bounded: only lines up to ``MAX_LINE_CHARS`` are tracked (long paragraphs are not site
furniture), each as a 64-bit xxhash of its normalised form, and a group's table is pruned of its
singletons when it grows past ``MAX_ENTRIES_PER_GROUP`` (a line seen once can never be frequent
enough to matter before it is seen again, and pruning only lowers counts, i.e. errs towards keeping
text).
"""

from __future__ import annotations

import re
import unicodedata

import xxhash

# Longer lines are article paragraphs, or one-off boilerplate that other features catch.
MAX_LINE_CHARS = 300
# ~ 16 bytes of payload per entry → a few MB per site before pruning kicks in.
MAX_ENTRIES_PER_GROUP = 200_000

_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def normalise_line(line: str) -> str:
    """Case, spacing and numbers do not make a line different ("© 2023" and "© 2024" are one line)."""
    text = unicodedata.normalize("NFKC", line).casefold()
    text = _DIGITS.sub("0", text)
    return _WS.sub(" ", text).strip()


def _key(line: str) -> int | None:
    norm = normalise_line(line)
    if not norm or len(norm) > MAX_LINE_CHARS:
        return None
    return xxhash.xxh64_intdigest(norm.encode("utf-8", "surrogatepass"))


def line_keys(text: str) -> set[int]:
    """The keys of the distinct tracked lines of one document (what ``LineStats.observe`` counts)."""
    return {k for line in text.splitlines() if (k := _key(line)) is not None}


class LineStats:
    """Counts in how many documents of a group (a site/folder) each normalised line occurs."""

    __slots__ = ("_counts", "_docs")

    def __init__(self) -> None:
        self._counts: dict[str, dict[int, int]] = {}
        self._docs: dict[str, int] = {}

    @classmethod
    def from_counts(cls, counts: dict[str, dict[int, int]], docs: dict[str, int]) -> LineStats:
        """Statistics counted elsewhere (e.g. by a Spark job over ``line_keys``): group -> key -> documents."""
        stats = cls()
        stats._counts = {group: dict(table) for group, table in counts.items()}
        stats._docs = dict(docs)
        return stats

    def observe(self, group: str, text: str) -> None:
        """Count the distinct lines of one document of ``group``."""
        keys = line_keys(text)
        table = self._counts.setdefault(group, {})
        for k in keys:
            table[k] = table.get(k, 0) + 1
        self._docs[group] = self._docs.get(group, 0) + 1
        if len(table) > MAX_ENTRIES_PER_GROUP:
            self._counts[group] = {k: c for k, c in table.items() if c > 1}

    def doc_frequency(self, group: str, line: str) -> int:
        """In how many observed documents of ``group`` the line occurs (0 for untracked lines)."""
        k = _key(line)
        if k is None:
            return 0
        return self._counts.get(group, {}).get(k, 0)

    def groups(self) -> list[str]:
        return list(self._docs)

    def n_docs(self, group: str) -> int:
        return self._docs.get(group, 0)

    def __len__(self) -> int:
        return sum(len(t) for t in self._counts.values())
