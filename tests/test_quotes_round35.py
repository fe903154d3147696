"""Quote speakers, round 35: a description speaker is written as the guideline writes it — without a leading
determiner (« ce gouvernement » -> « gouvernement », « son entourage » -> « entourage ») and, for an unnamed plural
group, without the quantity before its head noun (« plusieurs milliers de personnes » -> « personnes ») — on
hand-written sentences; proper names and linked speakers keep their form."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Ce gouvernement", "gouvernement"),
        ("son entourage", "entourage"),
        ("leurs proches", "proches"),
        ("l’armée", "armée"),
        ("plusieurs milliers de personnes", "personnes"),
        ("des dizaines de manifestants", "manifestants"),
        ("la plupart des habitants", "habitants"),
        ("Plusieurs centaines d'habitants", "habitants"),
    ],
)
def test_description_loses_determiner_and_quantity(name: str, form: str) -> None:
    assert q._description_form(name) == form


@pytest.mark.parametrize(
    "name",
    ["Le Monde", "La Tribune", "L'ONU", "témoins", "gouvernement malien", "Plusieurs milliers de Maliens", "les"],
)
def test_proper_names_and_bare_forms_unchanged(name: str) -> None:
    assert q._description_form(name) == name


spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402

ENTOURAGE = (
    "Le ministre des Finances a présenté le budget de l'année prochaine devant les députés. Son entourage a assuré "
    "que le texte serait adopté avant la fin du mois sans modification majeure."
)
THIS_GOVERNMENT = (
    "Le gouvernement de la transition a dissous trois partis politiques. Ce gouvernement a affirmé que ces formations "
    "menaçaient l'ordre public et la cohésion nationale."
)


def _speaker(nlp: Any, text: str, words: str, kb: Any) -> str | None:
    quotes = extract_quotes(nlp(text), [], None, kb=kb, ranker=None)
    return next(x for x in quotes if words in x["text"])["speaker"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [(ENTOURAGE, "serait adopté", "entourage"), (THIS_GOVERNMENT, "menaçaient", "gouvernement")],
)
def test_description_speaker_in_guideline_form(
    nlp: Any, kb: KnowledgeBase, text: str, words: str, speaker: str
) -> None:
    assert _speaker(nlp, text, words, kb) == speaker


def test_switched_off_keeps_the_phrase(nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "GUIDELINE_DESCRIPTION_FORM", False)
    assert _speaker(nlp, ENTOURAGE, "serait adopté", kb) == "Son entourage"
