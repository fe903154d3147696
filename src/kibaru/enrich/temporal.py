"""Resolving French date expressions against the article's date.

``find_dates(text, anchor)`` finds every date expression in a sentence or paragraph and resolves it
against ``anchor``, the article's date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). What is covered:

* absolute dates: "le 7 août 2022", "7/8/2022" (day first), "2022-08-07", "en décembre 2021",
  "en 2019", "le 1er janvier";
* partial dates (the year comes from the anchor): "ce 16 août", "en février", "mi-mars",
  "début juillet", "en mars dernier";
* a weekday beside a day and month: "dimanche (7 août)", "dimanche 7 août", "le lundi 8 août" — the
  year is the one, among anchor year -1, +0, +1, in which that date falls on that weekday, nearest
  the anchor;
* ranges: "du 6 au 8 août" gives two dates, "6" (with August) and "8 août"; round 30: so does "du mardi au
  mercredi 11 mai", its first weekday counted back from the stated day (Tuesday 10 May, any anchor);
* relative expressions: "hier", "avant-hier", "aujourd'hui", "demain", "la veille", "dimanche",
  "dimanche dernier", "samedi prochain", "la semaine dernière", "le mois dernier", "l'an dernier",
  "il y a trois jours", "il y a deux semaines", "ce week-end", "cette année";
* round 9: spans of months ("de mai à juillet" → the year, by the precision rule below), "le 25
  février dernier" (the last such day before the anchor), a weekday with a numeric day ("vendredi
  (01.09)", the weekday must fit), "voilà / cela fait deux mois que" (as "il y a"), "du week-end
  dernier", "de la semaine dernière", and shifts from a reference day — "le même jour", "deux jours
  plus tard", "une semaine auparavant" — resolved against the anchor (an event extractor passes the
  previous event's day instead); "trois jours après l'attaque" counts from a named event and is
  not read, nor is "quelques jours plus tard" (no count).

Choices (documented because they are choices):

* Precision is honest: the value is the smallest day, month or year that contains the whole period
  meant. "en février" is month precision; "fin 2023", "début 2022" and "mi-2021" are **year**
  precision (the modifier narrows the period inside the year but not to one month); "mi-mars" is
  month precision. A week ("la semaine dernière", "il y a deux semaines") or a weekend is month
  precision when it lies in one month, year precision otherwise (the year holding most of it).
* Relative day expressions ("hier", "il y a trois jours", a bare weekday) need a day-precise anchor;
  with a month or year anchor they are unresolvable and skipped (``None``), rather than guessed.
* "la veille" and "le lendemain" are resolved against the anchor; an event extractor that knows the
  event they refer to should pass that event's date as the anchor.
* A bare weekday is the most recent such day on or before the anchor (news is told in the past
  tense); "dernier" means strictly before the anchor, "prochain" strictly after.
* A year-less month more than ``FORWARD_WINDOW_MONTHS`` after the anchor month is last year's.
* When an explicit year contradicts the weekday given beside the date, the explicit date wins; when
  no year among anchor -1..+1 fits the weekday, the weekday is ignored (it is probably a typo).
* A bare month name or a bare four-digit number is only read as a date after a trigger word
  ("en", "depuis", "début", "fin", "mi-", …; see ``data/temporal_fr.yaml``): "Mars" and "2000
  soldats" are not dates. "d'hier", "de demain", "d'aujourd'hui" are skipped (usually figurative:
  "la France d'aujourd'hui"), as are weekdays after "le", "les", "du", "chaque" (habitual, or a
  title such as "le Journal du Dimanche") and capitalised weekdays inside a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml

from kibaru.enrich.numbers import parse_number_fr
from kibaru.errors import InputRejected

Precision = Literal["day", "month", "year"]

# A month named without a year that lies more than this many months after the anchor's month is
# taken to be last year's: "en décembre" in an article of 2023-02 → 2022-12, while "en mars" in the
# same article stays 2023-03 (announcements of the near future). Not fitted to data (no dated French
# corpus is available to us); two months covers "le mois prochain"-style announcements, which is
# as far ahead as news usually names a month without also giving the year.
FORWARD_WINDOW_MONTHS = 2
# Session 58: « le 13-Novembre », « le 14-Juillet »: a day and a capitalised month joined by a hyphen are a date
# (``_vocab``'s day-month pattern; read when ``_vocab`` compiles it, so clear its cache after a change). Off = spaces
# only.
HYPHENATED_DAY_MONTH = True
# Session 36: an event noun's month (« la présidentielle d'octobre »; ``month_nouns`` in data/temporal_fr.yaml) is a
# date. Off = a bare month needs one of the ``period_triggers``, as before.
NOUN_MONTHS = True

# "ce week-end" said on Monday or Tuesday (weekday index <= this) is the weekend just past; said
# from Wednesday on it is the coming one. Reasoned from usage, not fitted.
WEEKEND_LOOKBACK_LAST_WEEKDAY = 1

# "il y a deux semaines" is a loose count: the period meant is taken as ±this many days around
# anchor - 14 days, and the precision follows from that period.
WEEK_SLACK_DAYS = 3

# Round 24: a weekday that contradicts its numeric day ("vendredi 16 janvier 2016", a Saturday; "mardi 13 octobre"
# in an article of October 2021, a Wednesday) is the writer's slip of one: the date is the nearest day that has the
# weekday, within this many days, or the same day of the anchor's year when that one has it ("le mardi 21 juin
# 2021" in an article of June 2022: a typo'd year) — whichever is nearest the anchor (round-17 guideline of
# eval/EVENTS.md). Three days is half a week: past it the nearest weekday is on the other side.
WEEKDAY_SLIP_DAYS = 3
# Without a stated year, a weekday that fits the day in the year before or after the anchor's is the writer being
# right, not slipping, when that date is at most this far from the anchor (announced dates and look-backs run
# months); past it, a slip of a few days inside the anchor's window is the likelier reading (round 24's « mardi 13
# octobre » in an article of October 2021 fits 2020-10-13, 353 days off: a slip for 2021-10-12). Nine months sits
# between that case and the half-year look-backs and announcements the resolver has always read by the weekday.
WEEKDAY_FIT_DAYS = 270

_APOSTROPHES = "'’"


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: Precision
    start: int  # character offsets of the expression in the input text
    end: int
    expression: str


# --------------------------------------------------------------------------------------------
# Vocabulary and patterns


def _norm(word: str) -> str:
    """Lower case, one kind of apostrophe, single spaces: the key form of the vocabulary."""
    return re.sub(r"\s+", " ", word.lower().replace("’", "'")).strip()


def _pat(word: str) -> str:
    """A vocabulary entry as a regex: any apostrophe, any run of spaces."""
    escaped = re.escape(_norm(word))
    escaped = escaped.replace("'", f"[{_APOSTROPHES}]").replace(r"\ ", r"\s+")
    return escaped


def _alt(words: Iterable[str]) -> str:
    unique = {_norm(w) for w in words}
    return "|".join(_pat(w) for w in sorted(unique, key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class _Vocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    first_day: frozenset[str]
    relative_days: dict[str, int]
    past_words: frozenset[str]
    next_words: frozenset[str]
    ago_units: dict[str, str]
    year_blockers: frozenset[str]
    later_words: dict[str, int]
    patterns: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("kibaru") / "data" / "temporal_fr.yaml").read_text(encoding="utf-8")
    )
    months = {_norm(k): int(v) for k, v in raw["months"].items()}
    weekdays = {_norm(k): int(v) for k, v in raw["weekdays"].items()}
    first_day = frozenset(_norm(w) for w in raw["first_day"])
    relative_days = {_norm(k): int(v) for k, v in raw["relative_days"].items()}
    past_words = frozenset(_norm(w) for w in raw["past_words"])
    next_words = frozenset(_norm(w) for w in raw["next_words"])
    ago_units = {_norm(k): str(v) for k, v in raw["ago_units"].items()}
    year_blockers = frozenset(_norm(w) for w in raw["year_blockers"])
    later_words = {_norm(k): int(v) for k, v in raw["later_words"].items()}

    # Abbreviations end with a dot, so the right edge is "not a letter" rather than \b.
    month = rf"(?:{_alt(months)})(?!\w)"
    wd = rf"(?:{_alt(weekdays)})(?!\w)"
    day = rf"(?:{_alt(first_day)}|[0-3]?\d)(?!\w)"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    rel = rf"(?:{_alt(past_words | next_words)})(?!\w)"
    trig = rf"(?:{_alt(raw['period_triggers'])})"
    mod = rf"(?:{_alt(raw['period_modifiers'])})"
    lead = r"(?:(?:le|ce)\s+)?"
    # Session 58: the press joins a named day to its capitalised month by a hyphen (« les attentats du 13-Novembre »,
    # « le défilé du 14-Juillet »); off (``HYPHENATED_DAY_MONTH``), day and month are parted by spaces only.
    day_month_joint = r"(?:\s+|-(?=(?-i:[A-ZÉÈÛ])))" if HYPHENATED_DAY_MONTH else r"\s+"
    patterns = {
        "iso": re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])"),
        "numeric": re.compile(
            r"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?!\w|[/.-]\d)"
        ),
        "daymonth": re.compile(
            rf"(?<![\w,.]){lead}(?:(?P<wd>{wd})\s*(?:,\s*|(?P<open>\(\s*))?)?"
            rf"(?P<day>{day}){day_month_joint}(?P<mon>{month})(?:\s+(?P<year>{year})|\s+(?P<rel>{rel}))?(?(open)(?:\s*\))?|)",
            re.IGNORECASE,
        ),
        # Round 9: a weekday with a numeric day and month, "vendredi (01.09)", "mardi 05/03".
        "wd_numeric": re.compile(
            rf"(?<!\w)(?:(?:le|ce)\s+)?(?P<wd>{wd})\s*(?P<open>\(\s*)?(?P<day>[0-3]?\d)[./](?P<mon>[01]?\d)"
            r"(?(open)\s*\)|)(?![\w/.-]\d)",
            re.IGNORECASE,
        ),
        # The first day of a range ("du 6 au 8 août"): the month and year come from the second.
        "range_first": re.compile(
            rf"(?<![\w,./-])(?:(?P<wd>{wd})\s+)?(?P<day>{day})"
            rf"(?=\s*(?:au|et|à|-|–)\s*(?:le\s+)?(?:{wd}\s+)?(?P<day2>{day})\s+(?P<mon>{month})(?:\s+(?P<year>{year}))?)",
            re.IGNORECASE,
        ),
        # Round 30: the first day of a range of two weekdays whose second one carries the date ("dans la nuit du
        # mardi au mercredi 11 mai" → Tuesday 10 May, as "la nuit du 10 au 11 mai" gives the 10th); before the bare
        # weekday so that "de mardi à mercredi 11 mai" is read from the stated date, not from the anchor.
        "wd_range_first": re.compile(
            rf"(?<!\w)(?P<wd>{wd})(?=\s+(?:au|à)\s+(?P<wd2>{wd})\s+(?P<day>{day})\s+(?P<mon>{month})"
            rf"(?:\s+(?P<year>{year}))?)",
            re.IGNORECASE,
        ),
        "month": re.compile(
            rf"(?<!\w)(?:(?P<trig>{trig})(?:\s+|(?<=[{_APOSTROPHES}])))?(?:(?P<mod>{mod})\s*(?:de\s+|d[{_APOSTROPHES}])?)?"
            rf"(?P<mon>{month})(?:\s+(?P<year>{year})|\s+(?P<rel>{rel}))?",
            re.IGNORECASE,
        ),
        # Session 36: an event noun's month, « l'élection présidentielle d'octobre » (span: « d'octobre »).
        "noun_month": re.compile(
            rf"(?<!\w)(?:{_alt(raw['month_nouns'])})(?:\s+(?:de\s+)?[\w-]+)?\s+(?P<at>de\s+|d[{_APOSTROPHES}]\s*)"
            rf"(?P<mon>{month})(?:\s+(?P<year>{year}))?",
            re.IGNORECASE,
        ),
        "year": re.compile(
            rf"(?<!\w)(?:(?P<trig>{trig})(?:\s+|(?<=[{_APOSTROPHES}])))?(?:(?P<mod>{mod})\s*)?(?P<year>{year})",
            re.IGNORECASE,
        ),
        "relday": re.compile(rf"(?<![\w-])(?P<w>{_alt(relative_days)})(?![\w-])", re.IGNORECASE),
        "weekday": re.compile(rf"(?<!\w)(?:(?:ce|cet)\s+)?(?P<wd>{wd})(?:\s+(?P<rel>{rel}))?", re.IGNORECASE),
        "period": re.compile(
            rf"(?<!\w)(?P<det>la|cette|le|ce|l[{_APOSTROPHES}]|du|de\s+la|de\s+l[{_APOSTROPHES}])\s*"
            r"(?P<unit>semaine|week-end|weekend|week\s+end|mois|année|annee|an)(?P<ci>-ci)?(?!\w)"
            rf"(?:\s+(?P<rel>{rel}))?",
            re.IGNORECASE,
        ),
        "ago": re.compile(
            r"(?<!\w)(?:il\s+y\s+a|voilà|voila|voici|cela\s+fait|ça\s+fait)\s+"
            r"(?:(?:près\s+de|plus\s+de|environ|quelque|presque)\s+)?(?P<n>\d+|[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
            rf"(?P<unit>{_alt(ago_units)})(?!\w)",
            re.IGNORECASE,
        ),
        # Round 9: "deux jours plus tard", "trois semaines auparavant" (one count word or digits).
        "later": re.compile(
            rf"(?<![\w-])(?P<n>\d+|[\w-]+)\s+(?P<unit>{_alt(ago_units)})\s+(?P<dir>{_alt(later_words)})(?!\w)",
            re.IGNORECASE,
        ),
        # Round 9: a span of months, "de mai à juillet", "entre janvier et mars 2023".
        "month_span": re.compile(
            rf"(?<!\w)(?:de\s+|d[{_APOSTROPHES}]\s*|entre\s+)(?P<mon1>{month})(?:\s+(?P<y1>{year}))?"
            rf"\s+(?:à|a|au|et|jusqu[{_APOSTROPHES}]\s*(?:à|en))\s+(?:(?:la\s+)?fin\s+)?(?P<mon2>{month})"
            rf"(?:\s+(?P<y2>{year}))?",
            re.IGNORECASE,
        ),
    }
    return _Vocab(months, weekdays, first_day, relative_days, past_words, next_words, ago_units,
                  year_blockers, later_words, patterns)


# --------------------------------------------------------------------------------------------
# The anchor


@dataclass(frozen=True, slots=True)
class _Anchor:
    year: int
    month: int | None
    day: date | None

    @property
    def lo(self) -> date:
        return self.day or date(self.year, self.month or 1, 1)

    @property
    def hi(self) -> date:
        if self.day:
            return self.day
        if self.month:
            return _month_end(self.year, self.month)
        return date(self.year, 12, 31)


def lapse_unit(word: str) -> str | None:
    """The unit (« day », « week », « month », « year ») a lapse word of the vocabulary counts (« jours », « années »:
    the words of « il y a N … »), or None."""
    return _vocab().ago_units.get(_norm(word))


def calendar_word(word: str) -> bool:
    """Whether ``word`` names a month or a weekday in the date vocabulary (« juillet », « sept. », « samedi »)."""
    vocab = _vocab()
    key = _norm(word)
    return key in vocab.months or key in vocab.weekdays


def _parse_anchor(anchor: str | None) -> _Anchor | None:
    if anchor is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", anchor.strip())
    if not m:
        raise InputRejected("anchor", f"{anchor!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y = int(m[1])
    try:
        if m[3]:
            d = date(y, int(m[2]), int(m[3]))
            return _Anchor(y, d.month, d)
        if m[2]:
            date(y, int(m[2]), 1)
            return _Anchor(y, int(m[2]), None)
    except ValueError as exc:
        raise InputRejected("anchor", f"{anchor!r} is not a valid date ({exc})") from exc
    return _Anchor(y, None, None)


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` ``delta`` months after (before, when negative) the given month."""
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


# --------------------------------------------------------------------------------------------
# Values


def _day(d: date) -> tuple[str, Precision]:
    return d.isoformat(), "day"


def _month(year: int, month: int) -> tuple[str, Precision]:
    return f"{year:04d}-{month:02d}", "month"


def _year(year: int) -> tuple[str, Precision]:
    return f"{year:04d}", "year"


def _interval(lo: date, hi: date) -> tuple[str, Precision]:
    """The smallest day, month or year holding [lo, hi] (the year of its middle if it spans two)."""
    if lo == hi:
        return _day(lo)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return _month(lo.year, lo.month)
    if lo.year == hi.year:
        return _year(lo.year)
    return _year((lo + (hi - lo) / 2).year)


def _year_for_month(month: int, anchor: _Anchor, rel: str | None = None) -> int:
    v = _vocab()
    if anchor.month is None:
        return anchor.year
    if rel in v.past_words:
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in v.next_words:
        return anchor.year if month > anchor.month else anchor.year + 1
    if month < anchor.month and month + 12 - anchor.month <= FORWARD_WINDOW_MONTHS:
        return anchor.year + 1  # « le 13 janvier » told in December: next month, across the year's end
    return anchor.year if month - anchor.month <= FORWARD_WINDOW_MONTHS else anchor.year - 1


def _distance(d: date, anchor: _Anchor) -> int:
    if d < anchor.lo:
        return (anchor.lo - d).days
    if d > anchor.hi:
        return (d - anchor.hi).days
    return 0


def _day_month(day: int, month: int, year: int | None, weekday: int | None, anchor: _Anchor | None) -> date | None:
    if year is not None:
        try:
            stated = date(year, month, day)
        except ValueError:
            return None
        if weekday is None or stated.weekday() == weekday or anchor is None:
            return stated
        return _weekday_slip(stated, weekday, anchor, [year])
    if anchor is None:
        return None
    if weekday is not None:
        fits: list[date] = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if d.weekday() == weekday:
                fits.append(d)
        try:
            own = date(_year_for_month(month, anchor), month, day)
        except ValueError:
            own = None
        if own is not None and own.weekday() != weekday:
            slip = _weekday_slip(own, weekday, anchor, [])
            reach = max(WEEKDAY_FIT_DAYS, _distance(slip, anchor))
            fits = [d for d in fits if _distance(d, anchor) <= reach] or [slip]
        if fits:
            return min(fits, key=lambda d: (_distance(d, anchor), d))
    try:
        return date(_year_for_month(month, anchor), month, day)
    except ValueError:  # 29 February in a common year
        return None


def _weekday_slip(stated: date, weekday: int, anchor: _Anchor, years: list[int]) -> date:
    """``stated`` carries a weekday it does not have: the nearest day with that weekday, or the same day in the
    anchor's year when that one has it (a typo'd year), whichever is nearer the anchor (``WEEKDAY_SLIP_DAYS``)."""
    shift = (weekday - stated.weekday()) % 7
    near = stated + timedelta(days=shift) if shift <= WEEKDAY_SLIP_DAYS else stated - timedelta(days=7 - shift)
    options = [near]
    if years and anchor.year not in years:
        try:
            same = stated.replace(year=anchor.year)
        except ValueError:
            same = None
        if same is not None and same.weekday() == weekday:
            options.append(same)
    return min(options, key=lambda d: (_distance(d, anchor), d))


def _day_with_rel(day: int, month: int, rel: str, anchor: _Anchor) -> tuple[str, Precision] | None:
    """"le 25 février dernier": the last such day strictly before the anchor; "prochain": the first
    strictly after it (round 9). Round 30: with a month anchor, a day of that month itself may be either (the article
    was written some day of it): « le 6 août dernier » in an article of August 2023 is 2023-08-06, not 2022-08-06."""
    past = rel in _vocab().past_words
    step = -1 if past else 1
    inside = anchor.day is None and anchor.month is not None  # a month anchor: its own days are not excluded
    for y in (anchor.year, anchor.year + step, anchor.year + 2 * step):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if past and (d < anchor.lo or (inside and d <= anchor.hi)):
            return _day(d)
        if not past and (d > anchor.hi or (inside and d >= anchor.lo)):
            return _day(d)
    return None


def _day_number(token: str) -> int:
    return 1 if _norm(token) in _vocab().first_day else int(token)


# --------------------------------------------------------------------------------------------
# Resolution of one candidate match


def _resolve(kind: str, m: re.Match[str], anchor: _Anchor | None) -> tuple[str, Precision] | None:
    v = _vocab()
    g = m.groupdict()
    if kind == "iso" or kind == "numeric":
        y = int(g["y"])
        if len(g["y"]) == 2:
            if g.get("sep") != "/":
                return None
            y += 2000 if y < 70 else 1900
        try:
            return _day(date(y, int(g["m"]), int(g["d"])))
        except ValueError:
            return None
    if kind in ("daymonth", "range_first"):
        wd = v.weekdays[_norm(g["wd"])] if g.get("wd") else None
        year = int(g["year"]) if g.get("year") else None
        mon = v.months[_norm(g["mon"])]
        if g.get("rel") and year is None and wd is None and anchor is not None:
            return _day_with_rel(_day_number(g["day"]), mon, _norm(g["rel"] or ""), anchor)
        if g.get("day2") and _day_number(g["day"]) > _day_number(g["day2"]):
            # « la nuit du 31 au 1er janvier 2019 »: the range crosses a month end, its first day is in the month
            # before the stated one (the stated year or the anchor's reading of the second day decides the year)
            end = _day_month(_day_number(g["day2"]), mon, year, None, anchor)
            if end is None:
                return None
            y, m_before = add_months(end.year, end.month, -1)
            try:
                return _day(date(y, m_before, _day_number(g["day"])))
            except ValueError:
                return None
        d = _day_month(_day_number(g["day"]), mon, year, wd, anchor)
        return _day(d) if d else None
    if kind == "wd_range_first":
        wd, wd2 = v.weekdays[_norm(g["wd"])], v.weekdays[_norm(g["wd2"])]
        back = (wd2 - wd) % 7
        end = _day_month(_day_number(g["day"]), v.months[_norm(g["mon"])], int(g["year"]) if g.get("year") else None,
                         wd2, anchor)
        return _day(end - timedelta(days=back)) if end and back else None
    if kind == "wd_numeric":
        # Brackets or two-digit day and month ("mardi 12.5 km" is no date), and the weekday must fit.
        if not g.get("open") and (len(g["day"]) < 2 or len(g["mon"]) < 2):
            return None
        wd = v.weekdays[_norm(g["wd"])]
        if not 1 <= int(g["mon"]) <= 12:
            return None
        d = _day_month(int(g["day"]), int(g["mon"]), None, wd, anchor)
        # no weekday slip here: digits beside a weekday that does not fit them are a score or a measure, not a date
        fits = d is not None and d.weekday() == wd and (d.month, d.day) == (int(g["mon"]), int(g["day"]))
        return _day(d) if d and fits else None
    if kind == "month":
        mon = v.months[_norm(g["mon"])]
        if g.get("year"):
            return _month(int(g["year"]), mon)
        if anchor is None:
            return None
        return _month(_year_for_month(mon, anchor, _norm(g["rel"]) if g.get("rel") else None), mon)
    if kind == "year":
        return _year(int(g["year"]))
    if kind == "month_span":
        return _resolve_month_span(g, anchor)
    if kind == "noun_month":
        mon = v.months[_norm(g["mon"])]
        if g.get("year"):
            return _month(int(g["year"]), mon)
        if anchor is None or anchor.month is None:
            return None
        # the year that puts the month nearest the anchor's; a tie (six months) goes to the past
        base, at = anchor.year, anchor.month
        years = sorted((base - 1, base, base + 1), key=lambda y: (abs((y - base) * 12 + mon - at), y))
        return _month(years[0], mon)
    if anchor is None:
        return None
    if kind == "later":
        return _resolve_shift(g, anchor)
    if kind == "relday":
        if anchor.day is None:
            return None
        return _day(anchor.day + timedelta(days=v.relative_days[_norm(g["w"])]))
    if kind == "weekday":
        if anchor.day is None:
            return None
        target = v.weekdays[_norm(g["wd"])]
        rel = _norm(g["rel"]) if g.get("rel") else None
        if rel in v.next_words:
            return _day(anchor.day + timedelta(days=(target - anchor.day.weekday()) % 7 or 7))
        back = (anchor.day.weekday() - target) % 7
        if rel in v.past_words:
            back = back or 7
        return _day(anchor.day - timedelta(days=back))
    if kind == "period":
        return _resolve_period(g, anchor)
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else parse_number_fr(g["n"])
        if n is None:
            return None
        unit = v.ago_units[_norm(g["unit"])]
        if unit == "year":
            return _year(anchor.year - n)
        if unit == "month":
            if anchor.month is None:
                return None
            return _month(*add_months(anchor.year, anchor.month, -n))
        if anchor.day is None:
            return None
        if unit == "day":
            return _day(anchor.day - timedelta(days=n))
        mid = anchor.day - timedelta(days=7 * n)
        return _interval(mid - timedelta(days=WEEK_SLACK_DAYS), mid + timedelta(days=WEEK_SLACK_DAYS))
    return None


def _resolve_month_span(g: dict[str, str | None], anchor: _Anchor | None) -> tuple[str, Precision] | None:
    """A span of months, as the smallest period holding both ends: "de mai à juillet" is the year,
    "de décembre 2022 à février 2023" the year of its middle (the precision rule of the module doc)."""
    v = _vocab()
    m1, m2 = v.months[_norm(g["mon1"] or "")], v.months[_norm(g["mon2"] or "")]
    if g.get("y2"):
        y2 = int(g["y2"] or 0)
    elif g.get("y1"):
        y2 = int(g["y1"] or 0) + (m2 < m1)
    elif anchor is not None:
        y2 = _year_for_month(m2, anchor)
    else:
        return None
    y1 = int(g["y1"] or 0) if g.get("y1") else y2 - (m1 > m2)
    if not 0 <= y2 - y1 <= 1:
        return None  # "de février 2010 à février 2014": no one period; its ends are read alone
    lo, hi = date(y1, m1, 1), _month_end(y2, m2)
    return _interval(lo, hi) if lo <= hi else None


def _resolve_shift(g: dict[str, str | None], anchor: _Anchor) -> tuple[str, Precision] | None:
    """N units after (``plus tard``, ``après``) or before (``plus tôt``, ``auparavant``) the reference,
    which is the anchor here (an event extractor passes the previous event's date instead)."""
    v = _vocab()
    raw = g["n"] or ""
    n = int(raw) if raw.isdigit() else parse_number_fr(raw)
    if n is None:
        return None
    sign = v.later_words[_norm(g["dir"] or "")]
    unit = v.ago_units[_norm(g["unit"] or "")]
    if unit == "year":
        return _year(anchor.year + sign * n)
    if unit == "month":
        if anchor.month is None:
            return None
        return _month(*add_months(anchor.year, anchor.month, sign * n))
    if anchor.day is None:
        return None
    if unit == "day":
        return _day(anchor.day + timedelta(days=sign * n))
    mid = anchor.day + timedelta(days=7 * sign * n)
    return _interval(mid - timedelta(days=WEEK_SLACK_DAYS), mid + timedelta(days=WEEK_SLACK_DAYS))


def _resolve_period(g: dict[str, str | None], anchor: _Anchor) -> tuple[str, Precision] | None:
    v = _vocab()
    det = _norm(g["det"] or "")
    unit = re.sub(r"[\s-]+", "", _norm(g["unit"] or ""))
    rel = _norm(g["rel"] or "") or None
    current = det in ("cette", "ce")
    if current and rel is not None:
        return None  # "cette semaine passée": unusual, skip rather than guess
    if not current and rel is None:
        return None  # "la semaine", "le mois": not a date on its own
    step = 0 if current else (-1 if rel in v.past_words else 1)
    if unit in ("année", "annee", "an"):
        if unit == "an" and current:
            return None
        return _year(anchor.year + step)
    if unit == "mois":
        if anchor.month is None:
            return None
        return _month(*add_months(anchor.year, anchor.month, step))
    if anchor.day is None:
        return None
    monday = anchor.day - timedelta(days=anchor.day.weekday())
    if unit == "semaine":
        lo = monday + timedelta(days=7 * step)
        return _interval(lo, lo + timedelta(days=6))
    saturday = _weekend_saturday(anchor.day, step)
    return _interval(saturday, saturday + timedelta(days=1))


def _weekend_saturday(day: date, step: int) -> date:
    """The Saturday of the weekend ``step`` weekends from ``day`` (0: « ce week-end », -1: « le week-end dernier »)."""
    monday = day - timedelta(days=day.weekday())
    if step == 0:
        if day.weekday() >= 5:
            return monday + timedelta(days=5)
        if day.weekday() <= WEEKEND_LOOKBACK_LAST_WEEKDAY:
            return monday - timedelta(days=2)
        return monday + timedelta(days=5)
    if step < 0:
        return monday - timedelta(days=2)
    return monday + timedelta(days=5 if day.weekday() < 5 else 12)


def weekend_saturday(expression: str, anchor: str | None) -> str | None:
    """The Saturday (``YYYY-MM-DD``) of a weekend expression (« ce week-end », « le week-end dernier », « du week-end
    prochain ») told on the day ``anchor``; ``None`` for another expression or an anchor that is not a day. The
    resolver itself dates a weekend by its month (``find_dates``); the event module reads its Saturday (round 47)."""
    a = _parse_anchor(anchor)
    if a is None or a.day is None:
        return None
    v = _vocab()
    m = v.patterns["period"].fullmatch(expression.strip())
    if m is None or re.sub(r"[\s-]+", "", _norm(m["unit"] or "")) != "weekend":
        return None
    det = _norm(m["det"] or "")
    rel = _norm(m["rel"] or "") or None
    current = det in ("cette", "ce")
    if current == (rel is not None):
        return None  # « ce week-end passé », « le week-end »: not read (as ``_resolve_period``)
    step = 0 if current else (-1 if rel in v.past_words else 1)
    return _weekend_saturday(a.day, step).isoformat()


# --------------------------------------------------------------------------------------------
# Finding candidates


def _skip(kind: str, m: re.Match[str], text: str) -> bool:
    """Matches that look like dates but are not (see the module doc)."""
    v = _vocab()
    g = m.groupdict()
    before = text[max(0, m.start() - 12) : m.start()].lower().replace("’", "'")
    if kind == "month":
        return not (g.get("trig") or g.get("mod") or g.get("year") or g.get("rel"))
    if kind == "noun_month":
        return not NOUN_MONTHS or not m.group("mon")[:1].islower()
    if kind == "year":
        if not (g.get("trig") or g.get("mod")):
            return True
        after = re.match(r"\s*([\w%]+)", text[m.end() :])
        return bool(after and _norm(after[1]) in v.year_blockers)
    if kind == "relday":
        return bool(re.search(r"(?:\bd'|\bde\s+)$", before))
    if kind == "weekday":
        if re.search(r"(?:\ble|\bles|\bdu|\bchaque|\btous\s+les)\s+$", before):
            return True
        wd_start = m.start("wd")
        word = text[wd_start : m.end("wd")]
        if word[:1].isupper():
            prev = text[:wd_start].rstrip()
            # Capitalised inside a sentence: a title ("Le Journal du Dimanche"), not a date.
            return bool(prev) and prev[-1] not in ".!?:;«\"(—–-\n"
        return False
    if kind == "ago":
        return g["n"] is not None and not g["n"].isdigit() and parse_number_fr(g["n"]) is None
    if kind == "later":
        if not g["n"].isdigit() and parse_number_fr(g["n"]) is None:
            return True  # "quelques jours plus tard": no count
        # "trois jours après l'attaque", "75 ans après 1914": counted from what follows, not from the
        # reference day; "Deux jours après, ..." ends the phrase and is read.
        follows = re.match(r"\s*([\w'’]+)", text[m.end() :])
        word = follows[1] if follows else ""
        counted_from_next = bool(word) and word.lower() not in {"et", "ou", "mais"}
        return _norm(g["dir"]) in {"après", "apres", "avant"} and counted_from_next
    return False


def _candidates(text: str) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    for kind, pattern in _vocab().patterns.items():
        for m in pattern.finditer(text):
            if m.end() > m.start() and not _skip(kind, m, text):
                # a pattern that needs words before the date to recognise it marks where the date starts
                start = m.start("at") if "at" in pattern.groupindex else m.start()
                yield start, m.end(), kind, m


def find_dates(text: str, anchor: str | None) -> list[ResolvedDate]:
    """Every date expression in ``text``, resolved against ``anchor``, in text order.

    ``anchor`` is the article's date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); with ``None`` only
    expressions carrying their own year are kept. Overlapping matches keep the longest.
    Raises ``InputRejected`` for a malformed anchor.
    """
    parsed = _parse_anchor(anchor)
    out: list[ResolvedDate] = []
    for start, end, kind, m in sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[0])):
        if any(start < r.end and r.start < end for r in out):
            continue
        # A longest match that resolves to nothing (a span of years, "mardi 12.5") leaves its parts
        # to the shorter matches (round 9; before, it hid them).
        resolved = _resolve(kind, m, parsed)
        if resolved is not None:
            out.append(ResolvedDate(resolved[0], resolved[1], start, end, text[start:end]))
    return sorted(out, key=lambda r: r.start)


def event_noun_month(expr: str) -> bool:
    """The expression is an event noun's month (« d'octobre » of « la présidentielle d'octobre », ``noun_month``):
    its year is the one nearest the anchor, not pulled back by the tense of the verb the noun hangs from."""
    m = _NOUN_MONTH_EXPRESSION.fullmatch(expr.strip())
    return NOUN_MONTHS and m is not None and _norm(m.group(1)) in _vocab().months


_NOUN_MONTH_EXPRESSION = re.compile(rf"(?:de\s+|d[{_APOSTROPHES}]\s*)(\w+)\.?", re.IGNORECASE)


def told_from_anchor(expr: str) -> bool:
    """The expression places itself against the day it is told (« le 6 avril dernier », « le 29 mars prochain »):
    its year is the resolver's, never one stated elsewhere in the sentence."""
    v = _vocab()
    return any(_norm(w) in v.past_words | v.next_words for w in re.findall(r"\w+", expr))


def resolve_expression(expr: str, anchor: str | None) -> ResolvedDate | None:
    """The longest date expression in ``expr``, resolved against ``anchor`` (offsets into ``expr``)."""
    found = find_dates(expr, anchor)
    if not found:
        return None
    return max(found, key=lambda r: (r.end - r.start, -r.start))
