"""Canonical actors as the exports see them: one key per actor, whatever id the mention carries.

An entity, quote speaker, event actor or stance target names its actor with a ``kb_id`` that is a
Wikidata QID when the knowledge base has one ("Q1032") and the project id otherwise
("loc:niamey"), plus a ``canonical`` name. :class:`ActorIndex` maps both spellings of an id to the
same knowledge-base :class:`~kibaru.kb.Actor`, so "Q1032" and "gpe:niger" are one node, one STIX
object. Mentions linked to no actor are keyed by their folded canonical name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kibaru.kb import Actor, KnowledgeBase

if TYPE_CHECKING:
    from kibaru.analyse.groups import ActorGroup


def fold(text: str) -> str:
    """Casefolded, accents removed, whitespace collapsed: how unlinked names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True, slots=True)
class ActorRef:
    """One actor as exported: a stable key, a display name, its KB record when linked."""

    key: str  # "kb:<project id>" when linked, else "name:<folded canonical>"
    name: str
    actor: Actor | None
    label: str | None = None  # the NER label of the mention (PER, ORG, LOC, …) when the KB does not say

    @property
    def kb_id(self) -> str | None:
        return self.actor.id if self.actor else None

    @property
    def type(self) -> str | None:
        return self.actor.type if self.actor else self.label


# difflib ratio from which a KB name counts as a spelling of what the analyst typed. Set by hand on transliterations
# analysts type (Lavrow / Lavrof → Lavrov 0.83, Prigojin → Prigojine 0.94, Tchiani / Tiani 0.83) against
# unrelated names of the KB (Mali / Bali 0.75, Niger / Nigeria 0.83 is a fair suggestion too); only ever a hint.
CLOSE_NAME_CUTOFF = 0.8


class ActorIndex:
    """Resolve the ``kb_id`` / ``canonical`` pairs of kibaru records to canonical actors."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else KnowledgeBase.load()
        self._spellings: dict[str, list[str]] | None = None  # folded name or alias -> actor ids (close_names)
        self._by_id: dict[str, Actor] = {}
        for actor in self.kb:
            self._by_id[actor.id] = actor
            if actor.wikidata:
                self._by_id.setdefault(actor.wikidata, actor)

    def actor(self, kb_id: str | None) -> Actor | None:
        return self._by_id.get(kb_id) if kb_id else None

    def get(self, actor_id: str) -> Actor | None:
        return self.kb.get(actor_id)

    def named(self, wanted: str) -> frozenset[str]:
        """The KB actors a name an analyst types stands for: the one its project or Wikidata id names, else every
        actor the KB knows by that name or alias (« M. Lavrov », « Sergey Lavrov »), else every holder of the
        dated role it describes, at any time (« le chef de la diplomatie russe », as the actors page's search);
        empty when the KB knows none. An actor group's key (``group:russia``, :mod:`kibaru.analyse.groups`) stands
        for every member of the group, at any date (the article filters and the trends also check a dated member's
        dates: :meth:`group`)."""
        group = self.group(wanted)
        if group is not None:
            return group.actor_ids()
        target = self.actor(wanted)
        if target is not None:
            return frozenset({target.id})
        found = {a.id for a in self.kb.lookup(wanted)}
        if not found and wanted.strip():
            found = {a.id for a in self.kb.by_description(wanted, None)}
        return frozenset(found)

    def group(self, wanted: str | None) -> ActorGroup | None:
        """The actor group ``wanted`` names (``group:<id>``), None for an actor; a ConfigError for an unknown group."""
        from kibaru.analyse.groups import group_of

        return group_of(wanted, self.kb)

    def close_names(self, wanted: str, n: int = 3) -> list[Actor]:
        """KB actors one of whose names is spelled like ``wanted`` (« Lavrow » → Sergueï Lavrov), best first: what
        to suggest for a name the KB does not know. A suggestion only; no filter uses it."""
        import difflib

        if self._spellings is None:
            spellings: dict[str, list[str]] = {}
            for actor in self.kb:
                for name in (actor.name, *actor.aliases):
                    spellings.setdefault(fold(name), []).append(actor.id)
            for actor in self.kb:  # people's surnames, from proper names only (not « le cuisinier de … »)
                if actor.type == "PER":
                    for name in (actor.name, *actor.aliases):
                        if len(name.split()) > 1 and name[:1].isupper():
                            spellings.setdefault(fold(name.split()[-1]), []).append(actor.id)
            self._spellings = spellings
        out: list[Actor] = []
        for key in difflib.get_close_matches(fold(wanted), list(self._spellings), n=4 * n, cutoff=CLOSE_NAME_CUTOFF):
            for actor_id in self._spellings[key]:
                close = self.get(actor_id)
                if close is not None and close not in out:
                    out.append(close)
        return out[:n]

    def unknown_name_note(self, wanted: str, option: str) -> str | None:
        """A line for the analyst when ``wanted`` names no KB actor (None when it does): it then only matched as
        part of the names written in the articles, and a misspelling finds nothing. Names the close KB actors."""
        if not wanted.strip() or self.named(wanted.strip()):
            return None
        close = self.close_names(wanted)
        hint = ("; did you mean " + ", ".join(f"« {a.name} » ({a.id})" for a in close) + "?") if close else ""
        return (f"{option} « {wanted.strip()} » is no name the knowledge base knows: it only matched as part of the "
                f"names written in the articles{hint}")

    def ref(self, kb_id: Any, canonical: Any, label: Any = None) -> ActorRef | None:
        """The actor a record names (None when it names nothing usable)."""
        actor = self.actor(str(kb_id)) if kb_id else None
        if actor is not None:
            return ActorRef(key=f"kb:{actor.id}", name=actor.name, actor=actor, label=label)
        name = " ".join(str(canonical or "").split())
        if not name:
            return None
        if kb_id:  # an id the packaged KB does not know (another KB version): keep it as the key
            return ActorRef(key=f"id:{kb_id}", name=name, actor=None, label=label)
        return ActorRef(key=f"name:{fold(name)}", name=name, actor=None, label=label)

    def of_entity(self, entity: dict[str, Any]) -> ActorRef | None:
        return self.ref(entity.get("kb_id"), entity.get("canonical") or entity.get("text"), entity.get("label"))


class ActorFilter:
    """An ``actor`` filter over event actors (``kibaru events/timeline --actor``, ``kibaru.open().events``,
    ``/api/events?actor=``, the timeline page): the same answer on every surface.

    An actor dict (``kb_id``, ``canonical``) matches when it is linked to the wanted KB actor — named by its KB id
    or its Wikidata id (either form finds the other) or by an alias the KB knows (« Colonel Goïta ») — or carries
    the wanted id as written, or when the wanted text is part of its name (case and accents ignored)."""

    def __init__(self, wanted: str, index: ActorIndex) -> None:
        self.wanted = wanted.strip()
        self.index = index
        self.ids = index.named(self.wanted)
        self.needle = fold(self.wanted)
        self.group = index.group(self.wanted)

    def matches(self, actor: Any, date: str | None = None) -> bool:
        """Whether ``actor`` is the wanted one; for an actor group, a member (a dated member — a minister — only
        when ``date``, the event's, is within their role; every member when no date is given)."""
        if not isinstance(actor, dict):
            return False
        kb_id = str(actor.get("kb_id") or "")
        linked = self.index.actor(kb_id) if kb_id else None
        if self.group is not None and date:
            return linked is not None and self.group.includes(linked.id, date)
        return ((linked is not None and linked.id in self.ids) or (bool(kb_id) and kb_id == self.wanted)
                or (bool(self.needle) and self.needle in fold(str(actor.get("canonical") or ""))))

    def any_of(self, actors: Any, date: str | None = None) -> bool:
        return any(self.matches(a, date) for a in actors or ())


_PLACE_TYPES = ("LOC", "GPE")


class PlaceFilter:
    """A ``place`` filter over merged events (``kibaru events/timeline --place``, ``kibaru.open().events``,
    ``/api/events?place=``, the timeline page): the same answer on every surface.

    An event matches when the wanted text is part of its location's name (case and accents ignored: « bamako »),
    or when the wanted text names a place the KB knows (« Burkina Faso », « le Burkina », ``gpe:burkina-faso``,
    ``Q965``) and the event's location is that place or lies in it: a town whose KB ``country`` is that state, so
    « Burkina Faso » finds the attacks at Djibo and Barsalogho. The location is taken through its ``location_kb_id``,
    else through its name when the KB knows exactly one place by it. Without a KB (``index`` None: the dashboard's
    KB failed to load) only the name test remains."""

    def __init__(self, wanted: str, index: ActorIndex | None) -> None:
        self.wanted = wanted.strip()
        self.index = index
        self.ids = index.named(self.wanted) if index is not None else frozenset()
        self.needle = fold(self.wanted)

    def _place(self, location: str | None, location_kb_id: str | None) -> Actor | None:
        assert self.index is not None  # ``ids`` is empty without an index: matches() stops before
        if location_kb_id:
            return self.index.actor(location_kb_id)
        if not location:
            return None
        known = [a for a in self.index.kb.lookup(location) if a.type in _PLACE_TYPES]
        return known[0] if len(known) == 1 else None

    def matches(self, location: str | None, location_kb_id: str | None = None) -> bool:
        if self.needle and location and self.needle in fold(location):
            return True
        if not self.ids:
            return False
        place = self._place(location, location_kb_id)
        if place is None:
            return False
        if place.id in self.ids:
            return True
        country = self.index.actor(place.country) if place.country and self.index is not None else None
        return country is not None and country.id in self.ids
