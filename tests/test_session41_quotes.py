"""Quote speakers, session 41: a definite body description with its own adjectives or place (« le groupe
jihadiste », « l'organisation régionale d'Abuja ») is the organisation named just before it, when that organisation
fits; an incise whose cue form the tagger mistook for another part of speech is still an incise. Sentences written
for these tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import quotes as q
from kibaru.enrich.quotes import extract_quotes
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]


def _speaker(parse: Parse, kb: KnowledgeBase, text: str, words: str, date: str = "2021-03-10") -> str | None:
    doc, ents = parse(text, date)
    found = [x for x in extract_quotes(doc, ents, date, kb=kb, ranker=None) if words in x["text"]]
    assert found, f"no quote holding {words!r}"
    return found[0]["speaker"]


ARMED = (
    "Embuscade au Burkina : l'État islamique revendique l'attaque\n\n"
    "Le groupe jihadiste a assuré vendredi avoir tendu le piège au convoi, dans un texte publié sur ses canaux."
)
MEDIUM_BETWEEN = (
    "Le FMI a approuvé un nouveau prêt, a rapporté l'AFP. Selon l'institution financière de Washington, ce soutien "
    "doit « consolider les comptes publics du pays »."
)
ARMED_UNFIT = (
    "La Banque mondiale a suspendu ses versements. Le groupe jihadiste a assuré vendredi avoir tendu le piège au "
    "convoi."
)
OTHER_BODY = (
    "Le FMI a publié mardi son rapport. Le groupe d'experts estime que la dette « reste soutenable à moyen terme »."
)


def test_described_armed_group_is_the_group_named_before(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, ARMED, "tendu le piège") == "État islamique"


def test_described_body_skips_the_reporting_medium(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, MEDIUM_BETWEEN, "consolider") == "Fonds monétaire international"


def test_armed_description_needs_an_armed_body(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, ARMED_UNFIT, "tendu le piège") != "Banque mondiale"


def test_a_body_of_members_is_not_the_body_named_before(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, OTHER_BODY, "reste soutenable") != "Fonds monétaire international"


def test_described_body_switched_off(linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "DESCRIBED_BODY_ANAPHOR", False)
    assert _speaker(linked_parse, kb, ARMED, "tendu le piège") == "groupe jihadiste"


MISTAGGED = (
    "Le ministre a évoqué un accord signé avec Moscou. « Aucun contrat n'existe », dément de son côté le "
    "porte-parole du gouvernement malien."
)


def test_mistagged_cue_opens_the_incise(linked_parse: Parse, kb: KnowledgeBase) -> None:
    doc, _ents = linked_parse(MISTAGGED, "2021-03-10")
    word = next(t for t in doc if t.text == "dément")
    speaker = _speaker(linked_parse, kb, MISTAGGED, "Aucun contrat")
    if word.pos_ in {"VERB", "NOUN", "ADJ", "AUX"}:
        pytest.skip(f"the tagger read « dément » as {word.pos_} here: the rule is not needed")
    assert speaker is not None and "gouvernement" in speaker


def test_noun_phrase_after_skips_prepositional_phrases(nlp: Any) -> None:
    doc = nlp("Il dément de son côté le porte-parole du gouvernement.")
    verb = next(t for t in doc if t.text == "dément")
    found = q._noun_phrase_after(verb)
    assert found is not None and found.text == "porte-parole"


def test_mistagged_cue_needs_the_comma_after_the_quote(nlp: Any) -> None:
    lex = q._lexicon()
    doc = nlp("« Rien de tel », dément le ministre. « Rien de tel » dément le ministre.")
    first, second = [t for t in doc if t.text == "dément"]
    ends = [i + 1 for i, ch in enumerate(doc.text) if ch == "»"]
    assert q._mistagged_cue(first, ends[0], lex) == (first.pos_ not in {"VERB", "NOUN", "ADJ", "AUX"})
    assert not q._mistagged_cue(second, ends[1], lex)


OUTLET_THEN_MAN = (
    "La voyageuse a été condamnée, rapporte RTL, qui précise qu'elle portait une arme dans son bagage. La condamnée "
    "est l'épouse d'Oumar Traoré, ancien candidat à la présidentielle. Choqué, il a publié un long texte sur Facebook. "
    "« Elle ne voulait de mal à personne et déteste les armes », écrit-il."
)


def test_singular_pronoun_is_not_the_outlet(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, OUTLET_THEN_MAN, "déteste les armes") == "Oumar Traoré"


def test_outlet_pronoun_switched_off(linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "MEDIUM_NOT_PRONOUN", False)
    assert _speaker(linked_parse, kb, OUTLET_THEN_MAN, "déteste les armes") == "RTL"
