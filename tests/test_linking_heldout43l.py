"""heldout43l (OrangeSum Orange Actu texts, eval/LINKING.md) is registered like heldout42l, is blind (its errors are
never printed) and its gold rows have the shape of heldout42l's. Nothing here runs the system."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parents[1]
ARTICLES, MENTIONS = 12, 172


def _eval_module() -> Any:
    return load_script(REPO / "benchmarks" / "eval_linking.py")


def _rows(split: str) -> list[dict[str, Any]]:
    gold = (REPO / "eval" / "linking_gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, filter(None, gold)) if r["split"] == split]


def test_heldout43l_is_registered_and_blind() -> None:
    ev = _eval_module()
    assert "heldout43l" in ev.SPLITS and "heldout43l" in ev.EXTRA_SPLITS and "heldout43l" in ev.BLIND_SPLITS
    with pytest.raises(SystemExit, match="refused"):
        ev.main(["--split", "heldout43l", "--errors"])


def test_heldout43l_rows_have_the_shape_of_heldout42l() -> None:
    new, old = _rows("heldout43l"), _rows("heldout42l")
    for kind in ("article", "mention"):
        assert {tuple(sorted(r)) for r in new if r["type"] == kind} == {
            tuple(sorted(r)) for r in old if r["type"] == kind}
    arts = [r for r in new if r["type"] == "article"]
    assert len(arts) == ARTICLES
    assert all(r["url"].startswith("https://actu.orange.fr/") and r["sha1"] and r["date"] for r in arts)
    mentions = [r for r in new if r["type"] == "mention"]
    assert len(mentions) == MENTIONS and all(len(r["surface"]) < 120 for r in mentions)
    for r in mentions:  # no gold mention inside an ignore span (the rest of each article past its annotated part)
        spans = next(a["ignore"] for a in arts if a["article_file"] == r["article_file"])
        assert not any(s < r["end"] and r["start"] < e for s, e in spans)


def test_heldout43l_loads_against_its_texts() -> None:
    ev = _eval_module()
    missing = ev.missing_extra("heldout43l")
    if missing:
        pytest.skip(f"SKIPPED LOUDLY: {len(missing)} texts of heldout43l absent from {ev.extra_dir()} "
                    "(rebuild them with tools/orangesum_texts.py, see eval/annotation/linking43/heldout43l.spec)")
    arts = ev.load_gold("heldout43l")  # checks each sha1 and every surface at its offsets, ignore spans blanked
    assert len(arts) == ARTICLES and sum(len(a.mentions) for a in arts) == MENTIONS
