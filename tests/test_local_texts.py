"""tools/local_texts.py: the status of the local news texts and the copying of shared ones, on temp folders."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("local_texts", REPO / "tools" / "local_texts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["local_texts"] = module
    spec.loader.exec_module(module)
    return module


lt = _load()


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.fixture()
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    out = {}
    for task, (env, _default) in lt.FOLDERS.items():
        out[task] = tmp_path / task
        out[task].mkdir()
        monkeypatch.setenv(env, str(out[task]))
    return out


def test_states_and_status_counts(folders: dict[str, Path]) -> None:
    good, other = "Le texte annoté.\n", "Un autre texte."
    exp = [
        lt.Expected("events", "heldout1n", "a.txt", _sha1(good), "https://example.org/a"),
        lt.Expected("events", "heldout1n", "b.txt", _sha1(good), "https://example.org/b"),
        lt.Expected("quotes", "news_x", "c.txt", _sha1(other), "https://example.org/c"),
    ]
    (folders["events"] / "a.txt").write_text(good, encoding="utf-8")
    (folders["events"] / "b.txt").write_text(good.strip(), encoding="utf-8")  # one byte short: not the annotated text
    assert [lt.state(e) for e in exp] == ["verified", "differs", "missing"]
    lines = lt.status(exp, show_missing=True)
    assert lines[1].split() == ["events", "heldout1n", "2", "2", "1"]
    assert lines[2].split() == ["quotes", "news_x", "1", "0", "0"]
    assert lines[3].split() == ["all", "3", "2", "1"]
    assert any(line.split()[0] == "differs" and "b.txt" in line for line in lines[4:])
    assert any(line.split()[0] == "missing" and "https://example.org/c" in line for line in lines[4:])


def test_share_copies_only_exact_hash_matches_into_missing_places(folders: dict[str, Path]) -> None:
    text = "Même extrait, deux annotations."
    exp = [
        lt.Expected("linking", "heldout1l", "x.txt", _sha1(text), ""),
        lt.Expected("quotes", "news_y", "y.txt", _sha1(text), ""),
        lt.Expected("events", "heldout2n", "z.txt", _sha1(text), ""),
        lt.Expected("narratives", "news-test", "w.txt", _sha1("autre"), ""),
    ]
    (folders["linking"] / "x.txt").write_text(text, encoding="utf-8")
    (folders["events"] / "z.txt").write_text("différent", encoding="utf-8")  # present but wrong: left alone
    copied = lt.share(exp)
    assert len(copied) == 1 and copied[0].endswith("y.txt")
    assert (folders["quotes"] / "y.txt").read_text(encoding="utf-8") == text
    assert (folders["events"] / "z.txt").read_text(encoding="utf-8") == "différent"
    assert not (folders["narratives"] / "w.txt").exists()


def test_expected_texts_reads_every_gold_of_the_repository() -> None:
    exp = lt.expected_texts()
    tasks = {e.task for e in exp}
    assert tasks == set(lt.FOLDERS)
    assert all(len(e.sha1) == 40 and e.name.endswith(".txt") for e in exp)
    assert len({(e.task, e.split, e.name) for e in exp}) == len(exp)
