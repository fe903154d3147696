"""The Sahel knowledge base: canonical actors, their aliases and their dated roles.

The data lives in ``kibaru/data/kb/*.yaml`` (one file per kind of actor, plus ``roles.yaml`` for
role templates and ``ambiguous.yaml`` for aliases that knowingly name several actors). This
module loads it, validates it, and builds two indexes:

* an alias index (``lookup``): every name, alias, honorific form and English name of an actor,
  normalised with :func:`normalise`; plus, for people, a surname index used as a fallback so
  "M. Lavrov" or "Goïta" resolve;
* a description index (``by_description``): role descriptions such as "le Premier ministre
  malien", each valid over the role's date range, so the right holder is found for a date.

See ``docs/knowledge-base.md`` for the conventions.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from kibaru.errors import KibaruError

__all__ = ["Actor", "KnowledgeBase", "Role", "StateIndex", "leading_state", "normalise"]

DEFAULT_PATH = Path(__file__).parent / "data" / "kb"

TYPES = frozenset({"PER", "ORG", "LOC", "GPE", "MISC", "EVENT"})
# The id prefix says what an actor is; checked so a typo'd id cannot hide a wrong type.
PREFIX_TYPES: dict[str, frozenset[str]] = {
    "per": frozenset({"PER"}),
    "org": frozenset({"ORG"}),
    "grp": frozenset({"ORG"}),
    "media": frozenset({"ORG"}),
    "op": frozenset({"EVENT", "MISC", "ORG"}),
    "evt": frozenset({"EVENT"}),
    "misc": frozenset({"MISC"}),
    "loc": frozenset({"LOC"}),
    "gpe": frozenset({"GPE"}),
}
ID_RE = re.compile(r"^([a-z]+):[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

ACTOR_KEYS = frozenset(
    {
        "id",
        "name",
        "gender",
        "type",
        "kind",
        "country",
        "aliases",
        "honorifics",
        "roles",
        "wikidata",
        "en",
        "surname",
        "adj",
        "adj_f",
        "de",
        "presidency_de",
        "government_de",
        "note",
    }
)
ROLE_KEYS = frozenset({"role", "title", "of", "start", "end", "descriptions", "bare", "note"})
# Files in the KB directory that are not lists of actors.
SPECIAL_FILES = frozenset({"roles.yaml", "ambiguous.yaml", "honorifics.yaml"})

ARTICLES: tuple[str, ...] = ("les ", "le ", "la ", "l'")
# Particles that belong to a surname ("Ag Ghaly", "Ould Ghazouani", "Le Drian", "al-Sahraoui").
SURNAME_PARTICLES = frozenset(
    {"ag", "ould", "ben", "bin", "ibn", "al", "el", "le", "la", "de", "du", "des", "da", "dos", "van", "von", "der"}
)
ROMAN_RE = re.compile(r"^[ivxl]+$")

_APOSTROPHES = dict.fromkeys(map(ord, "’‘ʼ`´′ʻ"), "'")
_SPACES = dict.fromkeys(map(ord, '-‐‑‒–—―−_.,;:!?«»"“”()[]/\\|·•…\u00a0\u202f\u2009'), " ")


@dataclass(frozen=True)
class Role:
    """One office or function an actor held, with its dates and the phrases that name it."""

    title: str
    of: str | None
    start: str | None
    end: str | None
    descriptions: tuple[str, ...]
    # The office named without its state ("président de la République", "Premier ministre",
    # "ministre des Armées"): the title, the template's ``bare`` forms and the role's own; which
    # state's holder it names depends on the article (``kibaru.enrich.linking``).
    bare: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actor:
    """One canonical actor of the knowledge base."""

    id: str
    name: str
    type: str
    kind: str | None
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    wikidata: str | None
    en: str | None
    honorifics: tuple[str, ...] = ()
    surname: str | None = None
    # a state's demonyms (``adj``, ``adj_f``: "malien", "malienne"), for an article's home state
    demonyms: tuple[str, ...] = ()
    # a state's « de » form (``de``: "du Canada", "de l'Espagne"), for the name of a body of that state
    de: str | None = None
    # "f" for a woman (every woman of the KB carries it), else None: a feminine form of address
    # ("madame la Première ministre") names a woman, a masculine one ("monsieur le ministre") a man
    gender: str | None = None

    def surfaces(self) -> tuple[str, ...]:
        """Every explicit surface form: name, aliases, honorific forms and English name."""
        forms = [self.name, *self.aliases, *self.honorifics]
        if self.en:
            forms.append(self.en)
        return tuple(dict.fromkeys(forms))


def _fold(surface: str) -> str:
    """Casefold, fold accents, unify apostrophes, turn hyphens and punctuation into spaces."""
    text = unicodedata.normalize("NFKD", surface)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # dotless ı (Turkish "Ajansı") upper-cases to I, which casefolds to i: fold both to i
    text = text.casefold().replace("œ", "oe").replace("æ", "ae").replace("ı", "i")
    text = text.translate(_APOSTROPHES).translate(_SPACES)
    text = re.sub(r"\s*'\s*", "'", text)
    return " ".join(text.split())


def _strip_front(text: str, prefixes: tuple[str, ...]) -> str:
    """Remove leading prefixes (whole words) repeatedly, never down to nothing.

    The first prefix in ``prefixes``' order that heads the text goes first; only the prefixes starting with the
    text's first character are tried (the same answer: the others cannot head it), which made the KB load spend
    a third of its time here (session 21)."""
    buckets = _prefix_buckets(prefixes)
    changed = True
    while changed and text:
        changed = False
        for head in buckets.get(text[0], ()):
            if text.startswith(head) and len(text) > len(head):
                text = text[len(head) :].lstrip()
                changed = True
                break
    return text


@lru_cache(maxsize=16)
def _prefix_buckets(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each prefix as it must head a text (a space after a whole word, none after an apostrophe), by first
    character, in the given order."""
    buckets: dict[str, list[str]] = {}
    for prefix in prefixes:
        head = prefix if prefix.endswith("'") else prefix.rstrip() + " "
        buckets.setdefault(head[0], []).append(head)
    return {first: tuple(heads) for first, heads in buckets.items()}


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    """Titles and forms of address stripped before alias lookup (data/kb/honorifics.yaml).

    Folded, longest first, so "le colonel major" wins over "le colonel".
    """
    data = _read_yaml(DEFAULT_PATH / "honorifics.yaml")
    if not isinstance(data, dict) or not isinstance(data.get("honorifics"), list):
        raise KibaruError("honorifics.yaml: expected a mapping with an 'honorifics' list")
    return tuple(sorted({_fold(str(h)) for h in data["honorifics"]}, key=lambda h: (-len(h), h)))


def _unglue(text: str) -> str:
    """Drop apostrophes so "N'Daw", "N’Daw" and "NDaw" (or "Fada N'Gourma" / "Fada Ngourma") meet."""
    return " ".join(text.replace("'", "").split())


@lru_cache(maxsize=1 << 15)  # a pure function of the surface, called for every mention and candidate
def normalise(surface: str) -> str:
    """The key used by :meth:`KnowledgeBase.lookup`.

    Casefolded, accents folded, hyphens and punctuation turned into single spaces, leading titles
    or forms of address ("M.", "Mme", "le président", "le colonel"...) removed, then apostrophes
    dropped (so every apostrophe variant, and its absence, gives the same key).
    """
    return _unglue(_strip_front(_fold(surface), _honorifics()))


def _description_key(phrase: str) -> str:
    """Key of a role description: folded, leading article dropped (titles are kept)."""
    return _unglue(_strip_front(_fold(phrase), ARTICLES))


def _bounds(date: str) -> tuple[_dt.date, _dt.date]:
    """First and last day covered by a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date."""
    m = DATE_RE.match(date)
    if not m:
        raise ValueError(f"bad date {date!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    mon = int(month)
    if not 1 <= mon <= 12:
        raise ValueError(f"bad month in {date!r}")
    if day is None:
        last = (_dt.date(year + mon // 12, mon % 12 + 1, 1) - _dt.timedelta(days=1)).day
        return _dt.date(year, mon, 1), _dt.date(year, mon, last)
    d = _dt.date(year, mon, int(day))  # raises ValueError on 2021-02-30
    return d, d


def _date_text(value: Any) -> str | None:
    """YAML gives ints for "2004" and dates for "2021-05-28"; keep every date as text."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"bad date {value!r}")
    if isinstance(value, int):
        return f"{value:04d}"
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise ValueError(f"bad date {value!r}")


def _surname_keys(actor: Actor) -> list[str]:
    """Normalised surname forms of a person ("ag ghaly" and "ghaly" for Iyad Ag Ghaly)."""
    if actor.type != "PER":
        return []
    if actor.surname is not None:
        return [_fold(actor.surname)] if actor.surname else []
    tokens = _fold(actor.name).split()
    if len(tokens) < 2 or ROMAN_RE.match(tokens[-1]):
        return []
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in SURNAME_PARTICLES:
        start -= 1
    keys = [" ".join(tokens[start:])]
    if start < len(tokens) - 1:
        keys.append(tokens[-1])
    return keys


# Session 59: ``KnowledgeBase.get`` also finds an actor by its Wikidata id, the ``kb_id`` that linking gives the
# mentions of the 74 actors that have one (Emmanuel Macron's mentions carry Q3052772): before, every look-up of such a
# mention's actor (its offices for a quote's description, an event actor's type, an organisation's state) found
# nothing. Off = KB ids only.
GET_BY_WIKIDATA = True


class KnowledgeBase:
    """Actors, an alias index and a dated description index. Build with :meth:`load`."""

    def __init__(self, actors: list[Actor], version: str, ambiguous: Mapping[str, frozenset[str]] | None = None):
        self.version = version
        self._actors: dict[str, Actor] = {a.id: a for a in actors}
        # linking hands out an actor's Wikidata id as its ``kb_id`` when it has one (linking.kb_id_of)
        self._by_wikidata: dict[str, Actor] = {a.wikidata: a for a in actors if a.wikidata}
        self._order = {a.id: i for i, a in enumerate(actors)}
        self._ambiguous = dict(ambiguous or {})
        self._alias: dict[str, list[str]] = {}
        self._surname: dict[str, list[str]] = {}
        self._descr: dict[str, list[tuple[str, Role]]] = {}
        self._bare: dict[str, list[tuple[str, Role]]] = {}
        for actor in actors:
            for form in actor.surfaces():
                key = normalise(form)
                if key:
                    ids = self._alias.setdefault(key, [])
                    if actor.id not in ids:
                        ids.append(actor.id)
            for key in _surname_keys(actor):
                ids = self._surname.setdefault(key, [])
                if actor.id not in ids:
                    ids.append(actor.id)
            for role in actor.roles:
                for phrase in role.descriptions:
                    self._descr.setdefault(_description_key(phrase), []).append((actor.id, role))
                for phrase in role.bare:
                    entries = self._bare.setdefault(_description_key(phrase), [])
                    if (actor.id, role) not in entries:
                        entries.append((actor.id, role))

    # --- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None, extra: Sequence[Path] | None = None) -> KnowledgeBase:
        """Load and validate the KB in ``path`` (default: the packaged data) with the analyst's ``extra`` files
        layered over it (default: those of the running configuration, :func:`use_extra`). Cached per path."""
        files = _EXTRA if extra is None else tuple(Path(e) for e in extra)
        return _load_cached((path or DEFAULT_PATH).resolve(), _stamped(files))

    # --- queries -------------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        """The actor of a KB id, or (``GET_BY_WIKIDATA``) of the Wikidata id a mention's ``kb_id`` carries."""
        return self.linked(actor_id) if GET_BY_WIKIDATA else self._actors.get(actor_id)

    def linked(self, kb_id: str) -> Actor | None:
        """The actor a mention's ``kb_id`` names: linking writes the Wikidata id of the actors that have one and the
        project id of the others (``linking.kb_id_of``)."""
        return self._actors.get(kb_id) or self._by_wikidata.get(kb_id)

    @cached_property
    def states(self) -> StateIndex:
        """The KB's states, by id, Wikidata id and demonym (for an article's home state)."""
        return StateIndex(self._actors.values())

    def lookup(self, surface: str) -> list[Actor]:
        """Actors one of whose names or aliases equals ``surface`` after normalisation.

        Falls back to the surface without a leading article ("la CEDEAO"), then to the surname
        index for people ("M. Lavrov", "Goïta"); a bare surname may return several people.
        """
        key = normalise(surface)
        if not key:
            return []
        ids = self._alias.get(key)
        if not ids:
            folded = _fold(surface)
            bare = _strip_front(folded, ARTICLES)
            if bare != folded:
                ids = self._alias.get(normalise(bare))
        if not ids:
            ids = self._surname.get(key)
        return [self._actors[i] for i in ids or []]

    def by_description(self, phrase: str, on: str | None) -> list[Actor]:
        """Actors holding a role described by ``phrase`` on date ``on`` (None: at any time).

        ``on`` is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a role matches when its date range overlaps
        that period (so a month in which an office changed hands returns both holders). The
        holder whose role started last comes first.
        """
        entries = self._descr.get(_description_key(phrase), [])
        try:
            lo, hi = _bounds(on) if on else (None, None)
        except ValueError as exc:
            raise KibaruError(f"by_description: {exc}") from exc
        best: dict[str, str] = {}
        for actor_id, role in entries:
            if not _role_overlaps(role, lo, hi):
                continue
            begun = role.start or ""
            if begun >= best.get(actor_id, ""):
                best[actor_id] = begun
        ranked = sorted(best, key=lambda i: (best[i], -self._order[i]), reverse=True)
        return [self._actors[i] for i in ranked]

    def described_offices(self, phrase: str, actor_id: str) -> set[str]:
        """The ``of`` (a state, an organisation) of the roles of ``actor_id`` that ``phrase`` describes."""
        return {role.of for aid, role in self._descr.get(_description_key(phrase), []) if aid == actor_id and role.of}

    def described_roles(self, phrase: str, actor_id: str) -> list[Role]:
        """The roles of ``actor_id`` that ``phrase`` describes (their dates: :func:`role_covers`)."""
        return [role for aid, role in self._descr.get(_description_key(phrase), []) if aid == actor_id]

    def by_bare_title(self, phrase: str, on: str | None) -> list[tuple[Actor, Role]]:
        """(holder, role) of every office called ``phrase`` without its state ("le Premier
        ministre", "la ministre des Armées") whose dates overlap ``on`` (None: at any time)."""
        entries = self._bare.get(_description_key(_strip_front(_fold(phrase), ARTICLES)), [])
        lo, hi = _bounds(on) if on else (None, None)
        out = []
        for actor_id, role in entries:
            if not _role_overlaps(role, lo, hi):
                continue
            out.append((self._actors[actor_id], role))
        return out

    def bare_titles(self) -> list[str]:
        """Every distinct (folded) office title used without its state."""
        return sorted(self._bare)

    def by_surname(self, surface: str) -> list[Actor]:
        """People whose surname (the surname index of :meth:`lookup`) is ``surface``."""
        return [self._actors[i] for i in self._surname.get(normalise(surface), [])]

    def surnames(self) -> dict[str, list[str]]:
        """Normalised surname -> ids of the people who bear it (for short forms)."""
        return {k: list(v) for k, v in self._surname.items()}

    def descriptions(self) -> list[str]:
        """Every distinct (folded) role description the KB knows."""
        return sorted(self._descr)

    def is_known_ambiguity(self, key: str) -> bool:
        return normalise(key) in self._ambiguous

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors


# --- loading and validation ------------------------------------------------------------------


def _fail(where: str, actor_id: str | None, reason: str) -> KibaruError:
    return KibaruError(f"{where}: {actor_id}: {reason}" if actor_id else f"{where}: {reason}")


def _actor_entries(file: Path, where: str, hint: str) -> list[dict[str, Any]]:
    """The actor entries of a KB file (a YAML list of mappings with an ``id``); errors name ``where``."""
    data = _read_yaml(file)
    if data is None:
        return []
    if not isinstance(data, list):
        raise KibaruError(f"{where}: expected a list of actors{hint}")
    for raw in data:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise KibaruError(f"{where}: every entry needs an id, got {raw!r}")
    return data


# libyaml's safe loader when PyYAML was built with it (the wheels are): the same data as ``yaml.safe_load`` (checked
# on the packaged KB, tests/test_kb_load_speed.py) about five times faster — the pure-Python parser spent 10 of the
# 13 seconds the dashboard's first page waited for the KB in session 21.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_SAFE_LOADER)  # a safe loader, C or Python
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KibaruError(f"{path.name}: cannot read: {exc}") from exc


def _strings(value: Any, where: str, actor_id: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, actor_id, f"{field} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _check_date(value: Any, where: str, actor_id: str) -> str | None:
    try:
        text = _date_text(value)
        if text is not None:
            _bounds(text)
    except ValueError as exc:
        raise _fail(where, actor_id, str(exc)) from exc
    return text


@dataclass
class _Pending:
    """An actor read from YAML whose role descriptions are not generated yet."""

    where: str
    raw: dict[str, Any]


def _load_templates(path: Path) -> dict[str, dict[str, Any]]:
    file = path / "roles.yaml"
    if not file.exists():
        return {}
    data = _read_yaml(file)
    if not isinstance(data, dict) or not isinstance(data.get("templates"), dict):
        raise KibaruError("roles.yaml: expected a mapping with a 'templates' mapping")
    templates: dict[str, dict[str, Any]] = {}
    for key, spec in data["templates"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("title"), str):
            raise _fail("roles.yaml", str(key), "a template needs a title")
        templates[str(key)] = {
            "title": spec["title"],
            "descriptions": _strings(spec.get("descriptions"), "roles.yaml", str(key), "descriptions"),
            "bare": _strings(spec.get("bare"), "roles.yaml", str(key), "bare"),
        }
    return templates


def _load_ambiguous(path: Path) -> dict[str, frozenset[str]]:
    file = path / "ambiguous.yaml"
    if not file.exists():
        return {}
    data = _read_yaml(file) or {}
    entries = data.get("ambiguous") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise KibaruError("ambiguous.yaml: expected a mapping with an 'ambiguous' list")
    allowed: dict[str, frozenset[str]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("alias"), str):
            raise KibaruError(f"ambiguous.yaml: bad entry {entry!r}")
        ids = _strings(entry.get("ids"), "ambiguous.yaml", entry["alias"], "ids")
        if len(ids) < 2:
            raise _fail("ambiguous.yaml", entry["alias"], "an ambiguous alias lists at least two ids")
        allowed[normalise(entry["alias"])] = frozenset(ids)
    return allowed


# Fields an entry of an extra file may give for an actor the KB already has: forms that name it.
EXTENSION_KEYS = frozenset({"id", "aliases", "honorifics"})


def _read_actors(path: Path, extra: Sequence[Path] = ()) -> tuple[list[_Pending], str, list[tuple[str, str]]]:
    """The KB's actors, then those of the ``extra`` files; also ``(where, actor id)`` of every entry of an extra
    file that adds aliases to an actor defined before it."""
    version_file = path / "VERSION"
    if not path.is_dir():
        raise KibaruError(f"{path}: knowledge base directory not found")
    version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else "0"
    pending: list[_Pending] = []
    seen: dict[str, str] = {}
    for file in sorted(path.glob("*.yaml")):
        if file.name in SPECIAL_FILES:
            continue
        for raw in _actor_entries(file, file.name, ""):
            actor_id = raw["id"]
            if actor_id in seen:
                raise _fail(file.name, actor_id, f"duplicate id (first defined in {seen[actor_id]})")
            seen[actor_id] = file.name
            pending.append(_Pending(file.name, raw))
    extensions: list[tuple[str, str]] = []
    by_id = {p.raw["id"]: p for p in pending}
    for file in extra:
        where = str(file)
        if not file.is_file():
            raise KibaruError(f"{where}: KB file not found (listed in [kb] extra)")
        for raw in _actor_entries(file, where, ", as in the KB's own files"):
            actor_id = raw["id"]
            if actor_id in seen:
                if not set(raw) <= EXTENSION_KEYS:
                    raise _fail(where, actor_id, f"duplicate id (first defined in {seen[actor_id]}); to add names "
                                                 f"to it, give only {sorted(EXTENSION_KEYS)}")
                known = by_id[actor_id]
                merged = dict(known.raw)
                for key in ("aliases", "honorifics"):
                    added = _strings(raw.get(key), where, actor_id, key)
                    merged[key] = [*(known.raw.get(key) or []), *added]
                by_id[actor_id] = _Pending(known.where, merged)
                extensions.append((where, actor_id))
                continue
            seen[actor_id] = where
            by_id[actor_id] = _Pending(where, raw)
    return list(by_id.values()), version, extensions


def _build_actor(p: _Pending, raws: dict[str, dict[str, Any]], templates: dict[str, dict[str, Any]]) -> Actor:
    where, raw = p.where, p.raw
    actor_id: str = raw["id"]
    unknown = set(raw) - ACTOR_KEYS
    if unknown:
        raise _fail(where, actor_id, f"unknown field(s) {sorted(unknown)}")
    m = ID_RE.match(actor_id)
    if not m or m.group(1) not in PREFIX_TYPES:
        raise _fail(where, actor_id, "id must look like 'per:some-slug' with a known prefix")
    atype = raw.get("type")
    if atype not in TYPES:
        raise _fail(where, actor_id, f"type must be one of {sorted(TYPES)}")
    if atype not in PREFIX_TYPES[m.group(1)]:
        raise _fail(where, actor_id, f"type {atype} does not fit the id prefix {m.group(1)}:")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(where, actor_id, "name is required")
    country = raw.get("country")
    if country is not None and (country not in raws or raws[country].get("type") != "GPE"):
        raise _fail(where, actor_id, f"country {country!r} is not a state (GPE) of the KB")
    wikidata = raw.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not QID_RE.match(wikidata)):
        raise _fail(where, actor_id, f"wikidata must be a QID like Q912 or null, got {wikidata!r}")
    roles = []
    for rraw in raw.get("roles") or []:
        roles.append(_build_role(rraw, where, actor_id, raws, templates))
    surname = raw.get("surname")
    if surname is not None and not isinstance(surname, str):
        raise _fail(where, actor_id, "surname must be a string")
    gender = raw.get("gender")
    if gender is not None and (gender != "f" or atype != "PER"):
        raise _fail(where, actor_id, f"gender must be 'f' (women only, people only), got {gender!r}")
    return Actor(
        id=actor_id,
        name=name.strip(),
        type=atype,
        kind=raw.get("kind"),
        country=country,
        aliases=_strings(raw.get("aliases"), where, actor_id, "aliases"),
        roles=tuple(roles),
        wikidata=wikidata,
        en=raw.get("en"),
        honorifics=_strings(raw.get("honorifics"), where, actor_id, "honorifics"),
        surname=surname,
        demonyms=tuple(d for d in (raw.get("adj"), raw.get("adj_f")) if isinstance(d, str) and d),
        de=raw["de"] if isinstance(raw.get("de"), str) and raw["de"] else None,
        gender=gender,
    )


# Session 42 (news_heldout45, development since its blind run: « le patron de l'Organisation mondiale de la santé »):
# a role description that names its organisation by an acronym after « l' » (« le patron de l'OMS ») is also written
# with the organisation's full name when that name opens on a vowel (« de l'Organisation mondiale de la santé »), the
# only rewrite that keeps the article right. Off = the descriptions as written.
ORG_NAME_VARIANTS = True
_ELIDED_ACRONYM = re.compile(r"(?<=\bl['’])([A-Z]{2,6})(?![\w-])")
_VOWELS = tuple("AEIOUÉÈÊÀÂÎÔÛaeiouéèêàâîôû")


def _org_name_variants(descriptions: Sequence[str], org: dict[str, Any]) -> list[str]:
    name = org.get("name")
    if not isinstance(name, str) or not name.startswith(_VOWELS):
        return []
    acronyms = {a for a in (org.get("aliases") or []) if isinstance(a, str) and a.isupper()}
    out: list[str] = []
    for phrase in descriptions:
        m = _ELIDED_ACRONYM.search(phrase)
        if m is not None and m.group(1) in acronyms:
            out.append(phrase[: m.start()] + name + phrase[m.end() :])
    return out


def _build_role(
    rraw: Any, where: str, actor_id: str, raws: dict[str, dict[str, Any]], templates: dict[str, dict[str, Any]]
) -> Role:
    if not isinstance(rraw, dict):
        raise _fail(where, actor_id, f"a role must be a mapping, got {rraw!r}")
    unknown = set(rraw) - ROLE_KEYS
    if unknown:
        raise _fail(where, actor_id, f"unknown role field(s) {sorted(unknown)}")
    of = rraw.get("of")
    if of is not None and of not in raws:
        raise _fail(where, actor_id, f"role 'of' refers to unknown actor {of!r}")
    start = _check_date(rraw.get("start"), where, actor_id)
    end = _check_date(rraw.get("end"), where, actor_id)
    if start and end and _bounds(start)[0] > _bounds(end)[1]:
        raise _fail(where, actor_id, f"role starts ({start}) after it ends ({end})")
    descriptions = list(_strings(rraw.get("descriptions"), where, actor_id, "descriptions"))
    bare = list(_strings(rraw.get("bare"), where, actor_id, "bare"))
    title = rraw.get("title")
    template_key = rraw.get("role")
    if template_key is not None:
        template = templates.get(template_key)
        if template is None:
            raise _fail(where, actor_id, f"unknown role template {template_key!r} (see roles.yaml)")
        title = title or template["title"]
        bare.extend(template["bare"])
        if template_key == PORTFOLIO_TEMPLATE:
            raise _fail(where, actor_id, f"{PORTFOLIO_TEMPLATE!r} is filled from a minister's title, not a role")
        fields = _state_fields(raws.get(of) if isinstance(of, str) else None)
        for pattern in template["descriptions"]:
            if any(f"{{{k}}}" in pattern and not fields.get(k) for k in SEAT_FIELDS):
                continue  # a seat metonym of a state whose seat the KB does not name
            try:
                descriptions.append(pattern.format(**fields))
            except KeyError as exc:
                raise _fail(where, actor_id, f"template {template_key!r} needs {exc} on {of!r}") from exc
    if not isinstance(title, str) or not title.strip():
        raise _fail(where, actor_id, "a role needs a title or a role template")
    if of is not None and raws.get(of, {}).get("type") == "GPE":
        bare.insert(0, title.strip())  # "président de la République", "Premier ministre"
        portfolio = templates.get(PORTFOLIO_TEMPLATE)
        if portfolio is not None:
            fields = _state_fields(raws.get(of))
            for head in portfolio_heads(title):
                # "le ministre malien de l'Énergie", "le ministre de l'Énergie malien / du Mali", and without the
                # state "le ministre de l'Énergie" (the home state's holder): the title's own portfolios
                bare.extend(_fill(portfolio["bare"], fields, head))
                descriptions.extend(_fill(portfolio["descriptions"], fields, head))
    if ORG_NAME_VARIANTS and isinstance(of, str) and raws.get(of, {}).get("type") == "ORG":
        descriptions.extend(_org_name_variants(descriptions, raws[of]))
    return Role(
        title=title.strip(), of=of, start=start, end=end, descriptions=tuple(dict.fromkeys(descriptions)),
        bare=tuple(dict.fromkeys(_strip_front(_fold(b), ARTICLES) for b in bare)),
    )


# A minister's title that lists portfolios: "ministre" then "de/du/des/d'" + portfolio, each further portfolio after
# a comma or "et". Titles of deputy or coordinating offices ("ministre délégué ...", "ministre d'État chargé de ...",
# "ministre directeur de cabinet") name no portfolio of their own and give none.
# The roles.yaml template filled once per portfolio of a minister's title (not a role a person may name).
PORTFOLIO_TEMPLATE = "portfolio_minister"
_PORTFOLIO_TITLE = re.compile(r"^ministre\s+(?!d['’]\s*[ÉEée]tat\b)(?=(?:de|du|des|d['’]))", re.IGNORECASE)
_PORTFOLIO_SPLIT = re.compile(r"\s*,\s*(?:et\s+)?|\s+et\s+(?=(?:de|du|des|d['’])\b)", re.IGNORECASE)
_PORTFOLIO_HEAD = re.compile(r"^(?:de\s+la|de\s+l['’]|des|du|d['’])\s*\S", re.IGNORECASE)


def portfolio_heads(title: str) -> list[str]:
    """The portfolios a minister's title lists, each with its preposition: "ministre de l'Économie, du Plan et de la
    Coopération" gives "de l'Économie", "du Plan", "de la Coopération"; the list stops at the first part that is no
    portfolio ("ministre de la Communication, porte-parole du gouvernement" gives "de la Communication"). A title
    that is not "ministre de ..." gives none (linking round 29)."""
    m = _PORTFOLIO_TITLE.match(title.strip())
    if m is None:
        return []
    heads: list[str] = []
    for part in _PORTFOLIO_SPLIT.split(title.strip()[m.end():]):
        if not _PORTFOLIO_HEAD.match(part):
            break
        heads.append(part.strip())
    return heads


# v32: optional state fields — a template pattern that needs one a state lacks is skipped, not an error
SEAT_FIELDS = ("presidency_de", "government_de")


def _state_fields(owner: Mapping[str, Any] | None) -> dict[str, Any]:
    """The fields of a role's `of` actor that templates use ({adj}, {adj_f}, {de}, {name}; v32: the seats of its head of
    state and of its government, {presidency_de} « de l'Élysée », {government_de} « de Matignon »)."""
    keys = {"adj", "adj_f", "de", "name", *SEAT_FIELDS}
    return {k: v for k, v in (owner or {}).items() if k in keys}


def _fill(patterns: Iterable[str], fields: Mapping[str, Any], portfolio: str) -> list[str]:
    """The portfolio template's patterns filled for one portfolio: a pattern needing a field the state lacks (or has
    empty: a state without a demonym) is skipped, not an error (linking round 30)."""
    out: list[str] = []
    for pattern in patterns:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
        if any(not (isinstance(fields.get(n), str) and fields[n]) for n in names - {"portfolio"}):
            continue
        out.append(pattern.format(portfolio=portfolio, **fields))
    return out


def _check_aliases(actors: list[Actor], where_of: dict[str, str], ambiguous: dict[str, frozenset[str]]) -> None:
    """An explicit alias may name two actors of one type only if ambiguous.yaml says so."""
    owners: dict[tuple[str, str], list[str]] = {}
    for actor in actors:
        for form in actor.surfaces():
            key = normalise(form)
            ids = owners.setdefault((key, actor.type), [])
            if actor.id not in ids:
                ids.append(actor.id)
    for (key, _atype), ids in owners.items():
        if len(ids) > 1 and not set(ids) <= ambiguous.get(key, frozenset()):
            raise _fail(
                where_of[ids[1]], ids[1], f"alias {key!r} also names {ids[0]}; list it in ambiguous.yaml if intended"
            )
    known = {a.id for a in actors}
    for key, listed in ambiguous.items():
        missing = listed - known
        if missing:
            raise _fail("ambiguous.yaml", key, f"unknown id(s) {sorted(missing)}")


class StateIndex:
    """The states of a knowledge base (``kind: state``), for the stages that need an article's home state
    (linking, quotes, events): which state a linked id names, which state a nationality adjective names, and a
    state's adjectives. Each stage counts its own evidence and decides with :func:`leading_state`."""

    def __init__(self, actors: Iterable[Actor]):
        self._ids: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        self._adjectives: dict[str, tuple[str, str]] = {}
        for actor in actors:
            if actor.kind != "state":
                continue
            self._ids[actor.id] = actor.id
            if actor.wikidata:
                self._ids[actor.wikidata] = actor.id
            if actor.demonyms:
                self._adjectives[actor.id] = (actor.demonyms[0], actor.demonyms[-1])
            for adj in actor.demonyms:  # plural forms too: « maliens », « maliennes »
                for form in (adj, adj + "s", adj + "es"):
                    self._demonyms.setdefault(_fold(form), actor.id)  # a shared demonym is the first state's

    def state_of(self, kb_id: str | None) -> str | None:
        """The state id a linked mention's id (project id or Wikidata QID) names, if it is a state."""
        return self._ids.get(kb_id) if kb_id else None

    def demonym(self, word: str) -> str | None:
        """The state a nationality adjective names (« maliennes » -> gpe:mali), any case or accents."""
        return self._demonyms.get(_fold(word))

    def adjectives(self, state: str) -> tuple[str, str] | None:
        """A state's nationality adjective, masculine and feminine (« malien », « malienne »)."""
        return self._adjectives.get(state)


def leading_state(counts: Mapping[str, int], *, min_count: int = 1, margin: int = 0) -> str | None:
    """The state counted most, when it is counted at least ``min_count`` times and leads the runner-up by
    ``margin`` (the first counted wins a tie when ``margin`` is 0); None when no state leads so."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2]  # stable: ties keep the counting order
    if not ranked or ranked[0][1] < min_count:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] - runner_up >= margin else None


# The analyst's own KB files (``[kb] extra`` in kibaru.toml) the running configuration layers over the KB:
# set by each ingest / enrich run (:func:`use_extra`), read by every ``KnowledgeBase.load()`` of the process.
_EXTRA: tuple[Path, ...] = ()


def extra_files(settings: Mapping[str, Any] | None) -> tuple[Path, ...]:
    """The ``[kb] extra`` files of a configuration (paths relative to the working directory)."""
    table = (settings or {}).get("kb") or {}
    listed = table.get("extra", []) if isinstance(table, Mapping) else None
    if not isinstance(listed, list) or not all(isinstance(v, str) and v for v in listed):
        raise KibaruError(f"[kb] extra must be a list of YAML file paths, got {listed!r}")
    return tuple(Path(v).expanduser() for v in listed)


def use_extra(files: Sequence[Path], *, validate: bool = True) -> None:
    """Layer ``files`` over the KB in every later ``KnowledgeBase.load()`` of this process (the enrichment
    components load it themselves); validated now, so a bad file stops the run before any work — or, with
    ``validate=False``, when something first loads the KB (a command that may never need it)."""
    global _EXTRA
    if files and validate:
        KnowledgeBase.load(extra=tuple(files))
    _EXTRA = tuple(files)


def _stamped(files: Sequence[Path]) -> tuple[tuple[Path, int], ...]:
    """The cache key of extra files: each path with its modification time (an edited file is read again)."""
    return tuple((f.resolve(), f.stat().st_mtime_ns if f.is_file() else 0) for f in files)


def kb_version(path: Path | None = None, extra: Sequence[Path] = ()) -> str:
    """The version of the KB in ``path`` (default: the packaged data): its ``VERSION`` file, "0" without one,
    plus ``+extra.<hash>`` of the ``extra`` files' names and bytes. Recorded with every enriched article
    (kibaru.ingest.provenance), so articles linked against an older KB or other additions are found again."""
    version_file = (path or DEFAULT_PATH) / "VERSION"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else "0"
    if not extra:
        return version
    digest = hashlib.sha256()
    for file in extra:
        digest.update(file.name.encode("utf-8") + b"\0")
        digest.update(file.read_bytes() if file.is_file() else b"missing")
    return f"{version}+extra.{digest.hexdigest()[:12]}"


@lru_cache(maxsize=8)
def _load_cached(path: Path, extra: tuple[tuple[Path, int], ...] = ()) -> KnowledgeBase:
    pending, version, extensions = _read_actors(path, [file for file, _ in extra])
    templates = _load_templates(path)
    ambiguous = _load_ambiguous(path)
    raws = {p.raw["id"]: p.raw for p in pending}
    actors = [_build_actor(p, raws, templates) for p in pending]
    _check_extension_aliases(actors, extensions, ambiguous)
    _check_aliases(actors, {p.raw["id"]: p.where for p in pending}, ambiguous)
    return KnowledgeBase(actors, version, ambiguous)


def _check_extension_aliases(actors: list[Actor], extensions: list[tuple[str, str]],
                             ambiguous: dict[str, frozenset[str]]) -> None:
    """An alias an extra file adds to a known actor must not name another actor of its type (the error names
    the extra file, whichever actor comes first)."""
    if not extensions:
        return
    owners: dict[tuple[str, str], set[str]] = {}
    for actor in actors:
        for form in actor.surfaces():
            owners.setdefault((normalise(form), actor.type), set()).add(actor.id)
    by_id = {a.id: a for a in actors}
    for where, actor_id in extensions:
        actor = by_id[actor_id]
        for key in sorted({normalise(f) for f in actor.surfaces()}):
            for other in sorted(owners[(key, actor.type)] - {actor_id}):
                if not {actor_id, other} <= ambiguous.get(key, frozenset()):
                    raise _fail(where, actor_id, f"alias {key!r} also names {other}")


def role_covers(role: Role, on: str | None) -> bool:
    """Whether the role certainly held over the whole period ``on`` ("YYYY", "YYYY-MM", "YYYY-MM-DD"): it began
    at the latest on the period's first day and ended at the earliest on its last, at the precision both dates give.
    An office that changed hands inside the period ("2020-09" for a holder appointed on 27 September 2020, or
    appointed "2020-09" for an article of 2020-09-10) may be held by someone else at the article's time. True
    without a date (nothing to doubt) or for a date the KB cannot read (the overlap test decides then)."""
    if not on:
        return True
    try:
        lo, hi = _bounds(on)
        if role.start and _bounds(role.start)[1] > lo:
            return False
        return not (role.end and _bounds(role.end)[0] < hi)
    except ValueError:
        return True


def _role_overlaps(role: Role, lo: _dt.date | None, hi: _dt.date | None) -> bool:
    """The role's date range overlaps ``lo``..``hi`` (always true without a period)."""
    if lo is None or hi is None:
        return True
    start = _bounds(role.start)[0] if role.start else _dt.date.min
    end = _bounds(role.end)[1] if role.end else _dt.date.max
    return not (start > hi or end < lo)
