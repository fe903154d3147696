"""Session 40 rules, on sentences written for these tests, each switch off and on:

* events: a bare definite event noun that is only reacted to or that opens the sentence as a time frame refers back
  to an event already told (``events.REACTION_REFERENCES``, ``events.TIME_FRAME_REFERENCES``); a reference that
  carries a fact of its own (a day, a toll in a relative clause) stays;
* events: a present passive or bare participle of « déployer » with counted troops or « actuellement » tells a
  presence, not a deployment (``events.PRESENCE_NOT_DEPLOYMENT``); a dated or past deployment stays;
* events: with no place on the parse, a place right after a trigger and its date (``events.PLACE_AFTER_TRIGGER``) or
  opening the headline before a colon (``events.HEADLINE_PLACE``) is the event's location."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-10"
TOLD = "Des hommes armés ont attaqué dimanche un poste de gendarmerie près de Téra, tuant trois gendarmes. "


def _types(linked_parse: Any, kb: Any, text: str, after: str) -> list[str]:
    """The event types found in the sentences of ``text`` from ``after`` on."""
    doc, ents = linked_parse(text, ANCHOR)
    cut = text.index(after)
    return [e["type"] for e in extract_events(doc, ents, ANCHOR, kb) if text.index(e["evidence"][:30]) >= cut]


REFERENCES = [
    ("Après cette attaque, le gouverneur a fermé les écoles de la commune.", "TIME_FRAME_REFERENCES"),
    ("Le Premier ministre nigérien a vivement condamné l'attaque.", "REACTION_REFERENCES"),
    ("À la suite de l'attaque, les commerçants ont baissé leurs rideaux.", "TIME_FRAME_REFERENCES"),
]


@pytest.mark.parametrize(("sentence", "switch"), REFERENCES)
def test_a_bare_reference_to_a_told_attack_is_no_new_event(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, sentence: str, switch: str
) -> None:
    assert "attack" not in _types(linked_parse, kb, TOLD + sentence, sentence)
    monkeypatch.setattr(ev_mod, switch, False)
    assert "attack" in _types(linked_parse, kb, TOLD + sentence, sentence)


STAYS = [
    "Le Premier ministre a condamné l'attaque, qui a fait trois morts parmi les gendarmes.",
    "Trois gendarmes sont morts au cours de cette attaque.",
]


@pytest.mark.parametrize("sentence", STAYS)
def test_a_reference_with_a_fact_of_its_own_stays(linked_parse: Any, kb: Any, sentence: str) -> None:
    assert "attack" in _types(linked_parse, kb, TOLD + sentence, sentence)


PRESENCES = [
    "Environ 1.500 soldats tchadiens sont déployés dans la zone des trois frontières.",
    "Le Niger, où quelque 800 militaires italiens sont actuellement déployés, a changé de dirigeants.",
]


@pytest.mark.parametrize("sentence", PRESENCES)
def test_counted_troops_deployed_tell_a_presence(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert "troop_deployment" not in _types(linked_parse, kb, sentence, sentence)
    monkeypatch.setattr(ev_mod, "PRESENCE_NOT_DEPLOYMENT", False)
    assert "troop_deployment" in _types(linked_parse, kb, sentence, sentence)


DEPLOYMENTS = [
    "Environ 1.500 soldats tchadiens ont été déployés dans la zone des trois frontières.",
    "Quelque 800 soldats tchadiens sont déployés vendredi à Téra.",
]


@pytest.mark.parametrize("sentence", DEPLOYMENTS)
def test_past_or_dated_deployments_stay(linked_parse: Any, kb: Any, sentence: str) -> None:
    assert "troop_deployment" in _types(linked_parse, kb, sentence, sentence)


def _locations(linked_parse: Any, kb: Any, text: str, etype: str) -> list[str | None]:
    doc, ents = linked_parse(text, ANCHOR)
    return [e["location"] for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == etype]


HEADLINE = "Burkina Faso : douze villageois tués par des hommes armés\n\nLe bilan a été donné par un élu local."


def test_a_headline_opening_with_a_place_places_its_event(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _locations(linked_parse, kb, HEADLINE, "attack")[:1] == ["Burkina Faso"]
    monkeypatch.setattr(ev_mod, "HEADLINE_PLACE", False)
    assert _locations(linked_parse, kb, HEADLINE, "attack")[:1] != ["Burkina Faso"]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Le ministre a salué mardi la mémoire des quatre soldats tués samedi dernier au Tchad.", "tués", "Tchad"),
        ("Une enquête a été ouverte après l'enlèvement le 3 mai au Niger de deux ingénieurs.", "enlèvement", "Niger"),
        ("Quatre soldats ont été tués samedi, a indiqué l'armée au Tchad.", "tués", None),
    ],
)
def test_the_place_right_after_a_trigger_and_its_date(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str, trigger: str, place: str | None
) -> None:
    """The adjacency read on its own (the parser often hangs such a place on the trigger itself already)."""
    doc, ents = linked_parse(text, ANCHOR)
    tok = next(t for t in doc if t.text == trigger)
    event = ev_mod._Event("attack", [tok], 0, len(text))
    sent_ents = [(e, doc.char_span(e["start"], e["end"], alignment_mode="expand").root) for e in ents]
    found = ev_mod._place_after_trigger(event, sent_ents, kb, ev_mod._lexicon())
    assert (found or {}).get("text") == place
    monkeypatch.setattr(ev_mod, "PLACE_AFTER_TRIGGER", False)
    assert ev_mod._place_after_trigger(event, sent_ents, kb, ev_mod._lexicon()) is None


def test_an_unaccented_capital_elu_is_an_election(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Elu en 2012 puis réélu en 2017, le chef de l'État a quitté le pouvoir en 2022."
    doc, ents = linked_parse(text, ANCHOR)
    dates = [e["date"] for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == "election"]
    assert dates == ["2012"]
    monkeypatch.setattr(ev_mod, "UNACCENTED_CAPITALS", False)
    dates = [e["date"] for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == "election"]
    assert dates != ["2012"]


BACKGROUND = [
    ("Trois ingénieurs ont été enlevés samedi alors qu'ils visitaient un chantier près de Kayes.", "BACKGROUND_VISITS"),
    ("Les secours ont retrouvé le véhicule dans la vallée où ils effectuaient un séjour.", "BACKGROUND_VISITS"),
    ("Washington déconseille tout déplacement au Burkina Faso.", "QUANTIFIED_GENERIC"),
]


@pytest.mark.parametrize(("sentence", "switch"), BACKGROUND)
def test_background_visits_and_quantified_mentions_are_no_meetings(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, sentence: str, switch: str
) -> None:
    assert "meeting" not in _types(linked_parse, kb, sentence, sentence)
    monkeypatch.setattr(ev_mod, switch, False)
    assert "meeting" in _types(linked_parse, kb, sentence, sentence)


def test_a_visit_in_the_imperfect_as_the_main_clause_stays(linked_parse: Any, kb: Any) -> None:
    sentence = "Le ministre malien de la Défense visitait mardi les troupes déployées à Gao."
    assert "meeting" in _types(linked_parse, kb, sentence, sentence)


ABILITY = "Une mission de l'Union africaine a pu rencontrer samedi le président déchu à Niamey."


def test_a_past_ability_tells_what_was_done(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "meeting" in _types(linked_parse, kb, ABILITY, ABILITY)
    monkeypatch.setattr(ev_mod, "ACHIEVED_ABILITY", False)
    assert "meeting" not in _types(linked_parse, kb, ABILITY, ABILITY)


@pytest.mark.parametrize("modal", ["pourrait rencontrer", "n'a pas pu rencontrer", "aurait pu rencontrer"])
def test_conditional_or_negated_abilities_stay_modal(linked_parse: Any, kb: Any, modal: str) -> None:
    text = ABILITY.replace("a pu rencontrer", modal)
    assert "meeting" not in _types(linked_parse, kb, text, text)


ELECTED = "Le président Macky Sall, élu en 2012 puis réélu en 2019, a quitté le pouvoir en 2024."


def test_the_person_a_participle_of_elire_describes_is_the_winner(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def roles() -> list[list[tuple[str, str]]]:
        doc, ents = linked_parse(ELECTED, ANCHOR)
        return [[(a["canonical"], a["role"]) for a in e["actors"]]
                for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == "election"]

    assert roles() == [[("Macky Sall", "target")]]
    monkeypatch.setattr(ev_mod, "ELECTED_TARGETS", False)
    assert roles() != [[("Macky Sall", "target")]]


LEADER = (
    "Le dirigeant historique d'Al-Qaïda au Maghreb islamique, Abdelmalek Droukdel, a été tué jeudi près de Tessalit."
)


def test_the_body_of_a_named_leader_is_not_an_actor(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def names() -> list[set[str]]:
        doc, ents = linked_parse(LEADER, ANCHOR)
        return [{a["canonical"] for a in e["actors"]} for e in extract_events(doc, ents, ANCHOR, kb)
                if e["type"] == "attack"]

    assert names() == [{"Abdelmalek Droukdel"}]
    monkeypatch.setattr(ev_mod, "LEADERS_NOT_BODIES", False)
    assert names() == [{"Abdelmalek Droukdel", "Al-Qaïda au Maghreb islamique"}]
