"""The command line reads only what a group filter needs (ux25, analyst round: `kibaru articles|export --actor
group:russia` decoded every stored article whole to keep one in seven; `kibaru events` and `kibaru timeline` decoded
text, entities and quotes to read the events). The answers stay exactly what the full reads gave, on DuckDB and
PostgreSQL.

Sentences written for these tests (not news text): the articles of ``test_actor_groups``.
"""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from kibaru import cli
from kibaru.export import select as select_module
from kibaru.store.rows import ACTOR_NAMES, ACTOR_VALUES
from test_actor_groups import _stored

runner = CliRunner()
# Actor filters: groups and KB ids narrow the read through the actor facets; a name (« Russie », « Patrouchev »,
# compared with unlinked mentions' written names too) through the actor and name facets (schema v9, session 25).
ACTORS = ["group:russia", "group:france", "group:un", "per:nikolai-patrushev", "Q159", "org:kremlin", "gpe:russia",
          "Russie", "Patrouchev", "grp:wagner"]
NARROWED = {"group:russia", "group:france", "group:un", "per:nikolai-patrushev", "Q159", "org:kremlin", "gpe:russia",
            "grp:wagner"}


def _run(*args: str) -> tuple[str, str]:
    done = runner.invoke(cli.app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout, done.stderr


def test_articles_and_exports_selected_by_an_actor_read_only_its_articles(
        backend: str, new_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _stored(new_db())
    reads: list[tuple[dict[str, Any], int]] = []
    monkeypatch.setattr(cli, "storage_session", _counted_session(cli.storage_session, reads))
    narrow: dict[tuple[str, str], tuple[str, str]] = {}
    for actor in ACTORS:
        for command in ("articles", "export"):
            reads.clear()
            narrow[(command, actor)] = _run(command, "--db", db, "--actor", actor)
            if command == "articles":  # its matching pass reads a few columns by a cursor (next test)
                continue
            if actor in NARROWED:  # read: only the articles naming a member / the actor (7 are stored)
                assert reads and all(ACTOR_VALUES in where for where, _ in reads), (actor, reads)
                assert sum(n for _, n in reads) <= 5, (actor, reads)
            else:
                assert reads and all(ACTOR_NAMES in where for where, _ in reads), (actor, reads)
    # The same answers as the full read of every article (before ux25: no facet values; before v9: no name facet).
    monkeypatch.setattr(select_module.Selection, "actor_facet_values", lambda self: None)
    monkeypatch.setattr(select_module.Selection, "actor_name_values", lambda self: None)
    for (command, actor), answer in narrow.items():
        assert _run(command, "--db", db, "--actor", actor) == answer, (command, actor)
    assert "Titre g-patrushev-then" in narrow[("articles", "group:russia")][0]
    assert "g-patrushev-later" not in narrow[("articles", "group:russia")][0]


def test_articles_lists_what_the_full_read_lists(backend: str, new_db: Any) -> None:
    """`kibaru articles` with filters on the mentions, the credit, the period and the outlet reads the matching columns
    of the candidates, then the listed columns of the listed ones (``cli._newest_matching``): the lines and the count
    of ``select()``'s full read, newest first, the later match first among equal dates."""
    from kibaru.export.select import Selection, select
    from kibaru.store import open_storage

    db = _stored(new_db())
    storage = open_storage(db, read_only=True)
    try:
        for actor, since, limit in [("group:russia", None, 20), ("group:russia", None, 2), ("Russie", None, 20),
                                    ("Patrouchev", "2024", 20), ("org:kremlin", None, 0), ("Mali", None, 3),
                                    ("personne", None, 5)]:
            selection = Selection(actor=actor, since=since)
            found = list(select(storage, selection))
            order = sorted(range(len(found)), key=lambda i: (bool(found[i].date), found[i].date or "", i),
                           reverse=True)
            want = [cli._listed_row(found[i]) for i in order[:limit]]
            assert cli._newest_matching(storage, Selection(actor=actor, since=since), limit) == (want, len(found))
    finally:
        storage.close()


def _counted_session(session: Any, reads: list[tuple[dict[str, Any], int]]) -> Any:
    """``cli.storage_session`` whose storage counts the articles each ``iter_articles`` call yields, and its where."""
    import contextlib

    @contextlib.contextmanager
    def counted(db: Any, *, read_only: bool = False) -> Any:
        with session(db, read_only=read_only) as storage:
            real = storage.iter_articles

            def iterate(*, where: Any = None, **kwargs: Any) -> Any:
                n = 0
                for article in real(where=where, **kwargs):
                    n += 1
                    yield article
                reads.append((dict(where or {}), n))

            storage.iter_articles = iterate
            yield storage

    return counted


def test_events_and_timeline_read_only_the_events(backend: str, new_db: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = _stored(new_db())
    commands = [("events", "--actor", "group:russia", "-f", "jsonl"), ("events", "-f", "csv"),
                ("events", "--actor", "Russie", "--limit", "2"), ("timeline", "--actor", "group:russia", "-f", "jsonl"),
                ("timeline", "-f", "csv"), ("timeline", "--type", "troop_deployment")]
    narrow = {c: _run(*c, "--db", db) for c in commands}

    def whole(storage: Any) -> Any:  # as before ux25: every article read whole, those without events too
        return storage.iter_articles()

    monkeypatch.setattr(cli, "_event_articles", whole)
    for command in commands:
        assert _run(*command, "--db", db) == narrow[command], command
    assert '"article_id": "g-moscou"' in narrow[commands[0]][0]


def test_a_quote_findings_dict_is_what_dataclasses_asdict_gives() -> None:
    """``QuoteFinding.to_dict`` is written out (asdict was half of `kibaru quotes -f jsonl`'s time): the same dict,
    keys in field order, ``about`` a tuple of dicts — also for a field added later (the keys are the fields)."""
    from dataclasses import asdict, fields

    from kibaru.analyse.quotes import Mention, QuoteFinding

    full = QuoteFinding(article_id="a", outlet="X", date="2024-01-02", title="T", start=3, end=9, text="« oui »",
                        speaker="M. Lavrov", speaker_actor_id="per:sergei-lavrov", speaker_name="Sergueï Lavrov",
                        cue="a dit", direct=True, about=(Mention("France", "gpe:france", 4, 10),
                                                         Mention("Mali", None, 12, 16)))
    bare = QuoteFinding(article_id="b", outlet=None, date=None, title=None, start=None, end=None, text="",
                        speaker=None, speaker_actor_id=None, speaker_name=None, cue=None, direct=None)
    for finding in (full, bare):
        assert finding.to_dict() == asdict(finding)
        assert list(finding.to_dict()) == [f.name for f in fields(QuoteFinding)]
        assert isinstance(finding.to_dict()["about"], tuple)
