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

With ``--missing`` (round 18), every « candidate missing: named in text » quote also gets the reason its gold name was
no candidate, decided in this order from the article's mentions the scorer accepts as the gold speaker:

* ``in window, other name`` — a PER/ORG mention outside quotes in the candidates' window (the paragraph before the
  quote's to the end of its sentence) is the speaker, but its candidate name is not (a full name the generator
  rebuilt, a canonical name the scorer does not accept);
* ``wrong type in window (LOC/MISC)`` — the speaker is named in the window, but only as a place or other entity;
* ``earlier paragraph`` / ``after the sentence`` — named as a person or body outside quotes, but only before the
  window or after the quote's sentence;
* ``only inside quotations`` — the person or body is named only inside quoted speech;
* ``wrong type, in window / elsewhere`` — only place or other mentions, none in the window;
* ``no mention: lower-case description, in window / elsewhere`` — no mention is the speaker and its gold name (or an
  alternative) that occurs in the text starts lower-case (« un habitant », « les transporteurs »);
* ``no mention: proper name, in window / elsewhere`` — a capitalised gold name occurs but no entity covers it.

Run: ``KIBARU_SHARED=/work/shared KIBARU_EXTRA_QUOTES=/work/extra_quotes nice -n 10 python benchmarks/census_speakers.py
--split dev-news11 [--list] [--missing]`` (development data only: blind splits are refused).
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


def why_missing(ctx: Any, art: Any, res: dict[str, Any], gold: dict[str, Any], kb: Any) -> str:
    """Why no candidate of ``res`` is the gold speaker, though a gold name occurs in the text (see the docstring)."""
    from kibaru.enrich import quotes as q
    from kibaru.enrich import speaker_ranker as sr

    text = ctx.text
    s, e = int(res["start"]), int(res["end"])
    _ss, se = q._sentence_bounds(text, s, e, ctx.quoted)
    lo = art.par_starts[max(0, art.par_of(s) - sr.PARAGRAPHS_BACK)]
    hits = []
    for m in ctx.mentions:
        if m.end <= m.start or s <= m.start < e:
            continue
        name, kid = q._mention_name(m, ctx)
        if ev.speaker_ok(name, gold, kid, kb, text) or ev.speaker_ok(q._strip_det(m.text), gold, None, kb, text):
            hits.append(m)
    typed = [m for m in hits if m.label in {"PER", "ORG"}]
    outside = [m for m in typed if ctx.outside_quotes(m)]
    in_window = [m for m in hits if ctx.outside_quotes(m) and lo <= m.start < max(se, e)]
    if any(m.label in {"PER", "ORG"} for m in in_window):
        return "in window, other name"
    if in_window:
        return "wrong type in window (" + "/".join(sorted({m.label for m in in_window})) + ")"
    if outside:
        return "earlier paragraph" if all(m.start < lo for m in outside) else "after the sentence"
    if typed:
        return "only inside quotations"
    window = text[lo : max(se, e)].lower()
    names = [n for n in (gold["speaker"], *(gold.get("speaker_alt") or [])) if n]
    near = [n for n in names if n.lower() in window]
    where = "in window" if near else "elsewhere"
    names = near or [n for n in names if n.lower() in text.lower()]
    if hits:
        return f"wrong type, {where} (" + "/".join(sorted({m.label for m in hits})) + ")"
    kind = "lower-case description" if names and names[0][:1].islower() else "proper name"
    return f"no mention: {kind}, {where}"


def run(split: str, show: bool, missing: Counter[str] | None = None) -> Counter[str]:
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
        art = sr._Article(ctx) if missing is not None else None
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
            if missing is not None and cls == "candidate missing: named in text":
                why = why_missing(ctx, art, r, g, kb)
                missing[why] += 1
                cls = f"{cls} / {why}"
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
    ap.add_argument("--missing", action="store_true", help="why the gold name was no candidate (see the docstring)")
    args = ap.parse_args()
    if args.split in ev.BLIND_SPLITS or args.split == "all":
        raise SystemExit(f"census_speakers: {args.split} is blind; its errors are not read")
    missing: Counter[str] | None = Counter() if args.missing else None
    counts = run(args.split, args.list, missing)
    n = counts.pop("_matched")
    wrong = sum(counts.values())
    print(f"{args.split}: {n} matched quotes, {wrong} wrong speakers ({1 - wrong / max(1, n):.3f} right)")
    for cls, k in counts.most_common():
        print(f"  {cls:36s} {k:4d}  ({k / max(1, wrong):.0%})")
    if missing is not None:
        print("  candidate missing: named in text, by reason:")
        for why, k in missing.most_common():
            print(f"    {why:38s} {k:4d}")


if __name__ == "__main__":
    main()
