"""Publication date found in the text itself, when no metadata, header or HTML gives one.

Only dates written as a publication stamp near the top ("Publié le 14 mars 2023", "Mis à jour
le 03/02/2022", "14 mars 2023 à 10h05") or in a removed boilerplate line count: a date inside
the story is usually an event date, not the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kibaru.ingest.metadata import parse_date
from kibaru.model import DatePrecision

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
# A publication stamp: an explicit cue, or a line that is little more than a date (and time).
_STAMP = re.compile(
    rf"(?:publié|publie|mis à jour|mise à jour|posted|published|updated)\s*(?:le|on)?\s*:?\s*"
    rf"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?({_DATE})",
    re.IGNORECASE,
)
_BARE = re.compile(
    rf"^\W*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?({_DATE})"
    rf"(?:\s*(?:à|-|,)?\s*\d{{1,2}}\s*[h:]\s*\d{{2}})?\W*$",
    re.IGNORECASE,
)
# A byline: a short line that ends with a date ("Rédaction Le Faso Hebdo – 29 janvier 2024").
_BYLINE = re.compile(
    rf"[–—\-|,:]\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?({_DATE})"
    rf"(?:\s*(?:à|-|,)?\s*\d{{1,2}}\s*[h:]\s*\d{{2}})?\W*$",
    re.IGNORECASE,
)
# How far into the body a publication stamp may stand (lines), and how long a byline may be.
TOP_LINES = 4
BYLINE_MAX_CHARS = 90


def date_in_text(body: str, boilerplate: Sequence[str]) -> tuple[str, DatePrecision] | None:
    """The article's own publication date written in its text, if any."""
    candidates = list(boilerplate) + body.split("\n")[:TOP_LINES]
    for line in candidates:
        if len(line) > 200:
            continue
        match = _STAMP.search(line) or _BARE.match(line.strip())
        if not match and len(line) <= BYLINE_MAX_CHARS:
            match = _BYLINE.search(line)
        if match:
            parsed = parse_date(match.group(1))
            if parsed:
                return parsed
    return None
