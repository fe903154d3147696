"""Session 59 rules, on sentences written for these tests (never the evaluation's texts):

* kb: ``KnowledgeBase.get`` finds an actor by the Wikidata id that linking hands out as its mentions' ``kb_id``
  (``kb.GET_BY_WIKIDATA``);
* quotes: a serving holder's description (« le leader de La France insoumise ») skips a recent person who holds, at
  the article's date, only offices of another head noun (the president the speaker criticises;
  ``quotes.OTHER_OFFICE_HOLDER_SKIPPED``);
* quotes: the offices that rule a recent person out are those held at the article's date, not an office held years
  later (``quotes.OFFICES_AT_ARTICLE_DATE``);
* quotes: a leader head (« le dirigeant ») may describe a serving head of government; a complement at a sentence end
  does not clash with itself (data ``generic_leader_heads``, ``quotes.COMPLEMENT_SENTENCE_END_CUT``);
* quotes: a description's own words, in a later paragraph than an earlier name, are no evidence that it describes
  that name (``quotes.DESCRIPTION_NOT_OWN_CONTEXT``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from kibaru import kb as kb_mod
from kibaru.enrich import linking as link_mod
from kibaru.enrich import quotes as q
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]


def _speakers(linked_parse: Parse, kb: KnowledgeBase, text: str, date: str) -> dict[str, str | None]:
    doc, ents = linked_parse(text, date)
    return {x["text"][:12]: x["speaker"] for x in q.extract_quotes(doc, ents, date, kb=kb, ranker="default")}


def test_an_actor_is_found_by_the_wikidata_id_its_mentions_carry(kb: KnowledgeBase,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    macron = kb.get("per:emmanuel-macron")
    assert macron is not None and macron.wikidata
    public = link_mod.kb_id_of(macron)
    assert public == macron.wikidata  # what linking writes into a mention's kb_id
    assert kb.get(public) is macron
    assert kb.get("Q0") is None
    monkeypatch.setattr(kb_mod, "GET_BY_WIKIDATA", False)
    assert kb.get(public) is None
    assert kb.get("per:emmanuel-macron") is macron


def test_a_party_leader_is_not_the_president_just_criticised(linked_parse: Parse, kb: KnowledgeBase,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # the president is the last person named, more than a description window (80 characters) before it
    text = ("Jean-Luc Mélenchon a vivement critiqué Emmanuel Macron lundi soir à la télévision, au cours d'une longue "
            "émission consacrée à la crise sociale. Le leader de La France insoumise a estimé que \"la mobilisation "
            "sera grande\".")
    assert _speakers(linked_parse, kb, text, "2018-12-10").get("la mobilisat") == "Jean-Luc Mélenchon"
    monkeypatch.setattr(q, "OTHER_OFFICE_HOLDER_SKIPPED", False)
    assert _speakers(linked_parse, kb, text, "2018-12-10").get("la mobilisat") == "Emmanuel Macron"


def test_an_office_held_years_later_does_not_rule_a_person_out(linked_parse: Parse, kb: KnowledgeBase,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    bayrou = kb.get("per:francois-bayrou")
    assert bayrou is not None and bayrou.roles and all((r.start or "") > "2021" for r in bayrou.roles)
    text = ("Emmanuel Macron a reçu François Bayrou lundi à l'Élysée pour parler de la crise sanitaire et du report "
            "des élections. \"Nous devons rester unis\", a expliqué le maire de Pau.")
    assert _speakers(linked_parse, kb, text, "2020-03-31").get("Nous devons ") == "François Bayrou"
    monkeypatch.setattr(q, "OFFICES_AT_ARTICLE_DATE", False)
    # every office the KB lists, whenever held: the later prime minister is no mayor, so the office speaks as itself
    assert _speakers(linked_parse, kb, text, "2020-03-31").get("Nous devons ") == "maire de Pau"


def test_a_descriptions_own_words_in_a_later_paragraph_do_not_describe_an_earlier_name(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = ("Jean-Luc Mélenchon appelle à manifester après l'allocution de Macron\n\nPas convaincu, le leader de La "
            "France insoumise a estimé que \"la mobilisation sera grande\".")
    assert _speakers(linked_parse, kb, text, "2018-12-10").get("la mobilisat") == "Jean-Luc Mélenchon"
    monkeypatch.setattr(q, "DESCRIPTION_NOT_OWN_CONTEXT", False)
    assert _speakers(linked_parse, kb, text, "2018-12-10").get("la mobilisat") == "Emmanuel Macron"


def test_a_generic_leader_head_may_describe_a_serving_head_of_government(linked_parse: Parse, kb: KnowledgeBase,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Le Premier ministre hongrois Viktor Orbán a réuni mardi ses alliés à Budapest. \"Nous devons unir nos "
            "forces\", a déclaré le dirigeant de 56 ans.")
    assert _speakers(linked_parse, kb, text, "2019-05-14").get("Nous devons ") == "Viktor Orbán"
    lex = dataclasses.replace(q._lexicon(), generic_leader_heads=frozenset())
    monkeypatch.setattr(q, "_lexicon", lambda: lex)
    # « dirigeant » read as an office of its own: the prime minister holds none such and is skipped
    assert _speakers(linked_parse, kb, text, "2019-05-14").get("Nous devons ") != "Viktor Orbán"


def test_a_complement_at_a_sentence_end_does_not_clash_with_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    window = "Il a retrouvé mardi le maire de Pau. Les élus ont applaudi."
    assert not q._complement_clash("le maire de Pau", window, "maire")
    assert q._complement_clash("le maire de Pau", "Il a retrouvé le maire de Lyon. Puis", "maire")
    monkeypatch.setattr(q, "COMPLEMENT_SENTENCE_END_CUT", False)
    assert q._complement_clash("le maire de Pau", window, "maire")
