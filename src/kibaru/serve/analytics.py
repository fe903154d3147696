"""Read-only aggregate queries behind the actor, narrative, timeline, network and outlet views (and the report).

Built on the derived ``article_facets`` table (schema v3, on both backends) and the articles' JSON fields, in
the SQL that DuckDB and PostgreSQL share. Every value
from a request is a bound parameter. Functions take a cursor and a ``Scope`` (period, outlet) so the
report can reuse them for its chosen period.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from kibaru.analyse.timeline import TimelineEntry, gc_paused, merge_events, reaches_toll
from kibaru.export.actors import ActorFilter, PlaceFilter
from kibaru.model import Article
from kibaru.serve import dialect, queries
from kibaru.serve.dialect import Cursor
from kibaru.serve.labels import load as load_labels

# Most nodes drawn in a network: beyond ~80 labelled nodes a co-occurrence graph is unreadable on a laptop.
MAX_NODES = 80
DEFAULT_NODES = 40
# Strongest edges kept among the drawn nodes (the rest are noise at this size).
MAX_EDGES = 250
# Rows in rankings (co-occurring actors, outlets per narrative, evidence sentences).
TOP = 15
# Series drawn on one chart: more lines than this are unreadable; the rest go in the table.
MAX_SERIES = 6
# What a quote row needs of its article (``quotes``: who said what; the rest: where it was said).
QUOTE_COLUMNS = ("id", "outlet", "date", "title", "quotes")
# Technique × outlet table: the outlets shown (columns of a page table stay readable up to about ten).
MATRIX_OUTLETS = 10
# Actor ids per query when reading their entity labels (a bound-parameter list; the actors page lists 200).
LABEL_BATCH = 500
# Event-reporting articles merged at most for one timeline or actor page, which otherwise narrows itself to
# the latest months of its period. merge_events is near-linear (blocked candidate pairs): the 100k-article
# benchmark's 42.7k event-reporting articles merge whole (benchmarks/bench_timeline.py; RESULTS.md,
# Dashboard, "timeline merge that scales"), so the limit only matters from about a million articles, where
# a first load would otherwise take tens of seconds. (It was 2,000 while the merge was quadratic.)
MAX_TIMELINE_ARTICLES = 100_000
# Articles read to collect an actor's quotes or a narrative's evidence (newest / best first).
SAMPLE_ARTICLES = 60
# A group's page (/actors/group:…): quotes listed (oldest first, as /quotes, which pages the rest), speakers ranked,
# merged events listed (the rest on /timeline?actor=group:…). As the actor page's 40 quotes and 50 events.
GROUP_QUOTES = 40
GROUP_SPEAKERS = 15
GROUP_EVENTS = 50


@dataclass(slots=True, frozen=True)
class Scope:
    """The period and outlet a view is restricted to."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    narrative: str | None = None  # only articles carrying this narrative (the report's filter)

    def clauses(self, alias: str = "a") -> tuple[str, list[Any]]:
        parts, params = dialect.period(f"{alias}.date", self.since, self.until)
        if self.outlet:
            parts.append(f"{alias}.outlet = ?")
            params.append(self.outlet)
        if self.narrative:
            parts.append(f"{alias}.id IN (SELECT article_id FROM article_facets "
                         "WHERE facet = 'narrative' AND value = ?)")
            params.append(self.narrative)
        return "".join(f" AND {p}" for p in parts), params

    def params(self) -> dict[str, str]:
        return {k: v for k, v in (("since", self.since), ("until", self.until), ("outlet", self.outlet),
                                  ("narrative", self.narrative)) if v}


@functools.cache
def _kb() -> Any:
    try:
        from kibaru.kb import KnowledgeBase

        return KnowledgeBase.load()
    except Exception:
        return None


def warm_up() -> None:
    """Load what the first pages need (the knowledge base and its Wikidata index) before serving: the first page
    otherwise waited for it (6 s of the home page's first 7 on the project machine in session 21)."""
    _by_wikidata()


@functools.lru_cache(maxsize=1)
def _by_wikidata() -> dict[str, Any]:
    kb = _kb()
    found: dict[str, Any] = {}
    for actor in kb if kb is not None else ():
        if actor.wikidata:
            found.setdefault(actor.wikidata, actor)
    return found


def _actor(kb_id: str) -> Any:
    """The KB actor of a stored ``kb_id``: a KB id ("per:vladimir-putin") or a Wikidata id ("Q7747")."""
    kb = _kb()
    if kb is None:
        return None
    return kb.get(kb_id) or _by_wikidata().get(kb_id)


def actor_name(kb_id: str, fallback: str | None = None) -> str:
    actor = _actor(kb_id)
    return str(actor.name) if actor is not None else (fallback or kb_id)


def actor_info(kb_id: str) -> dict[str, Any]:
    actor = _actor(kb_id)
    if actor is None:
        return {"kb_id": kb_id, "name": kb_id, "type": None, "kind": None, "country": None, "wikidata": None,
                "aliases": []}
    return {"kb_id": kb_id, "name": actor.name, "type": actor.type, "kind": actor.kind, "country": actor.country,
            "wikidata": actor.wikidata, "aliases": list(actor.aliases[:8])}


def month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last of ``months`` (gaps filled so charts keep a true time axis)."""
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# ----- overview ----------------------------------------------------------------------------------


def articles_per_month(cur: Cursor, scope: Scope = Scope()) -> dict[str, int]:
    extra, params = scope.clauses("a")
    rows = cur.execute(
        f"SELECT {dialect.month('a.date')} AS m, count(*) FROM articles a WHERE length(a.date) >= 7 {extra} "
        "GROUP BY 1 ORDER BY 1", params).fetchall()
    return {r[0]: int(r[1]) for r in rows}


# ----- actors ------------------------------------------------------------------------------------


def actors(cur: Cursor, scope: Scope = Scope(), *, kind: str | None = None, q: str | None = None,
           limit: int = 200) -> list[dict[str, Any]]:
    """Actors by number of articles mentioning them."""
    extra, params = scope.clauses("a")
    kind_clause = ""
    if kind:
        kind_clause = " AND f.detail = ?"
        params.append(kind)
    rows = cur.execute(
        "SELECT f.value, max(f.label), max(f.detail), count(DISTINCT f.article_id) AS n, sum(f.n) AS mentions, "
        "min(a.date), max(a.date) FROM article_facets f JOIN articles a ON a.id = f.article_id "
        f"WHERE f.facet = 'actor'{extra}{kind_clause} GROUP BY f.value ORDER BY n DESC, f.value LIMIT ?",
        [*params, limit if not q else 100_000],
    ).fetchall()
    labels = _main_labels(cur, [r[0] for r in rows]) if not kind else {}
    out = [{"kb_id": r[0], "name": actor_name(r[0], r[1]), "label": labels.get(r[0], r[2]), "articles": int(r[3]),
            "mentions": int(r[4]), "first_date": r[5], "last_date": r[6]} for r in rows]
    if q:
        from kibaru.serve.queries import fold

        needle = fold(q)
        known = _named(q)
        out = [a for a in out if needle in fold(a["name"]) or needle in a["kb_id"].lower()
               or getattr(_actor(a["kb_id"]), "id", None) in known][:limit]
    return out


def _main_labels(cur: Cursor, values: list[str]) -> dict[str, str]:
    """Each actor's entity label as most of its mentions carry it (ties: alphabetical). ``max(label)`` gave
    MINUSMA « PER » for one mislabelled mention against fifteen « ORG »."""
    if not values:
        return {}
    best: dict[str, tuple[int, str]] = {}
    for start in range(0, len(values), LABEL_BATCH):
        chunk = values[start:start + LABEL_BATCH]
        rows = cur.execute(
            "SELECT value, detail, sum(n) FROM article_facets WHERE facet = 'actor' AND detail IS NOT NULL "
            f"AND value IN ({', '.join('?' for _ in chunk)}) GROUP BY 1, 2", chunk).fetchall()
        for value, label, n in rows:
            key = (int(n or 0), str(label))
            current = best.get(value)
            if current is None or key[0] > current[0] or (key[0] == current[0] and key[1] < current[1]):
                best[value] = key
    return {value: label for value, (_, label) in best.items()}


def _named(q: str) -> set[str]:
    """The KB actors a search names by an alias (« M. Lavrov », « Sergey Lavrov ») or a description (« le chef
    de la diplomatie russe », any date): the linker's lookups, so the actor search finds what the articles say."""
    kb = _kb()
    if kb is None:
        return set()
    return {a.id for a in (*kb.lookup(q), *kb.by_description(q, None))}


def other_actor_id(kb_id: str) -> str | None:
    """The other id of the same KB actor: its Wikidata id for a KB id ("gpe:mali" → "Q912") and back.

    Articles store whichever the linker gave, while exports and the notebook API name actors by KB id,
    so an id copied from an export must still open the actor."""
    actor = _actor(kb_id)
    if actor is None:
        return None
    return next((other for other in (actor.id, actor.wikidata) if other and other != kb_id), None)


def actor_detail(cur: Cursor, kb_id: str, scope: Scope = Scope(), *,
                 try_other_id: bool = True) -> dict[str, Any] | None:
    extra, params = scope.clauses("a")
    head = cur.execute(
        "SELECT count(DISTINCT f.article_id), sum(f.n), max(f.label), min(a.date), max(a.date) FROM article_facets f "
        f"JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' AND f.value = ?{extra}", [kb_id, *params]
    ).fetchone()
    spoke = cur.execute(
        "SELECT count(DISTINCT f.article_id) FROM article_facets f JOIN articles a ON a.id = f.article_id "
        f"WHERE f.facet = 'speaker' AND f.value = ?{extra}", [kb_id, *params]).fetchone()
    if not head or (not head[0] and not (spoke and spoke[0])):
        other = other_actor_id(kb_id) if try_other_id else None
        return actor_detail(cur, other, scope, try_other_id=False) if other else None
    info = actor_info(kb_id)
    if info["name"] == kb_id and head[2]:
        info["name"] = head[2]
    per_month = cur.execute(
        f"SELECT {dialect.month('a.date')}, count(DISTINCT a.id), sum(f.n) FROM article_facets f "
        "JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' AND f.value = ? "
        f"AND length(a.date) >= 7{extra} "
        "GROUP BY 1 ORDER BY 1", [kb_id, *params]).fetchall()
    co = cur.execute(
        "SELECT g.value, max(g.label), count(DISTINCT g.article_id) AS n FROM article_facets f "
        "JOIN article_facets g ON g.article_id = f.article_id AND g.facet = 'actor' AND g.value <> f.value "
        f"JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' AND f.value = ?{extra} "
        "GROUP BY g.value ORDER BY n DESC, g.value LIMIT ?", [kb_id, *params, TOP]).fetchall()
    narr = cur.execute(
        "SELECT g.value, g.detail, count(DISTINCT g.article_id) AS n FROM article_facets f "
        "JOIN article_facets g ON g.article_id = f.article_id AND g.facet = 'narrative' "
        f"JOIN articles a ON a.id = f.article_id WHERE f.facet IN ('actor', 'speaker') AND f.value = ?{extra} "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2", [kb_id, *params]).fetchall()
    # Quotes and narratives voiced: read from the articles where the actor speaks (newest first).
    rows = cur.execute(
        "SELECT a.id, a.title, a.date, a.outlet, a.quotes, a.narratives FROM articles a WHERE a.id IN "
        f"(SELECT article_id FROM article_facets WHERE facet = 'speaker' AND value = ?){extra} "
        "ORDER BY a.date DESC NULLS LAST, a.ingest_seq DESC LIMIT ?", [kb_id, *params, SAMPLE_ARTICLES]).fetchall()
    quotes: list[dict[str, Any]] = []
    voiced: Counter[str] = Counter()
    for aid, title, date, outlet, quotes_json, narratives_json in rows:
        for qt in json.loads(quotes_json or "[]"):
            if isinstance(qt, dict) and qt.get("speaker_kb_id") == kb_id:
                quotes.append({"article_id": aid, "title": title, "date": date, "outlet": outlet,
                               "text": qt.get("text"), "cue": qt.get("cue"), "direct": qt.get("direct"),
                               "start": qt.get("start")})
        for nar in json.loads(narratives_json or "[]"):
            if isinstance(nar, dict) and nar.get("voice") == "quoted" and kb_id in (
                    nar.get("speaker_kb_id"), nar.get("speaker")):
                voiced[str(nar.get("id"))] += 1
    labels = load_labels()
    by_narrative: dict[str, dict[str, Any]] = {}
    for nid, voice, n in narr:
        row = by_narrative.setdefault(nid, {"id": nid, "label": labels.narrative(nid), "author": 0, "quoted": 0,
                                            "voiced": voiced.get(nid, 0)})
        row["author" if voice == "author" else "quoted"] += int(n)
    for nid, n in voiced.items():
        by_narrative.setdefault(nid, {"id": nid, "label": labels.narrative(nid), "author": 0, "quoted": 0,
                                      "voiced": n})
    since = recent_since(cur, scope, kb_id)
    event_scope = Scope(since=since, until=scope.until, outlet=scope.outlet, narrative=scope.narrative) if since \
        else scope
    events = list(timeline(cur, event_scope, actor=kb_id))[:50]
    return {
        **info,
        "articles": int(head[0] or 0), "mentions": int(head[1] or 0), "first_date": head[3], "last_date": head[4],
        "quoted_in": int(spoke[0]) if spoke else 0,
        "per_month": {r[0]: (int(r[1]), int(r[2])) for r in per_month if r[0]},
        "co_actors": [{"kb_id": r[0], "name": actor_name(r[0], r[1]), "articles": int(r[2])} for r in co],
        "narratives": sorted(by_narrative.values(), key=lambda r: -(r["author"] + r["quoted"] + r["voiced"])),
        "quotes": quotes[:40],
        "events": events, "events_since": since, "groups": groups_of(kb_id),
    }


# ----- quotes ------------------------------------------------------------------------------------


@functools.cache
def _actor_index() -> Any:
    from kibaru.export.actors import ActorIndex

    kb = _kb()
    return ActorIndex(kb) if kb is not None else None


def actor_facet_values(actor: str) -> tuple[str, ...]:
    """The ``actor`` facet values an analyst's actor filter stands for: the KB id and the Wikidata id of every
    actor the KB knows by that id, name, alias or dated role (``ActorIndex.named``: « Wagner », « M. Lavrov »,
    ``gpe:mali`` for articles the linker stored as ``Q912``), plus the value as typed. The search page and
    ``/api/articles`` then select what ``kibaru articles --actor`` selects for a name the KB knows."""
    wanted = actor.strip()
    values = {wanted}
    index = _actor_index()
    if index is not None and wanted:
        for actor_id in index.named(wanted):
            known = index.get(actor_id)
            if known is not None:
                values.update(v for v in (known.id, known.wikidata) if v)
    return tuple(sorted(values))


def actor_trend(cur: Cursor, names: list[str], scope: Scope = Scope()) -> dict[str, Any]:
    """Several actors side by side (« Russie vs France per month »): for each name as the analyst writes it (KB id,
    Wikidata id, name, alias or role, resolved as the search page's actor filter), the articles naming it per month,
    with every month's articles in all (``total``, to read a share). ``name`` is the KB's name of the actor, else the
    name as written; ``known`` says whether the KB knows it. Months of the articles dated at least to the month."""
    extra, params = scope.clauses("a")
    series: list[dict[str, Any]] = []
    index = _actor_index()
    for wanted in names:
        group = index.group(wanted) if index is not None else None
        if group is not None:  # an actor group: labelled as one, its members listed, dated members at their dates
            condition, members = group_condition(group)
            rows = cur.execute(
                f"SELECT {dialect.month('a.date')}, count(DISTINCT a.id) FROM article_facets f "
                f"JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' AND ({condition}) "
                f"AND length(a.date) >= 7{extra} GROUP BY 1 ORDER BY 1", [*members, *params]).fetchall()
            series.append({"query": wanted, "name": group.label, "kb_id": None, "known": True,
                           "group": group.to_dict(), "per_month": {r[0]: int(r[1]) for r in rows if r[0]}})
            continue
        values = actor_facet_values(wanted)
        ids = sorted(index.named(wanted.strip())) if index is not None and wanted.strip() else []
        name = actor_name(ids[0], wanted.strip()) if len(ids) == 1 else wanted.strip()
        rows = cur.execute(
            f"SELECT {dialect.month('a.date')}, count(DISTINCT a.id) FROM article_facets f "
            "JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' "
            f"AND f.value IN ({', '.join('?' for _ in values)}) AND length(a.date) >= 7{extra} GROUP BY 1 ORDER BY 1",
            [*values, *params]).fetchall()
        series.append({"query": wanted, "name": name, "kb_id": ids[0] if len(ids) == 1 else None,
                       "known": bool(ids), "group": None, "per_month": {r[0]: int(r[1]) for r in rows if r[0]}})
    total = articles_per_month(cur, scope)
    months = month_range([m for s in series for m in s["per_month"]])
    return {"months": months, "total": [total.get(m, 0) for m in months],
            "series": [{**s, "articles": [s["per_month"].get(m, 0) for m in months],
                        "sum": sum(s["per_month"].values())} for s in series]}


def actor_groups() -> list[Any]:
    """The actor groups an analyst may ask for (defaults and $KIBARU_GROUPS's); none without a KB."""
    from kibaru.analyse.groups import iter_groups

    kb = _kb()
    return list(iter_groups(kb)) if kb is not None else []


def actor_group(wanted: str) -> Any:
    """The group ``wanted`` (« group:russia ») names; a ConfigError naming the groups for an unknown one."""
    from kibaru.analyse.groups import group_of

    return group_of(wanted, _kb())


def group_condition(group: Any, value: str = "f.value", date: str = "a.date") -> tuple[str, list[Any]]:
    """SQL keeping the ``actor`` facet rows (``value``) of an actor group's members, a dated member (a minister)
    only in articles dated (``date``) while they held the role, and its parameters."""
    undated = sorted({v for m in group.members if not m.dated for v in m.values})
    parts = [dialect.in_list(value, len(undated))]
    params: list[Any] = [*undated]
    for member in (m for m in group.members if m.dated):
        period, bounds = dialect.period(date, member.since, member.until)
        parts.append(f"({dialect.in_list(value, len(member.values))}{''.join(' AND ' + p for p in period)})")
        params += [*member.values, *bounds]
    return " OR ".join(parts), params


def groups_of(kb_id: str) -> list[dict[str, Any]]:
    """The actor groups the actor ``kb_id`` (project or Wikidata id) belongs to, each with why and, for a dated
    member, the dates it counts (an actor page's links to its groups' pages). None listed when the groups file cannot
    be read: the actor's page does not depend on it."""
    from kibaru.errors import ConfigError

    index = _actor_index()
    actor = index.actor(kb_id) if index is not None else None
    if actor is None:
        return []
    try:
        groups = actor_groups()
    except ConfigError:
        return []
    return [{"key": g.key, "label": g.label, "why": m.why, "since": m.since, "until": m.until}
            for g in groups for m in g.members if m.actor_id == actor.id]


def quote_params(params: dict[str, str | None]) -> str:
    """A query string of the values given (None and empty left out), URL-encoded."""
    from urllib.parse import urlencode

    return urlencode({k: v for k, v in params.items() if v})


def group_links(kb_id: str) -> list[tuple[str, str]]:
    """The pages of the groups ``kb_id`` belongs to, once each: (href, label) — the search facets' links."""
    return list(dict.fromkeys((f"/actors/{quote(g['key'])}", g["label"]) for g in groups_of(kb_id)))


def group_href(wanted: str | None) -> str | None:
    """The page of the actor group ``wanted`` names (« group:russia » → /actors/group%3Arussia), else None."""
    index = _actor_index()
    group = index.group(wanted) if index is not None and wanted else None
    return f"/actors/{quote(group.key)}" if group is not None else None


def group_detail(cur: Cursor, group: Any, scope: Scope = Scope()) -> dict[str, Any]:
    """An actor group's page (``/actors/group:russia``): its members with their date windows and the articles each
    counts for, and for the group as a whole — a dated member only in articles of its term, as every group filter
    (:func:`group_condition`) — the articles and mentions per month, the outlets naming it most (with their articles
    in the period, to read a share), its quotes (:func:`quote_page` with ``speaker=group:…``: the ``/quotes`` rows),
    who speaks for it, and its merged events (:func:`timeline` with ``actor=group:…``)."""
    extra, params = scope.clauses("a")
    condition, values = group_condition(group)
    source = (f"FROM article_facets f JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' "
              f"AND ({condition}){extra}")
    where = [*values, *params]
    # One scan of the group's facet rows for the whole page's figures: the article rows (each with its mentions and a
    # flag per member, within the member's own dates), then the totals, the months and the outlets as three grouping
    # sets of them (four scans before, 0.6 s of SQL at 50,000 articles).
    flags: list[str] = []
    member_params: list[Any] = []
    for member in group.members:
        period, bounds = dialect.period("a.date", member.since, member.until)
        flags.append(f"max(CASE WHEN {dialect.in_list('f.value', len(member.values))}"
                     f"{''.join(' AND ' + p for p in period)} THEN 1 ELSE 0 END) AS m{len(flags)}")
        member_params += [*member.values, *bounds]
    rows = cur.execute(
        f"SELECT t.month, t.outlet, GROUPING(t.month, t.outlet), count(*), sum(t.n), min(t.date), max(t.date)"
        f"{''.join(f', sum(t.m{i})' for i in range(len(flags)))} "
        f"FROM (SELECT a.id, a.date, a.outlet, {dialect.month('a.date')} AS month, sum(f.n) AS n"
        f"{''.join(', ' + c for c in flags)} {source} GROUP BY a.id, a.date, a.outlet) t "
        "GROUP BY GROUPING SETS ((), (t.month), (t.outlet))", [*member_params, *where]).fetchall()
    head = next((r[3:7] for r in rows if r[2] == 3), None)
    counts = next((r[7:] for r in rows if r[2] == 3), ())
    per_month = sorted((r[0], r[3], r[4]) for r in rows if r[2] == 1 and r[0])
    outlets = sorted(((r[1], int(r[3])) for r in rows if r[2] == 2 and r[1]), key=lambda o: (-o[1], o[0]))[:TOP]
    names = [r[0] for r in outlets]
    totals = dict(cur.execute(
        f"SELECT a.outlet, count(*) FROM articles a WHERE {dialect.in_list('a.outlet', len(names))}{extra} "
        "GROUP BY 1", [*names, *params]).fetchall()) if names else {}
    found, quoted = quote_page(cur, scope, group.key, None, GROUP_QUOTES, 0)
    since = recent_since(cur, scope)
    event_scope = Scope(since=since, until=scope.until, outlet=scope.outlet, narrative=scope.narrative) if since \
        else scope
    events = timeline(cur, event_scope, actor=group.key)
    described = group.to_dict()
    for member, n in zip(described["members"], counts, strict=False):
        member["articles"] = int(n or 0)
        # The search page's query for the articles counted: the member within its dates and the page's period.
        since = max(filter(None, (scope.since, member["since"])), default=None)
        until = min(filter(None, (scope.until, member["until"])), default=None)
        member["search"] = quote_params({"actor": member["actor_id"], "since": since, "until": until,
                                         "outlet": scope.outlet})
    return {
        **described, "articles": int(head[0] or 0) if head else 0, "mentions": int(head[1] or 0) if head else 0,
        "first_date": head[2] if head else None, "last_date": head[3] if head else None,
        "per_month": {r[0]: (int(r[1]), int(r[2] or 0)) for r in per_month if r[0]},
        "outlets": [{"outlet": o, "articles": int(n), "outlet_total": int(totals.get(o, 0)),
                     "share": int(n) / int(totals[o]) if totals.get(o) else 0.0} for o, n in outlets],
        "quotes": found, "quotes_total": quoted,
        "speakers": speaker_ranking(cur, scope, group.key, None, GROUP_SPEAKERS),
        "events": events[:GROUP_EVENTS], "events_total": len(events), "events_since": since,
    }


def quotes(cur: Cursor, scope: Scope = Scope(), speaker: str | None = None, about: str | None = None) -> list[Any]:
    """Who said what (``/api/quotes``): the rows of :func:`kibaru.analyse.quotes.quotes_by_date` over the stored
    articles — the same rows as ``kibaru quotes`` and ``kibaru.open().quotes()`` — every one of them (a page:
    :func:`quote_page`). Read from the ``quotes`` table (schema v8) when the database has it."""
    return quote_page(cur, scope, speaker, about)[0]


def has_quotes_table(cur: Cursor) -> bool:
    """Whether the database has the v8 ``quotes`` table (an older file opened read-only has not)."""
    row = cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'quotes'").fetchone()
    return bool(row and row[0])


def quote_page(cur: Cursor, scope: Scope = Scope(), speaker: str | None = None, about: str | None = None,
               limit: int | None = None, offset: int = 0) -> tuple[list[Any], int]:
    """One page of :func:`quotes` (``limit`` None: all from ``offset``) and the number of quotes in all. On the
    ``quotes`` table the database sorts and pages when the KB knows the speaker and the ``about`` actor asked for
    (or none is asked for); a name the KB does not know narrows the rows in SQL, then matches as ``kibaru quotes``
    does in Python (few rows: those whose names contain it)."""
    index = _actor_index()
    if index is None:
        return [], 0
    if not has_quotes_table(cur):
        return _window(_quotes_from_articles(cur, scope, speaker, about, index), limit, offset)
    query = _QuoteQuery(cur, scope, speaker, about, index)
    if not query.exact:
        return _window(query.findings(), limit, offset)
    window = "" if limit is None else " LIMIT ? OFFSET ?"
    rows = cur.execute(
        f"SELECT {_QUOTE_SELECT} {query.source} ORDER BY a.date IS NULL, coalesce(a.date, ''), a.ingest_seq, q.ord"
        + (window or " OFFSET ?"), [*query.params, *((limit, offset) if limit is not None else (offset,))]).fetchall()
    found = [f for row in rows if (f := query.finding(row)) is not None]
    if offset == 0 and (limit is None or len(rows) < limit):
        return found, offset + len(found)
    total = cur.execute(f"SELECT count(*) {query.source}", query.params).fetchone()
    return found, int(total[0]) if total else 0


def _window(found: list[Any], limit: int | None, offset: int) -> tuple[list[Any], int]:
    """A page of quotes matched in Python (``limit`` None: all from ``offset``) and how many there are in all."""
    return found[offset:None if limit is None else offset + limit], len(found)


def _unknown_speaker_ids(cur: Cursor, index: Any) -> list[Any]:
    """The speaker ids the ``quotes`` table holds that this KB does not know (linked by another KB version): such a
    speaker is compared by its written name, as one never linked."""
    return [k for (k,) in cur.execute("SELECT DISTINCT speaker_kb_id FROM quotes WHERE speaker_kb_id IS NOT NULL")
            .fetchall() if index.actor(str(k)) is None]


@contextlib.contextmanager
def _quotes_table_cursor(storage: Any) -> Iterator[Cursor | None]:
    """A read cursor on ``storage`` when its ``quotes`` table can answer (the table exists and a KB loads), else
    None: the callers then read the articles, as before schema v8."""
    if _actor_index() is None:
        yield None
        return
    with storage.read_cursor() as raw:
        cur = Cursor(raw, dialect.for_backend(storage.backend))
        yield cur if has_quotes_table(cur) else None


def quotes_of_storage(storage: Any, scope: Scope = Scope(), speaker: str | None = None,
                      about: str | None = None, limit: int | None = None) -> list[Any] | None:
    """``kibaru quotes`` and ``kibaru.open().quotes()`` on a ``Storage``: the rows of :func:`quotes` read from the
    ``quotes`` table (the same rows, in the same order, as :func:`kibaru.analyse.quotes.quotes_by_date` over the
    selected articles); None when the database has no table (older than v8, opened read-only) or no KB loads — the
    caller then reads the articles, as before."""
    with _quotes_table_cursor(storage) as cur:
        return None if cur is None else quote_page(cur, scope, speaker, about, limit)[0]  # the first ``limit``


def speakers_of_storage(storage: Any, scope: Scope = Scope(), speaker: str | None = None, about: str | None = None,
                        limit: int | None = None) -> tuple[list[dict[str, Any]], int] | None:
    """``kibaru quotes --by-speaker`` on a ``Storage``: :func:`speaker_ranking` and the number of quotes ranked,
    counted by the database from the ``quotes`` table; None without the table (or a KB), as
    :func:`quotes_of_storage`."""
    with _quotes_table_cursor(storage) as cur:
        if cur is None:
            return None
        return speaker_ranking(cur, scope, speaker, about, limit), quote_page(cur, scope, speaker, about, limit=0)[1]


def speaker_ranking(cur: Cursor, scope: Scope = Scope(), speaker: str | None = None, about: str | None = None,
                    limit: int | None = None) -> list[dict[str, Any]]:
    """Who is quoted (the quotes of :func:`quotes` with these filters), most quoted first: the rows of
    :func:`kibaru.analyse.quotes.speaker_counts`. On the ``quotes`` table the database counts per speaker (rows:
    one per speaker, not per quote)."""
    from kibaru.analyse.quotes import speaker_counts

    index = _actor_index()
    if index is None:
        return []
    if not has_quotes_table(cur):
        return speaker_counts(_quotes_from_articles(cur, scope, speaker, about, index))[:limit]
    query = _QuoteQuery(cur, scope, speaker, about, index)
    if not query.exact:
        return speaker_counts(query.findings())[:limit]
    # A speaker is its KB actor (its Wikidata or project id, whichever the quote carries), else its written name.
    unknown = _unknown_speaker_ids(cur, index)
    key = (f"CASE WHEN q.speaker_kb_id IS NULL OR {dialect.in_list('q.speaker_kb_id', len(unknown))} "
           "THEN '~' || coalesce(q.speaker, '') ELSE q.speaker_kb_id END")
    params = [*unknown, *query.params]
    rows: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    merged: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    keys: dict[str, tuple[str | None, str | None]] = {}
    for value, n, articles, stories in cur.execute(
            f"SELECT {key} AS k, count(*), count(DISTINCT q.article_id), count(DISTINCT q.story) {query.source} "
            "GROUP BY 1", params).fetchall():
        value = str(value)
        actor = None if value.startswith("~") else index.actor(value)
        written = value[1:] if value.startswith("~") else None
        ident = (actor.id if actor is not None else None, None if actor is not None else (written or None))
        ref = index.ref(None, written) if actor is None else None
        keys[value] = ident
        merged[ident].append(value)
        row = rows.setdefault(ident, {"speaker_actor_id": ident[0],
                                      "speaker": actor.name if actor is not None else (ref.name if ref else written)
                                      or None, "quotes": 0, "articles": 0, "outlets": set(), "stories": 0})
        row["quotes"] += int(n)
        row["articles"] += int(articles)
        row["stories"] += int(stories)
    for ident, values in merged.items():  # one actor quoted under both its ids: count its articles and stories once
        if len(values) > 1:
            both = cur.execute(f"SELECT count(DISTINCT q.article_id), count(DISTINCT q.story) {query.source} "
                               f"AND {dialect.in_list('q.speaker_kb_id', len(values))}",
                               [*query.params, *values]).fetchone()
            if both:
                rows[ident]["articles"], rows[ident]["stories"] = int(both[0]), int(both[1])
    for value, outlet in cur.execute(f"SELECT {key} AS k, a.outlet {query.source} AND a.outlet <> '' GROUP BY 1, 2",
                                     params).fetchall():
        rows[keys[str(value)]]["outlets"].add(outlet)
    out = [{**r, "outlets": sorted(r["outlets"])} for r in rows.values()]
    out.sort(key=lambda r: (-r["quotes"], r["speaker"] is None, str(r["speaker"] or "")))
    return out[:limit]


_QUOTE_SELECT = ("a.id, a.outlet, a.date, a.title, q.q_start, q.q_end, q.text, q.speaker, q.speaker_kb_id, q.cue, "
                 "q.direct, q.mentions")


@functools.lru_cache(maxsize=256)
def _kb_ids_named_like(needle: str) -> tuple[str, ...]:
    """The ids (project and Wikidata) of the KB actors whose name contains ``needle`` (folded): with the written
    names, what an unknown name can match (``ActorQuery.matches`` compares it with the KB's name of a linked actor)."""
    from kibaru.export.actors import fold

    kb = _kb()
    if kb is None or not needle:
        return ()
    return tuple(sorted({i for a in kb if needle in fold(a.name) for i in (a.id, a.wikidata) if i}))


@functools.lru_cache(maxsize=256)
def _kb_ids_named_like_exactly(needle: str) -> tuple[str, ...]:
    """The ids (project and Wikidata) that the actor index resolves to a KB actor whose name contains ``needle``
    (folded): a mention linked to one of them is ``needle``'s by ``ActorQuery.matches`` (which compares the name of
    ``index.actor(id)``; a Wikidata id two KB actors share resolves to one of them only)."""
    from kibaru.export.actors import fold

    kb, index = _kb(), _actor_index()
    if kb is None or index is None or not needle:
        return ()
    return tuple(sorted({i for a in kb for i in (a.id, a.wikidata)
                         if i and (known := index.actor(i)) is not None and needle in fold(known.name)}))


class _QuoteQuery:
    """The ``quotes`` table rows a quotes view reads: ``source`` (FROM … WHERE …, with ``params``) and how a row
    becomes a :class:`~kibaru.analyse.quotes.QuoteFinding`. ``exact``: SQL selects exactly the quotes (any speaker;
    an ``about`` the KB knows, or none); otherwise (an ``about`` name the KB does not know, compared with the names of
    the mentions) it selects a superset that :meth:`finding` narrows."""

    def __init__(self, cur: Cursor, scope: Scope, speaker: str | None, about: str | None, index: Any) -> None:
        from kibaru.analyse.quotes import ActorQuery

        self.cur, self.index = cur, index
        self.who = ActorQuery(speaker, index) if speaker else None
        self.topic = ActorQuery(about, index) if about else None
        extra, scope_params = scope.clauses("a")
        parts: list[str] = []
        params: list[Any] = []
        self.exact = True
        if self.who is not None and self.who.group is not None:  # its members, a minister only during their term
            condition, values = group_condition(self.who.group, "q.speaker_kb_id")
            parts.append(f"({condition})")
            params += values
        elif self.who is not None:
            exact = self.exact  # ``_ids`` clears it for an unknown name; the SQL below matches a speaker's exactly
            ids, needle = self._ids(self.who)
            part = dialect.in_list("q.speaker_kb_id", len(ids))
            if needle is not None:
                # A name the KB does not know matches the KB name of a linked speaker (its ids: ``ids``) or the written
                # name of a speaker the KB does not know (unlinked, or linked by another KB version): exactly
                # ``ActorQuery.matches``, so the database pages it too (/quotes?speaker=témoins read every such
                # quote in Python: 1.6 s at 375k quotes).
                unknown = _unknown_speaker_ids(cur, index)
                written = (f"(q.speaker_kb_id IS NULL OR {dialect.in_list('q.speaker_kb_id', len(unknown))}) "
                           "AND strpos(q.speaker_folded, ?) > 0") if needle else "FALSE"
                part = f"({part} OR ({written}))"
                params += [*ids, *(unknown if needle else []), *([needle] if needle else [])]
                self.exact = exact
            else:
                params += ids
            parts.append(part)
        if self.topic is not None and self.topic.group is not None:
            ors, values = [], []
            for member in self.topic.group.members:
                period, bounds = dialect.period("a.date", member.since, member.until)
                ors.append("(" + " OR ".join("strpos(q.about_ids, ?) > 0" for _ in member.values) + ")"
                           + "".join(f" AND {p}" for p in period))
                values += [*(f" {v} " for v in member.values), *bounds]
            parts.append(f"q.q_start IS NOT NULL AND ({' OR '.join(ors)})")
            params += values
        elif self.topic is not None:
            exact = self.exact  # ``_ids`` clears it for an unknown name; the EXISTS below selects its quotes exactly
            ids, needle = self._ids(self.topic)
            ors = [*("strpos(q.about_ids, ?) > 0" for _ in ids),
                   *(["strpos(q.about_folded, ?) > 0"] if needle is not None else [])]
            parts.append(f"q.q_start IS NOT NULL AND ({' OR '.join(ors) or 'FALSE'})")
            params += [*(f" {i} " for i in ids), *([needle] if needle is not None else [])]
            if needle:
                # A name the KB does not know: a mention inside the quote whose KB actor's name contains it (its
                # ids), whose id as stored is the name as typed, or — unlinked, or linked by another KB version —
                # whose written name contains it: exactly ``ActorQuery.matches`` on ``index.of_entity``, so the
                # database pages and counts it too (it narrowed the rows, then matched them in Python).
                named = _kb_ids_named_like_exactly(needle)
                unknown = self._unknown_mention_ids(needle)
                parts.append(
                    f"EXISTS (SELECT 1 FROM {cur.dialect.quote_mentions('q')} WHERE "
                    f"{dialect.in_list('m.k', len(named))} OR (m.k = ? AND m.n <> '') OR "
                    f"((m.k IS NULL OR m.k = '' OR {dialect.in_list('m.k', len(unknown))}) "
                    "AND strpos(m.n, ?) > 0))")
                params += [*named, self.topic.query, *unknown, needle]
                self.exact = exact
        where = "".join(f" AND {p}" for p in parts)
        self.source = f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE TRUE{where}{extra}"
        self.params = [*params, *scope_params]

    def _unknown_mention_ids(self, needle: str) -> list[str]:
        """The linked ids of the mentions that may match ``needle`` by their written name (the rows whose names
        contain it) which this KB does not know (linked by another KB version): compared by name, as unlinked."""
        found = {i for (ids,) in self.cur.execute("SELECT DISTINCT about_ids FROM quotes WHERE strpos(about_folded, ?) "
                                                 "> 0 AND about_ids <> ''", [needle]).fetchall()
                 for i in str(ids).split()}
        return sorted(i for i in found if self.index.actor(i) is None)

    def _ids(self, wanted: Any) -> tuple[list[str], str | None]:
        """The linked ids that select ``wanted``'s quotes, and the folded name to look for in the written names
        (None when the KB knows ``wanted``: its ids alone select them exactly). A name the KB does not know gives a
        superset: the KB actors whose name contains it, the id as typed, the written names containing it."""
        ids = sorted({i for a in (self.index.get(x) for x in wanted.actor_ids) if a for i in (a.id, a.wikidata) if i})
        if ids:
            return ids, None
        self.exact = False
        return sorted({*_kb_ids_named_like(wanted.needle), *([wanted.query] if wanted.query else [])}), wanted.needle

    def finding(self, row: tuple[Any, ...]) -> Any:
        """The quote of a row of ``_QUOTE_SELECT``, or None when the speaker or ``about`` does not match."""
        from kibaru.analyse.quotes import Mention, QuoteFinding

        aid, outlet, date, title, lo, hi, text, speaker, kb_id, cue, direct, mentions = row
        ref = self.index.ref(kb_id, speaker)
        # The SQL of an exact query selected the speaker's quotes already (a group's 35 members per row otherwise:
        # ux25, 112,204 quotes of group:russia); tests/test_quotes_table.py checks it against the Python match.
        if self.who is not None and not self.exact and not self.who.matches(ref, kb_id, date):
            return None
        named: list[Mention] = []
        if self.topic is not None:
            for m in json.loads(mentions or "[]"):
                mention = self.index.of_entity(m)
                if self.topic.matches(mention, m.get("kb_id"), date):
                    named.append(Mention(str(m["text"]), mention.actor.id if mention and mention.actor else None,
                                         int(m["start"]), int(m["end"])))
            if not named:
                return None
        return QuoteFinding(
            article_id=str(aid), outlet=outlet, date=date, title=title,
            start=None if lo is None else int(lo), end=None if hi is None else int(hi), text=str(text or ""),
            speaker=speaker, speaker_actor_id=ref.actor.id if ref and ref.actor else None,
            speaker_name=ref.name if ref else speaker, cue=cue, direct=direct,
            about=tuple(sorted(named, key=lambda m: m.start)))

    def findings(self) -> list[Any]:
        """Every quote selected, in :func:`quotes_by_date`'s order."""
        rows = self.cur.execute(f"SELECT {_QUOTE_SELECT} {self.source} ORDER BY a.date IS NULL, "
                                "coalesce(a.date, ''), a.ingest_seq, q.ord", self.params).fetchall()
        return [f for row in rows if (f := self.finding(row)) is not None]


def _quotes_from_articles(cur: Cursor, scope: Scope, speaker: str | None, about: str | None, index: Any) -> list[Any]:
    """:func:`quotes` on a database without the ``quotes`` table (older than schema v8, opened read-only): the
    articles that quote someone, read whole. Only the articles whose ``speaker`` facet is the speaker's actor are
    read when the KB knows it."""
    from kibaru.analyse.quotes import ActorQuery, quotes_by_date
    from kibaru.store.rows import article_from_row

    extra, params = scope.clauses("a")
    ids = sorted({i for a in (index.get(x) for x in ActorQuery(speaker, index).actor_ids) if a
                  for i in (a.id, a.wikidata) if i}) if speaker else []
    where = (f"a.id IN (SELECT article_id FROM article_facets WHERE facet = 'speaker' "
             f"AND value IN ({', '.join('?' for _ in ids)}))") if ids else "a.quotes <> '[]'"
    columns = [*QUOTE_COLUMNS, *(("entities", "text") if about else ())]
    c = cur.execute(
        f"SELECT {', '.join('a.' + c for c in columns)} FROM articles a WHERE {where}{extra} "
        "ORDER BY a.ingest_seq", [*ids, *params])
    articles = (article_from_row(dict(zip(columns, row, strict=True))) for row in c.fetchall())
    return quotes_by_date(articles, speaker, about, index)


def group_note(wanted: str | None, field: str = "Acteur") -> str | None:
    """The pages' line naming an actor group and its members when ``wanted`` is one (« group:russia »), else None."""
    index = _actor_index()
    group = index.group(wanted) if index is not None and wanted else None
    if group is None:
        return None
    return f"{field} : « {group.key} » est un groupe d'acteurs, comptés ensemble : {group.describe()}."


def unknown_name_note(wanted: str, field: str) -> str | None:
    """The pages' French line for a name the KB does not know (None when it knows it; as the CLI's stderr note):
    such a name only matches inside the written names, so a misspelling silently finds nothing. For an actor group
    (« group:russia »), the line naming it and its members."""
    index = _actor_index()
    if index is None or not wanted.strip():
        return None
    if index.group(wanted) is not None:  # never merged silently: the page says which actors the group counts
        return group_note(wanted, field)
    if index.named(wanted.strip()):
        return None
    close = index.close_names(wanted)
    hint = (" Vouliez-vous dire " + " ou ".join(f"« {a.name} »" for a in close) + " ?") if close else ""
    return (f"{field} : « {wanted.strip()} » n'est pas un nom que la base de connaissances connaît ; il n'est "
            f"cherché que dans les noms écrits dans les articles.{hint}")


def quote_speakers(found: list[Any]) -> list[dict[str, Any]]:
    """Who is quoted in ``found``, most quoted first (:func:`kibaru.analyse.quotes.speaker_counts`)."""
    from kibaru.analyse.quotes import speaker_counts

    return speaker_counts(found)


# ----- narratives --------------------------------------------------------------------------------


def narratives(cur: Cursor, scope: Scope = Scope()) -> list[dict[str, Any]]:
    """Each narrative found: articles by voice, outlets, first and last dates."""
    extra, params = scope.clauses("a")
    rows = cur.execute(
        "SELECT f.value, count(DISTINCT f.article_id) FILTER (WHERE f.detail = 'author'), "
        "count(DISTINCT f.article_id) FILTER (WHERE f.detail = 'quoted'), count(DISTINCT f.article_id) AS n, "
        "count(DISTINCT a.outlet), min(a.date), max(a.date), max(f.score) FROM article_facets f "
        f"JOIN articles a ON a.id = f.article_id WHERE f.facet = 'narrative'{extra} GROUP BY 1 ORDER BY n DESC, 1",
        params).fetchall()
    labels = load_labels()
    return [{"id": r[0], "label": labels.narrative(r[0]), "family": labels.families.get(
        labels.narrative_family.get(r[0], "other"), ""), "author": int(r[1]), "quoted": int(r[2]),
        "articles": int(r[3]), "outlets": int(r[4]), "first_date": r[5], "last_date": r[6],
        "max_score": r[7]} for r in rows]


def narrative_prevalence(cur: Cursor, scope: Scope = Scope(), narrative: str | None = None,
                         by: str = "voice") -> dict[str, dict[str, int]]:
    """Articles per month carrying ``narrative`` (any when None), split ``by`` voice, outlet or narrative."""
    extra, params = scope.clauses("a")
    key = {"voice": "f.detail", "outlet": "coalesce(a.outlet, '?')", "narrative": "f.value"}[by]
    narrative_clause = ""
    if narrative:
        narrative_clause = " AND f.value = ?"
        params = [narrative, *params]
    rows = cur.execute(
        f"SELECT {key} AS k, {dialect.month('a.date')} AS m, count(DISTINCT a.id) FROM article_facets f "
        f"JOIN articles a ON a.id = f.article_id WHERE f.facet = 'narrative'{narrative_clause} "
        f"AND length(a.date) >= 7{extra} GROUP BY 1, 2 ORDER BY 1, 2", params).fetchall()
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for k, m, n in rows:
        out[str(k)][m] = int(n)
    return dict(out)


def narrative_outlets(cur: Cursor, narrative: str, scope: Scope = Scope()) -> list[dict[str, Any]]:
    extra, params = scope.clauses("a")
    rows = cur.execute(
        "SELECT a.outlet, count(DISTINCT a.id) FILTER (WHERE f.detail = 'author'), "
        "count(DISTINCT a.id) FILTER (WHERE f.detail = 'quoted'), count(DISTINCT a.id) AS n, "
        "(SELECT count(*) FROM articles b WHERE b.outlet IS NOT DISTINCT FROM a.outlet) "
        "FROM article_facets f JOIN articles a ON a.id = f.article_id "
        f"WHERE f.facet = 'narrative' AND f.value = ?{extra} GROUP BY a.outlet ORDER BY n DESC, a.outlet LIMIT ?",
        [narrative, *params, 50]).fetchall()
    return [{"outlet": r[0], "author": int(r[1]), "quoted": int(r[2]), "articles": int(r[3]), "outlet_total": int(r[4]),
             "share": (int(r[3]) / int(r[4])) if r[4] else 0.0} for r in rows]


def narrative_evidence(cur: Cursor, narrative: str, scope: Scope = Scope(),
                       voice: str | None = None, limit: int = 30) -> list[dict[str, Any]]:
    """The best-scored evidence sentences of ``narrative`` with their article."""
    extra, params = scope.clauses("a")
    voice_clause = ""
    if voice:
        voice_clause = " AND detail = ?"
    rows = cur.execute(
        "SELECT a.id, a.title, a.date, a.outlet, a.narratives, f.score FROM articles a JOIN ("
        "SELECT article_id, max(score) AS score FROM article_facets WHERE facet = 'narrative' AND value = ?"
        f"{voice_clause} GROUP BY 1) f ON f.article_id = a.id WHERE TRUE{extra} "
        "ORDER BY f.score DESC NULLS LAST, a.date DESC NULLS LAST LIMIT ?",
        [narrative, *([voice] if voice else []), *params, SAMPLE_ARTICLES]).fetchall()
    out: list[dict[str, Any]] = []
    for aid, title, date, outlet, narratives_json, _ in rows:
        for nar in json.loads(narratives_json or "[]"):
            if not isinstance(nar, dict) or nar.get("id") != narrative or (voice and nar.get("voice") != voice):
                continue
            for ev in nar.get("evidence") or []:
                if isinstance(ev, dict) and ev.get("text"):
                    out.append({"article_id": aid, "title": title, "date": date, "outlet": outlet,
                                "text": ev["text"], "start": ev.get("start"), "voice": nar.get("voice"),
                                "score": nar.get("score"), "speaker": nar.get("speaker")})
    out.sort(key=lambda e: -(e["score"] if isinstance(e["score"], int | float) else 0))
    return out[:limit]


def techniques(cur: Cursor, scope: Scope = Scope()) -> list[dict[str, Any]]:
    """Each technique found: articles and passages, in all and by voice (``author``: the outlet's own words;
    ``quoted``: inside a quote of an actor; an article can count in both voices, so they do not add up to
    ``articles``)."""
    extra, params = scope.clauses("a")
    quoted = "f.detail = 'quoted'"
    rows = cur.execute(
        "SELECT f.value, count(DISTINCT f.article_id) AS n, sum(f.n), "
        f"count(DISTINCT CASE WHEN NOT ({quoted}) OR f.detail IS NULL THEN f.article_id END), "
        f"count(DISTINCT CASE WHEN {quoted} THEN f.article_id END), "
        f"sum(CASE WHEN {quoted} THEN 0 ELSE f.n END), sum(CASE WHEN {quoted} THEN f.n ELSE 0 END) "
        "FROM article_facets f "
        f"JOIN articles a ON a.id = f.article_id WHERE f.facet = 'technique'{extra} GROUP BY 1 ORDER BY n DESC, 1",
        params).fetchall()
    labels = load_labels()
    return [{"id": r[0], "label": labels.technique(r[0]), "articles": int(r[1]), "spans": int(r[2]),
             "author": int(r[3]), "quoted": int(r[4]), "author_spans": int(r[5] or 0),
             "quoted_spans": int(r[6] or 0)} for r in rows]


def techniques_by_outlet(cur: Cursor, scope: Scope = Scope(), voice: str | None = "author",
                         max_outlets: int = MATRIX_OUTLETS) -> dict[str, Any]:
    """Technique × outlet: the articles of each outlet carrying each technique in ``voice`` (``author``: the
    outlet's own words; ``quoted``; None: either), with the outlet's articles in all (to read a share). Outlets with
    the most such articles first (at most ``max_outlets``), techniques by their total."""
    extra, params = scope.clauses("a")
    in_voice = " AND f.detail = ?" if voice else ""
    rows = cur.execute(
        "SELECT a.outlet, f.value, count(DISTINCT f.article_id) FROM article_facets f JOIN articles a "
        f"ON a.id = f.article_id WHERE f.facet = 'technique' AND a.outlet IS NOT NULL AND a.outlet <> ''{in_voice}"
        f"{extra} GROUP BY 1, 2", [*([voice] if voice else []), *params]).fetchall()
    cells: dict[tuple[str, str], int] = {(r[0], r[1]): int(r[2]) for r in rows}
    per_outlet: Counter[str] = Counter()
    per_technique: Counter[str] = Counter()
    for (outlet, technique), n in cells.items():
        per_outlet[outlet] += n
        per_technique[technique] += n
    outlets = [o for o, _ in sorted(per_outlet.items(), key=lambda kv: (-kv[1], kv[0]))][:max_outlets]
    totals = cur.execute(
        f"SELECT a.outlet, count(*) FROM articles a WHERE a.outlet IS NOT NULL{extra} GROUP BY 1", params).fetchall()
    articles = {r[0]: int(r[1]) for r in totals}
    labels = load_labels()
    techniques = [t for t, _ in sorted(per_technique.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"voice": voice, "outlets": [{"outlet": o, "articles": articles.get(o, 0)} for o in outlets],
            "techniques": [{"id": t, "label": labels.technique(t),
                            "articles": [cells.get((o, t), 0) for o in outlets]} for t in techniques]}


# ----- timeline ----------------------------------------------------------------------------------


def _naming_actor(actor_kb: str) -> tuple[str, list[str]]:
    """A clause keeping the articles that name ``actor_kb`` in an entity or in an event (``event_actor``: an
    event actor no entity names, Mali from « maliennes »), under either id of the actor ("gpe:mali" or "Q912"),
    and its parameters."""
    ids = [actor_kb, *filter(None, [other_actor_id(actor_kb)])]
    return (" AND a.id IN (SELECT article_id FROM article_facets WHERE facet IN ('actor', 'event_actor') "
            f"AND value IN ({', '.join('?' for _ in ids)}))"), ids


def _event_articles(cur: Cursor, scope: Scope, event_type: str | None = None,
                    actor_kb: str | None = None) -> list[Article]:
    extra, params = scope.clauses("a")
    if event_type:
        extra += " AND a.id IN (SELECT article_id FROM article_facets WHERE facet = 'event_type' AND value = ?)"
        params.append(event_type)
    if actor_kb:
        clause, ids = _naming_actor(actor_kb)
        extra += clause
        params.extend(ids)
    rows = cur.execute(
        f"SELECT a.id, a.outlet, a.date, a.events FROM articles a WHERE a.events <> '[]'{extra} ORDER BY a.id",
        params).fetchall()
    return [Article(id=r[0], source_path=None, text="", content_hash="", outlet=r[1], date=r[2],
                    events=json.loads(r[3] or "[]")) for r in rows]


def recent_since(cur: Cursor, scope: Scope = Scope(), actor_kb: str | None = None,
                 limit: int | None = None) -> str | None:
    """The earliest month from which the event-reporting articles in ``scope`` (naming ``actor_kb``) stay
    within ``limit`` (default ``MAX_TIMELINE_ARTICLES``), or None when all of them do: what the timeline
    merges on a large database."""
    limit = MAX_TIMELINE_ARTICLES if limit is None else limit
    extra, params = scope.clauses("a")
    if actor_kb:
        clause, ids = _naming_actor(actor_kb)
        extra += clause
        params.extend(ids)
    rows = cur.execute(
        f"SELECT {dialect.month('a.date')} AS m, count(*) FROM articles a WHERE a.events <> '[]'{extra} "
        "GROUP BY 1 ORDER BY m DESC NULLS LAST", params).fetchall()
    if sum(int(r[1]) for r in rows) <= limit:
        return None
    total = 0
    since = None
    for month, n in rows:
        if month is None or total + int(n) > limit:
            break
        total += int(n)
        since = month
    return since or (rows[0][0] if rows and rows[0][0] else None)


def event_article_count(cur: Cursor, scope: Scope = Scope()) -> int:
    extra, params = scope.clauses("a")
    row = cur.execute(f"SELECT count(*) FROM articles a WHERE a.events <> '[]'{extra}", params).fetchone()
    return int(row[0]) if row else 0


def merged_events(cur: Cursor, scope: Scope = Scope(), *, event_type: str | None = None,
                  actor_kb: str | None = None) -> list[TimelineEntry]:
    """The merged events of the articles in the scope (cached per database: the dashboard's database is
    read-only). ``event_type`` / ``actor_kb`` merge only the articles reporting such an event / naming that
    actor (in an entity or an event), so a page that shows one type or one actor does not read and merge all
    of them (for an actor, events linked only through another actor's reports are then left apart)."""
    key = (_db_key(cur), scope, event_type, actor_kb)
    cached = _TIMELINE_CACHE.get(key)
    if cached is None:
        with gc_paused():  # reading tens of thousands of articles' events allocates as much as merging them
            cached = merge_events(_event_articles(cur, scope, event_type, actor_kb))
        if len(_TIMELINE_CACHE) > 32:
            _TIMELINE_CACHE.clear()
        _TIMELINE_CACHE[key] = cached
    return cached


_KB_ID = re.compile(r"^(Q\d+|[a-z]+:[a-z0-9-]+)$")
_TIMELINE_CACHE: dict[tuple[str, Scope, str | None, str | None], list[TimelineEntry]] = {}
_NETWORK_CACHE: dict[tuple[Any, ...], list[tuple[str, str, int]]] = {}


def _db_key(cur: Cursor) -> str:
    """What the cached views depend on: new articles raise the count and the highest ``ingest_seq``; an
    ingest that only updates existing articles keeps both but stamps them with its run (``last_run``)."""
    row = cur.execute("SELECT current_database(), (SELECT count(*) FROM articles), "
                      "(SELECT coalesce(max(ingest_seq), 0) FROM articles), "
                      "(SELECT coalesce(max(last_run), 0) FROM articles)").fetchone()
    return repr(row)


def timeline(cur: Cursor, scope: Scope = Scope(), *, type: str | None = None,
             actor: str | None = None, place: str | None = None, disagree_only: bool = False,
             min_fatalities: int | None = None) -> list[TimelineEntry]:
    index = _actor_index() if actor or place else None
    wanted = ActorFilter(actor, index) if actor and index is not None else None
    where = PlaceFilter(place, index) if place else None  # without a KB: part of the location's name, as before
    # A KB id narrows the articles read; an actor group (« group:russia ») is matched on the merged events.
    kb_actor = actor if actor and _KB_ID.match(actor) and not actor.startswith("group:") else None
    out = []
    for e in merged_events(cur, scope, event_type=type, actor_kb=kb_actor):
        if type and e.type != type:
            continue
        if wanted is not None and not wanted.any_of(e.actors, e.date):
            continue
        if where is not None and not where.matches(e.location, e.location_kb_id):
            continue
        if disagree_only and not e.fatalities_disagree:
            continue
        if not reaches_toll(e.fatalities_values, min_fatalities):
            continue
        out.append(e)
    return out


def event_types(cur: Cursor, scope: Scope = Scope()) -> list[tuple[str, int]]:
    extra, params = scope.clauses("a")
    rows = cur.execute(
        "SELECT f.value, sum(f.n) AS n FROM article_facets f JOIN articles a ON a.id = f.article_id "
        f"WHERE f.facet = 'event_type'{extra} GROUP BY 1 ORDER BY n DESC, 1", params).fetchall()
    return [(r[0], int(r[1])) for r in rows]


# ----- networks ----------------------------------------------------------------------------------


def cooccurrence(cur: Cursor, scope: Scope = Scope(), kinds: tuple[str, ...] = ("PER", "ORG"),
                 ) -> list[tuple[str, str, int]]:
    """Pairs of actors named in the same article, with the number of such articles (cached per database)."""
    key = (_db_key(cur), scope, kinds)
    cached = _NETWORK_CACHE.get(key)
    if cached is not None:
        return cached
    extra, params = scope.clauses("a")
    rows = cur.execute(
        "WITH m AS (SELECT f.article_id, f.value FROM article_facets f JOIN articles a ON a.id = f.article_id "
        f"WHERE f.facet = 'actor' AND {dialect.in_list('f.detail', len(kinds))}{extra}) "
        "SELECT x.value, y.value, count(*) AS n FROM m x JOIN m y ON x.article_id = y.article_id AND x.value < y.value "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 20000", [*kinds, *params]).fetchall()
    result = [(r[0], r[1], int(r[2])) for r in rows]
    if len(_NETWORK_CACHE) > 32:
        _NETWORK_CACHE.clear()
    _NETWORK_CACHE[key] = result
    return result


def _spring(nodes: list[str], edges: list[tuple[str, str, float]], seed: int) -> dict[str, tuple[float, float]]:
    import networkx as nx

    if len(nodes) == 1:
        return {nodes[0]: (0.5, 0.5)}
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for a, b, w in edges:
        g.add_edge(a, b, weight=w)
    pos = nx.spring_layout(g, seed=seed, weight="weight", k=1.4 / max(1, len(nodes)) ** 0.5, iterations=150)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {n: ((float(p[0]) - x0) / ((x1 - x0) or 1), (float(p[1]) - y0) / ((y1 - y0) or 1)) for n, p in pos.items()}


def layout(nodes: list[str], edges: list[tuple[str, str, float]], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Spring layout (networkx) scaled into [0, 1]², deterministic for a given graph. The largest connected
    component fills the left of the drawing; smaller ones are stacked in a column on its right (laid out
    together, a spring layout flings them to the corners)."""
    import networkx as nx

    if not nodes:
        return {}
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from(edges)
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    main, rest = parts[0], parts[1:]
    right = 0.78 if rest else 1.0
    out: dict[str, tuple[float, float]] = {}
    for n, (x, y) in _spring(main, [e for e in edges if e[0] in set(main)], seed).items():
        out[n] = (x * (right - (0.14 if rest else 0.12)), y)
    # Lone nodes and small groups: one cell each in the right-hand column.
    cells = max(1, len(rest))
    for i, comp in enumerate(rest):
        members = set(comp)
        local = _spring(comp, [e for e in edges if e[0] in members], seed)
        top, height = i / cells, 1 / cells
        for n, (x, y) in local.items():
            out[n] = (right + 0.06 * x, top + height * (0.15 + 0.7 * y))
    return out


_KIND_GROUP = {"PER": 0, "ORG": 1, "LOC": 2, "GPE": 2, "MISC": 3, "EVENT": 4}


def actor_network(cur: Cursor, scope: Scope = Scope(), *, max_nodes: int = DEFAULT_NODES,
                  kinds: tuple[str, ...] = ("PER", "ORG"), min_weight: int = 1) -> dict[str, Any]:
    """The co-occurrence graph of the ``max_nodes`` actors with the highest weighted degree."""
    max_nodes = max(2, min(MAX_NODES, max_nodes))
    pairs = [p for p in cooccurrence(cur, scope, kinds) if p[2] >= min_weight]
    degree: Counter[str] = Counter()
    for a, b, n in pairs:
        degree[a] += n
        degree[b] += n
    keep = [k for k, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]]
    kept = set(keep)
    edges = [(a, b, n) for a, b, n in pairs if a in kept and b in kept][:MAX_EDGES]
    pos = layout(keep, [(a, b, float(n)) for a, b, n in edges])
    kinds_of = dict(cur.execute(
        "SELECT value, max(detail) FROM article_facets WHERE facet = 'actor' "
        f"AND {dialect.in_list('value', len(keep))} GROUP BY 1",
        keep).fetchall()) if keep else {}
    nodes = []
    for k in keep:
        name = actor_name(k)
        nodes.append({"id": k, "label": name, "x": pos[k][0], "y": pos[k][1], "size": degree[k],
                      "group": _KIND_GROUP.get(str(kinds_of.get(k)), 5), "href": f"/actors/{k}",
                      "title": f"{name} — {degree[k]} co-occurrences"})
    names = {n["id"]: n["label"] for n in nodes}
    return {"nodes": nodes, "edges": [{"source": a, "target": b, "weight": n,
                                       "title": f"{names[a]} – {names[b]} : {n} articles"} for a, b, n in edges],
            "total_actors": len(degree), "total_pairs": len(pairs)}


def syndication_graph(pairs: list[dict[str, Any]], max_nodes: int = MAX_NODES) -> dict[str, Any]:
    """Outlets as nodes, "republished from" as directed edges weighted by clusters."""
    degree: Counter[str] = Counter()
    for p in pairs:
        degree[p["original"] or "?"] += p["clusters"]
        degree[p["republisher"] or "?"] += p["clusters"]
    keep = [k for k, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]]
    kept = set(keep)
    edges = [(p["original"] or "?", p["republisher"] or "?", p["clusters"]) for p in pairs
             if (p["original"] or "?") in kept and (p["republisher"] or "?") in kept
             and (p["original"] or "?") != (p["republisher"] or "?")]
    pos = layout(keep, [(a, b, float(n)) for a, b, n in edges])
    first: Counter[str] = Counter()
    for p in pairs:
        first[p["original"] or "?"] += p["clusters"]
    nodes = [{"id": k, "label": k, "x": pos[k][0], "y": pos[k][1], "size": degree[k],
              "group": 1 if first[k] * 2 >= degree[k] else 0,
              "href": f"/search?outlet={quote(k)}" if k != "?" else None,
              "title": f"{k} : {first[k]} reprises de ses articles, {degree[k] - first[k]} reprises d'autres"}
             for k in keep]
    return {"nodes": nodes, "edges": [{"source": a, "target": b, "weight": n,
                                       "title": f"{b} reprend {a} : {n} groupes"} for a, b, n in edges]}


def search_filters(*, q: str | None = None, outlet: str | None = None, since: str | None = None,
                   until: str | None = None, cluster: str | None = None, actor: str | None = None,
                   coactor: str | None = None, narrative: str | None = None, voice: str | None = None,
                   event_type: str | None = None, technique: str | None = None, sort: str | None = None,
                   no_outlet: bool = False, credit: str | None = None) -> queries.Filters:
    """A search's filters (``queries.Filters``) with the facet values and groups its actors stand for: the one
    constructor behind the search page, /api/articles and ``kibaru export``'s search options, so that the export
    command a search shows selects the same articles. Empty strings are no filter."""
    return queries.Filters(q=q or None, outlet=outlet or None, since=since or None, until=until or None,
                           cluster=cluster or None, actor=actor or None, narrative=narrative or None,
                           voice=voice or None, event_type=event_type or None, technique=technique or None,
                           sort=sort or None, coactor=coactor or None, no_outlet=no_outlet, credit=credit or None,
                           actor_values=actor_facet_values(actor) if actor else (),
                           coactor_values=actor_facet_values(coactor) if coactor else (),
                           actor_group=actor_group(actor) if actor else None,
                           coactor_group=actor_group(coactor) if coactor else None)
