"""Round 28: the third-stage experiment's per-line features (benchmarks/boilerplate_stage3.py): the semantic columns
on hand-made vectors, the rule / gate flags, and the development splits it reads."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import boilerplate_stage3 as s3  # noqa: E402


def _unit(*v: float) -> np.ndarray:
    a = np.array(v, dtype=np.float64)
    return a / np.linalg.norm(a)


def test_line_far_from_the_core_scores_low() -> None:
    # Three core lines about one thing, a fourth line (a teaser of another story) pointing elsewhere.
    vectors = np.vstack([_unit(1, 0.1, 0), _unit(1, 0, 0.1), _unit(1, 0.05, 0.05), _unit(0, 0, 1)])
    p1 = np.array([0.05, 0.1, 0.02, 0.4])
    out = s3.semantic_rows(vectors, p1, p1, np.array([12.0, 15.0, 9.0, 10.0]), -1, 0.55)
    assert out[3, 0] < 0.2 < 0.9 < out[0, 0]  # centroid similarity
    assert out[3, 2] < -0.5 < out[0, 2]  # below the core's own similarity
    assert out[3, 3] == 3 and out[0, 3] == 2  # core size, the line itself left out
    assert out[0, 4] == -1.0  # no title
    assert out[0, 5] == -1.0 and out[3, 6] == -1.0  # no neighbour before the first / after the last line


def test_short_lines_are_no_core_and_the_kept_lines_stand_in() -> None:
    vectors = np.vstack([_unit(1, 0), _unit(0, 1), _unit(1, 0.1)])
    p1 = np.array([0.05, 0.05, 0.9])
    words = np.array([3.0, 4.0, 10.0])  # below CORE_MIN_WORDS: no stage-1 core at all
    p2 = np.array([0.9, 0.3, 0.2])
    out = s3.semantic_rows(vectors, p1, p2, words, 0, 0.55)
    assert out[1, 3] == 1 and out[1, 0] > 0  # the third line (kept, long) is the fallback core
    assert out[2, 3] == -1.0  # its own core would be empty
    assert out[2, 4] > 0.9  # similarity to the title (line 0)


def test_rule_and_gate_flags() -> None:
    lines = ["Une ligne", "Une autre ligne", "Encore une ligne"]
    pred = [True, False, True]  # removed, kept, removed
    p = np.array([0.2, 0.8, 0.9])  # line 0: a rule removed what the model kept; line 1: a gate restored it
    rows = s3._line_rows(lines, pred, ["body", "body", "body"], p, np.zeros((3, 2)), 0.55)
    assert [r[3] for r in rows] == [1.0, 0.0, 0.0]
    assert [r[4] for r in rows] == [0.0, 1.0, 0.0]


def test_reads_development_splits_only() -> None:
    # Sets 21-22 became development in round 30; 23 and 24 are the pseudo-blind pair, 25 the blind set; round 31
    # (blindb26) adds the blind set 26 (25 and 24 the pseudo-blind pair); round 32 (blindb27) the blind set 27;
    # round 33 (blindb28) the blind set 28; round 34 (blindb29) the blind set 29; round 35 (blindb30) the blind set 30;
    # round 36 (blindb31) the blind set 31; round 37 (blindb32) the blind set 32; round 38 (blindb33) the blind set 33;
    # round 39 (blindb34) the blind set 34.
    for split in ("real_heldout23", "real_heldout24", "real_heldout25", "real_heldout26", "real_heldout27",
                  "real_heldout28", "real_heldout29", "real_heldout30", "real_heldout31",
                  "real_heldout32", "real_heldout33", "real_heldout34"):
        assert split not in s3.DEV_SPLITS
