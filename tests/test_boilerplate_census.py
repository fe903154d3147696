"""Round 27: the boilerplate error census's stored kinds (benchmarks/data/boilerplate_error_kinds27.jsonl) hold no
text and name development pages only; the census refuses a split that is not development data. Round 30: the kinds of
sets 20-22 (boilerplate_error_kinds30.jsonl, a superset) and the census by line length."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
KINDS = BENCH / "data" / "boilerplate_error_kinds27.jsonl"
KINDS30 = BENCH / "data" / "boilerplate_error_kinds30.jsonl"
KIND_NAMES = {"own_headline", "own_subtitle", "last_line_cut", "paragraph", "list_item", "byline_date",
              "caption_credit", "teaser_other_story", "share_follow_ui", "rubric_section", "related_link",
              "newsletter_cookie", "other"}


def _rows(path: Path = KINDS) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("path", "count"), [(KINDS, 218), (KINDS30, 245)])
def test_kinds_hold_no_text(path: Path, count: int) -> None:
    rows = _rows(path)
    assert len(rows) == count
    assert len({(row["file"], row["line"]) for row in rows}) == count
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
    for split in ("real_dev", "real_heldout", *(f"real_heldout{k}" for k in range(2, 23))):
        dev.update(real_dumps.load_split(split))
    pseudo_blind = set(real_dumps.load_split("real_heldout23")) | set(real_dumps.load_split("real_heldout24"))
    old = {str(row["file"]) for row in _rows()}
    new = {str(row["file"]) for row in _rows(KINDS30)}
    assert old <= new <= dev
    assert not new & pseudo_blind
    assert not old & (set(real_dumps.load_split("real_heldout21")) | set(real_dumps.load_split("real_heldout22")))


def test_length_bins() -> None:
    sys.path.insert(0, str(BENCH))
    import boilerplate_census

    assert [boilerplate_census._length_bin(n) for n in (0, 39, 40, 99, 100, 250, 900)] == [
        "0-39", "0-39", "40-99", "40-99", "100-199", "200-399", "400+"]


def test_places_see_the_core() -> None:
    sys.path.insert(0, str(BENCH))
    import boilerplate_census

    para = ("Le conseil municipal de la ville a voté hier soir le budget de l'année prochaine après un long débat "
            "entre les élus de la majorité et ceux de l'opposition sur les dépenses.")
    lines = ["Accueil | Politique | Sport", para, para.replace("hier soir", "ce matin"),
             "Lire aussi : un autre titre sur la ville"]
    places = boilerplate_census._places(lines)
    assert [p for p, _ in places] == ["before", "core", "core", "after"]
    assert places[1][1] == "none"
    assert "leadin" in places[3][1] or "related" in places[3][1]


def test_census_refuses_other_splits() -> None:
    sys.path.insert(0, str(BENCH))
    import boilerplate_census

    assert "real_heldout20" in boilerplate_census.DEV_SPLITS  # round 28: development now
    assert {"real_heldout21", "real_heldout22"} <= set(boilerplate_census.DEV_SPLITS)  # round 30
    for split in ("real_heldout23", "real_heldout24", "real_heldout25", "real_heldout26",
                  "real_heldout27", "real_heldout28", "real_heldout29",
                  "real_heldout30", "real_heldout31", "real_heldout32",
                  "real_heldout33", "real_heldout34"):  # 26: blind in round 31, ... 33 in round 38, 34 in session 26
        assert split not in boilerplate_census.DEV_SPLITS
    # round 38: 23-27 may be asked for by name; round 39: 28 too; round 40: 29 too. The pseudo-blind pair (30, 31)
    # and the blind set (32) may not. Session 24 (blindb33, resb): 30 is development, (31, 32) the pseudo-blind pair,
    # 33 the blind set. Session 26 (blindb34): 31 is development, (32, 33) the pseudo-blind pair, 34 the blind set
    assert set(boilerplate_census.LATER_DEV_SPLITS) == {f"real_heldout{k}" for k in range(23, 32)}
    for split in ("real_heldout32", "real_heldout33", "real_heldout34"):
        with pytest.raises(SystemExit):
            boilerplate_census.main(["--splits", split])
