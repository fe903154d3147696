"""An analyst's questions in a real browser (session 21, ux21): Debian's Chromium driven by Playwright against
uvicorn on a free port, over the bundled samples (no NLP, so the database builds in seconds) plus four
hand-made attack reports.

* « Who republishes whom, and how fast? » — the outlets page named a copy dated only « 2022-08 » as the first
  publisher of the wire it credits (« Niamey Info → Agence Sahel Presse »), and gave no delay at all.
* « Articles naming Wagner / Mali » — the search page's (and ``/api/articles``') actor filter took the stored facet
  value only: ``/search?actor=Wagner`` or ``actor=gpe:mali`` (the id every export gives) listed nothing, while
  ``kibaru articles --actor`` resolves names through the KB.
* « Attacks in Burkina Faso » — the timeline's place field matched the location's name only: « Burkina Faso »
  found no attack at Djibo or Barsalogho.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("playwright", reason="!!! BROWSER TESTS SKIPPED: playwright is not installed (dev extra) !!!")
pytest.importorskip("uvicorn", reason="!!! BROWSER TESTS SKIPPED: the serve extra is not installed !!!")

from playwright.sync_api import Browser, Page, expect

from browser_helpers import checked_page, chromium, serve_samples_with, skip_without_chromium
from kibaru.model import Article

skip_without_chromium()
REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "test-artifacts" / "screenshots"

# (key, location, its KB id or None, fatalities, date)
ATTACKS = [("djibo", "Djibo", "loc:djibo", 9, "2023-02-18"), ("barsalogho", "Barsalogho", None, 80, "2024-08-24"),
           ("bamako", "Bamako", "loc:bamako", 4, "2024-09-17")]


def _attack(key: str, location: str, kb_id: str | None, toll: int, day: str) -> Article:
    sentence = f"Une attaque a fait {toll} morts le {day} près de {location}, selon des sources locales."
    entities = []
    if key == "bamako":  # linked as the linker stores them: Mali by its Wikidata id, Wagner by its KB id
        sentence += " Le Mali accuse Wagner."
        for words, actor, label in (("Mali", "Q912", "LOC"), ("Wagner", "grp:wagner", "ORG")):
            at = sentence.index(words)
            entities.append({"text": words, "label": label, "start": at, "end": at + len(words),
                             "canonical": words, "kb_id": actor})
    return Article(
        id=f"zz-{key}", source_path=f"tests/{key}.txt", content_hash=key, text=sentence, language="fr",
        outlet="Le Faso Hebdo", date=day, date_precision="day", title=f"Attaque à {location}", entities=entities,
        events=[{"type": "attack", "cameo": "19", "date": day, "date_precision": "day", "actors": [],
                 "location": location, "location_kb_id": kb_id, "fatalities": toll, "evidence": sentence,
                 "start": 0, "end": len(sentence)}])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("analyst") / "kibaru.duckdb")
    yield from serve_samples_with(db, "attacks", [_attack(*a) for a in ATTACKS])


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    yield from checked_page(browser)


def _pairs(page: Page) -> dict[tuple[str, str], tuple[str, str]]:
    """The « Qui reprend qui » table: (first publisher, republisher) -> (clusters, median delay)."""
    out = {}
    for row in page.locator("#pairs tbody tr").all():
        cells = [c.inner_text().strip() for c in row.locator("td").all()]
        out[cells[0], cells[2]] = (cells[3], cells[4])
    return out


def test_outlets_page_says_who_republishes_whom_and_how_fast(page: Page, server: str) -> None:
    page.goto(server + "/outlets")
    expect(page.locator("#pairs")).to_be_visible()
    pairs = _pairs(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "analyst-outlets.png"), full_page=True)
    # Niamey Info's copies are dated to the month only and credit « ASP »: the agency published first.
    assert ("Niamey Info", "Agence Sahel Presse") not in pairs
    assert ("Agence Sahel Presse", "Niamey Info") in pairs
    # A copy dated to the month has no delay; the day-dated ones do (ECOWAS lifts the sanctions: 3 → 4 July).
    assert pairs["Agence Sahel Presse", "Niamey Info"][1] == "—"
    assert pairs["Agence Sahel Presse", "Le Faso Hebdo"][1] == "1 j"
    assert all(re.fullmatch(r"—|\d+(\.5)? j", delay) for _, delay in pairs.values())


def test_a_copy_says_how_many_days_after_the_first_it_appeared(page: Page, server: str) -> None:
    page.goto(server + "/outlets")
    page.locator("#clusters a", has_text="La CEDEAO lève les sanctions").first.click()
    expect(page.locator("#cluster")).to_be_visible()
    text = page.locator("#cluster").inner_text()
    assert "1re publication" in text.replace("\n", "") and "+1 j" in text


def test_timeline_place_field_finds_the_attacks_in_a_country(page: Page, server: str) -> None:
    page.goto(server + "/timeline")
    page.fill("input[name=place]", "Burkina Faso")
    page.locator("#scope-form button[type=submit]").click()
    expect(page.locator("#event-count")).to_have_text(re.compile(r"^2 événements"))
    listed = page.locator("#events").inner_text()
    page.screenshot(path=str(SHOTS / "analyst-timeline-burkina.png"), full_page=True)
    assert "Djibo" in listed and "Barsalogho" in listed and "Bamako" not in listed


@pytest.mark.parametrize("named", ["gpe:mali", "Q912", "Mali", "Wagner", "le groupe Wagner", "grp:wagner"])
def test_search_by_an_actor_as_the_analyst_names_it(page: Page, server: str, named: str) -> None:
    page.goto(server + "/search?actor=" + named.replace(" ", "+"))
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^1 article\b"))
    expect(page.locator("#results")).to_contain_text("Attaque à Bamako")


def test_search_page_finds_the_copies_crediting_a_source(page: Page, server: str) -> None:
    # « Which outlets republish the agency's stories? »: the samples credit « ASP » five times (one « ASP avec
    # Bamako Direct »); the credit was shown but could not be searched.
    page.goto(server + "/search")
    page.fill("input[name=credit]", "asp")
    page.locator("#search-form button[type=submit]").click()
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^5 articles\b"))
    assert "credit=asp" in page.url


def test_outlets_page_says_who_credits_whom(page: Page, server: str) -> None:
    page.goto(server + "/outlets")
    rows = {}
    for row in page.locator("#credits tbody tr").all():
        cells = [c.inner_text().strip() for c in row.locator("td").all()]
        rows[cells[0], cells[2]] = int(cells[3])
    assert rows["ASP", "Niamey Info"] == 2 and rows["ASP", "Sahel Matin"] == 2
    assert rows["AFP", "Niamey Info"] == 2
    page.locator("#credits tbody tr", has_text="Sahel Matin").filter(has_text="ASP").locator("a").click()
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^2 articles\b"))
    expect(page.locator("input[name=credit]")).to_have_value("ASP")


def test_timeline_minimum_death_toll(page: Page, server: str) -> None:
    page.goto(server + "/timeline")
    page.fill("input[name=min_fatalities]", "50")
    page.locator("#scope-form button[type=submit]").click()
    expect(page.locator("#event-count")).to_have_text(re.compile(r"^1 événement\b"))
    assert "Barsalogho" in page.locator("#events").inner_text()


def test_timeline_page_downloads_what_it_shows_as_csv(page: Page, server: str) -> None:
    # Session 22 (ux22): the CLI wrote the timeline as CSV (`kibaru timeline -f csv`), the page had no way to.
    import csv
    import io

    page.goto(server + "/timeline")
    page.fill("input[name=place]", "Burkina Faso")
    page.fill("input[name=min_fatalities]", "1")
    page.locator("#scope-form button[type=submit]").click()
    expect(page.locator("#event-count")).to_have_text(re.compile(r"^2 événements"))
    href = page.locator("#events-csv").get_attribute("href")
    assert href and "place=Burkina+Faso" in href and "format=csv" in href
    reply = page.request.get(server + href)
    assert reply.ok and reply.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(reply.text())))
    assert sorted((r["location"], r["fatalities"]) for r in rows) == [("Barsalogho", "80"), ("Djibo", "9")]
