"""The knowledge base is read with libyaml when PyYAML has it (session 21, ux21).

The dashboard's first page waited 13 s for the KB on the project machine, 10 of them in PyYAML's pure-Python parser;
libyaml's safe loader reads the same data about five times faster (benchmarks/RESULTS.md, "Analyst day").
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kibaru import kb as kb_module

KB_DIR = Path(kb_module.__file__).parent / "data" / "kb"


def test_the_kb_is_read_with_libyaml_when_pyyaml_has_it() -> None:
    if not yaml.__with_libyaml__:
        pytest.skip("LIBYAML NOT TESTED: this PyYAML was built without libyaml (the pure-Python loader is used)")
    assert kb_module._SAFE_LOADER is yaml.CSafeLoader


def test_libyaml_reads_the_same_kb_as_the_python_parser() -> None:
    files = sorted(KB_DIR.glob("*.yaml"))
    assert len(files) > 10
    for path in files:
        fast = kb_module._read_yaml(path)
        assert fast == yaml.safe_load(path.read_text(encoding="utf-8")), path.name


def _strip_front_reference(text: str, prefixes: tuple[str, ...]) -> str:
    """The loop ``kb._strip_front`` replaced (every prefix tried in order), kept to check the new one against."""
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            glue = "" if prefix.endswith("'") else " "
            head = prefix if glue == "" else prefix.rstrip() + glue
            if text.startswith(head) and len(text) > len(head):
                text = text[len(head) :].lstrip()
                changed = True
                break
    return text


def test_strip_front_answers_as_the_full_scan() -> None:
    kb = kb_module.KnowledgeBase.load()
    honorifics, articles = kb_module._honorifics(), kb_module.ARTICLES
    texts = {kb_module._fold(form) for actor in kb for form in actor.surfaces()}
    texts |= {f"{h} {t}" for h in honorifics[:40] for t in ("lavrov", "goita", "le colonel assimi goita", "")}
    texts |= {f"{a}{'' if a.endswith(chr(39)) else ' '}{t}" for a in articles for t in ("armee", "onu", "")}
    texts |= {"", " ", "le", "l'", "la la la mission"}
    for text in sorted(texts):
        for prefixes in (honorifics, articles):
            assert kb_module._strip_front(text, prefixes) == _strip_front_reference(text, prefixes), text


def test_serve_loads_the_kb_before_it_says_the_dashboard_is_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first page an analyst opened waited for the KB (17 s after `kibaru serve` printed its URL, BASE, on the
    # project machine); now the URL is printed once the KB is loaded.
    pytest.importorskip("uvicorn", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")
    import uvicorn
    from typer.testing import CliRunner

    from kibaru.cli import app
    from kibaru.serve import analytics
    from kibaru.store import open_storage

    db = str(tmp_path / "k.duckdb")
    open_storage(db).close()
    analytics._kb.cache_clear()
    analytics._by_wikidata.cache_clear()
    seen: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: seen.append(analytics._kb.cache_info().currsize))
    result = CliRunner().invoke(app, ["serve", "--db", db, "--port", "8799"])
    assert result.exit_code == 0, result.output
    assert seen == [1], "the KB was not loaded before the server started"
    assert "dashboard on http://127.0.0.1:8799/" in result.stderr
