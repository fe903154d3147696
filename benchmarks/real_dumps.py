"""Real French news dumps for the boilerplate evaluation (round 4): labels in the repository, text kept locally.

The guideline, the collection protocol and the file format are in ``benchmarks/data/REAL_DUMPS.md``. The text of
the pages is © their publishers and never committed: ``$KIBARU_REAL_DUMPS`` (default ``<repo>/../extra_dumps``)
holds one file per page, ``<sha1(url)>.txt``. ``benchmarks/data/real_dumps_labels.jsonl`` holds, per page, its URL,
outlet, file name and the sha1 of the file, and per non-blank line its index, the sha1 of its text and its label.

``load_pages`` checks every hash before handing a page out, so a local copy that differs from the labelled one
stops the evaluation instead of being scored against the wrong labels.

Building (done once, by the annotator): ``python benchmarks/real_dumps.py build ANNOTATION_DIR`` reads the local
annotation files (``qNN.jsonl``: one record per search result, kept results with ``excerpt`` and a label string of
``a``/``b`` per non-blank line, skipped results with the reason) and writes the text files and the labels file;
``python benchmarks/real_dumps.py split`` freezes the outlet split into ``benchmarks/data/boilerplate_split.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
LABELS_FILE = REPO / "benchmarks" / "data" / "real_dumps_labels.jsonl"
# Later sets n = 2..34, each built the same way from new queries, every page of set n the blind ``real_heldout<n>`` of
# boilerplate round n + 5 (rounds 7-39; set 7 has several pages per outlet, from site-focused queries).
LATER_LABELS = {n: REPO / "benchmarks" / "data" / f"real_dumps{n}_labels.jsonl" for n in range(2, 35)}
# ``build --second`` … ``--thirtyfourth``: which later set an annotation round writes.
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twentyfirst": 21,
            "twentysecond": 22, "twentythird": 23, "twentyfourth": 24, "twentyfifth": 25, "twentysixth": 26,
            "twentyseventh": 27, "twentyeighth": 28, "twentyninth": 29,
            "thirtieth": 30, "thirtyfirst": 31, "thirtysecond": 32,
            "thirtythird": 33, "thirtyfourth": 34}
SPLIT_FILE = REPO / "benchmarks" / "data" / "boilerplate_split.json"
REAL_ENV = "KIBARU_REAL_DUMPS"
# Same seed as the html_gold splits; 50/50 by pages, whole outlets on one side.
REAL_SPLIT_SEED = 20240611
REAL_DEV_SHARE = 0.5

# Second-level registry labels under which the registrable domain has three labels ("bbc.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "gouv"})


def real_dir() -> Path:
    return Path(os.environ.get(REAL_ENV, str(REPO.parent / "extra_dumps")))


def sha1(data: str) -> str:
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


def outlet(url: str) -> str:
    """The outlet of a URL: its registrable domain ("fr.allafrica.com" and "allafrica.com" are one outlet)."""
    m = re.match(r"^[a-z]+://([^/:?#]+)", url.strip(), re.I)
    host = (m.group(1) if m else url).lower().rstrip(".")
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def file_name(url: str) -> str:
    return sha1(url) + ".txt"


# ------------------------------------------------------------------------------------------------ loading

@dataclass(slots=True)
class RealPage:
    file: str
    url: str
    outlet: str
    text: str  # the whole local file
    lines: list[str]  # its non-blank lines, verbatim, in order
    article: list[bool]  # gold label per non-blank line (True = article)


def read_labels(path: Path | None = None) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Page records by file name, and line records by file name (in line order)."""
    path = LABELS_FILE if path is None else path
    pages: dict[str, dict[str, Any]] = {}
    lines: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            rec = json.loads(raw)
            if "page" in rec:
                pages[rec["page"]["file"]] = rec["page"]
            elif "line" in rec:
                lines.setdefault(rec["file"], []).append(rec)
    for recs in lines.values():
        recs.sort(key=lambda r: r["line"])
    return pages, lines


def read_all_labels() -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Page and line records of every labelled set (rounds 4, 7, 8, 9, 10, 11, 12 and 13)."""
    pages, lines = read_labels(LABELS_FILE)
    for extra in LATER_LABELS.values():
        if extra.exists():
            pages_x, lines_x = read_labels(extra)
            pages.update(pages_x)
            lines.update(lines_x)
    return pages, lines


class RealDumpsMissing(SystemExit):
    pass


SKIP_ENV = "KIBARU_REAL_DUMPS_SKIP_UNVERIFIED"


def _page_problem(path: Path, meta: dict[str, Any], recs: list[dict[str, Any]]) -> tuple[str | None, RealPage | None]:
    """(reason, None) when the local copy of a labelled page is missing or differs, else (None, page)."""
    if not path.exists():
        return "missing from the local copy of the real dumps", None
    data = path.read_bytes()
    if hashlib.sha1(data).hexdigest() != meta["file_sha1"]:
        return "the file differs from the labelled one (sha1 mismatch)", None
    text = data.decode("utf-8")
    by_index = {r["line"]: r for r in recs}
    lines: list[str] = []
    article: list[bool] = []
    for k, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        rec = by_index.get(k)
        if rec is None or rec["line_sha1"] != sha1(line):
            return f"line {k} is not the labelled line", None
        lines.append(line)
        article.append(rec["label"] == "article")
    if len(lines) != len(recs):
        return f"{len(recs)} labelled lines, {len(lines)} non-blank lines", None
    return None, RealPage(path.name, meta["url"], meta["outlet"], text, lines, article)


def load_pages(files: list[str], root: Path | None = None, skip_unverified: bool | None = None) -> Iterator[RealPage]:
    """The labelled pages ``files`` from the local copy, every hash checked.

    By default a missing or changed file stops the run (``RealDumpsMissing``, naming the file and the reason). With
    ``skip_unverified`` (default: ``$KIBARU_REAL_DUMPS_SKIP_UNVERIFIED`` set to ``1``) such a page is left out instead,
    each one named on stderr, and a final line counts them: the scores are then those of the verified pages only,
    never a figure for the whole split."""
    root = real_dir() if root is None else root
    if skip_unverified is None:
        skip_unverified = os.environ.get(SKIP_ENV, "") == "1"
    if not root.is_dir():
        raise RealDumpsMissing(f"real dumps not found at {root} (set {REAL_ENV}); the text is local-only, see "
                               f"benchmarks/data/REAL_DUMPS.md")
    pages, line_recs = read_all_labels()
    skipped = 0
    for name in files:
        path = root / name
        reason, page = _page_problem(path, pages[name], line_recs.get(name, []))
        if page is not None:
            yield page
            continue
        if not skip_unverified:
            raise RealDumpsMissing(f"{path}: {reason}")
        skipped += 1
        print(f"real dumps: skipped {path}: {reason}", file=sys.stderr)
    if skipped:
        print(f"real dumps: {skipped} of {len(files)} pages skipped (not verified); the scores cover "
              f"{len(files) - skipped} pages, not the whole split", file=sys.stderr)


def load_split(name: str) -> list[str]:
    with SPLIT_FILE.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    if name not in data:
        raise SystemExit(f"split {name!r} is not frozen in {SPLIT_FILE}")
    files: list[str] = data[name]
    return files


# ------------------------------------------------------------------------------------------------ building

def build(annotation_dir: Path, out_dir: Path, labels_file: Path | None = None) -> None:
    """Write the local text files and the labels file (default ``LABELS_FILE``) from the annotator's qNN.jsonl
    records."""
    labels_file = LABELS_FILE if labels_file is None else labels_file
    out_dir.mkdir(parents=True, exist_ok=True)
    records: list[dict[str, Any]] = []
    for path in sorted(annotation_dir.glob("q*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    records.sort(key=lambda r: (r["q"], r["rank"]))
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    line_out: list[dict[str, Any]] = []
    for rec in records:
        result = {"q": rec["q"], "query": rec["query"], "rank": rec["rank"], "url": rec["url"]}
        if "excerpt" not in rec:
            out.append({"result": {**result, "kept": False, "reason": rec["skip"]}})
            continue
        if rec["url"] in seen:
            out.append({"result": {**result, "kept": False, "reason": "duplicate URL"}})
            continue
        seen.add(rec["url"])
        text: str = rec["excerpt"]
        name = file_name(rec["url"])
        (out_dir / name).write_bytes(text.encode("utf-8"))
        split = text.splitlines()
        non_blank = [k for k, line in enumerate(split) if line.strip()]
        labels: str = rec["labels"]
        if len(labels) != len(non_blank) or set(labels) - {"a", "b"}:
            raise SystemExit(f"{rec['url']}: {len(labels)} labels for {len(non_blank)} non-blank lines")
        out.append({"result": {**result, "kept": True}})
        out.append({"page": {"file": name, "url": rec["url"], "outlet": outlet(rec["url"]), "q": rec["q"],
                             "rank": rec["rank"], "file_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                             "lines": len(non_blank)}})
        for k, lab in zip(non_blank, labels, strict=True):
            line_out.append({"file": name, "line": k, "line_sha1": sha1(split[k]),
                             "label": "article" if lab == "a" else "boilerplate"})
    with labels_file.open("w", encoding="utf-8") as fh:
        for item in out + line_out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    kept = sum(1 for r in out if "page" in r)
    print(f"wrote {kept} pages to {out_dir} and {labels_file} ({len(line_out)} labelled lines)")


def make_split(pages: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Outlets in a seeded random order; whole outlets go to real_dev until it holds half the pages."""
    by_outlet: dict[str, list[str]] = {}
    for name, meta in sorted(pages.items()):
        by_outlet.setdefault(meta["outlet"], []).append(name)
    outlets = sorted(by_outlet)
    random.Random(REAL_SPLIT_SEED).shuffle(outlets)
    target = round(len(pages) * REAL_DEV_SHARE)
    dev: list[str] = []
    held: list[str] = []
    for o in outlets:
        (dev if len(dev) < target else held).extend(by_outlet[o])
    return {"real_seed": REAL_SPLIT_SEED, "real_dev": sorted(dev), "real_heldout": sorted(held)}


def freeze_split() -> None:
    with SPLIT_FILE.open(encoding="utf-8") as fh:
        frozen: dict[str, Any] = json.load(fh)
    if "real_heldout" in frozen:
        raise SystemExit("the real-dump split is frozen already")
    pages, _ = read_labels()
    frozen.update(make_split(pages))
    SPLIT_FILE.write_text(json.dumps(frozen, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {SPLIT_FILE}: {len(frozen['real_dev'])} real_dev, {len(frozen['real_heldout'])} real_heldout pages")


def freeze_later_split(n: int) -> None:
    """Freeze ``real_heldout<n>``: every page of the n-th labels file (once)."""
    name = f"real_heldout{n}"
    with SPLIT_FILE.open(encoding="utf-8") as fh:
        frozen: dict[str, Any] = json.load(fh)
    if name in frozen:
        raise SystemExit(f"{name} is frozen already")
    pages, _ = read_labels(LATER_LABELS[n])
    frozen[name] = sorted(pages)
    SPLIT_FILE.write_text(json.dumps(frozen, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {SPLIT_FILE}: {len(frozen[name])} {name} pages")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write the local text files and the labels file from annotation records")
    b.add_argument("annotation_dir", type=Path)
    for word, n in ORDINALS.items():
        b.add_argument(f"--{word}", action="store_true", help=f"round {n + 5}: write the {word} set's labels file")
    sub.add_parser("split", help="freeze the outlet split (once)")
    for word, n in ORDINALS.items():
        sub.add_parser(f"split{n}", help=f"round {n + 5}: freeze real_heldout{n}, every page of the {word} set (once)")
    sub.add_parser("stats", help="pages, lines and labels per split")
    args = parser.parse_args(argv)
    if args.cmd == "build":
        chosen = [n for word, n in ORDINALS.items() if getattr(args, word)]
        build(args.annotation_dir, real_dir(), LATER_LABELS[max(chosen)] if chosen else None)
    elif args.cmd == "split":
        freeze_split()
    elif args.cmd.removeprefix("split").isdigit():
        freeze_later_split(int(args.cmd.removeprefix("split")))
    else:
        pages, line_recs = read_all_labels()
        for split in ("real_dev", "real_heldout", *(f"real_heldout{n}" for n in LATER_LABELS)):
            files = load_split(split)
            labs = [r["label"] for f in files for r in line_recs[f]]
            outlets = {pages[f]["outlet"] for f in files}
            print(f"{split}: {len(files)} pages, {len(outlets)} outlets, {len(labs)} lines, "
                  f"{labs.count('boilerplate')} boilerplate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
