"""The news quote splits (``news_dev`` / ``news_heldout``): gold rows without text, split by outlet, and the
loader of ``benchmarks/eval_quotes.py`` that reads the local texts or says loudly that they are absent."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from local_texts_helpers import skip_unless_complete
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "eval" / "quotes_gold.jsonl"


def _module(name: str, path: Path) -> Any:
    return load_script(path, name)


def _eval() -> Any:
    return _module("eval_quotes", REPO / "benchmarks" / "eval_quotes.py")


def _news_rows() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"].startswith("news_")]


def test_news_gold_rows_carry_offsets_and_hashes_not_text() -> None:
    rows = _news_rows()
    assert len(rows) >= 200
    keys = {"article", "split", "start", "end", "check", "direct", "speaker", "speaker_alt", "speaker_kb_id"}
    for r in rows:
        assert keys | {"url", "text_sha1", "date"} == set(r)
        if r["article"].startswith("eval/texts/"):  # an openly licensed text in the repository (news_heldout52)
            assert hashlib.sha1((REPO / r["article"]).read_bytes()).hexdigest() == r["text_sha1"]
        else:
            assert r["article"] == "local:" + hashlib.sha1(r["url"].encode("utf-8")).hexdigest()
        assert r["check"].startswith("sha1:") and len(r["check"]) == 21  # a hash, never a piece of the text
        assert len(r["text_sha1"]) == 40
        assert 0 <= r["start"] < r["end"]
        assert r["speaker"] is None or r["speaker"].strip() == r["speaker"]


def test_news_split_is_by_outlet_and_balanced() -> None:
    conv = _module("convert_news", REPO / "eval" / "annotation" / "convert_news.py")
    rows = [r for r in _news_rows() if r["split"] in ("news_dev", "news_heldout")]
    outlets: dict[str, set[str]] = {"news_dev": set(), "news_heldout": set()}
    for r in rows:
        outlets[r["split"]].add(conv.outlet(r["url"]))
    assert not outlets["news_dev"] & outlets["news_heldout"]  # no outlet on both sides
    held = sum(r["split"] == "news_heldout" for r in rows)
    assert 0.4 <= held / len(rows) <= 0.6
    assert conv.outlet("https://fr.allafrica.com/stories/1.html") == conv.outlet("https://allafrica.com/x")
    # the split is a function of the outlets' quote counts and the seed: recomputing it gives the stored one
    per_outlet: dict[str, int] = {}
    for r in rows:
        per_outlet[conv.outlet(r["url"])] = per_outlet.get(conv.outlet(r["url"]), 0) + 1
    splits = conv.assign_splits(per_outlet)
    assert all(splits[conv.outlet(r["url"])] == r["split"] for r in rows)


def test_news_splits_exit_loudly_when_the_texts_are_absent(tmp_path: Path, monkeypatch: Any) -> None:
    ev = _eval()
    monkeypatch.setenv("KIBARU_EXTRA_QUOTES", str(tmp_path))  # an empty directory: no text
    with pytest.raises(SystemExit, match="NEWS TEXTS ABSENT: 171 gold quotes"):
        ev.load_gold("news_dev")


def test_local_text_and_span_checks(tmp_path: Path, monkeypatch: Any) -> None:
    """A local text is accepted only when it is the annotated one, and a span only where its hash says."""
    ev = _eval()
    monkeypatch.setenv("KIBARU_EXTRA_QUOTES", str(tmp_path))
    text = "Le ministre a déclaré que « la situation est sous contrôle »."
    url = "https://example.org/a"
    sha = hashlib.sha1(url.encode("utf-8")).hexdigest()
    (tmp_path / f"{sha}.txt").write_text(text, encoding="utf-8")
    start = text.index("la situation")
    end = text.index(" »")
    row = {
        "url": url,
        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "start": start,
        "end": end,
        "check": "sha1:" + hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()[:16],
    }
    assert ev.article_text(f"local:{sha}", row) == text
    assert ev.check_ok(text, row)
    assert not ev.check_ok(text, {**row, "start": start + 1})
    (tmp_path / f"{sha}.txt").write_text(text.replace("contrôle", "controle"), encoding="utf-8")
    with pytest.raises(ValueError, match="not the annotated one"):
        ev.article_text(f"local:{sha}", row)


def test_news_texts_match_the_gold_when_present() -> None:
    """On a machine with the local copies, every news span is found where the gold says."""
    ev = _eval()
    if not any(ev.extra_quotes_dir().glob("*.txt")):
        pytest.skip(f"NEWS TEXTS ABSENT under {ev.extra_quotes_dir()} — set KIBARU_EXTRA_QUOTES")
    for split, n in (("news_dev", 171), ("news_heldout", 172)):
        skip_unless_complete("quotes", split)
        data = ev.load_gold(split)  # raises ValueError on any changed text or span
        assert sum(len(e["quotes"]) for e in data.values()) == n
        assert all(e["text"] for e in data.values())


@pytest.mark.parametrize("split", ["news_heldout36"])
def test_errors_are_refused_on_the_blind_news_split(monkeypatch: Any, split: str) -> None:
    ev = _eval()
    monkeypatch.setattr(sys, "argv", ["eval_quotes.py", "--split", split, "--errors"])
    with pytest.raises(SystemExit, match="blind split"):
        ev.main()


def test_news_heldout2_is_a_separate_blind_collection() -> None:
    """Round 7's blind split: its own articles (none of the first collection), no outlet of news_dev, blind."""
    conv = _module("convert_news", REPO / "eval" / "annotation" / "convert_news.py")
    rows = _news_rows()
    second = [r for r in rows if r["split"] == "news_heldout2"]
    first = [r for r in rows if r["split"] != "news_heldout2"]
    assert len(second) >= 100
    assert not {r["article"] for r in second} & {r["article"] for r in first}
    dev_outlets = {conv.outlet(r["url"]) for r in first if r["split"] == "news_dev"}
    assert not {conv.outlet(r["url"]) for r in second} & dev_outlets
    sources = REPO / "eval" / "annotation" / "news_quotes_sources2.jsonl"
    kept = {json.loads(line)["url"] for line in sources.read_text(encoding="utf-8").splitlines() if '"kept"' in line}
    assert {r["url"] for r in second} <= kept
    # development data since round 8 (the ranker's dev-news2 trains on it)
    assert "news_heldout2" not in _eval().BLIND_SPLITS


def test_session_46_splits_are_development_after_their_blind_run() -> None:
    """news_heldout54–60 (MasakhaNEWS few-shot train and OrangeSum pages with no Africa word) were each run once in
    session 46, news_heldout61 and news_heldout62 in session 47's first round, news_heldout63 and news_heldout64 in its
    second, news_heldout65 and news_heldout66 in its third, news_heldout67 and news_heldout68 in its fourth,
    news_heldout69 and news_heldout70 in session 48, news_heldout71 and news_heldout72 (branches blind71q / blind72q,
    news_heldout69's and 70's unread rows) in session 49's first round and news_heldout73 and news_heldout74 (branches
    blind73q / blind74q, 71's and 72's unread rows) in its second, news_heldout75 and news_heldout76 (branches
    blind75q / blind76q, 73's and 74's unread rows) in session 50, news_heldout77 and news_heldout78 (branches
    blind77q / blind78q, 75's and 76's unread rows) in session 51 and news_heldout79 and news_heldout80 (branches
    blind79q / blind80q, 77's and 78's unread rows) in its second round, news_heldout81 and news_heldout82 (branches
    blind81q / blind82q, 79's and 80's unread rows) in session 52 and news_heldout83 and news_heldout84 (branches
    blind83q / blind84q, 81's and 82's unread rows) in session 53's first round and news_heldout85 and news_heldout86
    (branches blind85q / blind86q, 83's and 84's unread rows) in its second, news_heldout87 and news_heldout88
    (branches blind87q / blind88q, 85's and 86's unread rows) in session 54's first round and news_heldout89 and
    news_heldout90 (branches blind89q / blind90q, 87's and 88's unread rows) in its second, news_heldout91 and
    news_heldout92 (branches blind91q / blind92q, 89's and 90's unread rows) in session 55's first round and
    news_heldout93-96 (branches blind93q-blind96q, 91's to 94's unread rows) in its second, news_heldout97 and
    news_heldout98 (branches blind97q / blind98q, 95's and 96's unread rows) in session 56's first round and
    news_heldout99 (branch blind99q, 97's unread rows) in its second, news_heldout100 and news_heldout101 (branches
    blind100q / blind101q, 99's and 98's unread rows) in session 57's first round and
    news_heldout102 and news_heldout103 (branches blind102q / blind103q, 100's and 101's unread rows) in its second,
    news_heldout104 and news_heldout105 (branches blind104q / blind105q, 102's and 103's unread rows) in session 58's
    first round and news_heldout106 and news_heldout107 (branches blind106q / blind107q, 104's and 105's unread rows)
    in its second, news_heldout108-113 (branches blind108q-blind113q, 106's to 111's unread rows) in session 59,
    news_heldout114-119 (branches blind114q-blind119q, 112's to 117's unread rows) in session 60, news_heldout120-121
    (branches blind120q-blind121q, 118's and 119's unread rows) in session 61's first round and news_heldout122-123
    (branches blind122q-blind123q, 120's and 121's unread rows) in its second, and news_heldout124-127
    (branches blind124q-blind127q, 122's to 125's unread rows) and news_heldout128-129
    (branches blind128q / blind129q, 126's and 127's unread rows) in session 62, and news_heldout130-137
    (branches blind130q-blind137q, 128's to 135's unread rows) and news_heldout138-139
    (branches blind138q / blind139q, 136's and 137's unread rows) in session 63, and news_heldout140-143
    (branches blind140q-blind143q, 138's to 141's unread rows) in session 64; news_heldout36 stays blind."""
    ev = _eval()
    assert {"news_heldout36"} <= set(ev.BLIND_SPLITS)
    assert not set(ev.BLIND_SPLITS) & set(ev.SPENT_SPLITS)
    assert {f"news_heldout{n}" for n in range(61, 144)} <= set(ev.SPENT_SPLITS)
    assert {f"news_heldout{n}" for n in range(54, 61)} <= set(ev.SPENT_SPLITS)


# The later news collections (rounds 8–43): split, number of its collection (``news_quotes_sourcesN.jsonl``),
# gold quotes, and the development split that first holds it (``None``: still blind).
LATER_NEWS = [
    ("news_heldout3", 3, 101, "dev-news3"),
    ("news_heldout4", 4, 112, "dev-news4"),
    ("news_heldout5", 5, 100, "dev-news5"),
    ("news_heldout6", 6, 107, "dev-news6"),
    ("news_heldout7", 7, 152, "dev-news7"),
    ("news_heldout8", 8, 142, "dev-news8"),
    ("news_heldout9", 9, 107, "dev-news9"),
    ("news_heldout10", 10, 96, "dev-news10"),
    ("news_heldout11", 11, 95, "dev-news11"),
    ("news_heldout12", 12, 75, "dev-news12"),
    ("news_heldout13", 13, 82, "dev-news13"),
    ("news_heldout14", 14, 85, "dev-news14"),
    ("news_heldout15", 15, 69, "dev-news15"),
    ("news_heldout16", 16, 74, "dev-news16"),
    ("news_heldout17", 17, 61, "dev-news17"),
    ("news_heldout18", 18, 87, "dev-news18"),
    ("news_heldout19", 19, 82, "dev-news19"),
    ("news_heldout20", 20, 117, "dev-news20"),
    ("news_heldout21", 21, 69, "dev-news21"),
    ("news_heldout22", 22, 78, "dev-news22"),
    ("news_heldout23", 23, 86, "dev-news23"),
    ("news_heldout24", 24, 121, "dev-news24"),
    ("news_heldout25", 25, 149, "dev-news25"),
    ("news_heldout26", 26, 110, "dev-news26"),
    ("news_heldout27", 27, 107, "dev-news27"),
    ("news_heldout28", 28, 120, "dev-news28"),
    ("news_heldout29", 29, 119, "dev-news29"),
    ("news_heldout30", 30, 122, "dev-news30"),
    ("news_heldout31", 31, 167, "dev-news31"),
    ("news_heldout32", 32, 120, "dev-news32"),
    ("news_heldout33", 33, 131, "dev-news33"),
    ("news_heldout34", 34, 150, "dev-news34"),
    ("news_heldout35", 35, 143, "dev-news35"),
    ("news_heldout36", 36, 133, None),
    ("news_heldout37", 37, 412, None),
    ("news_heldout38", 38, 304, None),
    ("news_heldout39", 39, 374, None),
    ("news_heldout40", 40, 358, None),
    ("news_heldout41", 41, 351, None),
    ("news_heldout42", 42, 301, None),
    ("news_heldout43", 43, 182, None),
    ("news_heldout44", 44, 252, None),
    ("news_heldout45", 45, 299, None),
    ("news_heldout46", 46, 175, None),
    ("news_heldout47", 47, 238, None),
    ("news_heldout48", 48, 199, None),
    ("news_heldout49", 49, 182, None),
    ("news_heldout50", 50, 184, None),
    ("news_heldout51", 51, 260, None),
    ("news_heldout52", 52, 109, None),
    ("news_heldout53", 53, 52, None),
    ("news_heldout54", 54, 436, None),
    ("news_heldout55", 55, 162, None),
    ("news_heldout56", 56, 210, None),
    ("news_heldout57", 57, 501, None),
    ("news_heldout58", 58, 172, None),
    ("news_heldout59", 59, 392, None),
    ("news_heldout60", 60, 223, None),
    ("news_heldout61", 61, 180, None),
    ("news_heldout62", 62, 147, None),
    ("news_heldout63", 63, 211, None),
    ("news_heldout64", 64, 203, None),
    ("news_heldout65", 65, 192, None),
    ("news_heldout66", 66, 146, None),
    ("news_heldout67", 67, 127, None),
    ("news_heldout68", 68, 192, None),
    ("news_heldout69", 69, 163, None),
    ("news_heldout70", 70, 171, None),
    ("news_heldout71", 71, 154, None),
    ("news_heldout72", 72, 201, None),
    ("news_heldout73", 73, 168, None),
    ("news_heldout74", 74, 183, None),
    ("news_heldout75", 75, 201, None),
    ("news_heldout76", 76, 186, None),
    ("news_heldout77", 77, 193, None),
    ("news_heldout78", 78, 166, None),
    ("news_heldout79", 79, 200, None),
    ("news_heldout80", 80, 132, None),
    ("news_heldout81", 81, 168, None),
    ("news_heldout82", 82, 176, None),
    ("news_heldout83", 83, 141, None),
    ("news_heldout84", 84, 176, None),
    ("news_heldout85", 85, 186, None),
    ("news_heldout86", 86, 168, None),
    ("news_heldout87", 87, 163, None),
    ("news_heldout88", 88, 178, None),
    ("news_heldout89", 89, 208, None),
    ("news_heldout90", 90, 152, None),
    ("news_heldout91", 91, 160, None),
    ("news_heldout92", 92, 122, None),
    ("news_heldout93", 93, 216, None),
    ("news_heldout94", 94, 220, None),
    ("news_heldout95", 95, 173, None),
    ("news_heldout96", 96, 212, None),
    ("news_heldout97", 97, 194, None),
    ("news_heldout98", 98, 212, None),
    ("news_heldout99", 99, 146, None),
    ("news_heldout100", 100, 168, None),
    ("news_heldout101", 101, 180, None),
    ("news_heldout102", 102, 166, None),
    ("news_heldout103", 103, 222, None),
    ("news_heldout104", 104, 158, None),
    ("news_heldout105", 105, 153, None),
    ("news_heldout106", 106, 196, None),
    ("news_heldout107", 107, 177, None),
    ("news_heldout108", 108, 198, None),
    ("news_heldout109", 109, 188, None),
    ("news_heldout110", 110, 196, None),
    ("news_heldout111", 111, 155, None),
    ("news_heldout112", 112, 156, None),
    ("news_heldout113", 113, 184, None),
    ("news_heldout114", 114, 191, None),
    ("news_heldout115", 115, 170, None),
    ("news_heldout116", 116, 219, None),
    ("news_heldout117", 117, 175, None),
    ("news_heldout118", 118, 152, None),
    ("news_heldout119", 119, 182, None),
    ("news_heldout120", 120, 204, None),
    ("news_heldout121", 121, 192, None),
    ("news_heldout122", 122, 190, None),
    ("news_heldout123", 123, 175, None),
    ("news_heldout124", 124, 147, None),
    ("news_heldout125", 125, 183, None),
    ("news_heldout126", 126, 182, None),
    ("news_heldout127", 127, 174, None),
    ("news_heldout128", 128, 170, None),
    ("news_heldout129", 129, 153, None),
    ("news_heldout130", 130, 198, None),
    ("news_heldout131", 131, 163, None),
    ("news_heldout132", 132, 178, None),
    ("news_heldout133", 133, 157, None),
    ("news_heldout134", 134, 177, None),
    ("news_heldout135", 135, 210, None),
    ("news_heldout136", 136, 166, None),
    ("news_heldout137", 137, 174, None),
    ("news_heldout138", 138, 172, None),
    ("news_heldout139", 139, 139, None),
    ("news_heldout140", 140, 204, None),
    ("news_heldout141", 141, 173, None),
    ("news_heldout142", 142, 192, None),
    ("news_heldout143", 143, 154, None),
]
DEV_CHAIN = (
    *("dev-all", "dev-news", "dev-news2", "dev-news3", "dev-news4", "dev-news5", "dev-news6", "dev-news7", "dev-news8"),
    *("dev-news9", "dev-news10", "dev-news11", "dev-news12", "dev-news13", "dev-news14", "dev-news15", "dev-news16"),
    *("dev-news17", "dev-news18", "dev-news19", "dev-news20", "dev-news21", "dev-news22"),
    *("dev-news23", "dev-news24", "dev-news25", "dev-news26", "dev-news27", "dev-news28"),
    *("dev-news29", "dev-news30", "dev-news31", "dev-news32", "dev-news33", "dev-news34", "dev-news35"),
)


@pytest.mark.parametrize(("split", "quotes"), [("news_heldout2", 112), *((s, q) for s, _n, q, _h in LATER_NEWS)])
def test_later_news_texts_match_the_gold_when_present(split: str, quotes: int) -> None:
    ev = _eval()
    if not any(ev.extra_quotes_dir().glob("*.txt")):
        pytest.skip(f"NEWS TEXTS ABSENT under {ev.extra_quotes_dir()} — set KIBARU_EXTRA_QUOTES")
    skip_unless_complete("quotes", split)
    data = ev.load_gold(split)  # raises ValueError on any changed text or span
    assert sum(len(e["quotes"]) for e in data.values()) == quotes


@pytest.mark.parametrize(("split", "number", "holder"), [(s, n, h) for s, n, _q, h in LATER_NEWS])
def test_later_news_split_is_a_separate_collection(split: str, number: int, holder: str | None) -> None:
    """Each round's blind split: its own articles, no outlet of any earlier news split (rounds 8–17; from round 18 on,
    with 416 outlets used, earlier outlets are allowed), kept by its collection; blind until the round after, then in
    one development split and in none before it."""
    conv = _module("convert_news", REPO / "eval" / "annotation" / "convert_news.py")
    rows = _news_rows()
    later = {s for s, n, _q, _h in LATER_NEWS if n > number}  # every later collection (a fixed window ran out at 33)
    mine = [r for r in rows if r["split"] == split]
    others = [r for r in rows if r["split"] != split]
    earlier = [r for r in others if r["split"] not in later]
    # rounds 8–14: ≥ 100 quotes each; rounds 15–16 (short): ≥ 80; rounds 17–19: ≥ 70; round 20 (shorter): ≥ 60
    # round 53 (news_heldout53) reads the last 14 files of the Wikinews quotes pool: ≥ 40
    floor = 40 if number == 53 else 60 if number >= 15 else 70 if number >= 12 else 80 if number >= 10 else 100
    assert len(mine) >= floor
    assert not {r["article"] for r in mine} & {r["article"] for r in others}
    if number < 13:
        assert not {conv.outlet(r["url"]) for r in mine} & {conv.outlet(r["url"]) for r in earlier}
    sources = REPO / "eval" / "annotation" / f"news_quotes_sources{number}.jsonl"
    kept = {json.loads(line)["url"] for line in sources.read_text(encoding="utf-8").splitlines() if '"kept"' in line}
    assert {r["url"] for r in mine} <= kept
    ev = _eval()
    before = DEV_CHAIN if holder is None else DEV_CHAIN[: DEV_CHAIN.index(holder)]
    assert not any(ev.in_split(split, s) for s in before)
    if holder is None:
        assert split in ev.BLIND_SPLITS or split in ev.SPENT_SPLITS
        assert not (split in ev.BLIND_SPLITS and split in ev.SPENT_SPLITS)
    else:
        assert split not in ev.BLIND_SPLITS and ev.in_split(split, holder)
