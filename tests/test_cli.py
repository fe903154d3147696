"""End to end through the `kibaru` command: ingest a folder, re-ingest, status, export, bad inputs."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kibaru import __version__
from kibaru.cli import app
from kibaru.errors import KibaruError
from kibaru.export.schema import schema_errors
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.store import open_storage

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "corpus"

runner = CliRunner()

# Paragraphs written for these tests (not real articles): enough text to pass the length gate.
STORY = [
    "Les autorités de transition ont annoncé dimanche soir la fin des accords de défense qui les liaient à "
    "leur partenaire occidental, dans un communiqué lu à la télévision nationale.",
    "Le porte-parole du gouvernement a estimé que ces accords « ne répondaient plus aux aspirations du "
    "peuple », avant d'appeler la population au calme et à la vigilance.",
    "Selon plusieurs observateurs, cette décision intervient après des mois de tensions diplomatiques et de "
    "manifestations devant l'ambassade dans la capitale.",
]


def _write_corpus(root: Path) -> Path:
    site = root / "corpus" / "site-a"
    site.mkdir(parents=True)
    (site / "one.txt").write_text(
        " date 2023-08 " + STORY[0] + "\n\n" + STORY[1] + "\n\n" + STORY[2] + "\n\nSource : Agence régionale\n",
        encoding="utf-8",
    )
    (site / "legacy.txt").write_bytes(
        ("Accords de défense : la junte tourne la page\n\n" + "\n\n".join(STORY[::-1]) + "\n").encode("cp1252")
    )
    (site / "empty.txt").write_text("", encoding="utf-8")
    (site / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    records = [
        {"id": "r1", "url": "https://example.org/a?utm_source=x", "title": "Un titre", "date": "2022-08-07",
         "outlet": "example.org", "text": " ".join(STORY)},
        "this line is not json",
        {"id": "r2", "text": ""},
    ]
    (root / "corpus" / "export.jsonl").write_text(
        "\n".join(json.dumps(r) if isinstance(r, dict) else r for r in records) + "\n", encoding="utf-8"
    )
    with gzip.open(root / "corpus" / "broken.warc.gz", "wb") as handle:
        handle.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n<html>")
    return root / "corpus"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_ingest_reingest_export_status(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path)
    db = str(tmp_path / "k.duckdb")
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-nlp"])
    assert first.exit_code == 0, first.output
    assert "Traceback" not in first.output
    # Each bad input is named with its reason, and the good neighbours are kept.
    for name in ("empty.txt", "binary.txt", "export.jsonl:2", "export.jsonl:3", "broken.warc.gz"):
        assert name in first.output, name

    exported = tmp_path / "a.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(exported)]).exit_code == 0
    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    for record in records:
        assert schema_errors(record) == []
        assert "Ã" not in record["text"]  # no mojibake from the cp1252 file
    by_path = {Path(r["source_path"]).name.split(":")[0]: r for r in records}
    assert by_path["one.txt"]["date"] == "2023-08"
    assert by_path["one.txt"]["date_origin"] == "header"
    assert by_path["one.txt"]["attributed_source"] == "Agence régionale"
    assert by_path["legacy.txt"]["title"] == "Accords de défense : la junte tourne la page"
    assert by_path["export.jsonl"]["date"] == "2022-08-07"

    # Re-ingesting the same inputs changes nothing.
    before = {r["id"]: r for r in records}
    second = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-nlp"])
    assert second.exit_code == 0
    runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(exported)])
    after = {json.loads(x)["id"]: json.loads(x) for x in exported.read_text(encoding="utf-8").splitlines()}
    assert after == before

    status = runner.invoke(app, ["status", "--db", db])
    assert status.exit_code == 0 and "articles 3" in status.stdout
    info = json.loads(runner.invoke(app, ["status", "--db", db, "--json"]).stdout)
    assert info["articles"] == 3
    assert [r["status"] for r in info["runs"]] == ["ok", "ok"]
    assert [r["new"] for r in info["runs"]] == [0, 3]  # newest first: the re-run added nothing
    reasons = {Path(r["where"]).name: r["reason"] for r in info["recent_rejections"]}
    assert "binary.txt" in reasons and "empty.txt" in reasons


def test_changed_article_updates_its_row(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path)
    storage = open_storage(str(tmp_path / "k.duckdb"))
    first = ingest([corpus], storage)
    assert (first.new, first.updated, first.unchanged) == (3, 0, 0)
    one = corpus / "site-a" / "one.txt"
    one.write_text(one.read_text(encoding="utf-8").replace("dimanche soir", "lundi matin"), encoding="utf-8")
    second = ingest([corpus], storage)
    assert (second.new, second.updated, second.unchanged) == (0, 1, 2)
    texts = [a.text for a in storage.iter_articles()]
    assert len(texts) == 3 and sum("lundi matin" in t for t in texts) == 1
    storage.close()


def test_missing_path_and_missing_db_are_clear_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "k.duckdb")])
    assert result.exit_code == 2 and "no such file or folder" in result.output
    proc = subprocess.run(
        [sys.executable, "-c", "from kibaru.cli import main; main()", "status", "--db", str(tmp_path / "x.duckdb")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 1
    assert "run `kibaru ingest` first" in proc.stderr and "Traceback" not in proc.stderr


def test_kibaru_db_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _write_corpus(tmp_path)
    monkeypatch.setenv("KIBARU_DB", str(tmp_path / "env.duckdb"))
    assert runner.invoke(app, ["ingest", str(corpus), "--no-nlp"]).exit_code == 0
    assert (tmp_path / "env.duckdb").exists()


@pytest.mark.skipif(not SAMPLES.exists(), reason="bundled sample corpus not present")
def test_bundled_samples_ingest_and_validate(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert result.exit_code == 0, result.output
    out = tmp_path / "s.jsonl"
    runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 20
    for record in records:
        assert schema_errors(record) == [], record["source_path"]
        assert "<script" not in record["text"].lower() and "onerror" not in record["text"].lower()
    # Republished stories share clusters: fewer clusters than articles.
    assert len({r["cluster_id"] for r in records}) < len(records)
    # The NLP components ran (the default configuration) and every offset indexes the exported text.
    assert sum(len(r["entities"]) for r in records) > len(records)
    for record in records:
        text = record["text"]
        for item in record["entities"] + record["quotes"]:
            assert text[item["start"] : item["end"]] == item["text"]
    wagner = [e for r in records for e in r["entities"] if e["text"] == "Wagner"]
    assert wagner and all(e["label"] == "ORG" for e in wagner)


def test_exact_copy_from_another_site_is_stored_and_counted_as_duplicate(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path)
    other_site = corpus / "site-b"
    other_site.mkdir()
    (other_site / "copy.txt").write_bytes((corpus / "site-a" / "one.txt").read_bytes())
    storage = open_storage(str(tmp_path / "k.duckdb"))
    summary = ingest([corpus], storage)
    assert (summary.new, summary.duplicates) == (4, 1)
    copies = [a for a in storage.iter_articles() if "dimanche soir" in a.text and a.date == "2023-08"]
    assert len(copies) == 2 and copies[0].cluster_id == copies[1].cluster_id
    assert ingest([corpus], storage).duplicates == 0  # a re-run adds nothing, so copies nothing
    storage.close()


# ----- an analyst's day, session 14: wrong inputs get a clear refusal, never a silent empty answer ------------


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("ux14")
    db = str(root / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(_write_corpus(root)), "--db", db, "--no-nlp"]).exit_code == 0
    return db


@pytest.mark.parametrize("command", [
    ["articles"], ["export", "--format", "jsonl"], ["events"], ["timeline"], ["search", "accords"],
])
@pytest.mark.parametrize("option,value", [
    ("--since", "2023-13"), ("--until", "2023-02-30"), ("--since", "yesterday"), ("--until", "2024-1"),
])
def test_malformed_dates_are_refused_not_read_as_an_empty_period(
    small_db: str, command: list[str], option: str, value: str
) -> None:
    result = runner.invoke(app, [*command, "--db", small_db, option, value])
    assert result.exit_code == 2, result.output
    assert "is not a date" in result.output and "YYYY-MM-DD" in result.output


def test_real_dates_still_filter(small_db: str) -> None:
    kept = runner.invoke(app, ["articles", "--db", small_db, "--since", "2023-08", "--until", "2023-08-31"])
    assert kept.exit_code == 0 and "2023-08" in kept.stdout
    assert runner.invoke(app, ["articles", "--db", small_db, "--since", "2024-02-29"]).exit_code == 0  # leap day


@pytest.mark.parametrize("command", [["events"], ["timeline"]])
def test_unknown_event_type_names_the_known_ones(small_db: str, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--db", small_db, "--type", "attaque"])
    assert result.exit_code == 2
    assert "unknown event type 'attaque'" in result.output and "troop_deployment" in result.output
    assert runner.invoke(app, [*command, "--db", small_db, "--type", "attack"]).exit_code == 0


@pytest.mark.parametrize("command", [["articles", "--limit", "-1"], ["search", "accords", "--offset", "-3"],
                                     ["events", "--limit", "-2"]])
def test_negative_limits_are_refused(small_db: str, command: list[str]) -> None:
    assert runner.invoke(app, [*command, "--db", small_db]).exit_code == 2


def test_piped_listings_are_clean_tab_separated_tables(small_db: str) -> None:
    # Piped output is for `cut`, `sort` or a spreadsheet: the header, one line per row, the count on stderr.
    listed = runner.invoke(app, ["articles", "--db", small_db])
    lines = listed.stdout.splitlines()
    assert lines[0].split("\t")[:2] == ["date", "outlet"] and "articles" not in lines[-1]
    assert all(len(line.split("\t")) == 6 for line in lines)
    found = runner.invoke(app, ["search", "accords", "--db", small_db])
    lines = found.stdout.splitlines()
    assert lines[0] == "date\toutlet\ttitle\tid" and len(lines) > 1
    assert all(len(line.split("\t")) == 4 for line in lines)


def test_paths_in_messages_are_not_read_as_markup(tmp_path: Path) -> None:
    # A file called "dump[red].txt" or "export[2024].jsonl" is named as it is, brackets included.
    missing = tmp_path / "dump[bold]x.txt"
    result = runner.invoke(app, ["ingest", str(missing), "--db", str(tmp_path / "k.duckdb")])
    assert result.exit_code == 2 and f"{missing}: no such file or folder" in result.output
    proc = subprocess.run(
        [sys.executable, "-c", "from kibaru.cli import main; main()", "status",
         "--db", str(tmp_path / "a[red]b.duckdb")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 1 and "a[red]b.duckdb" in proc.stderr


@pytest.mark.parametrize("args,message", [
    (["--format", "stix", "--validate"], "--validate checks a STIX bundle written to a file"),
    (["--format", "jsonl", "--validate", "-o", "x.jsonl"], "--validate checks a STIX bundle"),
    (["--format", "stix", "--table", "entities", "-o", "b.json"], "--table is for --format csv or parquet"),
])
def test_export_options_of_another_format_are_not_silently_ignored(small_db: str, tmp_path: Path,
                                                                   args: list[str], message: str) -> None:
    # `kibaru export --format stix --validate` printed the bundle and never validated it.
    args = [str(tmp_path / a) if a.endswith((".json", ".jsonl")) else a for a in args]
    result = runner.invoke(app, ["export", "--db", small_db, *args])
    assert isinstance(result.exception, KibaruError) and message in str(result.exception)  # main() prints it
    assert not list(tmp_path.iterdir())  # nothing written


def test_events_columns_are_named_as_in_the_exports(tmp_path: Path) -> None:
    # `kibaru events --format csv` called the article column "article", the events table and the JSONL
    # output "article_id": a join written against one broke on the other.
    from kibaru.model import Article
    from kibaru.store import RunSummary

    db = str(tmp_path / "k.duckdb")
    storage = open_storage(db)
    run = storage.begin_run(["events"])
    sentence = "Des hommes armés ont attaqué dimanche un poste près de Ménaka, tuant douze civils."
    storage.write_batch(run, [Article(
        id="a-ev", source_path="tests/ev.txt", content_hash="ev", text=sentence, language="fr", outlet="X",
        date="2023-08-07", events=[{"type": "attack", "cameo": "19", "date": "2023-08-06", "date_precision": "day",
                                    "actors": [], "location": "Ménaka", "location_kb_id": "loc:menaka",
                                    "fatalities": 12, "evidence": sentence, "start": 0, "end": len(sentence)}],
    )], [b""], [])
    storage.finish_run(run, RunSummary())
    storage.close()
    csv_out = runner.invoke(app, ["events", "--db", db, "--format", "csv"]).stdout.splitlines()
    header = csv_out[0].split(",")
    assert "article_id" in header and "article" not in header
    assert csv_out[1].split(",")[header.index("article_id")] == "a-ev"
    table_out = runner.invoke(app, ["events", "--db", db]).stdout.splitlines()
    assert table_out[0].split("\t")[5] == "article_id"
    assert json.loads(runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).stdout)["article_id"] == "a-ev"


@pytest.mark.parametrize("batch_size", [500, 1])  # the repeat in the same batch, and in a later one
def test_a_record_read_twice_in_one_run_is_counted_as_repeated(tmp_path: Path, batch_size: int) -> None:
    first = {"id": "same", "url": "https://example.org/same", "title": "Premier", "text": " ".join(STORY)}
    second = dict(first, title="Second", text=" ".join(STORY[::-1]))  # the page read again, edited
    other = {"id": "other", "url": "https://example.org/other", "title": "Autre", "text": " ".join(STORY[1:] * 2)}
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in (first, other, second)) + "\n", encoding="utf-8")
    storage = open_storage(str(tmp_path / "k.duckdb"))
    summary = ingest([export], storage, IngestOptions(batch_size=batch_size))
    assert (summary.read, summary.new, summary.updated, summary.repeated) == (3, 2, 0, 1)
    assert summary.read == summary.new + summary.updated + summary.unchanged + summary.repeated + summary.rejected
    assert {a.title for a in storage.iter_articles()} == {"Second", "Autre"}  # the last one read is kept
    again = ingest([export], storage, IngestOptions(batch_size=batch_size))
    # A re-run leaves the rows as they were; across batches the first version is written, then the last again.
    assert (again.new, again.repeated, again.unchanged + again.updated) == (0, 1, 2)
    assert {a.title for a in storage.iter_articles()} == {"Second", "Autre"}
    assert storage.status()["runs"][0]["repeated"] == 1
    storage.close()


def test_search_shows_the_lead_of_untitled_articles_as_articles_does(tmp_path: Path) -> None:
    # `articles` showed the start of the text for an article without a title, `search` showed "—".
    jsonl = tmp_path / "untitled.jsonl"
    jsonl.write_text(json.dumps({"id": "u1", "date": "2023-08-01", "outlet": "example.org",
                                 "text": " ".join(STORY)}) + "\n", encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(jsonl), "--db", db, "--no-nlp"]).exit_code == 0
    listed = runner.invoke(app, ["articles", "--db", db]).stdout.splitlines()
    found = runner.invoke(app, ["search", "accords", "--db", db]).stdout.splitlines()
    assert len(listed) == len(found) == 2
    lead = listed[1].split("\t")[3]
    assert lead.startswith("Les autorités de transition") and found[1].split("\t")[2] == lead


def test_articles_counts_the_matches_not_the_whole_store(small_db: str) -> None:
    # `kibaru articles --actor X` (or --outlet, --since) printed "N of <every stored article>".
    import kibaru

    with kibaru.open(small_db) as kb:
        stored = len(list(kb.articles()))
        kept = len(list(kb.articles(since="2022-01")))
    assert 1 < kept < stored
    listed = runner.invoke(app, ["articles", "--db", small_db, "--since", "2022-01", "--limit", "1"])
    assert listed.exit_code == 0 and f"1 of {kept} matching articles" in listed.stderr, listed.stderr
    listed = runner.invoke(app, ["articles", "--db", small_db, "--limit", "1"])
    assert f"1 of {stored} articles" in listed.stderr
    listed = runner.invoke(app, ["articles", "--db", small_db, "--actor", "nobody-at-all"])
    assert "0 of 0 matching articles" in listed.stderr


def test_articles_are_listed_newest_first_with_or_without_filters(tmp_path: Path) -> None:
    # `kibaru articles` listed in ingest order: the 20 lines shown were the first ingested, not the latest news.
    jsonl = tmp_path / "dated.jsonl"
    dates = ["2022-03-01", None, "2024-01-15", "2023-06", "2021-11-30"]
    jsonl.write_text("\n".join(json.dumps({
        "id": f"d{i}", "title": f"Titre {i}", "outlet": "example.org", "text": f"{i} " + " ".join(STORY),
        **({"date": d} if d else {})}) for i, d in enumerate(dates)) + "\n", encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(jsonl), "--db", db, "--no-nlp"]).exit_code == 0
    newest = ["2024-01-15", "2023-06", "2022-03-01", "2021-11-30", "—"]
    for extra in ([], ["--outlet", "example.org"]):
        listed = runner.invoke(app, ["articles", "--db", db, *extra])
        assert [line.split("\t")[0] for line in listed.stdout.splitlines()[1:]] == newest, (extra, listed.stdout)
        top = runner.invoke(app, ["articles", "--db", db, "--limit", "2", *extra])
        assert [line.split("\t")[0] for line in top.stdout.splitlines()[1:]] == newest[:2]
        assert "2 of 5" in top.stderr
