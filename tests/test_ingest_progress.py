"""`kibaru ingest` / `kibaru enrich` off a terminal (a log file, a pipe, CI): session 21 ingested 300 dumps in 9 min
32 s with nothing written until the summary, the progress bar being drawn only on a terminal. Now a plain stderr
line every ``PLAIN_PROGRESS_SECONDS``, none with ``--quiet``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kibaru.cli import app
from kibaru.commands import common

runner = CliRunner()
PROGRESS = re.compile(r"^(ingesting|re-enriching): [\d,]+ so far \(\d+( min \d\d)? s\)$", re.M)


def _dumps(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i}.txt").write_text(f"Titre {i}\n\nLe conseil des ministres s'est réuni à Bamako le jour {i} "
                                          "pour examiner plusieurs projets de loi.\n", encoding="utf-8")
    return folder


def test_ingest_off_a_terminal_says_how_far_it_got(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "PLAIN_PROGRESS_SECONDS", 0.0)  # a line at every input
    db = str(tmp_path / "k.duckdb")
    result = runner.invoke(app, ["ingest", str(_dumps(tmp_path / "in", 3)), "--db", db, "--no-nlp"])
    assert result.exit_code == 0, result.output
    lines = PROGRESS.findall(result.stderr)
    assert len(lines) == 3, result.stderr
    assert "ingesting: 3 so far" in result.stderr
    quiet = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--no-nlp", "--quiet"])
    assert quiet.exit_code == 0 and not PROGRESS.search(quiet.stderr)


def test_plain_progress_is_rate_limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "PLAIN_PROGRESS_SECONDS", 3600.0)  # no line within a short run
    result = runner.invoke(app, ["ingest", str(_dumps(tmp_path / "in", 3)), "--db", str(tmp_path / "k.duckdb"),
                                 "--no-nlp"])
    assert result.exit_code == 0 and not PROGRESS.search(result.stderr)
