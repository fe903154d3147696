"""Which articles an export or a notebook query covers: storage filters plus detection filters.

``since``, ``until`` and ``outlet`` are pushed down to the storage (parameterised SQL); the
narrative, technique (with their voice), actor and text filters look at the decoded records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from kibaru.enrich.voice import VOICES, technique_voices
from kibaru.errors import ConfigError
from kibaru.export.actors import ActorIndex, fold
from kibaru.model import Article
from kibaru.store.base import Storage, valid_date
from kibaru.store.migrations import NAME_FACETS_VERSION, SEARCH_INDEX_VERSION
from kibaru.store.rows import ACTOR_NAMES, ACTOR_VALUES, ARTICLE_COLUMNS, article_from_row


@dataclass
class Selection:
    """A filter over articles; every field is optional and they combine with AND."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    narratives: Sequence[str] = ()  # the article carries at least one of these narrative ids
    techniques: Sequence[str] = ()  # the article has a span of at least one of these technique ids
    # "author" or "quoted": the narratives and/or techniques asked for must be in that voice; alone, the
    # article carries some narrative in that voice (as the dashboard's ``voice`` filter).
    voice: str | None = None
    actor: str | None = None  # a mentioned actor: KB id, Wikidata QID, or part of its canonical name
    q: str | None = None  # words that must all appear in the title or text (case and accents ignored)
    # Part of the credited source (« Source : TASS », « Avec AFP »: ``attributed_source``), case and accents ignored.
    credit: str | None = None
    limit: int | None = None
    _actors: ActorIndex | None = field(default=None, repr=False)
    _named: frozenset[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # "2023-13" or "yesterday" compared as text would silently select nothing (or everything).
        for name, value in (("since", self.since), ("until", self.until)):
            if not valid_date(value):
                raise ConfigError(f"{name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.voice is not None and self.voice not in VOICES:
            raise ConfigError(f"voice must be one of {', '.join(VOICES)}, not {self.voice!r}")

    def storage_where(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "outlet": self.outlet}

    def actor_facet_values(self) -> tuple[str, ...] | None:
        """The ``actor`` facet values (linked ids as stored) of which a stored article must carry one to pass the
        actor filter — a superset :meth:`matches` narrows —, or None when no facet can narrow it. An actor group: its
        members' project and Wikidata ids at any date (:meth:`_names_actor` checks a dated member's dates); an actor
        the KB knows by its id: its two ids and the id as typed. A name (« Russie ») is also compared with the written
        names of unlinked mentions, which the facets do not hold: None."""
        if not self.actor:
            return None
        if self._actors is None:
            self._actors = ActorIndex()
        group = self._actors.group(self.actor)
        if group is not None:
            return tuple(sorted({v for member in group.members for v in member.values}))
        target = self._actors.actor(self.actor)
        if target is None:
            return None
        return tuple(sorted({v for v in (target.id, target.wikidata, self.actor) if v}))

    def actor_name_values(self) -> tuple[tuple[str, ...], str] | None:
        """For an actor given by a name the KB knows as no single actor nor group (:meth:`actor_facet_values` is
        None): the ``actor`` facet values (both ids of each actor the KB knows by that name, and the name as typed)
        and the folded name an unlinked mention's canonical name may contain — the stored ``name`` facet (schema
        v9) then gives, in SQL, a superset of the articles :meth:`_names_actor` keeps."""
        if not self.actor or self.actor_facet_values() is not None:
            return None
        if self._actors is None:
            self._actors = ActorIndex()
        if self._named is None:
            self._named = self._actors.named(self.actor)
        values = {self.actor}
        for actor_id in self._named:
            actor = self._actors.get(actor_id)
            values.update(v for v in (actor_id, actor.wikidata if actor else None) if v)
        return tuple(sorted(values)), fold(self.actor)

    def matches(self, article: Article) -> bool:
        if self.narratives or (self.voice and not self.techniques):
            wanted = set(self.narratives)
            if not any((not wanted or n.get("id") in wanted) and _in_voice(n, self.voice) for n in article.narratives):
                return False
        if self.techniques:
            kinds = set(self.techniques)
            spans = technique_voices(article.techniques, article.quotes)
            if not any(isinstance(t, dict) and t.get("id") in kinds and _in_voice(t, self.voice) for t in spans):
                return False
        if self.credit and fold(self.credit) not in fold(article.attributed_source or ""):
            return False
        if self.q:
            haystack = fold(f"{article.title or ''} {article.text}")
            if not all(word in haystack for word in fold(self.q).split()):
                return False
        return not self.actor or self._names_actor(article)

    def _names_actor(self, article: Article) -> bool:
        assert self.actor is not None
        if self._actors is None:
            self._actors = ActorIndex()
        target = self._actors.actor(self.actor)
        needle = fold(self.actor)
        # An alias the KB knows (« M. Lavrov », « Sergey Lavrov ») names its actor too (besides a part of a name).
        if self._named is None:
            self._named = self._actors.named(self.actor)
        named = self._named
        group = self._actors.group(self.actor)
        for entity in article.entities:
            kb_id = entity.get("kb_id")
            linked = self._actors.actor(str(kb_id)) if kb_id else None
            if group is not None:  # an actor group: a member held a role then (« Lavrov » counts from 2004)
                if linked is not None and group.includes(linked.id, article.date):
                    return True
                continue
            if linked is not None and linked.id in named:
                return True
            if kb_id and str(kb_id) == self.actor:
                return True
            if target is None and needle and needle in fold(str(entity.get("canonical") or "")):
                return True
        return False


def _in_voice(item: Any, voice: str | None) -> bool:
    return isinstance(item, dict) and (voice is None or (item.get("voice") or "author") == voice)


def store_where(storage: Storage, selection: Selection) -> dict[str, Any]:
    """The filters ``storage.iter_articles`` (``rows.where_clause``) applies for ``selection``: period and outlet, and
    the actor facets of a group or KB actor (a superset :meth:`Selection.matches` narrows) when the database has them
    (schema v3). ux25: `kibaru articles --actor group:russia` decoded all 50,000 articles of the benchmark database to
    keep 1 in 7."""
    where = selection.storage_where()
    if not selection.actor:
        return where
    values = selection.actor_facet_values()
    version = storage.schema_version()
    if values is not None and version >= SEARCH_INDEX_VERSION:
        where[ACTOR_VALUES] = values
    elif values is None and version >= NAME_FACETS_VERSION:
        # session 25: a name the KB does not know (« Ould », « Koné »): the ``name`` facet, not every entity list
        where[ACTOR_NAMES] = selection.actor_name_values()
    return where


def select(storage: Storage, selection: Selection | None = None) -> Iterator[Article]:
    """The stored articles ``selection`` keeps, in ingest order, each with its ``enrichment`` record (what
    enriched it: :mod:`kibaru.ingest.provenance`) when the database has one."""
    from kibaru.ingest.provenance import with_records

    sel = selection or Selection()
    found = (a for a in storage.iter_articles(where=store_where(storage, sel)) if sel.matches(a))
    return with_records(storage, islice(found, sel.limit) if sel.limit is not None else found)


# Articles read at once by ``select_ids`` (one ``id IN (…)`` statement each).
IDS_BATCH = 500


def select_ids(storage: Storage, ids: Sequence[str]) -> Iterator[Article]:
    """The stored articles ``ids``, in that order (an id no longer stored is skipped), with their ``enrichment``
    records: what ``kibaru export`` writes for the dashboard's search filters (``queries.matching_ids``)."""
    from kibaru.ingest.provenance import with_records

    def stored() -> Iterator[Article]:
        for start in range(0, len(ids), IDS_BATCH):
            batch = list(ids[start:start + IDS_BATCH])
            with storage.read_cursor() as cur:
                cur.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id IN "
                            f"({', '.join('?' for _ in batch)})", batch)
                names = cur.columns
                found = {row[0]: article_from_row(dict(zip(names, row, strict=True))) for row in cur.fetchall()}
            yield from (found[i] for i in batch if i in found)

    return with_records(storage, stored())
