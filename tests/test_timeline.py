"""Merging per-article events into a timeline, and the ``events`` / ``timeline`` commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kibaru.analyse import timeline
from kibaru.analyse.timeline import merge_events, merge_events_reference, parse_period
from kibaru.cli import app
from kibaru.model import Article
from kibaru.store import open_storage

runner = CliRunner()

JNIM = {"canonical": "JNIM", "kb_id": "org:jnim", "role": "source"}
FAMA = {"canonical": "Forces armées maliennes", "kb_id": "org:fama", "role": "target"}
WAGNER = {"canonical": "Groupe Wagner", "kb_id": "org:wagner", "role": "participant"}


def _event(type_: str = "attack", date: str | None = "2022-08-07", precision: str = "day",
           actors: list[dict[str, Any]] | None = None, location: str | None = "Tessit",
           location_kb_id: str | None = "place:tessit", fatalities: int | None = None,
           evidence: str = "Une attaque a visé le camp.", start: int = 0) -> dict[str, Any]:
    return {
        "type": type_, "cameo": "19", "date": date, "date_precision": precision,
        "actors": [JNIM, FAMA] if actors is None else actors, "location": location,
        "location_kb_id": location_kb_id, "fatalities": fatalities, "evidence": evidence,
        "start": start, "end": start + len(evidence),
    }


def _article(id_: str, outlet: str, date: str, *events: dict[str, Any]) -> Article:
    text = " ".join(e["evidence"] for e in events) or "texte"
    return Article(id=id_, source_path=None, text=text, content_hash="h" + id_, outlet=outlet, date=date,
                   date_precision="day", events=list(events))


def _three_outlets() -> list[Article]:
    # Listed latest-first so the merge cannot rely on input order for "first report".
    return [
        _article("c3", "maliweb", "2022-08-10", _event(fatalities=15, start=40,
                 actors=[{"canonical": "Jama'at Nusrat al-Islam", "kb_id": "org:jnim", "role": "source"}])),
        _article("a1", "studio-tamani", "2022-08-08", _event(fatalities=12, date="2022-08-07")),
        _article("b2", "rfi", "2022-08-09", _event(date="2022-08", precision="month", fatalities=None,
                                                    actors=[FAMA], location="tessit", location_kb_id=None)),
    ]


def test_same_attack_from_three_outlets_is_one_entry() -> None:
    entries = merge_events(_three_outlets())
    assert len(entries) == 1
    entry = entries[0]
    assert sorted(r.article_id for r in entry.reports) == ["a1", "b2", "c3"]
    assert entry.first_report.article_id == "a1" and entry.first_report.outlet == "studio-tamani"
    assert entry.date == "2022-08-07" and entry.date_precision == "day"  # the precise date wins over "août"
    assert entry.fatalities_values == [12, 15] and entry.fatalities_disagree
    assert {a["kb_id"] for a in entry.actors} == {"org:jnim", "org:fama"}


def test_ids_are_deterministic_whatever_the_order() -> None:
    forward = merge_events(_three_outlets())
    backward = merge_events(list(reversed(_three_outlets())))
    assert [e.id for e in forward] == [e.id for e in backward]
    assert forward[0].id.startswith("t")


def test_two_events_of_one_sentence_get_two_ids() -> None:
    # One sentence can carry two events of different types (an agreement and an attack, a deployment and an
    # arms transfer): both started at the same offset, so their timeline entries shared one id — and the
    # events table gave both rows the same timeline_id (18 such pairs in the sample corpus).
    sentence = "Le Mali et la Russie ont signé un accord après l'attaque du camp."
    article = _article("s1", "maliweb", "2022-08-08", _event("agreement", evidence=sentence),
                       _event("attack", evidence=sentence))
    entries = merge_events([article])
    assert sorted(e.type for e in entries) == ["agreement", "attack"]
    assert len({e.id for e in entries}) == 2


def test_agreeing_tolls_are_not_flagged() -> None:
    entries = merge_events([
        _article("a", "x", "2022-08-08", _event(fatalities=12)),
        _article("b", "y", "2022-08-09", _event(fatalities=12, date="2022-08-08")),
    ])
    assert len(entries) == 1 and entries[0].fatalities_values == [12] and not entries[0].fatalities_disagree


def test_different_town_type_or_date_stay_apart() -> None:
    base = _article("a", "x", "2022-08-08", _event())
    other_town = _article("b", "y", "2022-08-08", _event(location="Ménaka", location_kb_id="place:menaka"))
    other_type = _article("c", "z", "2022-08-08", _event(type_="capture"))
    ten_days = _article("d", "w", "2022-08-18", _event(date="2022-08-17"))
    entries = merge_events([base, other_town, other_type, ten_days])
    assert len(entries) == 4
    assert all(len(e.reports) == 1 for e in entries)


def test_no_shared_actor_stays_apart_but_missing_location_merges() -> None:
    base = _article("a", "x", "2022-08-08", _event(type_="meeting", actors=[FAMA]))
    stranger = _article("b", "y", "2022-08-08", _event(type_="meeting", actors=[WAGNER]))
    no_place = _article("c", "z", "2022-08-09", _event(type_="meeting", actors=[FAMA], location=None,
                                                       location_kb_id=None, date="2022-08-08"))
    entries = merge_events([base, stranger, no_place])
    assert sorted(len(e.reports) for e in entries) == [1, 2]


def test_a_chain_of_reports_does_not_glue_a_month_together() -> None:
    # An attack on the same town every three days: each neighbour is within the window, the chain is not.
    articles = [_article(f"a{i}", "x", f"2022-08-{1 + 3 * i:02d}", _event(date=f"2022-08-{1 + 3 * i:02d}"))
                for i in range(6)]
    entries = merge_events(articles)
    assert len(entries) > 1
    for entry in entries:
        days = [int(r.date[-2:]) for r in entry.reports if r.date]
        assert max(days) - min(days) <= 6


def test_a_vague_date_does_not_bridge_two_events() -> None:
    january = _article("jan", "x", "2022-01-10", _event(type_="sanction", date="2022-01-09", location="Accra",
                                                          location_kb_id=None))
    july = _article("jul", "y", "2022-07-04", _event(type_="sanction", date="2022-07-03", location="Accra",
                                                       location_kb_id=None))
    vague = _article("vag", "z", "2022-07-05", _event(type_="sanction", date="2022", precision="year",
                                                        location="Accra", location_kb_id=None))
    entries = merge_events([january, july, vague])
    groups = sorted(sorted(r.article_id for r in e.reports) for e in entries)
    assert len(entries) == 2 and ["jan", "jul"] not in groups and not any({"jan", "jul"} <= set(g) for g in groups)


def test_first_report_prefers_the_article_surely_earliest() -> None:
    month_only = _article("m", "monthly", "2022-08", _event())
    dated = _article("d", "daily", "2022-08-08", _event())
    entry = merge_events([month_only, dated])[0]
    assert entry.first_report.article_id == "d" and len(entry.reports) == 2


def test_undated_events_never_merge() -> None:
    entries = merge_events([_article("a", "x", "2022-08-08", _event(date=None)),
                            _article("b", "y", "2022-08-08", _event(date=None))])
    assert len(entries) == 2 and all(e.date is None for e in entries)


def test_parse_period_respects_precision() -> None:
    assert parse_period("2024-02", "month") == parse_period("2024-02-10", "month")
    lo, hi = parse_period("2024-02", "month") or (None, None)
    assert lo is not None and hi is not None and (hi - lo).days == 28  # a leap year's February
    assert parse_period("garbage") is None


def _db(tmp_path: Path, articles: list[Article]) -> str:
    db = str(tmp_path / "t.duckdb")
    storage = open_storage(db)
    run = storage.begin_run(["test"])
    storage.write_batch(run, articles, [b"" for _ in articles], [])
    storage.close()
    return db


def test_timeline_and_events_commands(tmp_path: Path) -> None:
    markup = _article("m1", "[bold]evil[/bold]", "2022-09-02",
                      _event(type_="meeting", actors=[WAGNER], location="Bamako", location_kb_id="place:bamako",
                             date="2022-09-01", evidence="Réunion [red]secrète[/red] à Bamako."))
    db = _db(tmp_path, [*_three_outlets(), markup])

    result = runner.invoke(app, ["timeline", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    entries = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(entries) == 2
    attack = next(e for e in entries if e["type"] == "attack")
    assert len(attack["reports"]) == 3 and attack["fatalities_disagree"]
    assert attack["first_report"]["article_id"] == "a1"

    table = runner.invoke(app, ["timeline", "--db", db, "--type", "attack"])
    assert table.exit_code == 0, table.output
    lines = [line.split("\t") for line in table.stdout.splitlines()]
    assert lines[0][0] == "date" and len(lines) == 2
    assert lines[1][4] == "3" and "disagree" in lines[1][6]

    only_wagner = runner.invoke(app, ["timeline", "--db", db, "--actor", "wagner", "--format", "jsonl"])
    assert [json.loads(x)["type"] for x in only_wagner.stdout.splitlines()] == ["meeting"]

    events = runner.invoke(app, ["events", "--db", db])
    assert events.exit_code == 0, events.output
    rows = [line.split("\t") for line in events.stdout.splitlines()]
    assert len(rows) == 5  # header + one row per extracted event
    assert any("[red]secrète[/red]" in row[-1] and row[6] == "[bold]evil[/bold]" for row in rows)

    since = runner.invoke(app, ["events", "--db", db, "--since", "2022-09", "--format", "csv"])
    parsed = list(csv.DictReader(io.StringIO(since.stdout)))
    assert [r["article_id"] for r in parsed] == ["m1"]  # named as in the exports

    limited = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--limit", "2"])
    records = [json.loads(x) for x in limited.stdout.splitlines()]
    assert len(records) == 2 and all("article_id" in r and "outlet" in r for r in records)

    bad = runner.invoke(app, ["timeline", "--db", db, "--format", "xml"])
    assert bad.exit_code != 0


def _later_reference(article_date: str, actors: list[dict[str, Any]], location: str | None = None,
                     start: int = 0) -> dict[str, Any]:
    """An event the sentence gives no date for: it carries its article's date (``date_source: article``)."""
    ev = _event(date=article_date, actors=actors, location=location,
                location_kb_id=None, evidence="L'attaque contre le camp a marqué les esprits.", start=start)
    ev["date_source"] = "article"
    return ev


def test_a_later_undated_reference_joins_the_dated_report() -> None:
    dated = _article("a", "x", "2022-08-08", _event(date="2022-08-07"))
    weeks_later = _article("b", "y", "2022-09-20", _later_reference("2022-09-20", [JNIM, FAMA]))
    entries = merge_events([dated, weeks_later])
    assert len(entries) == 1 and sorted(r.article_id for r in entries[0].reports) == ["a", "b"]
    # the entry keeps the stated day, not the date of the article that refers back to it
    assert entries[0].date == "2022-08-07" and entries[0].first_report.article_id == "a"


def test_a_reference_needs_actors_and_stays_within_the_look_back() -> None:
    dated = _article("a", "x", "2022-08-08", _event(date="2022-08-07"))
    other_actor = _article("b", "y", "2022-09-20", _later_reference("2022-09-20", [WAGNER]))
    years_later = _article("c", "z", "2024-03-01", _later_reference("2024-03-01", [JNIM, FAMA]))
    entries = merge_events([dated, other_actor, years_later])
    assert len(entries) == 3
    # without the look-back the same reference stays apart (the round-3 behaviour)
    close = _article("d", "w", "2022-09-20", _later_reference("2022-09-20", [JNIM, FAMA]))
    assert len(merge_events([dated, close], lookback_days=0)) == 2
    assert len(merge_events([dated, close])) == 1


def test_a_weak_pair_leaning_on_an_article_date_is_refused() -> None:
    # one actor shared out of five named: the Jaccard overlap (0.2) is below the threshold
    many = [JNIM, FAMA, WAGNER, {"canonical": "Mali", "kb_id": "state:ml", "role": "target"},
            {"canonical": "France", "kb_id": "state:fr", "role": "participant"}]
    dated = _article("a", "x", "2022-08-08", _event(date="2022-08-07", actors=many, location=None,
                                                     location_kb_id=None))
    loose = _article("b", "y", "2022-09-20", _later_reference("2022-09-20", [JNIM]))
    assert len(merge_events([dated, loose])) == 2
    assert len(merge_events([dated, loose], threshold=0.1)) == 1


def test_dashboard_timeline_sees_an_update_only_ingest(tmp_path: Path) -> None:
    """The dashboard caches merged timelines per database state; an ingest that only corrects existing
    articles (no new rows, same ingest order) must still invalidate it."""
    from kibaru.serve import analytics
    from kibaru.serve.dialect import DUCKDB, Cursor

    db = tmp_path / "t.duckdb"
    first = _three_outlets()
    storage = open_storage(str(db))
    try:
        run = storage.begin_run(["first"])
        storage.write_batch(run, first, [b""] * len(first), [])
        with storage.read_cursor() as raw:
            before = analytics.merged_events(Cursor(raw, DUCKDB))
        assert {r.fatalities for e in before for r in e.reports} == {12, 15, None}

        corrected = _article("c3", "maliweb", "2022-08-10", _event(fatalities=31, start=40))
        run = storage.begin_run(["correction"])
        storage.write_batch(run, [corrected], [b""], [])
        with storage.read_cursor() as raw:
            after = analytics.merged_events(Cursor(raw, DUCKDB))
    finally:
        storage.close()
    assert {r.fatalities for e in after for r in e.reports} == {12, 31, None}


# ----- the blocked merge gives exactly the quadratic merge's entries --------------------------------------


# Small vocabularies so that events collide: one actor under its kb id and two names, a name without a kb
# id, two kb ids for one place name, names differing only by case and accents, places without a name.
_ACTORS = [("org:jnim", "JNIM"), ("org:jnim", "Jama'at Nusrat al-Islam"), (None, "JNIM"), (None, "jnim"),
           ("org:fama", "Forces armées maliennes"), (None, "FAMa"), ("org:wagner", "Groupe Wagner"),
           ("state:ml", "Mali")]
_PLACES = [("place:tessit", "Tessit"), (None, "Tessit"), (None, "TESSIT"), ("place:tessit-2", "Tessit"),
           ("place:menaka", "Ménaka"), (None, "Menaka"), ("place:gao", None), (None, None)]


@st.composite
def _random_event(draw: st.DrawFn) -> dict[str, Any]:
    precision = draw(st.sampled_from(["day", "day", "day", "month", "year"]))
    month, day = draw(st.integers(1, 3)), draw(st.integers(1, 28))
    value = {"day": f"2022-{month:02d}-{day:02d}", "month": f"2022-{month:02d}", "year": "2022"}[precision]
    actors = draw(st.lists(st.sampled_from(_ACTORS), max_size=3, unique=True))
    place_kb, place = draw(st.sampled_from(_PLACES))
    return {"type": draw(st.sampled_from(["attack", "attack", "meeting"])),
            "date": draw(st.sampled_from([value, value, value, None])), "date_precision": precision,
            "date_source": draw(st.sampled_from(["text", "text", "article"])),
            "actors": [{"kb_id": kb, "canonical": name, "role": "source"} for kb, name in actors],
            "location": place, "location_kb_id": place_kb,
            "fatalities": draw(st.sampled_from([None, None, 3, 5, 12])), "evidence": "x", "start": 0}


@st.composite
def _random_articles(draw: st.DrawFn) -> list[Article]:
    articles = []
    for n in range(draw(st.integers(0, 30))):
        events = draw(st.lists(_random_event(), min_size=1, max_size=3))
        for k, ev in enumerate(events):
            ev["start"] = 10 * k
        day = draw(st.sampled_from(["2022-02-10", "2022-03-02", "2022-03", None]))
        articles.append(Article(id=f"a{draw(st.integers(0, 99))}-{n}", source_path=None, text="", content_hash="",
                                outlet="o", date=day, events=events))
    return articles


def _same_entries(articles: list[Article], **kwargs: Any) -> None:
    fast = [e.to_dict() for e in merge_events(articles, **kwargs)]
    slow = [e.to_dict() for e in merge_events_reference(articles, **kwargs)]
    assert fast == slow


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_random_articles(), st.integers(0, 10), st.sampled_from([0, 30, 180]),
       st.sampled_from([float("-inf"), 0.25, 0.5, 0.75, 1.25]))
def test_blocked_merge_equals_the_quadratic_merge(articles: list[Article], window: int, lookback: int,
                                                  threshold: float) -> None:
    _same_entries(articles, window_days=window, lookback_days=lookback, threshold=threshold)


def test_blocked_merge_equals_the_quadratic_merge_on_larger_sets() -> None:
    """Seeded, larger sets than hypothesis draws: long chains, many refused unions, groups glued by reports
    without a place."""
    import random

    for seed in range(6):
        rng = random.Random(seed)
        articles = []
        for _ in range(300):
            events = []
            for k in range(rng.choice([1, 1, 2])):
                precision = rng.choice(["day", "day", "month", "year"])
                month, day = rng.randint(1, 4), rng.randint(1, 28)
                value = {"day": f"2022-{month:02d}-{day:02d}", "month": f"2022-{month:02d}", "year": "2022"}
                kb, place = rng.choice(_PLACES)
                events.append({
                    "type": rng.choice(["attack", "meeting"]), "date": value[precision], "date_precision": precision,
                    "date_source": rng.choice(["text", "text", "article"]), "location": place, "location_kb_id": kb,
                    "actors": [{"kb_id": a, "canonical": c} for a, c in rng.sample(_ACTORS, rng.randint(0, 2))],
                    "fatalities": rng.choice([None, rng.randint(1, 6)]), "evidence": "x", "start": 10 * k})
            articles.append(Article(id=f"a{rng.randint(0, 10**6)}", source_path=None, text="", content_hash="",
                                    outlet="o", date=f"2022-{rng.randint(1, 5):02d}-{rng.randint(1, 28):02d}",
                                    events=events))
        _same_entries(articles, window_days=rng.choice([1, 3, 7]))


def test_blocked_merge_scores_few_pairs_on_a_dense_month(monkeypatch: Any) -> None:
    """2,000 reports of attacks in one month by one group on one town: the quadratic merge scores every pair
    (about two million); the blocked merge scores each report against about one other."""
    calls = {"n": 0}
    real = timeline.pair_score

    def counted(*args: Any) -> float:
        calls["n"] += 1
        return real(*args)

    monkeypatch.setattr(timeline, "pair_score", counted)
    articles = [_article(f"a{i:05d}", "x", "2022-08-20", _event(date="2022-08", precision="month",
                                                                 fatalities=i % 7 or None)) for i in range(2000)]
    entries = merge_events(articles)
    assert len(entries) == 1 and len(entries[0].reports) == 2000
    assert calls["n"] < 3 * len(articles)


def test_dashboard_timeline_narrows_only_beyond_its_limit(tmp_path: Path, monkeypatch: Any) -> None:
    """The timeline page merges every event-reporting article up to ``MAX_TIMELINE_ARTICLES``, then only the
    latest months that fit (saying so)."""
    from fastapi.testclient import TestClient

    from kibaru.serve import analytics
    from kibaru.serve.app import create_app

    articles = [_article(f"m{month}{k}", "x", f"2022-{month:02d}-1{k}",
                         _event(date=f"2022-{month:02d}-1{k}", location=f"Ville {month}", location_kb_id=None))
                for month in (3, 5, 7) for k in range(2)]
    db = _db(tmp_path, articles)
    with TestClient(create_app(db)) as client:
        whole = client.get("/timeline").text
        assert 'id="narrowed"' not in whole and 'id="event-count">3 événements' in whole
        monkeypatch.setattr(analytics, "MAX_TIMELINE_ARTICLES", 4)
        analytics._TIMELINE_CACHE.clear()
        narrowed = client.get("/timeline").text
    assert 'id="narrowed"' in narrowed and "depuis 2022-05" in narrowed
    assert 'id="event-count">2 événements' in narrowed


def test_timeline_page_lists_a_bounded_number_of_reports(tmp_path: Path) -> None:
    """One event reported by more articles than the page lists: the first ones are linked, the rest counted."""
    from fastapi.testclient import TestClient

    from kibaru.serve.app import TIMELINE_REPORTS_SHOWN, create_app

    n = TIMELINE_REPORTS_SHOWN + 7
    articles = [_article(f"r{i:03d}", f"outlet{i}", "2022-08-08", _event()) for i in range(n)]
    db = tmp_path / "many.duckdb"
    storage = open_storage(str(db))
    try:
        run = storage.begin_run(["many"])
        storage.write_batch(run, articles, [b""] * n, [])
    finally:
        storage.close()
    with TestClient(create_app(str(db))) as client:
        page = client.get("/timeline").text
    assert page.count('<li><a href="/articles/r') == TIMELINE_REPORTS_SHOWN
    assert f"{n} articles" in page and "et 7 autres articles" in page


def test_actor_filter_answers_the_same_on_every_surface(tmp_path: Path) -> None:
    # `timeline --actor Goita` found nothing (the CLI folded case, not accents) where /api/events and
    # kibaru.open().events found Goïta; `--actor gpe:mali` found nothing on the CLI and the API when the events
    # store Mali under its Wikidata id (Q912), and an alias (« Colonel Goïta ») nowhere.
    import kibaru

    mali = {"canonical": "Mali", "kb_id": "Q912", "role": "source"}
    goita = {"canonical": "Assimi Goïta", "kb_id": "per:assimi-goita", "role": "participant"}
    article = _article("g1", "maliweb", "2023-05-02", _event(type_="meeting", actors=[mali, goita],
                                                            date="2023-05-01", location="Bamako",
                                                            evidence="Le Mali et Assimi Goïta reçoivent."))
    article.entities = [{"text": "Mali", "label": "LOC", "start": 3, "end": 7, "canonical": "Mali", "kb_id": "Q912"},
                        {"text": "Assimi Goïta", "label": "PER", "start": 11, "end": 23, "canonical": "Assimi Goïta",
                         "kb_id": "per:assimi-goita"}]
    db = _db(tmp_path, [article, *_three_outlets()])
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    with kibaru.open(db) as kb, TestClient(create_app(db)) as client:
        for asked in ("gpe:mali", "Q912", "Goita", "Colonel Goïta", "assimi goïta", "per:assimi-goita"):
            cli = runner.invoke(app, ["timeline", "--db", db, "--actor", asked, "--format", "jsonl"])
            per_article = runner.invoke(app, ["events", "--db", db, "--actor", asked, "--format", "jsonl"])
            api = client.get("/api/events", params={"actor": asked}).json()
            found = {
                "timeline": [json.loads(x)["type"] for x in cli.stdout.splitlines()],
                "events": [json.loads(x)["type"] for x in per_article.stdout.splitlines()],
                "open": [e.type for e in kb.events(actor=asked)],
                "api": [e["type"] for e in api],
            }
            assert all(v == ["meeting"] for v in found.values()), (asked, found)


def test_an_event_actor_no_entity_names_is_found_on_every_surface(tmp_path: Path) -> None:
    # Mali inferred from « maliennes » (an event actor, no entity): `/api/events?actor=gpe:mali` read only the
    # articles whose entities name Mali and missed it, where the CLI and kibaru.open() found it.
    import kibaru

    mali = {"canonical": "Mali", "kb_id": "Q912", "role": "target"}
    article = _article("m1", "studio-tamani", "2023-05-02",
                       _event(actors=[JNIM, mali], evidence="Le JNIM a visé les forces maliennes."))
    db = _db(tmp_path, [article, *_three_outlets()])
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    with kibaru.open(db) as kb, TestClient(create_app(db)) as client:
        for asked in ("gpe:mali", "Q912"):
            cli = runner.invoke(app, ["timeline", "--db", db, "--actor", asked, "--format", "jsonl"])
            found = {
                "timeline": len(cli.stdout.splitlines()),
                "open": len(kb.events(actor=asked)),
                "api": len(client.get("/api/events", params={"actor": asked}).json()),
            }
            assert found == {"timeline": 1, "open": 1, "api": 1}, (asked, found)
