"""Round 32: the cleaner's rules switched off one at a time, scored on the real development sets.

Each variant patches module globals of ``kibaru.ingest.clean.dump`` for one run (``unittest.mock``; nothing is
written): a rule's test function made to answer "no" (``B…``: the rules that make a line boilerplate; ``K…``: the
rules and gates that make a doubted line article again), a gate's constant set where it never passes, or (``G…``)
one numeric constant halved or doubled. Every page is scored with the whole cleaner (the shipped line model's
probabilities are computed once per page and reused: no variant touches the model). Counts per page (tp, fp, fn, tn
of the boilerplate class) go to ``--out``; ``--report`` prints, per variant, the boilerplate lines gained and lost
and the article lines lost (page by page against the shipped cleaner) on the rule-unseen sets (``UNSEEN``: the
judge) and on the sets the rules were written against (``FITTED``: reported), with a paired page bootstrap of the
F1 difference on the rule-unseen sets. Development sets only: never a blind or pseudo-blind split.

    python benchmarks/boilerplate_ablation.py --out /tmp/ablate.json [--variants base K_list …]
    python benchmarks/boilerplate_ablation.py --report /tmp/ablate.json

Needs ``KIBARU_REAL_DUMPS`` (``KIBARU_REAL_DUMPS_SKIP_UNVERIFIED=1`` for the partial sets).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_eval as ev

# Round 31: sets 20-23 are the only development sets no rule was fitted to since their first (blind) read.
UNSEEN = ("real_heldout20", "real_heldout21", "real_heldout22", "real_heldout23")
FITTED = ("real_dev", "real_heldout", *(f"real_heldout{k}" for k in range(2, 20)))
BOOTSTRAP = 1000
NEVER = 10**9  # a count gate set here never passes


def _no(*_args: object, **_kwargs: object) -> bool:
    return False


def _no_credit(_line: str) -> None:
    return None


# The rules that make a doubted line article again, and their gates.
KEEP_VARIANTS: dict[str, dict[str, Any]] = {
    "K_table": {"TABLE_MIN_LINES": NEVER, "TABLE_TRAIL_MIN_FIGURES": NEVER},
    "K_list": {"LIST_LEADIN_MIN_WORDS": NEVER},
    "K_kv": {"KV_RUN_MIN_ITEMS": NEVER},
    "K_speech": {"_speech_address": _no},
    "K_subheading": {"SUBHEADING_MIN_KEPT": NEVER},
    "K_contpara": {"CONTINUED_PARA_MIN_WORDS": NEVER},
    "K_cuttail": {"_cut_tail": _no, "_cut_sentence": _no},
    "K_standfirst": {"STANDFIRST_MIN_WORDS": NEVER},
    "K_title": {"_is_title_candidate": _no},
}
_BP_RULES = ("_related_leadin", "_consent", "_timestamp", "_dateline", "_caption_credit", "_paywall", "_ad_line",
             "_media_leadin", "_furniture", "_breadcrumb", "_wire_credit", "_role_caption", "_byline_opening",
             "_foreign_line", "_scrape_artefact", "_caption_opening", "_place_byline", "_initials", "_field_row",
             "_author_bio", "_credit_caption", "_comment_marker", "_signature", "_self_reference",
             "_last_line_teaser", "_signature_block", "_related_heading", "_teaser_headline", "_tail_headline")
# The rules that make a line boilerplate.
BP_VARIANTS: dict[str, dict[str, Any]] = {
    **{f"B{name}": {name: _no} for name in _BP_RULES},
    "B_credit": {"_credit": _no_credit},
    "B_doubled": {"DOUBLED_CAPTION_MIN_WORDS": NEVER},
    "B_cutblock": {"TEASER_CUT_GAP": -1},
    "B_repeat": {"REPEAT_MIN_DOCS": NEVER},
    "B_indented": {"TEASER_MAX_SIM": -1.0},
}


def variants() -> dict[str, dict[str, Any]]:
    """Every variant by name: ``base``, one rule off, all keep / all boilerplate rules off, each constant ×½ / ×2."""
    from kibaru.ingest.clean import dump

    out: dict[str, dict[str, Any]] = {"base": {}, **KEEP_VARIANTS, **BP_VARIANTS}
    out["ALL_K"] = {k: v for d in KEEP_VARIANTS.values() for k, v in d.items()}
    out["ALL_B"] = {k: v for name, d in BP_VARIANTS.items() if name != "B_credit" for k, v in d.items()}
    for name, value in sorted(vars(dump).items()):
        if name.isupper() and isinstance(value, int | float) and not isinstance(value, bool):
            for factor in (0.5, 2.0):
                scaled = value * factor
                out[f"G_{name}x{factor}"] = {name: round(scaled) if isinstance(value, int) else scaled}
    return out


@contextmanager
def switched(patches: dict[str, Any]) -> Iterator[None]:
    """The cleaner with ``patches`` applied to its module (each name must exist there)."""
    from kibaru.ingest.clean import dump

    with ExitStack() as stack:
        for name, value in patches.items():
            if not hasattr(dump, name):
                raise AttributeError(f"kibaru.ingest.clean.dump has no {name}")
            stack.enter_context(mock.patch.object(dump, name, value))
        yield


def page_counts(pages: list[ev.Page], stats: Any) -> list[list[int]]:
    rows = []
    for page in pages:
        c = [0, 0, 0, 0]
        for gold_art, pred_bp in zip(page.gold, ev.predict(page, stats), strict=True):
            gold_bp = not gold_art
            c[0 if pred_bp and gold_bp else 1 if pred_bp else 2 if gold_bp else 3] += 1
        rows.append(c)
    return rows


def run(names: list[str], splits: tuple[str, ...]) -> dict[str, dict[str, list[list[int]]]]:
    from kibaru.ingest.clean import dump

    table = variants()
    pages = {s: list(ev.iter_pages(s)) for s in splits}
    stats = {s: ev.build_stats(p) for s, p in pages.items()}
    cache: dict[tuple[str, ...], Any] = {}
    model_proba = dump.boilerplate_proba

    def cached(lines: list[str]) -> Any:
        key = tuple(lines)
        if key not in cache:
            cache[key] = model_proba(lines)
        return cache[key]

    out: dict[str, dict[str, list[list[int]]]] = {}
    with mock.patch.object(dump, "boilerplate_proba", cached):
        for name in names:
            with switched(table[name]):
                out[name] = {s: page_counts(p, stats[s]) for s, p in pages.items()}
    return out


def f1(c: list[int]) -> float:
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def pooled(rows: list[list[int]]) -> list[int]:
    return [sum(r[i] for r in rows) for i in range(4)]


def moves(base: list[list[int]], other: list[list[int]]) -> tuple[int, int, int, int]:
    """Page by page against ``base``: bp lines gained, bp lines lost, article lines lost, article lines won back."""
    gained = lost = art_lost = art_won = 0
    for a, b in zip(base, other, strict=True):
        gained, lost = gained + max(b[0] - a[0], 0), lost + max(a[0] - b[0], 0)
        art_lost, art_won = art_lost + max(b[1] - a[1], 0), art_won + max(a[1] - b[1], 0)
    return gained, lost, art_lost, art_won


def bootstrap(base: list[list[int]], other: list[list[int]], n: int = BOOTSTRAP, seed: int = 0) -> tuple[float, float]:
    """95 % interval of F1(other) − F1(base) over pages drawn with replacement (the same draws for both)."""
    rng = random.Random(seed)
    k = len(base)
    diffs = []
    for _ in range(n):
        draw = [rng.randrange(k) for _ in range(k)]
        diffs.append(f1(pooled([other[i] for i in draw])) - f1(pooled([base[i] for i in draw])))
    diffs.sort()
    return diffs[int(0.025 * n)], diffs[int(0.975 * n) - 1]


def report(results: dict[str, dict[str, list[list[int]]]], show: Callable[[str], None] = print) -> None:
    def rows(name: str, sets: tuple[str, ...]) -> list[list[int]]:
        return [r for s in sets if s in results[name] for r in results[name][s]]

    bu, bf = rows("base", UNSEEN), rows("base", FITTED)
    pu = pooled(bu)
    show(f"base: sets 20-23 P {pu[0] / (pu[0] + pu[1]):.3f} R {pu[0] / (pu[0] + pu[2]):.3f} F1 {f1(pu):.3f} "
         f"({pu[0] + pu[2]} bp lines); fitted sets F1 {f1(pooled(bf)):.3f}")
    show("variant: 20-23 bp+ bp- art-(art won back) dF1 [page bootstrap 95 %] | fitted bp+ bp- art-(won) dF1")
    for name in results:
        if name == "base":
            continue
        u, f = rows(name, UNSEEN), rows(name, FITTED)
        mu, mf = moves(bu, u), moves(bf, f)
        if not any(mu) and not any(mf):
            continue
        lo, hi = bootstrap(bu, u) if any(mu) else (0.0, 0.0)
        show(f"{name}: {mu[0]} {mu[1]} {mu[2]}({mu[3]}) {f1(pooled(u)) - f1(pu):+.3f} [{lo:+.3f}, {hi:+.3f}] | "
             f"{mf[0]} {mf[1]} {mf[2]}({mf[3]}) {f1(pooled(f)) - f1(pooled(bf)):+.4f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--variants", nargs="+")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args(argv)
    if args.report:
        report(json.loads(args.report.read_text()))
        return 0
    if args.out is None:
        parser.error("--out or --report")
    names = ["base", *(n for n in (args.variants or variants()) if n != "base")]
    args.out.write_text(json.dumps(run(names, UNSEEN + FITTED)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
