"""Display names for narrative, technique and event-type ids (the ids themselves never change).

Read from ``kibaru/data/serve/labels.yaml``; when the narrative detectors' own
``kibaru/data/narratives/labels.yaml`` is installed, its French narrative names win.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Labels:
    narratives: dict[str, str] = field(default_factory=dict)
    narrative_family: dict[str, str] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)
    voices: dict[str, str] = field(default_factory=dict)
    voice_notes: dict[str, str] = field(default_factory=dict)
    techniques: dict[str, str] = field(default_factory=dict)
    event_types: dict[str, str] = field(default_factory=dict)

    def narrative(self, nid: str) -> str:
        return self.narratives.get(nid, nid)

    def technique(self, tid: str) -> str:
        return self.techniques.get(tid, tid.replace("_", " "))

    def event_type(self, etype: str) -> str:
        return self.event_types.get(etype, etype.replace("_", " "))

    def voice(self, voice: str | None) -> str:
        return self.voices.get(voice or "", voice or "")


def _read(*parts: str) -> Any:
    node = resources.files("kibaru").joinpath("data", *parts)
    if not node.is_file():
        return None
    return yaml.safe_load(node.read_text(encoding="utf-8"))


@functools.cache
def load() -> Labels:
    ours = _read("serve", "labels.yaml") or {}
    narratives = {str(n["id"]): str(n.get("fr") or n["id"]) for n in ours.get("narratives", [])}
    family = {str(n["id"]): str(n.get("family") or "other") for n in ours.get("narratives", [])}
    families = {str(k): str(v.get("fr") if isinstance(v, dict) else v) for k, v in (ours.get("families") or {}).items()}
    theirs = _read("narratives", "labels.yaml")
    if isinstance(theirs, dict):
        for n in theirs.get("labels") or []:
            if isinstance(n, dict) and n.get("id"):
                narratives[str(n["id"])] = str(n.get("fr") or narratives.get(str(n["id"])) or n["id"])
                family.setdefault(str(n["id"]), str(n.get("family") or "other"))
        for k, v in (theirs.get("families") or {}).items():
            families.setdefault(str(k), str(v.get("fr") if isinstance(v, dict) else v))
    voices = {str(k): str(v.get("fr") if isinstance(v, dict) else v) for k, v in (ours.get("voices") or {}).items()}
    voice_notes = {str(k): str(v.get("note", "")) for k, v in (ours.get("voices") or {}).items() if isinstance(v, dict)}
    return Labels(
        narratives=narratives, narrative_family=family, families=families, voices=voices, voice_notes=voice_notes,
        techniques={str(k): str(v) for k, v in (ours.get("techniques") or {}).items()},
        event_types={str(k): str(v) for k, v in (ours.get("event_types") or {}).items()},
    )
