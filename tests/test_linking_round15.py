"""Round 15 of the entity linking (branch linking14): a role description in apposition to a name is
a mention of that person, whatever the KB's holder at the date; KB version 14 (ministers of Chad,
Mauritania, Niger and Burkina Faso with their dates, Sahel companies, agencies and outlets)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.kb import KnowledgeBase

KB = KnowledgeBase.load()


def _mentions(text: str, date: str | None) -> list[dict[str, Any]]:
    from kibaru.enrich.entities import extract_entities

    return extract_entities([text], [date])[0]


def _role(ents: list[dict[str, Any]], surface: str) -> dict[str, Any]:
    found = [e for e in ents if surface in e["text"] and e["label"] == "PER"]
    assert found, f"no PER mention over {surface!r}: {[(e['text'], e['label']) for e in ents]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai 2025, le ministre nigérien de la Défense, Moussa Abdou Garba, a visité Niamey.",
        "Moussa Abdou Garba, ministre nigérien de la Défense, a visité Niamey le 3 mai 2025.",
    ],
)
def test_a_role_in_apposition_names_the_person_beside_it_not_the_kb_holder(text: str) -> None:
    ents = _mentions(text, "2025-05-03")
    role = _role(ents, "ministre nigérien de la Défense")
    assert role["canonical"] == "Moussa Abdou Garba" and role["kb_id"] is None
    assert all(e.get("kb_id") != "per:salifou-mody" for e in ents)


def test_a_role_in_apposition_to_its_kb_holder_stays_linked() -> None:
    ents = _mentions("Le 3 mai 2024, le ministre nigérien de la Défense, Salifou Mody, a visité Niamey.", "2024-05-03")
    role = _role(ents, "ministre nigérien de la Défense")
    assert role["kb_id"] == "per:salifou-mody"


def test_a_role_alone_still_names_the_kb_holder_at_the_date() -> None:
    ents = _mentions("Le ministre tchadien des Armées a reçu la délégation à N'Djamena.", "2025-01-10")
    assert _role(ents, "ministre tchadien des Armées")["kb_id"] == "per:issakha-maloua-djamous"
    ents = _mentions("Le ministre tchadien de la Défense a reçu la délégation à N'Djamena.", "2022-01-10")
    assert _role(ents, "ministre tchadien de la Défense")["kb_id"] == "per:daoud-yaya-brahim"


def test_kb_version_14_knows_new_actors_and_keeps_common_given_names_apart() -> None:
    assert int(KB.version) >= 14
    assert [a.id for a in KB.lookup("Wapco Niger")] == ["org:wapco"]
    assert [a.id for a in KB.lookup("Office malien des produits pétroliers")] == ["org:omap"]
    assert [a.id for a in KB.lookup("Lomé Actu")] == ["media:lome-actu"]
    # "Daouda", "Brahim", "Sidi" alone are given names, not these ministers
    assert KB.lookup("Daouda") == [] and KB.lookup("Brahim") == [] and KB.lookup("Sidi") == []
    assert [a.id for a in KB.by_description("le ministre mauritanien des Affaires étrangères", on="2024-06")] == [
        "per:mohamed-salem-ould-merzoug"
    ]
