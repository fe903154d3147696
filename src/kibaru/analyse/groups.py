"""Actor groups: an actor counted with the actors the knowledge base relates to it, as an analyst's choice.

« Russie » as written is one actor; « Moscou », « le Kremlin », « le ministère russe de la Défense » or
« Vladimir Poutine » are others, so a Russia-vs-France comparison by actor measures the word « Russie ». A group
(``group:russia``) counts the state with its capital as metonymy, its presidency, government bodies, forces and
services, and the people holding one of its roles at the article's date. Groups are versioned data: the defaults
shipped in ``kibaru/data/groups.yaml``, a user's file named by ``$KIBARU_GROUPS`` on top (same id: replaced).

A group is asked for by its key, ``group:<id>``, wherever an actor is (``--actor``, ``--speaker``, ``--about``,
``actor=`` in the dashboard and API); an actor name never turns into a group by itself, and every output that
counts a group says so (its label « Russie (groupe) » and its members).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kibaru.errors import ConfigError

PREFIX = "group:"
# The environment variable naming the user's groups file.
ENV = "KIBARU_GROUPS"
# Members named in a one-line description (the rest are counted: « … and 12 more »).
DESCRIBED = 8


@dataclass(frozen=True, slots=True)
class Member:
    """One actor of a group; ``since`` / ``until`` (YYYY[-MM[-DD]]): only articles dated within count it."""

    actor_id: str
    name: str
    why: str  # « acteur », « capitale », a KB kind (« government_body »), a role title, « ajouté »
    values: tuple[str, ...]  # the ids an article may store for it: project id, Wikidata id
    since: str | None = None
    until: str | None = None

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def at(self, date: str | None) -> bool:
        """Whether an article of ``date`` counts this member (an undated article never counts a dated member). The
        test of the dashboard's SQL (``dialect.period``): from ``since`` as text, through the whole ``until`` period."""
        if not self.dated:
            return True
        if not date:
            return False
        if self.since and date < self.since:
            return False
        return not (self.until and date[: len(self.until)] > self.until)


@dataclass(frozen=True, slots=True)
class ActorGroup:
    id: str
    name: str
    actor_id: str
    members: tuple[Member, ...]
    source: str  # « kibaru v1 » or the user's file and its version

    @property
    def key(self) -> str:
        return PREFIX + self.id

    @property
    def label(self) -> str:
        return f"{self.name} (groupe)"

    def actor_ids(self) -> frozenset[str]:
        return frozenset(m.actor_id for m in self.members)

    def includes(self, actor_id: str | None, date: str | None) -> bool:
        """Whether a mention linked to ``actor_id`` (a project id) in an article of ``date`` counts for the group."""
        return bool(actor_id) and any(m.actor_id == actor_id and m.at(date) for m in self.members)

    def describe(self, limit: int = DESCRIBED) -> str:
        """« Russie + Moscou (capitale), Kremlin (government_body), … et 12 autres (groupe, kibaru v1) »."""
        others = [m for m in self.members if m.actor_id != self.actor_id]
        shown = ", ".join(f"{m.name} ({m.why})" for m in others[:limit])
        more = f" et {len(others) - limit} autres" if len(others) > limit else ""
        return f"{self.name} + {shown}{more} ({len(self.members)} acteurs ; groupes {self.source})"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "label": self.label, "actor_id": self.actor_id,
                "source": self.source, "members": [
                    {"actor_id": m.actor_id, "name": m.name, "why": m.why, "since": m.since, "until": m.until}
                    for m in self.members]}


def is_group_key(wanted: str | None) -> bool:
    return bool(wanted) and str(wanted).strip().lower().startswith(PREFIX)


def _read(path: Path | Any, label: str) -> tuple[dict[str, Any], str]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the actor groups file {label}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("groups") or {}, dict):
        raise ConfigError(f"{label}: an actor groups file holds « version: N » and « groups: {{id: {{…}}}} »")
    return data.get("groups") or {}, str(data.get("version", "?"))


def _expand(group_id: str, spec: Any, kb: Any, source: str) -> ActorGroup:
    if not isinstance(spec, dict) or not spec.get("actor"):
        raise ConfigError(f"actor group {group_id!r} ({source}): « actor: <KB id> » is required")
    anchor = kb.get(str(spec["actor"]))
    if anchor is None:
        raise ConfigError(f"actor group {group_id!r} ({source}): the KB has no actor {spec['actor']!r}")
    members: dict[tuple[str, str | None, str | None], Member] = {}

    def add(actor: Any, why: str, since: str | None = None, until: str | None = None) -> None:
        values = tuple(v for v in (actor.id, actor.wikidata) if v)
        members.setdefault((actor.id, since, until), Member(actor.id, actor.name, why, values, since, until))

    add(anchor, "acteur")
    if spec.get("capital"):
        capital = kb.get(str(spec["capital"]))
        if capital is None:
            raise ConfigError(f"actor group {group_id!r} ({source}): the KB has no capital {spec['capital']!r}")
        add(capital, "capitale")
    kinds = {str(k) for k in spec.get("kinds") or ()}
    leaders = bool(spec.get("leaders"))
    for actor in kb:
        if actor.id == anchor.id:
            continue
        if kinds and actor.type != "PER" and actor.country == anchor.id and actor.kind in kinds:
            add(actor, str(actor.kind))
        if leaders and actor.type == "PER":
            for role in actor.roles:
                if role.of == anchor.id:
                    add(actor, role.title, role.start, role.end)
    for extra in spec.get("members") or ():
        actor = kb.get(str(extra))
        if actor is None:
            raise ConfigError(f"actor group {group_id!r} ({source}): the KB has no member {extra!r}")
        add(actor, "ajouté")
    return ActorGroup(group_id, str(spec.get("name") or anchor.name), anchor.id, tuple(members.values()), source)


@functools.lru_cache(maxsize=4)
def _load(kb: Any, user_file: str | None) -> dict[str, ActorGroup]:
    specs, version = _read(resources.files("kibaru") / "data" / "groups.yaml", "kibaru/data/groups.yaml")
    sources = {gid: f"kibaru v{version}" for gid in specs}
    if user_file:
        mine, user_version = _read(Path(user_file), user_file)
        specs = {**specs, **mine}
        sources.update({gid: f"{user_file} v{user_version}" for gid in mine})
    return {str(gid).lower(): _expand(str(gid).lower(), spec, kb, sources[gid]) for gid, spec in specs.items()}


def load(kb: Any | None = None) -> dict[str, ActorGroup]:
    """Every group: the packaged defaults, then ``$KIBARU_GROUPS``'s (a ConfigError names a bad file or id)."""
    if kb is None:
        from kibaru.kb import KnowledgeBase

        kb = KnowledgeBase.load()
    return _load(kb, os.environ.get(ENV) or None)


def group_of(wanted: str | None, kb: Any | None = None) -> ActorGroup | None:
    """The group ``wanted`` names (« group:russia », any case), None when it names no group; a ConfigError for
    an unknown ``group:…`` (naming the groups there are)."""
    if not is_group_key(wanted):
        return None
    assert wanted is not None
    groups = load(kb)
    gid = wanted.strip()[len(PREFIX):].strip().lower()
    if gid not in groups:
        known = ", ".join(g.key for g in groups.values())
        raise ConfigError(f"no actor group {wanted.strip()!r}; the groups are: {known} (and $KIBARU_GROUPS's)")
    return groups[gid]


def iter_groups(kb: Any | None = None) -> Iterator[ActorGroup]:
    yield from load(kb).values()
