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
