"""Error census of the event actors on development data (round 9): why "actors right" fails.

For every gold event the system detects (same matching as ``eval_events.score``) whose actors are
not right, each gold actor and each system actor is put in one class:

* ``missing:<why>`` — a gold actor the system does not give. ``why`` is the rules' decision on the
  entity of the sentence that names it (``skip:no-path``, ``skip:description``, ``place`` ...,
  from the extractor's trace), ``no-entity:named`` when the sentence contains the name but no
  entity of the linker covers it (NER or linking miss), or ``no-entity:convention`` when the
  sentence does not contain the name at all (a pronoun, a title, a possessive, a plural title: the
  guideline's conventions);
* ``extra:<what>`` — a system actor the annotator did not mark: ``description`` when the entity's
  text starts with a lower-case word ("l'armée malienne", "le gouvernement nigérien"), else its KB
  kind (``state``, ``town`` ...) or NER label, and ``implicit`` when it comes from no entity of the
  sentence's candidates with a role (possessive, relative antecedent, pronoun);
* ``role:<gold>→<system>`` — the right actor in the wrong role.

Counts are per event type; ``--list`` prints each failing event (development data only).

Run: ``KIBARU_EXTRA_EVENTS=/work/extra_events nice -n 10 .venv/bin/python benchmarks/events_actor_census.py
[--split tune] [--list]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events


def _name_match(gold_name: str, canonical: str | None, kb_id: str | None, kb: Any) -> bool:
    system = {"canonical": canonical, "kb_id": kb_id}
    return bool(
        eval_events._keys(gold_name, None, kb) & eval_events._keys(canonical, kb_id, kb)
        or eval_events._surname_match(gold_name, system)
        or eval_events._variant_match(gold_name, system)
    )


def census(split: str, listing: bool, cache: Path | None = None) -> dict[str, Any]:
    from kibaru.enrich.entities import fold
    from kibaru.enrich.events import extract_events

    if cache is None:
        gold, kb, parsed = eval_events.prepare(split)
    else:  # round 18: the parses of the dates census's cache (same key: every text and anchor of the split)
        import event_dates_census
        from kibaru.kb import KnowledgeBase

        gold, kb = eval_events.load_gold(split), KnowledgeBase.load()
        parsed = event_dates_census.parse(gold, cache)
    by_type: defaultdict[str, Counter[str]] = defaultdict(Counter)
    events_wrong: Counter[str] = Counter()
    for article, doc, ents, anchor in parsed:
        trace: list[Any] = []
        extract_events(doc, ents, anchor, kb, trace=trace)
        for row in gold[article]:
            s0, s1 = row["start"], row["end"]
            mine = [(e, ev) for e, ev in trace if eval_events.in_sentence(e["start"], e["end"], row)]
            sys_by_type = {e["type"]: (e, ev) for e, ev in mine}
            sentence = row["text"][s0:s1]
            for g in row["events"]:
                if g["type"] not in sys_by_type:
                    continue
                e, ev = sys_by_type[g["type"]]
                if eval_events._same_actors(g["actors"], e["actors"], kb, roles=True):
                    continue
                t = g["type"]
                events_wrong[t] += 1
                unused = list(e["actors"])
                classes: list[str] = []
                for ga in g["actors"]:
                    s = next((a for a in unused if _name_match(ga["name"], a["canonical"], a["kb_id"], kb)), None)
                    if s is not None:
                        unused.remove(s)
                        if s["role"] != ga["role"]:
                            classes.append(f"role:{ga['role']}→{s['role']}")
                        continue
                    cand = next(
                        (c for c in ev.candidates
                         if _name_match(ga["name"], c.ent.get("canonical") or c.ent["text"], c.ent.get("kb_id"), kb)),
                        None,
                    )
                    if cand is not None:
                        classes.append(f"missing:{cand.what}:{cand.value}" if cand.what != "place" else "missing:place")
                    elif fold(ga["name"]).split()[-1] in fold(sentence):
                        classes.append("missing:no-entity:named")
                    else:
                        classes.append("missing:no-entity:convention")
                for s in unused:
                    cand = next(
                        (c for c in ev.candidates
                         if (c.ent.get("kb_id") or c.ent.get("canonical") or c.ent["text"])
                         == (s["kb_id"] or s["canonical"]) and c.what == "role"),
                        None,
                    )
                    if cand is None:
                        classes.append("extra:implicit")
                    elif cand.ent["text"][:1].islower():
                        classes.append("extra:description")
                    else:
                        classes.append(f"extra:{cand.kind or cand.ent['label']}")
                for c in classes:
                    by_type[t][c] += 1
                    by_type["ALL"][c] += 1
                if listing:
                    print(f"{t} {article[-12:]}:{s0} {classes}\n   {sentence[:200]!r}\n"
                          f"   gold {[(a['name'], a['role']) for a in g['actors']]}\n"
                          f"   sys  {[(a['canonical'], a['role']) for a in e['actors']]}")
    events_wrong["ALL"] = sum(events_wrong.values())
    return {t: {"events_actors_wrong": events_wrong[t], **dict(c.most_common())}
            for t, c in sorted(by_type.items(), key=lambda kv: -events_wrong[kv[0]])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", default="tune", choices=[s for s in eval_events.SPLITS
                                                            if s not in eval_events.BLIND_SPLITS])
    parser.add_argument("--list", action="store_true", help="print each failing event (development data only)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for parses and entities (round 18)")
    args = parser.parse_args(argv)
    print(json.dumps(census(args.split, args.list, args.cache), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
