"""An analyst's second day in a real browser (session 22, ux22): Debian's Chromium driven by Playwright against
uvicorn on a free port, over the bundled samples (no NLP, so the database builds in seconds) plus four hand-made
articles with quotes, linked mentions and technique spans (sentences written for the test, not news text).

* « Who is quoted most about France, and what did they say? » — quotes were only on actor pages, one speaker at a
  time: no page listed them, none ranked the speakers (``/quotes``, ``/api/quotes/speakers``).
* « Which techniques in the outlet's own voice in the articles naming MINUSMA? » — the search page's technique
  facet counted articles in any voice; ``voice`` alone filtered on narratives, so the split took one search per
  technique (or the techniques CSV joined by hand). The API had no facets at all (``/api/facets``).
* « Russia vs France per month » — one actor page each; no side-by-side view (``/actors/compare``,
  ``/api/actors/trend``, CSV).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright", reason="!!! BROWSER TESTS SKIPPED: playwright is not installed (dev extra) !!!")
pytest.importorskip("uvicorn", reason="!!! BROWSER TESTS SKIPPED: the serve extra is not installed !!!")

from playwright.sync_api import Browser, Page, expect

from browser_helpers import checked_page, chromium, serve_samples_with, skip_without_chromium
from kibaru.model import Article

skip_without_chromium()
REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "test-artifacts" / "screenshots"

LAVROV_SAYS = "La France a échoué au Sahel et la Russie restera"
MACRON_SAYS = "La France ne quitte pas l'Afrique"
# (id, outlet, date, quote, speaker, speaker id, sentence after the quote)
QUOTED = [
    ("zq-lavrov-1", "Sahel Matin", "2023-02-07", LAVROV_SAYS, "Sergueï Lavrov", "per:sergei-lavrov",
     "La MINUSMA n'a pas commenté."),
    ("zq-lavrov-2", "Bamako Direct", "2023-02-08", LAVROV_SAYS, "Sergueï Lavrov", "per:sergei-lavrov",
     "La MINUSMA n'a pas commenté."),
    ("zq-macron", "Le Faso Hebdo", "2023-03-01", MACRON_SAYS, "Emmanuel Macron", "per:emmanuel-macron",
     "La MINUSMA, ce fiasco honteux, plie bagage."),
    ("zq-russia", "Niamey Info", "2023-03-02", "La Russie est un partenaire", "Abdourahamane Tiani",
     "per:abdourahamane-tiani", "Les instructeurs de la Russie sont arrivés."),
]
# Linked mentions: written form -> (KB id as the linker stores it, label)
LINKS = {"France": ("Q142", "LOC"), "Russie": ("Q159", "LOC"), "MINUSMA": ("org:minusma", "ORG")}


def _article(key: str, outlet: str, day: str, said: str, speaker: str, speaker_id: str, after: str) -> Article:
    text = f"« {said} », a déclaré {speaker} mercredi. {after}"
    lo = text.index(said)
    entities: list[dict[str, Any]] = []
    for words, (kb_id, label) in LINKS.items():
        for m in re.finditer(re.escape(words), text):
            entities.append({"text": words, "label": label, "start": m.start(), "end": m.end(),
                             "canonical": words, "kb_id": kb_id})
    at = text.index(speaker)
    entities.append({"text": speaker, "label": "PER", "start": at, "end": at + len(speaker), "canonical": speaker,
                     "kb_id": speaker_id})
    quotes = [{"text": said, "start": lo, "end": lo + len(said), "speaker": speaker, "speaker_kb_id": speaker_id,
               "cue": "a déclaré", "direct": True}]
    # Loaded language inside the quote (the speaker's voice) and, in the Macron article, in the outlet's own words.
    techniques = [{"id": "Loaded_Language", "start": lo, "end": lo + len(said), "voice": "quoted",
                   "speaker": speaker, "score": 0.9}]
    if "fiasco" in after:
        at = text.index("ce fiasco honteux")
        techniques.append({"id": "Loaded_Language", "start": at, "end": at + len("ce fiasco honteux"),
                           "voice": "author", "score": 0.9})
        techniques.append({"id": "Name_Calling-Labeling", "start": at, "end": at + len("ce fiasco honteux"),
                           "voice": "author", "score": 0.8})
    return Article(id=key, source_path=f"tests/{key}.txt", content_hash=key, text=text, language="fr",
                   outlet=outlet, date=day, date_precision="day", title=f"Citation {key}", entities=entities,
                   quotes=quotes, techniques=techniques)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("analyst2") / "kibaru.duckdb")
    yield from serve_samples_with(db, "quoted", [_article(*a) for a in QUOTED])


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    yield from checked_page(browser)


def _table(page: Page, selector: str) -> list[list[str]]:
    return [[c.inner_text().strip() for c in row.locator("td").all()]
            for row in page.locator(f"{selector} tbody tr").all()]


def test_quotes_page_ranks_who_is_quoted_about_france(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.locator("header nav a", has_text="Citations").click()
    page.fill("input[name=about]", "France")
    page.locator("#scope-form button[type=submit]").click()
    expect(page.locator("#quote-count")).to_have_text(re.compile(r"^3 citations nommant « France »"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "analyst2-quotes-france.png"), full_page=True)
    speakers = {row[0].replace(" fiche", ""): row[1:4] for row in _table(page, "#speakers")}
    # Lavrov's quote was republished: two quotes, one distinct text, two articles; Tiani names Russia, not France.
    assert speakers == {"Sergueï Lavrov": ["2", "1", "2"], "Emmanuel Macron": ["1", "1", "1"]}
    assert LAVROV_SAYS in page.locator("#quotes").inner_text()
    page.locator("#speakers a", has_text="Emmanuel Macron").click()
    expect(page.locator("#quote-count")).to_have_text(re.compile(r"^1 citation nommant « France » de"))
    expect(page.locator("#quotes")).to_contain_text(MACRON_SAYS)


def test_quotes_page_says_a_misspelt_speaker_is_unknown(page: Page, server: str) -> None:
    page.goto(server + "/quotes?speaker=Lavrow")
    expect(page.locator("#name-note")).to_contain_text("Sergueï Lavrov")


def test_quote_speakers_api(page: Page, server: str) -> None:
    rows = page.request.get(server + "/api/quotes/speakers?about=France").json()
    assert [(r["speaker_actor_id"], r["quotes"], r["stories"]) for r in rows] == [
        ("per:sergei-lavrov", 2, 1), ("per:emmanuel-macron", 1, 1)]


def test_search_facets_split_techniques_by_voice(page: Page, server: str) -> None:
    page.goto(server + "/search?actor=MINUSMA")
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^\d+ articles?\b"))
    loaded = page.locator("ul.facet[data-facet=technique] li", has_text="Langage chargé")
    expect(loaded).to_contain_text("3")
    # In the three MINUSMA articles: loaded language quoted in all three, in the outlet's own words in one.
    expect(loaded.locator("a.voice-count[data-voice=author]")).to_have_text(re.compile(r" 1$"))
    expect(loaded.locator("a.voice-count[data-voice=quoted]")).to_have_text(re.compile(r" 3$"))
    loaded.locator("a.voice-count[data-voice=author]").click()
    expect(page.locator("#result-count")).to_have_text(re.compile(r"^1 article\b"))
    expect(page.locator("#results")).to_contain_text("Citation zq-macron")


def test_facets_api_gives_the_voice_split(page: Page, server: str) -> None:
    facets = page.request.get(server + "/api/facets?actor=org:minusma&per_facet=30").json()
    got = {f["value"]: (f["n"], f["author"], f["quoted"]) for f in facets["technique"]}
    assert got == {"Loaded_Language": (3, 1, 3), "Name_Calling-Labeling": (1, 1, 0)}
    assert {f["value"] for f in facets["outlet"]} == {"Sahel Matin", "Bamako Direct", "Le Faso Hebdo"}


def test_actors_side_by_side_per_month(page: Page, server: str) -> None:
    page.goto(server + "/actors")
    page.locator("#compare-link").click()
    expect(page.locator("#compare")).to_be_visible()
    page.screenshot(path=str(SHOTS / "analyst2-compare.png"), full_page=True)
    head = [c.inner_text().strip() for c in page.locator("#compare thead th").all()]
    assert head == ["Mois", "tous", "Russie", "France"]
    rows = {r[0]: r[1:] for r in _table(page, "#compare")}
    # 2023-02: both Lavrov articles name Russia and France; 2023-03: Macron names France, Tiani Russia.
    assert int(rows["2023-02"][1]) >= 2 and int(rows["2023-02"][2]) >= 2
    assert int(rows["2023-03"][1]) >= 1 and int(rows["2023-03"][2]) >= 1
    # A third actor by the name the analyst uses; its column comes with the KB's name.
    page.locator("input[name=actor]").nth(2).fill("Minusma")
    page.locator("#scope-form button[type=submit]").click()
    expect(page.locator("#compare thead th").nth(4)).to_contain_text("Mission multidimensionnelle")
    csv_text = page.request.get(server + str(page.locator("#compare-csv").get_attribute("href"))).text()
    table = list(csv.reader(io.StringIO(csv_text)))
    assert table[0][:4] == ["month", "articles_in_all", "Russie", "France"]
    by_month = {r[0]: r for r in table[1:]}
    assert by_month["2023-03"][4] == "1"  # MINUSMA in the Macron article


def test_compare_page_suggests_a_kb_name(page: Page, server: str) -> None:
    page.goto(server + "/actors/compare?actor=Russie&actor=Frnace")
    expect(page.locator(".name-note")).to_contain_text("« France »")


def test_outlets_page_says_which_copies_credit_nobody(page: Page, server: str) -> None:
    # The samples: Niamey Info's two copies of the agency credit « ASP »; Le Républicain du Sahel's copy of Niamey
    # Info's story credits nobody.
    page.goto(server + "/outlets")
    rows = {(r[0], r[2]): r[5] for r in _table(page, "#pairs")}
    assert rows["Agence Sahel Presse", "Niamey Info"] == "0 / 2"
    assert rows["Niamey Info", "Le Républicain du Sahel"] == "1 / 1"


def test_an_outlet_on_one_page(page: Page, server: str) -> None:
    # « The profile of one outlet »: three pages (search facets, outlets table, credits table) before.
    page.goto(server + "/outlets")
    page.locator("#outlets a", has_text="Niamey Info").first.click()
    expect(page.locator("h1")).to_have_text("Niamey Info")
    page.screenshot(path=str(SHOTS / "analyst2-outlet.png"), full_page=True)
    pairs = {(r[0], r[1]): (r[2], r[4]) for r in _table(page, "#outlet-pairs")}
    assert pairs["reprend", "Agence Sahel Presse"] == ("2", "0 / 2")
    assert pairs["repris par", "Le Républicain du Sahel"] == ("1", "1 / 1")
    credits = page.locator("#outlet-credits").inner_text()
    assert "AFP" in credits and "ASP" in credits
    expect(page.locator("#outlet-facets ul.facet[data-facet=outlet]")).to_contain_text("Niamey Info")
    page.goto(server + "/outlets/profile?outlet=Nowhere")
    assert "Aucun média « Nowhere »" in page.content()


def test_techniques_by_outlet_in_their_own_voice(page: Page, server: str) -> None:
    # « Which outlets use which techniques in their own voice? »: one outlet at a time, or a CSV pivot, before.
    page.goto(server + "/narratives")
    head = [c.inner_text().strip() for c in page.locator("#technique-outlets thead th").all()]
    assert head == ["Technique", "Le Faso Hebdo"]  # the only outlet using a technique in its own words
    rows = {r[0]: r[1:] for r in _table(page, "#technique-outlets")}
    assert rows == {"Langage chargé": ["1"], "Étiquetage, injure": ["1"]}
    quoted = page.request.get(server + "/api/techniques/by-outlet?voice=quoted").json()
    assert {o["outlet"] for o in quoted["outlets"]} == {"Sahel Matin", "Bamako Direct", "Le Faso Hebdo", "Niamey Info"}
    assert [(t["id"], sum(t["articles"])) for t in quoted["techniques"]] == [("Loaded_Language", 4)]
