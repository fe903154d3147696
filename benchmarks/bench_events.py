"""Cost of event extraction relative to the spaCy parse it reads (SemEval French articles).

Parses N articles of ``../shared/corpus/semeval2023_fr`` once with the domain pipeline (the
``fr_core_news_md`` model with kibaru's ruler and fixes), links entities once, then times
``extract_events`` over the parsed articles (best of ``--repeat`` runs) and prints the ratio
extraction / parse. Run each tree in its own process (``PYTHONPATH=<tree>/src``) one after the
other and compare the ratios; absolute times depend on the machine's load.

Run: ``nice -n 10 .venv/bin/python benchmarks/bench_events.py [--n 60] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_events import shared_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    corpus = shared_dir() / "corpus" / "semeval2023_fr"
    if not corpus.is_dir():
        print(f"skipped: SemEval French corpus not found at {corpus}", file=sys.stderr)
        return 2
    from kibaru.enrich.entities import domain_pipeline, entities_for_docs
    from kibaru.enrich.events import extract_events
    from kibaru.kb import KnowledgeBase

    files = sorted(corpus.glob("*-articles-subtask-3/*.txt"))[: args.n]
    texts = [f.read_text(encoding="utf-8") for f in files]
    kb = KnowledgeBase.load()
    nlp = domain_pipeline()
    nlp("échauffement")  # load lazily initialised parts before timing
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    anchors = ["2022-06-15"] * len(docs)
    ents = entities_for_docs(docs, anchors, kb)
    best = float("inf")
    count = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        count = sum(len(extract_events(d, e, a, kb)) for d, e, a in zip(docs, ents, anchors, strict=True))
        best = min(best, time.perf_counter() - t0)
    result = {"articles": len(docs), "chars": sum(map(len, texts)), "events": count,
              "parse_s": round(parse, 2), "extract_s": round(best, 3), "extract_over_parse": round(best / parse, 4)}
    # round 9: the learned detector (event_detector) against the rules alone, same run
    from kibaru.enrich.event_detector import shipped

    model = shipped()
    if model is not None:
        for name, det in (("rules", None), ("detector", model)):
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                count = sum(len(extract_events(d, e, a, kb, detector=det))
                            for d, e, a in zip(docs, ents, anchors, strict=True))
                best = min(best, time.perf_counter() - t0)
            result[f"{name}_events"] = count
            result[f"{name}_extract_s"] = round(best, 3)
            result[f"{name}_over_parse"] = round(best / parse, 4)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
