"""What the browser test modules share: Debian's Chromium and its flags, and the dashboard served by uvicorn on a
free local port (imported by modules that have already checked playwright and uvicorn are installed)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("KIBARU_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


def skip_without_chromium() -> None:
    """Skip the calling test module, loudly, when Debian's Chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(
            f"!!! BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM}. Install it with .ci/install-system-deps.sh "
            "(apt-get install chromium) — the dashboard is NOT tested in a browser on this machine !!!",
            allow_module_level=True,
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: str, start_timeout: float = 15) -> Iterator[str]:
    """The dashboard over ``db`` on 127.0.0.1 (a generator: its first value is the base URL; closing it stops
    the server)."""
    import uvicorn

    from kibaru.serve.app import create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


def chromium() -> Iterator[Any]:
    """A headless Chromium driven by Playwright (a generator, for module-scoped fixtures)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def serve_samples_with(db: str, run_name: str, articles: list[Any]) -> Iterator[str]:
    """The bundled sample corpus ingested into ``db`` without NLP, plus ``articles`` written as one run, served
    (a generator as ``serve``)."""
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import RunSummary, open_storage

    samples = Path(__file__).resolve().parent.parent / "samples" / "corpus"
    storage = open_storage(db)
    try:
        ingest([samples], storage, IngestOptions(components=(), word_vectors=False))
        run = storage.begin_run([run_name])
        storage.write_batch(run, articles, [b""] * len(articles), [])
        storage.finish_run(run, RunSummary())
    finally:
        storage.close()
    yield from serve(db, start_timeout=30)


def checked_page(browser: Any) -> Iterator[Any]:
    """A fresh page of a desktop-sized context; the test fails if a script on it threw (a generator, for fixtures)."""
    context = browser.new_context(viewport={"width": 1366, "height": 850})
    errors: list[str] = []
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert errors == [], f"script errors: {errors}"
