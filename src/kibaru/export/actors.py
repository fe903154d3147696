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
from typing import Any

from kibaru.kb import Actor, KnowledgeBase


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


class ActorIndex:
    """Resolve the ``kb_id`` / ``canonical`` pairs of kibaru records to canonical actors."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else KnowledgeBase.load()
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
        actor the KB knows by that name or alias (« M. Lavrov », « Sergey Lavrov »); empty when the KB knows none."""
        target = self.actor(wanted)
        return frozenset({target.id} if target is not None else {a.id for a in self.kb.lookup(wanted)})

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

    def matches(self, actor: Any) -> bool:
        if not isinstance(actor, dict):
            return False
        kb_id = str(actor.get("kb_id") or "")
        linked = self.index.actor(kb_id) if kb_id else None
        return ((linked is not None and linked.id in self.ids) or (bool(kb_id) and kb_id == self.wanted)
                or (bool(self.needle) and self.needle in fold(str(actor.get("canonical") or ""))))

    def any_of(self, actors: Any) -> bool:
        return any(self.matches(a) for a in actors or ())


_PLACE_TYPES = ("LOC", "GPE")


class PlaceFilter:
    """A ``place`` filter over merged events (``kibaru events/timeline --place``, ``kibaru.open().events``,
    ``/api/events?place=``, the timeline page): the same answer on every surface.

    An event matches when the wanted text is part of its location's name (case and accents ignored: « bamako »),
    or when the wanted text names a place the KB knows (« Burkina Faso », « le Burkina », ``gpe:burkina-faso``,
    ``Q965``) and the event's location is that place or lies in it: a town whose KB ``country`` is that state, so
    « Burkina Faso » finds the attacks at Djibo and Barsalogho. The location is taken through its ``location_kb_id``,
    else through its name when the KB knows exactly one place by it."""

    def __init__(self, wanted: str, index: ActorIndex) -> None:
        self.wanted = wanted.strip()
        self.index = index
        self.ids = index.named(self.wanted)
        self.needle = fold(self.wanted)

    def _place(self, location: str | None, location_kb_id: str | None) -> Actor | None:
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
        country = self.index.actor(place.country) if place.country else None
        return country is not None and country.id in self.ids
