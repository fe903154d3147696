"""Which files in the repository — now, or anywhere in its history — share runs of words with texts
the project may not redistribute (the SemEval articles, the local news excerpts)?

Usage::

    python tools/history_audit.py [--history] [--min-words 15] [PROTECTED_DIR ...]

Protected texts: every ``*.txt`` under ``$KIBARU_SHARED/corpus/semeval2023_fr`` plus every ``*.txt`` under
each ``PROTECTED_DIR`` (e.g. ``/work/extra_quotes``). A file is reported when it holds a run of at least
``--min-words`` consecutive words (lower-cased) that also occurs in a protected text. Without ``--history``
only the tracked files of HEAD are read; with it, every blob reachable from any ref, each with the paths and
commits that hold it.
Exit status 1 when something is reported, so the check can gate a release.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

WORD = re.compile(r"\w+", re.UNICODE)
# Gold files and manifests hold the pages' addresses, which the project may publish; their slugs repeat the
# headline word for word, so addresses are left out on both sides.
URL = re.compile(r"\b(?:https?://|www\.)\S+")
# Runs are found as chains of overlapping 8-word shingles. 8 words alone still match names of bodies
# ("ministère de la défense de la Fédération de Russie") and stock phrases. The gate is 16: on 2026-11-30
# the narratives notes quoting whole SemEval headlines reached 16 and were removed; what remains are short
# citations of an example in tests and guidelines (≤ 15 words).
K = 8
DEFAULT_MIN_WORDS = 16
# Files larger than this are data dumps or models, never hand-written annotations.
MAX_BYTES = 8_000_000
SKIP_SUFFIXES = (".gz", ".parquet", ".duckdb", ".png", ".jpg", ".woff2", ".bin")


def shingles(text: str, k: int = K) -> Iterator[int]:
    words = WORD.findall(URL.sub(" ", text).lower())
    for i in range(len(words) - k + 1):
        yield hash(" ".join(words[i : i + k]))


def longest_run(text: str, protected: set[int], k: int = K) -> int:
    """Words in the longest stretch of ``text`` covered by consecutive protected shingles."""
    best = run = 0
    for h in shingles(text, k):
        run = run + 1 if h in protected else 0
        best = max(best, run)
    return best + k - 1 if best else 0


def protected_shingles(dirs: Iterable[Path], k: int = K) -> tuple[set[int], int]:
    seen: set[int] = set()
    n = 0
    for d in dirs:
        for p in sorted(d.rglob("*.txt")):
            seen.update(shingles(p.read_text(encoding="utf-8", errors="replace"), k))
            n += 1
    return seen, n


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def head_blobs() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for line in _git("ls-tree", "-r", "HEAD").splitlines():
        meta, path = line.split("\t", 1)
        out[meta.split()[2]].append(path)
    return out


def history_blobs() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for line in _git("rev-list", "--objects", "--all").splitlines():
        sha, _, path = line.partition(" ")
        if path:
            out[sha].append(path)
    return out


def read_blobs(shas: list[str]) -> Iterator[tuple[str, bytes]]:
    proc = subprocess.Popen(["git", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    for sha in shas:
        proc.stdin.write(sha.encode() + b"\n")
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        if len(header) < 3:  # "<sha> missing": nothing follows
            continue
        data = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)  # the newline after every object
        if header[1] == b"blob":  # rev-list --objects names trees too
            yield sha, data
    proc.stdin.close()
    proc.wait()


def commits_holding(sha: str) -> list[str]:
    """The first and last commit (by date) whose tree holds the blob — enough to say where to cut."""
    found = _git("log", "--all", "--format=%h", "--find-object=" + sha).split()
    return [found[-1], found[0]] if found else []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more folders of protected *.txt texts")
    ap.add_argument("--history", action="store_true", help="every blob of every ref, not only HEAD")
    ap.add_argument("--min-words", type=int, default=DEFAULT_MIN_WORDS)
    args = ap.parse_args(argv)
    shared = Path(os.environ.get("KIBARU_SHARED", "../shared"))
    semeval = shared / "corpus" / "semeval2023_fr"
    dirs = [semeval, *args.dirs]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        print(f"history_audit: no such folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    protected, n_texts = protected_shingles(dirs)
    blobs = history_blobs() if args.history else head_blobs()
    wanted = [s for s, paths in blobs.items() if not any(p.endswith(SKIP_SUFFIXES) for p in paths)]
    print(f"{n_texts} protected texts, {len(protected)} runs of {K} words; {len(wanted)} blobs to read")
    reported = 0
    for sha, data in read_blobs(wanted):
        if len(data) > MAX_BYTES or b"\0" in data[:4096]:
            continue
        words = longest_run(data.decode("utf-8", errors="replace"), protected)
        if words >= args.min_words:
            reported += 1
            where = " ".join(commits_holding(sha)) if args.history else "HEAD"
            print(f"{words:5d} words  {sha[:10]}  {where}  {', '.join(sorted(set(blobs[sha])))}")
    print(f"{reported} blob(s) hold a run of ≥ {args.min_words} words found in a protected text")
    return 1 if reported else 0


if __name__ == "__main__":
    sys.exit(main())
