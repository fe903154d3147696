"""One timeline entry per real-world event, however many articles report it.

``merge_events(articles)`` groups the events extracted per article (``Article.events``, see
``enrich/events.py``) when they look like the same happening:

* same event ``type`` (candidates are only ever compared inside a type bucket);
* at least one actor in common (same kb id, or the same canonical name after folding case and
  accents); two events that name no actor at all may still merge when they share a location;
* the same location when both name one (kb id when both have one, else the folded name);
* dates within ``window_days`` of each other, a date being the whole period its precision covers
  (a "month" date is every day of that month), so "le 7 août" and "en août" can meet. Undated
  events never merge: nothing says they are the same day. An event whose date is only its
  article's (``date_source: "article"``: the sentence states none) may have happened any day up to
  ``lookback_days`` before the article — a later reference to an earlier event ("l'invasion de
  l'Ukraine" months afterwards, "la visite de Nancy Pelosi" a week later);
* a pair passing those checks is scored (``pair_score``: shared actors, same place, stated dates
  that agree, death tolls that agree) and merged only when the score reaches ``threshold``. Two
  reports whose dates the sentences state and agree pass as before; a pair that leans on an
  article's date needs the actors (or the place) to carry it.

Groups are built with union-find over the candidate pairs. Union-find is transitive, so each group
keeps the days it could have happened on (the intersection of its members' periods, each widened by
the window) and a union that would leave no such day is refused: otherwise a chain of reports a
few days apart, or a vague "en 2022", could glue together months of different events (seen on the
sample corpus: the January and the July 2022 ECOWAS summits in Accra, bridged by a year-dated
mention). A group's day-precise dates thus never spread over more than twice the window.

Speed: scoring every pair of a type's events within the window grows with the square of the events
of a month (416 s for 40k month-dated attacks). ``merge_events`` makes the same unions in the same
order without doing so (``_link``): an event only looks at the events that share an actor key (and a
place token) or, naming no actor, its place key; among those, it skips whole runs already in its
group or in a group with no day in common with its own, and scores one member per other group. The
quadratic definition is kept as ``merge_events_reference``; tests check both give the same entries.

Each entry keeps every report (article id, outlet, article date, death toll, evidence sentence),
the first report (earliest article date), the death tolls reported and whether they disagree.
Entry ids are deterministic: "t" + a hash of the smallest (article_id, start) among its reports.
"""

from __future__ import annotations

import calendar
import contextlib
import functools
import gc
import hashlib
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kibaru.model import Article

# Articles in the Sahel corpus usually report an attack one to three days after it happened, and
# relative dates ("dimanche", "ce week-end") resolve with a day or two of slack: three days keeps
# those together while keeping apart two attacks a week apart on the same town.
DEFAULT_WINDOW_DAYS = 3
# How long before its article an event dated only by the article may have happened, and the score a
# pair needs (see ``pair_score``): 180 days and 0.5 gave the best F1 (0.53; 90 days 0.42, 30 days 0.20,
# threshold 0.75 and up 0.27) on the tune half. Calibrated with ``benchmarks/eval_timeline.py --calibrate`` on the
# "tune" half of eval/timeline_gold.jsonl (split by real-world event), then reported on the other
# half; see eval/EVENTS.md, "Timeline merge, round 4".
DEFAULT_LOOKBACK_DAYS = 180
DEFAULT_THRESHOLD = 0.5
# Weights of ``pair_score``: the actor overlap (Jaccard, 0..1) counts most; a shared place and two
# stated dates within the window count half as much; equal death tolls add, different ones subtract.
ACTOR_WEIGHT = 1.0
PLACE_WEIGHT = 0.5
DATE_WEIGHT = 0.5
TOLL_WEIGHT = 0.25
# Precision ranks: the entry's date is taken from the most precise reports.
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# Length of the hex digest kept in entry ids: 12 hex digits (48 bits) make a collision among even
# a million entries very unlikely, and stay short enough to type.
_ID_HEX = 12


@dataclass(slots=True)
class Report:
    """One article's account of the event."""

    article_id: str
    outlet: str | None
    date: str | None  # the article's date (when it was reported), not the event's
    fatalities: int | None
    evidence: str
    start: int = 0



def reaches_toll(deaths: Iterable[int], minimum: int | None) -> bool:
    """Whether some report gives at least ``minimum`` deaths (always, when no minimum is asked for): the
    ``--min-fatalities`` / ``min_fatalities`` test of the CLI, the library and the dashboard."""
    return minimum is None or max(deaths, default=-1) >= minimum

@dataclass(slots=True)
class TimelineEntry:
    """One real-world event and every report of it."""

    id: str
    type: str
    date: str | None
    date_precision: str | None
    location: str | None
    actors: list[dict[str, Any]]
    reports: list[Report]
    first_report: Report
    fatalities_values: list[int] = field(default_factory=list)
    fatalities_disagree: bool = False
    location_kb_id: str | None = None  # the KB place of ``location`` (the id most of its reports give), if any

    def to_dict(self) -> dict[str, Any]:
        def report(r: Report) -> dict[str, Any]:
            return {"article_id": r.article_id, "outlet": r.outlet, "date": r.date, "fatalities": r.fatalities,
                    "evidence": r.evidence, "start": r.start}

        return {
            "id": self.id, "type": self.type, "date": self.date, "date_precision": self.date_precision,
            "location": self.location, "location_kb_id": self.location_kb_id,
            "actors": self.actors, "reports": [report(r) for r in self.reports],
            "first_report": report(self.first_report), "fatalities_values": self.fatalities_values,
            "fatalities_disagree": self.fatalities_disagree,
        }


@dataclass(slots=True)
class _Item:
    article: Article
    event: dict[str, Any]
    lo: date | None
    hi: date | None
    precise: bool
    actor_keys: frozenset[str]
    place_key: str | None
    article_dated: bool = False
    actor_sets: tuple[frozenset[str], ...] = ()


@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def parse_period(value: str | None, precision: str | None = None) -> tuple[date, date] | None:
    """The first and last day a ``YYYY[-MM[-DD]]`` date (with its precision) may mean; None if unusable."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        if precision == "year":
            numbers = numbers[:1]
        elif precision == "month":
            numbers = numbers[:2]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            last = calendar.monthrange(numbers[0], numbers[1])[1]
            return date(numbers[0], numbers[1], 1), date(numbers[0], numbers[1], last)
        day = date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None
    return day, day


# Dates recur (a day, a month): parsed once each. Anything but a string goes to ``parse_period`` itself.
_parse_period_cached = functools.lru_cache(maxsize=1 << 16)(parse_period)


def _period(value: Any, precision: Any = None) -> tuple[date, date] | None:
    if isinstance(value, str | None) and isinstance(precision, str | None):
        return _parse_period_cached(value, precision)
    return parse_period(value, precision)


def actor_keys(actor: dict[str, Any]) -> set[str]:
    """What identifies an actor: its kb id and its folded canonical name."""
    return set(_actor_keys(actor.get("kb_id"), actor.get("canonical")))


def _actor_keys(kb_id: Any, canonical: Any) -> frozenset[str]:
    if isinstance(kb_id, str | None) and isinstance(canonical, str | None):
        return _actor_keys_cached(kb_id, canonical)
    return _actor_keys_uncached(kb_id, canonical)


def _actor_keys_uncached(kb_id: Any, canonical: Any) -> frozenset[str]:
    keys = set()
    if kb_id:
        keys.add(f"kb:{kb_id}")
    if canonical:
        keys.add(f"name:{_fold(str(canonical))}")
    return frozenset(keys)


# The same few thousand actors recur in every timeline.
_actor_keys_cached = functools.lru_cache(maxsize=1 << 16)(_actor_keys_uncached)


def _place_key(event: dict[str, Any]) -> str | None:
    if event.get("location_kb_id"):
        return f"kb:{event['location_kb_id']}"
    if event.get("location"):
        return f"name:{_fold(str(event['location']))}"
    return None


def _same_place(a: _Item, b: _Item) -> bool:
    if a.place_key is None or b.place_key is None:
        return True
    if a.place_key == b.place_key:
        return True
    # One side linked to the knowledge base, the other not: fall back to the names.
    name_a, name_b = a.event.get("location"), b.event.get("location")
    return bool(name_a and name_b and _fold(str(name_a)) == _fold(str(name_b)))


def _compatible(a: _Item, b: _Item, window: timedelta) -> bool:
    assert a.lo and a.hi and b.lo and b.hi
    if a.lo - window > b.hi or b.lo - window > a.hi:
        return False
    if not _same_place(a, b):
        return False
    if a.actor_keys or b.actor_keys:
        return bool(a.actor_keys & b.actor_keys)
    # Neither names an actor: only the place can tie them.
    return a.place_key is not None and a.place_key == b.place_key


def _actor_overlap(a: _Item, b: _Item) -> float:
    """Jaccard overlap of the two actor lists, an actor matching when any of its keys is shared."""
    if not a.actor_sets or not b.actor_sets:
        return 0.0
    shared = sum(1 for x in a.actor_sets if any(x & y for y in b.actor_sets))
    return shared / (len(a.actor_sets) + len(b.actor_sets) - shared)


def pair_score(a: _Item, b: _Item, window: timedelta) -> float:
    """How strongly two compatible events look like one happening (see the module docstring)."""
    score = ACTOR_WEIGHT * _actor_overlap(a, b)
    if a.place_key is not None and b.place_key is not None:
        score += PLACE_WEIGHT
    if not a.article_dated and not b.article_dated:
        score += DATE_WEIGHT  # both dates stated, and within the window (``_compatible``)
    fa, fb = a.event.get("fatalities"), b.event.get("fatalities")
    if isinstance(fa, int) and isinstance(fb, int):
        score += TOLL_WEIGHT if fa == fb else -TOLL_WEIGHT
    return score


class _Groups:
    """Union-find where each group keeps the days its event could have happened on."""

    def __init__(self, items: list[_Item], window: timedelta) -> None:
        self.parent = list(range(len(items)))
        self.feasible: list[tuple[date, date]] = [
            (it.lo - window, it.hi + window) if it.lo and it.hi else (date.min, date.max) for it in items
        ]  # an article-dated item's ``lo`` already reaches back over the look-back period

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        (lo_i, hi_i), (lo_j, hi_j) = self.feasible[ri], self.feasible[rj]
        lo, hi = max(lo_i, lo_j), min(hi_i, hi_j)
        if lo > hi:  # no day fits every member: two events, however the chain links them
            return
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.feasible[root] = (lo, hi)


def _report(item: _Item) -> Report:
    ev = item.event
    fatalities = ev.get("fatalities")
    return Report(
        article_id=item.article.id, outlet=item.article.outlet, date=item.article.date,
        fatalities=int(fatalities) if isinstance(fatalities, int) else None,
        evidence=str(ev.get("evidence") or ""), start=int(ev.get("start") or 0),
    )


def _report_order(r: Report) -> tuple[date, date, str, int]:
    # By the latest day the article may date from: "2022-07" (any day of July) does not come before
    # "2022-07-03". Undated articles sort last: they cannot be the first report we can vouch for.
    hi, lo = _latest_first(r.date)
    return (hi, lo, r.article_id, r.start)


def _latest_first_uncached(value: Any) -> tuple[date, date]:
    period = _period(value)
    return (period[1], period[0]) if period else (date.max, date.max)


_latest_first_cached = functools.lru_cache(maxsize=1 << 16)(_latest_first_uncached)


def _latest_first(value: Any) -> tuple[date, date]:
    return _latest_first_cached(value) if isinstance(value, str | None) else _latest_first_uncached(value)


def _entry(items: list[_Item]) -> TimelineEntry:
    reports = sorted((_report(it) for it in items), key=_report_order)
    anchor = min((r.article_id, r.start) for r in reports)
    # The type is part of the id: one sentence can carry two events of different types (same start).
    event_type = str(items[0].event.get("type"))
    entry_id = "t" + hashlib.sha1(f"{anchor[0]}\x00{anchor[1]}\x00{event_type}".encode()).hexdigest()[:_ID_HEX]

    dated = [it for it in items if it.event.get("date")]
    stated = [it for it in dated if not it.article_dated]
    dated = stated or dated  # a stated date says more than the date of an article that refers back
    date_value = precision = None
    if dated:
        best = min(_PRECISION_RANK.get(str(it.event.get("date_precision")), 3) for it in dated)
        candidates = [it for it in dated if _PRECISION_RANK.get(str(it.event.get("date_precision")), 3) == best]
        # The most common date among the most precise reports; ties go to the earliest.
        counts = Counter(str(it.event["date"]) for it in candidates)
        date_value = min(counts, key=lambda d: (-counts[d], d))
        precision = next(it.event.get("date_precision") for it in candidates if it.event["date"] == date_value)

    places = Counter(str(it.event["location"]) for it in items if it.event.get("location"))
    location = min(places, key=lambda p: (-places[p], p)) if places else None
    place_ids = Counter(str(it.event["location_kb_id"]) for it in items
                        if it.event.get("location_kb_id") and str(it.event.get("location")) == location)
    location_kb_id = min(place_ids, key=lambda k: (-place_ids[k], k)) if place_ids else None

    actors: dict[str, dict[str, Any]] = {}
    mentions: Counter[str] = Counter()
    for it in items:
        seen: set[str] = set()
        for actor in it.event.get("actors") or []:
            kb_id = actor.get("kb_id")
            key = f"kb:{kb_id}" if kb_id else _name_key(actor.get("canonical", ""))
            if key in seen:
                continue
            seen.add(key)
            mentions[key] += 1
            if key not in actors:
                actors[key] = {"canonical": actor.get("canonical"), "kb_id": kb_id, "role": actor.get("role")}
    ordered = sorted(actors, key=lambda k: (-mentions[k], str(actors[k]["canonical"])))
    values = sorted({r.fatalities for r in reports if r.fatalities is not None})
    return TimelineEntry(
        id=entry_id, type=event_type, date=date_value, date_precision=precision,
        location=location, actors=[{**actors[k], "reports": mentions[k]} for k in ordered], reports=reports,
        first_report=reports[0], fatalities_values=values, fatalities_disagree=len(values) > 1,
        location_kb_id=location_kb_id,
    )


def _name_key(name: Any) -> str:
    return f"name:{_fold(str(name))}"


def _buckets(articles: Iterable[Article], lookback: timedelta) -> list[list[_Item]]:
    """The typed events of ``articles`` as items, one list per event type, each in a deterministic order
    (by first possible day, then article id and offset; undated items last)."""
    buckets: dict[str, list[_Item]] = {}
    for article in articles:
        for event in article.events or []:
            if not event.get("type"):
                continue
            period = _period(event.get("date"), event.get("date_precision"))
            article_dated = event.get("date_source") == "article" and period is not None
            if period is not None and article_dated:
                period = (period[0] - lookback, period[1])
            keys: set[str] = set()
            sets: list[frozenset[str]] = []
            for actor in event.get("actors") or []:
                own = _actor_keys(actor.get("kb_id"), actor.get("canonical"))
                if own:
                    keys |= own
                    sets.append(own)
            buckets.setdefault(str(event["type"]), []).append(_Item(
                article=article, event=event, lo=period[0] if period else None, hi=period[1] if period else None,
                precise=bool(period and period[0] == period[1]), actor_keys=frozenset(keys),
                place_key=_place_key(event), article_dated=article_dated, actor_sets=tuple(sets),
            ))
    for bucket in buckets.values():
        # Deterministic order whatever order the articles came in.
        bucket.sort(key=lambda it: (it.lo or date.max, it.article.id, int(it.event.get("start") or 0)))
    return list(buckets.values())


def _link_reference(bucket: list[_Item], groups: _Groups, window: timedelta, threshold: float) -> None:
    """The merge's definition, in quadratic time: every candidate pair of the bucket is scored, then the
    pairs that pass are united in the order (both day-precise first, first item, second item).

    Sweep: sorted by first day, so once a later event starts beyond this one's last day plus the window,
    no later event can be a candidate either. Day-precise pairs are united first so vaguer dates join an
    already-formed group rather than decide its shape."""
    dated = [i for i, it in enumerate(bucket) if it.lo is not None]
    pairs: list[tuple[int, int, int]] = []
    for pos, i in enumerate(dated):
        a = bucket[i]
        assert a.hi is not None
        for j in dated[pos + 1:]:
            b = bucket[j]
            assert b.lo is not None
            if b.lo - window > a.hi:
                break
            if _compatible(a, b, window) and pair_score(a, b, window) >= threshold:
                pairs.append((0 if a.precise and b.precise else 1, i, j))
    for _, i, j in sorted(pairs):
        groups.union(i, j)


def _place_tokens(item: _Item) -> tuple[str, ...]:
    """The keys under which ``_same_place`` can find this item's place: its own key and its folded name."""
    if item.place_key is None:
        return ()
    name = item.event.get("location")
    by_name = f"name:{_fold(str(name))}" if name else None
    return (item.place_key,) if by_name in (None, item.place_key) else (item.place_key, str(by_name))


Key = tuple[str, ...]


def _block_keys(actors: frozenset[str], tokens: tuple[str, ...], place_key: str | None,
                ) -> tuple[list[Key], list[Key]]:
    """The blocks an item with these actor keys and place tokens is filed under, and the blocks holding every
    item it may be ``_compatible`` with.

    Two events that name actors need one actor key in common and ``_same_place`` (equal place tokens, or no
    place on one side); two that name none need the same place key; one with actors and one without never
    pair. So an item with actors and a place is filed under (actor key, place token) for each pair and looks
    there and under (actor key, no place); one without a place looks at every item naming that actor."""
    if actors:
        ordered = sorted(actors)  # not the frozenset's order, which depends on the hash seed
        filed: list[Key] = [("any", k) for k in ordered]
        if tokens:
            at: list[Key] = [("at", k, t) for k in ordered for t in tokens]
            return filed + at, at + [("a-", k) for k in ordered]
        return filed + [("a-", k) for k in ordered], filed
    if place_key is not None:
        return [("p", place_key)], [("p", place_key)]
    return [], []


class _Block:
    """Items of one block, in bucket order, with pointers over runs of items already in one group."""

    __slots__ = ("nxt", "pos")

    def __init__(self) -> None:
        self.pos: list[int] = []
        # ``nxt[k]``: an index past ``k`` such that every item from ``k`` to before it is in ``k``'s group.
        # Groups only ever grow, so a pointer stays true once set; it is extended lazily, with path
        # compression, as runs of one group lengthen.
        self.nxt: list[int] = []


def _link(bucket: list[_Item], groups: _Groups, window: timedelta, threshold: float) -> None:
    """The same unions as ``_link_reference``, in the same order, without scoring every pair.

    Each item only looks at the blocks it can be compatible with (``_block_keys``), within the window
    after it. There, a pair whose two items already share a group is a no-op, and so is a pair whose
    groups have no common feasible day (refused now, refused forever: the feasible days of a group only
    shrink). Runs of items of one group are skipped whole; for every other group, only its first member
    (in bucket order) that passes the test matters: once united, its other members are in the item's
    group, and if that union is refused, so are theirs. The unions are then made in that members'
    order, which is the order ``_link_reference`` makes them in; day-precise pairs come first, as there."""
    n_dated = sum(1 for it in bucket if it.lo is not None)
    if n_dated < 2:
        return
    if any(it.lo is None for it in bucket[:n_dated]):
        # The undated items sort last, with any event of 31 December 9999: the definition copes with that.
        _link_reference(bucket, groups, window, threshold)
        return
    days = window.days
    los = [it.lo.toordinal() for it in bucket[:n_dated] if it.lo is not None]
    ends = [bisect_right(los, it.hi.toordinal() + days) for it in bucket[:n_dated] if it.hi is not None]
    # An item's blocks depend only on its "shape" (actor keys, place tokens): items are filed by shape, and
    # a block is the sorted union of the shapes filed under its key, among the day-precise items or the others.
    Shape = tuple[frozenset[str], tuple[str, ...], str | None]
    shapes: list[Shape] = []
    members: dict[tuple[bool, Shape], list[int]] = {}
    for i, it in enumerate(bucket[:n_dated]):
        shape = (it.actor_keys, _place_tokens(it), it.place_key)
        shapes.append(shape)
        members.setdefault((it.precise, shape), []).append(i)
    keys_of = {shape: _block_keys(*shape) for shape in dict.fromkeys(shapes)}  # distinct shapes, in item order
    filed: dict[tuple[bool, Key], list[Shape]] = {}
    for (precise, shape), _ in members.items():
        for key in keys_of[shape][0]:
            filed.setdefault((precise, key), []).append(shape)
    # Keys filing the same shapes (an actor's kb id and its name, a place's kb id and its name, usually)
    # share one block, scanned once.
    blocks: dict[tuple[bool, Key], _Block] = {}
    same: dict[tuple[bool, frozenset[Shape]], _Block] = {}
    for (precise, key), filed_shapes in filed.items():
        block = same.get((precise, frozenset(filed_shapes)))
        if block is None:
            block = same[(precise, frozenset(filed_shapes))] = _Block()
            block.pos = sorted(i for shape in filed_shapes for i in members[(precise, shape)])
            block.nxt = list(range(1, len(block.pos) + 1))
        blocks[(precise, key)] = block
    del filed, same
    # The distinct blocks an item scans, by its shape: among the day-precise items, among the others, both.
    targets_of: dict[Shape, tuple[list[_Block], list[_Block], list[_Block]]] = {}
    for shape, (_, scan) in keys_of.items():
        found: tuple[dict[int, _Block], dict[int, _Block]] = ({}, {})
        for key in scan:
            for kind, into in ((True, found[0]), (False, found[1])):
                block = blocks.get((kind, key))
                if block is not None:
                    into[id(block)] = block
        on_precise, on_vague = list(found[0].values()), list(found[1].values())
        targets_of[shape] = (on_precise, on_vague, on_precise + on_vague)
    parent, feasible = groups.parent, groups.feasible

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def run_end(pos: list[int], nxt: list[int], k: int, g: int) -> int:
        path = [k]
        e = nxt[k]
        n = len(pos)
        while e < n and find(pos[e]) == g:
            path.append(e)
            e = nxt[e]
        for p in path:
            nxt[p] = e
        return e

    none = n_dated  # larger than any position
    # Pass one: day-precise pairs (among the day-precise items). Pass two: every pair with a vaguer side.
    for precise_pass in (True, False):
        for i in (i for i in range(n_dated) if bucket[i].precise) if precise_pass else range(n_dated):
            end = ends[i]
            if end <= i + 1:
                continue
            a = bucket[i]
            among = targets_of[shapes[i]]
            targets = among[0] if precise_pass else among[1] if a.precise else among[2]
            if not targets:
                continue
            root = find(i)
            lo_i, hi_i = feasible[root]
            # An item starting after the group's last feasible day plus the window has no day in common
            # with it, nor has its group: stop there (the group may be narrower than the item's window).
            end = min(end, bisect_right(los, hi_i.toordinal() + days, i + 1, end))
            if end <= i + 1:
                continue
            first: dict[int, int] = {}  # other group -> its first member that passes the test with ``a``
            refused: set[int] = set()
            for block in targets:
                pos, nxt = block.pos, block.nxt
                k = bisect_right(pos, i)
                stop = bisect_left(pos, end, k)
                while k < stop:
                    j = pos[k]
                    g = find(j)
                    if g == root or g in refused or first.get(g, none) <= j:
                        k = nxt[k] if nxt[k] >= stop else run_end(pos, nxt, k, g)
                        continue
                    lo_g, hi_g = feasible[g]
                    if lo_g > hi_i or lo_i > hi_g:
                        refused.add(g)
                        k = nxt[k] if nxt[k] >= stop else run_end(pos, nxt, k, g)
                        continue
                    run_stop = run_end(pos, nxt, k, g)
                    last = min(run_stop, stop)
                    known = first.get(g, none)  # found in another block, further on
                    while k < last:
                        j = pos[k]
                        if j >= known:
                            break
                        b = bucket[j]
                        if _compatible(a, b, window) and pair_score(a, b, window) >= threshold:
                            first[g] = j
                            break
                        k += 1
                    k = run_stop
            for j in sorted(first.values()):
                groups.union(i, j)


LinkFunction = Callable[[list[_Item], _Groups, timedelta, float], None]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a merge allocates its hundreds of thousands of objects (none of
    them garbage until it returns): otherwise every few hundred allocations it traverses all of them again,
    which at 40k events took a fifth to a half of the merge, and nine tenths of building the articles it
    reads (``benchmarks/bench_timeline.py``). Collection resumes afterwards, unless it was already off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge(articles: Iterable[Article], link: LinkFunction, window_days: int, lookback_days: int,
           threshold: float) -> list[TimelineEntry]:
    window = timedelta(days=window_days)
    entries: list[TimelineEntry] = []
    for bucket in _buckets(articles, timedelta(days=lookback_days)):
        groups = _Groups(bucket, window)
        link(bucket, groups, window, threshold)
        members: dict[int, list[_Item]] = {}
        for i, item in enumerate(bucket):
            members.setdefault(groups.find(i), []).append(item)
        entries.extend(_entry(group) for group in members.values())

    def order(entry: TimelineEntry) -> tuple[int, str, str]:
        return (0 if entry.date else 1, entry.date or "", entry.id)

    return sorted(entries, key=order)


def merge_events(
    articles: Iterable[Article], *, window_days: int = DEFAULT_WINDOW_DAYS,
    lookback_days: int = DEFAULT_LOOKBACK_DAYS, threshold: float = DEFAULT_THRESHOLD,
) -> list[TimelineEntry]:
    """Merge the events of ``articles`` into timeline entries, sorted by date (undated last)."""
    with gc_paused():
        return _merge(articles, _link, window_days, lookback_days, threshold)


def merge_events_reference(
    articles: Iterable[Article], *, window_days: int = DEFAULT_WINDOW_DAYS,
    lookback_days: int = DEFAULT_LOOKBACK_DAYS, threshold: float = DEFAULT_THRESHOLD,
) -> list[TimelineEntry]:
    """``merge_events`` by its quadratic definition (every candidate pair scored): the same entries, kept to
    check the fast version against (tests, ``benchmarks/bench_timeline.py``)."""
    return _merge(articles, _link_reference, window_days, lookback_days, threshold)


# ``kibaru timeline -f csv`` and ``/api/events?format=csv``: one row per merged event, every report's article id.
CSV_COLUMNS = ("timeline_id", "date", "date_precision", "type", "actors", "location", "location_kb_id", "fatalities",
               "fatalities_disagree", "reports", "first_report_date", "first_report_outlet", "first_report_article_id",
               "article_ids", "evidence")


def csv_row(entry: TimelineEntry) -> tuple[str, ...]:
    """One merged event as a spreadsheet row (cells not yet protected against formulas: the writer does it)."""
    first = entry.first_report
    return (entry.id, entry.date or "", entry.date_precision or "", entry.type,
            "; ".join(str(a.get("canonical") or a.get("kb_id") or "?") for a in entry.actors),
            entry.location or "", entry.location_kb_id or "", "/".join(str(v) for v in entry.fatalities_values),
            "true" if entry.fatalities_disagree else "false", str(len(entry.reports)), first.date or "",
            first.outlet or "", first.article_id, "; ".join(r.article_id for r in entry.reports), first.evidence or "")
