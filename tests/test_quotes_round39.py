"""Quote speakers, round 39: a person role description with no holder in the article (« selon le procureur
militaire », « ses avocats ») no longer falls back on a recent person who is only acted upon (a passive subject, an
object or a complement: the defendant, the detainee) — the role speaks as itself; a recent person who acts or spoke
keeps it."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q


@pytest.mark.parametrize(
    ("phrase", "speaks"),
    [
        ("le procureur militaire", True),
        ("ses avocats", True),
        ("l’avocat de la famille", True),
        ("cet élu", False),
        ("un responsable", False),
        ("le ministre, qui a reçu la délégation", False),
        ("le porte-parole du comité national de suivi des accords de paix du nord", False),
    ],
)
def test_role_phrase_that_may_speak_as_written(phrase: str, speaks: bool) -> None:
    assert q._role_phrase_speaks(phrase) is speaks


spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _speaker(nlp: Any, text: str, words: str, kb: Any) -> str | None:
    quotes = extract_quotes(nlp(text), [], None, kb=kb, ranker=None)
    return next(x for x in quotes if words in x["text"])["speaker"]


ARRESTED = (
    "Le commerçant Moussa Keïta a été arrêté lundi soir à Bamako, à la sortie du grand marché, après plusieurs "
    "semaines de surveillance discrète. Selon le procureur militaire, il détenait une importante somme d'argent en "
    "liquide."
)
ACTING = (
    "Moussa Keïta a rencontré lundi les chefs de village de la région, à la sortie du grand marché, après plusieurs "
    "semaines de tensions. Selon le procureur militaire, la situation reste sous contrôle dans tout le cercle."
)


def test_patient_does_not_hold_the_role(nlp: Any, kb: KnowledgeBase) -> None:
    assert _speaker(nlp, ARRESTED, "importante somme", kb) == "procureur militaire"


def test_patient_rule_switched_off(nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "ROLE_FALLBACK_AGENT_ONLY", False)
    assert _speaker(nlp, ARRESTED, "importante somme", kb) == "Moussa Keïta"


def test_acting_person_keeps_the_role(nlp: Any, kb: KnowledgeBase) -> None:
    assert _speaker(nlp, ACTING, "sous contrôle", kb) == "Moussa Keïta"
