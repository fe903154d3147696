"""Can a learned abstention fix the speaker ranker's « gold has no speaker » errors? (quotes round 32)

The ranker (``kibaru.enrich.speaker_ranker``) already has a « no speaker » candidate and a null offset chosen by the
trainer's cross-validation. This script asks whether a second model, trained on the ranker's own out-of-fold
decisions, can tell the quotes where the ranker names someone but the gold has nobody from those where its speaker
is right:

* outer loop: 5 article-grouped folds (``train_speaker_ranker.fold_of``); on the training folds the ranker is fitted
  with the given hyper-parameters (the trainer's selection), and an ABSTAINER is trained on the ranker's inner
  out-of-fold decisions there (4 inner article-grouped folds): a logistic regression over the chosen candidate's
  features, the null candidate's features and the score margin (chosen − null), target « the gold has no speaker »
  on the quotes where the ranker names someone (quotes where it names the wrong person are left out: abstaining
  there changes nothing);
* its threshold is chosen inside the training folds by a further 4-fold article-grouped CV of those decisions, with
  the utility « gold-null quotes silenced − right speakers silenced » (none when no threshold gains);
* the held-out fold is decoded by the ranker + abstainer (the previous speaker is the model's own choice, as in
  ``train_speaker_ranker.decode_accuracy``).

It also prints, out of fold, the quotes where the rules give nobody and the ranker names someone, by the ranker's
margin over the null candidate: the population a « margin over the rules' null » threshold would act on.

Run: ``KIBARU_SHARED=/work/shared nice -n 10 .venv/bin/python benchmarks/cv_speaker_abstention.py --split dev-news23
--cache /tmp/arts.pkl --C 0.03 --teacher rule --null-offset 0.25 --rule-margin 0.25`` (the cache is
``train_speaker_ranker.py --cache``'s).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import train_speaker_ranker as tr  # noqa: E402

# Thresholds on the abstainer's probability that the gold has no speaker, tried inside the training folds.
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
# Margin bins (chosen − null score) of the rules-null table.
MARGIN_BINS = ((0.0, 0.25), (0.25, 0.5), (0.5, 1.0), (1.0, 2.0), (2.0, 99.0))


def _group(article: str, salt: str, n: int) -> int:
    return int(hashlib.sha1((salt + article).encode()).hexdigest(), 16) % n


def _null_index(feats: list[dict[str, float]]) -> int:
    return next((j for j, f in enumerate(feats) if f.get("bias_null")), -1)


def vector(model: Any, feats: list[dict[str, float]], i: int) -> list[float]:
    """The abstainer's input for candidate ``i`` chosen among ``feats``."""
    from kibaru.enrich.speaker_ranker import FEATURES

    j = _null_index(feats)
    null = feats[j] if j >= 0 else {}
    margin = model.score(feats[i]) - (model.score(null) if j >= 0 else 0.0)
    nulls = [n for n in FEATURES if n.startswith(("null", "bias_null"))]
    return [margin, float(j >= 0)] + [feats[i].get(n, 0.0) for n in FEATURES] + [null.get(n, 0.0) for n in nulls]


def utility(gold_null: bool, right: bool) -> int:
    """What silencing a quote the ranker gave a speaker to is worth: +1 when the gold has nobody, -1 when the
    ranker's speaker was right, 0 when it was wrong anyway."""
    return 1 if gold_null else -1 if right else 0


def ranker(articles: list[list[dict[str, Any]]], hp: dict[str, Any]) -> Any:
    m = tr.fit(articles, hp["C"], hp["teacher"])
    return dataclasses.replace(m, null_offset=hp["null_offset"], rule_margin=hp["rule_margin"])


def decisions(model: Any, articles: list[list[dict[str, Any]]]) -> list[tuple[str, list[float], int]]:
    """(article, abstainer input, utility) of every matched quote the model gives a speaker."""
    out = []
    for p in tr.problems_of(articles, model=model):
        i = model.choose_index(p["feats"])
        if i < 0 or p["feats"][i].get("bias_null"):
            continue
        out.append((p["article"], vector(model, p["feats"], i), utility(p["gold"] is None, bool(p["right"][i]))))
    return out


def inner_decisions(articles: list[list[dict[str, Any]]], hp: dict[str, Any], salt: str) -> list[Any]:
    out: list[Any] = []
    for j in range(4):
        fit_on = [a for a in articles if a and _group(a[0]["article"], salt, 4) != j]
        held = [a for a in articles if a and _group(a[0]["article"], salt, 4) == j]
        out += decisions(ranker(fit_on, hp), held)
    return out


def fit_abstainer(rows: list[Any], c: float) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([r[1] for r in rows])
    u = np.array([r[2] for r in rows])
    keep = u != 0
    lr = LogisticRegression(C=c, max_iter=5000)
    lr.fit(x[keep], (u[keep] > 0).astype(int))
    return lr


def choose_threshold(rows: list[Any], c: float, salt: str) -> tuple[float | None, dict[float, int]]:
    import numpy as np

    gain = dict.fromkeys(THRESHOLDS, 0)
    for j in range(4):
        fit_rows = [r for r in rows if _group(r[0], salt, 4) != j]
        held = [r for r in rows if _group(r[0], salt, 4) == j]
        if not held:
            continue
        proba = fit_abstainer(fit_rows, c).predict_proba(np.array([r[1] for r in held]))[:, 1]
        for t in THRESHOLDS:
            gain[t] += sum(r[2] for r, q in zip(held, proba, strict=True) if q > t)
    best = max(THRESHOLDS, key=lambda t: (gain[t], t))
    return (best if gain[best] > 0 else None), gain


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev-news23")
    ap.add_argument("--cache", help="pickle of train_speaker_ranker's built articles (reused when present)")
    ap.add_argument("--C", type=float, default=0.03, help="the ranker's C (the trainer's selection)")
    ap.add_argument("--teacher", default="rule")
    ap.add_argument("--null-offset", type=float, default=0.0)
    ap.add_argument("--rule-margin", type=float, default=0.0)
    ap.add_argument("--abstainer-c", type=float, default=0.1, help="the abstainer's inverse regularisation")
    args = ap.parse_args()
    import numpy as np

    if args.cache and Path(args.cache).exists():
        articles = pickle.loads(Path(args.cache).read_bytes())
    else:
        articles = tr.build(args.split)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(articles))
    hp = {"C": args.C, "teacher": args.teacher, "null_offset": args.null_offset, "rule_margin": args.rule_margin}
    folds = 5
    silenced = won = lost = 0
    table: list[tuple[float, bool, bool]] = []  # rules-null quotes the ranker names someone for
    for k in range(folds):
        train = [a for a in articles if a and tr.fold_of(a[0]["article"], folds) != k]
        test = [a for a in articles if a and tr.fold_of(a[0]["article"], folds) == k]
        rows = inner_decisions(train, hp, f"inner{k}")
        t, gain = choose_threshold(rows, args.abstainer_c, f"threshold{k}")
        lr = fit_abstainer(rows, args.abstainer_c)
        model = ranker(train, hp)
        for p in tr.problems_of(test, model=model):
            i = model.choose_index(p["feats"])
            j = _null_index(p["feats"])
            if i < 0 or i == j:
                continue
            if p["rule"] is None and j >= 0:
                margin = model.score(p["feats"][i]) - model.score(p["feats"][j])
                table.append((margin, p["gold"] is None, bool(p["right"][i])))
            if t is not None and lr.predict_proba(np.array([vector(model, p["feats"], i)]))[0, 1] > t:
                silenced += 1
                won += p["gold"] is None
                lost += bool(p["right"][i])
        print(f"fold {k}: threshold {t} (inner utility {gain}); abstainer trained on {len(rows)} decisions")
    print(f"out of fold: {silenced} quotes silenced, {won} gold-null made right, {lost} right speakers lost")
    print(f"rules give nobody, the ranker names someone: {len(table)} quotes")
    for lo, hi in MARGIN_BINS:
        b = [r for r in table if lo <= r[0] < hi]
        nulls, right = sum(r[1] for r in b), sum(r[2] for r in b)
        print(f"  margin [{lo}, {hi}): {len(b)} quotes, gold null {nulls}, ranker right {right}")


if __name__ == "__main__":
    main()
