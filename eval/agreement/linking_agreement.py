"""Inter-annotator agreement of the entity-linking gold on ``heldout12l`` (25 news excerpts, issue 3).

Annotator A is the gold (``eval/linking_gold.jsonl``, split ``heldout12l``, spec
``eval/annotation/linking12/heldout12l.spec``); annotator B annotated the same 25 texts from the guideline
(``eval/LINKING.md``), the texts and the KB only, blind to A (``linking_heldout12l_b.jsonl``, offsets only, built
by ``build_linking_b.py``). Both are LLM helpers following the same written guideline.

The measure is ``benchmarks/eval_linking.evaluate`` itself, run with one annotator's mentions standing in for the
system's entities (``kibaru.enrich.entities.extract_entities`` is swapped for the duration of the call), so actor
P/R/F1 (micro over articles), mentions found, mentions linked correctly and mention types are computed by exactly
the code that scores the system:

* **B vs A** — A is the gold (``load_gold`` of the gold file, A's ``ignore`` spans blanked), B is the "system";
* **A vs B** — B is the gold (a temporary gold-format file with B's records; surfaces are re-read from the local
  texts and checked against B's surface hashes, the file is deleted after the run), A is the "system".

A "system" mention carries its annotator's ``kb_id``, label and canonical name; an unlinked name is resolved with
the rule the scorer applies to gold names (``_Keys.gold``: the KB actor that lists exactly that name), so both
sides of a pair are keyed alike. Actor P and R swap between the two directions; mention figures do not (they are
over the reference's mentions). A span table adds exact / overlapping mention spans and, on overlapping pairs,
the share with the same actor and the same label.

Usage: ``KIBARU_EXTRA_LINKING=/work/extra_linking PYTHONPATH=src python eval/agreement/linking_agreement.py
[--disagreements] [--system]`` (``--disagreements`` prints each false positive / negative / wrong link with its
surface to the terminal, for the classification in RESULTS; nothing of the text is written to a file; ``--system``
also scores the shipped system against A and against B).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

SPLIT = "heldout12l"
B_FILE = HERE / f"linking_{SPLIT}_b.jsonl"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def a_records() -> list[dict[str, Any]]:
    import eval_linking

    return [r for r in _jsonl(eval_linking.GOLD) if r["split"] == SPLIT]


def b_records() -> list[dict[str, Any]]:
    """B's records with their surfaces re-read from the local texts (checked against the sha1s)."""
    import eval_linking

    recs = _jsonl(B_FILE)
    texts: dict[str, str] = {}
    for r in recs:
        if r["type"] == "article":
            text = eval_linking.article_path(r["article_file"]).read_text(encoding="utf-8")
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != r["sha1"]:
                raise SystemExit(f"{r['article_file']}: text differs from the one B annotated")
            texts[r["article_file"]] = text
    for r in recs:
        if r["type"] == "mention":
            surface = texts[r["article_file"]][r["start"] : r["end"]]
            if hashlib.sha1(surface.encode("utf-8")).hexdigest()[:12] != r["surface_sha1"]:
                raise SystemExit(f"{r['article_file']}:{r['start']}: surface hash differs")
            r["surface"] = surface
    return recs


def as_entities(recs: list[dict[str, Any]], keys: Any) -> dict[str, list[dict[str, Any]]]:
    """One annotator's mentions as the entity dicts ``extract_entities`` returns, by article file."""
    out: dict[str, list[dict[str, Any]]] = {r["article_file"]: [] for r in recs if r["type"] == "article"}
    for r in recs:
        if r["type"] != "mention":
            continue
        kb_id = r["kb_id"]
        if not kb_id:
            key = keys.gold(r["name"], None)  # the scorer's rule for unlinked gold names, applied alike
            kb_id = None if key.startswith("name:") else key
        out[r["article_file"]].append(
            {
                "start": r["start"],
                "end": r["end"],
                "text": r["surface"],
                "label": r["label"],
                "kb_id": kb_id,
                "canonical": r["name"],
            }
        )
    return out


@contextmanager
def annotator_as_system(ents: dict[str, list[dict[str, Any]]], gold_path: Path) -> Iterator[ModuleType]:
    """``eval_linking.evaluate`` reads ``gold_path`` and gets ``ents`` from ``extract_entities``. Yields the
    ``eval_linking`` module it patched: call ``evaluate`` on it (a test run may hold two copies of the script)."""
    import eval_linking
    import kibaru.enrich.entities as entities

    order: list[str] = []
    real_load, real_extract = eval_linking.load_gold, entities.extract_entities

    def load(split: str = SPLIT, gold: Path = gold_path) -> list[Any]:
        arts = real_load(split, gold_path)
        order[:] = [a.article_file for a in arts]
        return arts

    def extract(texts: list[str], dates: Any = None, sources: Any = None) -> list[list[dict[str, Any]]]:
        return [list(ents.get(f, [])) for f in order]

    eval_linking.load_gold = load
    entities.extract_entities = extract  # type: ignore[assignment]
    try:
        yield eval_linking
    finally:
        eval_linking.load_gold = real_load
        entities.extract_entities = real_extract


@contextmanager
def gold_file(recs: list[dict[str, Any]]) -> Iterator[Path]:
    """A temporary gold-format file of ``recs`` (with surfaces: deleted on exit, never in the repository)."""
    fd, name = tempfile.mkstemp(prefix="linking_b_", suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        yield Path(name)
    finally:
        os.unlink(name)


def spans(a: list[dict[str, Any]], b: list[dict[str, Any]], keys: Any) -> dict[str, int]:
    """Mention spans of the two annotators: exact and overlapping pairs, same actor / label among them."""
    am = [r for r in a if r["type"] == "mention"]
    bm = [r for r in b if r["type"] == "mention"]
    exact = {(r["article_file"], r["start"], r["end"]) for r in am} & {
        (r["article_file"], r["start"], r["end"]) for r in bm
    }
    pairs = same_actor = same_label = 0
    for x in am:
        over = [
            y for y in bm if y["article_file"] == x["article_file"] and y["start"] < x["end"] and x["start"] < y["end"]
        ]
        if not over:
            continue
        y = max(over, key=lambda y: min(x["end"], y["end"]) - max(x["start"], y["start"]))
        pairs += 1
        same_actor += keys.gold(x["name"], x["kb_id"]) == keys.gold(y["name"], y["kb_id"])
        same_label += x["label"] == y["label"]
    return {
        "a": len(am),
        "b": len(bm),
        "exact": len(exact),
        "overlap": pairs,
        "same_actor": same_actor,
        "same_label": same_label,
    }


def _row(res: dict[str, Any]) -> str:
    types = f"{res['type_accuracy']:.3f}" if res["type_accuracy"] is not None else "-"
    return (
        f"{res['actor_precision']:.3f} | {res['actor_recall']:.3f} | {res['actor_f1']:.3f} | "
        f"{res['gold_actors']} / {res['system_actors']} | {res['mentions']} | {res['mention_found']:.3f} | "
        f"{res['mention_link_accuracy']:.3f} | {types}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--disagreements", action="store_true", help="print each disagreement (surfaces to the terminal)")
    ap.add_argument("--system", action="store_true", help="also score the shipped system against A and against B")
    args = ap.parse_args(argv)
    import eval_linking

    missing = eval_linking.missing_extra(SPLIT)
    if missing:
        print(f"SKIPPED: {len(missing)} texts of {SPLIT} not in {eval_linking.extra_dir()} (KIBARU_EXTRA_LINKING)")
        return 0
    keys = eval_linking._Keys()
    recs_a, recs_b = a_records(), b_records()
    a_actors = {r["article_file"]: len(r["actors"]) for r in recs_a if r["type"] == "article"}
    b_actors = {r["article_file"]: len(r["actors"]) for r in recs_b if r["type"] == "article"}
    if set(a_actors) != set(b_actors):
        raise SystemExit("A and B annotated different articles")
    runs: list[tuple[str, Path | None, dict[str, list[dict[str, Any]]] | None]] = []
    results: dict[str, dict[str, Any]] = {}
    with gold_file(recs_b) as b_gold:
        runs = [
            ("B vs A (A = gold)", eval_linking.GOLD, as_entities(recs_b, keys)),
            ("A vs B (B = gold)", b_gold, as_entities(recs_a, keys)),
        ]
        for label, path, ents in runs:
            if args.disagreements:
                print(f"\n## {label}")
            assert path is not None and ents is not None
            with annotator_as_system(ents, path) as patched:
                results[label] = patched.evaluate(SPLIT, args.disagreements)
        if args.system:
            for label, path in (("system vs A", eval_linking.GOLD), ("system vs B", b_gold)):
                real_load: Callable[..., Any] = eval_linking.load_gold
                eval_linking.load_gold = lambda split, gold=path, _f=real_load: _f(split, gold)
                try:
                    results[label] = eval_linking.evaluate(SPLIT, False)
                finally:
                    eval_linking.load_gold = real_load
    n_a, n_b = sum(a_actors.values()), sum(b_actors.values())
    print(
        f"\nLinking agreement on {SPLIT} ({len(a_actors)} news excerpts; A: {n_a} article actors, "
        f"{sum(r['type'] == 'mention' for r in recs_a)} mentions; B: {n_b} article actors, "
        f"{sum(r['type'] == 'mention' for r in recs_b)} mentions), scored by benchmarks/eval_linking.evaluate:"
    )
    print(
        "| run | actors P | actors R | actors F1 | reference / compared actors | reference mentions | found | "
        "linked correctly | types right |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, res in results.items():
        print(f"| {label} | {_row(res)} |")
    s = spans(recs_a, recs_b, keys)
    print(
        f"\nMention spans: A {s['a']}, B {s['b']}; exact same span {s['exact']} (F1 "
        f"{2 * s['exact'] / (s['a'] + s['b']):.3f}); A mentions overlapping a B mention {s['overlap']}, of which "
        f"same actor {s['same_actor']} ({s['same_actor'] / s['overlap']:.3f}) and same label {s['same_label']} "
        f"({s['same_label'] / s['overlap']:.3f})"
    )
    ab = results["B vs A (A = gold)"]
    print("\nPer article (B vs A): tp / fp (B only) / fn (A only)")
    for row in ab["per_article"]:
        short = row["article"].rsplit("/", 1)[-1][:10]
        print(
            f"  {short}  A {a_actors[row['article']]:>2}  B {b_actors[row['article']]:>2}  "
            f"tp {row['tp']:>2}  fp {row['fp']:>2}  fn {row['fn']:>2}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
