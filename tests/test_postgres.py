"""What only the PostgreSQL backend has: concurrent writers and readers, French search, the CLI on a URL.

Every test runs against a real PostgreSQL server started from Debian's binaries (``pg_cluster`` in
conftest.py); the suite shared with DuckDB is test_store.py.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kibaru.cli import app
from kibaru.errors import StorageError
from kibaru.model import Article
from kibaru.store import RunSummary, open_storage
from kibaru.store.migrations import migrations_for
from kibaru.store.pg_local import LocalCluster
from kibaru.store.postgres_store import PostgresStorage, qmark_to_pyformat, redact

psycopg = pytest.importorskip("psycopg", reason="PostgreSQL NOT TESTED: psycopg missing (pip install -e '.[dev]')")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "corpus"
runner = CliRunner()


@pytest.fixture
def pg_url(pg_cluster: LocalCluster) -> str:
    return pg_cluster.create_database()


def _article(i: int, text: str | None = None, **fields: Any) -> Article:
    return Article(id=f"a{i:04d}", source_path=f"f{i}.txt", text=text or f"Article numéro {i} sur Gao.",
                   content_hash=f"h{i}", **fields)


def test_password_never_shown() -> None:
    assert redact("postgresql://ana:s3cr%40t@db.example:5432/kibaru") == "postgresql://ana:***@db.example:5432/kibaru"
    assert redact("postgres://ana@/kibaru?host=/tmp") == "postgres://ana@/kibaru?host=/tmp"


def test_qmark_translation_leaves_quoted_text_alone() -> None:
    assert qmark_to_pyformat("SELECT '?', \"a?\" FROM t WHERE x = ? AND y LIKE 'a%'") == (
        "SELECT '?', \"a?\" FROM t WHERE x = %s AND y LIKE 'a%%'"
    )


def test_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    url = f"postgresql://nobody@/kibaru?host={tmp_path}&port=1"
    proc = subprocess.run(
        [sys.executable, "-c", "from kibaru.cli import main; main()", "status", "--db", url],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert proc.returncode == 1
    assert "cannot connect to PostgreSQL" in proc.stderr and "Traceback" not in proc.stderr


def test_nul_is_stored_as_a_replacement_character(pg_url: str) -> None:
    storage = open_storage(pg_url)
    run = storage.begin_run(["nul"])
    storage.write_batch(run, [_article(1, "avant\x00après", title="t\x00")], [b"\x00\x01"], [])
    stored = storage.get_article("a0001")
    assert stored is not None and stored.text == "avant\ufffdaprès" and stored.title == "t\ufffd"
    assert len(stored.text) == len("avant\x00après")  # offsets into the text still hold
    assert [s.signature for s in storage.signatures()] == [b"\x00\x01"]  # BYTEA keeps every byte
    storage.close()


def test_read_only_storage_refuses_writes(pg_url: str) -> None:
    open_storage(pg_url).close()  # migrate
    reader = open_storage(pg_url, read_only=True)
    with pytest.raises(StorageError, match="read-only"):
        reader.begin_run(["x"])
    reader.close()


def test_concurrent_first_connections_migrate_once(pg_url: str) -> None:
    versions: list[int] = []
    errors: list[BaseException] = []

    def connect() -> None:
        try:
            storage = open_storage(pg_url)
            versions.append(storage.schema_version())
            storage.close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=connect) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    latest = max(m.version for m in migrations_for("postgres"))
    assert versions == [latest] * 4
    storage = open_storage(pg_url, read_only=True)
    with storage.read_cursor() as cur:
        assert cur.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [
            (m.version,) for m in migrations_for("postgres")
        ]
    storage.close()


def test_readers_never_wait_for_a_batch_in_flight(pg_url: str) -> None:
    """MVCC: while a writer holds a batch open, readers see the last committed state, at once."""
    writer = open_storage(pg_url)
    run = writer.begin_run(["w"])
    writer.write_batch(run, [_article(1)], [b"s"], [])
    reader = open_storage(pg_url, read_only=True)
    with psycopg.connect(pg_url) as raw:  # a batch in flight: inserted, not committed
        raw.execute("SET lock_timeout = '5s'")
        raw.execute("INSERT INTO articles (id, content_hash, text, boilerplate, first_run, last_run) "
                    "VALUES ('a0002', 'h', 'Un article de plus sur Gao.', '[]', 1, 1)")
        raw.execute("UPDATE articles SET title = 'changé' WHERE id = 'a0001'")
        reader.con.execute("SET statement_timeout = '5s'")  # type: ignore[attr-defined]  # a wait would fail
        assert reader.count_articles() == 1
        assert reader.search("gao").total == 1
        first = reader.get_article("a0001")
        assert first is not None and first.title is None
        raw.commit()
    assert reader.count_articles() == 2
    with reader.read_cursor() as cur:
        assert cur.execute("SELECT title FROM articles WHERE id = ?", ["a0001"]).fetchone() == ("changé",)
    reader.close()
    writer.close()


def test_read_cursor_is_one_snapshot(pg_url: str) -> None:
    storage = open_storage(pg_url)
    run = storage.begin_run(["s"])
    storage.write_batch(run, [_article(1)], [b"s"], [])
    with storage.read_cursor() as cur:
        assert cur.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        storage.write_batch(run, [_article(2)], [b"s"], [])  # committed meanwhile by the writer
        assert cur.execute("SELECT count(*) FROM articles").fetchone() == (1,)  # a page and its total agree
    with storage.read_cursor() as cur:
        assert cur.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    storage.close()


def test_many_threads_read_while_one_writes(pg_url: str) -> None:
    """Analysts' request threads read through the pool while an ingest commits batches of 10."""
    storage = open_storage(pg_url)
    run = storage.begin_run(["w"])
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            while not done.is_set():
                with storage.read_cursor() as cur:
                    row = cur.execute("SELECT count(*) FROM articles").fetchone()
                    seen.append(int(row[0]) if row else -1)
        except BaseException as exc:  # reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(4)]
    for t in readers:
        t.start()
    writer = open_storage(pg_url)
    for batch in range(20):
        articles = [_article(batch * 10 + i) for i in range(10)]
        writer.write_batch(run, articles, [b"s"] * 10, [])
    done.set()
    for t in readers:
        t.join()
    assert errors == []
    assert seen and all(n % 10 == 0 for n in seen)  # only whole batches are ever visible
    assert storage.count_articles() == 200
    writer.close()
    storage.close()


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import open_storage

    storage = open_storage(sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()  # both start together
    summary = ingest([Path(p) for p in sys.argv[1].split(",")], storage, IngestOptions(batch_size=7))
    print(summary.new + summary.unchanged + summary.updated, flush=True)
    storage.close()
    """
)


WORDS = ("conseil", "région", "budget", "projet", "route", "école", "puits", "marché", "élus", "réunion", "vote",
         "dossier", "maire", "préfet", "commune", "village", "récolte", "pluie", "saison", "crédit", "banque")


def _folder(root: Path, name: str, numbers: range) -> Path:
    """Distinct short articles; document i is the same in every folder (no line repeats, so no boilerplate)."""
    folder = root / name
    folder.mkdir()
    for i in numbers:
        rng = random.Random(i)
        (folder / f"doc{i:03d}.txt").write_text(
            f"Le dossier numéro {i} : " + " ".join(rng.choice(WORDS) for _ in range(16)) + ".\n\n"
            "Selon le compte rendu, les " + " ".join(rng.choice(WORDS) for _ in range(16)) + " restent en suspens.\n",
            encoding="utf-8",
        )
    return folder


def test_two_concurrent_ingests_store_every_article_once(tmp_path: Path, pg_url: str) -> None:
    """Two processes ingest at the same time: the same folder (same ids) and, for the second, one more."""
    shared = _folder(tmp_path, "shared", range(0, 60))
    extra = _folder(tmp_path, "extra", range(60, 90))
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    children = [
        subprocess.Popen([sys.executable, "-c", CHILD, inputs, pg_url], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, env=env)
        for inputs in (str(shared), f"{shared},{extra}")
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [child.communicate(timeout=300)[0].split() for child in children]
    assert [child.returncode for child in children] == [0, 0]
    assert [r[-1] for r in results] == ["60", "90"]  # each stored (or found) all its articles
    storage = open_storage(pg_url, read_only=True)
    with storage.read_cursor() as cur:
        ids, seqs = zip(*cur.execute("SELECT id, ingest_seq FROM articles").fetchall(), strict=True)
        texts = dict(cur.execute("SELECT source_path, text FROM articles").fetchall())
        statuses = [r[0] for r in cur.execute("SELECT status FROM runs").fetchall()]
        overlapped = cur.execute("SELECT max(started_at) < min(finished_at) FROM runs").fetchone()
    assert len(ids) == len(set(ids)) == 90
    assert len(set(seqs)) == 90
    assert all(f"numéro {int(Path(path).name[3:6])} " in text for path, text in texts.items())
    assert statuses == ["ok", "ok"]
    assert overlapped == (True,)  # the two runs really ran at the same time
    storage.close()


def test_interrupted_runs_are_recognised_by_their_free_lock(pg_url: str) -> None:
    a = open_storage(pg_url)
    b = open_storage(pg_url)
    run_a = a.begin_run(["a"])
    run_b = b.begin_run(["b"])  # a is alive: its run stays "running"
    assert [r["status"] for r in b.status()["runs"]] == ["running", "running"]
    a.close()  # as if its process died: the session's lock goes with it
    c = open_storage(pg_url)
    deadline = 50
    while deadline and any(r["run_id"] == run_a and r["status"] == "running" for r in c.status()["runs"]):
        c.finish_run(c.begin_run(["c"]), RunSummary())  # each new run looks for dead ones
        deadline -= 1
    status = {r["run_id"]: r["status"] for r in c.status()["runs"]}
    assert status[run_a] == "interrupted" and status[run_b] == "running"
    b.finish_run(run_b, RunSummary())
    assert {r["run_id"]: r["status"] for r in c.status()["runs"]}[run_b] == "ok"
    b.close()
    c.close()


def test_french_search_stems_and_uses_its_index(pg_url: str) -> None:
    storage = open_storage(pg_url)
    run = storage.begin_run(["s"])
    storage.write_batch(run, [
        _article(1, "Des manifestants ont défilé à Ménaka contre la présence française."),
        _article(2, "Les Forces armées maliennes ont repris Kidal."),
        _article(3, "Wagner et les forces maliennes à Moura."),
    ], [b"s"] * 3, [])
    assert {h.id for h in storage.search("manifestations").hits} == {"a0001"}  # French stems
    assert {h.id for h in storage.search("menaka").hits} == {"a0001"}
    assert {h.id for h in storage.search('"armées maliennes"').hits} == {"a0002"}  # a phrase
    assert {h.id for h in storage.search("maliennes -wagner").hits} == {"a0002"}  # an exclusion
    assert isinstance(storage, PostgresStorage)
    with storage.con.transaction():
        storage.con.execute("SET LOCAL enable_seqscan = off")
        plan = " ".join(r[0] for r in storage.con.execute(
            "EXPLAIN SELECT id FROM articles WHERE search @@ websearch_to_tsquery('french_unaccent', %s)", ("mali",)
        ).fetchall())
    assert "articles_search_idx" in plan
    storage.close()


def test_cli_on_postgres_gives_what_duckdb_gives(tmp_path: Path, pg_url: str) -> None:
    """ingest, re-ingest, status, articles and export through the command, on a URL and on a file."""
    exports: dict[str, list[dict[str, Any]]] = {}
    for name, db in (("postgres", pg_url), ("duckdb", str(tmp_path / "k.duckdb"))):
        result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db, "--no-nlp", "--quiet"])
        assert result.exit_code == 0, result.output
        again = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db, "--no-nlp", "--quiet"])
        assert again.exit_code == 0, again.output
        status = runner.invoke(app, ["status", "--json"], env={"KIBARU_DB": db})
        assert status.exit_code == 0, status.output
        info = json.loads(status.stdout)
        assert info["runs"][0]["new"] == 0 and info["runs"][0]["unchanged"] == info["articles"] > 0
        listing = runner.invoke(app, ["articles", "--db", db, "--limit", "3"])
        assert listing.exit_code == 0 and f"3 of {info['articles']} articles" in listing.stderr  # stdout: the rows
        out = tmp_path / f"{name}.jsonl"
        exported = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)])
        assert exported.exit_code == 0, exported.output
        exports[name] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        for row in exports[name]:
            # the record says when each backend's run wrote it; the rest (key, KB, models) must match
            assert row["enrichment"].pop("enriched_at")
    assert exports["postgres"] == exports["duckdb"]  # same ids, texts, dates, clusters, in the same order


def test_migrate_and_search_commands(pg_url: str) -> None:
    empty = runner.invoke(app, ["status", "--db", pg_url])
    assert empty.exit_code != 0 and "kibaru migrate" in str(empty.exception)
    migrated = runner.invoke(app, ["migrate", "--db", pg_url])
    assert migrated.exit_code == 0, migrated.output
    assert f"schema v{max(m.version for m in migrations_for('postgres'))}" in migrated.stderr
    assert runner.invoke(app, ["ingest", str(SAMPLES), "--db", pg_url, "--no-nlp", "--quiet"]).exit_code == 0
    found = runner.invoke(app, ["search", "bamako", "--db", pg_url, "--json", "--limit", "50"])
    assert found.exit_code == 0, found.output
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    storage = open_storage(pg_url, read_only=True)
    texts = {a.id: f"{a.title} {a.text}".casefold() for a in storage.iter_articles()}
    storage.close()
    assert hits and all("bamako" in texts[h["id"]] for h in hits)
    assert {h["id"] for h in hits} == {i for i, t in texts.items() if "bamako" in t}


def test_documented_roles_work(pg_cluster: LocalCluster) -> None:
    """docs/postgres.md's setup: the owner migrates, the ingest role writes, the read role only reads."""
    admin = pg_cluster.url()
    with psycopg.connect(admin, autocommit=True) as con:
        for role in ("kibaru_owner", "kibaru_ingest", "kibaru_read"):
            con.execute(f"DROP ROLE IF EXISTS {role}")  # type: ignore[arg-type]
            con.execute(f"CREATE ROLE {role} LOGIN")  # type: ignore[arg-type]
    owner_url = pg_cluster.create_database("kibaru_roles")
    with psycopg.connect(owner_url, autocommit=True) as con:
        con.execute("ALTER DATABASE kibaru_roles OWNER TO kibaru_owner")
    as_role = {role: owner_url.replace("//kibaru@", f"//{role}@") for role in ("kibaru_owner", "kibaru_ingest",
                                                                               "kibaru_read")}
    migrated = runner.invoke(app, ["migrate", "--db", as_role["kibaru_owner"]])
    assert migrated.exit_code == 0, migrated.output
    with psycopg.connect(owner_url, autocommit=True) as con:
        con.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kibaru_ingest")
        con.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO kibaru_ingest")
        con.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO kibaru_read")
    ingested = runner.invoke(app, ["ingest", str(SAMPLES), "--db", as_role["kibaru_ingest"], "--no-nlp", "-q"])
    assert ingested.exit_code == 0, ingested.output
    reader = open_storage(as_role["kibaru_read"], read_only=True)
    assert reader.count_articles() > 0 and reader.search("Mali").total > 0
    reader.close()
    wrong = open_storage(as_role["kibaru_read"])  # schema current: connecting as a writer runs no DDL
    with pytest.raises(StorageError, match="permission denied"):
        wrong.begin_run(["x"])
    wrong.close()
