"""Networks for Gephi: actor co-occurrence and interaction, outlet syndication (GraphML / GEXF).

**Actors** (undirected): one node per canonical actor (knowledge-base actor, or unlinked name),
with its type, kind, number of mentions and of articles, first and last article date it is seen
in, the quotes it is credited with and the narratives it voices (``quoted`` detections whose speaker
is the actor). An edge joins two actors that appear in the same article; it counts those articles,
the sentences where both appear, the events that involve both (with the event types) and the
quotes where one speaks and the other is named inside the quote, with first and last dates.
``weight`` is the number of articles (what Gephi sizes edges by).

**Outlets** (directed): one node per outlet with its article count, dates and the narratives it
carries in its own voice. An edge goes from the outlet that published a story first to each outlet
that republished it (same syndication cluster; first = earliest date, then ingest order), counting
the republished articles and the clusters, with first and last dates.

Attributes are strings, integers, floats or booleans only (GraphML and GEXF have no null and no
list): absent values are left out, lists are joined with ``"; "``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kibaru.errors import KibaruError
from kibaru.export.actors import ActorIndex, ActorRef
from kibaru.export.articles import GROUP_FIELD, group_cell
from kibaru.model import Article

if TYPE_CHECKING:
    import networkx as nx

GRAPHS: tuple[str, ...] = ("actors", "outlets")
GRAPH_FORMATS: tuple[str, ...] = ("graphml", "gexf")

# A sentence ends at . ! ? … (then any closing quotes/brackets, French-spaced or not) before whitespace, or
# at a line break. Good enough to say whether two mentions share a sentence in news prose.
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s*[»”\"')\]])*\s+|\n+")


def _networkx() -> Any:
    try:
        import networkx
    except ImportError as exc:
        raise KibaruError(f"graph exports need networkx: pip install 'kibaru[graph]' ({exc})") from exc
    return networkx


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start (always begins with 0)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _dates(first: str | None, last: str | None, date: str | None) -> tuple[str | None, str | None]:
    if not date:
        return first, last
    return (date if first is None or date < first else first), (date if last is None or date > last else last)


@dataclass
class _Node:
    ref: ActorRef
    mentions: int = 0
    articles: int = 0
    quotes: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    narratives: Counter[str] = field(default_factory=Counter)

    def seen(self, date: str | None) -> None:
        self.first_seen, self.last_seen = _dates(self.first_seen, self.last_seen, date)


@dataclass
class _Edge:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    quotes: int = 0
    event_types: Counter[str] = field(default_factory=Counter)
    first_seen: str | None = None
    last_seen: str | None = None
    delays: list[int] = field(default_factory=list)  # outlets graph: days first publication → copy, day-dated
    uncredited: int = 0  # outlets graph: copies crediting no source

    def seen(self, date: str | None) -> None:
        self.first_seen, self.last_seen = _dates(self.first_seen, self.last_seen, date)


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Only what GraphML/GEXF can hold: no None, no lists."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, list | tuple | set):
            if not value:
                continue
            value = "; ".join(str(v) for v in value)
        elif not isinstance(value, str | int | float | bool):
            value = str(value)
        out[key] = value
    return out


def _top(counter: Counter[str]) -> list[str]:
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def actor_graph(articles: Iterable[Article], actors: ActorIndex | None = None) -> nx.Graph:
    """Actor co-occurrence and interaction graph of ``articles``."""
    nx = _networkx()

    index = actors if actors is not None else ActorIndex()
    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, str], _Edge] = {}

    def node(ref: ActorRef) -> _Node:
        found = nodes.get(ref.key)
        if found is None:
            found = nodes[ref.key] = _Node(ref)
        return found

    def edge(a: str, b: str) -> _Edge:
        key = (a, b) if a < b else (b, a)
        found = edges.get(key)
        if found is None:
            found = edges[key] = _Edge()
        return found

    for article in articles:
        date = article.date
        starts = sentence_starts(article.text)
        in_article: dict[str, ActorRef] = {}
        by_sentence: dict[int, set[str]] = {}
        mentions: list[tuple[int, str]] = []
        for entity in article.entities:
            ref = index.of_entity(entity)
            if ref is None:
                continue
            n = node(ref)
            n.mentions += 1
            in_article.setdefault(ref.key, ref)
            start = entity.get("start")
            if isinstance(start, int):
                by_sentence.setdefault(bisect.bisect_right(starts, start) - 1, set()).add(ref.key)
                mentions.append((start, ref.key))
        for key in in_article:
            nodes[key].articles += 1
            nodes[key].seen(date)
        for a, b in combinations(sorted(in_article), 2):
            e = edge(a, b)
            e.articles += 1
            e.seen(date)
        for keys in by_sentence.values():
            for a, b in combinations(sorted(keys), 2):
                edge(a, b).sentences += 1
        for event in article.events:
            refs = {r.key: r for r in (index.ref(a.get("kb_id"), a.get("canonical"))
                                       for a in event.get("actors") or [] if isinstance(a, dict)) if r}
            for ref in refs.values():
                node(ref).seen(date)
            for a, b in combinations(sorted(refs), 2):
                e = edge(a, b)
                e.events += 1
                e.event_types[str(event.get("type"))] += 1
                e.seen(date)
        mentions.sort()
        for quote in article.quotes:
            speaker = index.ref(quote.get("speaker_kb_id"), quote.get("speaker"))
            if speaker is None:
                continue
            node(speaker).quotes += 1
            node(speaker).seen(date)
            lo, hi = quote.get("start"), quote.get("end")
            if not (isinstance(lo, int) and isinstance(hi, int)):
                continue
            named: set[str] = set()
            for start, key in mentions[bisect.bisect_left(mentions, (lo, "")):]:
                if start >= hi:
                    break
                named.add(key)
            named.discard(speaker.key)
            for other in sorted(named):
                e = edge(speaker.key, other)
                e.quotes += 1
                e.seen(date)
        for narrative in article.narratives:
            if narrative.get("voice") != "quoted":
                continue
            ref = index.ref(narrative.get("speaker_kb_id"), narrative.get("speaker"))
            if ref is not None and ref.actor is None:
                ref = _resolve_name(index, ref)
            if ref is not None:
                node(ref).narratives[str(narrative.get("id"))] += 1

    graph = nx.Graph(name="kibaru actors")
    for key, n in sorted(nodes.items()):
        actor = n.ref.actor
        graph.add_node(key, **_clean({
            "label": n.ref.name, "type": n.ref.type, "kind": actor.kind if actor else None,
            "kb_id": n.ref.kb_id, "wikidata": actor.wikidata if actor else None, "mentions": n.mentions,
            "articles": n.articles, "quotes": n.quotes, "first_seen": n.first_seen, "last_seen": n.last_seen,
            "narratives": _top(n.narratives), "narrative_detections": sum(n.narratives.values()),
        }))
    for (a, b), e in sorted(edges.items()):
        graph.add_edge(a, b, **_clean({
            "weight": e.articles, "articles": e.articles, "sentences": e.sentences, "events": e.events,
            "event_types": _top(e.event_types), "quotes": e.quotes, "first_seen": e.first_seen,
            "last_seen": e.last_seen,
        }))
    return graph


def _resolve_name(index: ActorIndex, ref: ActorRef) -> ActorRef:
    """A speaker given by name only: the KB actor when exactly one has that name or alias."""
    found = index.kb.lookup(ref.name)
    if len(found) == 1:
        return ActorRef(key=f"kb:{found[0].id}", name=found[0].name, actor=found[0])
    return ref


@dataclass
class _Outlet:
    articles: int = 0
    first_publications: int = 0
    republications: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    narratives: Counter[str] = field(default_factory=Counter)


def outlet_graph(articles: Iterable[Article]) -> nx.DiGraph:
    """Outlet syndication graph: first publisher → republisher, from republication clusters."""
    nx = _networkx()

    from statistics import median

    from kibaru.analyse.dedup import republication_delay
    from kibaru.export.tables import ClusterMember, first_member

    outlets: dict[str, _Outlet] = {}
    clusters: dict[str, list[ClusterMember]] = {}
    for seq, article in enumerate(articles):
        if article.cluster_id:
            member = ClusterMember(article.id, article.outlet, article.date, seq, article.attributed_source)
            clusters.setdefault(article.cluster_id, []).append(member)
        if not article.outlet:
            continue
        o = outlets.setdefault(article.outlet, _Outlet())
        o.articles += 1
        o.first_seen, o.last_seen = _dates(o.first_seen, o.last_seen, article.date)
        for n in article.narratives:
            if n.get("voice") == "author":
                o.narratives[str(n.get("id"))] += 1

    edges: dict[tuple[str, str], _Edge] = {}
    edge_clusters: dict[tuple[str, str], set[str]] = {}
    for cid, members in clusters.items():
        if len(members) < 2:
            continue
        first = first_member(members)
        if first.outlet:
            outlets[first.outlet].first_publications += 1
        for m in members:
            if m is first or not m.outlet:
                continue
            outlets[m.outlet].republications += 1
            if not first.outlet or first.outlet == m.outlet:
                continue
            key = (first.outlet, m.outlet)
            e = edges.setdefault(key, _Edge())
            e.articles += 1
            e.seen(m.date)
            delay = republication_delay(first.date, m.date)
            if delay is not None:
                e.delays.append(delay)
            if not (m.credit or "").strip():
                e.uncredited += 1
            edge_clusters.setdefault(key, set()).add(cid)

    graph = nx.DiGraph(name="kibaru outlets")
    for name, o in sorted(outlets.items()):
        graph.add_node(name, **_clean({
            "label": name, "articles": o.articles, "first_publications": o.first_publications,
            "republications": o.republications, "first_seen": o.first_seen, "last_seen": o.last_seen,
            "narratives": _top(o.narratives), "narrative_detections": sum(o.narratives.values()),
        }))
    for (a, b), e in sorted(edges.items()):
        graph.add_edge(a, b, **_clean({
            "weight": e.articles, "articles": e.articles, "clusters": len(edge_clusters[(a, b)]),
            "first_seen": e.first_seen, "last_seen": e.last_seen,
            # As the outlets page: median days over the copies both dated to the day (absent when none is).
            "median_delay_days": float(median(e.delays)) if e.delays else None, "timed_copies": len(e.delays),
            "uncredited_copies": e.uncredited,
        }))
    return graph


def build_graph(articles: Iterable[Article], graph: str, actors: ActorIndex | None = None) -> nx.Graph:
    if graph == "actors":
        return actor_graph(articles, actors)
    if graph == "outlets":
        return outlet_graph(articles)
    raise KibaruError(f"unknown graph {graph!r}; choose one of {', '.join(GRAPHS)}")


def write_graph(g: nx.Graph, fmt: str, out: Path) -> None:
    """Write ``g`` as GraphML or GEXF 1.2 (what Gephi opens). A graph attribute ``actor_group`` (``GROUP_FIELD``,
    set by :func:`export_graph` for an export selected by an actor group) is a graph ``<data>`` in GraphML and the
    ``<meta>``'s ``<description>`` (with the group's key as ``<keywords>``) in GEXF, whose graph element has no
    attributes of its own."""
    nx = _networkx()

    if fmt == "graphml":
        nx.write_graphml(g, str(out), encoding="utf-8")
    elif fmt == "gexf":
        from xml.etree.ElementTree import SubElement

        from networkx.readwrite.gexf import GEXFWriter

        label = g.graph.pop(GROUP_FIELD, None)  # not a GEXF graph attribute: the meta's description instead
        key = g.graph.pop(f"{GROUP_FIELD}_key", None)
        writer = GEXFWriter(encoding="utf-8", version="1.2draft")
        meta = writer.xml.find("meta")
        if label is not None and meta is not None:
            SubElement(meta, "keywords").text = str(key or "")
            SubElement(meta, "description").text = f"Articles selected by the actor group {label}"
        writer.add_graph(g)
        writer.write(str(out))
    else:
        raise KibaruError(f"graphs are written as graphml or gexf, not {fmt!r}")


def export_graph(articles: Iterable[Article], graph: str, fmt: str, out: Path | None,
                 actors: ActorIndex | None = None, *, group: Any = None) -> tuple[int, int]:
    """Build and write one graph; return (nodes, edges). ``group``: the actor group
    (``kibaru.analyse.groups.ActorGroup``) that selected the articles, labelled in the file (:func:`write_graph`)."""
    if out is None:
        raise KibaruError(f"{fmt} is written to a file: give one with -o")
    if fmt not in GRAPH_FORMATS:
        raise KibaruError(f"graphs are written as graphml or gexf, not {fmt!r}")
    g = build_graph(articles, graph, actors)
    if group is not None:
        g.graph[GROUP_FIELD] = group_cell(group)
        g.graph[f"{GROUP_FIELD}_key"] = group.key
    write_graph(g, fmt, out)
    return g.number_of_nodes(), g.number_of_edges()


def iter_edges(g: nx.Graph) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Edges in a stable order (for tests and diffs)."""
    yield from sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
