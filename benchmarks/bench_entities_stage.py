"""The entities stage's own CPU time on fixed parsed texts: domain fixes and linking (branch perf4a).

Parses the first ``--limit`` SemEval-2023 French articles (``${KIBARU_SHARED:-<repo>/../shared}/corpus/
semeval2023_fr``, train + dev, read at run time) with the domain pipeline minus its two kibaru pipes, or reads
that parse from ``--docs`` (a spaCy ``DocBin`` written by an earlier run: the parse is the model's, the same for
any kibaru tree that keeps the tokenizer), then ``--repeat`` times, on fresh copies of those Docs and with
kibaru's per-text memo caches emptied (``bench_nlp.TEXT_CACHES``), runs the KB ruler, the domain fixes
(``kibaru_domain_fixes``) and :func:`kibaru.enrich.linking.link_entities` (actor filter on, as shipped), and
prints each run's process CPU seconds per step and a hash of the outputs (entities and linked mentions). It
times whichever kibaru ``PYTHONPATH`` names, so two trees compare run for run on the same Docs:

    PYTHONPATH=<tree>/src .venv/bin/python benchmarks/bench_entities_stage.py --docs /tmp/docs.spacy [--repeat 3]

``--profile`` prints a cProfile of one cold run instead (call counts are the deterministic figure).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from pathlib import Path

from bench_nlp import article_files, clear_text_caches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=100, help="first N articles (sorted paths)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs")
    parser.add_argument("--docs", type=Path, default=None, help="DocBin of the parse (written when absent)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one cold run")
    parser.add_argument("--top", type=int, default=40, help="rows of the profile")
    args = parser.parse_args()
    files = article_files(args.limit)
    if not files:
        print("SKIPPED: SemEval corpus not found (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    from spacy.tokens import DocBin

    from kibaru.enrich.entities import FIXES, RULER, doc_entities, domain_pipeline
    from kibaru.enrich.linking import link_entities
    from kibaru.kb import KnowledgeBase

    nlp = domain_pipeline()
    kb = KnowledgeBase.load()
    ruler, fixes = nlp.get_pipe(RULER), nlp.get_pipe(FIXES)
    if args.docs is not None and args.docs.exists():
        data = DocBin().from_bytes(args.docs.read_bytes())
    else:
        texts = [p.read_text(encoding="utf-8") for p in files]
        data = DocBin(docs=nlp.pipe(texts, disable=[RULER, FIXES]))
        if args.docs is not None:
            args.docs.write_bytes(data.to_bytes())
    # warm-up: the linker's KB indexes and the models, on two Docs
    for doc in list(data.get_docs(nlp.vocab))[:2]:
        doc = fixes(ruler(doc))
        link_entities(doc, doc_entities(doc), "2022", kb)

    def one_run() -> tuple[float, float, float, str]:
        docs = list(data.get_docs(nlp.vocab))
        clear_text_caches()
        t0 = time.process_time()
        docs = [ruler(doc) for doc in docs]
        t1 = time.process_time()
        docs = [fixes(doc) for doc in docs]
        t2 = time.process_time()
        linked = [link_entities(doc, doc_entities(doc), "2022", kb) for doc in docs]
        t3 = time.process_time()
        digest = hashlib.sha256(
            json.dumps([[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]).encode()
            + json.dumps(linked, sort_keys=True, ensure_ascii=False, default=str).encode()
        ).hexdigest()[:16]
        return t1 - t0, t2 - t1, t3 - t2, digest

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        _, _, _, digest = one_run()
        profile.disable()
        print(f"outputs {digest}")
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
        return 0
    runs = [one_run() for _ in range(args.repeat)]
    for ruler_s, fixes_s, link_s, digest in runs:
        print(f"ruler {ruler_s:.3f}  fixes {fixes_s:.3f}  linking {link_s:.3f}  total {ruler_s + fixes_s + link_s:.3f}"
              f"  outputs {digest}")
    print(f"{len(files)} articles; min CPU s: fixes {min(r[1] for r in runs):.3f}, linking "
          f"{min(r[2] for r in runs):.3f}, total {min(r[0] + r[1] + r[2] for r in runs):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
