"""The boilerplate agreement files (eval/agreement/): annotator B's labels of real_heldout6 cover exactly the split's
non-blank lines with matching hashes, agree with B's committed decisions, and the kappa helper behaves (1 for
identical labels, 0 for labels independent of the reference)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "eval" / "agreement"))
sys.path.insert(0, str(REPO / "benchmarks"))

import boiler_agreement  # noqa: E402
import build_boiler_b  # noqa: E402

import boilerplate_eval  # noqa: E402
import real_dumps  # noqa: E402

_FILES = real_dumps.load_split(boiler_agreement.SPLIT)
pytestmark = pytest.mark.skipif(
    not all((real_dumps.real_dir() / name).exists() for name in _FILES),
    reason="real_heldout6 text not in $KIBARU_REAL_DUMPS (copyrighted, kept outside the repository)",
)


def test_b_labels_cover_every_non_blank_line_with_its_hash() -> None:
    b = boiler_agreement.b_labels()
    decisions = build_boiler_b.read_decisions()
    expected = 0
    for name in _FILES:
        data = (real_dumps.real_dir() / name).read_bytes()
        for k, line in enumerate(data.decode("utf-8").splitlines()):
            if not line.strip():
                assert (name, k) not in b
                continue
            expected += 1
            sha, is_bp = b[(name, k)]
            assert sha == hashlib.sha1(line.encode("utf-8")).hexdigest()
            assert is_bp == (k in decisions.get(name, set()))
    assert len(b) == expected


def test_kappa_is_one_for_identical_labels_and_zero_for_independent_ones() -> None:
    same = boilerplate_eval.Counts(tp=10, fp=0, fn=0, tn=90)
    assert boiler_agreement.kappa(same) == pytest.approx(1.0)
    independent = boilerplate_eval.Counts(tp=1, fp=9, fn=9, tn=81)  # both 10 % positive, unrelated
    assert boiler_agreement.kappa(independent) == pytest.approx(0.0, abs=1e-9)
