"""Session 55 rules, on sentences written for these tests (never the evaluation's texts), each switch on and off:

* events: the name glued to « anti- » on a protest word (« une manifestation anti-Trump ») is the protest's target, a
  nationality (« anti-française ») is none (``events.ANTI_TARGETS``);
* events: a present-tense verb the tagger left unlemmatised (« X rencontre Y ») with a named subject is read as its
  infinitive when that one is a trigger (``events.UNLEMMATISED_PRESENTS``);
* events: the told-on window of an undated event counts the sentences events are read in, not spaCy's cuts inside a
  hyphenated word (``events.REJOINED_SENTENCE_COUNT``);
* quotes: a quoted stretch after a determiner that opens with a capital names a thing, it is no quote
  (``quotes.QUOTED_NAMES``);
* quotes: a name the parser hung on the subject's head right after its « de » complement names that complement and is
  no subject (``quotes.APPOSED_TO_COMPLEMENT``), so it takes no later « a-t-il ajouté »;
* events (trigger data): a person hit by a weapon (« touchée à l'arme blanche ») tells an attack."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich import quotes as q_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-15"


def _roles(linked_parse: Any, kb: Any, text: str, kind: str) -> list[tuple[str, str]]:
    doc, ents = linked_parse(text, ANCHOR)
    event = next(e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == kind)
    return [(a["kb_id"] or a["canonical"], a["role"]) for a in event["actors"]]


RALLY = "Samedi, des milliers de personnes ont pris part à une manifestation anti-Minusma dans les rues de Gao."
NATIONAL = "Samedi, des milliers de personnes ont pris part à une manifestation anti-française dans les rues de Gao."


def test_the_name_glued_to_anti_is_the_protest_target(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("org:minusma", "target") in _roles(linked_parse, kb, RALLY, "protest")
    assert not [r for r in _roles(linked_parse, kb, NATIONAL, "protest") if r[1] == "target"]
    monkeypatch.setattr(ev_mod, "ANTI_TARGETS", False)
    assert not [r for r in _roles(linked_parse, kb, RALLY, "protest") if r[1] == "target"]


HEADLINE = "Emmanuel Macron rencontre Vladimir Poutine à Versailles"


def test_an_unlemmatised_present_with_a_named_subject_is_a_trigger(linked_parse: Any, kb: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    doc, ents = linked_parse(HEADLINE, ANCHOR)
    assert "meeting" in {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}
    monkeypatch.setattr(ev_mod, "UNLEMMATISED_PRESENTS", False)
    assert "meeting" not in {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}


def test_infinitives_of_a_present_form() -> None:
    assert ev_mod._infinitives("rencontre") == ["rencontrer", "rencontrir"]
    assert "libérer" in ev_mod._infinitives("libère") and "offrir" in ev_mod._infinitives("offrent")
    assert ev_mod._infinitives("signé") == []


TOLD_ON = ("Attaque au couteau dans un musée de Lombardie\n\n"
           "Une aide-soignante d'origine polonaise a poignardé plusieurs personnes samedi 1er septembre à Crémone, "
           "rapporte la presse locale. Une des victimes est morte des suites de ses blessures.")


def test_the_told_on_window_counts_rejoined_sentences(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ev_mod, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    doc, ents = linked_parse(TOLD_ON, "2018-09-02")
    assert len(list(doc.sents)) > len(list(ev_mod._sentences(doc)))  # spaCy cuts inside « aide-soignante »
    last = [e for e in extract_events(doc, ents, "2018-09-02", kb) if e["type"] == "attack"][-1]
    assert (last["date"], last["date_source"]) == ("2018-09-01", "context")
    monkeypatch.setattr(ev_mod, "REJOINED_SENTENCE_COUNT", False)
    last = [e for e in extract_events(doc, ents, "2018-09-02", kb) if e["type"] == "attack"][-1]
    assert last["date_source"] == "article"


def _quotes(linked_parse: Any, kb: Any, text: str) -> list[tuple[str, str | None]]:
    """The quotes of ``text`` and their speakers (rules only: no ranker)."""
    from kibaru.enrich.quotes import extract_quotes

    doc, ents = linked_parse(text, ANCHOR)
    return [(q["text"], q["speaker"]) for q in extract_quotes(doc, ents, ANCHOR, kb=kb, ranker=None)]


NAMED = "Le gouvernement a décidé jeudi de prolonger le \"Grand débat sur l'hôpital public\" de quelques jours."


def test_a_quoted_name_after_a_determiner_is_no_quote(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any("Grand débat" in text for text, _ in _quotes(linked_parse, kb, NAMED))
    monkeypatch.setattr(q_mod, "QUOTED_NAMES", False)
    assert any("Grand débat" in text for text, _ in _quotes(linked_parse, kb, NAMED))


def _misparsed_subject() -> Any:
    """« le gouvernement de son prédécesseur Paul Martin avait décidé » with the parse the model gave a real text: the
    name an apposition of the subject's head, not of « prédécesseur »."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["le", "gouvernement", "de", "son", "prédécesseur", "Paul", "Martin", "avait", "décidé"]
    heads = [1, 8, 4, 4, 1, 1, 5, 8, 8]
    deps = ["det", "nsubj", "case", "det", "nmod", "appos", "flat:name", "aux:tense", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_after_the_subjects_complement_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    doc = _misparsed_subject()
    ctx, name = SimpleNamespace(doc=doc), SimpleNamespace(start=doc[5].idx, end=doc[6].idx + len(doc[6].text))
    assert not q_mod._is_subject(ctx, name)  # type: ignore[arg-type]
    monkeypatch.setattr(q_mod, "APPOSED_TO_COMPLEMENT", False)
    assert q_mod._is_subject(ctx, name)  # type: ignore[arg-type]


def test_a_person_hit_by_a_weapon_is_an_attack(linked_parse: Any, kb: Any) -> None:
    """Trigger data (``weapon_hit``): « touchée à l'arme blanche » is an attack, « touché par la crise » is none."""
    shot = "Une passante a été mortellement touchée à l'arme blanche samedi soir en pleine rue à Lille."
    hit = "Le secteur du tourisme a été durement touché par la crise cette année."
    for text, expected in ((shot, True), (hit, False)):
        doc, ents = linked_parse(text, ANCHOR)
        assert ("attack" in {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}) is expected
