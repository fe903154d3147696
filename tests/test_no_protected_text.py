"""No committed file repeats a long run of the SemEval articles, which may not be redistributed
(``../shared/corpus/SOURCES.md``). Short citations of an example in tests and guidelines stay below the gate."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEMEVAL = Path(os.environ.get("KIBARU_SHARED", REPO.parent / "shared")) / "corpus" / "semeval2023_fr"


def _audit():  # tools/ is not a package: load the script as a module
    spec = importlib.util.spec_from_file_location("history_audit", REPO / "tools" / "history_audit.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SEMEVAL.is_dir(), reason=f"SemEval texts not found at {SEMEVAL}: cannot audit the repository")
def test_committed_files_hold_no_long_run_of_semeval_text(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("KIBARU_SHARED", str(SEMEVAL.parents[1]))
    status = _audit().main([])
    out = capsys.readouterr().out
    assert status == 0, out


def test_longest_run_counts_words_of_a_shared_stretch() -> None:
    audit = _audit()
    source = "un deux trois quatre cinq six sept huit neuf dix onze douze"
    protected = set(audit.shingles(source))
    assert audit.longest_run("avant " + source + " après", protected) == 12
    assert audit.longest_run("un deux trois quatre cinq six sept", protected) == 0
    assert audit.longest_run(" ".join(source.split()[2:10]), protected) == 8
