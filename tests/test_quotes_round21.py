"""Quote speakers, round 21 (issue 3): the right speaker the NER typed as a place / other or the parser left out of
the cue's phrase — a name before an apposition that describes a person (« Aminata Traoré, une jeune vendeuse, répond
que »), a body's proper name right after its designation (« selon l'ONG locale X »), a quote that closes a line whose
next line opens in lower case on the incise (« … »⏎explique X) — on hand-written sentences with the real French model
and the shipped ranker."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from quote_helpers import quote_with  # noqa: E402


def test_name_before_a_person_apposition_speaks(nlp: Any) -> None:
    text = (
        "Au marché central de Ségou, les clients se font rares depuis la rentrée. Aminata Traoré, une jeune "
        "vendeuse de légumes, répond que les prix des oignons ont doublé en deux semaines."
    )
    q = quote_with(nlp, text, "prix des oignons ont doublé")
    assert q["speaker"] == "Aminata Traoré"


def test_body_name_right_after_its_designation(nlp: Any) -> None:
    text = (
        "Plus de trois cents migrants ont été abandonnés près de la frontière au mois de juillet, selon l'ONG "
        "locale Tchinaghen Solidarité."
    )
    q = quote_with(nlp, text, "trois cents migrants")
    assert q["speaker"] == "Tchinaghen Solidarité"


def test_incise_on_the_next_line_in_lower_case(nlp: Any) -> None:
    text = (
        "Sur la route de Dosso, les camions attendent depuis trois jours.\n"
        "« Nous vendions le sac de mil à vingt mille francs. Aujourd'hui plus personne n'achète rien. »\n"
        "explique Moussa Kanouté, un grossiste du marché."
    )
    q = quote_with(nlp, text, "Nous vendions le sac")
    assert q["speaker"] == "Moussa Kanouté"


def test_a_place_before_an_unnamed_witness_is_no_speaker(nlp: Any) -> None:
    # guard: a place after a preposition stays a place; the unnamed herder stays anonymous (the guideline)
    text = "À Tillabéri, un éleveur raconte que ses bêtes ont été volées pendant la nuit par des hommes armés."
    q = quote_with(nlp, text, "bêtes ont été volées")
    assert q["speaker"] is None


def test_a_new_paragraph_is_no_incise(nlp: Any) -> None:
    # guard: a blank line ends the quote's sentence; the next paragraph's verb is not its incise
    text = (
        "« Les routes sont coupées depuis la saison des pluies et les ambulances ne passent plus » a déclaré "
        "Hamidou Garba, le maire de la commune.\n\n« Les enfants ne vont plus à l'école depuis trois mois. »\n\n"
        "raconte aussi un enseignant de la commune voisine."
    )
    q = quote_with(nlp, text, "Les enfants ne vont plus")
    assert q["speaker"] != "enseignant"
