"""Quote speakers, round 43: the subject phrase before the comma of « De son côté, le chef de la diplomatie X,
M. Y, a salué … » is the cue verb's own subject, not a clause the verb closes as an incise — no quote there; a real
clause-final incise (« Les élections auront lieu en juin, a affirmé le ministre. ») is kept.
Written sentences; the switch's default and its off answer."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q

spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


SUBJECT = ("De son côté, le chef de la diplomatie guinéenne, Moussa Camara, a salué la tenue de la réunion de "
           "Conakry.")
INCISE = "Les élections auront lieu au mois de juin prochain dans tout le pays, a affirmé le ministre Moussa Camara."


def _quotes(nlp: Any, text: str, kb: KnowledgeBase) -> list[dict[str, Any]]:
    return extract_quotes(nlp(text), [], None, kb=kb)


def test_subject_phrase_before_the_comma_is_no_quote(nlp: Any, kb: KnowledgeBase) -> None:
    assert not [x for x in _quotes(nlp, SUBJECT, kb) if "chef de la diplomatie" in x["text"]]


def test_subject_phrase_switched_off(nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "SUBJECT_BEFORE_COMMA_NO_INCISE", False)
    # session 32's INCISE_CLAUSE_HAS_VERB turns the same verbless subject phrase down on its own: both guards off
    assert not [x for x in _quotes(nlp, SUBJECT, kb) if "chef de la diplomatie" in x["text"]]
    monkeypatch.setattr(q, "INCISE_CLAUSE_HAS_VERB", False)
    assert [x for x in _quotes(nlp, SUBJECT, kb) if "chef de la diplomatie" in x["text"]]


def test_a_clause_final_incise_is_kept(nlp: Any, kb: KnowledgeBase) -> None:
    assert [x for x in _quotes(nlp, INCISE, kb) if "élections auront lieu" in x["text"]]
