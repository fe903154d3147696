"""Round 16 trigger rules (detection recall, issue 4): kidnappings, vote shares, suspensions from a regional body,
orders to leave, abandoned camps. Rules alone (no learned detector), real spaCy parse; each reading has a near miss
that must stay no event."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.kb import KnowledgeBase

CASES = {
    "kidnap_verb": ("Des hommes armés ont enlevé un ingénieur italien dans la région de Kayes.", "capture"),
    "kidnap_passive": ("Une ressortissante canadienne a été enlevée dans la nuit près de Fada N'Gourma.", "capture"),
    "kidnap_noun": ("L'enlèvement du journaliste a été revendiqué par le JNIM.", "capture"),
    "vote_share": ("Le candidat sortant a obtenu 58 % des suffrages exprimés au premier tour.", "election"),
    "election_won": ("L'ancien Premier ministre a remporté la présidentielle de dimanche.", "election"),
    "suspended_state": ("L'Union africaine a suspendu le Gabon de toutes ses activités.", "sanction"),
    "suspended_infinitive": ("La Cédéao a décidé de suspendre la Guinée de ses instances.", "sanction"),
    "order_noun": ("Les deux journalistes ont reçu l'ordre de quitter le pays.", "expulsion"),
    "abandoned_camp": ("Les soldats ont abandonné le camp de Tessit après l'attaque.", "troop_withdrawal"),
}
NEAR_MISSES = {
    "barriers_removed": ("Les ouvriers ont enlevé les barrières sur la route.", "capture"),
    "guarantees_obtained": ("Le ministre a obtenu des garanties de ses partenaires.", "election"),
    "own_activities": ("La Guinée a suspendu ses activités minières.", "sanction"),
    "project_dropped": ("Le gouvernement a abandonné le projet de barrage.", "troop_withdrawal"),
}


@pytest.fixture(scope="module")
def found() -> dict[str, set[str]]:
    kb = KnowledgeBase.load()
    texts = {name: text for name, (text, _) in {**CASES, **NEAR_MISSES}.items()}
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(texts.values()))
    ents = entities_for_docs(docs, ["2024-03-12"] * len(docs), kb)
    out: dict[str, set[str]] = {}
    for name, doc, e in zip(texts, docs, ents, strict=True):
        events: list[dict[str, Any]] = extract_events(doc, e, "2024-03-12", kb, detector=None, actor_selector=None)
        out[name] = {ev["type"] for ev in events}
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_round16_readings_are_found_by_the_rules(found: dict[str, set[str]], name: str) -> None:
    assert CASES[name][1] in found[name]


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_round16_near_misses_stay_other(found: dict[str, set[str]], name: str) -> None:
    assert NEAR_MISSES[name][1] not in found[name]
