"""The data files the exports read: DISARM mapping, DISARM technique names, narrative labels, ISO codes.

All live under ``kibaru/data/`` (``disarm/techniques_map.yaml``, ``disarm/disarm_techniques.yaml``,
``export/narrative_labels.yaml``, ``export/iso3166.yaml``) and are validated on load: a mapping that
names a DISARM id missing from the technique list is a :class:`~kibaru.errors.ConfigError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kibaru.errors import ConfigError


def _load(*parts: str) -> Any:
    path = resources.files("kibaru").joinpath("data", *parts)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"data/{'/'.join(parts)}: cannot read: {exc}") from exc


def _load_mapping(key: str, *parts: str) -> dict[Any, Any]:
    """The ``key`` mapping at the top of a packaged YAML file (ConfigError when it is missing)."""
    data = _load(*parts)
    rows = data.get(key) if isinstance(data, dict) else None
    if not isinstance(rows, dict):
        raise ConfigError(f"data/{'/'.join(parts)}: expected a '{key}' mapping")
    return rows


@dataclass(frozen=True, slots=True)
class DisarmTechnique:
    id: str
    name: str
    tactic: str
    phase: str
    url: str


@dataclass(frozen=True, slots=True)
class DisarmMapping:
    """What one kibaru label maps to, and why."""

    label: str
    kind: str  # "technique" or "narrative"
    techniques: tuple[DisarmTechnique, ...]
    rationale: str


@dataclass(frozen=True, slots=True)
class DisarmMap:
    commit: str
    techniques: dict[str, DisarmMapping]  # SemEval technique id -> mapping
    narratives: dict[str, DisarmMapping]  # narrative id -> mapping
    unmapped: dict[str, dict[str, str]]  # "techniques"/"narratives" -> label -> reason

    def for_technique(self, label: str) -> tuple[DisarmTechnique, ...]:
        mapping = self.techniques.get(label)
        return mapping.techniques if mapping else ()

    def for_narrative(self, label: str) -> tuple[DisarmTechnique, ...]:
        mapping = self.narratives.get(label)
        return mapping.techniques if mapping else ()


@cache
def disarm_techniques() -> dict[str, DisarmTechnique]:
    rows = _load_mapping("techniques", "disarm", "disarm_techniques.yaml")
    out: dict[str, DisarmTechnique] = {}
    for tid, row in rows.items():
        try:
            out[str(tid)] = DisarmTechnique(str(tid), str(row["name"]), str(row["tactic"]), str(row["phase"]),
                                            str(row["url"]))
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"data/disarm/disarm_techniques.yaml: {tid}: missing {exc}") from exc
    return out


@cache
def disarm_map() -> DisarmMap:
    data = _load("disarm", "techniques_map.yaml")
    if not isinstance(data, dict):
        raise ConfigError("data/disarm/techniques_map.yaml: expected a mapping")
    known = disarm_techniques()

    def section(name: str, kind: str) -> dict[str, DisarmMapping]:
        out: dict[str, DisarmMapping] = {}
        for label, row in (data.get(name) or {}).items():
            ids = row.get("disarm") if isinstance(row, dict) else None
            if not isinstance(ids, list) or not ids or not row.get("rationale"):
                raise ConfigError(
                    f"data/disarm/techniques_map.yaml: {name}.{label}: needs 'disarm' ids and a rationale"
                )
            missing = [i for i in ids if i not in known]
            if missing:
                raise ConfigError(
                    f"data/disarm/techniques_map.yaml: {name}.{label}: unknown DISARM id(s) {missing} "
                    "(add them to disarm_techniques.yaml from the DISARM framework)"
                )
            out[str(label)] = DisarmMapping(str(label), kind, tuple(known[i] for i in ids),
                                            " ".join(str(row["rationale"]).split()))
        return out

    unmapped = data.get("unmapped") or {}
    return DisarmMap(
        commit=str(data.get("disarm_commit", "")),
        techniques=section("techniques", "technique"),
        narratives=section("narratives", "narrative"),
        unmapped={k: {str(a): str(b) for a, b in (v or {}).items()} for k, v in unmapped.items()},
    )


@dataclass(frozen=True, slots=True)
class NarrativeLabel:
    id: str
    family: str
    definition: str


@cache
def narrative_labels() -> dict[str, NarrativeLabel]:
    rows = _load_mapping("narratives", "export", "narrative_labels.yaml")
    return {str(k): NarrativeLabel(str(k), str(v.get("family", "")), str(v.get("definition", "")))
            for k, v in rows.items()}


@cache
def iso_codes() -> dict[str, str]:
    """KB state id (gpe:…) -> ISO 3166-1 alpha-2 code."""
    codes = _load_mapping("codes", "export", "iso3166.yaml")
    return {str(k): str(v) for k, v in codes.items()}


def iso_exceptions() -> list[str]:
    data = _load("export", "iso3166.yaml")
    return [str(x) for x in (data.get("no_code") or [])]


@cache
def area_regions() -> dict[str, str]:
    """KB place id of an area without a state -> STIX region (region-ov)."""
    data = _load("export", "iso3166.yaml")
    return {str(k): str(v) for k, v in ((data or {}).get("areas") or {}).items()}
