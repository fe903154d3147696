"""tools/recollect_dumps.py (plan / check / fit of re-collected real-dumps texts) and the loader's skip mode."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent
TEXT_A = "Titre de la page\n\nPremier paragraphe de l'article.\n\n\nSource : X\n"
TEXT_B = " date 2024-01 Un autre article.\nDeuxième ligne."


def _tool() -> ModuleType:
    return load_script(REPO / "tools" / "recollect_dumps.py", "recollect_dumps")


def _real_dumps() -> ModuleType:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        return importlib.import_module("real_dumps")
    finally:
        sys.path.pop(0)


def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _records(url: str, q: str, rank: int, text: str, labels: str) -> list[dict[str, Any]]:
    name = _sha1(url) + ".txt"
    split = text.splitlines()
    non_blank = [k for k, line in enumerate(split) if line.strip()]
    recs: list[dict[str, Any]] = [
        {"result": {"q": q, "query": f"requête {q}", "rank": rank, "url": url, "kept": True}},
        {"page": {"file": name, "url": url, "outlet": "ex.com", "q": q, "rank": rank, "file_sha1": _sha1(text),
                  "lines": len(non_blank)}}]
    recs += [{"file": name, "line": k, "line_sha1": _sha1(split[k]),
              "label": "article" if lab == "a" else "boilerplate"} for k, lab in zip(non_blank, labels, strict=True)]
    return recs


@pytest.fixture()
def labels(tmp_path: Path) -> Path:
    recs = [{"result": {"q": "q01", "query": "requête q01", "rank": 1, "url": "https://ex.com/skip", "kept": False,
                        "reason": "fewer than 4 non-empty lines"}}]
    recs += _records("https://ex.com/a", "q01", 2, TEXT_A, "aab")
    recs += _records("https://ex.com/b", "q02", 1, TEXT_B, "aa")
    path = tmp_path / "real_dumps99_labels.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    return path


def test_plan_lists_kept_pages_per_query(labels: Path) -> None:
    tool = _tool()
    plan = tool.plan(tool.read_set(labels))
    assert [(q, query) for q, query, _ in plan] == [("q01", "requête q01"), ("q02", "requête q02")]
    assert plan[0][2] == [(2, "https://ex.com/a", _sha1("https://ex.com/a") + ".txt")]


def test_check_reports_verified_mismatching_and_missing(labels: Path, tmp_path: Path) -> None:
    tool = _tool()
    data = tool.read_set(labels)
    root = tmp_path / "dumps"
    root.mkdir()
    name_a, name_b = (_sha1(u) + ".txt" for u in ("https://ex.com/a", "https://ex.com/b"))
    (root / name_a).write_bytes(TEXT_A.replace("Premier", "Second").encode("utf-8"))
    by_file = {c.file: c for c in tool.check(data, root)}
    assert by_file[name_a].status == "lines" and by_file[name_a].bad == [1] and by_file[name_a].ok_lines == 2
    assert "lines OK 2 of 3" in by_file[name_a].describe()
    assert by_file[name_b].status == "missing" and not by_file[name_b].verified
    (root / name_a).write_bytes(TEXT_A.encode("utf-8"))
    (root / name_b).write_bytes(TEXT_B.encode("utf-8"))
    assert all(c.verified for c in tool.check(data, root))


def test_fit_restores_the_stored_layout_only_when_every_line_matches(labels: Path, tmp_path: Path) -> None:
    tool = _tool()
    data = tool.read_set(labels)
    name = _sha1("https://ex.com/a") + ".txt"
    path = tmp_path / name
    path.write_text("Titre de la page\nPremier paragraphe de l'article.\nSource : X", encoding="utf-8")
    assert tool.check_page(path, data.pages[name], data.lines[name]).status == "lines"
    assert tool.fit_page(path, data.pages[name], data.lines[name])
    assert path.read_text(encoding="utf-8") == TEXT_A
    wrong = "Titre de la page\nPremier paragraphe.\nSource : X"
    path.write_text(wrong, encoding="utf-8")
    assert not tool.fit_page(path, data.pages[name], data.lines[name])
    assert path.read_text(encoding="utf-8") == wrong  # a text whose lines do not match is left as it is


def test_main_check_exits_non_zero_until_every_page_is_verified(labels: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    monkeypatch.setattr(tool, "DATA", labels.parent)
    root = tmp_path / "dumps"
    root.mkdir()
    (root / (_sha1("https://ex.com/a") + ".txt")).write_bytes(TEXT_A.encode("utf-8"))
    assert tool.main(["check", "99", "--dir", str(root)]) == 1
    assert "1 verified, 0 mismatching, 1 missing" in capsys.readouterr().out
    (root / (_sha1("https://ex.com/b") + ".txt")).write_text("Un autre article.\nDeuxième ligne.", encoding="utf-8")
    assert tool.main(["check", "99", "--dir", str(root), "--fit"]) == 1  # a line differs: --fit cannot help
    (root / (_sha1("https://ex.com/b") + ".txt")).write_bytes(TEXT_B.encode("utf-8"))
    assert tool.main(["check", "99", "--dir", str(root)]) == 0
    assert tool.main(["plan", "99"]) == 0 and "https://ex.com/b" in capsys.readouterr().out


def test_load_pages_skips_unverified_pages_only_when_asked(labels: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    rd = _real_dumps()
    monkeypatch.setattr(rd, "LABELS_FILE", labels)
    monkeypatch.setattr(rd, "LATER_LABELS", {})
    monkeypatch.delenv(rd.SKIP_ENV, raising=False)
    root = tmp_path / "dumps"
    root.mkdir()
    name_a, name_b = (_sha1(u) + ".txt" for u in ("https://ex.com/a", "https://ex.com/b"))
    (root / name_a).write_bytes(TEXT_A.encode("utf-8"))
    with pytest.raises(SystemExit, match="missing from the local copy"):
        list(rd.load_pages([name_a, name_b], root))
    pages = list(rd.load_pages([name_a, name_b], root, skip_unverified=True))
    assert [p.file for p in pages] == [name_a] and pages[0].article == [True, True, False]
    err = capsys.readouterr().err
    assert name_b in err and "1 of 2 pages skipped" in err and "not the whole split" in err
    monkeypatch.setenv(rd.SKIP_ENV, "1")
    (root / name_b).write_bytes(TEXT_B.replace("Un autre", "Un").encode("utf-8"))
    assert [p.file for p in rd.load_pages([name_a, name_b], root)] == [name_a]
    assert "differs from the labelled one" in capsys.readouterr().err
