"""Query terms for the embedded backend's full-text search (PostgreSQL parses queries itself).

DuckDB's ``fts`` extension is not usable offline (it is downloaded on first use, and the PyPI
package ``duckdb-extension-fts`` lags behind the installed DuckDB), so the DuckDB backend searches
with a parameterised scan: each query word must start a word of the title or text, compared without
case or accents. A crude plural fold (a final ``s`` or ``x`` dropped from words of 4+ letters) makes
"sanctions" find "sanction"; PostgreSQL's French stemmer does better (docs/postgres.md).
"""

from __future__ import annotations

import re
import unicodedata

# More words than this in one query are ignored (each costs one regular-expression scan).
MAX_TERMS = 8
# Words shorter than this keep their final s/x ("bus", "prix").
PLURAL_MIN_CHARS = 4

_WORD = re.compile(r"\w+", re.UNICODE)


# "-word" (at the start or after a space) excludes the articles containing it, as PostgreSQL's websearch syntax.
_EXCLUDED = re.compile(r'(?:(?<=\s)|^)-(\w[^\s"]*)', re.UNICODE)


def split_excluded(query: str) -> tuple[str, str]:
    """``query`` without its ``-word`` exclusions, and those words: ``"mali -wagner"`` -> ``("mali ", "wagner")``.

    A hyphen inside a word ("Africa-Corps", "inter-maliens") is not an exclusion."""
    excluded = _EXCLUDED.findall(query)
    return _EXCLUDED.sub(" ", query), " ".join(excluded)


def fold(value: str) -> str:
    """Lower-case, accents stripped (``Sécurité`` -> ``securite``)."""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _accent_classes() -> dict[str, str]:
    """For each ASCII letter, the Latin letters that fold to it (``e`` -> ``EeÈÉÊËèéêë…``)."""
    classes: dict[str, set[str]] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0xC0, 0x250)):
        ch = chr(code)
        folded = fold(ch)
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            classes.setdefault(folded, set()).update(v for v in (ch, ch.lower(), ch.upper()) if len(v) == 1)
    return {k: "".join(sorted(v)) for k, v in classes.items()}


ACCENT_CLASSES = _accent_classes()
_ACCENTS = ACCENT_CLASSES


def query_terms(query: str) -> list[str]:
    """The distinct folded words of a query, plurals folded, at most ``MAX_TERMS``."""
    terms: list[str] = []
    for word in _WORD.findall(fold(query)):
        if len(word) >= PLURAL_MIN_CHARS and word[-1] in "sx":
            word = word[:-1]
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def term_pattern(term: str) -> str:
    """An RE2 pattern (DuckDB's regexp functions) matching a word that starts with ``term``."""
    parts = ["(?i)(?:^|[^\\p{L}\\p{N}])"]
    for ch in term:
        if ch in _ACCENTS:
            # Combining marks allowed after a letter: text in decomposed form (e + U+0301) matches too.
            parts.append(f"[{_ACCENTS[ch]}]\\p{{Mn}}*")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)
