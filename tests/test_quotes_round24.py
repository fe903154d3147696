"""Quote speakers, round 24 (issue 3): an office named with its domain (« le ministre de l'Éducation nationale »,
« le gouverneur de la région ») speaks as itself when the article names no person before it — the guideline's
description speaker — instead of nobody; an unnamed source's head (« le responsable du centre ») stays nobody, and an
earlier named person still takes the role — on hand-written sentences with the real French model."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich import quotes as q  # noqa: E402
from kibaru.enrich.quotes import extract_quotes  # noqa: E402

OFFICE = (
    "Les écoles de la région resteront fermées jusqu'à la fin du mois à cause des inondations. Selon le ministre de "
    "l'Éducation nationale, les élèves seront accueillis dans des établissements des villes voisines."
)


def _speaker(nlp: Any, text: str, words: str) -> str | None:
    quotes = extract_quotes(nlp(text), [], None, ranker=None)
    found = next(x for x in quotes if words in x["text"])
    return found["speaker"]


def test_office_with_no_person_before_speaks_as_itself(nlp: Any) -> None:
    assert _speaker(nlp, OFFICE, "seront accueillis") == "ministre de l'Éducation nationale"


def test_office_rule_switched_off_gives_nobody(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "SPECIFIC_ROLE_SPEAKS", False)
    assert _speaker(nlp, OFFICE, "seront accueillis") is None


def test_unnamed_source_head_stays_nobody(nlp: Any) -> None:
    # guard: « responsable » is an unnamed source's head (speakers.yaml), not an office
    text = OFFICE.replace("le ministre de l'Éducation nationale", "le responsable du centre d'accueil")
    assert _speaker(nlp, text, "seront accueillis") is None


def test_person_named_before_still_holds_the_office(nlp: Any) -> None:
    # guard: the office designates the person named before it
    text = "Le ministre Moussa Keïta a visité les écoles inondées mardi. " + OFFICE
    assert _speaker(nlp, text, "seront accueillis") == "Moussa Keïta"


def test_specific_role_needs_a_domain_complement() -> None:
    lex = q._lexicon()
    assert q._specific_role(lex, "le gouverneur de la région du Lac", "gouverneur")
    assert q._specific_role(lex, "le ministre de l'Intérieur", "ministre")
    assert not q._specific_role(lex, "le ministre", "ministre")
    assert not q._specific_role(lex, "le dirigeant, qui parlait depuis la tribune", "dirigeant")


UNION = "Syndicat national des enseignants du Niger"
BODY = (
    f"Le {UNION} a déposé un préavis de grève lundi. Le syndicat affirme que les salaires de trois mois restent "
    "impayés."
)


def _body_speaker(nlp: Any) -> str | None:
    start = BODY.index(UNION)
    union = {"text": UNION, "label": "ORG", "start": start, "end": start + len(UNION), "kb_id": None}
    quotes = extract_quotes(nlp(BODY), [union], None, ranker=None)
    return next(x for x in quotes if "restent impayés" in x["text"])["speaker"]


def test_definite_body_noun_speaks_for_the_body_named_before(nlp: Any) -> None:
    assert _body_speaker(nlp) == UNION


def test_definite_body_noun_rule_switched_off_gives_nobody(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "BODY_ANAPHOR_SPEAKS", False)
    assert _body_speaker(nlp) is None


def test_definite_body_noun_without_a_body_before_speaks_as_itself(nlp: Any) -> None:
    text = (
        "Les éleveurs de la région ont perdu leur bétail. Selon l'association, les troupeaux ont été emportés par "
        "des hommes armés venus du nord."
    )
    assert _speaker(nlp, text, "troupeaux ont été emportés") == "association"


def test_request_with_an_object_is_a_quote(nlp: Any) -> None:
    # fails on round 23: « appeler » took only a bare infinitive (« appelle à rester »), not an object first
    text = "Le maire de Gao, Moussa Cissé, appelle les habitants à rester chez eux après la tombée de la nuit."
    found = [x for x in extract_quotes(nlp(text), [], None, ranker=None) if "rester chez eux" in x["text"]]
    assert found and found[0]["speaker"] == "Moussa Cissé"


def test_exhortation_with_an_object_is_a_quote(nlp: Any) -> None:
    text = "Le président Mohamed Bazoum a exhorté les jeunes diplômés à créer leurs propres entreprises agricoles."
    found = [x for x in extract_quotes(nlp(text), [], None, ranker=None) if "créer leurs propres" in x["text"]]
    assert found and found[0]["speaker"] == "Mohamed Bazoum"


def test_appeler_as_naming_is_no_quote(nlp: Any) -> None:
    # guard: « un groupe appelé X » names something; no infinitive follows, so nothing is reported
    text = "Un nouveau groupe appelé Front du Nord a revendiqué l'attaque du poste de gendarmerie de Tessit."
    assert not [x for x in extract_quotes(nlp(text), [], None, ranker=None) if "Front du Nord" in x["text"]]
