"""Quote speakers, round 39: a cue « subject » the parser found inside the quote's own words (« "… Ça y est", a dit
un de ses conseillers Me X ») is no speaker — the rules give none and the ranker chooses among the candidates —
while a subject outside the quote is resolved as before."""

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


def _speaker(nlp: Any, text: str, words: str, kb: Any, ranker: Any = None) -> str | None:
    quotes = extract_quotes(nlp(text), [], None, kb=kb, ranker=ranker)
    return next(x for x in quotes if words in x["text"])["speaker"]


INSIDE = (
    'Le ministre Amadou Diallo a visité le camp. "Nous sommes prêts. Ça y est", a dit un de ses conseillers Me '
    "Moussa Keïta."
)
OUTSIDE = 'Le ministre Amadou Diallo a visité le camp. "Nous sommes prêts. Tout est en place", a dit Moussa Keïta.'


def test_word_of_the_quote_gives_no_rule_speaker(nlp: Any, kb: KnowledgeBase) -> None:
    # session 26: the rules now skip the quote's demonstrative « Ça » as the incise's subject
    # (quotes.INCISE_SKIPS_DEMONSTRATIVE) and take the person named after the verb; before, they gave none
    assert _speaker(nlp, INSIDE, "Nous sommes prêts", kb) == "Me Moussa Keïta"


def test_word_of_the_quote_without_the_demonstrative_rule(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "INCISE_SKIPS_DEMONSTRATIVE", False)
    assert _speaker(nlp, INSIDE, "Nous sommes prêts", kb) is None


def test_ranker_then_takes_the_person_named_after_the_verb(nlp: Any, kb: KnowledgeBase) -> None:
    assert _speaker(nlp, INSIDE, "Nous sommes prêts", kb, ranker="default") == "Me Moussa Keïta"


def test_switched_off_resolves_the_word_as_a_pronoun(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "SUBJECT_INSIDE_QUOTE_SILENT", False)
    monkeypatch.setattr(q, "INCISE_SKIPS_DEMONSTRATIVE", False)  # session 26's rule would skip « Ça » first
    assert _speaker(nlp, INSIDE, "Nous sommes prêts", kb) == "Amadou Diallo"


def test_subject_outside_the_quote_unchanged(nlp: Any, kb: KnowledgeBase) -> None:
    assert _speaker(nlp, OUTSIDE, "Nous sommes prêts", kb) == "Moussa Keïta"
