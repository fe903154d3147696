"""Quote speakers, round 42: who the incise's subject is. A dative clitic before the verb is who was spoken to
(« », lui a lancé X »); a name inside the inverted subject's complement is not the subject (« », a déclaré la
présidente du groupe des députés PDS »); a person whose country contradicts the nationality adjective of the subject
phrase is not the one it designates (« Après son allié américain X, le président brésilien dénonce … »).
Written sentences; each switch's default and its off answer."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q

spacy = pytest.importorskip("spacy")

from entity_helpers import entity, entity_as_linked  # noqa: E402
from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _speaker(
    nlp: Any, text: str, words: str, kb: Any, ents: list[dict[str, Any]] | None = None, ranker: Any = None
) -> str | None:
    doc = nlp(text)
    if ents:  # the tokens' entity tags as the domain pipeline sets them for the linked entities
        doc.ents = [doc.char_span(e["start"], e["end"], label=e["label"]) for e in ents]
    quotes = extract_quotes(doc, ents or [], None, kb=kb, ranker=ranker)
    return next(x for x in quotes if words in x["text"])["speaker"]


DATIVE = (
    "Le candidat Moussa Diarra a parlé avec l'ancien président au téléphone. \"Gardez votre cap et ne reculez devant "
    'personne", lui a lancé Amadou Traoré.'
)


@pytest.mark.parametrize("ranker", [None, "default"])
def test_dative_clitic_is_the_addressee(nlp: Any, kb: KnowledgeBase, ranker: Any) -> None:
    assert _speaker(nlp, DATIVE, "Gardez", kb, ranker=ranker) == "Amadou Traoré"


def test_dative_clitic_switched_off(nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "DATIVE_CLITIC_NOT_SUBJECT", False)
    assert _speaker(nlp, DATIVE, "Gardez", kb) == "Moussa Diarra"


COMPLEMENT = (
    'Aminata Touré a demandé la levée des mesures. "Ces mesures punissent surtout les familles les plus pauvres du '
    "pays\", a déclaré la présidente du groupe des députés PDS lors d'un point de presse."
)


def _complement_ents() -> list[dict[str, Any]]:
    return [
        entity_as_linked(COMPLEMENT, "Aminata Touré", "PER", "Aminata Touré"),
        entity_as_linked(COMPLEMENT, "PDS", "ORG", "Parti démocratique sénégalais"),
    ]


def test_name_in_the_subjects_complement_is_not_the_subject(nlp: Any, kb: KnowledgeBase) -> None:
    assert _speaker(nlp, COMPLEMENT, "Ces mesures", kb, _complement_ents()) == "Aminata Touré"


def test_name_in_the_complement_switched_off(nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "INVERTED_NAME_IN_PHRASE", False)
    assert _speaker(nlp, COMPLEMENT, "Ces mesures", kb, _complement_ents()) == "Parti démocratique sénégalais"


NATIONALITY = (
    "Jair Bolsonaro menace à son tour de quitter l'organisation. Après son allié américain Donald Trump, le président "
    'brésilien dénonce un "parti pris politique et idéologique" de l\'institution.'
)


def _nationality_ents() -> list[dict[str, Any]]:
    return [
        entity(NATIONALITY, "Jair Bolsonaro", "PER"),
        entity(NATIONALITY, "Donald Trump", "PER", "per:donald-trump"),
    ]


@pytest.mark.parametrize("ranker", [None, "default"])
def test_person_of_another_country_is_not_the_description(nlp: Any, kb: KnowledgeBase, ranker: Any) -> None:
    assert _speaker(nlp, NATIONALITY, "parti pris", kb, _nationality_ents(), ranker) == "Jair Bolsonaro"


def test_nationality_switched_off(nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "NATIONALITY_AGREES", False)
    assert _speaker(nlp, NATIONALITY, "parti pris", kb, _nationality_ents()) == "Donald Trump"


def test_nationality_conflict_needs_an_adjective_and_a_known_country(kb: KnowledgeBase) -> None:
    ctx = q._Context(doc=None, text="", mentions=[], date=None, kb=kb, lex=q._lexicon())  # type: ignore[arg-type]
    assert q.nationality_conflict(ctx, "le président brésilien", "per:donald-trump")
    assert not q.nationality_conflict(ctx, "le président américain", "per:donald-trump")
    assert not q.nationality_conflict(ctx, "le président", "per:donald-trump")
    assert not q.nationality_conflict(ctx, "le président brésilien", None)
