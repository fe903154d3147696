"""Round 30: the learned role model (``kibaru.enrich.event_roles``) retrained on every present development event and
compared, out of fold, with the shipped pipeline (rules + learned detector + the shipped actor selector) on the same
events.

Data: ``eval/events_gold.jsonl`` split ``tune`` (every split but the blind ones) minus the pseudo-blind splits
(``--exclude``, default heldout28n heldout29n: they are never parsed here). One parse, cached (``--cache``).

Examples: every candidate (entity of the sentence) of every event the shipped pipeline detects with a gold event of the
same type in that sentence; its features are ``events.role_features`` (round 7) or those plus the round-30 additions
(``--feats ext``: subject / agent of a saying or blaming verb, « entre … et … » side, KB kind × label × type, linked or
not, a place under a title noun, order among the sentence's candidates); its label the gold role it matches
(``eval_events`` name matching, the capital's state for a capital the rules read as its state) or ``none``.

Application (``--mode``): ``legacy`` is the extractor's ``_apply_role_model`` (round 7: every actor re-decided by
the model, the rules' resolutions dropped); ``margin`` keeps the rules' decision unless the model prefers another
role by more than the margin, and never touches the rules' own resolutions (a capital's state, a cut subject): the way
the actor selector applies its model. The shipped selector runs after it in both.

Comparison: 5-fold CV grouped by article (``fold``: md5 of the article name); each configuration's per-event "all
right" against the shipped pipeline's, wins and losses, and a 90 % interval of the net difference from an article
bootstrap (2,000 draws). The shipped selector was trained (round 19) on the splits up to heldout18n: on those
events it is scored in sample, which favours it; the table is therefore also given for heldout19n–27n alone
(``UNSEEN``), where both are out of sample. Development data only; summaries only.

    KIBARU_EXTRA_EVENTS=/work/extra_events KIBARU_SHARED=/work/shared PYTHONPATH=src nice -n 10 \\
      .venv/bin/python benchmarks/cv_event_roles.py --cache /tmp/ev30/cache.pkl --configs ext:0.3:0.35 base:0.3:0.35
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events

PSEUDO_BLIND = ("heldout28n", "heldout29n")
# splits the shipped actor selector never saw (it was last trained in round 19, on tune up to heldout18n)
UNSEEN = frozenset(f"heldout{k}n" for k in range(19, 28))
FOLDS = 5
BOOTSTRAP = 2000
Features = Callable[[Any, Any], list[str]]


def fold(article: str, folds: int = FOLDS, rep: int = 0) -> int:
    return int(hashlib.md5(f"{rep}:{article}".encode()).hexdigest(), 16) % folds


def _entre_side(tok: Any) -> str:
    from kibaru.enrich.events import _case

    if _case(tok) == "entre":
        return "first"
    if tok.dep_ == "conj" and _case(tok.head) == "entre":
        return "second"
    if any(t.lower_ == "entre" for t in tok.doc[max(tok.sent.start, tok.i - 12) : tok.i]):
        return "after"
    return "none"


def base_features(ev: Any, cand: Any) -> list[str]:
    from kibaru.enrich.events import role_features

    return role_features(ev, cand)


def ext_features(ev: Any, cand: Any) -> list[str]:
    """``role_features`` plus the round-30 candidates the actor census pointed to (module docstring)."""
    from kibaru.enrich import events as E

    lex = E._lexicon()
    feats = base_features(ev, cand)
    t, tok = ev.type, cand.tok
    kind = cand.kind or "-"
    node = tok
    while node.dep_ in {"nmod", "appos", "flat:name", "flat"} and node.head.i != node.i:
        node = node.head
    lemma = E._lemma(node.head)
    if node.dep_ in E._SUBJECT or node.dep_ == "obl:agent" or E._case(node) == "par":
        if lemma in lex.report_verbs:
            feats += ["gov=report", f"t|gov={t}|report"]
        elif lemma in E._BLAME_VERBS:
            feats += ["gov=blame", f"t|gov={t}|blame"]
    if E._case(node) in {"à", "au", "aux"} and lemma in E._BLAME_VERBS:
        feats += ["blame_to", f"t|blame_to={t}"]
    side = _entre_side(tok)
    feats += [f"entre={side}", f"t|entre={t}|{side}", f"t|entre|rule={t}|{side}|{cand.what}:{cand.value}"]
    linked = bool(cand.ent.get("kb_id"))
    feats += [f"t|kind|lab={t}|{kind}|{cand.ent['label']}", f"linked={linked}", f"t|linked={t}|{linked}"]
    head = tok.head
    if tok.dep_ in {"nmod", "amod", "appos"} and head.i != tok.i and (
        E._lemma(head) in lex.title_nouns or E._lemma(head) in lex.diplomat_nouns
    ):
        feats += ["in_title", f"t|in_title={t}", f"in_title|kind={kind}"]
    order = sorted(c.tok.i for c in ev.candidates)
    pos = min(order.index(tok.i), 3) if tok.i in order else -1
    feats += [f"pos={pos}", f"t|pos={t}|{pos}", f"ncand={min(len(order), 5)}"]
    return feats


FEATURES: dict[str, Features] = {"base": base_features, "ext": ext_features}


def margin_apply(margin: float, featfn: Features) -> Callable[[Any, Any], None]:
    """A replacement for ``events._apply_role_model`` that keeps the rules' decision unless the model prefers another
    role by more than ``margin``, and leaves the rules' own resolutions (a capital's state, a cut subject) alone."""
    from kibaru.enrich.event_actors import entity_key
    from kibaru.enrich.events import _add_actor

    def apply(ev: Any, model: Any) -> None:
        for cand in ev.candidates:
            key = cand.added
            rule = ev.actors.get(key, "none") if key else "none"
            scores = model.scores(featfn(ev, cand))
            best = max(scores, key=lambda k: scores[k])
            if best == rule or scores[best] - scores.get(rule, 0.0) <= margin:
                continue
            if key and (key in ev.resolved or key != entity_key(cand.ent)):
                continue
            if best == "none":
                ev.actors.pop(key, None)
                ev.names.pop(key, None)
            elif key and key in ev.actors:
                ev.actors[key] = best
            else:
                _add_actor(ev, cand.ent, best)
                cand.added = entity_key(cand.ent)

    return apply


def parse(cache: Path, exclude: Sequence[str]) -> tuple[dict[str, Any], list[tuple[str, Any, Any, str]]]:
    """Development gold and parses (the pseudo-blind splits dropped before parsing), cached in ``cache``."""
    from spacy.tokens import DocBin

    from kibaru.enrich import nlp as nlp_module
    from kibaru.enrich.entities import domain_pipeline, entities_for_docs
    from kibaru.kb import KnowledgeBase

    nlp = domain_pipeline()
    if cache.is_file():
        gold, (arts, (blob, user), ents, anchors) = pickle.loads(cache.read_bytes())
        docs = list(DocBin().from_bytes(blob).get_docs(nlp.vocab))
        for doc, data in zip(docs, user, strict=True):
            doc.user_data.update(data)
    else:
        gold = {a: rows for a, rows in eval_events.load_gold("tune").items() if rows[0]["split"] not in exclude}
        arts = sorted(gold)
        anchors = [gold[a][0]["anchor"] for a in arts]
        docs = list(nlp_module.run(nlp, [gold[a][0]["text"] for a in arts]))
        ents = entities_for_docs(docs, anchors, KnowledgeBase.load())
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        payload = (gold, (arts, (bin_.to_bytes(), [dict(d.user_data) for d in docs]), ents, anchors))
        cache.write_bytes(pickle.dumps(payload))
    if any(r["split"] in exclude or r["split"] in eval_events.BLIND_SPLITS for rows in gold.values() for r in rows):
        raise SystemExit("cv_event_roles: a blind or pseudo-blind split is in the development data")
    return gold, list(zip(arts, docs, ents, anchors, strict=True))


def status(gold: dict[str, Any], system: dict[str, list[dict[str, Any]]], kb: Any) -> dict[str, int | None]:
    """Per gold event (``split|article|start|type``): 1 all right, 0 detected and not all right, None missed."""
    out: dict[str, int | None] = {}
    for art in sorted(system):
        for row in gold[art]:
            by_type = {e["type"]: e for e in system[art] if eval_events.in_sentence(e["start"], e["end"], row)}
            for g in row["events"]:
                e = by_type.get(g["type"])
                key = f"{row['split']}|{art}|{row['start']}|{g['type']}"
                if e is None:
                    out[key] = None
                    continue
                date = e["date"] == g["date"] and e["date_precision"] == g["date_precision"]
                out[key] = int(date and eval_events._same_actors(g["actors"], e["actors"], kb, roles=True))
    return out


def _matches(gold_actor: dict[str, Any], name: tuple[str, str | None], kb: Any) -> bool:
    system = {"canonical": name[0], "kb_id": name[1]}
    return bool(
        eval_events._keys(gold_actor["name"], None, kb) & eval_events._keys(name[0], name[1], kb)
        or eval_events._surname_match(gold_actor["name"], system)
        or eval_events._variant_match(gold_actor["name"], system)
    )


def examples(gold: dict[str, Any], parsed: list[Any], kb: Any, featfn: Features
             ) -> dict[str, list[tuple[list[str], str]]]:
    """Per article, ``(features, gold role)`` of every candidate of every detected gold type (module docstring)."""
    from kibaru.enrich.events import extract_events

    out: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for art, doc, ents, anchor in parsed:
        trace: list[Any] = []
        extract_events(doc, ents, anchor, kb, roles_model=None, trace=trace)
        for found, ev in trace:
            row = eval_events.gold_row(gold[art], found["start"], found["end"])
            g = next((x for x in row["events"] if x["type"] == found["type"]), None) if row else None
            if g is None:
                continue
            for cand in ev.candidates:
                names = [(cand.ent.get("canonical") or cand.ent["text"], cand.ent.get("kb_id"))]
                if cand.added and cand.added in ev.names:
                    names.append(ev.names[cand.added])
                role = next((a["role"] for a in g["actors"] if any(_matches(a, n, kb) for n in names)), "none")
                out[art].append((featfn(ev, cand), role))
    return out


def compare(base: dict[str, int | None], other: dict[str, int | None], keep: Callable[[str], bool]) -> dict[str, Any]:
    """All right of ``other`` against ``base`` on the events whose split ``keep`` accepts: counts, per-event wins and
    losses, and the 90 % article-bootstrap interval of the net difference."""
    keys = [k for k in base if keep(k.split("|")[0])]
    per_article: defaultdict[str, int] = defaultdict(int)
    for k in keys:
        per_article[k.split("|")[1]] += (other[k] or 0) - (base[k] or 0)
    diffs = list(per_article.values())
    rnd = random.Random(0)
    draws = sorted(sum(rnd.choice(diffs) for _ in diffs) for _ in range(BOOTSTRAP)) if diffs else [0]
    return {"events": len(keys), "all_right": sum(other[k] or 0 for k in keys),
            "shipped": sum(base[k] or 0 for k in keys),
            "wins": sum((other[k] or 0) > (base[k] or 0) for k in keys),
            "losses": sum((other[k] or 0) < (base[k] or 0) for k in keys),
            "ci90": [draws[len(draws) // 20], draws[len(draws) - 1 - len(draws) // 20]]}


def main(argv: list[str] | None = None) -> int:
    from kibaru.enrich import event_roles
    from kibaru.enrich import events as E
    from kibaru.kb import KnowledgeBase

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--exclude", nargs="*", default=list(PSEUDO_BLIND))
    parser.add_argument("--mode", choices=("legacy", "margin"), default="margin")
    parser.add_argument("--configs", nargs="+", default=["ext:0.3:0.35"], help="FEATS:C:MARGIN")
    parser.add_argument("--out", type=Path, help="per-event statuses (JSON), for per-split tables")
    args = parser.parse_args(argv)
    gold, parsed = parse(args.cache, args.exclude)
    kb = KnowledgeBase.load()
    st = {"shipped": status(gold, eval_events.extract(parsed, kb, roles_model=None), kb),
          "rules": status(gold, eval_events.extract(parsed, kb, roles_model=None, actor_selector=None), kb)}
    by_article = {p[0]: p for p in parsed}
    cached: dict[str, dict[str, list[tuple[list[str], str]]]] = {}
    legacy = E._apply_role_model
    for conf in args.configs:
        name, c, margin = conf.split(":")
        featfn = FEATURES[name]
        data = cached.setdefault(name, examples(gold, parsed, kb, featfn))
        labels = [lab for rows in data.values() for _, lab in rows]
        print(f"{conf}: {len(labels)} candidates in {len(data)} articles",
              {lab: labels.count(lab) for lab in event_roles.LABELS}, file=sys.stderr)
        system: dict[str, list[dict[str, Any]]] = {}
        try:
            if args.mode == "margin":
                E._apply_role_model = margin_apply(float(margin), featfn)  # type: ignore[assignment]
            for k in range(FOLDS):
                held = sorted(a for a in by_article if fold(a) == k)
                train = [x for a, rows in data.items() if fold(a) != k for x in rows]
                model = event_roles.fit([x[0] for x in train], [x[1] for x in train], c=float(c))
                system.update(eval_events.extract([by_article[a] for a in held], kb, roles_model=model))
        finally:
            E._apply_role_model = legacy  # type: ignore[assignment]
        st[conf] = status(gold, system, kb)
    report = {
        conf: {"all dev": compare(st["shipped"], s, lambda _s: True),
               "seen by the shipped selector": compare(st["shipped"], s, lambda sp: sp not in UNSEEN),
               "heldout19n-27n (unseen)": compare(st["shipped"], s, lambda sp: sp in UNSEEN)}
        for conf, s in st.items() if conf != "shipped"
    }
    print(json.dumps(report, indent=1))
    if args.out:
        args.out.write_text(json.dumps(st))
    return 0


if __name__ == "__main__":
    sys.exit(main())
