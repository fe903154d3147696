"""Round 34: the learned actor selector (``kibaru.enrich.event_actors``) retrained, out of fold, on the output of the
round-32 detector recipe, with the detector fitted on the same training folds; and a census of the gold actors the
system misses on the events it detects.

Data: ``eval/events_gold.jsonl`` split ``tune`` (every split but ``BLIND_SPLITS``) minus the pseudo-blind splits
(``--exclude``), one cached parse (``cv_event_roles.parse``, round 30's format; it refuses a cache that holds a blind
or excluded split).

Folds: round 32's (``cv_event_detector.assign_folds``: 5 folds grouped by outlet, balanced by annotated sentences).
In each outer fold k, on the training folds only:

* the detector (round 32's ``base`` recipe: C and threshold from ``--detector C:THRESHOLD``, by default the shipped
  model's choice, C 1.0 and 0.2, which round 32's inner CV chose in 3 of its 5 folds) is fitted on the training
  folds' annotated sentences;
* the selector's training view is ``train_event_actors.examples`` (every candidate of every event the rules + that
  detector find with an annotated type of the same sentence, the shipped selector off), computed on the training
  folds' articles with that fold's detector (in sample for it, as the shipped selector's data will be for the shipped
  detector); the selector is the shipped recipe (round 15 / 19: per-type feature augmentation, C 0.3, margin 0.2).

The held-out fold is then extracted with that fold's detector and (a) the shipped selector (round 19), (b) the
fold's selector, (c) no selector; and the shipped pipeline (detector and selector as shipped: in sample on most dev
splits) is scored too. ``--context`` adds configurations whose selector is trained with the round-34 article-context
candidates on (``events.CONTEXT_ACTORS``). Comparison per gold event (type right, all right: ``cv_event_roles.status``)
with wins / losses and an article-bootstrap 90 % interval of the net (``cv_event_roles.compare``), for all dev, the
splits the shipped selector saw (up to heldout18n), heldout13n–30n and heldout19n–30n (round 36: the shipped selector
never saw them, and in the folds the detector is the fold's).

Census (``--census``, development data only; printed as counts): every gold actor of a gold event the given
configuration detects with its type and gets not all-actors right, by where the text names it (``census_class``).

    KIBARU_EXTRA_EVENTS=/work/extra_events KIBARU_SHARED=/work/shared PYTHONPATH=src nice -n 10 \\
      .venv/bin/python benchmarks/cv_event_actors.py --cache /tmp/ev34/cache.pkl --census [--save]
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_event_detector as ced
import cv_event_roles
import eval_events
import train_event_actors as tea
import train_event_detector as ted

PSEUDO_BLIND = ("heldout39n", "heldout40n")  # from round 48 (heldout41n blind: BLIND_SPLITS; round 45: 38n, 39n)
SELECTOR_SEEN_MAX = 18  # the shipped selector (round 19) was trained on the splits up to heldout18n
LATEST_DEV = 38  # round 48: heldout38n is development (round 45: 37; round 44: 36; round 43: 35; round 42: 34)
SELECTOR_C = 0.3  # the shipped recipe's C and margin (round 19: 5-fold CV over 0.1 / 0.3 / 1 and 0.1 / 0.2 / 0.3)
SELECTOR_MARGIN = 0.2
# Implicit mentions the census looks for in the event's sentence (the guideline's « les autorités », « le pays »,
# « la junte », « les deux pays », a capital for its government), folded (``entities.fold``).
IMPLICIT = re.compile(r"\b(les? autorites|le pays|la junte|les deux pays|le gouvernement|le regime|les militaires au "
                      r"pouvoir|la transition|l'etat|les dirigeants|le conseil)\b")


def _num(split: str) -> int | None:
    m = re.fullmatch(r"heldout(\d+)n", split)
    return int(m.group(1)) if m else None


def groups() -> dict[str, Callable[[str], bool]]:
    def between(lo: int, hi: int) -> Callable[[str], bool]:
        return lambda s: (n := _num(s)) is not None and lo <= n <= hi

    return {
        "all dev": lambda _s: True,
        "never seen by the shipped detector (its provenance)": lambda s: s not in ced.shipped_training_splits(),
        "seen by the shipped selector (up to heldout18n)": lambda s: not between(19, LATEST_DEV)(s),
        f"heldout13n-{LATEST_DEV}n": between(13, LATEST_DEV),
        f"heldout19n-{LATEST_DEV}n (the shipped selector never saw them)": between(19, LATEST_DEV),
        "heldout30n": between(30, 30),
        "heldout31n": between(31, 31),
        "heldout32n": between(32, 32),
        "heldout33n": between(33, 33),
        "heldout34n": between(34, 34),
        "heldout35n": between(35, 35),
        "heldout36n": between(36, 36),
        "heldout37n": between(37, 37),
        "heldout38n": between(38, 38),
    }


def fit_selector(data: Mapping[str, list[tuple[list[str], str]]], articles: set[str], meta: dict[str, Any]) -> Any:
    from kibaru.enrich import event_roles

    rows = [x for a, r in data.items() if a in articles for x in r]
    return event_roles.fit([x[0] for x in rows], [x[1] for x in rows], c=SELECTOR_C, meta=meta)


def selector_examples(gold: Mapping[str, Any], parsed: Sequence[Any], kb: Any, detector: Any
                      ) -> dict[str, list[tuple[list[str], str]]]:
    """``train_event_actors.examples`` (per-type features) with ``detector`` instead of the shipped one."""
    from kibaru.enrich import events as E

    original = E.extract_events

    def with_detector(*args: Any, **kw: Any) -> Any:
        kw.setdefault("detector", detector)
        return original(*args, **kw)

    E.extract_events = with_detector  # type: ignore[assignment]
    try:
        return dict(tea.examples(dict(gold), list(parsed), kb, per_type=True))
    finally:
        E.extract_events = original  # type: ignore[assignment]


def _surfaces(name: str, kb: Any) -> set[str]:
    """Folded surface forms of a gold actor's name: the name, its last word (a surname), its KB actors' names,
    aliases and demonyms."""
    from kibaru.enrich.entities import fold

    forms = {fold(name)}
    if len(name.split()) > 1 and len(name.split()[-1]) > 3:
        forms.add(fold(name.split()[-1]))
    for actor in kb.lookup(name):
        forms.update(fold(s) for s in actor.surfaces() if len(s) > 2)
        forms.update(fold(d) for d in actor.demonyms if len(d) > 3)
    return {f for f in forms if f}


def _named(forms: set[str], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms)


def census_class(ga: Mapping[str, Any], ev: Any, text: str, sentence: tuple[int, int], previous: tuple[int, int] | None,
                 title: tuple[int, int], kb: Any) -> str:
    """Where the text names a gold actor the system does not give (``--census``)."""
    from kibaru.enrich.entities import fold

    cand = next((c for c in ev.candidates
                 if cv_event_roles._matches(dict(ga), (c.ent.get("canonical") or c.ent["text"], c.ent.get("kb_id")),
                                            kb)), None)
    if cand is not None:
        return f"same sentence: an entity, rules {cand.what}" + (":" + str(cand.value) if cand.what == "skip" else "")
    forms = _surfaces(ga["name"], kb)
    s0, s1 = sentence
    sent = fold(text[s0:s1])
    if _named(forms, sent):
        return "same sentence: named, no entity / not linked"
    is_state = any(a.type == "state" or a.kind == "state" for a in kb.lookup(ga["name"]))
    implicit = IMPLICIT.search(sent)
    if implicit and is_state:
        return f"implicit in the sentence: « {implicit.group(1)} »"
    if previous is not None and _named(forms, fold(text[previous[0]:previous[1]])):
        return "previous sentence"
    if _named(forms, fold(text[title[0]:title[1]])):
        return "title / first sentence"
    if _named(forms, fold(text[:s0])):
        return "earlier in the article"
    if _named(forms, fold(text[s1:])):
        return "later in the article"
    return "not in the text" + (" (a state)" if is_state else "")


def extra_class(actor: Mapping[str, Any], gold_event: Mapping[str, Any], ev: Any, kb: Any) -> str:
    """A system actor of an event the gold does not name (round 36, ``--census``): its role, the kind of its
    candidate entity, who gave it the role (the rules, the selector over the rules, an actor the rules resolved without
    a candidate) and what the gold event says instead (the same name as its place, no actor at all, other actors)."""
    key = actor["kb_id"] or actor["canonical"]
    cand = next((c for c in ev.candidates if c.added == key or (c.ent.get("kb_id") or c.ent.get("canonical")) == key),
                None)
    if cand is None:
        by = "resolved" if key in ev.resolved else "no candidate"
    elif cand.what == "role" and cand.value == actor["role"]:
        by = "rules"
    else:
        by = f"selector over rules {cand.what}" + (f":{cand.value}" if cand.what == "role" else "")
    kind = (cand.kind if cand is not None else None) or "?"
    if gold_event.get("location") and eval_events._same_place(gold_event["location"], actor["canonical"], kb):
        said = "gold: its place"
    elif not gold_event["actors"]:
        said = "gold: no actor"
    else:
        said = "gold: other actors"
    return f"{actor['role']} | {kind} | {by} | {said}"


def census(gold: Mapping[str, Any], parsed: Sequence[Any], kb: Any, options_of: Callable[[str], dict[str, Any]]
           ) -> dict[str, Any]:
    from kibaru.enrich.events import _sentences, extract_events

    missing: Counter[str] = Counter()
    other: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    wrong_events = 0
    for art, doc, ents, anchor in parsed:
        trace: list[Any] = []
        extract_events(doc, ents, anchor, kb, trace=trace, **options_of(art))
        sents = list(_sentences(doc))
        text = gold[art][0]["text"]
        for row in gold[art]:
            by_type = {e["type"]: (e, ev) for e, ev in trace if eval_events.in_sentence(e["start"], e["end"], row)}
            for g in row["events"]:
                if g["type"] not in by_type:
                    continue
                e, ev = by_type[g["type"]]
                if eval_events._same_actors(g["actors"], e["actors"], kb, roles=True):
                    continue
                wrong_events += 1
                unused = list(e["actors"])
                k = next((i for i, (a, b) in enumerate(sents) if a <= row["start"] < b), 0)
                prev = sents[k - 1] if k > 0 else None
                for ga in g["actors"]:
                    s = next((a for a in unused if cv_event_roles._matches(ga, (a["canonical"], a["kb_id"]), kb)), None)
                    if s is not None:
                        unused.remove(s)
                        if s["role"] != ga["role"]:
                            other[f"role {ga['role']} -> {s['role']}"] += 1
                        continue
                    missing[census_class(ga, ev, text, (row["start"], row["end"]), prev, sents[0], kb)] += 1
                other["extra system actor"] += len(unused)
                for s in unused:
                    extras[extra_class(s, g, ev, kb)] += 1
    return {"events detected with actors wrong": wrong_events, "missing gold actors": dict(missing.most_common()),
            "missing total": sum(missing.values()), "other": dict(other.most_common()),
            "extra system actors (role, kind, decided by; gold)": dict(extras.most_common())}


def _cache_keys() -> None:
    """``eval_events._keys`` (a scan of the KB per linked id) memoised: the examples and statuses call it for every
    candidate and gold actor, with one KB."""
    keys = eval_events._keys

    @functools.cache
    def cached(name: str | None, kb_id: str | None, kb: Any) -> frozenset[str]:
        return frozenset(keys(name, kb_id, kb))

    eval_events._keys = cached  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    from kibaru.enrich import event_actors
    from kibaru.enrich import events as E
    from kibaru.enrich.events import _lexicon
    from kibaru.kb import KnowledgeBase

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--exclude", nargs="*", default=list(PSEUDO_BLIND))
    parser.add_argument("--detector", default="1.0:0.2", help="C:THRESHOLD of every fold's detector")
    parser.add_argument("--variants", nargs="+", default=["plain"], choices=["plain", "context", "coord"],
                        help="selectors trained without / with the round-34 article-context candidates / with the "
                        "round-35 coordination and list features (``event_actors.COORD_FEATURES``, on branch "
                        "experiment/events35-coord-features)")
    parser.add_argument("--folds", type=int, nargs="+", help="run only these outer folds (the comparison is then on "
                        "their events only)")
    parser.add_argument("--compare-with", type=Path, help="an earlier run's --out statuses (same folds, same "
                        "detectors: both are deterministic) merged in before the comparison")
    parser.add_argument("--save", choices=["plain", "context"], help="fit the selector on every development event "
                        "(the shipped detector's output, in sample for it as in the folds) and write the shipped model")
    parser.add_argument("--margins", type=float, nargs="+", default=[SELECTOR_MARGIN],
                        help="apply each fold's selector with these margins (``event_actors.MARGIN``)")
    parser.add_argument("--skip-baselines", action="store_true", help="no shipped-selector / rules rows (take them "
                        "from --compare-with)")
    parser.add_argument("--save-to", type=Path, default=tea.MODEL_OUT, help="where --save writes the model (default: "
                        "the shipped file)")
    parser.add_argument("--no-cv", action="store_true", help="only --save (provenance from --compare-with)")
    parser.add_argument("--census", action="store_true", help="census of the missed gold actors (counts only)")
    parser.add_argument("--out", type=Path, help="per-event statuses (JSON)")
    parser.add_argument("--group-by", choices=["outlet", "split"], default=ced.GROUP_BY,
                        help="what a fold keeps together (cv_event_detector.GROUP_BY)")
    parser.add_argument("--round", default="36", help="the round or session named in a saved model's provenance")
    args = parser.parse_args(argv)
    ced.GROUP_BY = args.group_by
    gold, parsed = cv_event_roles.parse(args.cache, args.exclude)
    kb = KnowledgeBase.load()
    _cache_keys()
    margin0 = event_actors.MARGIN
    types = sorted({r.type for r in _lexicon().rules})
    c, thr = (float(x) for x in args.detector.split(":"))
    sentences, _rules = ted.collect(gold, parsed, kb)
    folds = ced.assign_folds(gold)
    print(f"{len(parsed)} articles, {sum(s.gold is not None for s in sentences)} annotated sentences", file=sys.stderr)
    shipped_selector = event_actors.packaged()
    variants = [v == "context" for v in args.variants if v != "coord"]
    coord = "coord" in args.variants
    if coord:
        if variants:
            raise SystemExit("--variants coord runs alone")
        variants = [False]
    if coord and not hasattr(event_actors, "COORD_FEATURES"):
        raise SystemExit("event_actors.COORD_FEATURES is on branch experiment/events35-coord-features")
    coord0 = getattr(event_actors, "COORD_FEATURES", False)
    setattr(event_actors, "COORD_FEATURES", coord)  # noqa: B010 (absent from main's event_actors: see --variants)
    systems: dict[str, dict[str, list[dict[str, Any]]]] = {} if args.skip_baselines else {
        "shipped pipeline": eval_events.extract(parsed, kb)}
    models: dict[int, tuple[Any, dict[bool, Any]]] = {}
    t0 = time.perf_counter()
    if "context" in args.variants and not hasattr(E, "CONTEXT_ACTORS"):
        raise SystemExit("events.CONTEXT_ACTORS is on branch experiment/events34-context-actors")
    context0 = getattr(E, "CONTEXT_ACTORS", False)
    try:
        for k in range(0 if args.no_cv else ced.FOLDS):
            if args.folds is not None and k not in args.folds:
                continue
            det = ced.fit([s for s in sentences if folds[s.article] != k], types, ced.RECIPES["base"], c,
                          dict.fromkeys(types, thr))
            train_parsed = [p for p in parsed if folds[p[0]] != k]
            held = [p for p in parsed if folds[p[0]] == k]
            sels: dict[bool, Any] = {}
            for ctx in variants:
                setattr(E, "CONTEXT_ACTORS", ctx)  # noqa: B010 (absent from main's events: see --variants)
                data = selector_examples(gold, train_parsed, kb, det)
                sels[ctx] = fit_selector(data, {p[0] for p in train_parsed}, {"per_type": True})
                tag = " + context" if ctx else " + coord" if coord else ""
                configs = [(f"fold detector + fold selector{tag}" + ("" if m == SELECTOR_MARGIN else f" margin {m}"),
                            sels[ctx], m) for m in args.margins]
                if not ctx and not args.skip_baselines:  # context candidates are inert without a selector
                    configs += [(f"fold detector + shipped selector{tag}", shipped_selector, SELECTOR_MARGIN),
                                (f"fold detector, rules' actors{tag}", None, SELECTOR_MARGIN)]
                for name, sel, m in configs:
                    event_actors.MARGIN = m
                    try:
                        systems.setdefault(name, {}).update(
                            eval_events.extract(held, kb, detector=det, actor_selector=sel))
                    finally:
                        event_actors.MARGIN = margin0
            setattr(E, "CONTEXT_ACTORS", context0)  # noqa: B010
            models[k] = (det, sels)
            print(f"fold {k}: {len(held)} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    finally:
        setattr(E, "CONTEXT_ACTORS", context0)  # noqa: B010
        setattr(event_actors, "COORD_FEATURES", coord0)  # noqa: B010
    statuses = {name: cv_event_roles.status(gold, system, kb) for name, system in systems.items()}
    if args.out:
        args.out.write_text(json.dumps(statuses))
    if args.compare_with:
        earlier = json.loads(args.compare_with.read_text())
        if args.folds is not None:  # the comparison on the events of the folds run only
            keep = set(next(iter(statuses.values())))
            earlier = {name: {e: v for e, v in st.items() if e in keep} for name, st in earlier.items()}
        statuses = {**earlier, **statuses}
    base_name = "fold detector + shipped selector"
    if args.no_cv:
        return save(args.save, gold, parsed, kb, statuses, base_name, args.save_to, args.round, args.exclude)
    report: dict[str, Any] = {
        "data": {"articles": len(parsed), "events": len(statuses[base_name]), "detector": {"C": c, "threshold": thr}},
        f"vs {base_name}": {name: {g: cv_event_roles.compare(statuses[base_name], st, keep)
                                   for g, keep in groups().items()}
                            for name, st in statuses.items() if name != base_name},
        "per split (all right)": ced.per_split(statuses),
    }
    if args.census:
        fold_of = {p[0]: folds[p[0]] for p in parsed}
        for ctx in variants:
            def options(art: str, ctx: bool = ctx) -> dict[str, Any]:
                det, sels = models[fold_of[art]]
                return {"detector": det, "actor_selector": sels[ctx]}

            setattr(E, "CONTEXT_ACTORS", ctx)  # noqa: B010
            try:
                report[f"census, fold detector + fold selector{' + context' if ctx else ''}"] = census(
                    gold, parsed, kb, options)
            finally:
                setattr(E, "CONTEXT_ACTORS", context0)  # noqa: B010
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.save:
        return save(args.save, gold, parsed, kb, statuses, base_name, args.save_to, args.round, args.exclude)
    return 0


def save(variant: str, gold: Mapping[str, Any], parsed: Sequence[Any], kb: Any,
         statuses: Mapping[str, Mapping[str, int | None]], base_name: str, out: Path = tea.MODEL_OUT,
         round_label: str = "36", excluded: Sequence[str] = PSEUDO_BLIND) -> int:
    """Fit the selector on every development event (the shipped detector's output) and write it with its provenance:
    the out-of-fold comparison of the same recipe against the shipped selector (``statuses``)."""
    from kibaru.enrich import event_roles
    from kibaru.enrich import events as E
    from kibaru.enrich.event_detector import MODEL_PATH
    from kibaru.enrich.json_models import packaged_json_model

    detector_meta = (packaged_json_model(MODEL_PATH) or {}).get("meta", {})
    detector_round = f"round {detector_meta.get('round', '?')}"
    context0 = getattr(E, "CONTEXT_ACTORS", False)
    setattr(E, "CONTEXT_ACTORS", variant == "context")  # noqa: B010
    try:
        data = selector_examples(gold, parsed, kb, "default")
    finally:
        setattr(E, "CONTEXT_ACTORS", context0)  # noqa: B010
    labels = Counter(lab for rows in data.values() for _, lab in rows)
    name = "fold detector + fold selector" + (" + context" if variant == "context" else "")
    splits = sorted({rows[0]["split"] for rows in gold.values()})
    meta: dict[str, Any] = {
        "round": round_label, "per_type": True, "c": SELECTOR_C, "margin": SELECTOR_MARGIN,
        "context_candidates": variant == "context",
        "trained_on": f"candidates of the events the shipped detector ({detector_round}) and the rules find with an "
                      f"annotated type in {len(data)} development articles (eval/events_gold.jsonl split tune)",
        "trained_on_splits": splits, "excluded": sorted(set(excluded) | eval_events.BLIND_SPLITS),
        "candidates": sum(labels.values()), "articles": len(data), "labels": dict(labels),
        "recipe": "round 19's (per-type feature augmentation, C 0.3, margin 0.2), benchmarks/cv_event_actors.py",
    }
    if name in statuses and base_name in statuses:
        meta["cv_out_of_fold_vs_shipped_selector"] = {
            g: cv_event_roles.compare(dict(statuses[base_name]), dict(statuses[name]), keep)
            for g, keep in groups().items()}
    rows = [x for r in data.values() for x in r]
    model = event_roles.fit([x[0] for x in rows], [x[1] for x in rows], c=SELECTOR_C, meta=meta)
    event_roles.save(model, out)
    print(f"wrote {out} ({len(model.weights)} features, {sum(labels.values())} candidates)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
