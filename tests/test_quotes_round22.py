"""Quote speakers, round 22 (issue 3): a clause-final incise the parser attached to the clause before as an
adverbial clause (« CLAUSE, souligne X. »), and an indefinite plural group whose head is no source noun
(« …, rétorquent des syndicats de mineurs. ») — on hand-written sentences with the real French model."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from quote_helpers import quote_with  # noqa: E402


def test_clause_final_incise_parsed_as_adverbial_clause(nlp: Any) -> None:
    text = (
        "Les prix du riz ont encore augmenté au marché de Kayes cette semaine. Cette situation devient très "
        "difficile pour les familles, souligne Mamadou Diallo, grossiste au grand marché."
    )
    q = quote_with(nlp, text, "devient très difficile")
    assert q["speaker"] == "Mamadou Diallo"
    assert not q["direct"]


def test_indefinite_plural_group_speaks_under_its_designation(nlp: Any) -> None:
    text = (
        "La mine d'or a été fermée en juin après deux années de pertes. La fermeture ne se justifie pas par la "
        "situation financière de la société, rétorquent des syndicats de mineurs."
    )
    q = quote_with(nlp, text, "ne se justifie pas")
    assert q["speaker"] == "syndicats de mineurs"


def test_participle_after_a_comma_is_no_closing_incise(nlp: Any) -> None:
    # guard: « …, affirmant que … » reports the que-clause, not the clause before the comma
    text = "Les écoles de la commune sont fermées depuis trois mois, affirmant que les enseignants ont fui."
    quotes = extract_quotes(nlp(text), [], None)
    assert not any("écoles de la commune sont fermées" in q["text"] for q in quotes)


def test_documents_after_selon_are_no_group(nlp: Any) -> None:
    # guard: « selon des images satellites » is no speaking group
    text = "Selon des images satellites, plusieurs dizaines de maisons ont été détruites dans le village."
    quotes = extract_quotes(nlp(text), [], None)
    assert all(q["speaker"] != "images satellites" for q in quotes)
