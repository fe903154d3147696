"""Status of the local news texts of the events gold, and the cut finder used to re-collect them.

The news rows of ``eval/events_gold.jsonl`` (``article`` = ``extra:<sha1(url)>``) are read from
``$KIBARU_EXTRA_EVENTS/<sha1(url)>.txt`` (default ``/work/extra_events``); the gold holds the URL, the SHA-1 of
the whole file (``text_sha1``) and, per sentence, its offsets and SHA-1 (``span_sha1``, computed on the text whose
leading `` date YYYY-MM `` marker is blanked). No text is kept in the repository.

Usage::

    python tools/extra_events_status.py status [SPLIT ...]       # per URL: missing / text_sha1 OK|BAD / k of n
    python tools/extra_events_status.py cut URL EXCERPT [--write]  # find the annotated copy in a transcription

``cut`` reads a transcribed search excerpt (plain text, or the excerpt's JSON string literal when the file ends in
``.json``) and looks for the variant whose SHA-1 is the row's ``text_sha1``: every prefix ending at a line end or
past the last gold sentence (with or without a trailing newline), the same with runs of three or more newlines
collapsed to one blank line, or without its first one to three lines, and, when none matches, every ordered
subset of its paragraphs (or lines; the leading date marker kept or not): the annotated copy can hold fewer
paragraphs than the excerpt a later query returns (the store's excerpts depend on the query). When none of those
matches, it rebuilds the copy from scattered sentences: some annotators kept only some sentences of an excerpt, so
each gold sentence is located by its ``span_sha1`` anywhere in the transcription and the sentences are rejoined with
the gold's gap lengths (the transcription's own gap when it has that length, else a whitespace run). ``--write`` stores
the match under the loader's name. Nothing is written unless the whole file's SHA-1 matches; the sentence hashes
are reported too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from itertools import product
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "eval" / "events_gold.jsonl"
# The evaluator's reading of the gold offsets (a leading " date YYYY-MM " marker blanked), not a copy of it.
sys.path.insert(0, str(REPO / "benchmarks"))
from eval_events import DATE_MARKER as MARKER  # noqa: E402
from eval_events import blank_marker  # noqa: E402

sys.path.pop(0)
MAX_UNITS = 18  # subset search: at most 2**18 paragraph subsets
MAX_UNITS_WITH_CUTS = 10  # ... and every cut of each subset only for short excerpts
MAX_GAP_COMBINATIONS = 1 << 16  # scattered-sentence rebuild: gap choices tried at most
# Gaps between kept sentences in the annotated copies seen so far (session 12's recovery): spaces and newline runs.
GAP_FILLERS = (" ", "\n", "\n\n", "\n\n\n", "\n\n\n\n", " \n", " \n\n", "\n \n\n", "\n\n \n\n")


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def extra_dir() -> Path:
    return Path(os.environ.get("KIBARU_EXTRA_EVENTS", "/work/extra_events"))


def news_rows(gold: Path = GOLD) -> dict[str, list[dict[str, Any]]]:
    """Gold rows of the local news copies, by URL (in gold order)."""
    by_url: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "text_sha1" in row and "url" in row:
            by_url[row["url"]].append(row)
    return by_url


def sentences_ok(text: str, rows: list[dict[str, Any]]) -> int:
    blanked = blank_marker(text)
    return sum(sha1(blanked[r["start"]:r["end"]].encode("utf-8")) == r["span_sha1"] for r in rows)


def local_path(url: str, folder: Path) -> Path:
    return folder / f"{sha1(url.encode())}.txt"


def status(splits: list[str], gold: Path, folder: Path) -> dict[str, tuple[int, int]]:
    """Print, per split and URL, whether the local copy is missing, its whole-file hash and how many sentence
    hashes hold; return ``{split: (verified, expected)}``."""
    by_url = news_rows(gold)
    chosen = splits or sorted({rows[0]["split"] for rows in by_url.values()})
    summary: dict[str, tuple[int, int]] = {}
    for split in chosen:
        urls = [u for u, rows in by_url.items() if rows[0]["split"] == split]
        verified = 0
        print(f"== {split}: {len(urls)} URLs")
        for url in urls:
            rows = by_url[url]
            path = local_path(url, folder)
            if not path.is_file():
                print(f"  missing                              {url}")
                continue
            raw = path.read_bytes()
            whole = sha1(raw) == rows[0]["text_sha1"]
            k = sentences_ok(raw.decode("utf-8", errors="replace"), rows)
            verified += whole and k == len(rows)
            print(f"  text_sha1 {'OK ' if whole else 'BAD'} sentences {k:>3}/{len(rows):<3} {url}")
        print(f"  -> verified {verified}/{len(urls)}")
        summary[split] = (verified, len(urls))
    return summary


def _line_cuts(text: str) -> Iterator[str]:
    yield from (text, text + "\n", text.rstrip("\n"), text.rstrip())
    for i, char in enumerate(text):
        if char == "\n":
            yield text[:i]
            yield text[: i + 1]


def candidates(text: str, last_end: int) -> Iterator[tuple[str, str]]:
    """Every variant of a transcribed excerpt the annotated copy may be, with a short description."""
    collapsed = re.sub(r"\n{3,}", "\n\n", text)
    bases = [text, collapsed]
    bases += [b.split("\n", k)[k] for b in (text, collapsed) for k in (1, 2, 3) if b.count("\n") >= k]
    for base in dict.fromkeys(bases):
        for cut in _line_cuts(base):
            yield cut, "cut at a line end"
        for i in range(last_end, len(base) + 1):
            yield base[:i], "cut past the last gold sentence"
            yield base[:i] + "\n", "cut past the last gold sentence, newline added"
    marker = MARKER.match(collapsed)
    heads = [("", collapsed)] + ([(collapsed[: marker.end()], collapsed[marker.end():])] if marker else [])
    for (head, body), sep in product(heads, ("\n\n", "\n")):
        units = body.split(sep)
        if len(units) > MAX_UNITS:
            continue
        for mask in range(1, 2 ** len(units)):
            kept = [i for i in range(len(units)) if mask >> i & 1]
            joined = head + sep.join(units[i] for i in kept)
            kind = "paragraphs" if sep == "\n\n" else "lines"
            label = f"{'marker, ' if head else ''}{kind} {kept} of {len(units)}"
            for tail in ("", "\n", "\n\n"):
                yield joined + tail, label
            if len(units) <= MAX_UNITS_WITH_CUTS:
                for i in range(last_end, len(joined)):
                    yield joined[:i], label + ", cut"


def _locate(blanked: str, rows: list[dict[str, Any]]) -> list[int] | None:
    """Where each gold sentence (in offset order) sits in the transcription, in order, or None if one is absent."""
    found: list[int] = []
    at = 0
    for row in rows:
        length = row["end"] - row["start"]
        hit = next((i for i in range(at, len(blanked) - length + 1)
                    if sha1(blanked[i:i + length].encode("utf-8")) == row["span_sha1"]), None)
        if hit is None:
            return None
        found.append(hit)
        at = hit + length
    return found


def rebuilt(text: str, rows: list[dict[str, Any]]) -> Iterator[str]:
    """Copies made of the gold sentences found anywhere in ``text``, rejoined with the gold's gap lengths."""
    rows = sorted(rows, key=lambda r: r["start"])
    blanked = blank_marker(text)
    locs = _locate(blanked, rows)
    if locs is None:
        return
    first = rows[0]["start"]
    marker = MARKER.match(text)
    if marker and marker.end() <= first:  # keep the marker, then what precedes the first sentence
        prefix = text[: marker.end()] + text[locs[0] - (first - marker.end()): locs[0]]
    else:
        prefix = text[locs[0] - first: locs[0]] if locs[0] >= first else ""
    if len(prefix) != first:
        return
    gaps: list[list[str]] = []
    for k in range(len(rows) - 1):
        end = locs[k] + rows[k]["end"] - rows[k]["start"]
        length = rows[k + 1]["start"] - rows[k]["end"]
        own = text[end: locs[k + 1]]
        options = [own] if len(own) == length else [g for g in GAP_FILLERS if len(g) == length]
        gaps.append(options or [text[locs[k + 1] - length: locs[k + 1]]])
    combinations = 1
    for options in gaps:
        combinations *= len(options)
    if combinations > MAX_GAP_COMBINATIONS:
        return
    rest = text[locs[-1] + rows[-1]["end"] - rows[-1]["start"]:]
    tails = dict.fromkeys(["", "\n", "\n\n", rest.rstrip("\n") + "\n"] + [rest[:n] for n in range(len(rest) + 1)])
    for choice in product(*gaps):
        body = prefix
        for k, row in enumerate(rows):
            body += text[locs[k]: locs[k] + row["end"] - row["start"]] + (choice[k] if k < len(choice) else "")
        for tail in tails:
            yield body + tail


def find_cut(text: str, rows: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The variant of ``text`` whose SHA-1 is the rows' ``text_sha1``, with its description, or None."""
    want = rows[0]["text_sha1"]
    last_end = max(r["end"] for r in rows)
    for candidate, label in candidates(text, last_end):
        if sha1(candidate.encode("utf-8")) == want:
            return candidate, label
    for candidate in rebuilt(text, rows):
        if sha1(candidate.encode("utf-8")) == want:
            return candidate, "scattered sentences rejoined"
    return None


def cut(url: str, excerpt: Path, write: bool, gold: Path, folder: Path) -> int:
    rows = news_rows(gold).get(url)
    if not rows:
        print(f"{url}: not a news row of the gold", file=sys.stderr)
        return 2
    text = excerpt.read_text(encoding="utf-8")
    if excerpt.suffix == ".json":
        text = json.loads(text)
    found = find_cut(text, rows)
    if found is None:
        blanked = blank_marker(text)
        print(f"no match ({len(text)} characters transcribed; last gold sentence ends at "
              f"{max(r['end'] for r in rows)}); sentence hashes on the transcription:")
        for r in sorted(rows, key=lambda r: r["start"]):
            ok = sha1(blanked[r["start"]:r["end"]].encode("utf-8")) == r["span_sha1"]
            print(f"  {r['start']}-{r['end']} {'ok' if ok else 'BAD'}")
        return 1
    match, label = found
    print(f"match ({label}): {len(match)} of {len(text)} characters, sentences {sentences_ok(match, rows)}/{len(rows)}")
    if write:
        folder.mkdir(parents=True, exist_ok=True)
        local_path(url, folder).write_bytes(match.encode("utf-8"))
        print(f"written {local_path(url, folder)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--extra", type=Path, default=None, help="default: $KIBARU_EXTRA_EVENTS or /work/extra_events")
    sub = parser.add_subparsers(dest="command", required=True)
    st = sub.add_parser("status")
    st.add_argument("splits", nargs="*")
    ct = sub.add_parser("cut")
    ct.add_argument("url")
    ct.add_argument("excerpt", type=Path)
    ct.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    folder = args.extra or extra_dir()
    if args.command == "status":
        summary = status(args.splits, args.gold, folder)
        return 0 if all(v == n for v, n in summary.values()) else 1
    return cut(args.url, args.excerpt, args.write, args.gold, folder)


if __name__ == "__main__":
    sys.exit(main())
