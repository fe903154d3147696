"""The events evaluator's protocol guards (rounds 11–45): the blind split stays out of ``tune`` and its
errors are never printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ev():  # type: ignore[no-untyped-def]
    return load_script(REPO / "benchmarks" / "eval_events.py", "eval_events_protocol")


# heldout41n stays blind; heldout51n-121n were run once each (heldout64n-67n in session 54, heldout68n-73n in session
# 55, heldout74n-77n in session 56, heldout78n-81n, the events_os3 pool's first builders, in session 57's two rounds,
# heldout82n-85n in session 58's two, heldout86n-90n in session 59's, heldout92n-97n (93n-97n the events_os4 pool's) in
# session 60's two, heldout98n-101n in session 61's two, heldout102n-107n (105n the events_os5 pool's first) in session
# 62's two, heldout108n-117n in session 63's two, heldout118n-121n (121n the events_os6 pool's first) in session 64's
# one) and are development data (no heldout91n: too few articles, recorded in eval/EVENTS.md).
def test_heldout41n_is_blind_and_heldout16n_40n_42n_48n_50n_90n_92n_121n_are_development(ev) -> None:  # type: ignore[no-untyped-def]
    blind = {"heldout41n"}
    assert blind == ev.BLIND_SPLITS and blind <= set(ev.SPLITS)
    dev = {"heldout16n", "heldout17n", "heldout18n", "heldout19n", "heldout20n", "heldout21n", "heldout22n",
           "heldout23n", "heldout24n", "heldout25n", "heldout26n", "heldout27n", "heldout28n", "heldout29n",
           "heldout30n", "heldout31n", "heldout32n", "heldout33n", "heldout34n", "heldout35n",
           "heldout36n", "heldout37n", "heldout38n", "heldout39n", "heldout40n", "heldout42n", "heldout43n",
           "heldout44n", "heldout45n", "heldout46n", "heldout47n", "heldout48n", "heldout50n", "heldout51n",
           "heldout52n", "heldout53n", "heldout54n", "heldout55n", "heldout56n", "heldout57n", "heldout58n",
           "heldout59n", "heldout60n", "heldout61n", "heldout62n", "heldout63n", "heldout64n",
           "heldout65n", "heldout66n", "heldout67n", "heldout68n", "heldout69n", "heldout70n",
           "heldout71n", "heldout72n", "heldout73n", "heldout74n", "heldout75n", "heldout76n", "heldout77n",
           "heldout78n", "heldout79n", "heldout80n", "heldout81n", "heldout82n", "heldout83n", "heldout84n",
           "heldout85n", "heldout86n", "heldout87n", "heldout88n", "heldout89n", "heldout90n", "heldout92n",
           "heldout93n", "heldout94n", "heldout95n", "heldout96n", "heldout97n", "heldout98n", "heldout99n",
           "heldout100n", "heldout101n", "heldout102n", "heldout103n", "heldout104n", "heldout105n",
           "heldout106n", "heldout107n", "heldout108n", "heldout109n", "heldout110n", "heldout111n", "heldout112n",
           "heldout113n", "heldout114n", "heldout115n", "heldout116n", "heldout117n",
           "heldout118n", "heldout119n", "heldout120n", "heldout121n"}
    assert not dev & ev.BLIND_SPLITS and dev <= set(ev.SPLITS)


@pytest.mark.parametrize("split", ["heldout41n"])
def test_errors_on_a_blind_split_are_refused(ev, split: str, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert ev.main(["--split", split, "--errors"]) == 2
    out = capsys.readouterr()
    assert "refused" in out.err and out.out == ""


@pytest.mark.parametrize(
    ("split", "n_articles", "n_events"),
    [("heldout11n", 32, 100), ("heldout12n", 30, 100), ("heldout13n", 31, 100), ("heldout14n", 32, 100),
     ("heldout16n", 33, 100), ("heldout17n", 39, 80), ("heldout18n", 17, 80),
     ("heldout19n", 25, 80), ("heldout20n", 29, 100), ("heldout21n", 18, 60), ("heldout22n", 22, 70),
     ("heldout23n", 24, 70), ("heldout24n", 26, 120), ("heldout25n", 27, 130),
     ("heldout26n", 24, 96), ("heldout27n", 25, 108), ("heldout28n", 23, 118),
     ("heldout29n", 26, 107), ("heldout30n", 43, 153), ("heldout31n", 30, 100),
     ("heldout32n", 28, 109), ("heldout33n", 29, 136), ("heldout34n", 36, 161),
     ("heldout35n", 30, 128), ("heldout36n", 28, 139),
     ("heldout37n", 26, 113), ("heldout38n", 25, 137),
     ("heldout39n", 27, 134), ("heldout40n", 28, 124),
     ("heldout41n", 26, 112), ("heldout42n", 16, 103), ("heldout43n", 9, 71),
     ("heldout44n", 13, 93), ("heldout45n", 16, 117), ("heldout46n", 13, 96),
     ("heldout47n", 12, 54), ("heldout51n", 12, 55), ("heldout52n", 12, 68),
     ("heldout53n", 12, 91), ("heldout54n", 12, 89), ("heldout55n", 12, 61), ("heldout56n", 12, 61),
     ("heldout57n", 12, 66), ("heldout58n", 12, 65), ("heldout59n", 12, 88), ("heldout60n", 12, 87),
     ("heldout61n", 12, 49), ("heldout62n", 12, 82), ("heldout63n", 9, 62),
     ("heldout64n", 12, 61), ("heldout65n", 12, 72), ("heldout66n", 12, 99), ("heldout67n", 12, 61),
     ("heldout68n", 12, 42), ("heldout69n", 12, 52), ("heldout70n", 12, 77), ("heldout71n", 12, 66),
     ("heldout72n", 12, 73), ("heldout73n", 12, 108), ("heldout74n", 12, 71),
     ("heldout75n", 12, 77), ("heldout76n", 10, 52),
     ("heldout77n", 7, 43), ("heldout78n", 12, 60), ("heldout79n", 12, 52),
     ("heldout80n", 12, 51), ("heldout81n", 12, 36), ("heldout82n", 12, 42),
     ("heldout83n", 12, 49), ("heldout84n", 12, 53), ("heldout85n", 12, 68),
     ("heldout86n", 12, 52), ("heldout87n", 12, 57), ("heldout88n", 12, 54),
     ("heldout89n", 12, 87), ("heldout90n", 12, 60), ("heldout92n", 7, 30),
     ("heldout93n", 12, 56), ("heldout94n", 12, 62),
     ("heldout95n", 12, 66), ("heldout96n", 12, 76),
     ("heldout97n", 12, 50), ("heldout98n", 12, 51),
     ("heldout99n", 12, 65), ("heldout100n", 12, 56),
     ("heldout101n", 12, 50), ("heldout102n", 12, 53),
     ("heldout103n", 12, 47), ("heldout104n", 12, 42),
     ("heldout105n", 12, 43), ("heldout106n", 12, 45),
     ("heldout107n", 12, 81), ("heldout108n", 12, 58),
     ("heldout109n", 12, 43), ("heldout110n", 12, 44),
     ("heldout111n", 12, 49), ("heldout112n", 12, 40),
     ("heldout113n", 12, 47), ("heldout114n", 12, 67),
     ("heldout115n", 12, 53), ("heldout116n", 12, 49),
     ("heldout117n", 12, 65), ("heldout118n", 12, 55),
     ("heldout119n", 6, 26), ("heldout120n", 6, 18),
     ("heldout121n", 12, 42)],
)
def test_news_split_rows_hold_no_text(split: str, n_articles: int, n_events: int) -> None:
    rows = [json.loads(line) for line in (REPO / "eval" / "events_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    blind = [r for r in rows if r["split"] == split]
    assert len({r["article"] for r in blind}) == n_articles and sum(len(r["events"]) for r in blind) >= n_events
    assert all(r["article"].startswith("extra:") and "text" not in r and "check" not in r for r in blind)


def test_absent_news_texts_are_left_out_loudly(ev, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                capsys: pytest.CaptureFixture[str]) -> None:
    here = "extra:" + "a" * 40
    rows = {here: [{"events": [{}, {}]}], "extra:" + "b" * 40: [{"events": [{}]}], "corpus/x.txt": [{"events": []}]}
    (tmp_path / f"{'a' * 40}.txt").write_text("texte", encoding="utf-8")
    monkeypatch.setenv("KIBARU_EXTRA_EVENTS", str(tmp_path))
    ev._drop_absent_news(rows, "heldout99n")
    assert set(rows) == {here, "corpus/x.txt"}
    err = capsys.readouterr().err
    assert "1 news articles of 'heldout99n' (1 gold events)" in err and "NOT those of the whole split" in err
    only_absent: dict[str, list[dict[str, list[object]]]] = {"extra:" + "c" * 40: [{"events": []}]}
    with pytest.raises(SystemExit, match="none of its news texts"):
        ev._drop_absent_news(only_absent, "heldout98n")
