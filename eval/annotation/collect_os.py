"""What the OrangeSum quote collection scripts share (``collect_news55.py``, 56, 58, 60-72).

Each script keeps its own selection rule (its docstring and ``draw``) and the record of its reading (``KEPT``,
``READ_SKIPS``, ``LAST_READ``); this module lists the texts already under ``/work/extra_quotes``, gives each row in
reading order its status from that record (:func:`place`), counts the rows by status and stores a selection: the kept
texts copied unchanged to ``$KIBARU_EXTRA_QUOTES``, ``_ids<TAG>.tsv`` and the manifest there and in
``eval/annotation/news_quotes_sources<TAG>.jsonl`` (no text).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEV_QUOTES = Path("/work/extra_quotes")

Row = dict[str, object]


def dev_hashes(own: set[str], *, nested_scratch: bool = False) -> set[str]:
    """sha1 of every text under /work/extra_quotes but ``own`` (this round's own copies) and the files of the scratch
    folder ``_annot`` (with ``nested_scratch``, also those in its subfolders)."""
    out: set[str] = set()
    for path in DEV_QUOTES.rglob("*.txt"):
        scratch = "_annot" in path.parts if nested_scratch else path.parent.name == "_annot"
        if path.name in own or scratch:
            continue
        out.add(hashlib.sha1(path.read_bytes()).hexdigest())
    return out


def place(row: Row, have: set[str], position: int, kept: tuple[int, ...], read_skips: dict[int, str],
          last_read: int | None) -> int:
    """Give ``row``, the next row in reading order, its status from the reading record: dropped unread when its text is
    already under /work/extra_quotes (``have``), else its reading position (``rank``) and kept, skipped on reading, not
    reached (after ``last_read``) or still a candidate. Returns the position reached."""
    if row["text_sha1"] in have:
        row["status"] = "dropped: text already under /work/extra_quotes (unread)"
        return position
    position += 1
    row["rank"] = position
    doc = int(row["q"])  # type: ignore[call-overload]
    if doc in kept:
        row["status"] = "kept"
    elif doc in read_skips:
        row["status"] = f"skipped: {read_skips[doc]}"
    elif last_read is not None and position > last_read:
        row["status"] = "not reached"
    else:
        row["status"] = "candidate"
    return position


def continued(manifest: Path, previous: str, carry: tuple[str, ...], kept: tuple[int, ...],
              read_skips: dict[int, str], last_read: int | None) -> list[Row]:
    """The rows of an earlier split's ``manifest`` that it left « not reached » (rank > 0), in its rank order, each
    placed by this split's reading record (:func:`place`): the earlier rank kept as ``rank<previous>``, the ranks of
    the splits before it (``carry``, e.g. ``("rank65", "rank63")``) copied from the manifest row."""
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    todo = sorted((r for r in rows if r["status"] == "not reached" and int(r["rank"]) > 0),
                  key=lambda r: int(r["rank"]))
    own = {f"{r['url_sha1']}.txt" for r in todo if int(r["q"]) in kept}
    have = dev_hashes(own, nested_scratch=True)
    out: list[Row] = []
    position = 0
    for r in todo:
        doc = int(r["q"])
        row: Row = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, f"rank{previous}": r["rank"]}
        row.update({key: r[key] for key in carry})
        row.update({key: r[key] for key in ("url", "url_sha1", "text_sha1", "date")})
        position = place(row, have, position, kept, read_skips, last_read)
        out.append(row)
    return out


def reordered(pool: list[dict[str, str]], manifest: Path, previous: str, kept: tuple[int, ...],
              read_skips: dict[int, str], last_read: int | None, *, keep_rank: bool = True) -> list[Row]:
    """Every row of the ``pool`` (in pool order): those an earlier split's ``manifest`` left « not reached » (rank > 0)
    in that split's rank order, each placed by this split's reading record (:func:`place`, the earlier rank kept as
    ``rank<previous>`` when ``keep_rank``), after the others, dropped by rule 1."""
    order: dict[int, int] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        earlier = json.loads(line)
        if earlier["status"] == "not reached" and int(earlier["rank"]) > 0:
            order[int(earlier["q"])] = int(earlier["rank"])
    own = {f"{r['url_sha1']}.txt" for r in pool if int(r["doc"]) in kept}
    have = dev_hashes(own)
    dropped: list[Row] = []
    chosen: list[tuple[int, Row]] = []
    for r in pool:
        doc = int(r["doc"])
        row: Row = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, "url": r["url"], "url_sha1": r["url_sha1"],
                    "text_sha1": r["text_sha1"], "date": r["date"]}
        if doc not in order:
            row["status"] = f"dropped: not a news_heldout{previous} « not reached » row (rule 1)"
            dropped.append(row)
            continue
        chosen.append((order[doc], row))
    out: list[Row] = []
    position = 0
    for rank, row in sorted(chosen, key=lambda x: x[0]):
        if keep_rank:
            row[f"rank{previous}"] = rank
        position = place(row, have, position, kept, read_skips, last_read)
        out.append(row)
    return dropped + out


def counts(rows: list[Row]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        key = str(r["status"]).split(":")[0]
        out[key] = out.get(key, 0) + 1
    return out


def main(draw: Callable[[Path], list[Row]], tag: str, *, label: str = "pool rows",
         verified_against: str | None = None) -> None:
    """``[ORANGESUM_ALL_DIR] [--dry]``: draw the rows (from the rebuilt pages in ORANGESUM_ALL_DIR, default
    /work/extra_orangesum_all) and print their counts; without ``--dry``, store the selection. ``verified_against``:
    the record whose ``text_sha1`` each kept text must still have (« news_heldout63's manifest »)."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    source = Path(args[0]) if args else Path("/work/extra_orangesum_all")
    rows = draw(source)
    print(f"{len(rows)} {label}: {counts(rows)}")
    if "--dry" in sys.argv:
        print("first candidates:", [r["q"] for r in rows if r["status"] == "candidate"][:30])
        return
    dest = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    kept = [r for r in rows if r["status"] == "kept"]
    for r in kept:
        src = source / f"{r['url_sha1']}.txt"
        if verified_against is not None and hashlib.sha1(src.read_bytes()).hexdigest() != r["text_sha1"]:
            raise SystemExit(f"doc {r['q']}: the rebuilt text is not the one {verified_against} recorded")
        shutil.copyfile(src, dest / f"{r['url_sha1']}.txt")
    (dest / f"_ids{tag}.tsv").write_text("".join(f"{r['q']}\t{r['url_sha1']}\t{r['url']}\n" for r in kept),
                                        encoding="utf-8")
    manifest = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (dest / f"_manifest{tag}.jsonl").write_text(manifest, encoding="utf-8")
    (REPO / "eval" / "annotation" / f"news_quotes_sources{tag}.jsonl").write_text(manifest, encoding="utf-8")
