"""Quote speakers, round 23 (issue 3): a quotation with no cue of its own right after an unnamed speaker's
(« …, confie une habitante. « … » ») goes on with that unnamed speaker — no speaker, as the guideline says — not with
the last person named before; a definite or demonstrative description is no unnamed speaker — on hand-written
sentences with the real French model."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from quote_helpers import quote_with  # noqa: E402

NAMED_THEN_UNNAMED = (
    "« Nous avons perdu toutes nos récoltes cette année », explique Moussa Traoré, cultivateur à Ségou. "
    "Sa voisine partage son inquiétude. « Le fleuve est monté trop vite et personne ne nous a prévenus », confie "
    "une habitante. « Nous ne savons pas comment nourrir nos enfants jusqu'à la prochaine saison des pluies. »"
)


@pytest.mark.parametrize("ranker", [None, "default"])
def test_quote_after_an_unnamed_speaker_has_no_speaker(nlp: Any, ranker: Any) -> None:
    quotes = extract_quotes(nlp(NAMED_THEN_UNNAMED), [], None, ranker=ranker)
    first = next(q for q in quotes if "perdu toutes nos récoltes" in q["text"])
    last = next(q for q in quotes if "nourrir nos enfants" in q["text"])
    assert first["speaker"] == "Moussa Traoré"
    assert last["speaker"] is None


def test_short_quotation_after_an_unnamed_speaker_is_no_quote(nlp: Any) -> None:
    text = NAMED_THEN_UNNAMED.rsplit("« Nous ne savons", 1)[0] + "Le village vit « dans la peur permanente »."
    quotes = extract_quotes(nlp(text), [], None)
    assert not any("peur permanente" in q["text"] for q in quotes)


def test_demonstrative_description_is_no_unnamed_speaker(nlp: Any) -> None:
    # guard: « ajoute cette infirmière » designates the nurse just named; the next quotation is still hers
    text = (
        "« Les salles sont pleines depuis le début de la saison des pluies », explique Aminata Koné, infirmière à "
        "Mopti. « Nous manquons de lits et de médicaments pour les enfants », ajoute cette infirmière. « Certaines "
        "familles attendent deux jours avant d'être reçues par un médecin. »"
    )
    q = quote_with(nlp, text, "Certaines familles attendent")
    assert q["speaker"] == "Aminata Koné"


def test_plural_pronoun_stands_for_the_group_subject_before(nlp: Any) -> None:
    text = (
        "Plusieurs syndicats d'enseignants ont annoncé une grève illimitée à partir de lundi. Ils estiment que le "
        "gouvernement n'a pas tenu ses promesses sur les salaires."
    )
    q = quote_with(nlp, text, "n'a pas tenu ses promesses")
    assert q["speaker"] is not None and "syndicats d'enseignants" in q["speaker"]


def test_plural_pronoun_skips_a_subject_that_cannot_speak(nlp: Any) -> None:
    # guard: « les pluies » is the plural subject before « Ils », but rain does not speak
    text = (
        "Les pluies ont détruit une centaine de maisons à Mopti. Ils affirment que les secours sont arrivés trop tard."
    )
    quotes = extract_quotes(nlp(text), [], None)
    assert all(q["speaker"] != "pluies" for q in quotes)


def test_past_infinitive_after_a_reporting_verb_is_a_quote(nlp: Any) -> None:
    text = "Le gouvernement de transition a affirmé lundi avoir repris le contrôle de la ville de Ménaka."
    q = quote_with(nlp, text, "repris le contrôle")
    assert q["text"].startswith("avoir repris")
    assert not q["direct"]
    assert q["speaker"] is not None and "gouvernement" in q["speaker"]


def test_plain_infinitive_span_is_unchanged(nlp: Any) -> None:
    # guard: a present infinitive keeps its span from the infinitive on
    text = "Le ministre des Finances a nié vouloir augmenter les taxes sur le carburant cette année."
    q = quote_with(nlp, text, "augmenter les taxes")
    assert q["text"].startswith("vouloir augmenter")
