"""Round 27: the boilerplate error census's stored kinds (benchmarks/data/boilerplate_error_kinds27.jsonl) hold no
text and name development pages only; the census refuses a split that is not development data."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
KINDS = BENCH / "data" / "boilerplate_error_kinds27.jsonl"
KIND_NAMES = {"own_headline", "own_subtitle", "last_line_cut", "paragraph", "list_item", "byline_date",
              "caption_credit", "teaser_other_story", "share_follow_ui", "rubric_section", "related_link",
              "newsletter_cookie", "other"}


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in KINDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_kinds_hold_no_text() -> None:
    rows = _rows()
    assert len(rows) == 218
    for row in rows:
        assert set(row) == {"file", "line", "side", "kind"}
        assert re.fullmatch(r"[0-9a-f]{40}\.txt", str(row["file"]))
        assert isinstance(row["line"], int) and row["line"] >= 0
        assert row["side"] in ("dropped", "kept")
        assert row["kind"] in KIND_NAMES


def test_kinds_name_development_pages_only() -> None:
    sys.path.insert(0, str(BENCH))
    import real_dumps

    dev = set()
    for split in ("real_dev", "real_heldout", *(f"real_heldout{k}" for k in range(2, 21))):
        dev.update(real_dumps.load_split(split))
    pseudo_blind = set(real_dumps.load_split("real_heldout21")) | set(real_dumps.load_split("real_heldout22"))
    files = {str(row["file"]) for row in _rows()}
    assert files <= dev
    assert not files & pseudo_blind


def test_census_refuses_other_splits() -> None:
    sys.path.insert(0, str(BENCH))
    import boilerplate_census

    assert "real_heldout20" in boilerplate_census.DEV_SPLITS  # round 28: development now
    for split in ("real_heldout21", "real_heldout22", "real_heldout23"):
        assert split not in boilerplate_census.DEV_SPLITS
    with pytest.raises(SystemExit):
        boilerplate_census.main(["--splits", "real_heldout21"])
