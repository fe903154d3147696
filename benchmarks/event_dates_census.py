"""Census of event-date errors on the development gold (events round 9, issue 4).

For every gold event of the development splits (every split of ``eval/events_gold.jsonl`` except
the blind ones of ``eval_events.BLIND_SPLITS``; heldout8n is development data from round 9 on) the
system's event of the same type in the same sentence (matched as ``eval_events.score`` does) is
compared with the gold date and the outcome put in one class:

* ``ok`` — value and precision right;
* ``not_detected`` — no system event of that type in the sentence (the "date right" share of
  ``eval_events.py`` counts these as wrong);
* ``foreign_date`` — the gold has no stated date (the anchor) but the system took a date from the
  sentence that belongs to something else;
* ``wrong_expression`` — the gold date is one of the sentence's resolved expressions, the system
  took another one;
* ``dropped`` — the gold date is one of the sentence's expressions but the system fell back to the
  article date (the expression was judged another verb's);
* ``resolver_missed`` — the gold date is stated in the sentence but the resolver finds no
  expression with its value, the system fell back to the article date;
* ``wrong_resolution`` — the expression the gold reads has another value in the resolver (the year
  of a day without one, a weekday, a relative expression);
* ``precision`` — same period, other granularity (e.g. month vs day);
* ``context`` — the gold date is not in the sentence and is not the anchor: carried over from
  the story (a previous sentence, the same day as another event).

Classes are computed mechanically (compare the gold with the resolver's readings of the sentence);
``--show CLASS`` prints the sentences of one class for reading.

Halves: the articles are split by ``md5(article) mod 2`` into *A* (looked at while tuning) and *B*
(not looked at: measured only), so that a change tuned on A is checked on B.

Run: ``KIBARU_EXTRA_EVENTS=/work/extra_events nice -n 10 .venv/bin/python
benchmarks/event_dates_census.py [--cache DIR] [--half A|B|all] [--by-type] [--show CLASS]``. ``--cache`` keeps
the parses and linked entities (DocBin + JSON, keyed by text and anchor) so that a rerun only
re-extracts events.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events

# Splits that became development data in this round (run blind in an earlier round).
NOW_DEVELOPMENT = frozenset({"heldout8n"})
CLASSES = ["ok", "not_detected", "foreign_date", "wrong_expression", "dropped", "resolver_missed",
           "wrong_resolution", "precision", "context"]


def half(article: str) -> str:
    return "A" if int(hashlib.md5(article.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def development_gold() -> dict[str, list[dict[str, Any]]]:
    """The gold sentences of every development split, by article."""
    blind = eval_events.BLIND_SPLITS - NOW_DEVELOPMENT
    gold = eval_events.load_gold("all")
    out = {a: [r for r in rows if r["split"] not in blind] for a, rows in gold.items()}
    return {a: rows for a, rows in out.items() if rows}


def parse(gold: dict[str, list[dict[str, Any]]], cache: Path | None) -> list[tuple[str, Any, Any, str]]:
    """``(article, doc, entities, anchor)`` per article, from ``cache`` when present there."""
    from spacy.tokens import DocBin

    from kibaru.enrich.entities import BODIES_KEY, domain_pipeline, entities_for_docs
    from kibaru.kb import KnowledgeBase

    articles = sorted(gold)
    anchors = [gold[a][0]["anchor"] for a in articles]
    texts = [gold[a][0]["text"] for a in articles]
    key = hashlib.sha1("\x00".join(t + "\x01" + d for t, d in zip(texts, anchors, strict=True)).encode()).hexdigest()
    nlp = domain_pipeline()
    if cache is not None and (cache / f"{key}.spacy").is_file():
        docs = list(DocBin().from_disk(cache / f"{key}.spacy").get_docs(nlp.vocab))
        for doc in docs:  # msgpack has no sets: stored as lists (round 18)
            for k, v in list(doc.user_data.items()):
                if isinstance(v, list) and k == BODIES_KEY:
                    doc.user_data[k] = frozenset(v)
        ents = json.loads((cache / f"{key}.json").read_text(encoding="utf-8"))
    else:
        docs = list(nlp.pipe(texts))
        ents = entities_for_docs(docs, anchors, KnowledgeBase.load())
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            for doc in docs:
                for k, v in list(doc.user_data.items()):
                    if isinstance(v, (set, frozenset)):
                        doc.user_data[k] = sorted(v)
            DocBin(store_user_data=True, docs=docs).to_disk(cache / f"{key}.spacy")
            for doc in docs:
                if isinstance(doc.user_data.get(BODIES_KEY), list):
                    doc.user_data[BODIES_KEY] = frozenset(doc.user_data[BODIES_KEY])
            (cache / f"{key}.json").write_text(json.dumps(ents), encoding="utf-8")
    return list(zip(articles, docs, ents, anchors, strict=True))


def _contains(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    """``outer`` is a coarser period containing ``inner`` (or the reverse is checked by the caller)."""
    return outer[0] != inner[0] and inner[0].startswith(outer[0])


def classify(row: dict[str, Any], g: dict[str, Any], e: dict[str, Any] | None) -> str:
    """The class of the module docstring for gold event ``g`` and system event ``e``."""
    from kibaru.enrich.temporal import find_dates

    if e is None:
        return "not_detected"
    gold = (g["date"], g["date_precision"])
    sys_ = (e["date"], e["date_precision"])
    if gold == sys_:
        return "ok"
    anchor = row["anchor"]
    anchor_key = (anchor, eval_events_precision(anchor))
    found = find_dates(row["text"][row["start"] : row["end"]], anchor)
    readings = {(d.value, d.precision) for d in found}
    if gold == anchor_key:
        return "foreign_date"
    if e["date_source"] == "article":
        if gold in readings:
            return "dropped"
        if any(_contains(r, gold) or _contains(gold, r) for r in readings):
            return "precision"
        if found:
            return "dropped" if any(r[0][5:] == gold[0][5:] and len(r[0]) == len(gold[0]) for r in readings) \
                else "resolver_missed_or_context"
        return "resolver_missed_or_context"
    if gold in readings:
        return "wrong_expression" if sys_ in readings else "wrong_resolution"
    if _contains(sys_, gold) or _contains(gold, sys_):
        return "precision"
    if any(r[0][4:] == gold[0][4:] and len(r[0]) == len(gold[0]) for r in readings):
        return "wrong_resolution"  # the same month-day read in another year
    if any(_contains(r, gold) or _contains(gold, r) for r in readings):
        return "precision"
    return "resolver_missed_or_context"


def eval_events_precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def census(gold: dict[str, list[dict[str, Any]]], system: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One record per gold event: article, split, half, type, class, gold and system dates, sentence."""
    out = []
    for article in sorted(system):
        for row in gold[article]:
            s0, s1 = row["start"], row["end"]
            mine = [e for e in system[article] if eval_events.in_sentence(e["start"], e["end"], row)]
            by_type = {e["type"]: e for e in mine}
            for g in {ev["type"]: ev for ev in row["events"]}.values():
                e = by_type.get(g["type"])
                out.append({
                    "article": article, "split": row["split"], "half": half(article), "type": g["type"],
                    "class": classify(row, g, e), "anchor": row["anchor"],
                    "gold": f"{g['date']}/{g['date_precision']}",
                    "system": f"{e['date']}/{e['date_precision']}/{e['date_source']}" if e else None,
                    "sentence": row["text"][s0:s1],
                })
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, default=None, help="folder for parses and entities")
    parser.add_argument("--half", default="all", choices=["A", "B", "all"])
    parser.add_argument("--show", default=None, help="print the sentences of this class (half A only)")
    parser.add_argument("--json", type=Path, default=None, help="write the per-event records here")
    parser.add_argument("--by-type", action="store_true", help="date right per event type")
    args = parser.parse_args(argv)
    from kibaru.kb import KnowledgeBase

    try:
        gold = development_gold()
    except FileNotFoundError as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return 2
    if args.half != "all":
        gold = {a: rows for a, rows in gold.items() if half(a) == args.half}
    parsed = parse(gold, args.cache)
    system = eval_events.extract(parsed, KnowledgeBase.load())
    records = census(gold, system)
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
    by_half: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        by_half[r["half"]][r["class"]] += 1
        by_half["all"][r["class"]] += 1
    names = sorted({c for counts in by_half.values() for c in counts}, key=lambda c: (c not in CLASSES,
                   CLASSES.index(c) if c in CLASSES else 0, c))
    cols = [h for h in ("A", "B", "all") if h in by_half]
    print("class".ljust(28) + "".join(h.rjust(8) for h in cols))
    for c in names:
        print(c.ljust(28) + "".join(str(by_half[h][c]).rjust(8) for h in cols))
    print("events".ljust(28) + "".join(str(sum(by_half[h].values())).rjust(8) for h in cols))
    print("date right share".ljust(28) + "".join(f"{by_half[h]['ok'] / sum(by_half[h].values()):.3f}".rjust(8)
                                                  for h in cols))
    if args.by_type:
        types = sorted({r["type"] for r in records})
        print("\ndate right by type (half A, B, all: right/events)")
        for t in types:
            cells = []
            for h in cols:
                rs = [r for r in records if r["type"] == t and (h == "all" or r["half"] == h)]
                cells.append(f"{sum(r['class'] == 'ok' for r in rs)}/{len(rs)}".rjust(9))
            print(t.ljust(24) + "".join(cells))
    if args.show:
        for r in records:
            if r["class"] == args.show and r["half"] == "A":
                print(f"\n{r['article']} [{r['split']}] {r['type']} anchor={r['anchor']} gold={r['gold']} "
                      f"sys={r['system']}\n   {r['sentence'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
