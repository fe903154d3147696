"""Identity check for optimisations of the NLP chain: the exported JSON of a fixed set of real texts.

Ingests, with the shipped default chain (``[enrich] components`` of ``defaults.toml``), the
SemEval-2023 French dev articles (``${KIBARU_SHARED:-<repo>/../shared}/corpus/semeval2023_fr/
dev-articles-subtask-3``, read at run time, never copied into the repository) and the bundled
``samples/corpus/dumps``, once with the learned event detector off (the shipped default) and once
with it on (``[events] detector = true``), and writes each run's articles as JSON Lines (the export
contract's records, sorted by id; ``source_path`` made relative to the input folder so that two runs
compare). A speed change must leave both files byte for byte identical:

    PYTHONPATH=<main>/src .venv/bin/python benchmarks/identity_nlp.py --out /tmp/id-main
    PYTHONPATH=<tree>/src .venv/bin/python benchmarks/identity_nlp.py --out /tmp/id-tree --compare /tmp/id-main

``--compare DIR`` exits 1 and names the first differing article when an output differs from DIR's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RUNS = {"detector_off": False, "detector_on": True}


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))


def stage(folder: Path) -> int:
    """Copy the fixed input set into ``folder``; returns the number of SemEval articles copied."""
    dev = shared_dir() / "corpus" / "semeval2023_fr" / "dev-articles-subtask-3"
    files = sorted(dev.glob("article*.txt"))
    (folder / "semeval").mkdir(parents=True)
    for p in files:
        shutil.copyfile(p, folder / "semeval" / p.name)
    shutil.copytree(REPO / "samples" / "corpus" / "dumps", folder / "dumps")
    return len(files)


def run(folder: Path, detector: bool) -> list[str]:
    from kibaru.config import load_config
    from kibaru.enrich import nlp
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.model import export_record
    from kibaru.store import open_storage

    settings: dict[str, Any] = load_config()
    settings["events"] = {**settings.get("events", {}), "detector": detector}
    components = tuple(settings["enrich"]["components"])
    nlp.forget()
    with tempfile.TemporaryDirectory() as tmp:
        storage = open_storage(str(Path(tmp) / "identity.duckdb"))
        ingest([folder], storage, IngestOptions(components=components, settings=settings))
        records = [export_record(a) for a in storage.iter_articles()]
        storage.close()
    lines = []
    for rec in sorted(records, key=lambda r: r["id"]):
        if rec.get("source_path"):
            rec["source_path"] = os.path.relpath(rec["source_path"], folder)
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for detector_off.jsonl / detector_on.jsonl")
    parser.add_argument("--compare", type=Path, default=None, help="folder of a reference run")
    parser.add_argument("--only", choices=sorted(RUNS), default=None, help="one of the two runs")
    args = parser.parse_args()
    if not (shared_dir() / "corpus" / "semeval2023_fr").is_dir():
        print(f"SKIPPED: no SemEval corpus under {shared_dir()} (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "input"
        n_semeval = stage(folder)
        for name, detector in RUNS.items():
            if args.only and name != args.only:
                continue
            lines = run(folder, detector)
            path = args.out / f"{name}.jsonl"
            path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            n_events = sum(len(json.loads(line)["events"]) for line in lines)
            print(f"{name}: {len(lines)} articles ({n_semeval} SemEval dev), {n_events} events -> {path}")
            if args.compare is not None:
                ref = (args.compare / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                if ref == lines:
                    print(f"{name}: IDENTICAL to {args.compare}")
                    continue
                status = 1
                diff = next((i for i, (a, b) in enumerate(zip(ref, lines, strict=False)) if a != b), None)
                where = "article count" if diff is None else json.loads(lines[diff])["id"]
                print(f"{name}: DIFFERS from {args.compare} (first at {where})")
    return status


if __name__ == "__main__":
    sys.exit(main())
