"""eval/annotation/pools46.py: session 46's blind pools are disjoint and follow their written rules (index rows written
for this test in the shape the text tools write)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "annotation"))

import pools46


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    path.write_text("\n".join("\t".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


def test_bbc_pools_split_by_category_and_row(tmp_path: Path) -> None:
    cats = ["business", "health", "politics", "sports", "technology"]
    rows = [["train", str(i), f"u{i}", f"t{i}", cats[(i - 1) // 50], f"loc{i}", f"titre {i}"] for i in range(1, 251)]
    header = ["split", "row", "url_sha1", "text_sha1", "category", "url", "headline"]
    index = _write(tmp_path / "index.tsv", header, rows)
    pools = {p: [int(r["row"]) for r in pools46.candidates(p, index)] for p in pools46.BBC_POOLS}
    assert len(pools["quotes_bbc"]) == 99 and 86 not in pools["quotes_bbc"]  # the dev/test repeat is out
    assert all(r % 2 == 1 for r in pools["linking_bbc"]) and 101 not in pools["linking_bbc"]
    assert all(r % 2 == 0 for r in pools["events_bbc"])
    seen = [r for rows_ in pools.values() for r in rows_]
    assert len(seen) == len(set(seen)) == 248
    assert pools["linking_bbc_tech"] == list(range(201, 251))


def test_orangesum_pools_exclude_africa_pages_and_follow_the_hash(tmp_path: Path) -> None:
    rows = []
    for i in range(300):
        sha = hashlib.sha1(str(i).encode()).hexdigest()
        section = ("monde", "politique", "france")[i % 3]
        headline = "Une attaque fait trois morts" if (i // 3) % 2 == 0 else "Un débat sur le budget"
        rows.append([str(i), sha, "x", "2019-01-01", section, "1" if i % 7 == 0 else "0", f"u{i}", headline])
    header = ["doc", "url_sha1", "text_sha1", "date", "section", "hits", "url", "headline"]
    index = _write(tmp_path / "index.tsv", header, rows)
    pools = {p: pools46.candidates(p, index) for p in pools46.ORANGESUM_POOLS}
    for name, rest in (("quotes_os", 0), ("linking_os", 1), ("events_os", 2), ("events_os2", 0), ("events_os3", 0),
                       ("events_os4", 1)):
        chosen = pools[name]
        assert chosen and all(r["hits"] == "0" and int(r["url_sha1"], 16) % 3 == rest for r in chosen)
        assert [r["url_sha1"] for r in chosen] == sorted(r["url_sha1"] for r in chosen)
    assert all(pools46.EVENT_HEADLINE.search(r["headline"]) for r in pools["events_os"] + pools["events_os2"])
    # session 54's events pool shares no page with the earlier pools
    earlier = {r["url_sha1"] for name in ("quotes_os", "linking_os", "events_os") for r in pools[name]}
    assert pools["events_os2"] and not earlier & {r["url_sha1"] for r in pools["events_os2"]}
    # session 56's events pool shares no page with the earlier pools and keeps to its section
    earlier |= {r["url_sha1"] for r in pools["events_os2"]}
    assert pools["events_os3"] and not earlier & {r["url_sha1"] for r in pools["events_os3"]}
    assert all(r["section"] == "france" for r in pools["events_os3"])
    # session 60's events pool shares no page with the earlier pools and keeps to its section
    earlier |= {r["url_sha1"] for r in pools["events_os3"]}
    assert pools["events_os4"] and not earlier & {r["url_sha1"] for r in pools["events_os4"]}
    assert all(r["section"] == "france" for r in pools["events_os4"])
    assert all(r["section"] == "politique" for r in pools["quotes_os"])
    # session 61's linking pool shares no page with the earlier pools: section monde, residue 2, no event headline
    earlier |= {r["url_sha1"] for r in pools["events_os4"]}
    assert pools["linking_os2"] and not earlier & {r["url_sha1"] for r in pools["linking_os2"]}
    assert all(r["section"] == "monde" and int(r["url_sha1"], 16) % 3 == 2 for r in pools["linking_os2"])
    assert not any(pools46.EVENT_HEADLINE.search(r["headline"]) for r in pools["linking_os2"])
    # session 62's events pool shares no page with the earlier pools: section france, residue 2, an event headline
    earlier |= {r["url_sha1"] for r in pools["linking_os2"]}
    assert pools["events_os5"] and not earlier & {r["url_sha1"] for r in pools["events_os5"]}
    assert all(r["section"] == "france" and int(r["url_sha1"], 16) % 3 == 2 for r in pools["events_os5"])
    assert all(pools46.EVENT_HEADLINE.search(r["headline"]) for r in pools["events_os5"])
