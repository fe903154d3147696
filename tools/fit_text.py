"""Undo an annotator's hand edits on a re-collected excerpt, guided by the gold's own anchors.

The linking and quote splits built before session 11 were edited by hand before annotation (a caption, heading,
byline or "Lire aussi" line dropped, a date marker or a glued prefix removed, blank-line runs changed, the excerpt cut
after a sentence). `local_texts.py restore` tries the layout changes and line cuts only; this tool searches the
excerpt's units (lines, or sentences with ``--sentences``) for the subset the annotator kept, in order, with at most
``--drop`` units left out, keeping a candidate only while every gold anchor it already covers still holds (the
excerpt is also tried with only its leading whitespace removed, and a cut also closed with a full stop: session 24,
five news_heldout17 quote texts):

* linking: each mention's ``surface`` sits at its ``start:end`` (``eval/linking_gold.jsonl``);
* quotes: each quote span hashes to its ``check`` (``eval/quotes_gold.jsonl``); a candidate is also tried cut at the
  manifest's ``chars`` (the older quote splits were cut there, mid-line).

A file is written only when a candidate's SHA-1 is the gold's (never a hash edited to fit a text), so the anchors only
prune the search. Events texts have their own finder (``tools/extra_events_status.py cut``, used by ``restore``).

    python tools/fit_text.py NAME [--drop 3] [--sentences] [--write]
    python tools/fit_text.py --all [--write]     # every missing linking / quotes text with a kept excerpt

NAME is the local file's stem (``sha1(url)``); the excerpts tried are the ones ``restore`` kept in each task folder's
``_excerpts/NAME.*.excerpt``. Written in session 20 after a helper's throw-away script recovered about 40 hand-edited
linking texts; checked on 25 verified texts of heldout18l-23l whose file is not the raw excerpt: 23 refitted (lines,
3 drops, then sentences, 4 drops).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import local_texts

REPO = local_texts.REPO
# A date marker the builds put before the text, with or without a day: " date 2024-03 " / " date 2024-03-12 ".
DATE_MARKER = re.compile(r"^\s*date \d{4}(?:-\d\d){0,2}\s*")
# Search size bound per layout (a text of 40 units and 3 drops is far below it).
MAX_NODES = 2_000_000
# Units the search may drop before the first kept one (a leading title, date line or chrome block).
LEADING_DROPS = 8

Anchor = tuple[int, int, Callable[[str], bool]]


@functools.cache
def _jsonl(path: Path) -> tuple[dict, ...]:
    """A gold or manifest file's rows, read once per run (``--all`` asks for every missing text)."""
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _equals(surface: str) -> Callable[[str], bool]:
    return lambda segment: segment == surface


def _hashes_to(check: str) -> Callable[[str], bool]:
    return lambda segment: "sha1:" + _sha1(segment)[:16] == check


def quote_chars(name: str) -> int | None:
    """The length a quote manifest records for local text ``name`` (the older splits were cut there, mid-line)."""
    for manifest in sorted((REPO / "eval" / "annotation").glob("news_quotes_sources*.jsonl")):
        for row in _jsonl(manifest):
            if row.get("sha1_url") == name and row.get("chars"):
                return int(row["chars"])
    return None


def anchors_for(name: str) -> tuple[str | None, list[Anchor]]:
    """(the gold sha1, the anchors) of local text ``name`` from the linking or quotes gold."""
    sha1: str | None = None
    anchors: list[Anchor] = []
    for row in _jsonl(REPO / "eval" / "linking_gold.jsonl"):
        if row.get("article_file") != f"extra_linking/{name}.txt":
            continue
        if row["type"] == "article":
            sha1 = row.get("sha1")
        else:
            anchors.append((row["start"], row["end"], _equals(row["surface"])))
    if sha1 is not None:
        return sha1, sorted(anchors, key=lambda a: a[0])
    for row in _jsonl(REPO / "eval" / "quotes_gold.jsonl"):
        if row.get("article") != f"local:{name}":
            continue
        sha1 = row.get("text_sha1", sha1)
        anchors.append((row["start"], row["end"], _hashes_to(str(row.get("check", "")))))
    return sha1, sorted(anchors, key=lambda a: a[0])


def layouts(raw: str) -> Iterator[str]:
    """The excerpt with and without inline markup and its date marker, each as returned and with its blank-line runs
    changed."""
    bases = (raw, local_texts.HTML_TAG.sub("", raw))
    # the marker dropped, or only the whitespace before it (some quote copies start "date 2018-04 ...")
    starts = (t for base in bases for t in (base, base.lstrip(), DATE_MARKER.sub("", base, count=1)))
    for text in dict.fromkeys(starts):
        yield text
        yield re.sub(r"\n{3,}", "\n\n", text)
        yield re.sub(r"\n\s*\n+", "\n", text)
        yield re.sub(r"[ \t]+\n", "\n", text)
        yield re.sub(r"\n+", "\n\n", text)


def units(text: str, sentences: bool) -> list[str]:
    """Lines with their line breaks, or (``sentences``) each line's sentences with their trailing spaces."""
    lines = [part for part in re.findall(r"[^\n]*\n*", text) if part]
    if not sentences:
        return lines
    out: list[str] = []
    for line in lines:
        out += [p for p in re.split(r"(?<=[.!?»”\"] )(?=[A-ZÀ-Ý«“\"])", line) if p]
    return out


def _holds(text: str, anchors: list[Anchor]) -> bool:
    """Every anchor the (partial) text reaches still holds; a cut-off anchor only has to be a prefix match later."""
    for start, end, ok in anchors:
        if start >= len(text):
            break
        if end <= len(text) and not ok(text[start:end]):
            return False
    return True


def _endings(text: str) -> Iterator[str]:
    stripped = text.rstrip("\n ")
    yield from (stripped, stripped + "\n", stripped + "\n\n", text)
    if stripped and stripped[-1] not in ".!?»”\"…":
        yield stripped + "."  # a store excerpt cut mid-sentence whose copy the annotator closed with a full stop


def _search_units(parts: list[str], sha1: str, anchors: list[Anchor], drop: int, length: int | None = None
                  ) -> str | None:
    """Depth first over keep / drop of each unit (keep first), pruned by the anchors and the drop budget; with
    ``length`` (a quote manifest's ``chars``) a candidate is also tried cut at that many characters mid-line."""
    nodes = 0

    def walk(i: int, kept: str, dropped: int, started: bool) -> str | None:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_NODES or i == len(parts):
            return None
        with_unit = kept + parts[i]
        if _holds(with_unit, anchors):
            ends = list(_endings(with_unit))
            if length is not None and len(with_unit) > length:
                ends += [with_unit[:length], with_unit[:length - 1] + "."]
            hit = next((e for e in ends if _sha1(e) == sha1), None)
            if hit is not None:
                return hit
            deeper = walk(i + 1, with_unit, dropped, True)
            if deeper is not None:
                return deeper
        if (started and dropped < drop) or (not started and i < LEADING_DROPS):
            # a dropped unit that ended its line leaves the line break (a sentence cut from a paragraph's end)
            breaks = re.search(r"\n+$", parts[i])
            rest = kept.rstrip(" ") + breaks.group(0) if started and breaks and not kept.endswith("\n") else kept
            return walk(i + 1, rest, dropped + started, started)
        return None

    return walk(0, "", 0, False)


def search(raw: str, sha1: str, anchors: list[Anchor], drop: int, sentences: bool, length: int | None = None
           ) -> str | None:
    """The kept-unit subset of an excerpt layout whose bytes hash to ``sha1``, or None."""
    for text in dict.fromkeys(layouts(raw)):
        found = _search_units(units(text, sentences), sha1, anchors, drop, length)
        if found is not None:
            return found
    return None


def fit_all(write: bool) -> list[str]:
    """Every missing linking or quotes text with a kept excerpt: lines (3 drops), then sentences (4 drops)."""
    done: list[str] = []
    for exp in local_texts.expected_texts():
        if exp.task not in ("linking", "quotes") or local_texts.state(exp) == "verified":
            continue
        name = exp.name[: -len(".txt")]
        kept = [p for task in local_texts.FOLDERS
                for p in sorted((local_texts.folder(task) / "_excerpts").glob(f"{name}.*excerpt"))]
        sha1, anchors = anchors_for(name) if kept else (None, [])
        if sha1 != exp.sha1:
            continue
        length = quote_chars(name) if exp.task == "quotes" else None
        for path in kept:
            raw = path.read_text(encoding="utf-8")
            match = search(raw, sha1, anchors, 3, False, length) or search(raw, sha1, anchors, 4, True, length)
            if match is not None:
                if write:
                    (local_texts.folder(exp.task) / exp.name).write_bytes(match.encode("utf-8"))
                done.append(f"fitted  {exp.task}/{exp.split} {exp.name}  (from {path})")
                break
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("name", nargs="?", help="the local file's stem (sha1 of the url)")
    parser.add_argument("--all", action="store_true", help="every missing linking / quotes text with a kept excerpt")
    parser.add_argument("--drop", type=int, default=3, help="units that may be left out after the first kept one")
    parser.add_argument("--sentences", action="store_true", help="units are sentences, not lines")
    parser.add_argument("--write", action="store_true", help="write the match to every task expecting it")
    args = parser.parse_args(argv)
    if args.all:
        done = fit_all(args.write)
        print("\n".join(done) if done else "no missing text fits a kept excerpt")
        return 0
    if not args.name:
        parser.error("give NAME or --all")
    sha1, anchors = anchors_for(args.name)
    if sha1 is None:
        print(f"{args.name}: no linking or quotes gold names this text", file=sys.stderr)
        return 2
    kept = [p for task in local_texts.FOLDERS
            for p in sorted((local_texts.folder(task) / "_excerpts").glob(f"{args.name}.*excerpt"))]
    if not kept:
        print(f"{args.name}: no kept excerpt (run `local_texts.py restore` on a search answer first)", file=sys.stderr)
        return 2
    length = quote_chars(args.name)
    for path in kept:
        match = search(path.read_text(encoding="utf-8"), sha1, anchors, args.drop, args.sentences, length)
        if match is None:
            continue
        print(f"match from {path}: {len(match)} characters, {len(anchors)} anchors hold")
        if args.write:
            for exp in local_texts.expected_texts():
                if exp.name == f"{args.name}.txt" and exp.sha1 == sha1:
                    target = local_texts.folder(exp.task) / exp.name
                    target.write_bytes(match.encode("utf-8"))
                    print(f"written {target}")
        return 0
    print(f"{args.name}: no subset of {len(kept)} kept excerpt(s) with at most {args.drop} units dropped matches")
    return 1


if __name__ == "__main__":
    sys.exit(main())
