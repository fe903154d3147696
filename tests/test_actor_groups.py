"""Actor groups (session 23, ux23): « Moscou », « le Kremlin » and the Russian ministers are not « Russie », so a
Russia-vs-France comparison by actor measured the word « Russie » (ux22's « left » 2). A group (``group:russia``) is
the analyst's choice to count the state with its capital, presidency, government, forces and the holders of its roles
at the article's date — versioned data (``kibaru/data/groups.yaml``, ``$KIBARU_GROUPS`` on top), asked for by its key
on every surface and labelled as a group in every output, never merged into « Russie » silently.

Sentences written for these tests (not news text).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kibaru.analyse import groups
from kibaru.cli import app
from kibaru.errors import KibaruError
from kibaru.model import Article
from kibaru.store import RunSummary, open_storage

runner = CliRunner()

# (id, date, sentence, [(words, kb id as the linker stores it, label)], event actors)
ARTICLES = [
    ("g-russie", "2023-05-03", "La Russie a livré des avions au Mali.", [("Russie", "Q159", "LOC")]),
    ("g-moscou", "2023-05-09", "Moscou a annoncé une aide au Mali.", [("Moscou", "loc:moscou", "LOC")]),
    ("g-kremlin", "2023-06-01", "Le Kremlin salue la junte au Mali.", [("Kremlin", "org:kremlin", "ORG")]),
    # Patrushev held a role of Russia until 2024-05: counted in 2023, not in 2024-08.
    ("g-patrushev-then", "2023-06-20", "Nikolaï Patrouchev était à Bamako.",
     [("Nikolaï Patrouchev", "per:nikolai-patrushev", "PER")]),
    ("g-patrushev-later", "2024-08-20", "Nikolaï Patrouchev était à Bamako.",
     [("Nikolaï Patrouchev", "per:nikolai-patrushev", "PER")]),
    # A private military company is not the state: left to the analyst's own groups file.
    ("g-wagner", "2023-06-02", "Le groupe Wagner patrouille près de Gao.", [("Wagner", "grp:wagner", "ORG")]),
    ("g-elysee", "2023-05-20", "L'Élysée a rappelé son ambassadeur.", [("Élysée", "org:elysee", "ORG")]),
]


def _articles() -> list[Article]:
    out = []
    for key, day, text, links in ARTICLES:
        entities: list[dict[str, Any]] = []
        for words, kb_id, label in links:
            at = text.index(words)
            entities.append({"text": words, "label": label, "start": at, "end": at + len(words), "canonical": words,
                             "kb_id": kb_id})
        events = [{"type": "troop_deployment", "date": day, "date_precision": "day",
                   "actors": [{"canonical": e["canonical"], "kb_id": e["kb_id"], "role": "source"} for e in entities],
                   "location": "Mali", "location_kb_id": "gpe:mali", "evidence": text, "start": 0, "end": len(text)}]
        # Who speaks: the article's first linked actor, over the whole sentence (about: the mentions inside it).
        quotes = [{"text": text, "start": 0, "end": len(text), "speaker": entities[0]["text"],
                   "speaker_kb_id": entities[0]["kb_id"], "cue": "a dit", "direct": True}]
        out.append(Article(id=key, source_path=f"tests/{key}.txt", content_hash=key, text=text, language="fr",
                           outlet="Sahel Test", date=day, date_precision="day", title=f"Titre {key}",
                           entities=entities, events=events, quotes=quotes))
    return out


RUSSIA_GROUP = {"g-russie", "g-moscou", "g-kremlin", "g-patrushev-then"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _stored(str(tmp_path_factory.mktemp("groups") / "g.duckdb"))


def _stored(url: str) -> str:
    """``url`` (a DuckDB path or a PostgreSQL URL) holding the test's articles, in one run."""
    storage = open_storage(url)
    run = storage.begin_run(["groups"])
    rows = _articles()
    storage.write_batch(run, rows, [b""] * len(rows), [])
    storage.finish_run(run, RunSummary())
    storage.close()
    return url


def test_a_group_is_its_actor_capital_government_forces_and_leaders_at_the_date() -> None:
    russia = groups.group_of("group:russia")
    assert russia is not None and russia.label == "Russie (groupe)" and russia.source.startswith("kibaru v")
    why = {m.actor_id: m.why for m in russia.members}
    assert why["gpe:russia"] == "acteur" and why["loc:moscou"] == "capitale" and "org:kremlin" in why
    assert "grp:russian-armed-forces" in why and "grp:wagner" not in why and "per:dmitry-utkin" not in why
    assert russia.includes("per:nikolai-patrushev", "2023-06") and not russia.includes("per:nikolai-patrushev",
                                                                                         "2024-08")
    assert not russia.includes("per:nikolai-patrushev", None)  # an undated article: a role's dates are unknown
    assert "Moscou (capitale)" in russia.describe()
    with pytest.raises(groups.ConfigError, match="group:russia"):
        groups.group_of("group:mars")
    assert groups.group_of("Russie") is None  # a name never turns into a group


def test_a_users_groups_file_replaces_and_adds_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mes-groupes.yaml"
    mine.write_text("version: 3\ngroups:\n  russia:\n    name: Russie et Wagner\n    actor: gpe:russia\n"
                    "    capital: loc:moscou\n    members: [grp:wagner]\n  sahel:\n    actor: gpe:mali\n"
                    "    members: [gpe:niger, gpe:burkina-faso]\n", encoding="utf-8")
    monkeypatch.setenv(groups.ENV, str(mine))
    russia = groups.group_of("group:russia")
    assert russia is not None and russia.name == "Russie et Wagner" and russia.source == f"{mine} v3"
    assert {m.actor_id for m in russia.members} == {"gpe:russia", "loc:moscou", "grp:wagner"}
    sahel = groups.group_of("group:sahel")
    assert sahel is not None and {m.actor_id for m in sahel.members} == {"gpe:mali", "gpe:niger", "gpe:burkina-faso"}
    assert groups.group_of("group:france") is not None  # the defaults stay
    monkeypatch.setenv(groups.ENV, str(tmp_path / "missing.yaml"))
    with pytest.raises(groups.ConfigError, match=r"missing\.yaml"):
        groups.group_of("group:russia")


def _listed(result: Any) -> set[str]:
    return {line.split("\t")[3].removeprefix("Titre ") for line in result.stdout.splitlines()[1:]}


def test_cli_articles_export_and_events_take_a_group_and_say_so(db: str, tmp_path: Path) -> None:
    alone = runner.invoke(app, ["articles", "--db", db, "--actor", "Russie"])
    assert _listed(alone) == {"g-russie"}  # « Russie » is the state as written: the word
    grouped = runner.invoke(app, ["articles", "--db", db, "--actor", "group:russia"])
    assert grouped.exit_code == 0, grouped.output
    assert _listed(grouped) == RUSSIA_GROUP
    assert "group:russia is an actor group" in grouped.stderr and "Moscou (capitale)" in grouped.stderr
    out = tmp_path / "russia.csv"
    exported = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--actor", "group:russia", "-o", str(out)])
    assert exported.exit_code == 0 and "actor group" in exported.stderr
    assert {r["id"] for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))} == RUSSIA_GROUP
    events = runner.invoke(app, ["events", "--db", db, "--actor", "group:russia", "--format", "jsonl"])
    assert events.exit_code == 0, events.output
    found = {json.loads(line)["article_id"] for line in events.stdout.splitlines() if line.startswith("{")}
    assert found == RUSSIA_GROUP, events.stdout
    said = runner.invoke(app, ["quotes", "--db", db, "--speaker", "group:russia", "--format", "jsonl"])
    assert said.exit_code == 0 and "actor group" in said.stderr
    # a group's dated members only during their term (Patrushev in 2023, not in 2024); never Wagner
    assert {json.loads(line)["article_id"] for line in said.stdout.splitlines() if line.startswith("{")} == RUSSIA_GROUP
    unknown = runner.invoke(app, ["articles", "--db", db, "--actor", "group:mars"])
    # main() prints a KibaruError as one « error: » line: the groups there are
    assert isinstance(unknown.exception, KibaruError) and "group:russia" in str(unknown.exception)


def test_compare_api_counts_a_group_labelled_as_one(db: str) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    with TestClient(create_app(db)) as client:
        trend = client.get("/api/actors/trend", params=[("actor", "Russie"), ("actor", "group:russia"),
                                                        ("actor", "group:france")]).json()
        table = client.get("/api/actors/trend", params=[("actor", "Russie"), ("actor", "group:russia"),
                                                        ("format", "csv")]).text
        refused = client.get("/api/actors/trend", params={"actor": "group:mars"})
        quoted = client.get("/api/quotes", params={"speaker": "group:russia"})
        speakers = client.get("/api/quotes/speakers", params={"about": "group:france"}).json()
        page = client.get("/quotes", params={"speaker": "group:russia"}).text
        search = client.get("/search", params={"actor": "group:russia"}).text
        timeline = client.get("/timeline", params={"actor": "group:russia"}).text
        redirect = client.get("/actors/group:russia", follow_redirects=False, headers={"accept": "text/html"})
    by_name = {s["name"]: s for s in trend["series"]}
    assert set(by_name) == {"Russie", "Russie (groupe)", "France (groupe)"}
    assert by_name["Russie"]["group"] is None and by_name["Russie"]["sum"] == 1
    group = by_name["Russie (groupe)"]
    assert group["sum"] == 4 and dict(zip(trend["months"], group["articles"], strict=True))["2023-06"] == 2
    assert {m["actor_id"] for m in group["group"]["members"]} >= {"loc:moscou", "org:kremlin"}
    assert by_name["France (groupe)"]["sum"] == 1  # the Élysée
    assert table.splitlines()[0] == "month,articles_in_all,Russie,Russie (groupe)"
    assert refused.status_code == 422 and "group:russia" in refused.json()["detail"]
    assert {q["article_id"] for q in quoted.json()} == RUSSIA_GROUP
    assert quoted.headers["X-Total-Count"] == "4"
    assert [(s["speaker_actor_id"], s["quotes"]) for s in speakers] == [("org:elysee", 1)]
    for html in (page, search, timeline):  # every page that counts a group names it and its members
        assert "« group:russia » est un groupe d" in html and "Moscou (capitale)" in html
    # ux25: a group has a page of its own (it redirected to the compare page)
    assert redirect.status_code == 200 and 'id="group-members"' in redirect.text


# ----- the compare page in a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(db: str) -> Iterator[str]:
    pytest.importorskip("playwright", reason="!!! BROWSER TEST SKIPPED: playwright is not installed (dev extra) !!!")
    pytest.importorskip("uvicorn", reason="!!! BROWSER TEST SKIPPED: the serve extra is not installed !!!")
    from browser_helpers import serve, skip_without_chromium

    skip_without_chromium()
    yield from serve(db)


def test_compare_page_offers_groups_and_lists_a_groups_members(server: str) -> None:
    from playwright.sync_api import expect

    from browser_helpers import checked_page, chromium

    for browser in chromium():
        for page in checked_page(browser):
            page.goto(server + "/actors/compare?actor=Russie&actor=France")
            offer = page.locator("#group-offer")
            expect(offer).to_contain_text("group:russia")
            offer.get_by_role("link", name="group:russia").click()
            page.wait_for_url("**/actors/compare?actor=group%3Arussia")
            expect(page.locator("#compare thead")).to_contain_text("Russie (groupe)")
            members = page.locator("#group-group-russia")
            expect(members).to_contain_text("acteurs comptés ensemble")
            members.locator("summary").click()
            expect(members).to_contain_text("Moscou — capitale")
            expect(members).to_contain_text("seulement les articles de ces dates")
            expect(page.locator("#compare tfoot")).to_contain_text("4")


def test_a_groups_page_is_reached_from_the_compare_page_and_leads_to_its_members(server: str) -> None:
    """ux25: compare page → the group's page (members with their dates, quotes, events, outlets) → a member's actor
    page, which names its group and leads back."""
    from playwright.sync_api import expect

    from browser_helpers import checked_page, chromium

    for browser in chromium():
        for page in checked_page(browser):
            page.goto(server + "/actors/compare?actor=group%3Arussia&actor=France")
            page.locator("#compare thead").get_by_role("link", name="Russie (groupe)").click()
            page.wait_for_url("**/actors/group%3Arussia")
            expect(page.locator("#group-name")).to_have_text("Russie (groupe)")
            members = page.locator("#group-members")
            expect(members).to_contain_text("Moscou")
            expect(members.locator("tr", has_text="Patrouchev")).to_contain_text("2024-05")
            expect(page.locator("#group-quotes")).to_contain_text("Le Kremlin salue la junte au Mali.")
            expect(page.locator("#group-events")).to_contain_text("2023-06")
            expect(page.locator("#group-outlets")).to_contain_text("Sahel Test")
            expect(page.locator("#group-chart svg")).to_be_visible()
            members.get_by_role("link", name="Moscou", exact=True).click()
            page.wait_for_url("**/actors/loc%3Amoscou")
            expect(page.locator("#actor-groups")).to_contain_text("capitale")
            page.locator("#actor-groups").get_by_role("link", name="Russie (groupe)").click()
            page.wait_for_url("**/actors/group%3Arussia")
            expect(page.locator("#group-name")).to_have_text("Russie (groupe)")


# ----- the search filters: a group's dated members at the article's date (ux23's « left » 2) -----------------------


def test_search_articles_and_facets_count_a_dated_member_only_during_their_term(backend: str,
                                                                                new_db: Any) -> None:
    """`/search`, `/api/articles` and `/api/facets` took Patrushev (a Russian role until 2024-05) in an article of
    2024-08 too, where the trend, timeline, event and quote filters did not: one SQL condition now
    (``analytics.group_condition``), with the text index and as a co-actor, on DuckDB and PostgreSQL."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    url = _stored(new_db())
    with TestClient(create_app(url)) as client:
        listed = client.get("/api/articles", params={"actor": "group:russia", "limit": 50})
        in_bamako = client.get("/api/articles", params={"actor": "group:russia", "q": "Bamako"}).json()
        both = client.get("/api/articles", params={"actor": "per:nikolai-patrushev", "coactor": "group:russia"}).json()
        facets = client.get("/api/facets", params={"actor": "group:russia"}).json()
        page = client.get("/search", params={"actor": "group:russia", "q": "Bamako"}).text
        alone = client.get("/api/articles", params={"actor": "per:nikolai-patrushev"}).json()
    assert {a["id"] for a in listed.json()} == RUSSIA_GROUP and listed.headers["X-Total-Count"] == "4"
    assert [a["id"] for a in in_bamako] == ["g-patrushev-then"]
    assert [a["id"] for a in both] == ["g-patrushev-then"]
    assert {a["id"] for a in alone} == {"g-patrushev-then", "g-patrushev-later"}  # the person himself: any date
    assert facets["outlet"] == [{"value": "Sahel Test", "label": "Sahel Test", "n": 4}]
    assert "Titre g-patrushev-then" in page and "Titre g-patrushev-later" not in page


def test_an_export_selected_by_a_group_says_so_in_the_file(db: str, tmp_path: Path) -> None:
    """ux23 left (2): `kibaru export --actor group:russia` said it was a group on stderr only. JSONL: an
    ``actor_group`` object on every record (the contract's top level is open: the records still validate); CSV and
    Parquet: an ``actor_group`` column. An actor that is no group: the files as before, without it."""
    import jsonschema
    import pyarrow.parquet as pq

    from kibaru.export.schema import schema_errors

    lines = runner.invoke(app, ["export", "--db", db, "-f", "jsonl", "--actor", "group:russia"]).stdout.splitlines()
    records = [json.loads(line) for line in lines if line.startswith("{")]
    assert {r["id"] for r in records} == RUSSIA_GROUP
    for record in records:
        assert record["actor_group"]["key"] == "group:russia" and record["actor_group"]["label"] == "Russie (groupe)"
        label = record["actor_group"]
        assert "Moscou (capitale)" in label["members"] and "kibaru v1" in label["source"]
        assert schema_errors(record) == []
    shared = Path(os.environ.get("KIBARU_SHARED", "/nonexistent")) / "spec" / "article.schema.json"
    if shared.exists():  # the shared contract verbatim accepts the field too
        validator = jsonschema.Draft202012Validator(json.loads(shared.read_text(encoding="utf-8")))
        assert all(not list(validator.iter_errors(r)) for r in records)
    out = tmp_path / "russia.csv"
    made = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--actor", "group:russia", "-o", str(out)])
    assert made.exit_code == 0, made.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["id"] for r in rows} == RUSSIA_GROUP
    assert all(r["actor_group"].startswith("group:russia = Russie + Moscou (capitale)") for r in rows)
    table = tmp_path / "russia.parquet"
    assert runner.invoke(app, ["export", "--db", db, "-f", "parquet", "--actor", "group:russia",
                               "-o", str(table)]).exit_code == 0
    cells = pq.read_table(table).to_pydict()
    assert set(cells["id"]) == RUSSIA_GROUP and all(c.startswith("group:russia = ") for c in cells["actor_group"])
    plain = runner.invoke(app, ["export", "--db", db, "-f", "jsonl", "--actor", "Russie"]).stdout
    assert [json.loads(line)["id"] for line in plain.splitlines() if line.startswith("{")] == ["g-russie"]
    assert "actor_group" not in plain
    plain_csv = tmp_path / "russie.csv"
    runner.invoke(app, ["export", "--db", db, "-f", "csv", "--actor", "Russie", "-o", str(plain_csv)])
    assert "actor_group" not in plain_csv.read_text(encoding="utf-8").splitlines()[0]
    pytest.importorskip("stix2")
    bundle = tmp_path / "russia.stix.json"
    made = runner.invoke(app, ["export", "--db", db, "-f", "stix", "--actor", "group:russia", "-o", str(bundle),
                               *(["--validate"] if _has_validator() else [])])
    assert made.exit_code == 0, made.output
    objects = json.loads(bundle.read_text(encoding="utf-8"))["objects"]
    reports = {o["id"] for o in objects if o.get("x_kibaru_article_id") in RUSSIA_GROUP}
    notes = [o for o in objects if o["type"] == "note" and "group:russia" in o.get("abstract", "")]
    assert len(reports) == 4 and len(notes) == 1 and set(notes[0]["object_refs"]) == reports
    assert "Moscou (capitale)" in notes[0]["content"] and "kibaru v1" in notes[0]["content"]


def _has_validator() -> bool:
    try:
        import stix2validator  # noqa: F401
    except ImportError:
        return False
    return True


# ----- a group's own page (ux25; ux24's « left » 4) -------------------------------------------------------------------

HOSTILE_OUTLET = '<img src=x onerror="alert(1)"> & Cie'


def _hostile() -> Article:
    """An article naming Moscou whose outlet, title and quote carry markup (scraped strings are hostile input)."""
    text = 'Moscou a dit « <script>alert("q")</script> » au Mali.'
    at = text.index("Moscou")
    entity = {"text": "Moscou", "label": "LOC", "start": at, "end": at + 6, "canonical": "Moscou",
              "kb_id": "loc:moscou"}
    return Article(id="g-hostile", source_path="tests/g-hostile.txt", content_hash="g-hostile", text=text,
                   language="fr", outlet=HOSTILE_OUTLET, date="2023-07-04", date_precision="day",
                   title="<b>Titre</b> hostile", entities=[entity],
                   quotes=[{"text": text, "start": 0, "end": len(text), "speaker": "Moscou",
                            "speaker_kb_id": "loc:moscou", "cue": "a dit", "direct": True}])


def test_a_groups_page_lists_its_members_quotes_events_and_outlets(backend: str, new_db: Any) -> None:
    """`/actors/group:russia` (it redirected to the compare page) and `/api/actors/group:russia`: the members with their
    date windows and articles, the group's articles and mentions per month, its quotes, speakers, events and outlets —
    Patrushev only in 2023 (his term), never Wagner; escaped; on DuckDB and PostgreSQL; reachable from the compare
    page, an actor page of a member, the search facets and the quotes page."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    url = _stored(new_db())
    storage = open_storage(url)
    run = storage.begin_run(["hostile"])
    storage.write_batch(run, [_hostile()], [b""], [])
    storage.finish_run(run, RunSummary())
    storage.close()
    html = {"accept": "text/html"}
    with TestClient(create_app(url)) as client:
        detail = client.get("/api/actors/group:russia").json()
        documented = client.get("/api/groups/russia").json()
        scoped = client.get("/api/actors/group:russia", params={"until": "2023-05"}).json()
        page = client.get("/actors/group:russia", headers=html)
        unknown = client.get("/actors/group:mars", headers=html)
        member = client.get("/actors/loc:moscou", headers=html).text
        member_json = client.get("/api/actors/org:kremlin").json()
        outsider = client.get("/actors/grp:wagner", headers=html).text
        compare = client.get("/actors/compare", params={"actor": "group:russia"}).text
        facets = client.get("/search/facets", params={"q": "Bamako"}).text
        search = client.get("/search", params={"actor": "group:russia"}).text
        quotes = client.get("/quotes", params={"speaker": "group:russia"}).text
    assert documented == detail
    members = {m["actor_id"]: m for m in detail["members"]}
    assert detail["key"] == "group:russia" and detail["label"] == "Russie (groupe)" and "kibaru v1" in detail["source"]
    assert members["loc:moscou"]["why"] == "capitale" and members["loc:moscou"]["articles"] == 2
    assert members["per:nikolai-patrushev"]["until"] and members["per:nikolai-patrushev"]["articles"] == 1
    assert members["per:nikolai-patrushev"]["search"].endswith("&until=" + members["per:nikolai-patrushev"]["until"])
    assert "grp:wagner" not in members
    assert detail["articles"] == 5 and detail["per_month"] == {"2023-05": [2, 2], "2023-06": [2, 2], "2023-07": [1, 1]}
    assert scoped["articles"] == 2 and scoped["quotes_total"] == 2
    assert detail["quotes_total"] == 5 and [q["article_id"] for q in detail["quotes"]] == [
        "g-russie", "g-moscou", "g-kremlin", "g-patrushev-then", "g-hostile"]
    assert {s["speaker_actor_id"]: s["quotes"] for s in detail["speakers"]}["loc:moscou"] == 2
    assert {r["article_id"] for e in detail["events"] for r in e["reports"]} == RUSSIA_GROUP
    assert detail["events_total"] == len(detail["events"])
    assert [(o["outlet"], o["articles"], o["outlet_total"]) for o in detail["outlets"]] == [
        ("Sahel Test", 4, 7), (HOSTILE_OUTLET, 1, 1)]
    assert page.status_code == 200
    text = page.text
    for needle in ("Russie (groupe)", 'href="/actors/loc%3Amoscou"', "Moscou", "capitale", "Titre g-kremlin",
                   "Sahel Test", 'id="group-events"', 'id="group-chart"', "/quotes?speaker=group%3Arussia"):
        assert needle in text, needle
    assert "<script>alert" not in text and "<img src=x" not in text and "<b>Titre</b>" not in text
    assert "&lt;img src=x" in text and "&lt;script&gt;" in text
    assert unknown.status_code == 422 and "group:russia" in unknown.text
    for linked in (member, compare, facets, search, quotes):  # the ways to the page
        assert 'href="/actors/group%3Arussia"' in linked
    assert 'id="actor-groups"' in member and "capitale" in member
    assert member_json["groups"] == [{"key": "group:russia", "label": "Russie (groupe)", "why": "government_body",
                                      "since": None, "until": None}]
    assert 'id="actor-groups"' not in outsider  # Wagner is in no group


def test_table_and_graph_exports_selected_by_a_group_say_so_in_the_file(db: str, tmp_path: Path) -> None:
    """ux24 left (2): `export --table …` and the Gephi graphs named the group on stderr only. Tables: an
    ``actor_group`` column in every table (CSV and Parquet), as the article exports; GraphML: graph attributes
    ``actor_group`` and ``actor_group_key``; GEXF: the meta's description and keywords. Without a group: as before."""
    import networkx as nx
    import pyarrow.parquet as pq

    quotes = tmp_path / "quotes.csv"
    made = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--table", "quotes", "--actor", "group:russia",
                               "-o", str(quotes)])
    assert made.exit_code == 0, made.output
    rows = list(csv.DictReader(io.StringIO(quotes.read_text(encoding="utf-8"))))
    assert {r["article_id"] for r in rows} == RUSSIA_GROUP
    assert all(r["actor_group"].startswith("group:russia = Russie + Moscou (capitale)") for r in rows)
    every = tmp_path / "all"
    assert runner.invoke(app, ["export", "--db", db, "-f", "parquet", "--table", "all", "--actor", "group:russia",
                               "-o", str(every)]).exit_code == 0
    for name in ("entities", "quotes", "events", "articles"):
        cells = pq.read_table(every / f"{name}.parquet").to_pydict()
        assert cells["actor_group"] and all(c.startswith("group:russia = ") for c in cells["actor_group"]), name
    graphml, gexf = tmp_path / "outlets.graphml", tmp_path / "actors.gexf"
    for fmt, graph, out in (("graphml", "outlets", graphml), ("gexf", "actors", gexf)):
        made = runner.invoke(app, ["export", "--db", db, "-f", fmt, "--graph", graph, "--actor", "group:russia",
                                   "-o", str(out)])
        assert made.exit_code == 0, made.output
    read = nx.read_graphml(graphml)
    assert read.graph["actor_group_key"] == "group:russia" and "Moscou (capitale)" in read.graph["actor_group"]
    xml = gexf.read_text(encoding="utf-8")
    assert "<keywords>group:russia</keywords>" in xml and "Moscou (capitale)" in xml
    assert nx.read_gexf(gexf).number_of_nodes() > 0  # still a graph Gephi and networkx read
    plain_csv, plain_gexf = tmp_path / "plain.csv", tmp_path / "plain.gexf"
    runner.invoke(app, ["export", "--db", db, "-f", "csv", "--table", "quotes", "--actor", "Russie", "-o",
                        str(plain_csv)])
    runner.invoke(app, ["export", "--db", db, "-f", "gexf", "--actor", "Russie", "-o", str(plain_gexf)])
    assert "actor_group" not in plain_csv.read_text(encoding="utf-8").splitlines()[0]
    assert "<description>" not in plain_gexf.read_text(encoding="utf-8")
