"""STIX 2.1 export: valid bundles, OpenCTI's expectations, DISARM mapping, stable ids."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from export_fixtures import T4, articles, make_db, span
from kibaru.cli import app
from kibaru.export.labels import (
    area_regions,
    disarm_map,
    disarm_techniques,
    iso_codes,
    iso_exceptions,
    narrative_labels,
)
from kibaru.export.stix import OPENCTI_EXTENSION, StixOptions, build_bundle, stix_id, validate_bundle
from kibaru.kb import KnowledgeBase

runner = CliRunner()
SHARED = Path(os.environ.get("KIBARU_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
# Validator warnings we accept, each a SHOULD of the spec we knowingly depart from:
# 103 ids are UUIDv5 (deterministic re-exports; OpenCTI does the same), 302 external references to
# web pages carry no hash (kibaru has the clean text, not the page bytes).
ACCEPTED_WARNINGS = {"103", "302"}


def _bundle(items: list[Any] | None = None, now: datetime = NOW) -> dict[str, Any]:
    bundle, _ = build_bundle(items if items is not None else articles(), options=StixOptions(now=now))
    return dict(json.loads(bundle.serialize()))


def _objects(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == kind]


def _check_valid(text: str) -> None:
    valid, errors, warnings = validate_bundle(text)
    assert valid and not errors, errors
    codes = {m.group(1) for w in warnings if (m := re.search(r"\{(\d+)\}", w))}
    assert codes <= ACCEPTED_WARNINGS, [w for w in warnings if not any(f"{{{c}}}" in w for c in ACCEPTED_WARNINGS)]


def _check_references(bundle: dict[str, Any]) -> None:
    ids = {o["id"] for o in bundle["objects"]}
    assert len(ids) == len(bundle["objects"])  # no duplicates
    for obj in bundle["objects"]:
        for key in ("object_refs",):
            assert set(obj.get(key, [])) <= ids, (obj["id"], set(obj.get(key, [])) - ids)
        for key in ("source_ref", "target_ref", "created_by_ref"):
            if key in obj:
                assert obj[key] in ids, (obj["id"], key)


def test_fixture_bundle_validates_and_refers_only_inside() -> None:
    bundle = _bundle()
    _check_valid(json.dumps(bundle))
    _check_references(bundle)


def test_articles_become_reports_or_notes_with_their_url() -> None:
    bundle = _bundle()
    reports = {r["x_kibaru_article_id"]: r for r in _objects(bundle, "report")}
    notes = {n["x_kibaru_article_id"]: n for n in _objects(bundle, "note")}
    assert set(reports) == {"a1", "a2", "a4"} and set(notes) == {"a3"}  # a3 is undated
    a1 = reports["a1"]
    assert a1["published"].startswith("2023-02-03T00:00:00")
    assert {"source_name": "Sahel Matin", "url": "https://sahelmatin.example/a1"} in a1["external_references"]
    outlet = next(o for o in _objects(bundle, "identity") if o["name"] == "Sahel Matin")
    assert a1["created_by_ref"] == outlet["id"] and outlet["identity_class"] == "organization"
    assert a1["lang"] == "fr" and a1["x_kibaru_cluster_id"] == "ca1"


def test_actors_are_identities_or_locations_merged_across_id_forms() -> None:
    bundle = _bundle()
    by_kb = {o.get("x_kibaru_kb_id"): o for o in bundle["objects"] if o.get("x_kibaru_kb_id")}
    mali = by_kb["gpe:mali"]  # mentioned as Q912 and as gpe:mali: one object
    assert mali["type"] == "location" and mali["country"] == "ML"
    assert mali["extensions"][OPENCTI_EXTENSION]["location_type"] == "Country"
    assert {"source_name": "wikidata", "external_id": "Q912", "url": "https://www.wikidata.org/wiki/Q912"} in \
        mali["external_references"]
    assert by_kb["loc:bamako"]["type"] == "location" and by_kb["loc:bamako"]["country"] == "ML"
    assert by_kb["loc:bamako"]["extensions"][OPENCTI_EXTENSION]["location_type"] == "City"
    assert by_kb["per:assimi-goita"]["type"] == "identity"
    assert by_kb["per:assimi-goita"]["identity_class"] == "individual"
    assert by_kb["grp:wagner"]["identity_class"] == "organization"
    names = {o.get("name") for o in bundle["objects"]}
    assert "Jean Dupont" not in names and "Libye" not in names  # unlinked mentions are not exported
    a1 = next(r for r in _objects(bundle, "report") if r["x_kibaru_article_id"] == "a1")
    assert {mali["id"], by_kb["per:assimi-goita"]["id"], by_kb["per:sergei-lavrov"]["id"]} <= set(a1["object_refs"])


def test_narratives_follow_opencti_and_detections_keep_voice_and_evidence() -> None:
    bundle = _bundle()
    narratives = {n["name"]: n for n in _objects(bundle, "narrative")}
    assert set(narratives) == {"france-neocolonial", "western-media-hostility", "sovereign-choice-of-partners",
                               "wagner-denial", "other"}
    for n in narratives.values():
        # What OpenCTI's narrative converter emits and its client imports: type "narrative", name,
        # description, flagged as a new SDO by OpenCTI's extension definition.
        assert n["extensions"][OPENCTI_EXTENSION] == {"extension_type": "new-sdo"}
        assert n["description"]
    assert narratives["france-neocolonial"]["narrative_types"] == ["Discrediting France and the West"]
    rels = _objects(bundle, "relationship")
    a1 = next(r for r in _objects(bundle, "report") if r["x_kibaru_article_id"] == "a1")
    neocolonial = narratives["france-neocolonial"]["id"]
    carried = [r for r in rels if r["source_ref"] == a1["id"] and r["target_ref"] == neocolonial]
    assert len(carried) == 1
    detection = carried[0]
    assert detection["relationship_type"] == "related-to" and detection["x_kibaru_voice"] == "author"
    assert detection["x_kibaru_score"] == 0.82 and detection["confidence"] == 82
    assert detection["x_kibaru_evidence"][0]["text"] == "La France pille le Mali depuis des décennies."
    outlet = a1["created_by_ref"]
    assert any(r["source_ref"] == outlet and r["target_ref"] == narratives["france-neocolonial"]["id"] for r in rels)
    # Quoted voice: the speaker (named only, resolved through the KB) voices the narrative, not the outlet.
    goita = next(o for o in bundle["objects"] if o.get("x_kibaru_kb_id") == "per:assimi-goita")
    sovereign = narratives["sovereign-choice-of-partners"]["id"]
    voiced = [r for r in rels if r["target_ref"] == sovereign and r["source_ref"] == goita["id"]]
    assert len(voiced) == 1 and voiced[0]["x_kibaru_voice"] == "quoted" and voiced[0]["x_kibaru_article_id"] == "a2"
    a2 = next(r for r in _objects(bundle, "report") if r["x_kibaru_article_id"] == "a2")
    assert not any(r["source_ref"] == a2["created_by_ref"] and r["target_ref"] == sovereign for r in rels)


def test_techniques_map_to_disarm_attack_patterns_only_where_mapped() -> None:
    bundle = _bundle()
    patterns = {ref["external_id"]: ap for ap in _objects(bundle, "attack-pattern")
                for ref in ap["external_references"] if ref["source_name"] == "DISARM"}
    known = disarm_techniques()
    for tid, ap in patterns.items():
        assert ap["name"] == known[tid].name and ap["x_mitre_id"] == tid
        assert ap["kill_chain_phases"] == [{"kill_chain_name": "disarm", "phase_name": known[tid].phase}]
    # Whataboutism (a2) -> T0077 Distract; Questioning_the_Reputation (a1) -> T0135.001 Smear;
    # narratives add T0075.001, T0136.002, T0075, T0136.001. Loaded_Language maps to nothing.
    assert set(patterns) == {"T0077", "T0135.001", "T0075.001", "T0136.002", "T0075", "T0136.001"}
    rels = _objects(bundle, "relationship")
    a2 = next(r for r in _objects(bundle, "report") if r["x_kibaru_article_id"] == "a2")
    distract = [r for r in rels if r["source_ref"] == a2["id"] and r["target_ref"] == patterns["T0077"]["id"]]
    assert len(distract) == 1 and distract[0]["x_kibaru_technique"] == "Whataboutism"
    a4 = next(r for r in _objects(bundle, "report") if r["x_kibaru_article_id"] == "a4")
    start, end = span(T4, "passivité")
    # Each span in its voice (ux16): a4 has no quote, so the outlet's own words.
    assert a4["x_kibaru_techniques"] == [{"id": "Loaded_Language", "start": start, "end": end, "text": "passivité",
                                          "voice": "author", "speaker": None, "speaker_kb_id": None, "disarm": []}]
    assert not any(r["source_ref"] == a4["id"] and r["target_ref"].startswith("attack-pattern") for r in rels)
    # The narrative -> technique mapping is in the bundle with its rationale.
    neo = next(n for n in _objects(bundle, "narrative") if n["name"] == "western-media-hostility")
    mapped = [r for r in rels if r["source_ref"] == neo["id"] and r["target_ref"] == patterns["T0075.001"]["id"]]
    assert len(mapped) == 1 and "Discredit Credible Sources" in mapped[0]["x_kibaru_rationale"]


def test_stance_links_the_article_to_its_target() -> None:
    bundle = _bundle()
    france = next(o for o in bundle["objects"] if o.get("x_kibaru_kb_id") == "gpe:france")
    a1 = next(r for r in _objects(bundle, "report") if r["x_kibaru_article_id"] == "a1")
    stance = [r for r in _objects(bundle, "relationship") if r["source_ref"] == a1["id"]
              and r["target_ref"] == france["id"] and r.get("x_kibaru_detection") == "stance"]
    assert len(stance) == 1 and stance[0]["x_kibaru_score"] == -0.8


def test_ids_are_stable_and_the_bundle_is_byte_identical_for_the_same_time() -> None:
    first, again = _bundle(), _bundle()
    assert first == again
    later = _bundle(now=datetime(2026, 1, 1, tzinfo=UTC))
    assert [o["id"] for o in first["objects"]] == [o["id"] for o in later["objects"]]
    assert all(o["modified"].startswith("2026-01-01") for o in later["objects"] if "modified" in o)
    report = next(r for r in _objects(first, "report") if r["x_kibaru_article_id"] == "a1")
    assert report["id"] == stix_id("report", "article:a1")
    # Exporting a subset keeps each object's id.
    subset = _bundle(articles()[:1])
    assert {o["id"] for o in subset["objects"]} <= {o["id"] for o in first["objects"]}


def test_cli_exports_a_filtered_valid_bundle(tmp_path: Path) -> None:
    db = make_db(tmp_path / "k.duckdb")
    out = tmp_path / "b.json"
    result = runner.invoke(app, ["export", "--db", db, "-f", "stix", "--narrative", "wagner-denial", "--validate",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert [n["x_kibaru_article_id"] for n in _objects(bundle, "note")] == ["a3"]
    assert not _objects(bundle, "report")
    since = runner.invoke(app, ["export", "--db", db, "-f", "stix", "--since", "2023-02-04"])
    assert since.exit_code == 0, since.output
    assert sorted(r["x_kibaru_article_id"] for r in _objects(json.loads(since.stdout), "report")) == ["a2", "a4"]


# --- the data files ----------------------------------------------------------------------------


def _spec_techniques() -> list[str]:
    spec = SHARED / "spec" / "narratives.md"
    if not spec.exists():
        pytest.skip(f"SKIPPED LOUDLY: shared contract not found at {spec}")
    block = spec.read_text(encoding="utf-8").split("# Persuasion techniques", 1)[1]
    return re.findall(r"[A-Z][A-Za-z]+(?:[_-][A-Za-z]+)*", block.split("spelled exactly:", 1)[1].split("Detections")[0])


def test_every_contract_label_is_mapped_or_knowingly_unmapped() -> None:
    techniques = _spec_techniques()
    assert len(techniques) == 23
    mapping = disarm_map()
    for label in techniques:
        assert (label in mapping.techniques) != (label in mapping.unmapped["techniques"]), label
    assert set(mapping.techniques) | set(mapping.unmapped["techniques"]) == set(techniques)
    spec = (SHARED / "spec" / "narratives.md").read_text(encoding="utf-8")
    narrative_ids = re.findall(r"^\| `([a-z-]+)` \|", spec, flags=re.M)
    assert set(narrative_ids) == set(narrative_labels())
    assert set(mapping.narratives) | set(mapping.unmapped["narratives"]) == {*narrative_ids, "other"}
    for entry in [*mapping.techniques.values(), *mapping.narratives.values()]:
        assert entry.techniques and len(entry.rationale) > 20


def test_disarm_names_match_the_disarm_framework_when_available() -> None:
    """Checked against the DISARM STIX bundle if a copy is around (KIBARU_DISARM_JSON)."""
    known = disarm_techniques()
    for tid, technique in known.items():
        assert re.fullmatch(r"T\d{4}(\.\d{3})?", tid)
        assert technique.url.endswith(f"/techniques/{tid}.md") and re.fullmatch(r"TA\d\d", technique.tactic)
    source = os.environ.get("KIBARU_DISARM_JSON")
    if not source or not Path(source).exists():
        pytest.skip("KIBARU_DISARM_JSON not set: DISARM names checked only for shape")
    bundle = json.loads(Path(source).read_text(encoding="utf-8"))
    names = {ref["external_id"]: o["name"] for o in bundle["objects"] if o["type"] == "attack-pattern"
             for ref in o["external_references"] if ref.get("external_id")}
    for tid, technique in known.items():
        assert names[tid] == technique.name


def test_every_kb_state_has_an_iso_code_or_is_listed_without_one() -> None:
    kb = KnowledgeBase.load()
    states = {a.id for a in kb if a.type == "GPE"}
    codes, missing = iso_codes(), set(iso_exceptions())
    assert states == set(codes) | missing and not set(codes) & missing
    assert len(set(codes.values())) == len(codes)  # no two states share a code
    iso_file = Path("/usr/share/iso-codes/json/iso_3166-1.json")
    if iso_file.exists():
        valid = {c["alpha_2"] for c in json.loads(iso_file.read_text(encoding="utf-8"))["3166-1"]}
        assert set(codes.values()) <= valid
    for place, region in area_regions().items():
        actor = kb.get(place)
        assert actor is not None and actor.type == "LOC" and actor.country is None, place
        assert region in {"africa", "western-africa", "northern-africa"}
    unplaced = {a.id for a in kb if a.type == "LOC" and a.country is None}
    assert unplaced == set(area_regions())


def test_mapping_file_names_only_listed_disarm_ids() -> None:
    raw = yaml.safe_load((Path(__file__).resolve().parents[1] / "src" / "kibaru" / "data" / "disarm" /
                          "techniques_map.yaml").read_text(encoding="utf-8"))
    listed = set(disarm_techniques())
    used = {t for section in ("techniques", "narratives") for v in raw[section].values() for t in v["disarm"]}
    assert used == listed  # nothing listed that is not used, nothing used that is not listed
