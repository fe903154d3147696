"""Session 49: quote speakers and the KB's French changes of office, on written sentences (never the evaluation's
texts). Each switch with its default answer and its answer switched off.

- ``INVERTED_INCISE_ANY_VERB``: « », balaie-t-elle » is an incise whatever the verb;
- ``INCISE_ASIDES_FREE``: « "…" a pour sa part estimé X »: the aside does not use up the incise window;
- ``RECENT_PERSON_NOT_REPORTED``: a person a reported clause talks about is not the next quote's speaker;
- ``FIRST_PERSON_RECENT_SUBJECT``: a first-person quote with no cue after an unnamed speaker's is the last person
  subject's;
- ``MEDIUM_ONLY_AS_SOURCE``: the medium a quote was said on is not its speaker;
- KB v41: the French prime ministers' changes of hands to the day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import quotes as q
from kibaru.enrich import speaker_ranker as sr
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]


def _speaker(linked_parse: Parse, kb: KnowledgeBase, text: str, words: str, date: str | None = "2019-03-12",
             ranker: Any = "default") -> str | None:
    doc, ents = linked_parse(text, date)
    quotes = q.extract_quotes(doc, ents, date, kb=kb, ranker=ranker)
    return next(x for x in quotes if words in x["text"])["speaker"]


INVERTED = (
    "Depuis l'ouverture de la campagne, la ministre Aminata Touré s'est montrée prudente, sans choisir entre Moussa "
    "Diarra et Amadou Traoré. \"Si je me positionne à l'international, je ne peux pas faire de politique partisane\", "
    "balaie-t-elle."
)


@pytest.mark.parametrize("ranker", [None, "default"])
def test_inverted_pronoun_incise_with_an_unknown_verb(linked_parse: Parse, kb: KnowledgeBase, ranker: Any) -> None:
    assert _speaker(linked_parse, kb, INVERTED, "positionne", ranker=ranker) == "Aminata Touré"


def test_inverted_incise_needs_the_lexicon_when_off(linked_parse: Parse, kb: KnowledgeBase,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "INVERTED_INCISE_ANY_VERB", False)
    assert _speaker(linked_parse, kb, INVERTED, "positionne", ranker=None) != "Aminata Touré"


def test_inverted_on_still_needs_a_cue_verb() -> None:
    text = "« Les deux pays sont alliés », peut-on lire."
    inv = q._INVERTED_PRONOUN.match(text, text.index("»") + 1)
    assert inv is not None and not q._inverted_incise(text, text.index("»") + 1, inv)


ASIDE = (
    "Plusieurs députés ont évoqué l'ouvrage devant les caméras. \"Le groupe ne peut pas faire comme si de rien "
    "n'était\", a expliqué Moussa Diarra, député de Kayes. \"Il y a un problème sur l'incarnation et l'image\" a pour "
    "sa part estimé Amadou Traoré, député de Ségou."
)


def test_aside_does_not_use_up_the_incise_window(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, ASIDE, "incarnation", ranker=None) == "Amadou Traoré"


def test_aside_counted_when_off(linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "INCISE_ASIDES_FREE", False)
    assert _speaker(linked_parse, kb, ASIDE, "incarnation", ranker=None) != "Amadou Traoré"


def test_aside_phrases() -> None:
    text = "Il a de son côté affirmé, et elle a quant à elle nié."
    assert q._in_aside(text, text.index("côté")) and q._in_aside(text, text.index("quant"))
    assert not q._in_aside(text, text.index("affirmé") + 3)


REPORTED = (
    "Moussa Diarra, maire de Kayes, appelle son parti à se refonder. \"Il faut travailler et aller au bout de nos "
    "convictions\", estime Moussa Diarra.\n\nSelon lui, Amadou Traoré est aujourd'hui \"un des candidats les plus "
    "crédibles\". \"Mais cette crédibilité dépendra de sa capacité à incarner la rupture\", ajoute le maire de Kayes."
)


def _recent_per(linked_parse: Parse, kb: KnowledgeBase) -> str | None:
    """The ranker's « most recent person » candidate of the last quote of REPORTED."""
    doc, ents = linked_parse(REPORTED, "2020-08-23")
    ctx, results, labels = q._extract_rules(doc, ents, "2020-08-23", kb)
    last = max(range(len(results)), key=lambda i: int(results[i]["start"]))
    cands = sr.with_prev(sr.candidates(ctx, results, labels)[last], None)
    return next((c.name for c in cands if c.feats.get("recent_per")), None)


def test_person_inside_a_reported_clause_is_not_recent(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _recent_per(linked_parse, kb) == "Moussa Diarra"
    assert _speaker(linked_parse, kb, REPORTED, "crédibilité", "2020-08-23") == "Moussa Diarra"


def test_person_inside_a_reported_clause_counts_when_off(linked_parse: Parse, kb: KnowledgeBase,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "RECENT_PERSON_NOT_REPORTED", False)
    assert _recent_per(linked_parse, kb) == "Amadou Traoré"


def test_first_person_pattern() -> None:
    for s in ("Je ne regarde pas en arrière", "j'ai pris l'initiative", "ce qui me plaît", "mon pays", "M'a-t-on dit"):
        assert sr._FIRST_PERSON.search(s), s
    for s in ("Il regarde devant", "Jean est là", "Me Diallo plaide", "la maison", "mesure"):
        assert not sr._FIRST_PERSON.search(s), s


def test_first_person_rule_needs_a_continuation_without_speaker() -> None:
    class Ctx:
        text = '"Je serai peut-être centenaire !"'

    res = {"speaker": None, "direct": True, "start": 1, "end": len(Ctx.text) - 1}
    cont = q._Attribution("cont")
    assert sr._first_person_continues(Ctx(), res, cont)  # type: ignore[arg-type]
    assert not sr._first_person_continues(Ctx(), {**res, "speaker": "X"}, cont)  # type: ignore[arg-type]
    assert not sr._first_person_continues(Ctx(), res, q._Attribution("named"))  # type: ignore[arg-type]
    assert not sr._first_person_continues(Ctx(), {**res, "direct": False}, cont)  # type: ignore[arg-type]


def test_medium_not_source() -> None:
    medium = sr.Candidate("France Inter", "media:france-inter", "ORG", {"kb_media": 1.0, "after": 1.0})
    assert sr._medium_not_source(medium)
    for feat in ("rule", "cue_subj_sent", "selon"):
        assert not sr._medium_not_source(sr.Candidate("AFP", "media:afp", "ORG", {"kb_media": 1.0, feat: 1.0}))
    assert not sr._medium_not_source(sr.Candidate("X", None, "PER", {"after": 1.0}))


MEDIUM = (
    "Le cofondateur du parti, Moussa Diarra, a dénoncé lundi le changement de nom annoncé la veille.\n\n"
    "\"Je trouve désastreux qu'on abandonne le nom du parti : c'est un repère incontournable\", a-t-il déclaré sur "
    "France Inter."
)


def test_medium_channel_is_not_the_speaker(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, MEDIUM, "désastreux") == "Moussa Diarra"


@pytest.mark.parametrize("date, holder", [("2020-07-02", "Édouard Philippe"), ("2020-07-04", "Jean Castex"),
                                          ("2022-05-17", "Élisabeth Borne"), ("2017-05-13", "François Hollande")])
def test_french_changes_of_office_to_the_day(kb: KnowledgeBase, date: str, holder: str) -> None:
    role = "président de la République" if holder == "François Hollande" else "Premier ministre"
    names = {a.name for a, r in kb.by_bare_title(role, date) if r.of == "gpe:france"}
    assert names == {holder}


def test_day_of_change_has_both_holders(kb: KnowledgeBase) -> None:
    names = {a.name for a, r in kb.by_bare_title("Premier ministre", "2020-07-03") if r.of == "gpe:france"}
    assert names == {"Édouard Philippe", "Jean Castex"}


# Round 2 (news_heldout71-72 read after their blind run).

TITLE_BODY = (
    "Valérie Dupont a annoncé mardi qu'elle soutiendrait Alain Martin. \"J'ai longuement réfléchi au meilleur choix "
    "pour le pays\", a expliqué au Figaro la présidente LR de la région Île-de-France."
)


def test_party_after_a_title_is_no_surname(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, TITLE_BODY, "réfléchi", "2016-11-02", ranker=None) == "Valérie Dupont"


def test_party_after_a_title_read_as_surname_when_off(linked_parse: Parse, kb: KnowledgeBase,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "TITLE_SURNAME_NOT_BODY", False)
    assert _speaker(linked_parse, kb, TITLE_BODY, "réfléchi", "2016-11-02", ranker=None) == "LR"


def test_gender_clash_keeps_the_rules() -> None:
    class Ctx:
        kb = KnowledgeBase.load()

    res = {"speaker": "Valérie Dupont"}
    elle = q._Attribution("pron", pronoun="elle")
    sarkozy = sr.Candidate("Nicolas Sarkozy", "per:nicolas-sarkozy", "PER")
    assert sr._gender_clashes(Ctx(), res, elle, sarkozy)  # type: ignore[arg-type]
    assert not sr._gender_clashes(Ctx(), res, q._Attribution("pron", pronoun="il"), sarkozy)  # type: ignore[arg-type]
    assert not sr._gender_clashes(Ctx(), res, q._Attribution("named"), sarkozy)  # type: ignore[arg-type]
    unknown = sr.Candidate("Dupuis", None, "PER")
    assert not sr._gender_clashes(Ctx(), res, elle, unknown)  # type: ignore[arg-type]
    assert sr._gender_clashes(Ctx(), res, elle, sr.Candidate("Matteo Salvini", None, "PER"))  # type: ignore[arg-type]
