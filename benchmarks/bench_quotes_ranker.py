"""Cost of the speaker ranker: quote extraction with rules alone vs rules + ranker, against the parse.

The SemEval French articles (``${KIBARU_SHARED}/corpus/semeval2023_fr``, first ``--limit``) are parsed
once by the domain pipeline and KB-linked (timed: the NLP stage's dominant cost), then quotes are
extracted from the same Docs with ``ranker=None`` and with the shipped ranker, alternately,
``--repeat`` times, keeping the best time of each. Prints seconds and ratios to the parse time.

    KIBARU_SHARED=/work/shared nice -n 10 .venv/bin/python benchmarks/bench_quotes_ranker.py [--limit 60] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from kibaru.enrich import nlp as nlp_module
    from kibaru.enrich import speaker_ranker
    from kibaru.enrich.entities import entities_for_docs, pipeline_for
    from kibaru.enrich.quotes import extract_quotes
    from kibaru.kb import KnowledgeBase

    base = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared"))) / "corpus" / "semeval2023_fr"
    files = sorted(base.glob("*-articles-subtask-3/article*.txt"))[: args.limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    kb = KnowledgeBase.load()
    pipeline, _key = pipeline_for(None)
    model = speaker_ranker.default_model()
    list(nlp_module.run(pipeline, texts[:2], None))  # warm-up
    t0 = time.perf_counter()
    docs = list(nlp_module.run(pipeline, texts, None))
    parse = time.perf_counter() - t0
    ents = entities_for_docs(docs, [None] * len(docs), kb)
    best = {"rules": float("inf"), "ranker": float("inf")}
    n_quotes = 0
    for _ in range(args.repeat):
        for name, ranker in (("rules", None), ("ranker", model)):
            t0 = time.perf_counter()
            out = [extract_quotes(d, e, None, kb=kb, ranker=ranker) for d, e in zip(docs, ents, strict=True)]
            best[name] = min(best[name], time.perf_counter() - t0)
            n_quotes = sum(len(o) for o in out)
    print(f"{len(texts)} articles, {n_quotes} quotes; domain parse {parse:.2f} s")
    for name, secs in best.items():
        print(f"  quotes ({name}): {secs:.2f} s = {secs / parse:.3f} x the parse")
    extra = (best["ranker"] - best["rules"]) / parse
    print(f"  ranker adds {extra:.3f} x the parse time")


if __name__ == "__main__":
    main()
