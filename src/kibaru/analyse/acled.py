"""Cross-checking article event claims against an ACLED export.

``load_acled(path)`` reads an ACLED CSV export (the documented columns: event_id_cnty, event_date,
year, event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, interaction,
country, admin1, admin2, admin3, location, latitude, longitude, source, notes, fatalities, …; other
columns are ignored). A row that cannot be used is left out with a ``Rejection`` naming the file and
line; the rest is kept. Only a file that cannot be read or lacks a required column raises.

``match_events(claims, acled)`` pairs each article claim (an attack, capture or protest with a date,
a place, actors and a death toll) with the ACLED event that best fits it:

* the type must fit (``data/acled_fr.yaml``: an attack is a Battle, an Explosion/Remote violence or
  Violence against civilians; a capture is a Battle where territory changes hands; …);
* the place must match, after folding case, accents, hyphens and apostrophes and dropping
  "région de", "cercle de", …: the ACLED location first, then admin3, admin2, admin1 (a weaker
  match each time); French exonyms ("Tombouctou" → "Timbuktu") come from the data file, and the
  caller may give more names per knowledge-base id (``place_names``);
* the date must fall within ``window_days`` of the claim's day (or of its month or year, for a
  claim dated less precisely);
* actors rank the candidates but are not required (articles often name only one side, or a side
  ACLED codes differently). An actor matches when, after mapping French names to ACLED's
  ("armée malienne" → "Military Forces of Mali"), it equals a part of ACLED's name ("JNIM" in
  "JNIM: Group for Support of Islam and Muslims"), is its acronym, or shares enough words.

Several claims (several articles about one attack) may match one ACLED event. The report lists the
matches, the claims left unmatched, the ACLED events left unmatched — only those of a matchable
type dated within the claims' period (± the window), since an export covers far more than a set of
articles — and every match where the two death tolls differ.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kibaru.errors import ConfigError, InputRejected
from kibaru.model import Rejection

REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "country", "location")
OPTIONAL_COLUMNS = ("year", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "interaction",
                    "admin1", "admin2", "admin3", "latitude", "longitude", "source", "notes", "fatalities")

# How much a place match at each level is worth: the exact location is best; an admin area
# containing the event is a weaker, still useful, fallback.
# The widest date window (days): ten years. Wider, every event of the type is a candidate for every claim, and a
# window of 10**11 days overflowed Python's date arithmetic (`kibaru acled --window`).
MAX_WINDOW_DAYS = 3660
PLACE_SCORES = {"location": 1.0, "admin3": 0.8, "admin2": 0.6, "admin1": 0.4}

# Two actor names (after stop words are dropped) match when at least this share of the shorter
# one's words are in the other: "Wagner" ~ "Wagner Group", "Military Forces of Mali" ~ "Military
# Forces of Mali (2021-)". Chosen on the alias table's own names, not fitted to match data.
ACTOR_WORD_OVERLAP = 0.75

# A claim dated to a month or a year is a weaker date match than one dated to a day.
DATE_PRECISION_WEIGHT = {"day": 1.0, "month": 0.5, "year": 0.25}

_MONTHS_EN = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}


@dataclass(frozen=True, slots=True)
class AcledEvent:
    event_id: str
    date: date
    event_type: str
    country: str
    location: str
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    interaction: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    source: str = ""
    notes: str = ""
    fatalities: int | None = None
    line: int = 0  # line of the CSV file the row starts on

    @property
    def actors(self) -> list[str]:
        """actor1, actor2 and the associated actors (ACLED separates several with ";")."""
        names: list[str] = []
        for value in (self.actor1, self.assoc_actor_1, self.actor2, self.assoc_actor_2):
            names.extend(n.strip() for n in value.split(";") if n.strip())
        return names


@dataclass(slots=True)
class Claim:
    """An event as an article states it."""

    type: str  # "attack" | "capture" | "protest"
    date: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    location: str
    actors: list[str] = field(default_factory=list)
    fatalities: int | None = None
    article_id: str | None = None
    location_id: str | None = None  # knowledge-base id of the place, when linked


@dataclass(frozen=True, slots=True)
class Match:
    claim: Claim
    event: AcledEvent
    place_level: str  # "location" | "admin3" | "admin2" | "admin1"
    day_gap: int  # days between the event and the claim's day (or month, or year)
    actor_overlap: float  # share of the claim's actors found among the event's (0 when it names none)
    score: float


@dataclass(frozen=True, slots=True)
class FatalityDisagreement:
    claim: Claim
    event: AcledEvent
    claimed: int
    recorded: int


@dataclass(slots=True)
class MatchReport:
    matches: list[Match] = field(default_factory=list)
    unmatched_claims: list[Claim] = field(default_factory=list)
    unmatched_events: list[AcledEvent] = field(default_factory=list)
    fatality_disagreements: list[FatalityDisagreement] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Loading


def _parse_acled_date(text: str) -> date:
    s = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4}|\d{2})", s)
    if m:
        name = m[2].lower()
        month = _MONTHS_EN.get(name) or next((n for k, n in _MONTHS_EN.items() if len(name) >= 3 and
                                              k.startswith(name)), None)
        if month is None:
            raise ValueError(f"unknown month {m[2]!r}")
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return date(year, month, int(m[1]))
    raise ValueError("expected a date like '07 August 2022' or '2022-08-07'")


def _row_to_event(row: dict[str, str | None], line: int) -> AcledEvent:
    """One CSV row as an event; ``ValueError`` says what is wrong with it."""
    def get(name: str) -> str:
        return (row.get(name) or "").strip()

    for name in REQUIRED_COLUMNS:
        if not get(name):
            raise ValueError(f"empty {name}")
    try:
        day = _parse_acled_date(get("event_date"))
    except ValueError as exc:
        raise ValueError(f"event_date {get('event_date')!r}: {exc}") from None
    if get("year") and get("year") != str(day.year):
        raise ValueError(f"year {get('year')!r} disagrees with event_date {get('event_date')!r}")
    fatalities: int | None = None
    if get("fatalities"):
        if not re.fullmatch(r"\d+", get("fatalities")):
            raise ValueError(f"fatalities {get('fatalities')!r} is not a whole number")
        fatalities = int(get("fatalities"))
    coords: dict[str, float | None] = {}
    for name, limit in (("latitude", 90.0), ("longitude", 180.0)):
        if not get(name):
            coords[name] = None
            continue
        try:
            value = float(get(name))
        except ValueError:
            raise ValueError(f"{name} {get(name)!r} is not a number") from None
        if not -limit <= value <= limit:
            raise ValueError(f"{name} {value} is out of range")
        coords[name] = value
    return AcledEvent(
        event_id=get("event_id_cnty"), date=day, event_type=get("event_type"), country=get("country"),
        location=get("location"), sub_event_type=get("sub_event_type"), actor1=get("actor1"),
        assoc_actor_1=get("assoc_actor_1"), actor2=get("actor2"), assoc_actor_2=get("assoc_actor_2"),
        interaction=get("interaction"), admin1=get("admin1"), admin2=get("admin2"), admin3=get("admin3"),
        latitude=coords["latitude"], longitude=coords["longitude"], source=get("source"), notes=get("notes"),
        fatalities=fatalities, line=line,
    )


def load_acled(path: str | Path, rejections: list[Rejection] | None = None) -> list[AcledEvent]:
    """The usable events of an ACLED CSV export.

    Rows that cannot be used are skipped; each is recorded in ``rejections`` (when given) as
    ``Rejection(where="<path>:<line>", reason=...)``. Raises ``InputRejected`` when the file cannot
    be read or lacks one of ``REQUIRED_COLUMNS``.
    """
    p = Path(path)
    try:
        handle = p.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputRejected(str(p), f"cannot read the ACLED export: {exc.strerror or exc}") from exc
    events: list[AcledEvent] = []
    seen: dict[str, int] = {}
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputRejected(str(p), f"not a readable CSV file: {exc}") from exc
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise InputRejected(str(p), f"not an ACLED export: missing column(s) {', '.join(missing)}")
        line = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as exc:
                if rejections is not None:
                    rejections.append(Rejection(f"{p}:{line}", f"unreadable row: {exc}"))
                break  # the reader cannot resynchronise after a broken quote or encoding
            start, line = line, reader.line_num + 1
            try:
                if None in row:
                    raise ValueError(f"{len(header) + len(row[None])} fields, the header has {len(header)}")
                event = _row_to_event(row, start)
                if event.event_id in seen:
                    first = seen[event.event_id]
                    raise ValueError(f"duplicate event_id_cnty {event.event_id!r} (first on line {first})")
            except ValueError as exc:
                if rejections is not None:
                    rejections.append(Rejection(f"{p}:{start}", str(exc)))
                continue
            seen[event.event_id] = start
            events.append(event)
    return events


# --------------------------------------------------------------------------------------------
# Matching


def _fold(text: str) -> str:
    """Case, accents, apostrophes, hyphens and spacing folded away."""
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['’`]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True, slots=True)
class _Vocab:
    type_events: dict[str, frozenset[str]]
    type_subevents: dict[str, frozenset[str]]
    place_aliases: dict[str, frozenset[str]]
    place_prefixes: tuple[str, ...]
    actor_aliases: dict[str, tuple[str, ...]]
    actor_stopwords: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("kibaru") / "data" / "acled_fr.yaml").read_text(encoding="utf-8")
    )
    types = raw["event_types"]
    return _Vocab(
        type_events={k: frozenset(_fold(t) for t in v["event_types"]) for k, v in types.items()},
        type_subevents={k: frozenset(_fold(t) for t in v.get("sub_event_types", [])) for k, v in types.items()},
        place_aliases={_fold(k): frozenset(_fold(n) for n in v) for k, v in raw["place_aliases"].items()},
        place_prefixes=tuple(sorted({_fold(p) + " " for p in raw["place_prefixes"]}, key=lambda p: (-len(p), p))),
        actor_aliases={_fold(k): tuple(v) for k, v in raw["actor_aliases"].items()},
        actor_stopwords=frozenset(_fold(w) for w in raw["actor_stopwords"]),
    )


def _place_keys(name: str, extra: Iterable[str] = ()) -> set[str]:
    v = _vocab()
    keys: set[str] = set()
    for n in (name, *extra):
        k = _fold(n)
        # "cercle d'Ansongo": elide the article before looking for a prefix to drop
        spelled = _fold(re.sub(r"\bd['’]", "de ", n, flags=re.IGNORECASE))
        for prefix in v.place_prefixes:
            if spelled.startswith(prefix):
                k = spelled[len(prefix):]
                break
        if k:
            keys.add(k)
            keys |= v.place_aliases.get(k, frozenset())
    return keys


def _actor_forms(name: str) -> list[set[str]]:
    """Word sets one ACLED actor name may be known by: the whole, each ':' part, acronyms."""
    v = _vocab()
    base = re.sub(r"\([^)]*\)", " ", name)
    parts = [base, *base.split(":")] if ":" in base else [base]
    forms: list[set[str]] = []
    for part in parts:
        words = [w for w in _fold(part).split() if w not in v.actor_stopwords]
        if words:
            forms.append(set(words))
            if len(words) > 1:
                forms.append({"".join(w[0] for w in words)})
    return forms


def _claim_actor_forms(name: str) -> list[set[str]]:
    aliases = _vocab().actor_aliases.get(_fold(name))
    forms = _actor_forms(name)
    for alias in aliases or ():
        forms.extend(_actor_forms(alias))
    return forms


def _actors_match(claim_actor: str, event_actor: str) -> bool:
    for a in _claim_actor_forms(claim_actor):
        for b in _actor_forms(event_actor):
            shorter = min(len(a), len(b))
            if shorter and len(a & b) / shorter >= ACTOR_WORD_OVERLAP:
                return True
    return False


def _claim_period(claim: Claim) -> tuple[date, date, str]:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", claim.date.strip())
    if not m:
        raise InputRejected(f"claim {claim.article_id or ''}".strip(), f"date {claim.date!r} is not ISO")
    y = int(m[1])
    if m[3]:
        d = date(y, int(m[2]), int(m[3]))
        return d, d, "day"
    if m[2]:
        month = int(m[2])
        nxt = date(y + (month == 12), month % 12 + 1, 1)
        return date(y, month, 1), nxt - timedelta(days=1), "month"
    return date(y, 1, 1), date(y, 12, 31), "year"


def _type_fits(claim_type: str, event: AcledEvent) -> bool:
    v = _vocab()
    events = v.type_events.get(claim_type)
    if not events or _fold(event.event_type) not in events:
        return False
    subs = v.type_subevents.get(claim_type)
    return not subs or _fold(event.sub_event_type) in subs


def _place_level(keys: set[str], event: AcledEvent) -> str | None:
    for level in ("location", "admin3", "admin2", "admin1"):
        value = getattr(event, level)
        if value and _place_keys(value) & keys:
            return level
    return None


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the first or last representable date (year 1 or 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def match_events(
    claims: Sequence[Claim],
    acled: Sequence[AcledEvent],
    *,
    window_days: int = 3,
    place_names: Mapping[str, Iterable[str]] | None = None,
) -> MatchReport:
    """Match article claims to ACLED events (see the module doc for the rules).

    ``place_names`` maps a knowledge-base id (``Claim.location_id``) to more names of that place
    (e.g. its English and local spellings). Raises ``InputRejected`` for a claim whose date is not ISO.
    """
    if not 0 <= window_days <= MAX_WINDOW_DAYS:
        raise ConfigError(f"the date window must be 0 to {MAX_WINDOW_DAYS} days, not {window_days}")
    report = MatchReport()
    matched_events: set[str] = set()
    periods = [_claim_period(c) for c in claims]
    for claim, (lo, hi, precision) in zip(claims, periods, strict=True):
        extra = list(place_names.get(claim.location_id, ())) if place_names and claim.location_id else []
        keys = _place_keys(claim.location, extra)
        best: Match | None = None
        for event in acled:
            if not _type_fits(claim.type, event):
                continue
            gap = (lo - event.date).days if event.date < lo else max(0, (event.date - hi).days)
            if gap > window_days:
                continue
            level = _place_level(keys, event)
            if level is None:
                continue
            ev_actors = event.actors
            found = sum(any(_actors_match(a, e) for e in ev_actors) for a in claim.actors)
            overlap = found / len(claim.actors) if claim.actors else 0.0
            score = (PLACE_SCORES[level] + DATE_PRECISION_WEIGHT[precision] * (1 - gap / (window_days + 1))
                     + overlap)
            if best is None or score > best.score:
                best = Match(claim, event, level, gap, overlap, round(score, 4))
        if best is None:
            report.unmatched_claims.append(claim)
            continue
        report.matches.append(best)
        matched_events.add(best.event.event_id)
        if claim.fatalities is not None and best.event.fatalities is not None \
                and claim.fatalities != best.event.fatalities:
            report.fatality_disagreements.append(
                FatalityDisagreement(claim, best.event, claim.fatalities, best.event.fatalities)
            )
    if periods:
        first = _shift(min(p[0] for p in periods), -window_days)
        last = _shift(max(p[1] for p in periods), window_days)
        types = {c.type for c in claims}
        report.unmatched_events = [
            e for e in acled
            if e.event_id not in matched_events and first <= e.date <= last and any(_type_fits(t, e) for t in types)
        ]
    return report


# --------------------------------------------------------------------------------------------
# Claims from stored articles (`kibaru acled`)

# The event types of kibaru's detector that ACLED records (data/acled_fr.yaml maps them).
CLAIM_TYPES = ("attack", "capture", "protest")


def claims_from_articles(articles: Iterable[Any], kb: Any = None) -> tuple[list[Claim], dict[str, list[str]]]:
    """The ACLED-checkable events of stored articles as claims — an attack, capture or protest with a date and
    a place — and, for the places linked to the knowledge base, their other names (``place_names`` of
    :func:`match_events`: « Tombouctou » also answers to its English and local names)."""
    claims: list[Claim] = []
    names: dict[str, list[str]] = {}
    for article in articles:
        for event in article.events:
            kind, when, place = event.get("type"), event.get("date"), event.get("location")
            if kind not in CLAIM_TYPES or not when or not place:
                continue
            place_id = event.get("location_kb_id")
            actors = [str(a.get("canonical")) for a in event.get("actors") or []
                      if isinstance(a, dict) and a.get("canonical")]
            fatalities = event.get("fatalities")
            claims.append(Claim(type=str(kind), date=str(when), location=str(place), actors=actors,
                                fatalities=fatalities if isinstance(fatalities, int) else None,
                                article_id=article.id, location_id=str(place_id) if place_id else None))
            actor = kb.get(str(place_id)) if kb is not None and place_id else None
            if actor is not None and place_id not in names:
                names[str(place_id)] = list(actor.surfaces())
    return claims, names
