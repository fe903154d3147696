"""Metadata helpers shared by the readers and the pipeline: language, outlet, URL and date shapes."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kibaru.model import DatePrecision

# Below this many letters py3langid guesses more than it measures: a title or a one-line caption
# ("Bamako, 14 mars") is classified as Italian or Catalan as often as French.
MIN_LANGUAGE_CHARS = 40
# The classifier is linear in the input; the opening of an article is as telling as the whole of
# it. Measured on the 672 real texts of ≥ 800 chars in shared/corpus (html_gold + SemEval fr): the
# same agreement with the pages' language labels at 800, 1500 and 3000 chars (585/672 each), at a
# quarter of the cost of 3000.
LANGUAGE_SAMPLE_CHARS = 800

# Dates outside this range are scraper artefacts (epoch zero, 0001-01-01, year 9999).
MIN_YEAR = 1900
MAX_YEAR = 2100

# Query parameters that only track the click and never select a different article.
_TRACKING_PARAMS = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|xtor|at_medium|at_campaign)$", re.I)
# Host prefixes that name the same outlet (desktop / mobile / AMP mirrors).
_HOST_PREFIX = re.compile(r"^(?:www\d*|m|amp|mobile)\.")

_MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "feb": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "apr": 4, "april": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "août": 8, "aout": 8, "aug": 8, "august": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12, "december": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WEEKDAY = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
)
# A time (and zone) after the date: "à 10h05", "10:00:00", "T10:00:00.123+01:00", "GMT".
_TIME_TAIL = (
    r"(?:\s*(?:[T ,-]|à)\s*\d{1,2}\s*[h:]\s*(?:\d{2})?(?::\d{2}(?:\.\d+)?)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?"
)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?" + _TIME_TAIL + r"$", re.I)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC_DMY = re.compile(r"^" + _WEEKDAY + r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})" + _TIME_TAIL + r"$", re.I)
_NUMERIC_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})" + _TIME_TAIL + r"$", re.I)
_DAY_MONTH_YEAR = re.compile(
    r"^" + _WEEKDAY + r"(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(" + _MONTH_RE + r")\.?,?\s+(\d{4})" + _TIME_TAIL + r"$",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    r"^" + _WEEKDAY + r"(" + _MONTH_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME_TAIL + r"$", re.I
)
_MONTH_YEAR = re.compile(r"^(" + _MONTH_RE + r")\.?\s+(\d{4})$", re.I)
_YEAR = re.compile(r"^(\d{4})$")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LANGUAGE_CHARS:
        return None
    import py3langid  # imported on first use: loading its model costs about half a second

    lang, _score = py3langid.classify(sample)
    return str(lang)


def _host(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if not parts.scheme or not host or "." not in host:
        return None
    return host.lower().rstrip(".")


def outlet_from_url(url: str) -> str | None:
    """The outlet a URL belongs to, as its host without "www." (``https://www.maliweb.net/x`` → ``maliweb.net``)."""
    host = _host(url)
    if host is None:
        return None
    return _HOST_PREFIX.sub("", host) or None


def normalise_url(url: str) -> str | None:
    """The URL as a stable identity: lowercase scheme and host, no fragment, no tracking parameters.

    Returns None for something that is not an absolute http(s) URL.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in ("http", "https") or not host:
        return None
    netloc = host.lower().rstrip(".")
    if port and not (scheme == "http" and port == 80) and not (scheme == "https" and port == 443):
        netloc += f":{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def _checked(year: int, month: int | None = None, day: int | None = None) -> tuple[str, DatePrecision] | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}", "year"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def parse_date(value: str) -> tuple[str, DatePrecision] | None:
    """A metadata date in one of the usual shapes, as ("YYYY-MM-DD" | "YYYY-MM" | "YYYY", precision).

    Accepted: ISO dates and date-times ("2023-03-14", "2023-03-14T10:00:00Z", "2023-03"), French
    numeric dates day first ("14/03/2023", "14.03.2023"), written dates in French or English
    ("14 mars 2023", "mardi 1er mars 2023 à 10h05", "March 14, 2023"), month and year ("mars 2023"),
    a bare year, and RFC 822 dates from feeds ("Tue, 14 Mar 2023 10:00:00 +0100").

    The calendar date is the one written, in the publisher's own time zone: converting
    "2023-03-14T23:30:00-05:00" to UTC would move the article to a day its outlet never printed.
    """
    text = " ".join(value.strip().split())
    if not text or len(text) > 80:
        return None
    lowered = text.lower()
    if m := _ISO.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    if m := _COMPACT.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DMY.match(text):
        return _checked(int(m[3]), int(m[2]), int(m[1]))
    if m := _NUMERIC_YMD.match(text):
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_MONTH_YEAR.match(lowered):
        return _checked(int(m[3]), _MONTHS[m[2]], int(m[1]))
    if m := _MONTH_DAY_YEAR.match(lowered):
        return _checked(int(m[3]), _MONTHS[m[1]], int(m[2]))
    if m := _MONTH_YEAR.match(lowered):
        return _checked(int(m[2]), _MONTHS[m[1]])
    if m := _YEAR.match(text):
        return _checked(int(m[1]))
    parsed = parsedate_tz(text)  # RFC 822 / 2822, as in RSS <pubDate>
    if parsed is not None:
        return _checked(parsed[0], parsed[1], parsed[2])
    return None
