"""Names an analyst types that the knowledge base does not know (session 21, ux21).

`kibaru quotes --speaker Lavrow --about Mali` said « 0 quotes » and nothing else, and « le chef de la diplomatie
russe » (the README's own example of a name that resolves to Lavrov) found nothing either: a filter's value that
names no KB actor only matched as part of the written names. Now a role description finds its holders, and a name
the KB does not know gets one stderr line with the close KB names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kibaru.cli import app
from kibaru.export.actors import ActorIndex
from kibaru.model import Article
from kibaru.store import RunSummary, open_storage

runner = CliRunner()
TEXT = ("Le ministre russe des Affaires étrangères est arrivé à Bamako. La Russie continuera d'aider le Mali, "
        "a assuré M. Lavrov devant la presse.")


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("names") / "k.duckdb")
    quote = "La Russie continuera d'aider le Mali"
    start = TEXT.index(quote)
    mali = TEXT.index("Mali")
    storage = open_storage(path)
    run = storage.begin_run(["names"])
    storage.write_batch(run, [Article(
        id="a-lavrov", source_path="tests/lavrov.txt", content_hash="lv", text=TEXT, language="fr",
        outlet="Sahel Matin",
        date="2023-02-07", date_precision="day", title="Lavrov à Bamako",
        entities=[{"text": "Mali", "label": "LOC", "start": mali, "end": mali + 4, "canonical": "Mali",
                   "kb_id": "gpe:mali"}],
        quotes=[{"text": quote, "start": start, "end": start + len(quote), "speaker": "M. Lavrov",
                 "speaker_kb_id": "per:sergei-lavrov", "cue": "assurer", "direct": False}],
    )], [b""], [])
    storage.finish_run(run, RunSummary())
    storage.close()
    return path


def test_a_role_description_names_its_holders(index: ActorIndex) -> None:
    assert "per:sergei-lavrov" in index.named("le chef de la diplomatie russe")
    assert index.named("Lavrov") == {"per:sergei-lavrov"}  # a name the KB knows: as before
    assert index.named("Atlantide") == frozenset()


@pytest.mark.parametrize(("typed", "expected"), [
    ("Lavrow", "per:sergei-lavrov"), ("Lavrof", "per:sergei-lavrov"), ("Prigojin", "per:yevgeny-prigozhin"),
    ("Poutin", "per:vladimir-putin"), ("Wagnr", "grp:wagner"),
])
def test_close_names_suggest_the_kb_actor(index: ActorIndex, typed: str, expected: str) -> None:
    assert index.close_names(typed)[0].id == expected


def test_notes_only_for_unknown_names(index: ActorIndex) -> None:
    assert index.unknown_name_note("Lavrov", "--speaker") is None
    assert index.unknown_name_note("le chef de la diplomatie russe", "--speaker") is None
    note = index.unknown_name_note("Lavrow", "--speaker")
    assert note is not None and "« Lavrow »" in note and "per:sergei-lavrov" in note
    bare = index.unknown_name_note("Xyzzyq", "--actor")
    assert bare is not None and "did you mean" not in bare


def test_cli_quotes_of_a_role_holder(db: str) -> None:
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "le chef de la diplomatie russe",
                                 "--about", "Mali", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [f["article_id"] for f in found] == ["a-lavrov"]
    assert "note:" not in result.stderr


def test_cli_misspelt_speaker_is_told_the_close_name(db: str) -> None:
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Lavrow", "--about", "Mali"])
    assert result.exit_code == 0, result.output
    assert "0 quotes" in result.stderr
    assert "« Lavrow » is no name the knowledge base knows" in result.stderr
    assert "Sergueï Lavrov" in result.stderr and "per:sergei-lavrov" in result.stderr
    assert "note" not in result.stdout  # stdout stays a clean table


@pytest.mark.parametrize("command", [["articles"], ["events"], ["timeline"]])
def test_cli_misspelt_actor_is_told_the_close_name(db: str, command: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, [*command, "--db", db, "--actor", "Lavrow"])
    assert result.exit_code == 0, result.output
    assert "--actor « Lavrow »" in result.stderr and "per:sergei-lavrov" in result.stderr


@pytest.mark.parametrize("command", [["events"], ["timeline"]])
def test_event_filters_read_the_kb_once(db: str, command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``--actor`` with ``--place``: the note and both filters share one ``ActorIndex`` (each reads the whole KB)."""
    import kibaru.export.actors as actors

    built: list[ActorIndex] = []

    class Counted(ActorIndex):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            built.append(self)

    monkeypatch.setattr(actors, "ActorIndex", Counted)
    result = runner.invoke(app, [*command, "--db", db, "--actor", "Lavrow", "--place", "Mali"])
    assert result.exit_code == 0, result.output
    assert "--actor « Lavrow »" in result.stderr
    assert len(built) == 1
