"""``benchmarks/merge_event_detector.py``: a model made of two, type by type, loads and keeps each part's weights and
threshold (written and read back through the detector's own JSON form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kibaru.enrich.event_detector import DetectorModel
from script_loader import load_script

REPO = Path(__file__).resolve().parents[1]


def _model(bias: float, threshold: float, splits: list[str]) -> dict[str, object]:
    types = {t: {"bias": bias, "weights": {f"l={t}": bias / 2}} for t in ("attack", "protest", "expulsion")}
    return {"threshold": threshold, "meta": {"trained_on_splits": splits}, "dense_scale": 1.0, "dense": {},
            "types": types}


def test_merged_model_takes_the_named_types_from_the_retrained_one(tmp_path: Path) -> None:
    tool = load_script(REPO / "benchmarks" / "merge_event_detector.py")
    kept, retrained = tmp_path / "kept.json", tmp_path / "retrained.json"
    kept.write_text(json.dumps(_model(-1.0, 0.2, ["a"])), encoding="utf-8")
    retrained.write_text(json.dumps(_model(-3.0, 0.25, ["b"])), encoding="utf-8")
    out = tmp_path / "detector.json"
    assert tool.main([str(kept), str(retrained), "--types", "attack,protest", "-o", str(out)]) == 0
    model = DetectorModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.bias == {"attack": -3.0, "protest": -3.0, "expulsion": -1.0}
    assert model.weights["expulsion"] == {"l=expulsion": -0.5}
    assert model.cuts() == {"attack": 0.25, "protest": 0.25, "expulsion": 0.2}
    assert model.meta["trained_on_splits"] == ["a", "b"]


def test_an_unknown_type_is_refused(tmp_path: Path) -> None:
    tool = load_script(REPO / "benchmarks" / "merge_event_detector.py")
    kept = tmp_path / "kept.json"
    kept.write_text(json.dumps(_model(-1.0, 0.2, [])), encoding="utf-8")
    with pytest.raises(SystemExit, match="missing"):
        tool.main([str(kept), str(kept), "--types", "capture", "-o", str(tmp_path / "out.json")])
