"""Quote speakers, round 28 (issue 3): a quotation followed by a verb whose inverted subject is an indefinite unnamed
individual (« », vociférait un commerçant ; « » a affirmé à l'AFP un haut gradé) has no speaker, even when the verb
is not a known cue or a dative phrase separates verb and subject — on hand-written sentences with the real French
model."""

from __future__ import annotations

from typing import Any

import pytest

from entity_helpers import entity

spacy = pytest.importorskip("spacy")

from kibaru.enrich import quotes as q  # noqa: E402
from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402

MAYOR = (
    "Le maire Ousmane Traoré a visité le marché incendié lundi. « Nous allons reconstruire tous les étals », "
    "a-t-il promis.\n\n"
)
SHOUTED = MAYOR + "« Tout est parti en fumée cette nuit », vociférait un commerçant devant sa boutique."
DATIVE = MAYOR + "« Les renforts sont arrivés » a affirmé à l'AFP un haut gradé de la police."
DATIVE_COMMA = MAYOR + "« Les renforts sont arrivés », a confié au journal local une habitante du quartier."
NAMED_AFTER = MAYOR + "« Les renforts sont arrivés », a affirmé à l'AFP Moussa Keïta, un commerçant."


def _speaker(nlp: Any, text: str, words: str, kb: KnowledgeBase, ranker: Any = None) -> str | None:
    ents = [entity(text, "Ousmane Traoré", "PER")]
    if "Moussa Keïta" in text:
        ents.append(entity(text, "Moussa Keïta", "PER"))
    quotes = extract_quotes(nlp(text), ents, None, kb=kb, ranker=ranker)
    return next(x for x in quotes if words in x["text"])["speaker"]


@pytest.mark.parametrize("ranker", [None, "default"])
@pytest.mark.parametrize("text", [SHOUTED, DATIVE, DATIVE_COMMA])
def test_postposed_unnamed_individual_has_no_speaker(nlp: Any, kb: KnowledgeBase, text: str, ranker: Any) -> None:
    words = "fumée" if text is SHOUTED else "renforts"
    assert _speaker(nlp, text, words, kb, ranker) is None


def test_postposed_unnamed_switched_off_continues_the_mayor(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "POSTPOSED_UNNAMED_NULL", False)
    assert _speaker(nlp, DATIVE, "renforts", kb) == "Ousmane Traoré"


def test_postposed_name_keeps_its_speaker(nlp: Any, kb: KnowledgeBase) -> None:
    # a name after the dative phrase is no unnamed individual: the rule does not fire
    assert _speaker(nlp, NAMED_AFTER, "renforts", kb) == "Moussa Keïta"


def test_postposed_unnamed_pattern_needs_a_verb() -> None:
    pat = q._postposed_unnamed_re()
    assert pat.match(" », a raconté un habitant du village.", 0) is not None
    assert pat.match(" », a raconté à RFI une source sécuritaire.", 0) is not None
    assert pat.match(" », a raconté le maire du village.", 0) is None
    assert pat.match(" » Un habitant du village est arrivé.", 0) is None
    # round 28's common people's nouns and the partitive « un autre de ses proches »
    assert pat.match(" », recommande ainsi une passagère.", 0) is not None
    assert pat.match(" », martèle un autre de ses proches.", 0) is not None
    # an office holder speaks for the body (« une porte-parole de l'UE »): not an unnamed individual
    assert pat.match(" », a déclaré une porte-parole de l'UE.", 0) is None
    assert pat.match(" », indique un communiqué du ministère.", 0) is None
