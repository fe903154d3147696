"""Linking round 32 (short): a capitalised given-name title ("Cheikh") inside a person's span, followed by
another name word, is part of the name, not a title that ends it (``DomainFixes._strip_tail``). Sentences and
names are written for the tests (fictitious people)."""

from __future__ import annotations

import functools

import pytest
from spacy.language import Language
from spacy.tokens import Span

from kibaru.enrich import entities as E


@functools.lru_cache(maxsize=1)
def _nlp() -> Language:
    return E.domain_pipeline()


def _tail(text: str, surface: str) -> str:
    """The span ``surface`` of ``text`` tagged PER, after ``_strip_tail``."""
    nlp = _nlp()
    with nlp.select_pipes(disable=[E.FIXES]):
        doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label="PER")
    assert isinstance(span, Span)
    out = nlp.get_pipe(E.FIXES)._strip_tail(doc, span)
    assert out is not None
    return out.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le colonel Mohamed Cheikh Ould Sidi Lemine a pris la parole hier.", "Mohamed Cheikh Ould Sidi Lemine"),
        ("Mme Aïcha Mint Cheikh Ould Bah a reçu les délégués.", "Aïcha Mint Cheikh Ould Bah"),
        ("Le colonel Amadou Cheikh Diallo commande la région.", "Amadou Cheikh Diallo"),
    ],
)
def test_a_given_name_title_inside_a_name_is_kept(text: str, name: str) -> None:
    assert _tail(text, name) == name


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a title word that is no given name still ends the name (the rule before this round)
        ("On a vu Moussa Traoré Ministre de la Défense à Bamako.", "Moussa Traoré Ministre", "Moussa Traoré"),
        # "Cheikh" not followed by a name word is the title after the person
        ("Il a salué Ousmane Diallo Cheikh de la confrérie.", "Ousmane Diallo Cheikh", "Ousmane Diallo"),
    ],
)
def test_a_title_after_the_name_still_ends_it(text: str, surface: str, name: str) -> None:
    assert _tail(text, surface) == name


def test_the_whole_mauritanian_name_is_found() -> None:
    text = "Le comité comprend le colonel Mohamed Cheikh Ould Sidi Lemine et le capitaine Ahmed Ould Bah."
    (ents,) = E.extract_entities([text], ["2024-01-01"])
    assert "Mohamed Cheikh Ould Sidi Lemine" in {e["text"] for e in ents}


def _people(text: str) -> list[tuple[str, str | None]]:
    (ents,) = E.extract_entities([text], ["2024-01-01"])
    return [(e["text"], e["canonical"]) for e in ents if e["label"] == "PER"]


def test_a_parent_named_after_the_child_is_another_person() -> None:
    text = (
        "- Ali Moussa Garba : Né le 3 mars 1970 à Tahoua, fils de Ali Moussa et de Fati.\n"
        "- Zara Idrissa Hamani : Née le 2 mai 1968 à Dosso, fille d'Idrissa Hamani et de Mariama.\n"
    )
    people = _people(text)
    assert ("Ali Moussa", "Ali Moussa") in people
    assert ("Idrissa Hamani", "Idrissa Hamani") in people


def test_a_short_form_of_the_same_person_still_takes_the_full_name() -> None:
    text = "Ali Moussa Garba a été nommé ministre. Le nouveau ministre Ali Moussa a remercié le président."
    assert ("Ali Moussa", "Ali Moussa Garba") in _people(text)
