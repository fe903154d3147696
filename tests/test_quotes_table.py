"""The ``quotes`` table (schema v8) on DuckDB and PostgreSQL: written at ingest, rewritten by `kibaru enrich`,
filled for existing databases by its migration, the same rows on a re-ingest; the dashboard's quotes views read it
and answer what they answered from the articles (the rows of ``kibaru quotes``, the same ranking).

Session 22 left (ux22, « left » 3): ``/quotes`` and ``/api/quotes`` without a speaker read every article with a quote
(2.7 s at 9,920 articles, ~30 s at 100k).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import rerun_migration
from kibaru.model import Article
from kibaru.store import RunSummary, Storage, open_storage
from kibaru.store.migrations import QUOTES_VERSION
from test_quotes_query import _entity, _quote
from test_quotes_query import articles as lavrov_articles

pytest.importorskip("fastapi")

from kibaru.analyse.quotes import speaker_counts
from kibaru.serve import analytics
from kibaru.serve.dialect import Cursor, for_backend

# Sentences written for these tests (not news text).
THIRD = ("« Poutine soutient le Mali », a dit le porte-parole. Puis M. Lavrov a redit : « La Russie et le Mali "
         "resteront unis ». Une source a confié « rien n'est signé avec Moscou ».")


def corpus() -> list[Article]:
    """The Lavrov articles, plus: Lavrov under his project id AND a speaker under a Wikidata id for the same actor
    (one speaker), a kb id the KB does not know, a speaker without name, a quote without offsets, an undated
    article, a second outlet."""
    first, second = lavrov_articles()
    third = Article(
        id="q-4", source_path="tests/q4.txt", content_hash="q4", text=THIRD, language="fr", title=None,
        outlet="Y", date=None,
        entities=[_entity(THIRD, "Poutine", "Q7747", "PER"), _entity(THIRD, "Mali", "gpe:mali", "LOC"),
                  _entity(THIRD, "Russie", "Q159", "LOC"), _entity(THIRD, "Moscou", "", "LOC")],
        quotes=[_quote(THIRD, "Poutine soutient le Mali", "le porte-parole", "q:unknown-to-the-kb", "dit"),
                _quote(THIRD, "La Russie et le Mali resteront unis", "M. Lavrov", "per:sergei-lavrov", "redit"),
                _quote(THIRD, "rien n'est signé avec Moscou", "", "", "confié"),
                {"text": "La France a échoué au Mali et la Russie reste.", "speaker": "Sergueï Lavrov",
                 "speaker_kb_id": "per:sergei-lavrov"}])
    third.entities[-1]["kb_id"] = None
    fourth = Article(
        id="q-5", source_path="tests/q5.txt", content_hash="q5", text=first.text, language="fr", title="Copie",
        outlet="Z", date="2024-03-03", entities=[dict(e) for e in first.entities],
        quotes=[dict(q) for q in first.quotes])
    fourth.quotes[2]["speaker_kb_id"] = "per:emmanuel-macron"  # his Wikidata id in q-1, his project id here
    return [first, second, third, fourth]


def _store(url: str, articles: list[Article]) -> None:
    storage = open_storage(url)
    run = storage.begin_run(["quotes"])
    storage.write_batch(run, articles, [b""] * len(articles), [])
    storage.finish_run(run, RunSummary())
    storage.close()


def _table(storage: Storage) -> list[tuple[Any, ...]]:
    with storage.read_cursor() as cur:
        return cur.execute("SELECT * FROM quotes ORDER BY article_id, ord").fetchall()


QUERIES = [(None, None), ("Lavrov", None), ("Lavrov", "France"), (None, "France"), (None, "Mali"),
           ("Poutine", None), ("porte-parole", None), ("lavr", None), (None, "mosc"), (None, "Russie"),
           ("Macron", "France"), ("personne-du-tout", None), (None, "Gao"),
           # actor groups: dated members (Lavrov, Poutine, Macron hold roles) only in dated articles of their terms
           ("group:russia", None), (None, "group:russia"), ("group:russia", "group:france"), (None, "group:un")]
SCOPES = [analytics.Scope(), analytics.Scope(outlet="Y"), analytics.Scope(since="2024-02")]


def test_the_quotes_table_answers_what_the_articles_answer(backend: str, new_db: Callable[[], str]) -> None:
    url = new_db()
    _store(url, corpus())
    storage = open_storage(url, read_only=True)
    try:
        with storage.read_cursor() as rc:
            cur = Cursor(rc, for_backend(backend))
            assert analytics.has_quotes_table(cur)
            index = analytics._actor_index()
            for scope in SCOPES:
                for speaker, about in QUERIES:
                    want = analytics._quotes_from_articles(cur, scope, speaker, about, index)
                    got, total = analytics.quote_page(cur, scope, speaker, about)
                    assert got == want and total == len(want), (scope, speaker, about)
                    page, total = analytics.quote_page(cur, scope, speaker, about, 2, 1)
                    assert page == want[1:3] and total == len(want), (scope, speaker, about)
                    ranking = analytics.speaker_ranking(cur, scope, speaker, about)
                    assert ranking == speaker_counts(want), (scope, speaker, about)
            everyone = analytics.speaker_ranking(cur)
    finally:
        storage.close()
    lavrov = next(r for r in everyone if r["speaker_actor_id"] == "per:sergei-lavrov")
    # the same words in two articles (X and Z), one again without offsets (Y): 7 quotes, 4 distinct texts
    assert (lavrov["quotes"], lavrov["stories"], lavrov["articles"], lavrov["outlets"]) == (7, 4, 4, ["X", "Y", "Z"])
    macron = next(r for r in everyone if r["speaker_actor_id"] == "per:emmanuel-macron")
    assert (macron["quotes"], macron["stories"], macron["articles"]) == (2, 1, 2)  # under his two ids: one speaker


def test_written_at_ingest_rewritten_by_enrich_and_the_same_on_a_reingest(backend: str,
                                                                            new_db: Callable[[], str]) -> None:
    from kibaru.store.base import EnrichmentStamp

    url = new_db()
    articles = corpus()
    _store(url, articles)
    storage = open_storage(url)
    try:
        first = _table(storage)
        assert len(first) == sum(len(a.quotes) for a in articles) == 11
        assert {r[0] for r in first} == {"q-1", "q-2", "q-4", "q-5"}
        run = storage.begin_run(["again"])
        storage.write_batch(run, articles, [b""] * len(articles), [])  # re-ingest: the rows are replaced, not added
        storage.finish_run(run, RunSummary())
        assert _table(storage) == first
        changed = corpus()[1]
        changed.quotes = changed.quotes[:0]
        storage.write_enrichments([changed], ["quotes"], EnrichmentStamp(key="test", record="{}"))
        assert [r for r in _table(storage) if r[0] == "q-2"] == []
        assert len(_table(storage)) == 10
    finally:
        storage.close()


def test_the_migration_fills_the_table_of_an_existing_database_and_runs_twice(backend: str,
                                                                               new_db: Callable[[], str]) -> None:
    url = new_db()
    _store(url, corpus())
    storage = open_storage(url)
    try:
        written = _table(storage)
        con = storage.con  # type: ignore[attr-defined]
        # The database as a kibaru of schema v7 left it: no quotes table, version 7.
        con.execute("DROP TABLE quotes")
        con.execute(f"DELETE FROM schema_version WHERE version >= {QUOTES_VERSION}")
    finally:
        storage.close()
    storage = open_storage(url)  # migrates to v8: the table is created and filled from the stored articles
    try:
        assert storage.schema_version() >= QUOTES_VERSION
        assert _table(storage) == written
        from kibaru.store import quotes_table

        rerun_migration(storage, backend, QUOTES_VERSION, quotes_table.backfill_duckdb,
                        lambda con: storage._backfill_quotes(con))  # type: ignore[attr-defined]
        assert _table(storage) == written
    finally:
        storage.close()


def test_the_cli_and_the_python_api_read_the_table_with_the_same_output(backend: str, new_db: Callable[[], str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """ux23 left (3): ``kibaru quotes`` and ``kibaru.open().quotes()`` still read every article. They read the table
    now (no article read), with the output of the articles' path (the table hidden: an older database)."""
    from typer.testing import CliRunner

    import kibaru
    from kibaru.cli import app
    from kibaru.store.duckdb_store import DuckDBStorage
    from kibaru.store.postgres_store import PostgresStorage

    url = new_db()
    _store(url, corpus())
    runner = CliRunner()
    read: list[str] = []

    def outputs() -> list[Any]:
        out: list[Any] = []
        handle = kibaru.open(url)
        try:
            for scope in SCOPES:
                window = [a for k, v in scope.params().items() for a in (f"--{k}", v)]
                for speaker, about in QUERIES:
                    asked = [a for k, v in (("--speaker", speaker), ("--about", about)) if v for a in (k, v)]
                    variants = [[], ["--limit", "1"], ["--by-speaker"], ["--by-speaker", "--limit", "2"]]
                    # (every query in two scopes; the rankings for a few: a CLI run loads the KB, ~0.2 s)
                    for extra in variants[:(4 if (speaker, about) in QUERIES[::4] else 1) if scope != SCOPES[1] else 0]:
                        said = runner.invoke(app, ["quotes", "--db", url, "-f", "jsonl", *window, *asked, *extra])
                        assert said.exit_code == 0, said.output
                        out.append((said.stdout, said.stderr))
                    out.append(handle.quotes(speaker, about, **scope.params()))
        finally:
            handle.close()
        return out

    for cls in (DuckDBStorage, PostgresStorage):
        original = cls.iter_articles
        monkeypatch.setattr(cls, "iter_articles",
                            lambda self, *a, _o=original, **k: read.append("x") or _o(self, *a, **k))
    from_table = outputs()
    assert not read  # the quotes table answers: no article read
    assert sum(bool(o) for o in from_table if isinstance(o, list)) >= 20  # queries that find quotes
    monkeypatch.setattr(analytics, "has_quotes_table", lambda cur: False)  # a database older than v8
    assert outputs() == from_table
    assert read


def test_a_duckdb_store_draws_no_progress_bar_on_stdout(tmp_path: Any) -> None:
    """DuckDB drew its progress bar on stdout for a query over 2 s: inside `kibaru quotes -f jsonl`'s output when it
    read every article of 10,000 (ux24's benchmark found it). The store's connections turn it off."""
    for read_only in (False, True):
        storage = open_storage(str(tmp_path / "p.duckdb"), read_only=read_only)
        try:
            with storage.read_cursor() as cur:
                assert cur.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
        finally:
            storage.close()


# ----- an ``about`` name the KB does not know, in SQL (ux25; ux23's note, ux24's « left » 3) -------------------------

# Sentences written for this test (not news text).
ABOUT = ("Le ministre a dit : « Les Kel Tamasheq et le Kremlin parlent à Ouarzibou ». Il a ajouté : « Zzyx-Corp paiera "
         "la facture du Kremlin ». Puis : « Le colonel Kel Ansar viendra ». Enfin : « Rien sur Ouarzibou ici ».")


def _about_corpus() -> list[Article]:
    """Mentions of every kind an unknown ``about`` name meets: unlinked (« Kel Tamasheq », « Ouarzibou »), linked to an
    id this KB does not know (« Zzyx-Corp » as « org:zzyx-corp », another KB version), linked to a KB actor whose
    written name contains the needle but whose KB name does not (« Kremlin » written « Kremlin Ouarzibou »), a KB
    actor whose name contains it, and an id typed as the name (« org:zzyx-corp »)."""
    entities = [_entity(ABOUT, "Kel Tamasheq", "", "ORG"), _entity(ABOUT, "Kremlin", "org:kremlin", "ORG"),
                _entity(ABOUT, "Ouarzibou", "", "LOC"), _entity(ABOUT, "Zzyx-Corp", "org:zzyx-corp", "ORG"),
                _entity(ABOUT, "Kremlin", "org:kremlin", "ORG", after=ABOUT.index("facture")),
                _entity(ABOUT, "Kel Ansar", "", "PER"), _entity(ABOUT, "Ouarzibou", "", "LOC",
                                                                after=ABOUT.index("Rien"))]
    entities[1]["canonical"] = "Kremlin Ouarzibou"  # a linked actor is compared by its KB name, not as written
    entities[2]["kb_id"] = None
    quotes = [_quote(ABOUT, part, "le ministre", "", "dit") for part in (
        "Les Kel Tamasheq et le Kremlin parlent à Ouarzibou", "Zzyx-Corp paiera la facture du Kremlin",
        "Le colonel Kel Ansar viendra", "Rien sur Ouarzibou ici")]
    dated = Article(id="ab-1", source_path="tests/ab1.txt", content_hash="ab1", text=ABOUT, language="fr",
                    title="Kel", outlet="X", date="2024-05-01", entities=entities, quotes=quotes)
    copy = Article(id="ab-2", source_path="tests/ab2.txt", content_hash="ab2", text=ABOUT, language="fr",
                   title="Copie", outlet="Y", date=None, entities=[dict(e) for e in entities],
                   quotes=[dict(q) for q in quotes])
    return [dated, copy, *corpus()]


def test_an_about_name_the_kb_does_not_know_is_selected_in_sql(backend: str, new_db: Callable[[], str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """`/quotes?about=kel`, `/api/quotes`, `kibaru quotes --about` with a name the KB does not know: the quotes table
    narrowed the rows in SQL, then matched them in Python (``_QuoteQuery.findings``), so the database neither paged
    nor counted them. Now one EXISTS over the quote's mentions selects exactly ``ActorQuery.matches``'s quotes, on
    DuckDB and PostgreSQL: written, read back, and equal to the articles' answer."""
    url = new_db()
    _store(url, _about_corpus())

    def python_matching(self: Any) -> list[Any]:
        raise AssertionError("an about name matched in Python")

    storage = open_storage(url, read_only=True)
    try:
        with storage.read_cursor() as rc:
            cur = Cursor(rc, for_backend(backend))
            index = analytics._actor_index()
            wanted = {about: analytics._quotes_from_articles(cur, scope, speaker, about, index)
                      for about in ("kel", "ouarzibou", "zzyx", "org:zzyx-corp", "mosc", "kreml", "personne")
                      for scope in SCOPES for speaker in (None, "ministre")}
            monkeypatch.setattr(analytics._QuoteQuery, "findings", python_matching)
            for scope in SCOPES:
                for speaker in (None, "ministre"):
                    for about in ("kel", "ouarzibou", "zzyx", "org:zzyx-corp", "mosc", "kreml", "personne"):
                        want = analytics._quotes_from_articles(cur, scope, speaker, about, index)
                        assert analytics._QuoteQuery(cur, scope, speaker, about, index).exact, about
                        got, total = analytics.quote_page(cur, scope, speaker, about)
                        assert got == want and total == len(want), (scope, speaker, about)
                        page, total = analytics.quote_page(cur, scope, speaker, about, 1, 1)
                        assert page == want[1:2] and total == len(want), (scope, speaker, about)
                        assert analytics.speaker_ranking(cur, scope, speaker, about) == speaker_counts(want)
            kel, _ = analytics.quote_page(cur, analytics.Scope(), None, "kel")
            ouarzibou, _ = analytics.quote_page(cur, analytics.Scope(), None, "ouarzibou")
            zzyx, _ = analytics.quote_page(cur, analytics.Scope(), None, "org:zzyx-corp")
    finally:
        storage.close()
    assert wanted  # computed before the Python matching was forbidden
    # « Kel Tamasheq » and « Kel Ansar » (unlinked), in both copies
    assert [(f.article_id, [m.text for m in f.about]) for f in kel] == [
        ("ab-1", ["Kel Tamasheq"]), ("ab-1", ["Kel Ansar"]), ("ab-2", ["Kel Tamasheq"]), ("ab-2", ["Kel Ansar"])]
    # the written « Kremlin Ouarzibou » of a linked Kremlin is not « ouarzibou »: the KB's name is compared
    assert [[m.text for m in f.about] for f in ouarzibou] == [["Ouarzibou"], ["Ouarzibou"]] * 2
    assert [[m.text for m in f.about] for f in zzyx] == [["Zzyx-Corp"]] * 2  # the id as typed
