"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against uvicorn on a free port.

Screenshots go to ``artifacts/screenshots/`` (gitignored) for a human look.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright", reason="!!! BROWSER TESTS SKIPPED: playwright is not installed (dev extra) !!!")
pytest.importorskip("uvicorn", reason="!!! BROWSER TESTS SKIPPED: the serve extra is not installed !!!")

import uvicorn
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright

from kibaru.serve.app import create_app
from serve_data import HOSTILE_ID, HOSTILE_TITLE, build_database

CHROMIUM = Path(os.environ.get("KIBARU_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.exists():
    pytest.skip(
        f"!!! BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM}. Install it with .ci/install-system-deps.sh "
        "(apt-get install chromium) — the dashboard is NOT tested in a browser on this machine !!!",
        allow_module_level=True,
    )

REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
# A laptop screen.
VIEWPORT = {"width": 1366, "height": 850}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("browser") / "kibaru.duckdb"
    out = build_database(db)
    out["db"] = db
    return out


@pytest.fixture(scope="module")
def server(facts: dict[str, Any]) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(str(facts["db"])), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """A fresh page that fails the test on any JS dialog (alert/confirm/prompt), script error or request to
    another origin (nothing may be fetched from a CDN)."""
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    pg = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            errors.append(msg.text)

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", on_console)
    foreign: list[str] = []
    pg.on("request", lambda req: None if req.url.startswith((server + "/", "data:")) else foreign.append(req.url))
    yield pg
    context.close()
    assert foreign == [], f"requests to another origin: {foreign}"
    assert dialogs == [], f"a JS dialog fired: {dialogs}"
    assert errors == [], f"script or console errors: {errors}"


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_home_loads(page: Page, server: str) -> None:
    page.goto(server + "/")
    expect(page).to_have_title("Accueil · kibaru")
    count = int(page.get_by_test_id("count-articles").inner_text())
    assert count > 0
    assert page.locator("#latest li").count() > 0
    _shot(page, "home")


def test_search_and_filter(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.locator("#quick-q").fill("Wagner")
    page.locator("#quick-q").press("Enter")
    page.wait_for_url("**/search?q=Wagner")
    rows = page.locator("#results li.row")
    n_all = rows.count()
    assert n_all > 0
    outlets = [rows.nth(i).locator(".meta").inner_text().split(" · ")[0] for i in range(n_all)]
    _shot(page, "search")
    # Narrow to one outlet through the form.
    outlet = max(set(outlets) - {"média inconnu"}, key=outlets.count)
    page.locator("select[name=outlet]").select_option(outlet)
    page.get_by_role("button", name="Chercher").click()
    page.wait_for_load_state()
    assert "outlet=" in page.url and "since=" not in page.url  # empty filters left out by app.js
    filtered = page.locator("#results li.row")
    assert filtered.count() == outlets.count(outlet)
    for i in range(filtered.count()):
        assert filtered.nth(i).locator(".meta").inner_text().startswith(outlet)
    assert page.locator("#result-count").inner_text().startswith(str(outlets.count(outlet)))


def test_open_article_with_highlights(page: Page, server: str, facts: dict[str, Any]) -> None:
    page.goto(server + "/search?q=Lavrov")
    page.locator(f'#results a[href="/articles/{facts["annotated"]}"]').click()
    page.wait_for_url(f"**/articles/{facts['annotated']}")
    mark = page.locator("#article-body mark.ent")
    expect(mark.first).to_be_visible()
    assert mark.first.inner_text() == "Lavrov"
    expect(page.locator("#article-body .quote").first).to_be_visible()
    background = mark.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    _shot(page, "article")
    # The legend's checkbox turns the entity highlighting off (app.js).
    page.locator("input[data-toggle=ents]").uncheck()
    assert mark.first.evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"


def test_cluster_members_are_listed(page: Page, server: str) -> None:
    page.goto(server + "/outlets")
    expect(page.locator("#outlets tbody tr").first).to_be_visible()
    _shot(page, "outlets")
    page.get_by_role("link", name="API").click()
    expect(page.locator("#endpoints")).to_contain_text("/api/articles")
    # Open an article that has republications, through search's cluster filter.
    page.goto(server + "/api/articles?limit=100")
    items = page.evaluate("() => JSON.parse(document.body.innerText)")
    ids_by_cluster: dict[str, list[str]] = {}
    for it in items:
        ids_by_cluster.setdefault(it["cluster_id"], []).append(it["id"])
    _, members = max(ids_by_cluster.items(), key=lambda kv: len(kv[1]))
    page.goto(f"{server}/articles/{members[0]}")
    section = page.locator("#cluster")
    expect(section).to_be_visible()
    assert section.locator("li.row").count() == len(members)
    assert section.locator(".badge").count() == 1
    _shot(page, "article-cluster")


def test_hostile_articles_render_as_text(page: Page, server: str) -> None:
    # The sample corpus's hostile page (scripts and onerror handlers in its HTML) ...
    page.goto(server + "/search?outlet=Sahel+Flash")
    page.locator("#results a.title").first.click()
    page.wait_for_load_state()
    expect(page.locator("#article-title")).to_be_visible()
    # ... and an article whose title and text are markup.
    page.goto(f"{server}/articles/{HOSTILE_ID}")
    title = page.locator("#article-title")
    assert title.inner_text() == HOSTILE_TITLE
    assert title.locator("img").count() == 0
    assert page.locator("#article-body script, #article-body b, iframe, svg").count() == 0
    assert "<script>alert('x')</script>" in page.locator("#article-body").inner_text()
    details = page.locator("#boilerplate")
    assert not details.locator("ul").is_visible()
    details.locator("summary").click()
    expect(details.locator("ul")).to_be_visible()
    assert "<script>alert(3)</script>" in details.inner_text()
    _shot(page, "hostile")
    # The same markup in search results.
    page.goto(server + "/search?q=pi%C3%A9g%C3%A9")
    expect(page.locator("#results a.title").first).to_have_text(HOSTILE_TITLE)
