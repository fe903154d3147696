"""kibaru from Python: ``kibaru.open(db)`` for notebooks and scripts.

    import kibaru

    with kibaru.open("kibaru.duckdb") as kb:
        for article in kb.articles(narrative="france-neocolonial", since="2023", limit=5):
            print(article.date, article.outlet, article.title)
        df = kb.articles_df(outlet="Sahel Matin")          # pandas DataFrame (needs pandas)
        quotes = kb.table("quotes")                         # one row per quote, joinable on article_id
        timeline = kb.events(type="attack", since="2023")   # merged real-world events

The database is opened read-only, so a notebook can read while ``kibaru ingest`` is not running.
Records are :class:`kibaru.model.Article` objects (fields named as in the article contract).
pandas and networkx are imported only by the methods that need them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kibaru.errors import KibaruError
from kibaru.export.actors import ActorFilter, ActorIndex, PlaceFilter
from kibaru.export.select import Selection, select
from kibaru.export.tables import SCHEMAS, TABLES, iter_rows
from kibaru.model import Article, export_record
from kibaru.store import open_storage

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from kibaru.analyse.quotes import QuoteFinding
    from kibaru.analyse.timeline import TimelineEntry
    from kibaru.ingest.reenrich import EnrichSummary

__all__ = ["Kibaru", "enrich", "open"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise KibaruError(f"DataFrames need pandas: pip install 'kibaru[notebook]' ({exc})") from exc
    return pandas


def check_event_type(value: str | None) -> str | None:
    """An event type filter: an unknown type would silently select nothing, so it is refused with the known
    ones (``KibaruError``). The one check behind ``kb.events(type=…)``, ``kibaru events --type`` and
    ``/api/events?type=``."""
    from kibaru.enrich.events import CAMEO  # the types of shared/spec/events.md

    if value and value not in CAMEO:
        raise KibaruError(f"unknown event type {value!r}; choose one of {', '.join(CAMEO)}")
    return value


class Kibaru:
    """A read-only handle on one kibaru database. Use :func:`open`."""

    def __init__(self, db: str | Path | None = None) -> None:
        self.storage = open_storage(str(db) if db is not None else None, read_only=True)
        self._actors: ActorIndex | None = None

    @property
    def actors(self) -> ActorIndex:
        """The knowledge-base index used to resolve actors (loaded on first use)."""
        if self._actors is None:
            self._actors = ActorIndex()
        return self._actors

    def _selection(self, q: str | None, outlet: str | None, since: str | None, until: str | None,
                   narrative: str | Sequence[str] | None, actor: str | None, limit: int | None,
                   technique: str | Sequence[str] | None = None, voice: str | None = None,
                   credit: str | None = None) -> Selection:
        narratives = (narrative,) if isinstance(narrative, str) else tuple(narrative or ())
        techniques = (technique,) if isinstance(technique, str) else tuple(technique or ())
        return Selection(since=since, until=until, outlet=outlet, narratives=narratives, techniques=techniques,
                         voice=voice, actor=actor, q=q, limit=limit, credit=credit,
                         _actors=self._actors if actor is None else self.actors)

    # --- articles ------------------------------------------------------------------------

    def articles(self, q: str | None = None, outlet: str | None = None, since: str | None = None,
                 until: str | None = None, narrative: str | Sequence[str] | None = None, actor: str | None = None,
                 limit: int | None = None, *, technique: str | Sequence[str] | None = None,
                 voice: str | None = None, credit: str | None = None) -> Iterator[Article]:
        """Articles in ingest order. ``q``: words that must all occur in the title or text (case and
        accents ignored); ``since``/``until``: YYYY[-MM[-DD]]; ``narrative``: a narrative id (or
        several: any of them); ``actor``: a KB id, a Wikidata QID or part of an actor's name;
        ``technique``: a persuasion-technique id (or several); ``voice``: "author" or "quoted", the voice
        the narrative and/or technique asked for must be in (alone: some narrative in that voice); ``credit``: part
        of the credited source (« Source : TASS »), case and accents ignored."""
        return select(self.storage, self._selection(q, outlet, since, until, narrative, actor, limit, technique, voice,
                                                    credit))

    def articles_df(self, q: str | None = None, outlet: str | None = None, since: str | None = None,
                    until: str | None = None, narrative: str | Sequence[str] | None = None,
                    actor: str | None = None, limit: int | None = None, *, nested: bool = False,
                    technique: str | Sequence[str] | None = None, voice: str | None = None,
                    credit: str | None = None) -> pd.DataFrame:
        """The same articles as a DataFrame: one row per article (the ``articles`` table columns), or
        with ``nested=True`` the contract's fields, list-valued ones as Python lists."""
        pandas = _pandas()
        found = self.articles(q, outlet, since, until, narrative, actor, limit, technique=technique, voice=voice,
                              credit=credit)
        if nested:
            return pandas.DataFrame([export_record(a) for a in found])
        rows = [row for _, row in iter_rows(found, ["articles"])]
        return pandas.DataFrame(rows, columns=SCHEMAS["articles"].names)

    def get(self, article_id: str) -> Article | None:
        """One article, with ``enrichment`` (what enriched it) as :meth:`articles` gives it."""
        from kibaru.ingest.provenance import with_records

        article = self.storage.get_article(article_id)
        return next(with_records(self.storage, [article])) if article else None

    # --- tables --------------------------------------------------------------------------

    def rows(self, name: str, **filters: Any) -> list[dict[str, Any]]:
        """The rows of one analyst table (see :mod:`kibaru.export.tables`) as dicts."""
        if name not in TABLES:
            raise KibaruError(f"unknown table {name!r}; choose one of {', '.join(TABLES)}")
        found = self.articles(**filters)
        return [row for _, row in iter_rows(found, [name], actors=self.actors)]

    def table(self, name: str, **filters: Any) -> pd.DataFrame:
        """One analyst table as a DataFrame (``entities``, ``quotes``, ``events``, ``narratives``,
        ``techniques``, ``stance``, ``clusters``, ``articles``); ``filters`` as for :meth:`articles`."""
        pandas = _pandas()
        return pandas.DataFrame(self.rows(name, **filters), columns=SCHEMAS[name].names)

    # --- quotes ---------------------------------------------------------------------------

    def quotes(self, speaker: str | None = None, about: str | None = None, outlet: str | None = None,
               since: str | None = None, until: str | None = None) -> list[QuoteFinding]:
        """Who said what, oldest first: the quotes said by ``speaker`` that name ``about`` inside the quote
        (each a KB id, a Wikidata id or a name the KB knows; both optional), with the mentions found and offsets
        into the article text — the rows of ``kibaru quotes`` and ``/api/quotes`` (:mod:`kibaru.analyse.quotes`).
        ``since``/``until``/``outlet`` select the articles, as for :meth:`articles`."""
        from kibaru.analyse.quotes import quotes_by_date
        from kibaru.serve.analytics import Scope, quotes_of_storage

        Selection(since=since, until=until, outlet=outlet)  # refuses a malformed date, as :meth:`articles`
        # The ``quotes`` table (schema v8) when the database has it; else every article read, as before.
        stored = quotes_of_storage(self.storage, Scope(since=since, until=until, outlet=outlet), speaker, about)
        if stored is not None:
            return stored
        found = self.articles(outlet=outlet, since=since, until=until)
        return quotes_by_date(found, speaker, about, self.actors)

    # --- events, graphs, STIX ------------------------------------------------------------

    def events(self, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, *, place: str | None = None, min_fatalities: int | None = None,
               window_days: int | None = None) -> list[TimelineEntry]:
        """Real-world events merged across the articles that report them (as ``kibaru timeline``).

        ``since``/``until`` filter on the event's date, ``actor`` on a KB id, Wikidata id, alias or part of a name
        (``export.actors.ActorFilter``, as ``kibaru timeline --actor`` and ``/api/events?actor=``), ``place`` on
        part of the location's name or a KB place and the places in it (``export.actors.PlaceFilter``: « Burkina
        Faso » finds Djibo), ``min_fatalities`` on the largest death toll a report gives."""
        from kibaru.analyse.timeline import DEFAULT_WINDOW_DAYS, merge_events, reaches_toll

        check_event_type(type)
        source: Iterator[Article] = self.storage.iter_articles()
        if type:
            source = (a for a in source if any(e.get("type") == type for e in a.events))
        entries = merge_events(source, window_days=window_days if window_days is not None else DEFAULT_WINDOW_DAYS)
        wanted = ActorFilter(actor, self.actors) if actor else None
        where = PlaceFilter(place, self.actors) if place else None

        def keep(entry: TimelineEntry) -> bool:
            if type and entry.type != type:
                return False
            if since and (not entry.date or entry.date[: len(since)] < since[: len(entry.date)]):
                return False
            if until and (not entry.date or entry.date[: len(until)] > until[: len(entry.date)]):
                return False
            if where is not None and not where.matches(entry.location, entry.location_kb_id):
                return False
            if not reaches_toll(entry.fatalities_values, min_fatalities):
                return False
            return wanted is None or wanted.any_of(entry.actors, entry.date)

        return [e for e in entries if keep(e)]

    def graph(self, name: str = "actors", **filters: Any) -> nx.Graph:
        """The actor or outlet network (networkx) of the selected articles."""
        from kibaru.export.graphs import build_graph

        return build_graph(self.articles(**filters), name, self.actors)

    def stix(self, **filters: Any) -> Any:
        """A STIX 2.1 bundle (stix2 object) of the selected articles."""
        from kibaru.export.stix import build_bundle

        bundle, _ = build_bundle(self.articles(**filters), actors=self.actors)
        return bundle

    # --- lifecycle -----------------------------------------------------------------------

    def count(self) -> int:
        return self.storage.count_articles()

    def close(self) -> None:
        self.storage.close()

    def __enter__(self) -> Kibaru:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"kibaru.open({self.storage.url!r})"


def open(db: str | Path | None = None) -> Kibaru:
    """Open a kibaru database read-only (default: ``$KIBARU_DB`` or ``./kibaru.duckdb``)."""
    return Kibaru(db)


def enrich(db: str | Path | None = None, *, stale: bool = False, outlet: str | None = None, since: str | None = None,
           until: str | None = None, ids: Sequence[str] = (), config: Sequence[str | Path] = ()) -> EnrichSummary:
    """Re-enrich stored articles with the configured components, KB and models (``kibaru enrich``): all of them,
    the ``stale`` ones (enriched by another KB, model or component list) or a selection. Opens ``db`` for
    writing (not while an ingest runs on DuckDB); ``config``: extra configuration files, as ``--config``."""
    from kibaru.config import load_config
    from kibaru.ingest.pipeline import IngestOptions
    from kibaru.ingest.reenrich import EnrichSelection, reenrich

    options = IngestOptions.from_config(load_config([Path(c) for c in config]))
    selection = EnrichSelection(stale=stale, outlet=outlet, since=since, until=until, ids=tuple(ids))
    storage = open_storage(str(db) if db is not None else None)
    try:
        return reenrich(storage, options, selection)
    finally:
        storage.close()
