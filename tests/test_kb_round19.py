"""KB v16 (round 19): the government members, movements, outlets and bodies added from sourced lists load,
cite their sources, keep the surname index unambiguous where it was, and resolve offices by date."""

from __future__ import annotations

import pytest
import yaml

from kibaru.kb import DEFAULT_PATH, KnowledgeBase

KB = KnowledgeBase.load()


def _raw(name: str) -> list[dict[str, object]]:
    data = yaml.safe_load((DEFAULT_PATH / name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _v16_entries() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path in sorted(DEFAULT_PATH.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, list):
            out.extend(d for d in data if isinstance(d, dict) and "KB v16" in str(d.get("note", "")))
    return out


def test_version_is_bumped() -> None:
    assert int(KB.version) >= 16


def test_every_v16_entry_names_a_source_page() -> None:
    entries = _v16_entries()
    assert len(entries) >= 100
    for entry in entries:
        assert "http" in str(entry["note"]) or "wikipedia.org" in str(entry["note"]), entry["id"]
        assert entry["id"] in KB


def test_every_government_member_holds_a_dated_office_of_a_state() -> None:
    people = _raw("people_governments.yaml")
    assert len(people) >= 90
    for person in people:
        roles = person["roles"]
        assert isinstance(roles, list) and roles, person["id"]
        for role in roles:
            assert KB.get(role["of"]) is not None and KB.get(role["of"]).type == "GPE", person["id"]
            assert role.get("title"), person["id"]
        assert any(r.get("start") or r.get("end") for r in roles), person["id"]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2023-10", "per:mahaman-moustapha-barke"),
        ("2025-05-25", "per:sahabi-oumarou"),
        ("2026-03", "per:hamadou-tinni"),
    ],
)
def test_niger_petroleum_minister_by_date(on: str, expected: str) -> None:
    assert [a.id for a in KB.by_description("le ministre nigérien du Pétrole", on)] == [expected]


def test_burkina_security_office_changes_title_in_august_2024() -> None:
    delegate = {a.id for a, _ in KB.by_bare_title("ministre délégué chargé de la Sécurité", "2023-05")}
    full = {a.id for a, _ in KB.by_bare_title("ministre de la Sécurité", "2025-01")}
    assert delegate == {"per:mahamadou-sana"} and "per:mahamadou-sana" in full
    assert not {a.id for a, _ in KB.by_bare_title("ministre délégué chargé de la Sécurité", "2025-01")}


@pytest.mark.parametrize("surname", ["Kaboré", "Ag Attaher", "Zerbo", "Sanou"])
def test_common_surnames_keep_their_previous_holders(surname: str) -> None:
    new = {str(d["id"]) for d in _raw("people_governments.yaml")}
    assert not {a.id for a in KB.by_surname(surname)} & new


def test_rsf_is_a_declared_ambiguity() -> None:
    assert {a.id for a in KB.lookup("RSF")} == {"grp:rsf-sudan", "org:reporters-sans-frontieres"}


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Mamadou Kassogué", "per:mamoudou-kassogue"),
        ("Issakha Malloua Djamous", "per:issakha-maloua-djamous"),
        ("Maman Roufai Laouali", "per:mahaman-laouali-roufai"),
        ("Transformateurs", "org:les-transformateurs"),
        ("Basolma Bazié", "per:bassolma-bazie"),
    ],
)
def test_spellings_of_the_sources_resolve(surface: str, expected: str) -> None:
    assert [a.id for a in KB.lookup(surface)] == [expected]
