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
