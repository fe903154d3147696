"""Round 27: where the cleaner's line errors come from on the real development dumps (summary counts, no text).

Every real development page (``DEV_SPLITS``: real_dev, real_heldout, real_heldout2 .. real_heldout19; never a blind or
pseudo-blind split) is cleaned as ``boilerplate_eval.evaluate`` does (per-split ``LineStats``), and each line the
cleaner gets wrong is counted by

* **side**: ``dropped`` (an article line the cleaner removed) or ``kept`` (a boilerplate line left in the text);
* **decider**: ``model`` (the line model's probability alone: it said boilerplate and no rule-only run removes the line,
  or it said article and nothing overruled it), ``model+rule`` (the model and a rule both removed it), ``rule`` (a rule
  removed a line the model kept), ``gate`` (a later rule — title, list, subheading, last-paragraph gates — restored a
  line the model removed), ``header`` (the leading date marker line);
* **kind** (with ``--kinds FILE``): one reader's kind of each error (teaser of another story, caption/credit, byline,
  own headline or subtitle, cut last line …), stored in the repository as file names, line indices and kinds only.

The "rules only" run is the same cleaner with a model threshold above 1 (the model removes nothing), so the rules see
different neighbours there: ``model+rule`` is an estimate. Also printed: the line model's F1 alone (probability >=
threshold; the marker line as the cleaner labels it), which says how much the rules and gates add.

    python benchmarks/boilerplate_census.py --kinds benchmarks/data/boilerplate_error_kinds27.jsonl --exclude real_dev

Needs ``KIBARU_REAL_DUMPS`` (``KIBARU_REAL_DUMPS_SKIP_UNVERIFIED=1`` for the partial sets) and ``KIBARU_SHARED``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_eval as ev

# Development splits only: the blind split of the current round and the two pseudo-blind ones are not listed.
# Round 28: real_heldout20 joins development (real_heldout21 / 22 are the pseudo-blind sets, 23 the blind one).
# Round 30: real_heldout21 and 22 join development (23 and 24 are the pseudo-blind sets, 25 the blind one).
DEV_SPLITS = ("real_dev", "real_heldout", *(f"real_heldout{k}" for k in range(2, 23)))
# Round 38: real_heldout23-27 are development too (they left the pseudo-blind pair in rounds 32-38); accepted by
# --splits, not in the default list (boilerplate_stage3 reads DEV_SPLITS). real_heldout28 / 29 are the pseudo-blind
# pair of round 38 and real_heldout30 its blind set. Round 39: real_heldout28 left the pseudo-blind pair (29 / 30 are
# the pair, 31 the blind set). Round 40: real_heldout29 left the pair (30 / 31 are the pair, 32 the blind set).
# Round 41 (resb, session 24): real_heldout30 left the pair (31 / 32 are the pair, 33 the blind set).
# Session 26 (blindb34): real_heldout31 left the pair (32 / 33 are the pair, 34 the blind set).
LATER_DEV_SPLITS = tuple(f"real_heldout{k}" for k in range(23, 32))
SIDES = ("dropped", "kept")
DECIDERS = ("model", "model+rule", "rule", "gate", "header")


@dataclasses.dataclass(frozen=True, slots=True)
class LineError:
    split: str
    file: str
    line: int  # index among the page's non-blank lines
    side: str
    decider: str
    proba: float | None  # the line model's probability (None for the marker line alone)
    chars: int = 0  # round 30: the line's length in characters
    place: str = ""  # round 30: before / in / after the page's prose core (features.py), as the model sees it
    cues: str = ""  # round 30: the cue groups the line holds ("+"-joined, "none")


def _model_proba(page: ev.Page, stats: Any) -> tuple[list[bool], list[str], list[float | None]]:
    """The cleaner's prediction, its labels, and the line model's probability of each line of one page."""
    from kibaru.ingest.clean import dump

    seen: list[tuple[list[str], Any]] = []
    original = dump.boilerplate_proba

    def spy(lines: list[str]) -> Any:
        infos, p = original(lines)
        seen.append((list(lines), p))
        return infos, p

    with mock.patch.object(dump, "boilerplate_proba", spy):
        pred = ev.predict(page, stats)
        text = page.raw if page.raw is not None else "\n".join(page.lines)
        labels = [lab for _, lab in dump.clean_dump(text, stats=stats, group=page.group).labels]
    lines_seen, p = seen[0]
    offset = len(page.lines) - len(lines_seen)  # 1 when the date marker alone was left out of the model's lines
    proba = [float(p[i - offset]) if i >= offset else None for i in range(len(page.lines))]
    return pred, labels, proba


def _rules_only(page: ev.Page, stats: Any) -> list[bool]:
    """The cleaner's prediction with a model that removes nothing (threshold above any probability)."""
    from kibaru.ingest.clean import dump

    variant = dataclasses.replace(dump._model(), threshold=2.0)
    with mock.patch.object(dump, "_model", lambda: variant):
        return ev.predict(page, stats)


def census(splits: tuple[str, ...]) -> Iterator[tuple[str, ev.Page, list[LineError], list[int]]]:
    """Per page: its errors and the counts [tp, fp, fn, model-only tp, fp, fn] of the boilerplate class."""
    from kibaru.ingest.clean import dump

    threshold = dump._model().threshold
    for split in splits:
        pages = list(ev.iter_pages(split))
        stats = ev.build_stats(pages)
        for page in pages:
            pred, labels, proba = _model_proba(page, stats)
            rules = _rules_only(page, stats)
            where = _places(page.lines)
            counts = [0] * 6
            errors: list[LineError] = []
            for i, (gold_art, pred_bp) in enumerate(zip(page.gold, pred, strict=True)):
                gold_bp = not gold_art
                p = proba[i]
                model_bp = pred_bp if labels[i] == "header" or p is None else p >= threshold
                for off, guess in ((0, pred_bp), (3, model_bp)):
                    if guess and gold_bp:
                        counts[off] += 1
                    elif guess:
                        counts[off + 1] += 1
                    elif gold_bp:
                        counts[off + 2] += 1
                if pred_bp == gold_bp:
                    continue
                if labels[i] == "header":
                    decider = "header"
                elif pred_bp:
                    decider = ("model+rule" if rules[i] else "model") if model_bp else "rule"
                else:
                    decider = "gate" if model_bp else "model"
                errors.append(LineError(split, page.file, i, "dropped" if pred_bp else "kept", decider, p,
                                        len(page.lines[i].strip()), *where[i]))
            yield split, page, errors, counts



# Round 30: length bins (characters of the stripped line) of the census by length; a line from LONG_LINE_CHARS on
# is "long" (two hundred-odd characters is a short paragraph; teasers, bios and pitches of that length are what the
# length features call article).
LENGTH_BINS = (0, 40, 100, 200, 400)
LONG_LINE_CHARS = 100


def _length_bin(chars: int) -> str:
    lo = max(b for b in LENGTH_BINS if b <= chars)
    nxt = [b for b in LENGTH_BINS if b > chars]
    return f"{lo}-{nxt[0] - 1}" if nxt else f"{lo}+"


def _places(lines: list[str]) -> list[tuple[str, str]]:
    """Per line: where it lies against the prose core, and its cue groups (structural, no reading)."""
    from kibaru.ingest.clean.features import CUE_GROUPS, FEATURE_NAMES, document_features

    _, x = document_features([line.strip() for line in lines])
    col = {name: k for k, name in enumerate(FEATURE_NAMES)}
    out = []
    for row in x:
        place = "before" if row[col["before_core"]] else "after" if row[col["after_core"]] else "core"
        groups = [g for g in CUE_GROUPS if row[col["cue_" + g]]] + (["leadin"] if row[col["related_start"]] else [])
        out.append((place, "+".join(groups) or "none"))
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def load_kinds(path: Path) -> dict[tuple[str, int], str]:
    out: dict[tuple[str, int], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[(row["file"], int(row["line"]))] = str(row["kind"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", nargs="+", default=list(DEV_SPLITS))
    parser.add_argument("--exclude", nargs="*", default=[], help="splits left out of the pooled figures (real_dev: "
                        "in the shipped model's training data)")
    parser.add_argument("--kinds", type=Path, help="JSONL of {file, line, kind} (one reader's kind of each error)")
    parser.add_argument("--by-length", action="store_true", help="round 30: errors and gold lines by line length, "
                        "and the long lines' errors by place and cue groups")
    parser.add_argument("--write-kinds", type=Path, help="write the errors found as a kinds file to fill in (no text)")
    args = parser.parse_args(argv)
    wrong = [s for s in args.splits if s not in DEV_SPLITS + LATER_DEV_SPLITS]
    if wrong:
        parser.error(f"not development splits: {', '.join(wrong)}")
    kinds = load_kinds(args.kinds) if args.kinds else {}
    pooled = [0] * 6
    table: Counter[tuple[str, str]] = Counter()
    by_kind: Counter[tuple[str, str, str]] = Counter()
    all_errors: list[LineError] = []
    gold_bins: Counter[tuple[str, str]] = Counter()  # (length bin, "bp" / "art") over the pooled pages
    print(f"{'split':15}{'pages':>6}{'bp':>6}{'F1':>7}{'lost':>6}{'missed':>7}{'model F1':>10}")
    for split in args.splits:
        counts, n_pages = [0] * 6, 0
        for _, page, errors, c in census((split,)):
            n_pages += 1
            if split not in args.exclude:
                for line, art in zip(page.lines, page.gold, strict=True):
                    if line.strip():
                        gold_bins[(_length_bin(len(line.strip())), "art" if art else "bp")] += 1
            counts = [a + b for a, b in zip(counts, c, strict=True)]
            if split in args.exclude:
                continue
            all_errors.extend(errors)
            for e in errors:
                table[(e.side, e.decider)] += 1
                by_kind[(e.side, kinds.get((e.file, e.line), "?"), e.decider)] += 1
        print(f"{split:15}{n_pages:>6}{counts[0] + counts[2]:>6}{_f1(*counts[:3]):>7.3f}{counts[1]:>6}{counts[2]:>7}"
              f"{_f1(*counts[3:]):>10.3f}")
        if split not in args.exclude:
            pooled = [a + b for a, b in zip(pooled, counts, strict=True)]
    print(f"{'pooled':15}{'':>6}{pooled[0] + pooled[2]:>6}{_f1(*pooled[:3]):>7.3f}{pooled[1]:>6}{pooled[2]:>7}"
          f"{_f1(*pooled[3:]):>10.3f}   (without {', '.join(args.exclude) or 'nothing'})")
    print(f"\n{len(all_errors)} errors by side and decider:")
    for side in SIDES:
        row = "  ".join(f"{d} {table[(side, d)]}" for d in DECIDERS if table[(side, d)])
        print(f"  {side:8} {sum(table[(side, d)] for d in DECIDERS):>4}: {row}")
    if kinds:
        print("\nby kind (side, kind: count; deciders):")
        for side in SIDES:
            totals: Counter[str] = Counter()
            for (s, k, _), n in by_kind.items():
                if s == side:
                    totals[k] += n
            for kind, n in totals.most_common():
                deciders = ", ".join(f"{d} {by_kind[(side, kind, d)]}" for d in DECIDERS if by_kind[(side, kind, d)])
                print(f"  {side:8} {kind:18} {n:>4}   {deciders}")
    if args.by_length:
        _print_by_length(all_errors, gold_bins)
    if args.write_kinds:
        with args.write_kinds.open("w", encoding="utf-8") as out:
            for e in all_errors:
                out.write(json.dumps({"file": e.file, "line": e.line, "side": e.side,
                                      "kind": kinds.get((e.file, e.line), "?")}) + "\n")
    return 0


def _print_by_length(errors: list[LineError], gold_bins: Counter[tuple[str, str]]) -> None:
    bins = [_length_bin(b) for b in LENGTH_BINS]
    print("\nby line length (characters): gold bp / art lines, bp kept (recall), art dropped")
    for b in bins:
        kept = sum(1 for e in errors if e.side == "kept" and _length_bin(e.chars) == b)
        dropped = sum(1 for e in errors if e.side == "dropped" and _length_bin(e.chars) == b)
        n_bp, n_art = gold_bins[(b, "bp")], gold_bins[(b, "art")]
        recall = 1 - kept / n_bp if n_bp else 0.0
        print(f"  {b:>8}  bp {n_bp:>5}  art {n_art:>5}  kept {kept:>4} (bp recall {recall:.3f})  dropped {dropped:>4}")
    for side in SIDES:
        long = [e for e in errors if e.side == side and e.chars >= LONG_LINE_CHARS]
        print(f"\nlong lines (>= {LONG_LINE_CHARS} chars) {side}: {len(long)}")
        print("  by place: " + ", ".join(f"{k} {n}" for k, n in Counter(e.place for e in long).most_common()))
        print("  by cues:  " + ", ".join(f"{k} {n}" for k, n in Counter(e.cues for e in long).most_common()))
        print("  by decider: " + ", ".join(f"{k} {n}" for k, n in Counter(e.decider for e in long).most_common()))
        probs = [e.proba for e in long if e.proba is not None]
        if probs:
            qs = np.quantile(np.array(probs), [0.1, 0.25, 0.5, 0.75, 0.9])
            print("  model p quantiles 10/25/50/75/90 %: " + " ".join(f"{q:.2f}" for q in qs))


if __name__ == "__main__":
    sys.exit(main())
