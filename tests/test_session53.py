"""Session 53 rules, on sentences written for these tests (never the evaluation's texts), each switch on and off:

* entities: a name after an organisation's noun is recorded as rule-made (``entities.ORG_CUE_RULED``), so the
  gazetteer of localities (« l'agence de presse Isna »: Isna is also a town of Egypt) and another mention the model
  took for a place (« … de Southwest ») no longer turn it into a place;
* events: people shot in a demonstration are an attack besides the protest (``events.SHOOTINGS_STAY_ATTACKS``), while
  deaths in clashes told without a firearm stay the protest's;
* events (trigger data): « réélection » tells an election and « soulèvement » a protest;
* quotes: a former holder's description (« l'ex-candidate socialiste ») is read as its office's and is the person
  named before it (``quotes.FORMER_HOLDERS_NAMED``);
* quotes: an epicene person noun (« l'ex-ministre du Budget ») marks no gender of its own, so the description fits
  the woman named before it (``quotes.EPICENE_NO_GENDER``);
* the candidate filter's trainer: how a dropped mention takes its actor out of an article's system set, and how the
  threshold is chosen (``benchmarks/train_candidate_filter.py``), on records built here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from kibaru.enrich import entities as ent_mod
from kibaru.enrich import events as ev_mod
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.events import extract_events

ANCHOR = "2020-08-26"


def _labels(text: str) -> list[tuple[str, str]]:
    return [(e["text"], e["label"]) for e in extract_entities([text], [ANCHOR])[0]]


@pytest.mark.parametrize(("text", "name"), [
    ("Le ministre a été cité samedi par l'agence de presse Isna.", "Isna"),  # also a locality of the gazetteer
    ("Un avion de la compagnie aérienne américaine Southwest a dû atterrir à Dallas.\n\n"
     "Le vol de Southwest transportait 140 passagers.", "Southwest"),  # the second mention tagged as a place
    ("L'agence de presse iranienne Tasnim a indiqué que la frégate avait été touchée.", "Tasnim"),  # the model's ORG
])
def test_a_cued_organisation_is_not_turned_into_a_place(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    assert (name, "ORG") in _labels(text)
    monkeypatch.setattr(ent_mod, "ORG_CUE_RULED", False)
    assert (name, "ORG") not in _labels(text)


def _types(linked_parse: Any, kb: Any, text: str) -> dict[str, dict[str, Any]]:
    doc, ents = linked_parse(text, ANCHOR)
    return {e["type"]: e for e in extract_events(doc, ents, ANCHOR, kb)}


SHOT = "Deux personnes ont été tuées par balles mardi soir à Bamako lors de manifestations contre le gouvernement."


def test_people_shot_at_a_demonstration_are_an_attack_besides_the_protest(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _types(linked_parse, kb, SHOT)
    assert {"attack", "protest"} <= found.keys()
    assert found["attack"]["fatalities"] == 2
    monkeypatch.setattr(ev_mod, "SHOOTINGS_STAY_ATTACKS", False)
    assert "attack" not in _types(linked_parse, kb, SHOT)


def test_deaths_in_clashes_without_a_firearm_stay_the_protest(linked_parse: Any, kb: Any) -> None:
    found = _types(linked_parse, kb, "Trois manifestants ont été tués samedi à Niamey lors de heurts avec la police.")
    assert "protest" in found and "attack" not in found


@pytest.mark.parametrize(("text", "etype"), [
    ("Des milliers d'opposants ont défilé contre la réélection du président sortant.", "election"),
    ("Le président sortant est candidat à sa réélection le 18 octobre.", "election"),
    ("Le soulèvement populaire contre la vie chère a gagné la capitale lundi.", "protest"),
])
def test_trigger_words_of_session_53(linked_parse: Any, kb: Any, text: str, etype: str) -> None:
    assert etype in _types(linked_parse, kb, text)


@pytest.fixture(scope="module")
def trainer() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        import train_candidate_filter
    finally:
        sys.path.pop(0)
    return train_candidate_filter


def _record(gold: set[str], system: list[tuple[str, int | None]], mentions: list[tuple[str, list[float]]]) -> dict:
    return {"split": "s", "group": "s", "gold": gold, "system": system, "mentions": mentions}


def test_a_dropped_mention_takes_its_actor_out_unless_another_mention_keeps_it(trainer: Any) -> None:
    vector = [1.0] * 16
    rec = _record({"a", "b"}, [("a", 0), ("a", None), ("b", 1), ("c", 2)],
                  [("a", vector), ("b", vector), ("c", vector)])
    assert trainer.system_keys(rec, None) == {"a", "b", "c"}
    assert trainer.system_keys(rec, [False, False, False]) == {"a"}  # a's second mention was never judged
    assert trainer.counts([rec], {0: [True, False, False]}, [0]) == (1, 0, 1)


def test_the_threshold_maximises_f1_within_the_recall_it_may_lose(
    trainer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    vector = [1.0] * 16
    # two gold actors and a wrong one: dropping the wrong one alone (threshold 0.15) costs no recall
    rec = _record({"a", "b"}, [("a", 0), ("b", 1), ("c", 2)], [("a", vector), ("b", vector), ("c", vector)])
    assert trainer.best_threshold([rec], {0: [0.2, 0.6, 0.1]}, [0]) == 0.15
    # one gold actor found with the wrong ones above it: the best F1 (threshold 0.5, b alone) loses half the recall
    keys = ["a", "b", "c", "d", "e", "f"]
    rec = _record({"a", "b"}, [(k, j) for j, k in enumerate(keys)], [(k, vector) for k in keys])
    probs = {0: [0.3, 0.5, 0.4, 0.45, 0.42, 0.41]}
    assert trainer.best_threshold([rec], probs, [0]) == 0.0  # MAX_RECALL_LOSS forbids it: no filter
    monkeypatch.setattr(trainer, "MAX_RECALL_LOSS", 0.6)
    assert trainer.best_threshold([rec], probs, [0]) == 0.5


EPICENE = ("Valérie Pécresse a présenté samedi son programme pour la région. \"Il faut condamner les peines non "
           "exécutées\", a estimé l'ex-ministre du Budget.")


def _speaker(linked_parse: Any, kb: Any, text: str) -> str | None:
    """The speaker of the one quote of ``text`` (rules only: no ranker)."""
    from kibaru.enrich.quotes import extract_quotes

    doc, ents = linked_parse(text, ANCHOR)
    [quote] = extract_quotes(doc, ents, ANCHOR, kb=kb, ranker=None)
    return quote["speaker"]


def test_an_epicene_description_fits_a_woman(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import quotes as q

    assert _speaker(linked_parse, kb, EPICENE) == "Valérie Pécresse"
    monkeypatch.setattr(q, "EPICENE_NO_GENDER", False)
    assert _speaker(linked_parse, kb, EPICENE) != "Valérie Pécresse"  # the tagger's masculine « ex-ministre »


FORMER = ("Marie Dubois a annoncé mardi son retour à Lille. \"Je serai présente sur les échéances qui viennent\", a "
          "affirmé l'ex-candidate socialiste à la présidentielle.")


def test_a_former_holder_is_the_person_named_before(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich import quotes as q

    assert _speaker(linked_parse, kb, FORMER) == "Marie Dubois"
    monkeypatch.setattr(q, "FORMER_HOLDERS_NAMED", False)
    assert _speaker(linked_parse, kb, FORMER) != "Marie Dubois"  # « ex-candidate » was no person noun
