"""Build annotator B's line labels of ``real_heldout6`` (``boiler_real_heldout6_b.jsonl``).

Annotator B (branch agree4) read only the guideline (``benchmarks/data/REAL_DUMPS.md``) and the local text of the 94
pages of ``real_heldout6`` (``$KIBARU_REAL_DUMPS``, the files frozen in ``benchmarks/data/boilerplate_split.json``),
printed line by line with ``--show``; never annotator A's labels. B's decisions are in ``boiler_real_heldout6_b.txt``
(per file, the indices of its boilerplate lines; every other non-blank line is article). This script turns them into
records with no text: per page its file name and the sha1 of the file, per non-blank line its index, the sha1 of the
line and B's label, in the format of ``real_dumps6_labels.jsonl``.

Usage: ``python eval/agreement/build_boiler_b.py [--show]`` (``--show`` prints the numbered lines to the terminal
for annotation; nothing of the text is written).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

DECISIONS = HERE / "boiler_real_heldout6_b.txt"
OUT = HERE / "boiler_real_heldout6_b.jsonl"
SPLIT = "real_heldout6"


def read_decisions(path: Path = DECISIONS) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        name, *idx = raw.split()
        out[name] = {int(k) for k in idx}
    return out


def main(argv: list[str]) -> int:
    import real_dumps

    files = real_dumps.load_split(SPLIT)
    root = real_dumps.real_dir()
    if "--show" in argv:
        for n, name in enumerate(files):
            print(f"=== P{n} {name}")
            for k, line in enumerate((root / name).read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    print(f"{k}\t{line}")
        return 0
    boiler = read_decisions()
    unknown = set(boiler) - set(files)
    if unknown:
        raise SystemExit(f"{DECISIONS}: files not in {SPLIT}: {sorted(unknown)}")
    records: list[dict[str, Any]] = []
    n_lines = n_boiler = 0
    for name in files:
        data = (root / name).read_bytes()
        records.append({"page": {"file": name, "file_sha1": hashlib.sha1(data).hexdigest()}})
        split = data.decode("utf-8").splitlines()
        marked = boiler.get(name, set())
        for k in marked:
            if k >= len(split) or not split[k].strip():
                raise SystemExit(f"{DECISIONS}: {name} line {k} is not a non-blank line")
        for k, line in enumerate(split):
            if not line.strip():
                continue
            label = "boilerplate" if k in marked else "article"
            records.append({"file": name, "line": k, "line_sha1": real_dumps.sha1(line), "label": label})
            n_lines += 1
            n_boiler += label == "boilerplate"
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{OUT.relative_to(REPO)}: {len(files)} pages, {n_lines} lines, {n_boiler} boilerplate (annotator B)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
