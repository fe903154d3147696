"""Republication clustering: kibaru's MinHash LSH against plain datasketch, on the same data.

The corpus comes from ``benchmarks/synth.py`` (real French sentences; families of republications
and same-topic decoys with ground truth). Each method runs in its own child process, so its
throughput and peak memory are its own; all run in one invocation on the same files:

* ``kibaru``: ``minhash_signatures`` + ``cluster`` on signatures only (what the ingest does);
* ``kibaru+texts``: the same, verifying cut endings by exact shingle containment;
* ``datasketch``: ``MinHash`` (same 5-word shingles, same num_perm) + ``MinHashLSH`` with the same
  threshold, every LSH candidate pair unioned;
* ``datasketch+verify``: the same candidates kept only when ``MinHash.jaccard`` ≥ the threshold.

Scores are pairwise precision / recall / F1 of "same cluster" against "same family". Thresholds
are tuned with ``--tune`` on the dev part (seed 1) and reported on the held-out test part (seed 2),
whose sentences come from other source articles.

    python benchmarks/bench_dedup.py --sizes 10000 100000          # report (test part, seed 2)
    python benchmarks/bench_dedup.py --tune --sizes 10000           # grid on the dev part (seed 1)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from kibaru.analyse import dedup  # noqa: E402

DATA = HERE / ".data"
DEV_SEED, TEST_SEED = 1, 2
METHODS = ("kibaru", "kibaru+texts", "datasketch")


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def corpus(n: int, seed: int, part: str) -> Path:
    """The synthetic corpus, generated once and cached under benchmarks/.data."""
    from synth import generate

    folder = DATA / f"dedup_{part}_s{seed}_{n}"
    if not (folder / "truth.jsonl").exists():
        for _ in generate(n, seed=seed, out_dir=folder, part=part):
            pass
    return folder


def load(folder: Path) -> tuple[list[str], list[str], list[dict]]:
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    names = [t["doc"] for t in truth]
    texts = [(folder / name).read_text(encoding="utf-8") for name in names]
    return names, texts, truth


def pair_scores(pred: Sequence[str], gold: Sequence[str | None]) -> dict[str, float]:
    """Pairwise precision / recall / F1 of predicted clusters against gold families."""
    gold_ids = [g if g is not None else f"_single{i}" for i, g in enumerate(gold)]

    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    tp = pairs(Counter(zip(pred, gold_ids, strict=True)))
    predicted, true = pairs(Counter(pred)), pairs(Counter(gold_ids))
    p = tp / predicted if predicted else 1.0
    r = tp / true if true else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def diagnostics(pred: Sequence[str], truth: Sequence[dict]) -> dict[str, float]:
    """Share of cut-ending variants joined to their story; share of decoys merged with theirs."""
    where = {t["doc"]: i for i, t in enumerate(truth)}
    cut = [t for t in truth if t["role"] == "variant" and "cut_ending" in t["edits"]]
    decoys = [t for t in truth if t["role"] == "decoy"]
    same = lambda t: pred[where[t["doc"]]] == pred[where[t["of"]]]  # noqa: E731
    return {
        "cut_joined": sum(map(same, cut)) / max(1, len(cut)),
        "decoy_merged": sum(map(same, decoys)) / max(1, len(decoys)),
    }


def word_shingles(text: str, size: int) -> list[bytes]:
    tokens = dedup.normalise_tokens(text)
    k = min(size, len(tokens))
    return [" ".join(tokens[i : i + k]).encode() for i in range(len(tokens) - k + 1)] if tokens else []


def labels_from_pairs(n: int, pairs: Sequence[tuple[int, int]]) -> list[str]:
    uf = dedup._UnionFind(n)
    for a, b in pairs:
        uf.union(a, b)
    return [str(uf.find(i)) for i in range(n)]


def run_kibaru(names: list[str], texts: list[str], with_texts: bool) -> list[str]:
    sigs = dedup.minhash_signatures(texts)
    lookup: Callable[[str], str] | None = None
    if with_texts:
        by_name = dict(zip(names, texts, strict=True))
        lookup = by_name.__getitem__
    result = dedup.cluster(names, sigs, [(i,) for i in range(len(names))], texts=lookup)
    return [result.cluster_of[name] for name in names]


def run_datasketch(names: list[str], texts: list[str]) -> tuple[list[str], list[str], float]:
    from datasketch import MinHash, MinHashLSH

    hashes = []
    for text in texts:
        m = MinHash(num_perm=dedup.NUM_PERM)
        m.update_batch(word_shingles(text, dedup.SHINGLE_SIZE))
        hashes.append(m)
    lsh = MinHashLSH(threshold=dedup.JACCARD_THRESHOLD, num_perm=dedup.NUM_PERM)
    for name, m in zip(names, hashes, strict=True):
        lsh.insert(name, m)
    where = {name: i for i, name in enumerate(names)}
    plain: list[tuple[int, int]] = []
    verified: list[tuple[int, int]] = []
    start = time.perf_counter()
    for i, m in enumerate(hashes):
        for other in lsh.query(m):
            j = where[other]
            if j > i:
                plain.append((i, j))
    verify_start = time.perf_counter()
    for i, j in plain:
        if hashes[i].jaccard(hashes[j]) >= dedup.JACCARD_THRESHOLD:
            verified.append((i, j))
    verify_seconds = time.perf_counter() - verify_start
    del start
    return labels_from_pairs(len(names), plain), labels_from_pairs(len(names), verified), verify_seconds


def child(method: str, folder: str) -> None:
    names, texts, truth = load(Path(folder))
    gold = [t["family"] for t in truth]
    base_rss = rss_mb()
    start = time.perf_counter()
    rows = []
    if method == "datasketch":
        plain, verified, verify_seconds = run_datasketch(names, texts)
        elapsed = time.perf_counter() - start
        rows.append(("datasketch", plain, elapsed - verify_seconds))
        rows.append(("datasketch+verify", verified, elapsed))
    else:
        labels = run_kibaru(names, texts, with_texts=method == "kibaru+texts")
        rows.append((method, labels, time.perf_counter() - start))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, labels, seconds in rows:
        out = {"method": name, "docs": len(names), "seconds": seconds, "docs_per_s": len(names) / seconds,
               "peak_rss_mb": peak, "extra_peak_mb": peak - base_rss, "clusters": len(set(labels))}
        out.update(pair_scores(labels, gold))
        out.update(diagnostics(labels, truth))
        print(json.dumps(out))


def report(sizes: Sequence[int], seed: int, part: str) -> None:
    header = (f"{'docs':>7} {'method':<18} {'docs/s':>8} {'seconds':>8} {'peak MB':>8} {'+MB':>6} "
              f"{'P':>6} {'R':>6} {'F1':>6} {'cut ok':>7} {'decoy':>6}")
    print(f"corpus: synth part={part} seed={seed}; NUM_PERM={dedup.NUM_PERM} shingle={dedup.SHINGLE_SIZE} "
          f"bands={dedup.LSH_BANDS}x{dedup.LSH_ROWS} J>={dedup.JACCARD_THRESHOLD}")
    print(header)
    for n in sizes:
        folder = corpus(n, seed, part)
        for method in METHODS:
            proc = subprocess.run([sys.executable, __file__, "--child", method, str(folder)],
                                  capture_output=True, text=True, check=True)
            for line in proc.stdout.splitlines():
                r = json.loads(line)
                print(f"{r['docs']:>7} {r['method']:<18} {r['docs_per_s']:>8.0f} {r['seconds']:>8.1f} "
                      f"{r['peak_rss_mb']:>8.0f} {r['extra_peak_mb']:>6.0f} {r['precision']:>6.3f} "
                      f"{r['recall']:>6.3f} {r['f1']:>6.3f} {r['cut_joined']:>7.3f} {r['decoy_merged']:>6.3f}",
                      flush=True)


def tune(n: int, seed: int, part: str) -> None:
    """Grid over shingle size, banding and cut-offs on the dev part; prints F1 for each setting."""
    names, texts, truth = load(corpus(n, seed, part))
    gold = [t["family"] for t in truth]
    by_name = dict(zip(names, texts, strict=True))
    for size in (3, 4, 5, 6):
        dedup.SHINGLE_SIZE = size
        sigs = dedup.signatures_of_shingles((dedup._shingles(t, size) for t in texts), len(texts))
        for bands, rows in ((64, 2), (42, 3), (32, 4)):
            dedup.LSH_BANDS, dedup.LSH_ROWS = bands, rows
            for jt in (0.3, 0.35, 0.4, 0.5):
                dedup.JACCARD_THRESHOLD = jt
                for ct, ect in ((0.5, 0.6), (0.6, 0.7), (0.7, 0.8)):
                    dedup.CONTAINMENT_THRESHOLD, dedup.EST_CONTAINMENT_THRESHOLD = ct, ect
                    line = [f"shingle={size} bands={bands}x{rows} J>={jt} C>={ct}/{ect}"]
                    for lookup in (None, by_name.__getitem__):
                        pairs = dedup.verified_pairs(names, sigs, texts=lookup)
                        labels = labels_from_pairs(len(names), pairs.tolist())
                        s = pair_scores(labels, gold) | diagnostics(labels, truth)
                        line.append(f"{'texts' if lookup else 'sigs'}: P={s['precision']:.3f} R={s['recall']:.3f} "
                                    f"F1={s['f1']:.3f} cut={s['cut_joined']:.3f} decoy={s['decoy_merged']:.3f}")
                    print(" | ".join(line), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--tune", action="store_true", help="grid search on the dev part (seed 1)")
    parser.add_argument("--child", nargs=2, metavar=("METHOD", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
    elif args.tune:
        tune(args.sizes[0], DEV_SEED, "dev")
    else:
        report(args.sizes, TEST_SEED, "test")


if __name__ == "__main__":
    main()
