"""User-facing edges (branch ux19): bad options, bad configuration and hostile URL parameters get a clear message
or a 4xx, never a traceback or a 500. Library code raises domain errors; the CLI and the HTTP app translate them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kibaru.cli import app
from kibaru.config import load_config
from kibaru.errors import ConfigError
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.model import Article
from kibaru.store import open_storage

runner = CliRunner()

# Written for these tests (not news text): long enough to pass the length gate.
PARAGRAPH = ("Le conseil municipal de la commune a voté mardi un budget pour réparer le marché couvert, "
             "après deux années de discussions entre les commerçants et la mairie.")


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("edges")
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"page{n}.txt").write_text(f"Titre numéro {n}\n\n{PARAGRAPH[n:]} Fin {n}.\n",
                                             encoding="utf-8")
    db = str(root / "kibaru.duckdb")
    storage = open_storage(db)
    try:
        ingest([corpus], storage, IngestOptions(components=()))
    finally:
        storage.close()
    return db


# ----- configuration ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "message"), [
    ("[enrich]\ncomponents = 5\n", r"\[enrich\] components must be a list of strings, got 5"),
    ('[enrich]\ncomponents = ["entities", 3]\n', r"\[enrich\] components must be a list of strings"),
    ('[ingest]\nbatch_size = "big"\n', r"\[ingest\] batch_size must be an integer, got 'big'"),
    ("[ingest]\nrepetition_prepass = 1\n", r"\[ingest\] repetition_prepass must be a boolean"),
    ("[ingest]\nbatch_size = 0\n", r"\[ingest\] batch_size must be at least 1"),
    ("enrich = 3\n", r"\[enrich\] must be a table, got an integer"),
])
def test_config_of_the_wrong_type_is_a_config_error_naming_file_and_key(tmp_path: Path, content: str,
                                                                        message: str) -> None:
    """``components = 5`` reached `tuple(5)` and stopped `kibaru status --config` with an internal error."""
    path = tmp_path / "wrong.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_config([path])
    assert str(path) in str(info.value)


def test_config_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b"[ingest]\n# r\xe9glages\n")
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load_config([path])


def test_config_with_right_types_and_unknown_keys_still_loads(tmp_path: Path) -> None:
    """Keys the defaults do not list (``[kb] extra``, a component's own settings) are left to their readers."""
    path = tmp_path / "ok.toml"
    path.write_text('[enrich]\ncomponents = []\nkb_path = "kb"\n[kb]\nextra = []\n[ingest]\nbatch_size = 10\n',
                    encoding="utf-8")
    config = load_config([path])
    assert config["enrich"]["components"] == [] and config["ingest"]["batch_size"] == 10


def test_cli_wrong_config_type_is_one_message(tmp_path: Path, small_db: str) -> None:
    path = tmp_path / "wrong.toml"
    path.write_text("[enrich]\ncomponents = 5\n", encoding="utf-8")
    result = runner.invoke(app, ["status", "--db", small_db, "--config", str(path)])
    assert isinstance(result.exception, ConfigError)  # main() prints it as "error: …", exit 1


# ----- huge offsets and limits --------------------------------------------------------------------------------


def test_store_search_with_a_huge_offset_or_limit_is_an_empty_page(small_db: str) -> None:
    """An offset past BIGINT failed inside DuckDB (integer overflow) instead of giving an empty page."""
    storage = open_storage(small_db, read_only=True)
    try:
        assert storage.search("budget", offset=10**20).hits == []
        assert storage.search("budget", limit=10**20).hits == storage.search("budget").hits != []
    finally:
        storage.close()


def test_cli_search_refuses_an_offset_past_the_cap(small_db: str) -> None:
    result = runner.invoke(app, ["search", "--db", small_db, "budget", "--offset", str(10**20)])
    assert result.exit_code == 2 and "--offset" in result.output


@pytest.fixture(scope="module")
def client(small_db: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    with TestClient(create_app(small_db), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("route", ["/api/articles", "/api/clusters", "/api/events", "/api/quotes", "/search",
                                   "/timeline"])
def test_huge_offset_is_a_422_not_a_500(client: object, route: str) -> None:
    response = client.get(route, params={"offset": str(10**20)})  # type: ignore[attr-defined]
    assert response.status_code == 422, response.text[:200]
    assert "offset" in response.text


def test_library_search_clamps_a_huge_offset(small_db: str) -> None:
    from kibaru.serve import dialect, queries
    from kibaru.serve.dialect import Cursor

    storage = open_storage(small_db, read_only=True)
    try:
        with storage.read_cursor() as raw:
            cur = Cursor(raw, dialect.for_backend("duckdb"))
            page = queries.search(cur, queries.Filters(), 20, 10**20, indexed=True)
            assert page.items == [] and page.total == 3
            assert queries.clusters(cur, 20, 10**20, min_size=10**20) == []
    finally:
        storage.close()


# Values a user or a crawler may type into any parameter: SQL and HTML metacharacters, FTS syntax, huge
# numbers, impossible dates, long strings.
_HOSTILE = st.one_of(
    st.sampled_from(["", "-1", "0", str(10**20), "2024-13-45", "2024-02-30", "' OR 1=1 --", '"', "a\"b", "*",
                     "(", "NEAR(", "a AND", "-", "%", "_", "\\", "<script>alert(1)</script>", "é" * 3000,
                     "PER,ORG,", "true", "NaN"]),
    st.text(max_size=40),
)
_ROUTES = ["/api/articles", "/api/clusters", "/api/actors", "/api/events", "/api/quotes", "/api/narratives",
           "/api/narratives/prevalence", "/", "/search", "/search/facets", "/actors", "/narratives", "/timeline",
           "/network", "/articles/x", "/actors/x", "/narratives/x", "/api/articles/x"]
_PARAMS = ["q", "outlet", "since", "until", "actor", "coactor", "narrative", "voice", "event_type", "technique",
           "sort", "limit", "offset", "min_size", "kind", "type", "place", "disagree", "speaker", "about", "by",
           "nodes", "kinds", "min_weight", "no_outlet"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(_ROUTES), params=st.dictionaries(st.sampled_from(_PARAMS), _HOSTILE, max_size=3),
       page=st.booleans())
def test_any_parameter_gets_a_4xx_or_a_200_never_a_500(client: object, route: str, params: dict[str, str],
                                                       page: bool) -> None:
    accept = "text/html" if page else "application/json"
    response = client.get(route, params=params, headers={"accept": accept})  # type: ignore[attr-defined]
    assert response.status_code < 500, (route, params, response.text[:300])
    assert "Traceback" not in response.text
    if "text/html" in response.headers.get("content-type", ""):
        assert "<script>alert(1)</script>" not in response.text


def test_article_record_is_the_small_db(small_db: str) -> None:
    """The fixture holds what the tests above assume (three articles, none in a cluster of two)."""
    storage = open_storage(small_db, read_only=True)
    try:
        articles: list[Article] = list(storage.iter_articles())
    finally:
        storage.close()
    assert len(articles) == 3


# ----- outputs that cannot be written -------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["-o", "{missing}/out.jsonl"],
    ["-f", "csv", "-o", "{missing}/out.csv"],
    ["-f", "parquet", "-o", "{missing}/out.parquet"],
    ["-f", "stix", "-o", "{missing}/out.json"],
    ["-f", "graphml", "-o", "{missing}/out.graphml"],
    ["-f", "csv", "--table", "entities", "-o", "{missing}/out.csv"],
    ["-o", "{folder}"],
])
def test_export_to_an_unwritable_path_is_an_output_error(tmp_path: Path, small_db: str, args: list[str]) -> None:
    """A missing folder or a directory as -o ended as `internal error: FileNotFoundError` (exit 70)."""
    from kibaru.errors import OutputError

    given = [a.format(missing=tmp_path / "no" / "such", folder=tmp_path) for a in args]
    result = runner.invoke(app, ["export", "--db", small_db, *given])
    assert isinstance(result.exception, OutputError), result.exception
    assert given[-1] in str(result.exception) and "cannot write" in str(result.exception)


def test_report_and_annotations_to_a_missing_folder_are_output_errors(tmp_path: Path, small_db: str) -> None:
    from kibaru.errors import OutputError

    target = tmp_path / "no" / "such"
    for args in (["report", "--db", small_db, "-o", str(target / "r.html")],
                 ["annotations", "export", "--db", small_db, "-o", str(target / "t.json")]):
        result = runner.invoke(app, args)
        assert isinstance(result.exception, OutputError), (args, result.exception)


# ----- acled --window ------------------------------------------------------------------------------------------


def test_acled_window_past_ten_years_is_a_config_error() -> None:
    """`kibaru acled --window 99999999999` ended as `internal error: OverflowError` (date arithmetic)."""
    from kibaru.analyse.acled import MAX_WINDOW_DAYS, match_events

    with pytest.raises(ConfigError, match="date window"):
        match_events([], [], window_days=10**11)
    with pytest.raises(ConfigError, match="date window"):
        match_events([], [], window_days=-1)
    assert match_events([], [], window_days=MAX_WINDOW_DAYS).matches == []


def test_acled_window_stops_at_the_first_and_last_dates() -> None:
    from datetime import date

    from kibaru.analyse.acled import _shift

    assert _shift(date(1, 1, 2), -3660) == date.min
    assert _shift(date(9999, 12, 1), 3660) == date.max
    assert _shift(date(2024, 3, 1), -1) == date(2024, 2, 29)


def test_kb_extra_file_that_is_not_utf8_is_a_kibaru_error(tmp_path: Path) -> None:
    """A `[kb] extra` file saved in Latin-1 ended `kibaru ingest` as `internal error: UnicodeDecodeError`."""
    from kibaru.errors import KibaruError
    from kibaru.kb import KnowledgeBase

    path = tmp_path / "mine.yaml"
    path.write_bytes("- id: loc:dabakoro\n  name: Dabakoro\n  aliases: [march\xe9]\n".encode("latin-1"))
    with pytest.raises(KibaruError, match=r"mine\.yaml: cannot read"):
        KnowledgeBase.load(extra=(path,))


# ----- scraped text on a terminal ------------------------------------------------------------------------------


def test_listings_never_send_terminal_control_sequences(capsys: pytest.CaptureFixture[str]) -> None:
    """A scraped title with ESC (colour, window title) or a bidi override reached the terminal as is."""
    from kibaru.commands.common import cells, print_rows

    hostile = "Titre \x1b[31mrouge\x1b]0;pwned\x07 \u202eesrever\u202c fin"
    print_rows(("title",), [(hostile,)])
    shown = capsys.readouterr().out
    assert "\x1b" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert "rouge" in shown and "fin" in shown  # the text itself stays
    (cell,) = cells(hostile)
    assert "\x1b" not in cell.plain and "\u202e" not in cell.plain


# ----- malformed gold -----------------------------------------------------------------------------------------


def test_narrative_gold_with_wrong_shapes_skips_the_record_and_keeps_the_good_ones(tmp_path: Path) -> None:
    """`"narratives": {...}` (an object, not a list) stopped `kibaru train narratives` with AttributeError."""
    import json

    from kibaru.analyse.narrative_eval import load_gold

    good = {"text": PARAGRAPH, "narratives": [{"id": "france-neocolonial", "evidence": [{"start": 0, "end": 9}]}]}
    lines = [json.dumps(good), json.dumps({"text": PARAGRAPH, "narratives": {"france-neocolonial": 1}}),
             json.dumps({"text": PARAGRAPH, "narratives": ["france-neocolonial"]})]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = load_gold(path)
    assert len(articles) == 1 and articles[0].narratives[0]["id"] == "france-neocolonial"
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:2", f"{path}:3"]
    assert all("malformed record" in p for p in problems)


def test_narrative_gold_that_is_not_utf8_is_rejected_by_name(tmp_path: Path) -> None:
    from kibaru.analyse.narrative_eval import load_gold
    from kibaru.errors import InputRejected

    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\xff\xfe{\x00")
    with pytest.raises(InputRejected, match="not UTF-8"):
        load_gold(path)


def test_annotations_import_of_a_binary_file_is_one_message(tmp_path: Path) -> None:
    """A file that is not UTF-8 ended `kibaru annotations import` as `internal error: UnicodeDecodeError`."""
    path = tmp_path / "export.json"
    path.write_bytes(b"\xff\xfe[\x00]\x00")
    result = runner.invoke(app, ["annotations", "import", str(path), "-o", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 1 and result.exception is not None and isinstance(result.exception, SystemExit)
    assert "cannot read a JSON export" in result.output


def test_annotations_export_refuses_a_negative_limit(tmp_path: Path, small_db: str) -> None:
    """`--limit -5` wrote one task (the loop stopped at the first article) instead of refusing the value."""
    result = runner.invoke(app, ["annotations", "export", "--db", small_db, "-o", str(tmp_path / "t.json"),
                                 "--limit", "-5"])
    assert result.exit_code == 2 and "--limit" in result.output
    assert not (tmp_path / "t.json").exists()


@pytest.mark.parametrize("port", ["-5", "0", "70000"])
def test_serve_refuses_a_port_out_of_range_before_starting(small_db: str, port: str) -> None:
    """`kibaru serve --port -5` printed uvicorn's traceback and `internal error: OverflowError`."""
    result = runner.invoke(app, ["serve", "--db", small_db, "--port", port])
    assert result.exit_code == 2 and "--port" in result.output


def test_a_database_from_a_newer_kibaru_is_read_with_a_warning_and_never_written(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from kibaru.errors import StorageError
    from kibaru.store.migrations import migrations_for

    db = str(tmp_path / "newer.duckdb")
    storage = open_storage(db)
    newer = max(m.version for m in migrations_for("duckdb")) + 1
    storage.con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())", [newer])  # type: ignore[attr-defined]
    storage.close()
    with pytest.raises(StorageError, match=f"schema version {newer}, newer than this kibaru"):
        open_storage(db)
    with caplog.at_level("WARNING", logger="kibaru.store"):
        reader = open_storage(db, read_only=True)
    reader.close()
    assert "reading it anyway" in caplog.text


def test_broken_links_and_pipes_in_an_input_folder_are_rejections_naming_them(tmp_path: Path) -> None:
    import os

    from kibaru.ingest.discover import iter_documents
    from kibaru.model import Rejection

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Titre\n\n" + "Une phrase d'article assez longue pour être gardée. " * 4,
                                  encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    found = list(iter_documents([folder]))
    rejected = {Path(r.where).name: r.reason for r in found if isinstance(r, Rejection)}
    assert set(rejected) == {"gone.txt", "pipe.txt"}  # a hidden file is still skipped quietly
    assert "broken symbolic link" in rejected["gone.txt"] and "not a regular file" in rejected["pipe.txt"]
    assert [d.source_path for d in found if not isinstance(d, Rejection)] == [str(folder / "a.txt")]
    # the text-dump pre-pass (kinds given) reports nothing: the full pass does, once
    assert not [r for r in iter_documents([folder], frozenset({"text"})) if isinstance(r, Rejection)]


def test_an_unknown_config_key_or_table_is_named_in_a_warning_with_its_likely_typo(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "typo.toml"
    path.write_text("[ingest]\nboilerplate_word_vector = false\nmy_own_key = 1\n[evnets]\ndetector = false\n"
                    "[spark]\nx = 1\n[enrich]\nkb_path = 'kb.yaml'\n[kb]\nextra = []\n[narratives]\nmodel = 'm'\n",
                    encoding="utf-8")
    with caplog.at_level("WARNING", logger="kibaru.config"):
        config = load_config([path])
    said = caplog.text
    assert "[ingest] boilerplate_word_vector is ignored; did you mean boilerplate_word_vectors?" in said
    assert "unknown table [evnets] is ignored; did you mean [events]?" in said
    assert "unknown key [ingest] my_own_key is ignored\n" in said + "\n"  # like no known key: no suggestion
    assert "unknown table [spark] is ignored\n" in said + "\n"
    assert not any(k in said for k in ("kb_path", "extra", "model"))  # read by components, no default: known
    assert config["ingest"]["boilerplate_word_vectors"] is True and config["events"]["detector"] is True
