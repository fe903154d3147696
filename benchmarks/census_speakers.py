"""Census of the wrong speakers on matched quotes (issue 3, round 13): why does a matched quote get the wrong speaker?

For every development quote the shipped chain matches (``eval_quotes.match``) but attributes to the wrong speaker
(``eval_quotes.speaker_ok``), one class, decided in this order:

* ``scorer: same actor`` — the system's name and a gold name are one KB actor (the system's KB id is among the
  actors a gold name looks up, even ambiguously) or one is a word-suffix of the other (« Goïta » / « Assimi Goïta »):
  the scorer's judgement is in question, not the system;
* ``gold has no speaker`` — the gold speaker is null (an unnamed source) and the system names one;
* ``candidate missing: named in text`` — no candidate of the ranker is right, though a gold name occurs in the
  article (the speaker is outside the window or the cue's reach, or the parse missed the mention);
* ``candidate missing: not in text`` — no candidate is right and no gold name occurs verbatim (a designation the
  gold does not list, a coreference the rules cannot make);
* ``ranker overrode`` — the rules' speaker was right and the ranker chose another;
* ``rule wrong (kind)`` — a right candidate exists, the rules' speaker is wrong and the ranker kept it; ``kind`` is
  how the rules found it (``pron``: a pronoun chain, ``named``: the cue's subject, ``selon``, ``cont``: no cue, the
  previous speaker goes on, ``inherit``, ``desc``, ``colon``, ``group``, ``none``);
* ``both wrong`` — a right candidate exists, the rules and the ranker chose two different wrong ones.

Run: ``KIBARU_SHARED=/work/shared KIBARU_EXTRA_QUOTES=/work/extra_quotes nice -n 10 python benchmarks/census_speakers.py
--split dev-news11 [--list]`` (development data only: blind splits are refused).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_quotes as ev  # noqa: E402


def _words(s: str | None) -> list[str]:
    return ev.norm_name(s).split() if s else []


def _suffix(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa == wb:
        return False
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return long[-len(short) :] == short


def classify(
    chosen: tuple[str | None, str | None],
    rule: tuple[str | None, str | None],
    rule_ok: bool,
    any_right: bool,
    kind: str,
    gold: dict[str, Any],
    text: str,
    kb: Any,
) -> str:
    from kibaru.enrich.linking import kb_id_of

    names = [n for n in [gold["speaker"], *(gold.get("speaker_alt") or [])] if n]
    if chosen[0] is not None and names:
        ids = {kb_id_of(a) for n in names for a in kb.lookup(n)}
        if (chosen[1] and chosen[1] in ids) or any(_suffix(chosen[0], n) for n in names):
            return "scorer: same actor"
    if gold["speaker"] is None:
        return "gold has no speaker"
    if not any_right:
        low = text.lower()
        return (
            "candidate missing: named in text"
            if any(n.lower() in low for n in names)
            else ("candidate missing: not in text")
        )
    if rule_ok:
        return "ranker overrode"
    if chosen == rule:
        return f"rule wrong ({kind})"
    return "both wrong"


def run(split: str, show: bool) -> Counter[str]:
    from kibaru.enrich import nlp as nlp_module
    from kibaru.enrich import quotes as q
    from kibaru.enrich import speaker_ranker as sr
    from kibaru.enrich.entities import entities_for_docs, pipeline_for
    from kibaru.kb import KnowledgeBase

    data = ev.load_gold(split)
    paths = sorted(data)
    kb = KnowledgeBase.load()
    pipeline, _key = pipeline_for(None)
    docs = list(nlp_module.run(pipeline, [data[p]["text"] for p in paths], None))
    dates: list[str | None] = [data[p].get("date") for p in paths]
    ents = entities_for_docs(docs, dates, kb)
    model = sr.default_model()
    assert model is not None
    counts: Counter[str] = Counter()
    n_matched = 0
    for path, doc, ent, date in zip(paths, docs, ents, dates, strict=True):
        text = data[path]["text"]
        ctx, results, labels = q._extract_rules(doc, ent, date, kb)
        rules = [(r["speaker"], r["speaker_kb_id"]) for r in results]
        hows = list(ctx.how) if len(ctx.how) == len(results) else [None] * len(results)
        qcs = sr.candidates(ctx, results, labels)
        gold_of = {id(s): g for s, g in ev.match(results, data[path]["quotes"])}
        prev: tuple[Any, ...] | None = None
        for r, qc, rule, how in zip(results, qcs, rules, hows, strict=True):
            cands = sr.with_prev(qc, prev)
            best = model.choose(cands)
            chosen = (best.name, best.kb_id) if best is not None else rule
            if chosen[0] is not None:
                prev = (chosen[0], chosen[1], qc.par, int(r["end"]))
            g = gold_of.get(id(r))
            if g is None:
                continue
            n_matched += 1
            if ev.speaker_ok(chosen[0], g, chosen[1], kb, text):
                continue
            rule_ok = ev.speaker_ok(rule[0], g, rule[1], kb, text)
            any_right = any(ev.speaker_ok(c.name, g, c.kb_id, kb, text) for c in cands)
            kind = how.kind if how is not None else "?"
            cls = classify(chosen, rule, rule_ok, any_right, kind, g, text, kb)
            counts[cls] += 1
            if show:
                print(
                    f"{cls:34s} {path.rsplit('/', 1)[-1][:14]}:{g['start']} gold={g['speaker']!r} "
                    f"alt={g.get('speaker_alt')} sys={chosen[0]!r} [{chosen[1]}] rule={rule[0]!r} ({kind}) "
                    f"cands={[c.name for c in cands][:8]} | {text[g['start'] : g['end']][:80]!r} "
                    f"<< {text[max(0, g['start'] - 90) : g['start']]!r} >> {text[g['end'] : g['end'] + 90]!r}"
                )
    counts["_matched"] = n_matched
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev-news11")
    ap.add_argument("--list", action="store_true", help="print every wrong speaker with its class")
    args = ap.parse_args()
    if args.split in ev.BLIND_SPLITS or args.split == "all":
        raise SystemExit(f"census_speakers: {args.split} is blind; its errors are not read")
    counts = run(args.split, args.list)
    n = counts.pop("_matched")
    wrong = sum(counts.values())
    print(f"{args.split}: {n} matched quotes, {wrong} wrong speakers ({1 - wrong / max(1, n):.3f} right)")
    for cls, k in counts.most_common():
        print(f"  {cls:36s} {k:4d}  ({k / max(1, wrong):.0%})")


if __name__ == "__main__":
    main()
