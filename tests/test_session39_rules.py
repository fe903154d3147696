"""Session 39 rules, on sentences written for these tests, each switch off and on:

* events: an infinitive under « va » / « doit » / « devait » that states its own day is a scheduled event stated as
  decided, not a plan (``events.SCHEDULED_INFINITIVE``); the conditional « devrait », a negated « ne doit pas » and a
  plan without a day stay plans."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-10"


def _types(linked_parse: Any, kb: Any, text: str) -> list[str]:
    doc, ents = linked_parse(text, ANCHOR)
    return [e["type"] for e in extract_events(doc, ents, ANCHOR, kb)]


SCHEDULED = [
    "Mohamed Bazoum va rencontrer Mahamat Déby le 22 mars à N'Djamena.",
    "Le chef de la diplomatie malienne doit rencontrer jeudi le ministre algérien à Alger.",
    "La ministre doit se rendre très prochainement à Niamey, selon son cabinet.",
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_a_scheduled_meeting_with_its_day_is_an_event(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    assert "meeting" in _types(linked_parse, kb, text)
    monkeypatch.setattr(ev_mod, "SCHEDULED_INFINITIVE", False)
    assert "meeting" not in _types(linked_parse, kb, text)


PLANS = [
    "Mohamed Bazoum devrait rencontrer Mahamat Déby le 22 mars à N'Djamena.",
    "Mohamed Bazoum ne va pas rencontrer Mahamat Déby le 22 mars à N'Djamena.",
    "Mohamed Bazoum va rencontrer Mahamat Déby pour parler de la frontière.",
]


@pytest.mark.parametrize("text", PLANS)
def test_conditional_negated_or_dayless_plans_stay_plans(linked_parse: Any, kb: Any, text: str) -> None:
    assert "meeting" not in _types(linked_parse, kb, text)


def test_the_scheduled_day_dates_the_meeting(linked_parse: Any, kb: Any) -> None:
    doc, ents = linked_parse(SCHEDULED[0], ANCHOR)
    meetings = [e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == "meeting"]
    assert [e["date"] for e in meetings] == ["2021-03-22"]


def _actors(linked_parse: Any, kb: Any, text: str, etype: str, anchor: str = ANCHOR) -> list[list[tuple[str, str]]]:
    doc, ents = linked_parse(text, anchor)
    return [
        sorted((a["canonical"], a["role"]) for a in e["actors"])
        for e in extract_events(doc, ents, anchor, kb) if e["type"] == etype
    ]


CALL = (
    "Le président français Emmanuel Macron s'est aussi entretenu par téléphone avec son homologue tchadien, "
    "Idriss Déby."
)


def test_the_one_called_by_telephone_is_a_participant(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    want = [("Emmanuel Macron", "source"), ("Idriss Déby Itno", "participant")]
    assert _actors(linked_parse, kb, CALL, "meeting", "2019-02-05") == [want]
    monkeypatch.setattr(ev_mod, "MEDIUM_NOT_AGENT", False)
    assert _actors(linked_parse, kb, CALL, "meeting", "2019-02-05") != [want]


CANDIDACIES = [
    ("Des violences ont éclaté autour de la candidature contestée du président Alpha Condé à un troisième mandat lors "
     "de la présidentielle d'octobre.", "Alpha Condé"),
    ("Le parti a confirmé que le président Alpha Condé sera son candidat à la présidentielle.", "Alpha Condé"),
]


@pytest.mark.parametrize(("text", "holder"), CANDIDACIES)
def test_the_holder_of_a_candidacy_takes_part_in_the_election(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str, holder: str
) -> None:
    assert (holder, "participant") in _actors(linked_parse, kb, text, "election", "2020-09-01")[0]
    monkeypatch.setattr(ev_mod, "CANDIDACY_HOLDERS", False)
    assert (holder, "participant") not in _actors(linked_parse, kb, text, "election", "2020-09-01")[0]




NATIONALS = [
    ("- 3 mars 2015 : deux Italiens et un Togolais, employés d'une entreprise de travaux publics, sont enlevés près de "
     "Tillabéri.", []),
]


@pytest.mark.parametrize(("text", "actors"), NATIONALS)
def test_nationals_kidnapped_are_captives(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str, actors: list[tuple[str, str]]
) -> None:
    """A demonym noun (« deux Italiens ») or a name the parser made a conjunct of it is the kidnapped person."""
    assert _actors(linked_parse, kb, text, "capture", "2020-08-10") == [actors]
    monkeypatch.setattr(ev_mod, "NATIONALS_CAPTIVE", False)
    assert _actors(linked_parse, kb, text, "capture", "2020-08-10") == []



def test_clashes_of_supporters_are_a_protest(linked_parse: Any, kb: Any) -> None:
    """« partisans » in ``protest_crowd``: a toll of clashes between a politician's supporters is the protest's."""
    text = "Deux personnes sont mortes lors d'affrontements entre des partisans de deux candidats à Bouaké."
    doc, ents = linked_parse(text, "2020-08-14")
    assert [e["type"] for e in extract_events(doc, ents, "2020-08-14", kb)] == ["protest"]


def test_supporters_in_arms_stay_attackers(linked_parse: Any, kb: Any) -> None:
    text = "Les partisans du groupe armé ont attaqué un camp de soldats près de Mopti, tuant dix militaires."
    doc, ents = linked_parse(text, "2020-08-14")
    assert "attack" in [e["type"] for e in extract_events(doc, ents, "2020-08-14", kb)]

# --- entities and quotes ---------------------------------------------------------------------------------------------

from kibaru.enrich import entities as ent_mod  # noqa: E402
from kibaru.enrich import quotes as q  # noqa: E402


def _glued_span(text: str, first: str) -> tuple[Any, Any]:
    """The fixes component and a person span that opens at ``first`` (the model's cut, made by hand)."""
    from spacy.tokens import Span

    pipe, _ = ent_mod.pipeline_for(None)
    doc = pipe.make_doc(text)
    start = next(t.i for t in doc if t.text == first)
    return pipe.get_pipe(ent_mod.FIXES), Span(doc, start, start + 2, label="PER")


def test_a_hyphenated_given_name_joins_the_cut_name() -> None:
    """« Georges » « - » + the span « Armand Ouegbé » the model cut: the glued first part opens the name."""
    fixes, span = _glued_span("a affirmé Georges-Armand Ouegbé, président du parti.", "Armand")
    assert fixes._hyphenated_given_name(span.doc, span).text == "Georges-Armand Ouegbé"


def test_a_place_glued_by_a_hyphen_is_no_given_name() -> None:
    fixes, span = _glued_span("à la frontière Niger-Amadou Sawadogo a parlé.", "Amadou")
    assert fixes._hyphenated_given_name(span.doc, span).text == "Amadou Sawadogo"


def test_a_spaced_dash_is_no_hyphen() -> None:
    fixes, span = _glued_span("a parlé Ousmane - Amadou Sawadogo a parlé.", "Amadou")
    assert fixes._hyphenated_given_name(span.doc, span).text == "Amadou Sawadogo"


def test_figures_speak_for_who_compiled_them(linked_parse: Any, kb: Any) -> None:
    """« selon les chiffres du ministère X »: the ministry, not the figures (speakers.yaml ``issuer_heads``)."""
    text = ("Selon les chiffres du ministère de la Santé, plus de 300 écoles restent fermées dans la région de Mopti "
            "depuis la rentrée.")
    doc, ents = linked_parse(text, "2020-05-20")
    speakers = [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)]
    assert speakers and all(s is not None and s.startswith("ministère de la Santé") for s in speakers)


def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2020-06-01")
    return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)]


DESCRIBED = "« Une offensive directe reste peu probable », juge le chercheur de l'Université de Niamey, Idrissa Maïga."


def _retyped(text: str, name: str) -> str:
    """The label ``quotes._retype_people`` gives a name the model typed as a place."""
    start = text.index(name)
    return q._retype_people(text, [q._Mention(start, start + len(name), name, "LOC", None, None)])[0].label


def test_a_name_after_a_person_description_and_a_comma_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """« juge le politologue de …, X »: the description before the comma makes X a person, whatever the model said."""
    assert _retyped(DESCRIBED, "Idrissa Maïga") == "PER"
    monkeypatch.setattr(q, "DESCRIBED_NAME_IS_PERSON", False)
    assert _retyped(DESCRIBED, "Idrissa Maïga") == "LOC"


def test_a_place_after_a_place_description_stays_a_place() -> None:
    text = "Les délégués ont rejoint la capitale du pays voisin, Porto Novo, mardi soir."
    assert _retyped(text, "Porto Novo") == "LOC"


STANDALONE = ("Le ministère a publié son plan.\n\n« Aucune coutume ne peut justifier ces violences ». Awa Sangaré a "
              "présenté lundi le plan national de prévention.")


def test_a_standalone_quotation_is_the_next_sentences_named_subjects(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _speakers(linked_parse, kb, STANDALONE) == ["Awa Sangaré"]
    monkeypatch.setattr(q, "FOLLOWING_SUBJECT", False)
    assert _speakers(linked_parse, kb, STANDALONE) != ["Awa Sangaré"]


def test_a_quotation_inside_its_paragraph_keeps_no_following_speaker(linked_parse: Any, kb: Any) -> None:
    """Only a quotation that opens its paragraph is given to the next sentence's subject."""
    text = ("Le ministère a publié son plan. « Aucune coutume ne peut justifier ces violences ». Awa Sangaré a "
            "présenté lundi le plan national de prévention.")
    assert _speakers(linked_parse, kb, text) != ["Awa Sangaré"]


def test_a_final_initial_keeps_its_period(monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import linking

    assert linking.clean_canonical("Moussa K.") == "Moussa K."
    assert linking.clean_canonical("George W. Bush.") == "George W. Bush"  # a middle initial: the period goes
    monkeypatch.setattr(linking, "FINAL_INITIAL_KEPT", False)
    linking.clean_canonical.cache_clear()  # a cached pure function of the surface
    assert linking.clean_canonical("Moussa K.") == "Moussa K"
    linking.clean_canonical.cache_clear()
