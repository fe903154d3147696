"""The outlets page's row for articles stored without an outlet (branch ux16).

It read « inconnu », as if an outlet called so existed, with no way to see those articles: it now says
the outlet was not recorded and links to a search that keeps exactly those articles (``no_outlet=1``,
on the dashboard and the JSON API, both backends)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")

from fastapi.testclient import TestClient

from kibaru.model import Article
from kibaru.serve.app import create_app
from kibaru.store import RunSummary, open_storage


def _articles() -> list[Article]:
    def art(i: int, outlet: str | None) -> Article:
        text = f"Le conseil municipal numéro {i} a voté le budget de la commune sans débat."
        return Article(id=f"no{i}", source_path=None, text=text, content_hash=f"hno{i}", outlet=outlet,
                       date=f"2024-02-0{i}", date_precision="day")

    return [art(1, "journal-a.ml"), art(2, None), art(3, None), art(4, "journal-b.bf")]


def test_articles_without_an_outlet_are_counted_and_linked(new_db: Callable[[], str]) -> None:
    db = new_db()
    storage = open_storage(db)
    run = storage.begin_run(["t"])
    storage.write_batch(run, _articles(), [b""] * 4, [])
    storage.finish_run(run, RunSummary())
    storage.close()
    with TestClient(create_app(db)) as client:
        for path in ("/outlets", "/"):
            html = client.get(path).text
            assert "<i>inconnu</i>" not in html, path
            at = html.index('class="no-outlet"')
            row = html[html.rindex("<tr", 0, at):html.index("</tr>", at)]
            assert 'href="/search?no_outlet=1"' in row and "média non enregistré" in row, path
            assert '<td class="num">2</td>' in row, path
        found = {a["id"] for a in client.get("/api/articles", params={"no_outlet": "true"}).json()}
        assert found == {"no2", "no3"}
        page = client.get("/search", params={"no_outlet": "1"}).text
        assert 'id="no-outlet-filter"' in page and "2 articles" in page
        assert 'name="no_outlet" value="1"' in page  # kept when the form is sent again
        both = {a["id"] for a in client.get("/api/articles", params={"no_outlet": "1", "q": "conseil"}).json()}
        assert both == {"no2", "no3"}
        assert len(client.get("/api/articles").json()) == 4
