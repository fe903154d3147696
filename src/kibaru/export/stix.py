"""STIX 2.1 bundles of kibaru's findings, for OpenCTI, MISP and other threat-intelligence platforms.

What becomes what (docs/exports.md has the full table and an example):

* each **article** → a ``report`` (a ``note`` when it is undated: a report needs ``published``)
  with the article's URL as external reference, its outlet as author (``created_by_ref``), and
  ``object_refs`` to everything below that it mentions or carries;
* each **outlet** → an ``identity`` (organization);
* each **actor** linked to the knowledge base → an ``identity`` (individual / organization), or a
  ``location`` for states (``country`` = ISO 3166-1 code) and places (with their state's code; areas
  with a region); Wikidata ids go in external references. Mentions not linked to the knowledge base
  and KB actors of type EVENT/MISC are not exported as objects (they are in the tables);
* each **narrative** label → an OpenCTI ``narrative`` object (type ``narrative``, flagged with
  OpenCTI's extension definition as a new SDO, which is how OpenCTI itself exports and imports it);
* each **detection** → a ``related-to`` relationship carrying the detail in ``x_kibaru_*``
  properties: report → narrative (voice, score, evidence spans, speaker), outlet → narrative for
  author-voice detections, speaker → narrative for quoted ones, report → DISARM attack-pattern for a
  persuasion technique that maps to DISARM, report → actor for stance;
* **DISARM** techniques (``data/disarm/techniques_map.yaml``) → ``attack-pattern`` objects with an
  external reference (source_name ``DISARM``, external_id ``T0…``) and ``x_mitre_id`` (so OpenCTI
  merges them with an imported DISARM framework); narrative → attack-pattern relationships carry
  the mapping's rationale.

The ``x_kibaru_*`` (and ``x_mitre_id``) top-level properties are declared by a kibaru
``extension-definition`` (toplevel-property-extension) included in every bundle; OpenCTI-specific
attributes (aliases, location type) sit in OpenCTI's own extension. Ids are UUIDv5 of kibaru ids
(the article id, the KB id, the narrative id, the DISARM id), so a re-export gives every object the
same id; ``created`` is a fixed date and ``modified`` the export time, so a re-export is a newer
version of the same objects.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kibaru import __version__
from kibaru.enrich.voice import technique_voices
from kibaru.errors import KibaruError
from kibaru.export.actors import ActorIndex, ActorRef, fold
from kibaru.export.labels import DisarmTechnique, disarm_map, iso_codes, narrative_labels
from kibaru.kb import Actor
from kibaru.model import Article

# Every kibaru STIX id is uuid5(KIBARU_NAMESPACE, "<kind>:<kibaru id>").
KIBARU_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:kibaru:stix")
# OpenCTI's extension definition (opencti/src/types/stix-2-1-extensions.ts, STIX_EXT_OCTI).
OPENCTI_EXTENSION = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"
# `created` of every object: fixed, so that each export is a new version (later `modified`) of the same object.
CREATED = datetime(2024, 1, 1, tzinfo=UTC)
# Characters of the article text kept as a report's description (the whole text is not shared).
DESCRIPTION_CHARS = 600
# Place kinds of the KB -> OpenCTI location type.
_PLACE_TYPES = {"town": "City"}

# What a report's ``x_kibaru_techniques`` keeps of each technique span (plus its DISARM ids).
TECHNIQUE_KEYS = ("id", "start", "end", "text", "score", "voice", "speaker", "speaker_kb_id")

KIBARU_PROPERTIES = (
    "x_kibaru_article_id", "x_kibaru_outlet", "x_kibaru_cluster_id", "x_kibaru_date", "x_kibaru_date_precision",
    "x_kibaru_kb_id", "x_kibaru_kind", "x_kibaru_detection", "x_kibaru_voice", "x_kibaru_score",
    "x_kibaru_evidence", "x_kibaru_speaker", "x_kibaru_description", "x_kibaru_technique", "x_kibaru_start",
    "x_kibaru_end", "x_kibaru_text", "x_kibaru_techniques", "x_kibaru_stance", "x_kibaru_rationale", "x_mitre_id",
)


def stix_id(kind: str, key: str) -> str:
    """The deterministic STIX id of a kibaru thing (``kind`` is the STIX type)."""
    return f"{kind}--{uuid.uuid5(KIBARU_NAMESPACE, f'{kind}:{key}')}"


SYSTEM_ID = stix_id("identity", "kibaru")
EXTENSION_ID = stix_id("extension-definition", "kibaru-properties-v1")
_KIBARU_EXT = {EXTENSION_ID: {"extension_type": "toplevel-property-extension"}}


def _stix2() -> Any:
    try:
        import stix2
    except ImportError as exc:
        raise KibaruError(f"the STIX export needs the stix extra: pip install 'kibaru[stix]' ({exc})") from exc
    return stix2


def _timestamp(date: str | None) -> datetime | None:
    """The first instant of a YYYY[-MM[-DD]] date, UTC."""
    if not date:
        return None
    parts = date[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        year, month, day = [*numbers, 1, 1][:3]
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def _confidence(score: Any) -> int | None:
    if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 1:
        return round(float(score) * 100)
    return None


@dataclass
class StixOptions:
    """What the bundle is stamped with."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    description_chars: int = DESCRIPTION_CHARS
    # The actor group (``kibaru.analyse.groups.ActorGroup``) the articles were selected by (``--actor
    # group:russia``): a Note on every article's report says so (the group, its members, its version).
    group: Any = None


class BundleBuilder:
    """Accumulate STIX objects for articles; ``bundle()`` returns the stix2 Bundle."""

    def __init__(self, actors: ActorIndex | None = None, options: StixOptions | None = None) -> None:
        self.stix2 = _stix2()
        self.actors = actors if actors is not None else ActorIndex()
        self.options = options or StixOptions()
        self.now = self.options.now
        self.objects: dict[str, Any] = {}
        self.disarm = disarm_map()
        self.labels = narrative_labels()
        self.iso = iso_codes()
        self.articles = 0
        self._add(self.stix2.Identity(
            id=SYSTEM_ID, name="kibaru", identity_class="system", created=CREATED, modified=self.now,
            description=f"kibaru {__version__}: explainable records of foreign influence in French-language "
                        "news about the Sahel.",
        ))
        self._add(self.stix2.ExtensionDefinition(
            id=EXTENSION_ID, created_by_ref=SYSTEM_ID, created=CREATED, modified=self.now,
            name="kibaru detection properties", version="1.0",
            description="Top-level x_kibaru_* properties: the article, voice, score and evidence behind each "
                        "kibaru detection; x_mitre_id on DISARM attack-patterns.",
            schema="kibaru docs/exports.md, section 'STIX custom properties': every x_kibaru_* property, its "
                   "type and meaning.",
            extension_types=["toplevel-property-extension"], extension_properties=list(KIBARU_PROPERTIES),
        ))

    # --- objects -------------------------------------------------------------------------

    def _add(self, obj: Any) -> str:
        self.objects.setdefault(obj.id, obj)
        return str(obj.id)

    def _common(self) -> dict[str, Any]:
        return {"created": CREATED, "modified": self.now, "created_by_ref": SYSTEM_ID, "allow_custom": True}

    def outlet(self, name: str) -> str:
        """The identity of an outlet (the KB's media actor when the name is one)."""
        media = [a for a in self.actors.kb.lookup(name) if a.id.startswith("media:")]
        if len(media) == 1:
            found = self.actor(ActorRef(key=f"kb:{media[0].id}", name=media[0].name, actor=media[0]))
            if found:
                return found
        oid = stix_id("identity", f"outlet:{fold(name)}")
        if oid not in self.objects:
            self._add(self.stix2.Identity(
                id=oid, name=name, identity_class="organization", **self._common(),
                description="News outlet (as kibaru names it from the article's site or metadata).",
                x_kibaru_kind="outlet", extensions=_KIBARU_EXT,
            ))
        return oid

    def actor(self, ref: ActorRef | None) -> str | None:
        """The STIX object of a KB-linked actor (None when it is not exported)."""
        if ref is None or ref.actor is None:
            return None
        actor = ref.actor
        if actor.type in ("EVENT", "MISC"):
            return None
        if actor.type in ("GPE", "LOC"):
            location = self._location(actor)
            if location is not None:
                return location
        oid = stix_id("identity", f"actor:{actor.id}")
        if oid not in self.objects:
            self._add(self.stix2.Identity(
                id=oid, name=actor.name, identity_class="individual" if actor.type == "PER" else "organization",
                **self._common(), **self._describe(actor),
            ))
        return oid

    def _describe(self, actor: Actor) -> dict[str, Any]:
        refs = [{"source_name": "kibaru", "external_id": actor.id, "description": "kibaru knowledge base id"}]
        if actor.wikidata:
            refs.append({"source_name": "wikidata", "external_id": actor.wikidata,
                         "url": f"https://www.wikidata.org/wiki/{actor.wikidata}"})
        octi: dict[str, Any] = {"extension_type": "property-extension"}
        aliases = [a for a in actor.aliases if a != actor.name]
        if aliases:
            octi["aliases"] = aliases
        return {"external_references": refs, "x_kibaru_kb_id": actor.id,
                **({"x_kibaru_kind": actor.kind} if actor.kind else {}),
                "extensions": {**_KIBARU_EXT, OPENCTI_EXTENSION: octi}}

    def _location(self, actor: Actor) -> str | None:
        fields: dict[str, Any]
        if actor.type == "GPE":
            code = self.iso.get(actor.id)
            if code is None:
                return None
            fields, location_type = {"country": code}, "Country"
        else:
            state = self.iso.get(actor.country or "")
            if state is not None:
                fields = {"country": state}
                location_type = _PLACE_TYPES.get(actor.kind or "", "Administrative-Area")
            else:
                region = self.iso_regions().get(actor.id)
                if region is None:
                    return None
                fields, location_type = {"region": region}, "Region"
        oid = stix_id("location", f"actor:{actor.id}")
        if oid not in self.objects:
            described = self._describe(actor)
            described["extensions"][OPENCTI_EXTENSION]["location_type"] = location_type
            self._add(self.stix2.Location(id=oid, name=actor.name, **fields, **self._common(), **described))
        return oid

    def iso_regions(self) -> dict[str, str]:
        from kibaru.export.labels import area_regions

        return area_regions()

    def narrative(self, label: str) -> str:
        oid = stix_id("narrative", label)
        if oid not in self.objects:
            known = self.labels.get(label)
            description = (f"{known.definition} (family: {known.family})" if known
                           else "A narrative outside kibaru's label set (free-text description on each detection)."
                           if label == "other" else "A narrative label unknown to this kibaru version.")
            self._add(_narrative_object(self.stix2, {
                "id": oid, "name": label, "description": description, "created": CREATED,
                "modified": self.now, "created_by_ref": SYSTEM_ID,
                **({"narrative_types": [known.family]} if known else {}),
                "external_references": [{"source_name": "kibaru", "external_id": label,
                                         "description": "kibaru narrative label set v1 (shared/spec/narratives.md)"}],
                "extensions": {OPENCTI_EXTENSION: {"extension_type": "new-sdo"}},
            }))
            for technique in self.disarm.for_narrative(label):
                rationale = self.disarm.narratives[label].rationale
                self._relationship(oid, self.attack_pattern(technique), f"{label}>{technique.id}",
                                   description=f"DISARM mapping: {rationale}", x_kibaru_rationale=rationale)
        return oid

    def attack_pattern(self, technique: DisarmTechnique) -> str:
        oid = stix_id("attack-pattern", f"disarm:{technique.id}")
        if oid not in self.objects:
            self._add(self.stix2.AttackPattern(
                id=oid, name=technique.name, **self._common(),
                description=f"DISARM Red Framework technique {technique.id} ({technique.tactic}). See the "
                            "DISARM framework for its definition.",
                external_references=[{"source_name": "DISARM", "external_id": technique.id, "url": technique.url}],
                kill_chain_phases=[{"kill_chain_name": "disarm", "phase_name": technique.phase}],
                x_mitre_id=technique.id, extensions=_KIBARU_EXT,
            ))
        return oid

    def _relationship(self, source: str, target: str, key: str, **props: Any) -> str:
        oid = stix_id("relationship", f"{source}|{target}|{key}")
        if oid not in self.objects:
            props = {k: v for k, v in props.items() if v is not None and v != []}
            self._add(self.stix2.Relationship(
                id=oid, relationship_type="related-to", source_ref=source, target_ref=target, **self._common(),
                extensions=_KIBARU_EXT, **props,
            ))
        return oid

    # --- articles ------------------------------------------------------------------------

    def add_article(self, article: Article) -> str:
        """Add one article and everything detected in it; return the report's (or note's) id."""
        self.articles += 1
        published = _timestamp(article.date)
        kind = "report" if published is not None else "note"
        rid = stix_id(kind, f"article:{article.id}")
        refs: list[str] = []

        def ref(oid: str | None) -> None:
            if oid and oid not in refs:
                refs.append(oid)

        outlet = self.outlet(article.outlet) if article.outlet else None
        ref(outlet)
        for entity in article.entities:
            ref(self.actor(self.actors.of_entity(entity)))
        for quote in article.quotes:
            ref(self.actor(self.actors.ref(quote.get("speaker_kb_id"), quote.get("speaker"))))
        base = {"x_kibaru_article_id": article.id, "x_kibaru_detection": None}

        for i, det in enumerate(article.narratives):
            label = str(det.get("id") or "other")
            nid = self.narrative(label)
            ref(nid)
            voice = det.get("voice")
            evidence = [s for s in det.get("evidence") or [] if isinstance(s, dict)]
            detail = {**base, "x_kibaru_detection": "narrative", "x_kibaru_voice": voice,
                      "x_kibaru_score": det.get("score"), "x_kibaru_evidence": evidence,
                      "x_kibaru_speaker": det.get("speaker"), "x_kibaru_description": det.get("description"),
                      "confidence": _confidence(det.get("score"))}
            what = f"narrative '{label}' in the {voice or 'unknown'} voice"
            ref(self._relationship(rid, nid, f"narrative|{i}|{label}", description=f"Article carries {what}.",
                                   **detail))
            if voice == "author" and outlet:
                ref(self._relationship(outlet, nid, f"{article.id}|narrative|{i}|{label}",
                                       description=f"The outlet asserts narrative '{label}' in its own words.",
                                       **detail))
            if voice == "quoted":
                speaker = self.actors.ref(det.get("speaker_kb_id"), det.get("speaker"))
                if speaker is not None and speaker.actor is None and det.get("speaker"):
                    found = self.actors.kb.lookup(str(det["speaker"]))
                    speaker = (ActorRef(key=f"kb:{found[0].id}", name=found[0].name, actor=found[0])
                               if len(found) == 1 else speaker)
                sid = self.actor(speaker)
                if sid:
                    ref(sid)
                    ref(self._relationship(sid, nid, f"{article.id}|narrative|{i}|{label}",
                                           description=f"Quoted as voicing narrative '{label}'.", **detail))

        techniques: list[dict[str, Any]] = []
        for i, det in enumerate(technique_voices(article.techniques, article.quotes)):
            label = str(det.get("id"))
            mapped = self.disarm.for_technique(label)
            techniques.append({k: det.get(k) for k in TECHNIQUE_KEYS if k in det}
                              | {"disarm": [t.id for t in mapped]})
            for technique in mapped:
                ap = self.attack_pattern(technique)
                ref(ap)
                ref(self._relationship(
                    rid, ap, f"technique|{i}|{label}|{technique.id}",
                    description=f"Persuasion technique {label} (SemEval-2023 Task 3), mapped to DISARM "
                                f"{technique.id}: {self.disarm.techniques[label].rationale}",
                    **{**base, "x_kibaru_detection": "technique", "x_kibaru_technique": label,
                       "x_kibaru_start": det.get("start"), "x_kibaru_end": det.get("end"),
                       "x_kibaru_text": det.get("text"), "x_kibaru_score": det.get("score"),
                       "x_kibaru_voice": det.get("voice"), "x_kibaru_speaker": det.get("speaker"),
                       "confidence": _confidence(det.get("score"))},
                ))

        for i, det in enumerate(article.stance):
            target = self.actor(self.actors.ref(det.get("target_kb_id"), det.get("target")))
            if target:
                ref(target)
                score = det.get("score")
                ref(self._relationship(
                    rid, target, f"stance|{i}",
                    description=f"Stance of the article towards {det.get('target')}: {score} (-1 hostile … +1 "
                                "favourable).",
                    **{**base, "x_kibaru_detection": "stance", "x_kibaru_score": score,
                       "x_kibaru_voice": det.get("voice"), "x_kibaru_evidence": det.get("evidence")},
                ))

        if not refs:
            refs.append(SYSTEM_ID)
        external = [{"source_name": "kibaru", "external_id": article.id, "description": "kibaru article id"}]
        if article.url:
            external.insert(0, {"source_name": article.outlet or "web", "url": article.url})
        text = " ".join(article.text.split())
        lead = text if len(text) <= self.options.description_chars else \
            text[: self.options.description_chars].rsplit(" ", 1)[0] + " …"
        common = {
            "id": rid, "created": CREATED, "modified": self.now, "created_by_ref": outlet or SYSTEM_ID,
            "object_refs": refs, "external_references": external, "allow_custom": True,
            "extensions": _KIBARU_EXT, "x_kibaru_article_id": article.id,
            **({"lang": article.language} if article.language else {}),
            **({"x_kibaru_outlet": article.outlet} if article.outlet else {}),
            **({"x_kibaru_cluster_id": article.cluster_id} if article.cluster_id else {}),
            **({"x_kibaru_techniques": techniques} if techniques else {}),
            **({"x_kibaru_stance": article.stance} if article.stance else {}),
        }
        name = article.title or (lead[:120] or article.id)
        if kind == "report":
            obj = self.stix2.Report(name=name, description=lead, published=published,
                                    x_kibaru_date=article.date, x_kibaru_date_precision=article.date_precision,
                                    **common)
        else:
            obj = self.stix2.Note(abstract=name, content=lead or name, **common)
        return self._add(obj)

    def bundle(self) -> Any:
        group = self.options.group
        articles = sorted(o.id for o in self.objects.values() if o.type in ("report", "note")
                          and getattr(o, "x_kibaru_article_id", None))
        if group is not None and articles:
            self._add(self.stix2.Note(
                id=stix_id("note", f"selection:{group.key}:{json.dumps(articles)}"), created=CREATED, modified=self.now,
                created_by_ref=SYSTEM_ID, abstract=f"Articles selected by the actor group {group.key} ({group.label})",
                content=f"{group.key} is an actor group, its members counted together: {group.describe()}",
                object_refs=articles))
        objects = sorted(self.objects.values(), key=lambda o: (_ORDER.get(o.type, 9), o.id))
        key = json.dumps([o.id for o in objects]) + self.now.isoformat()
        bid = f"bundle--{uuid.uuid5(KIBARU_NAMESPACE, key)}"
        return self.stix2.Bundle(objects=objects, id=bid, allow_custom=True)


# Order in the bundle: definitions first, then referenced objects, then relationships and reports.
_ORDER = {"extension-definition": 0, "identity": 1, "location": 2, "narrative": 3, "attack-pattern": 4,
          "relationship": 6, "report": 7, "note": 7}


def _narrative_object(stix2: Any, props: dict[str, Any]) -> Any:
    """An OpenCTI ``narrative`` SDO (a STIX 2.1 custom object flagged by OpenCTI's new-sdo extension)."""
    cls = _narrative_class(stix2)
    return cls(**props)


_NARRATIVE_CLASS: Any = None


def _narrative_class(stix2: Any) -> Any:
    global _NARRATIVE_CLASS
    if _NARRATIVE_CLASS is None:
        from stix2.properties import ListProperty, StringProperty

        @stix2.CustomObject("narrative", [
            ("name", StringProperty(required=True)),
            ("description", StringProperty()),
            ("aliases", ListProperty(StringProperty)),
            ("narrative_types", ListProperty(StringProperty)),
        ], extension_name=None)
        class Narrative:
            pass

        _NARRATIVE_CLASS = Narrative
    return _NARRATIVE_CLASS


def build_bundle(articles: Iterable[Article], *, actors: ActorIndex | None = None,
                 options: StixOptions | None = None) -> tuple[Any, int]:
    """The STIX bundle of ``articles`` and how many articles it holds."""
    builder = BundleBuilder(actors, options)
    for article in articles:
        builder.add_article(article)
    return builder.bundle(), builder.articles


def export_stix(articles: Iterable[Article], out: Path | None, *, actors: ActorIndex | None = None,
                options: StixOptions | None = None) -> tuple[int, int]:
    """Write the bundle as JSON to ``out`` (stdout when None); return (articles, objects)."""
    import sys

    bundle, count = build_bundle(articles, actors=actors, options=options)
    text = bundle.serialize(pretty=True, ensure_ascii=False)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write_text(text + "\n", encoding="utf-8")
    return count, len(bundle.objects)


def validate_bundle(text: str) -> tuple[bool, list[str], list[str]]:
    """Run the OASIS stix2-validator on a serialised bundle: (valid, errors, warnings)."""
    try:
        from stix2validator import ValidationOptions, validate_string
    except ImportError as exc:
        raise KibaruError(f"validating needs the stix extra: pip install 'kibaru[stix]' ({exc})") from exc
    result = validate_string(text, ValidationOptions(version="2.1"))
    return bool(result.is_valid), [str(e) for e in result.errors], [str(w) for w in result.warnings]
