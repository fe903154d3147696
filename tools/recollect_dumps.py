"""Re-collecting the local texts of a real-dumps set (``benchmarks/data/real_dumpsN_labels.jsonl``).

The page texts are never committed; they live in ``$KIBARU_REAL_DUMPS`` (default ``/work/extra_dumps``), one file per
kept search result, ``<sha1(url)>.txt``, holding the search excerpt byte for byte. When the local folder is lost, the
texts are re-collected by running the recorded queries again (``search``, corpus ``pages``) and transcribing each
kept result's excerpt; this tool lists what to collect and checks what was written against the stored hashes.

* ``plan N``: per query, the query text and the (rank, url, file) of its kept pages.
* ``check N [--dir D] [--fit]``: per page, ``present`` / ``file hash OK`` / ``lines OK k of n`` / ``missing``; exits 1
  when any page is not verified (whole-file sha1 equal to the stored ``file_sha1``). ``--fit`` first puts a page whose
  non-blank lines all match into the layout the line indices record (the build dropped the excerpt's blank lines on
  some sets and ended the file with a newline): only blank lines and the final newline change, and only when the
  result has the stored sha1.

The line-level check compares the non-blank lines of the file, in order, with the stored ``line_sha1`` records, so a
near miss names the lines to fix.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "benchmarks" / "data"
REAL_ENV = "KIBARU_REAL_DUMPS"


def default_dir() -> Path:
    return Path(os.environ.get(REAL_ENV, str(REPO.parent / "extra_dumps")))


def labels_path(n: int, data: Path = DATA) -> Path:
    return data / ("real_dumps_labels.jsonl" if n == 1 else f"real_dumps{n}_labels.jsonl")


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


@dataclass(slots=True)
class LabelSet:
    """The records of one labels file: results in file order, pages by file, line hashes by file (line order)."""

    results: list[dict[str, Any]] = field(default_factory=list)
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    lines: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def read_set(path: Path) -> LabelSet:
    """The search results, pages and line labels of one labels file (pages and lines read by the evaluator's own
    reader, so the two cannot disagree on the format)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from real_dumps import read_labels
    finally:
        sys.path.pop(0)
    pages, lines = read_labels(path)
    with path.open(encoding="utf-8") as fh:
        results = [rec["result"] for rec in map(json.loads, filter(str.strip, fh)) if "result" in rec]
    return LabelSet(results=results, pages=pages, lines=lines)


def plan(labels: LabelSet) -> list[tuple[str, str, list[tuple[int, str, str]]]]:
    """(q, query text, [(rank, url, file)]) per query that has kept pages, in query order."""
    by_url = {p["url"]: p for p in labels.pages.values()}
    order: list[tuple[str, str]] = []
    kept: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for res in labels.results:
        key = (str(res["q"]), str(res["query"]))
        if key not in kept:
            order.append(key)
            kept[key] = []
        page = by_url.get(res["url"])
        if res.get("kept") and page is not None and page["q"] == res["q"] and page["rank"] == res["rank"]:
            kept[key].append((int(res["rank"]), str(res["url"]), str(page["file"])))
    return [(q, query, kept[(q, query)]) for q, query in order if kept[(q, query)]]


@dataclass(slots=True)
class PageCheck:
    file: str
    status: str  # "verified", "lines", "missing"
    ok_lines: int
    n_lines: int
    bad: list[int]  # indices (0-based, among the non-blank lines) that do not match

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def describe(self) -> str:
        if self.status == "missing":
            return "missing"
        if self.status == "verified":
            return f"present, file hash OK, lines OK {self.ok_lines} of {self.n_lines}"
        where = ", ".join(str(k) for k in self.bad[:8]) or "-"
        return (f"present, file hash MISMATCH, lines OK {self.ok_lines} of {self.n_lines} "
                f"(non-blank lines not matching: {where})")


def check_page(path: Path, page: dict[str, Any], line_recs: list[dict[str, Any]]) -> PageCheck:
    n = len(line_recs)
    if not path.is_file():
        return PageCheck(path.name, "missing", 0, n, list(range(n)))
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    non_blank = [line for line in text.splitlines() if line.strip()]
    bad = [k for k, rec in enumerate(line_recs)
           if k >= len(non_blank) or sha1(non_blank[k].encode("utf-8")) != rec["line_sha1"]]
    bad.extend(range(n, len(non_blank)))  # extra lines are mismatches too
    ok = n - sum(1 for k in bad if k < n)
    status = "verified" if sha1(data) == page["file_sha1"] else "lines"
    return PageCheck(path.name, status, ok, n, bad)


def layouts(lines: list[str], indices: list[int]) -> list[str]:
    """Candidate file texts from verified non-blank ``lines``: blank lines where the stored line ``indices`` leave a
    gap, and the excerpt's own trailing-newline variants (none, one); the file hash decides between them."""
    body: list[str] = []
    for line, k in zip(lines, indices, strict=True):
        body.extend([""] * (k - len(body)))
        body.append(line)
    text = "\n".join(body)
    return [text, text + "\n"]


def fit_page(path: Path, page: dict[str, Any], line_recs: list[dict[str, Any]]) -> bool:
    """Rewrite ``path`` in the stored layout when all its non-blank lines match but the file hash does not.

    Only blank lines and the final newline are changed, and only to a text whose sha1 is the stored one; returns
    whether the file is verified afterwards."""
    if not path.is_file():
        return False
    data = path.read_bytes()
    if sha1(data) == page["file_sha1"]:
        return True
    lines = [line for line in data.decode("utf-8", errors="replace").splitlines() if line.strip()]
    if len(lines) != len(line_recs) or any(sha1(line.encode("utf-8")) != rec["line_sha1"]
                                           for line, rec in zip(lines, line_recs, strict=True)):
        return False
    for text in layouts(lines, [int(rec["line"]) for rec in line_recs]):
        if sha1(text.encode("utf-8")) == page["file_sha1"]:
            path.write_bytes(text.encode("utf-8"))
            return True
    return False


def check(labels: LabelSet, root: Path) -> list[PageCheck]:
    return [check_page(root / name, page, labels.lines.get(name, [])) for name, page in labels.pages.items()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p_plan = sub.add_parser("plan", help="queries and kept pages of set N")
    p_plan.add_argument("n", type=int)
    p_check = sub.add_parser("check", help="check the local texts of set N against the stored hashes")
    p_check.add_argument("n", type=int)
    p_check.add_argument("--dir", type=Path, default=None)
    p_check.add_argument("--fit", action="store_true",
                         help="first rewrite pages whose lines all match into the stored blank-line layout")
    args = ap.parse_args(argv)
    path = labels_path(args.n, DATA)
    if not path.is_file():
        print(f"no labels file {path}", file=sys.stderr)
        return 2
    labels = read_set(path)
    if args.cmd == "plan":
        for q, query, pages in plan(labels):
            print(f"{q}\t{query}")
            for rank, url, name in pages:
                print(f"  {rank}\t{url}\t{name}")
        return 0
    root = default_dir() if args.dir is None else args.dir
    if args.fit:
        for name, page in labels.pages.items():
            fit_page(root / name, page, labels.lines.get(name, []))
    results = check(labels, root)
    for res in results:
        print(f"{res.file}\t{res.describe()}")
    verified = sum(1 for r in results if r.verified)
    missing = sum(1 for r in results if r.status == "missing")
    print(f"set {args.n}: {len(results)} pages, {verified} verified, {len(results) - verified - missing} mismatching, "
          f"{missing} missing ({root})")
    return 0 if verified == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
