"""The dashboard and JSON API on a real database built by ingesting the sample corpus: a DuckDB file, and a
real PostgreSQL server (tests/conftest.py) for every test taking ``built`` or ``client``."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")

from fastapi.testclient import TestClient

from conftest import BACKENDS
from kibaru.errors import StorageError
from kibaru.export.schema import schema_errors
from kibaru.model import Article
from kibaru.serve import dialect, queries
from kibaru.serve.app import create_app
from kibaru.store import RunSummary, open_storage
from serve_data import HOSTILE_BOILERPLATE, HOSTILE_ID, HOSTILE_TITLE, build_database, built_on_backend
from serve_data import sql_rows as _sql


@pytest.fixture(scope="module", params=BACKENDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return built_on_backend(request, tmp_path_factory)


@pytest.fixture(scope="module")
def client(built: dict[str, Any]) -> Iterator[TestClient]:
    with TestClient(create_app(str(built["db"]))) as c:
        yield c


def _haystack(a: Article) -> str:
    return queries.fold((a.title or "") + " " + a.text)


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {it["id"] for it in items}


# ----- API ---------------------------------------------------------------------------------------


def test_search_lavrov_returns_exactly_the_articles_naming_him(client: TestClient, built: dict[str, Any]) -> None:
    r = client.get("/api/articles", params={"q": "Lavrov", "limit": 100})
    assert r.status_code == 200
    expected = {a.id for a in built["articles"] if "lavrov" in _haystack(a)}
    assert expected, "the sample corpus should mention Lavrov"
    assert _ids(r.json()) == expected
    for item in r.json():
        assert set(item) >= {"id", "title", "date", "outlet", "snippet"}
        assert "lavrov" in queries.fold(item["snippet"] + " " + (item["title"] or ""))


def test_credit_filter_folds_on_either_backend(client: TestClient, built: dict[str, Any]) -> None:
    """``credit``: part of the credited source, case and accents ignored, on DuckDB and PostgreSQL alike."""
    credits = sorted({a.attributed_source for a in built["articles"] if a.attributed_source})
    assert credits, "the sample corpus should credit some sources"
    for credit in credits[:3]:
        typed = queries.fold(credit).upper()  # no accents, upper case: the page must still find it
        r = client.get("/api/articles", params={"credit": typed, "limit": 100})
        assert r.status_code == 200
        expected = {a.id for a in built["articles"] if queries.fold(typed) in queries.fold(a.attributed_source or "")}
        assert _ids(r.json()) == expected and expected

def _words(a: Article) -> set[str]:
    return set(re.findall(r"[^\W_]+", queries.fold((a.title or "") + " " + a.text)))


def test_search_folds_accents_and_case(client: TestClient, built: dict[str, Any]) -> None:
    literal = {a.id for a in built["articles"] if "securite" in _haystack(a)}
    assert literal
    results = [_ids(client.get("/api/articles", params={"q": q, "limit": 100}).json())
               for q in ("sécurité", "SECURITE", "Securité", "securite")]
    assert all(r == results[0] for r in results)
    # Every article with the word is found; every article found has a word of the family (sécurité, sécuritaire…).
    assert literal <= results[0]
    by_id = {a.id: a for a in built["articles"]}
    assert all(any(w.startswith("secur") for w in _words(by_id[i])) for i in results[0])


def test_search_stems_french_words(client: TestClient, built: dict[str, Any]) -> None:
    """"négocie" finds articles that only say "négociations" or "négociée" (Snowball French stems)."""
    family = {a.id for a in built["articles"] if any(w.startswith("negoci") for w in _words(a))}
    literal = {a.id for a in built["articles"] if "negocie" in _haystack(a)}
    assert family - literal, "the samples should have articles saying négociation(s) but not négocie"
    got = _ids(client.get("/api/articles", params={"q": "négocie", "limit": 100}).json())
    assert got == family
    # Several words: every one must match (in any form).
    both = {a.id for a in built["articles"] if a.id in family and "wagner" in _words(a)}
    got = _ids(client.get("/api/articles", params={"q": "négociations Wagner", "limit": 100}).json())
    assert got == both
    # A quoted phrase matches literally (accents folded), on top of the words.
    phrase = {a.id for a in built["articles"] if "groupe wagner" in " ".join(_haystack(a).split())}
    assert phrase
    assert _ids(client.get("/api/articles", params={"q": '"groupe Wagner"', "limit": 100}).json()) == phrase


def test_minus_word_leaves_out_the_articles_holding_it(client: TestClient, built: dict[str, Any]) -> None:
    # "mali -wagner" returned the same articles as "mali wagner" on DuckDB (the minus was dropped).
    def ids(q: str) -> set[str]:
        return _ids(client.get("/api/articles", params={"q": q, "limit": 100}).json())

    with_both = ids("mali wagner")
    assert with_both and ids("mali -wagner") == ids("mali") - with_both
    assert not any("wagner" in _haystack(a) for a in built["articles"] if a.id in ids("mali -wagner"))
    if built["backend"] == "duckdb":  # a hyphenated word is no exclusion (PostgreSQL parses it its own way)
        assert ids("Africa-Corps") and ids("Africa-Corps") == ids("Africa Corps")
    page = client.get("/search", params={"q": "mali -wagner"}).text
    assert f"{len(ids('mali -wagner'))} articles" in page


def test_relevance_puts_title_matches_first(client: TestClient, built: dict[str, Any]) -> None:
    got = client.get("/api/articles", params={"q": "Wagner", "limit": 100}).json()
    assert len(got) > 3
    titled = [i for i, it in enumerate(got) if it["title"] and "wagner" in queries.fold(it["title"])]
    untitled = [i for i, it in enumerate(got) if not (it["title"] and "wagner" in queries.fold(it["title"]))]
    assert titled and untitled
    # Title words weigh three body mentions: on average, articles naming Wagner in the title rank higher.
    assert sum(titled) / len(titled) < sum(untitled) / len(untitled)
    by_date = client.get("/api/articles", params={"q": "Wagner", "limit": 100, "sort": "date"}).json()
    dates = [it["date"] for it in by_date if it["date"]]
    assert dates == sorted(dates, reverse=True)
    assert {it["id"] for it in by_date} == {it["id"] for it in got}


def test_like_wildcards_and_quotes_are_literal(client: TestClient, built: dict[str, Any]) -> None:
    expected = {a.id for a in built["articles"] if "%" in a.text or "%" in (a.title or "")}
    assert _ids(client.get("/api/articles", params={"q": "%", "limit": 100}).json()) == expected
    r = client.get("/api/articles", params={"q": "'; DROP TABLE articles; --"})
    assert r.status_code == 200 and r.json() == []
    assert client.get("/api/status").json()["articles"] == len(built["articles"])


def test_filters_outlet_and_dates(client: TestClient, built: dict[str, Any]) -> None:
    outlet = "Sahel Matin"
    got = client.get("/api/articles", params={"outlet": outlet, "limit": 100}).json()
    assert _ids(got) == {a.id for a in built["articles"] if a.outlet == outlet}
    got = client.get("/api/articles", params={"since": "2024-01-01", "until": "2024-12", "limit": 100}).json()
    expected = {a.id for a in built["articles"] if a.date and a.date >= "2024-01-01" and a.date[:7] <= "2024-12"}
    assert expected and _ids(got) == expected
    assert all(it["date"].startswith("2024") for it in got)
    assert client.get("/api/articles", params={"since": "yesterday"}).status_code == 422


def test_pagination_covers_everything_once_and_is_capped(client: TestClient, built: dict[str, Any]) -> None:
    seen: list[str] = []
    for offset in range(0, len(built["articles"]) + 7, 7):
        seen += [it["id"] for it in client.get("/api/articles", params={"limit": 7, "offset": offset}).json()]
    assert sorted(seen) == sorted(a.id for a in built["articles"])
    assert queries.clamp_limit(10_000) == queries.MAX_PAGE_SIZE
    assert len(client.get("/api/articles", params={"limit": 10_000}).json()) <= queries.MAX_PAGE_SIZE
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422


def test_article_record_follows_the_contract(client: TestClient, built: dict[str, Any]) -> None:
    r = client.get(f"/api/articles/{built['annotated']}")
    assert r.status_code == 200
    record = r.json()
    assert schema_errors(record) == []
    stored = next(a for a in built["articles"] if a.id == built["annotated"])
    assert record["text"] == stored.text and record["entities"] == stored.entities


def test_cluster_lists_members_with_the_first_flagged(client: TestClient, built: dict[str, Any]) -> None:
    clustered: dict[str, list[str]] = {}
    for a in built["articles"]:
        if a.cluster_id:
            clustered.setdefault(a.cluster_id, []).append(a.id)
    cid, members = max(clustered.items(), key=lambda kv: len(kv[1]))
    assert len(members) > 1, "the sample corpus has republished articles"
    body = client.get(f"/api/clusters/{cid}").json()
    assert {m["id"] for m in body["members"]} == set(members)
    assert [m["first"] for m in body["members"]].count(True) == 1
    assert body["members"][0]["id"] == body["first_article_id"]


def test_unknown_ids_are_404_json(client: TestClient) -> None:
    for url in ("/api/articles/nope", "/api/clusters/nope"):
        r = client.get(url)
        assert r.status_code == 404 and "detail" in r.json()
    r = client.get("/articles/nope", headers={"accept": "text/html"})
    assert r.status_code == 404 and "Erreur 404" in r.text


def test_dashboard_errors_are_in_french(client: TestClient) -> None:
    # The error pages showed the API's English details ("no article nope", "voice must be author or quoted",
    # pydantic's "Input should be ...") inside the French UI; the JSON API keeps its messages.
    html = {"accept": "text/html"}
    cases = {
        "/articles/n<b>ope": ("Aucun article « n&lt;b&gt;ope »", "no article"),
        "/actors/nobody:here": ("Aucun acteur « nobody:here »", "no actor"),
        "/narratives/not-a-narrative": ("Aucun récit « not-a-narrative »", "not found"),
        "/narratives/not-a-narrative?voice=loud": ("La voix doit être", "voice must be"),
        "/search?since=2023-13": ("pas une date réelle", "must be a real date"),
        "/search?sort=loud": ("Le tri doit être", "sort must be"),
        "/search?offset=-1": ("Paramètre refusé : offset", "Input should be"),
        "/timeline?limit=x": ("Paramètre refusé : limit", "Input should be"),
        "/no/such/page": ("Page introuvable", "Not Found"),
    }
    for url, (french, english) in cases.items():
        r = client.get(url, headers=html)
        assert r.status_code in (404, 422) and r.headers["content-type"].startswith("text/html"), url
        assert french in r.text and english not in r.text and "<b>" not in r.text, (url, r.text[-600:])
    # the JSON API is unchanged
    assert client.get("/api/articles/nope").json()["detail"] == "no article nope"
    assert "voice must be author or quoted" in client.get("/api/articles", params={"voice": "loud"}).text


def test_status_and_openapi(client: TestClient, built: dict[str, Any]) -> None:
    st = client.get("/api/status").json()
    assert st["articles"] == len(built["articles"])
    assert st["outlets"] == len({a.outlet for a in built["articles"] if a.outlet})
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/clusters/{cluster_id}", "/api/status"} <= set(paths)
    assert "/" not in paths  # pages are not part of the API
    api_page = client.get("/api").text
    assert all(p in api_page for p in ("/api/articles", "/api/status"))
    # No page may load anything from another origin (FastAPI's /docs would pull Swagger UI from a CDN).
    assert client.get("/docs").status_code == 404
    for url in ("/", "/api", "/outlets", "/search"):
        assert not re.search(r'(src|href)="(https?:)?//', client.get(url).text), url


def test_read_only(built: dict[str, Any]) -> None:
    app = create_app(str(built["db"]))
    import duckdb

    try:
        with pytest.raises((duckdb.Error, StorageError)), app.state.storage.read_cursor() as cur:
            cur.execute("DELETE FROM articles")
    finally:
        app.state.storage.close()
    assert open_storage(str(built["db"]), read_only=True).count_articles() == len(built["articles"])


def test_pages_name_the_database_without_password(built: dict[str, Any]) -> None:
    with TestClient(create_app(str(built["db"]))) as c:
        page = c.get("/").text
    if built["backend"] == "duckdb":
        assert "kibaru.duckdb" in page
    else:
        shown = str(built["db"]).split("?")[0]
        assert shown.startswith("postgresql://") and shown in page and "host=" not in page
    from kibaru.store.postgres_store import redact

    assert redact("postgresql://ana:s3cret@db.example.org/kibaru?sslmode=require") == \
        "postgresql://ana:***@db.example.org/kibaru?sslmode=require"


# ----- pages and escaping ------------------------------------------------------------------------


def test_pages_render(client: TestClient, built: dict[str, Any]) -> None:
    home = client.get("/")
    assert home.status_code == 200 and str(len(built["articles"])) in home.text
    assert client.get("/outlets").status_code == 200
    search = client.get("/search", params={"q": "Lavrov"})
    expected = {a.id for a in built["articles"] if "lavrov" in _haystack(a)}
    assert set(re.findall(r'href="/articles/([^"]+)"', search.text)) == expected
    assert "Content-Security-Policy" in home.headers and "script-src 'self'" in home.headers["Content-Security-Policy"]


def test_hostile_markup_renders_as_text(client: TestClient) -> None:
    pages = (f"/articles/{HOSTILE_ID}", "/search?q=piégé", "/", "/outlets", "/actors", "/actors/loc:bamako",
             "/narratives", "/narratives/france-neocolonial", "/timeline", "/timeline?place=bamako",
             "/network?kinds=LOC", "/search/facets?q=pi%C3%A9g%C3%A9",
             "/search/facets?outlet=Sahel+%3Cb%3EFlash%3C%2Fb%3E+Test",
             "/search?narrative=france-neocolonial", "/search?outlet=Sahel+%3Cb%3EFlash%3C%2Fb%3E+Test",
             # session 22 (ux22): the quotes page, actors side by side, an outlet's page, a credit finding nothing
             "/quotes", "/quotes?about=France", "/quotes?speaker=Lavrow", "/actors/compare?actor=Russie&actor=Bamako",
             "/outlets/profile?outlet=Sahel+%3Cb%3EFlash%3C%2Fb%3E+Test", "/search?credit=nobody-credits-this")
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.text
        assert "<img src=x" not in html and "onerror=alert" not in html.replace("&lt;img src=x onerror=alert", "")
        assert "<script>alert" not in html and "<iframe" not in html and "<svg onload" not in html, url
        assert "<b>Flash</b>" not in html and "<b onmouseover" not in html and "<u>Bamako" not in html, url
        assert "<i>Doubt" not in html, url
        # Our own script is the only one on the page.
        assert html.count("<script") == 1, url
    page = client.get(f"/articles/{HOSTILE_ID}").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript:' not in page.lower()  # a javascript: URL is shown, never linked
    # Annotations cut the text into spans; without our markup it reads as the escaped original.
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in re.sub(r"<[^>]+>", "", page)
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in page and "&lt;script&gt;alert(8)&lt;/script&gt;" in page
    # The removed boilerplate is there on demand, escaped too.
    details = page[page.index('<details id="boilerplate">'):page.index("</details>")]
    assert "Partager &lt;script&gt;alert(3)&lt;/script&gt;" in details


def test_highlights_wrap_exactly_the_annotated_text(client: TestClient, built: dict[str, Any]) -> None:
    page = client.get(f"/articles/{built['annotated']}").text
    marks = re.findall(r'<mark class="ent ent-PER"[^>]*>([^<]*)</mark>', page)
    assert marks == ["Lavrov"]
    assert re.search(r'<span class="quote"[^>]*>', page)
    body = page[page.index('id="article-body">') + len('id="article-body">'):page.index("</div>", page.index(
        'id="article-body"'))]
    # Removing the markup gives back the article's text, line by line, escaped exactly once.
    stored = next(a for a in built["articles"] if a.id == built["annotated"])
    import html as htmllib

    shown = [htmllib.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    assert shown == [line for line in stored.text.split("\n") if line.strip()]


def test_cluster_members_on_the_article_page(client: TestClient, built: dict[str, Any]) -> None:
    sizes: dict[str, int] = {}
    for a in built["articles"]:
        if a.cluster_id:
            sizes[a.cluster_id] = sizes.get(a.cluster_id, 0) + 1
    member = next(a for a in built["articles"] if a.cluster_id and sizes[a.cluster_id] > 1)
    page = client.get(f"/articles/{member.id}").text
    section = page[page.index('id="cluster"'):]
    assert section.count('class="row') == sizes[member.cluster_id]
    assert section.count('class="badge"') == 1


def test_segments_cover_the_text_and_drop_bad_spans() -> None:
    text = "Le président Bazoum a déclaré « nous tiendrons » à Niamey."
    ents = [{"start": 13, "end": 19, "label": "PER"}, {"start": 15, "end": 25, "label": "X"},  # overlap: dropped
            {"start": 50, "end": 999, "label": "LOC"}, {"start": "3", "end": 5}]
    quotes = [{"start": text.index("nous"), "end": text.index(" »"), "speaker": "Bazoum"}]
    segs = queries.segments(text, ents, quotes)
    assert "".join(s.text for s in segs) == text
    assert [s.text for s in segs if s.entity] == ["Bazoum"]
    assert "".join(s.text for s in segs if s.quote) == "nous tiendrons"


def test_paragraphs_split_at_line_breaks_inside_a_quote() -> None:
    text = "Premier paragraphe.\n« Début de citation\nsuite de citation » a dit X.\n\nDernier."
    quotes = [{"start": text.index("Début"), "end": text.index(" »")}]
    paras = queries.paragraphs(text, [], quotes)
    assert ["".join(s.text for s in p) for p in paras] == [line for line in text.split("\n") if line]
    assert [any(s.quote for s in p) for p in paras] == [False, True, True, False]


def test_lead_stands_in_for_a_missing_title() -> None:
    text = "Publié le\nLe groupe paramilitaire russe Wagner a annoncé vendredi sur ses canaux qu'il quittait le Mali."
    got = queries.lead(text, 40)
    assert got.endswith("…") and len(got) <= 41 and got.startswith("Le groupe")
    assert text.split("\n")[1].startswith(got[:-1])


def test_snippet_centres_on_the_match_in_accented_text() -> None:
    text = "x" * 500 + " la CÉDÉAO a levé ses sanctions " + "y" * 500
    snip = queries.snippet(text, "cedeao")
    assert "CÉDÉAO" in snip and snip.startswith("…") and snip.endswith("…")
    assert len(snip) <= 2 * queries.SNIPPET_CONTEXT + 2


# ----- token ---------------------------------------------------------------------------------------


def test_token_required_when_configured(built: dict[str, Any]) -> None:
    with TestClient(create_app(str(built["db"]), token="s3cret")) as c:
        assert c.get("/api/status").status_code == 401
        assert c.get("/api/status", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/status", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        page = c.get("/outlets", headers={"accept": "text/html"})  # a browser: the French error page
        assert page.status_code == 401 and "Un jeton d&#39;accès valide est requis" in page.text
        r = c.get("/", params={"token": "s3cret"})
        assert r.status_code == 200
        # The cookie set on the first visit lets the dashboard's own links work without the token.
        assert c.get("/outlets").status_code == 200


def test_cli_refuses_a_public_host_without_token(built: dict[str, Any]) -> None:
    from typer.testing import CliRunner

    from kibaru.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(built["db"]), "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "token" in str(result.exception) + result.output


def test_json_fields_round_trip(client: TestClient, built: dict[str, Any]) -> None:
    record = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert record["title"] == HOSTILE_TITLE and record["boilerplate"] == HOSTILE_BOILERPLATE
    assert json.loads(json.dumps(record)) == record


def test_matches_are_marked_without_losing_text() -> None:
    text = "La CÉDÉAO et la Cedeao : cédéao."
    pieces = queries.mark_matches(text, "cedeao")
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, hit in pieces if hit] == ["CÉDÉAO", "Cedeao", "cédéao"]
    assert queries.mark_matches(text, "") == [(text, False)]


def test_search_page_bolds_the_query_in_snippets(client: TestClient) -> None:
    page = client.get("/search", params={"q": "lavrov"}).text
    assert re.search(r'<p class="snippet">[^<]*<b>Lavrov</b>', page)


def test_outlet_figures_add_up_to_the_clusters(built: dict[str, Any]) -> None:
    sizes: dict[str, int] = {}
    for a in built["articles"]:
        if a.cluster_id:
            sizes[a.cluster_id] = sizes.get(a.cluster_id, 0) + 1
    multi = {c: n for c, n in sizes.items() if n > 1}
    app = create_app(str(built["db"]))
    try:
        with app.state.storage.read_cursor() as rc:
            cur = dialect.Cursor(rc, app.state.dialect)
            rows = queries.outlets(cur)
            assert sum(r["articles"] for r in rows) == len(built["articles"])
            assert sum(r["first_publications"] for r in rows) == len(multi)
            assert sum(r["republications"] for r in rows) == sum(n - 1 for n in multi.values())
            pairs = queries.republication_pairs(cur)
            assert pairs and all(p["original"] != p["republisher"] or p["original"] for p in pairs)
    finally:
        app.state.storage.close()


def test_search_page_pagination_links(client: TestClient, built: dict[str, Any]) -> None:
    first = client.get("/search", params={"limit": 10}).text
    assert f"page 1 / {-(-len(built['articles']) // 10)}" in first
    nxt = re.search(r'href="([^"]+)" rel="next"', first)
    assert nxt is not None
    import html as htmllib

    second = client.get(htmllib.unescape(nxt.group(1))).text
    ids_1 = set(re.findall(r'href="/articles/([^"]+)"', first))
    ids_2 = set(re.findall(r'href="/articles/([^"]+)"', second))
    assert len(ids_1) == len(ids_2) == 10 and not ids_1 & ids_2


ACCENT_CASES = [
    ("La SÉCURITÉ au Sahel", "securite", True),
    ("la se\u0301curite\u0301", "Sécurité", True),  # decomposed accents in the text
    ("Assimi\u00a0 Goïta", "assimi goita", True),  # any run of spaces
    ("Assimi\u202fGoïta", "assimi goita", True),  # narrow no-break space
    ("100 % des voix", "100 %", True),
    ("100 des voix", "100 %", False),
    ("a.b", "a.b", True),
    ("axb", "a.b", False),  # regex characters are literal
    ("securit", "sécurité", False),
]


@pytest.mark.parametrize(("text", "query", "hit"), ACCENT_CASES)
def test_accent_pattern_matches_in_duckdb(text: str, query: str, hit: bool) -> None:
    import duckdb

    got = duckdb.connect().execute("SELECT regexp_matches(?, ?)", [text, queries.accent_pattern(query)]).fetchone()
    assert got is not None and got[0] is hit
    assert (queries.fold(" ".join(query.split())) in queries.fold(" ".join(text.split()))) is hit
    # The page's bolding and snippets find the same matches as the database.
    assert any(h for _, h in queries.mark_matches(text, query)) is hit


def test_accent_pattern_matches_in_postgres(pg_cluster: Any) -> None:
    """The same patterns, translated for PostgreSQL's ``~`` (dialect.pg_pattern), match the same texts."""
    import psycopg

    with psycopg.connect(pg_cluster.create_database()) as con:
        for text, query, hit in ACCENT_CASES:
            row = con.execute("SELECT %s ~ %s", [text, dialect.pg_pattern(queries.accent_pattern(query))]).fetchone()
            assert row is not None and row[0] is hit, (text, query)


# ----- facets, actors, narratives, events, clusters, report ---------------------------------------


def _with(built: dict[str, Any], pred: Any) -> set[str]:
    return {a.id for a in built["articles"] if pred(a)}


def test_facet_filters_select_exactly_the_tagged_articles(client: TestClient, built: dict[str, Any]) -> None:
    def get(**params: str) -> set[str]:
        return _ids(client.get("/api/articles", params={**params, "limit": 100}).json())

    assert get(actor="per:sergei-lavrov") == _with(built, lambda a: any(
        e.get("kb_id") == "per:sergei-lavrov" for e in a.entities))
    nid = "france-neocolonial"
    tagged = _with(built, lambda a: any(n["id"] == nid for n in a.narratives))
    assert tagged and get(narrative=nid) == tagged
    for voice in ("author", "quoted"):
        assert get(narrative=nid, voice=voice) == _with(
            built, lambda a, v=voice: any(n["id"] == nid and n["voice"] == v for n in a.narratives))
        assert get(voice=voice) == _with(built, lambda a, v=voice: any(n["voice"] == v for n in a.narratives))
    assert get(event_type="attack") == _with(built, lambda a: any(e.get("type") == "attack" for e in a.events))
    assert get(technique="Loaded_Language") == _with(
        built, lambda a: any(t.get("id") == "Loaded_Language" for t in a.techniques))
    # Facets combine with the text query and each other.
    both = get(q="France", narrative=nid)
    assert both == tagged & _ids(client.get("/api/articles", params={"q": "France", "limit": 100}).json())
    assert client.get("/api/articles", params={"voice": "loud"}).status_code == 422


def test_search_page_facet_counts_match_the_filtered_results(client: TestClient) -> None:
    assert 'data-src="/search/facets?' in client.get("/search", params={"q": "Mali"}).text
    page = client.get("/search/facets", params={"q": "Mali", "fragment": "1"}).text
    assert "<html" not in page  # a fragment for the search page's script
    links = re.findall(r'<a href="/search\?([^"]*actor=[^"]*)">[^<]*</a> <span class="num">(\d+)</span>', page)
    assert links
    import html as htmllib

    for query, n in links[:3]:
        got = client.get("/search?" + htmllib.unescape(query)).text
        assert re.search(rf'id="result-count">{n} article', got), query


def test_api_actors_counts(client: TestClient, built: dict[str, Any]) -> None:
    rows = client.get("/api/actors", params={"limit": 100}).json()
    counts: dict[str, int] = {}
    for a in built["articles"]:
        for kb in {e["kb_id"] for e in a.entities if e.get("kb_id")}:
            counts[kb] = counts.get(kb, 0) + 1
    assert {r["kb_id"]: r["articles"] for r in rows} == counts
    detail = client.get("/api/actors/per:sergei-lavrov").json()
    assert detail["articles"] == counts["per:sergei-lavrov"]
    assert detail["quotes"] and all(q["article_id"] == built["annotated"] for q in detail["quotes"])
    assert any(n["id"] == "russia-anticolonial-friend" and n["voiced"] == 1 for n in detail["narratives"])
    named = _with(built, lambda a: any(e.get("kb_id") == "per:sergei-lavrov" for e in a.entities))
    assert sum(v[0] for v in detail["per_month"].values()) == len(
        _with(built, lambda a: a.id in named and a.date and len(a.date) >= 7))
    assert client.get("/api/actors/nobody:here").status_code == 404
    page = client.get("/actors/per:sergei-lavrov").text
    assert 'id="mentions-chart"' in page and "<svg" in page


def test_co_actor_counts_link_to_the_shared_articles(new_db: Any) -> None:
    # The "Articles communs" count linked to /search?actor=<the page's actor>: all its articles, not the ones
    # shared with the co-actor. The link now adds coactor=, a second actor filter (both named).
    names = {"per:sergei-lavrov": "Sergueï Lavrov", "per:assimi-goita": "Assimi Goïta", "grp:wagner": "Wagner"}
    named = {"c1": ["per:sergei-lavrov", "per:assimi-goita"],
             "c2": ["per:sergei-lavrov", "per:assimi-goita", "grp:wagner"],
             "c3": ["per:sergei-lavrov", "grp:wagner"], "c4": ["per:assimi-goita", "grp:wagner"]}
    db = new_db()
    writer = open_storage(db)
    run = writer.begin_run(["co-actors"])
    articles = []
    for aid, ids in named.items():
        text = " et ".join(names[k] for k in ids) + " se sont rencontrés."
        entities, start = [], 0
        for k in ids:
            entities.append({"text": names[k], "label": "ORG" if k.startswith("grp") else "PER", "start": start,
                             "end": start + len(names[k]), "canonical": names[k], "kb_id": k})
            start += len(names[k]) + 4
        articles.append(Article(id=aid, source_path=f"tests/{aid}.txt", content_hash=aid, text=text, language="fr",
                                title=aid, outlet="X", date="2024-06-01", entities=entities))
    writer.write_batch(run, articles, [b""] * len(articles), [])
    writer.finish_run(run, RunSummary())
    writer.close()
    kb_id = "per:sergei-lavrov"
    with TestClient(create_app(db)) as client:
        detail = client.get(f"/api/actors/{kb_id}").json()
        assert {c["kb_id"]: c["articles"] for c in detail["co_actors"]} == {"per:assimi-goita": 2, "grp:wagner": 2}
        page = client.get(f"/actors/{kb_id}").text
        for co in detail["co_actors"]:
            shared = {aid for aid, ids in named.items() if {kb_id, co["kb_id"]} <= set(ids)}
            found = client.get("/api/articles", params={"actor": kb_id, "coactor": co["kb_id"]}).json()
            assert {f["id"] for f in found} == shared
            link = f"/search?actor={kb_id}&amp;coactor={co['kb_id']}".replace(":", "%3A")
            assert f'href="{link}">{co["articles"]}</a>' in page, page[page.find('id="co-actors"'):][:800]
        # the search page keeps the second actor through its form, and says so
        shown = client.get("/search", params={"actor": kb_id, "coactor": "grp:wagner"}).text
        assert 'name="coactor" value="grp:wagner"' in shown and "2 article" in shown


def test_api_narratives_counts_by_voice(client: TestClient, built: dict[str, Any]) -> None:
    rows = {r["id"]: r for r in client.get("/api/narratives").json()}
    expected: dict[str, dict[str, set[str]]] = {}
    for a in built["articles"]:
        for n in a.narratives:
            expected.setdefault(n["id"], {"author": set(), "quoted": set()})[n["voice"]].add(a.id)
    assert set(rows) == set(expected)
    for nid, by_voice in expected.items():
        assert rows[nid]["author"] == len(by_voice["author"]) and rows[nid]["quoted"] == len(by_voice["quoted"])
    nid = max(expected, key=lambda k: len(expected[k]["author"]))
    detail = client.get(f"/api/narratives/{nid}").json()
    texts = {a.id: a.text for a in built["articles"]}
    for ev in detail["evidence"]:
        assert texts[ev["article_id"]][ev["start"]:ev["start"] + len(ev["text"])] == ev["text"]
    dated = {a.id for a in built["articles"] if a.date and len(a.date) >= 7}
    assert sum(detail["by_voice"].get("author", {}).values()) == len({
        (a.id, a.date[:7]) for a in built["articles"] if a.id in expected[nid]["author"] & dated})
    prevalence = client.get("/api/narratives/prevalence", params={"by": "outlet", "narrative": nid}).json()
    assert prevalence["by"] == "outlet" and prevalence["series"]
    assert client.get("/api/narratives/not-a-narrative").status_code == 404


def test_api_events_is_the_merged_timeline(client: TestClient, built: dict[str, Any]) -> None:
    from kibaru.analyse.timeline import merge_events

    expected = [e.to_dict() for e in merge_events(built["articles"])]
    got = client.get("/api/events", params={"limit": 100}).json()
    assert [e["id"] for e in got] == [e["id"] for e in expected][:100]
    attacks = client.get("/api/events", params={"type": "attack", "limit": 100}).json()
    assert attacks and all(e["type"] == "attack" for e in attacks)
    disagree = client.get("/api/events", params={"disagree": "true", "limit": 100}).json()
    assert disagree and all(e["fatalities_disagree"] for e in disagree)
    menaka = next(e for e in disagree if {r["article_id"] for r in e["reports"]} == set(built["disagreeing_reports"]))
    assert menaka["fatalities_values"] == [12, 15]
    page = client.get("/timeline", params={"disagree": "true"}).text
    assert page.count('class="row disagree"') == len(disagree) and "12 / 15" in page
    assert len(disagree) == sum(1 for e in expected if e["fatalities_disagree"])


def test_impossible_dates_and_unknown_event_types_are_422(client: TestClient) -> None:
    # "2023-13" used to pass the YYYY-MM shape check and silently select nothing; an unknown event type
    # gave an empty timeline. Both are refused with a message naming what is accepted.
    for params in ({"since": "2023-13"}, {"until": "2023-02-30"}, {"since": "2023-1"}):
        r = client.get("/api/articles", params=params)
        assert r.status_code == 422 and "YYYY-MM-DD" in r.json()["detail"]
        assert client.get("/api/actors", params=params).status_code == 422
    assert client.get("/api/articles", params={"since": "2024-02-29"}).status_code == 200
    r = client.get("/api/events", params={"type": "attaque"})
    assert r.status_code == 422 and "troop_deployment" in r.json()["detail"]
    assert queries.valid_date("2023") and queries.valid_date("2023-12-31") and not queries.valid_date("2023-00")


def test_timeline_page_refuses_an_unknown_event_type(client: TestClient) -> None:
    # /timeline?type=attaque listed nothing ("0 événements") where the other refusals name what is accepted:
    # a French error page in a browser, the English detail of /api/events (its JSON twin) otherwise.
    html = {"accept": "text/html"}
    r = client.get("/timeline", params={"type": "attaque"}, headers=html)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "« attaque » n'est pas un type d'événement connu" in unescape(r.text) and "(attack)" in r.text
    assert "unknown event type" not in r.text
    hostile = client.get("/timeline", params={"type": "<b>x</b>"}, headers=html)
    assert hostile.status_code == 422 and "&lt;b&gt;x&lt;/b&gt;" in hostile.text and "<b>x" not in hostile.text
    for twin in ("/timeline", "/api/events"):
        r = client.get(twin, params={"type": "attaque"})
        assert r.status_code == 422 and r.json()["detail"].startswith("unknown event type 'attaque'"), twin
    # the known types and the form's "every type" (an empty value) are unchanged
    assert client.get("/timeline", params={"type": "attack"}, headers=html).status_code == 200
    assert client.get("/timeline", params={"type": ""}, headers=html).status_code == 200


def test_search_and_articles_refuse_an_unknown_event_type(client: TestClient) -> None:
    # /search?event_type=attaque and /api/articles?event_type=attaque matched nothing without saying why, where
    # /timeline and /api/events refuse it (422, the French page in a browser, the English detail otherwise).
    html = {"accept": "text/html"}
    r = client.get("/search", params={"event_type": "attaque"}, headers=html)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "« attaque » n'est pas un type d'événement connu" in unescape(r.text) and "(attack)" in r.text
    hostile = client.get("/search", params={"event_type": "<b>x</b>"}, headers=html)
    assert hostile.status_code == 422 and "<b>x" not in hostile.text
    for path in ("/search", "/api/articles"):
        r = client.get(path, params={"event_type": "attaque"})
        assert r.status_code == 422 and r.json()["detail"].startswith("unknown event type 'attaque'"), path
        # a known type and the form's "every type" (an empty value) still search
        assert client.get(path, params={"event_type": "attack"}, headers=html).status_code == 200, path
        assert client.get(path, params={"event_type": ""}, headers=html).status_code == 200, path


def test_api_quotes_answers_who_said_what_on_both_backends(client: TestClient) -> None:
    # « All quotes of Lavrov »: one request (analyse.quotes, as `kibaru quotes`), on DuckDB and PostgreSQL alike;
    # the article facets narrow the read to the articles where he speaks.
    for asked in ("Lavrov", "per:sergei-lavrov", "M. Lavrov"):
        rows = client.get("/api/quotes", params={"speaker": asked}).json()
        assert rows and {r["speaker_actor_id"] for r in rows} == {"per:sergei-lavrov"}, asked
        record = client.get(f"/api/articles/{rows[0]['article_id']}").json()
        assert record["text"][rows[0]["start"]:rows[0]["end"]] == rows[0]["text"]
    assert client.get("/api/quotes", params={"speaker": "Lavrov", "about": "Tombouctou"}).json() == []
    assert client.get("/api/quotes", params={"speaker": "Lavrov", "until": "2024-02-30"}).status_code == 422
    # every paged list says how many there are (a page is capped at 100)
    for path in ("/api/events", "/api/articles", "/api/quotes"):
        everything = client.get(path, params={"limit": 100}).json()
        first = client.get(path, params={"limit": 1})
        assert int(first.headers["x-total-count"]) == len(everything) >= 1 and len(first.json()) == 1, path


def test_actors_stored_under_a_wikidata_id_are_named(client: TestClient) -> None:
    # Entities linked to some KB actors keep the Wikidata id as kb_id ("Q7747"); the network drew them as
    # "Q7747" and "Q3052772" instead of Vladimir Poutine and Emmanuel Macron.
    from kibaru.serve import analytics

    assert analytics.actor_name("Q7747") == "Vladimir Poutine"
    assert analytics.actor_info("Q3052772")["name"] == "Emmanuel Macron"
    assert analytics.actor_name("Q0000001", "fallback") == "fallback"
    page = client.get("/network", params={"nodes": 80}).text
    assert not re.search(r">Q\d+<", page)


def test_actor_opens_under_its_kb_id_or_its_wikidata_id(tmp_path: Path) -> None:
    # Exports and kibaru.open() name actors by KB id ("gpe:mali") while articles may store the Wikidata id
    # ("Q912"): /api/actors/gpe:mali answered 404 "no actor gpe:mali in the articles".
    db = str(tmp_path / "k.duckdb")
    writer = open_storage(db)
    run = writer.begin_run(["wikidata"])
    text = "Le Mali et Bamako : Vladimir Poutine salue le Mali."
    writer.write_batch(run, [Article(
        id="a-q", source_path="tests/q.txt", content_hash="q", text=text, language="fr", title="Mali", outlet="X",
        date="2024-06-01", entities=[
            {"text": "Mali", "label": "LOC", "start": 3, "end": 7, "canonical": "Mali", "kb_id": "Q912"},
            {"text": "Vladimir Poutine", "label": "PER", "start": 20, "end": 36, "canonical": "Vladimir Poutine",
             "kb_id": "Q7747"}])], [b""], [])
    writer.finish_run(run, RunSummary())
    writer.close()
    with TestClient(create_app(db)) as c:
        for asked in ("gpe:mali", "Q912"):
            r = c.get(f"/api/actors/{asked}")
            assert r.status_code == 200 and r.json()["articles"] == 1 and r.json()["name"] == "Mali"
        assert c.get("/api/actors/per:vladimir-putin").json()["name"] == "Vladimir Poutine"
        assert c.get("/actors/gpe:mali", headers={"accept": "text/html"}).status_code == 200
        assert c.get("/api/actors/gpe:niger").status_code == 404


def test_place_pages_link_to_the_events_that_happened_there(client: TestClient) -> None:
    # A town is rarely an event's source or target: its page said "Aucun événement extrait" although the
    # timeline has events located there.
    page = client.get("/actors/loc:bamako")
    assert page.status_code == 200
    assert 'href="/timeline?place=Bamako"' in page.text
    assert "Aucun événement extrait" not in page.text


def test_api_clusters_list(client: TestClient, built: dict[str, Any]) -> None:
    sizes: dict[str, int] = {}
    for a in built["articles"]:
        if a.cluster_id:
            sizes[a.cluster_id] = sizes.get(a.cluster_id, 0) + 1
    rows = client.get("/api/clusters").json()
    assert {r["cluster_id"]: r["size"] for r in rows} == {c: n for c, n in sizes.items() if n > 1}
    assert [r["size"] for r in rows] == sorted((r["size"] for r in rows), reverse=True)


def test_openapi_documents_the_new_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/actors", "/api/actors/{kb_id}", "/api/events", "/api/narratives",
                 "/api/narratives/prevalence", "/api/narratives/{narrative_id}", "/api/clusters"):
        op = spec["paths"][path]["get"]
        assert op.get("description"), path
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema.get("$ref") or schema.get("items"), path
    params = {p["name"] for p in spec["paths"]["/api/articles"]["get"]["parameters"]}
    assert {"q", "outlet", "since", "until", "actor", "narrative", "voice", "event_type", "cluster"} <= params


def test_report_is_one_self_contained_escaped_file(built: dict[str, Any], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kibaru.cli import app

    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "-o", str(out), "--db", str(built["db"])])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html and "<iframe" not in html
    assert not re.search(r'(src|href)="', html), "nothing may be loaded from elsewhere"
    assert html.count("<svg") >= 3 and "<style>" in html
    for table in ("narratives", "events", "outlets"):
        assert f'id="{table}"' in html
    # A period and a narrative narrow it.
    nid = "france-neocolonial"
    narrowed = tmp_path / "n.html"
    result = CliRunner().invoke(app, ["report", "-o", str(narrowed), "--db", str(built["db"]), "--since", "2023",
                                      "--narrative", nid])
    assert result.exit_code == 0, result.output
    found = re.search(r'<div class="card"><b>(\d+)</b>articles', narrowed.read_text())
    assert found is not None
    n_articles = int(found[1])
    assert n_articles == len(_with(built, lambda a: a.date and a.date >= "2023" and any(
        n["id"] == nid for n in a.narratives)))
    bad = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "x.html"), "--db", str(built["db"]),
                                   "--since", "last week"])
    assert bad.exit_code != 0 and "since" in bad.output + str(bad.exception)


def test_report_pdf_with_chromium(built: dict[str, Any], tmp_path: Path) -> None:
    from kibaru.serve.report import chromium, write_report

    if built["backend"] != "duckdb":
        pytest.skip("the PDF is printed from the same HTML as on DuckDB (tested there): one Chromium run is enough")
    if chromium() is None:
        pytest.skip("!!! SKIPPED LOUDLY: no Chromium: PDF reports are not tested on this machine !!!")
    out = write_report(str(built["db"]), tmp_path / "report.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000


# ----- PostgreSQL: several analysts while an ingest writes ---------------------------------------


def test_concurrent_analysts_while_an_ingest_writes(pg_cluster: Any) -> None:
    """Four analyst threads hit the API of one app (pooled read cursors) while another connection writes
    batches: every request succeeds, nobody sees the count go backwards, and the new articles, their
    facets and their full-text entries are all served once written."""
    url = pg_cluster.create_database()
    built = build_database(url)
    writer = open_storage(url)
    base = writer.count_articles()
    batches, per_batch = 8, 5
    errors: list[str] = []
    stop = threading.Event()
    seen: dict[int, list[int]] = {}
    paths = ("/api/articles?q=Wagner", "/api/articles?actor=per:sergei-lavrov", "/api/actors", "/api/narratives",
             "/api/events?limit=5", "/api/clusters", "/api/articles/" + built["annotated"], "/search/facets?q=Mali")

    def analyst(k: int, client: TestClient) -> None:
        counts = seen.setdefault(k, [])
        while not stop.is_set() or len(counts) < 3:
            counts.append(client.get("/api/status").json()["articles"])
            for path in paths:
                r = client.get(path)
                if r.status_code != 200:
                    errors.append(f"{path}: {r.status_code} {r.text[:200]}")

    def reads() -> int:
        return sum(len(c) for c in list(seen.values()))

    def wait_for_reads(n: int) -> None:
        deadline = time.monotonic() + 60
        while reads() < n and time.monotonic() < deadline:
            time.sleep(0.01)

    app = create_app(url)
    try:
        with TestClient(app) as client:
            threads = [threading.Thread(target=analyst, args=(k, client)) for k in range(4)]
            for t in threads:
                t.start()
            wait_for_reads(4)  # every analyst is reading before the ingest starts
            run = writer.begin_run(["concurrency"])
            for b in range(batches):
                wait_for_reads(reads() + 2)  # reads interleave with the batches
                batch = [Article(
                    id=f"zz-live-{b}-{i}", source_path=f"tests/live-{b}-{i}", content_hash=f"live{b}{i}",
                    text=f"Tombouctoulive : la délégation de Lavrov arrive, lot {b} article {i}.", language="fr",
                    title=f"Direct {b}.{i}", outlet="Direct Sahel", date=f"2024-06-{1 + b:02d}",
                    entities=[{"text": "Lavrov", "label": "PER", "start": 40, "end": 46, "canonical": "Sergueï Lavrov",
                               "kb_id": "per:sergei-lavrov"}],
                ) for i in range(per_batch)]
                writer.write_batch(run, batch, [b""] * len(batch), [])
            writer.finish_run(run, RunSummary())
            stop.set()
            for t in threads:
                t.join(timeout=120)
            assert not any(t.is_alive() for t in threads)
            assert not errors, errors[:5]
            for counts in seen.values():
                assert counts == sorted(counts) and base <= counts[0] and counts[-1] <= base + batches * per_batch
            total = base + batches * per_batch
            between = {n for counts in seen.values() for n in counts if base < n < total}
            assert between, "the analysts should have read while the ingest was writing"
            # Whole batches only: a reader never sees half of one (each write_batch is one transaction).
            assert all((n - base) % per_batch == 0 for counts in seen.values() for n in counts)
            assert client.get("/api/status").json()["articles"] == total
            live = {f"zz-live-{b}-{i}" for b in range(batches) for i in range(per_batch)}
            assert _ids(client.get("/api/articles", params={"q": "tombouctoulive", "limit": 100}).json()) == live
            lavrov = _ids(client.get("/api/articles", params={"actor": "per:sergei-lavrov", "limit": 100}).json())
            assert live < lavrov
            actors = {r["kb_id"]: r["articles"] for r in client.get("/api/actors", params={"limit": 100}).json()}
            assert actors["per:sergei-lavrov"] == len(lavrov)
    finally:
        writer.close()
        app.state.storage.close()


def test_postgres_migration_003_fills_the_facets_of_stored_articles(pg_cluster: Any) -> None:
    """A PostgreSQL database migrated before the facets existed gets them for every stored article."""
    import psycopg

    from kibaru.serve.app import check_db

    url = pg_cluster.create_database()
    build_database(url)
    assert check_db(url) == url  # `kibaru serve --db postgresql://…` takes the URL as it is
    with psycopg.connect(url, autocommit=True) as con:
        before = con.execute("SELECT facet, value, n FROM article_facets ORDER BY 1, 2, 3").fetchall()
        assert {r[0] for r in before} >= {"actor", "narrative", "event_type"}
        con.execute("DROP TABLE article_facets")
        con.execute("DELETE FROM schema_version WHERE version >= 3")
        open_storage(url).close()  # a writer migrates
        after = con.execute("SELECT facet, value, n FROM article_facets ORDER BY 1, 2, 3").fetchall()
    assert after == before


def test_event_actors_named_by_no_entity_are_indexed_and_migrated(new_db: Any) -> None:
    """`/api/events?actor=gpe:mali` read only the articles whose entities name Mali: an event actor derived
    from an adjective (no entity) was missed (6 events on the API against 7 on the CLI). The store now
    indexes event actors (facet ``event_actor``); migration 005 fills them for a database written before,
    and running it again gives the same rows."""
    db = new_db()
    mali = {"canonical": "Mali", "kb_id": "Q912", "role": "target"}
    jnim = {"canonical": "JNIM", "kb_id": "org:jnim", "role": "source"}
    text = "Le JNIM a attaqué les positions maliennes près de Boni."
    event = {"type": "attack", "cameo": "19", "date": "2024-03-02", "date_precision": "day",
             "actors": [jnim, mali], "location": "Boni", "location_kb_id": None, "fatalities": None,
             "evidence": text, "start": 0, "end": len(text)}
    article = Article(id="m1", source_path=None, text=text, content_hash="hm1", outlet="studio-tamani",
                      date="2024-03-03", date_precision="day", events=[event],
                      entities=[{"text": "JNIM", "label": "ORG", "start": 3, "end": 7, "canonical": "JNIM",
                                 "kb_id": "org:jnim"}])
    storage = open_storage(db)
    run = storage.begin_run(["t"])
    storage.write_batch(run, [article], [b""], [])
    storage.finish_run(run, RunSummary())
    storage.close()
    facet_sql = ("SELECT article_id, value, label, n FROM article_facets WHERE facet = 'event_actor' "
                 "ORDER BY 1, 2")
    written = _sql(db, [facet_sql])
    assert written == [("m1", "Q912", "Mali", 1), ("m1", "org:jnim", "JNIM", 1)]
    # A database of schema v4: no event_actor rows, no v5 row.
    _sql(db, ["DELETE FROM article_facets WHERE facet = 'event_actor'",
              "DELETE FROM schema_version WHERE version >= 5"])
    open_storage(db).close()  # a writer migrates
    assert _sql(db, [facet_sql]) == written
    _sql(db, ["DELETE FROM schema_version WHERE version >= 5"])  # the migration once more, rows in place
    open_storage(db).close()
    assert _sql(db, [facet_sql]) == written
    with TestClient(create_app(db)) as c:
        for asked in ("gpe:mali", "Q912", "Mali", "org:jnim"):
            found = c.get("/api/events", params={"actor": asked}).json()
            assert [e["type"] for e in found] == ["attack"], asked
        actors = {r["kb_id"] for r in c.get("/api/actors", params={"limit": 100}).json()}
        assert "Q912" not in actors and "gpe:mali" not in actors  # the mentions' counts are unchanged


def test_session22_json_views_answer_on_every_backend(client: TestClient) -> None:
    """The JSON of session 22's views (ux22) on DuckDB and PostgreSQL: facets by voice, who is quoted, actors side
    by side, technique × outlet, the timeline as CSV."""
    facets = client.get("/api/facets", params={"q": "Bamako", "per_facet": 30})
    assert facets.status_code == 200 and "outlet" in facets.json()
    assert all({"author", "quoted"} <= set(f) for f in facets.json().get("technique", []))
    speakers = client.get("/api/quotes/speakers", params={"limit": 100})
    total = int(client.get("/api/quotes", params={"limit": 1}).headers["X-Total-Count"])
    assert speakers.status_code == 200 and 0 < sum(r["quotes"] for r in speakers.json()) <= total
    trend = client.get("/api/actors/trend", params=[("actor", "Mali"), ("actor", "Bamako"), ("format", "csv")])
    assert trend.status_code == 200 and trend.text.startswith("month,articles_in_all,Mali,Bamako")
    matrix = client.get("/api/techniques/by-outlet", params={"voice": "quoted"})
    assert matrix.status_code == 200 and all(len(t["articles"]) == len(matrix.json()["outlets"])
                                             for t in matrix.json()["techniques"])
    events = client.get("/api/events", params={"format": "csv"})
    assert events.status_code == 200 and events.text.startswith("timeline_id,date,")
    assert client.get("/api/actors/trend").status_code == 422
