"""Leave-one-split-out check of the quote speaker ranker in the production path (session 43).

For every development split whose texts are here (the SemEval quote splits and the OrangeSum news splits run blind
once), the ranker is refitted on all the *other* splits with the trainer's recipe (``train_speaker_ranker.fit``) and
the held split is decoded by ``eval_quotes.evaluate_many`` — ``extract_quotes`` with that model, the rules' guards of
``speaker_ranker.rerank`` included — beside the shipped model and the rules alone, on one parse. The totals say whether
refitting on today's development data would beat the shipped weights on text each refit never saw (the shipped model
saw the SemEval splits; it never saw the news splits).

Run: ``KIBARU_SHARED=../shared KIBARU_EXTRA_QUOTES=/work/extra_quotes python benchmarks/ranker_loso.py
[--recipe C,NULL_OFFSET,RULE_MARGIN,WEIGHT[,FEATURE+FEATURE] ...]`` (default: the shipped recipe 0.1,0.25,0.25,pair;
the optional last field leaves features out of the fit, for an ablation in the same run, session 47). Slow: one parse
of every split and one fit per split and recipe.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_quotes as ev  # noqa: E402
import train_speaker_ranker as tr  # noqa: E402

SEMEVAL = ("dev", "heldout", "heldout3", "heldout4", "heldout5", "heldout7")


def present_splits() -> list[str]:
    """The SemEval development splits and every spent news split whose texts are all here."""
    out = list(SEMEVAL)
    for split in ev.SPENT_SPLITS:
        try:
            data = ev.load_gold(split)
        except (FileNotFoundError, ValueError):
            continue
        if data:
            out.append(split)
    return out


def _recipe(text: str) -> tuple[float, float, float, str, frozenset[str]]:
    """``C,NULL_OFFSET,RULE_MARGIN,WEIGHT[,FEATURE+FEATURE…]``: the last field names features left out of the fit."""
    c, o, m, w, *drop = text.split(",")
    return float(c), float(o), float(m), w, frozenset(f for part in drop for f in part.split("+") if f)


def _fitted(train: list, c: float, offset: float, margin: float, weight: str, drop: frozenset[str]) -> object:
    return dataclasses.replace(tr.fit(train, c, "rule", weight, drop), null_offset=offset, rule_margin=margin)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--recipe", nargs="+", default=["0.1,0.25,0.25,pair"],
                    help="C,null offset,rule margin,weight[,dropped+features]")
    args = ap.parse_args()
    recipes = [_recipe(r) for r in args.recipe]
    splits = present_splits()
    built = {s: tr.build(s) for s in splits}
    totals = [0] * (2 + len(recipes))
    matched = 0
    print("split | matched | shipped | rules | " + " | ".join(args.recipe))
    for held in splits:
        train = [a for s in splits if s != held for a in built[s]]
        models = [_fitted(train, *recipe) for recipe in recipes]
        scores = ev.evaluate_many(held, False, ("default", None, *models))
        row = [int(r["speaker_right"]) for r in scores]
        matched += int(scores[0]["matched"])
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{held} | {scores[0]['matched']} | " + " | ".join(map(str, row)), flush=True)
    print(f"TOTAL | {matched} | " + " | ".join(map(str, totals)))


if __name__ == "__main__":
    main()
