"""Session 51: names the linker completes from their context, on written sentences (never the evaluation's texts).
Each switch with its default answer and its answer switched off.

- ``linking.FAMILY_SURNAMES``: « son épouse Clara », « son fils Théo »: the relative carries the surname of the
  nearest person named before (given name + surname), never a titled one, and a wife skips a woman;
- ``linking.ROYAL_TITLES``: « les princes William et Harry », « le prince Andrew »: named with the title;
- ``entities.MINISTRY_NAMES``: « le ministère de la Santé Fernando Simon »: the official is a person of his own;
- ``entities.MEDIUM_PREFIX_ONE_NAME``: « a affirmé à l'AFP Joyce, 30 ans »: the interviewee is split from the medium;
- ``entities.LOWER_CASE_BODIES``: « le parti républicain », « la chambre des représentants », « les talibans »: the
  KB's bodies and movements written in lower case;
- ``entities.OPENING_COMMON_PHRASES``: « Nouveaux bilans, nouvelles mesures » opening a line is no name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import entities as ent_mod
from kibaru.enrich import linking as link_mod

pytest.importorskip("spacy")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]


def _canonicals(linked_parse: Parse, text: str) -> dict[str, str | None]:
    _, ents = linked_parse(text, "2021-03-02")
    return {e["text"]: e["canonical"] for e in ents}


FAMILY = ("Le maire Bertrand Lavaux a inauguré la salle mardi avec son épouse Clara. Le député Paul Ferrand était venu "
          "avec son fils, Théo.")


def test_a_relative_takes_the_surname(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _canonicals(linked_parse, FAMILY)
    assert found.get("Clara") == "Clara Lavaux"
    assert found.get("Théo") == "Théo Ferrand"
    monkeypatch.setattr(link_mod, "FAMILY_SURNAMES", False)
    found = _canonicals(linked_parse, FAMILY)
    assert found.get("Clara") != "Clara Lavaux" and found.get("Théo") != "Théo Ferrand"


@pytest.mark.parametrize("text, name", [
    # the nearest person is titled: no surname to share, and no one further back is taken
    ("Marc Dupuis a salué la visite du prince Harry et de sa femme Meghan.", "Meghan"),
    # a cousin's surname differs as often as not
    ("Le chanteur Louis Berthier est arrivé avec son cousin Hugo.", "Hugo"),
])
def test_no_surname_without_a_plain_possessor(linked_parse: Parse, text: str, name: str) -> None:
    assert _canonicals(linked_parse, text).get(name, name) == name


def test_a_wife_skips_a_woman(linked_parse: Parse) -> None:
    text = ("Le sénateur Georges Marton a rendu hommage à la juge Martine Castel, accompagné de sa femme Hélène, "
            "mercredi.")
    assert _canonicals(linked_parse, text).get("Hélène") != "Hélène Castel"


ROYALS = "Les princes Willem et Hendrik ont démenti. Le prince Andrew a été entendu, a confirmé la princesse Anne."


def test_a_royal_is_named_with_the_title(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _canonicals(linked_parse, ROYALS)
    assert found.get("Willem") == "Prince Willem" and found.get("Hendrik") == "Prince Hendrik"
    assert found.get("Andrew") == "Prince Andrew"
    monkeypatch.setattr(link_mod, "ROYAL_TITLES", False)
    found = _canonicals(linked_parse, ROYALS)
    assert found.get("Andrew") != "Prince Andrew"


MINISTRY = ("Le porte-parole du ministère de la Santé Kamran Vessali a annoncé 300 cas. \"C'est trop tard\", a estimé "
            "auprès de l'AFP Joyce, 30 ans, habituée du marché.")


def _spans(linked_parse: Parse) -> dict[str, str]:
    _, ents = linked_parse(MINISTRY, "2020-03-02")
    return {e["text"]: e["label"] for e in ents}


def test_an_official_after_a_ministry_and_an_interviewee_after_a_medium(linked_parse: Parse,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    spans = _spans(linked_parse)
    assert spans.get("Kamran Vessali") == "PER"
    assert spans.get("Joyce") == "PER" and spans.get("AFP") == "ORG"
    monkeypatch.setattr(ent_mod, "MINISTRY_NAMES", False)
    monkeypatch.setattr(ent_mod, "MEDIUM_PREFIX_ONE_NAME", False)
    spans = _spans(linked_parse)
    assert "Kamran Vessali" not in spans
    assert "Joyce" not in spans


BODIES = "À Washington, le parti républicain a bloqué le texte que la chambre des représentants avait voté."


def test_a_lower_case_body_the_kb_knows(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    def ids() -> set[str | None]:
        _, ents = linked_parse(BODIES, "2020-03-02")
        return {e["kb_id"] for e in ents}

    assert {"org:us-republican-party", "org:us-house"} <= ids()
    monkeypatch.setattr(ent_mod, "LOWER_CASE_BODIES", False)
    assert not {"org:us-republican-party", "org:us-house"} & ids()


GROUPS = "Kaboul est tombée aux mains des talibans dimanche. Un commandant taliban a parlé."


def test_a_movement_in_lower_case_after_a_plural_determiner(linked_parse: Parse,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def texts() -> dict[str, str | None]:
        _, ents = linked_parse(GROUPS, "2021-08-16")
        return {e["text"]: e["kb_id"] for e in ents}

    found = texts()
    assert found.get("talibans") == "grp:taliban" and "taliban" not in found  # the adjective is no mention
    monkeypatch.setattr(ent_mod, "LOWER_CASE_BODIES", False)
    assert "talibans" not in texts()


OPENING = "Épidémie: le point\nNouveaux bilans, nouvelles mesures et faits marquants en Espagne."


def test_an_opening_common_phrase_is_no_name(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "Nouveaux bilans" not in {e["text"] for e in linked_parse(OPENING, "2020-04-02")[1]}
    monkeypatch.setattr(ent_mod, "OPENING_COMMON_PHRASES", False)
    assert "Nouveaux bilans" in {e["text"] for e in linked_parse(OPENING, "2020-04-02")[1]}


def test_the_possessor_is_the_person_the_article_keeps_naming(linked_parse: Parse) -> None:
    text = ("L'ancien ministre Hervé Castaing, 84 ans, est hospitalisé. M. Castaing souffre du cœur, selon ses "
            "proches. Le cardiologue Paul Armand l'a examiné mardi. Joint par la radio, son fils Louis a parlé.")
    found = _canonicals(linked_parse, text)
    assert found.get("Paul Armand") == "Paul Armand"  # the nearest person, named once
    assert found.get("Louis") == "Louis Castaing"
