"""A learned actor selector for extracted events (round 14, issue 4).

The rules of ``kibaru.enrich.events`` give every event its actors: entities of the evidence sentence
attached to the trigger, and their own resolutions (a capital standing for its state, a pronoun or a
title standing for a name of the previous sentence, an implicit doer). The selector sees, for each
event, every **candidate**: each entity of the sentence (the rules' per-entity decision, the event
type, the entity's label and KB kind, its dependency attachment to the trigger: path shape and length,
side, distance, governing preposition, subject / object, apposition / coordination) and each actor
the rules resolved that is no entity of the sentence; with the rules' final decision for it
(``none``, ``source``, ``target`` or ``participant``). A multinomial logistic model gives the
probability of each of the four; the rules' decision is kept unless another one is more probable by
``MARGIN`` (calibrated by article-grouped cross-validation on the development events, see
``benchmarks/train_event_actors.py``), so the model overrides the rules only where it is confident.

Weights: ``data/models/events/actors.json`` (plain JSON, the ``event_roles.RoleModel`` format; no
scikit-learn at run time). Switch: ``[events] actor_selector`` of the configuration.

Per-type weights (round 15): a model whose ``meta`` says ``"per_type": true`` was trained on every
feature twice, as itself and prefixed by the event type (``"election#final=none"``: the feature
augmentation of Daumé III, 2007), so each type has its own correction of the shared weights. At load
the two are summed once into one table per type (``typed_tables``), so scoring a candidate costs the
same dictionary look-ups as the shared model.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any

from kibaru.enrich.event_roles import RoleModel
from kibaru.enrich.json_models import packaged_json_model

MODEL_PATH = ("data", "models", "events", "actors.json")
# The rules' decision is replaced only when the model's probability of another role exceeds that of
# the rules' role by this much: chosen among 0.1 / 0.2 / 0.3 (a first grid of 0 ... 0.5 without the guard
# on the rules' resolutions also peaked at 0.2) by 5-fold article-grouped CV on 1,459 development events
# (all right first, then actors right); see benchmarks/RESULTS.md, "Events round 14". Round 15 (per-type
# weights, 1,564 development events): 0.1 / 0.2 / 0.3 with C 0.3 gave CV all right 0.611 / 0.613 / 0.611.
MARGIN = 0.2

# Round 23: the agent of a passive (« ont été neutralisés par l'armée burkinabè »: « par » + the doer) that the rules
# made the source stays the source; the model, which sees the agent's odd attachments (on a date, on a place), may
# not turn the doer into the one hit (French grammar: « par » after a passive names who acts).
AGENT_KEEPS = True
# Session 31: the party named by « avec » that the rules made a participant of a meeting, an agreement or a cooperation
# (« a signé un accord de défense avec la Russie ») stays one; the model dropped it or turned it into a co-signer.
WITH_PARTNER_KEEPS = True
_PARTNER_TYPES = frozenset({"meeting", "agreement", "military_cooperation"})
_SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
_OBJECTS = {"obj", "iobj"}


@functools.cache
def packaged() -> RoleModel | None:
    """The selector shipped with kibaru, or ``None`` when there is none."""
    data = packaged_json_model(MODEL_PATH)
    return None if data is None else RoleModel.from_json(data)


def configured(settings: Mapping[str, Any] | None = None) -> RoleModel | None:
    """The shipped selector when ``[events] actor_selector`` of ``settings`` (default: the
    configuration loaded once per process) is true, else ``None`` (the rules' actors)."""
    if settings is None:
        from kibaru.enrich.event_detector import _configuration

        settings = _configuration()
    return packaged() if (settings or {}).get("events", {}).get("actor_selector", False) else None


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4+"


def _depth(tok: Any, top: Any) -> int:
    """Dependency steps from ``tok`` up to ``top`` (the trigger's child on the path)."""
    n = 0
    while tok.i != top.i and tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def entity_key(ent: Mapping[str, Any]) -> str:
    return str(ent.get("kb_id") or ent.get("canonical") or ent["text"])


def actor_name(ent: Mapping[str, Any]) -> tuple[str, str | None]:
    """``(name, kb_id)`` an event shows for the entity: its canonical form (else its text) and its KB id."""
    return str(ent.get("canonical") or ent["text"]), ent.get("kb_id")


def candidates(ev: Any) -> list[tuple[str, tuple[str | None, str | None], list[str], str]]:
    """``(key, (name, kb_id), features, rules' role)`` for every candidate actor of ``ev`` (an
    ``events._Event`` after the rules filled it)."""
    from kibaru.enrich.events import role_features

    out: list[tuple[str, tuple[str | None, str | None], list[str], str]] = []
    seen: set[str] = set()
    t = ev.type
    n_ents = _bucket(len(ev.candidates))
    n_roles = _bucket(len(ev.actors))
    for cand in ev.candidates:
        key = cand.added or entity_key(cand.ent)
        if key in seen:
            continue
        seen.add(key)
        final = ev.actors.get(key, "none")
        tok = cand.tok
        rule = f"{cand.what}:{cand.value}"
        feats = role_features(ev, cand)
        n_path = "-" if cand.path is None else _bucket(_depth(tok, cand.path[1]))
        feats += [
            f"final={final}", f"t|final={t}|{final}", f"final|rule={final}|{rule}", f"nents={n_ents}",
            f"nroles={n_roles}", f"t|nents={t}|{n_ents}", f"final|nroles={final}|{n_roles}", f"plen={n_path}",
            f"seat={cand.added is not None and cand.added != entity_key(cand.ent)}",
        ]
        if tok.dep_ in _SUBJECTS:
            feats += ["subj", f"t|subj|final={t}|{final}"]
        if tok.dep_ in _OBJECTS:
            feats += ["obj", f"t|obj|final={t}|{final}"]
        if tok.dep_ in {"appos", "conj"}:
            feats += [f"link={tok.dep_}", f"t|link={t}|{tok.dep_}"]
        out.append((key, (cand.ent.get("canonical") or cand.ent["text"], cand.ent.get("kb_id")), feats, final))
    for key, role in ev.actors.items():  # the rules' own resolutions: pronouns, titles, implicit doers
        if key in seen:
            continue
        seen.add(key)
        name = ev.names.get(key, (key, None))
        feats = ["extra", f"t={t}", f"final={role}", f"t|final={t}|{role}", f"extra|final={role}",
                 f"extra|t|final={t}|{role}", f"nents={n_ents}", f"nroles={n_roles}",
                 f"extra|kb={name[1] is not None}"]
        out.append((key, name, feats, role))
    return out


def _with_partners(ev: Any) -> set[str]:
    """Keys of the candidates introduced by « avec » in a meeting, agreement or cooperation (``WITH_PARTNER_KEEPS``)."""
    if ev.type not in _PARTNER_TYPES:
        return set()
    return {cand.added or entity_key(cand.ent) for cand in ev.candidates
            if any(c.dep_ == "case" and c.lower_ == "avec" for c in cand.tok.children)}


def _passive_agents(ev: Any) -> set[str]:
    """Keys of the candidates introduced by « par » under a passive verb of the sentence (``AGENT_KEEPS``)."""
    out: set[str] = set()
    for cand in ev.candidates:
        tok = cand.tok
        if tok.dep_ != "obl:agent" and not any(c.dep_ == "case" and c.lower_ == "par" for c in tok.children):
            continue
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # « neutralisés dimanche par l'armée »: the agent hung on the date
        if any(c.dep_ == "aux:pass" for c in verb.children) or "Pass" in verb.morph.get("Voice", []):
            out.add(cand.added or entity_key(cand.ent))
    return out


TYPE_SEP = "#"


def augment(feats: list[str], event_type: str) -> list[str]:
    """Training features of a per-type model: each feature shared and once more for ``event_type``."""
    return feats + [f"{event_type}{TYPE_SEP}{f}" for f in feats]


_TABLES: dict[int, tuple[RoleModel, dict[str, dict[str, list[float]]]]] = {}


def typed_tables(model: RoleModel) -> dict[str, dict[str, list[float]]]:
    """Per event type, the shared weights plus that type's own (computed once per model)."""
    hit = _TABLES.get(id(model))
    if hit is not None and hit[0] is model:
        return hit[1]
    shared = {f: list(w) for f, w in model.weights.items() if TYPE_SEP not in f}
    tables: dict[str, dict[str, list[float]]] = {}
    for f, w in model.weights.items():
        t, sep, base = f.partition(TYPE_SEP)
        if not sep:
            continue
        table = tables.get(t)
        if table is None:  # not setdefault: its default (a copy of every shared weight) would be built per weight
            table = tables[t] = {k: list(v) for k, v in shared.items()}
        cur = table.get(base)
        table[base] = list(w) if cur is None else [a + b for a, b in zip(cur, w, strict=True)]
    tables[""] = shared
    _TABLES[id(model)] = (model, tables)
    return tables


def _sums(intercept: Any, weights: Any, feats: list[str]) -> list[float]:
    """The summed weights of ``feats`` per label (``RoleModel.scores`` before the softmax, same order of
    additions), unrolled for the four labels: this runs for every candidate of every event."""
    if len(intercept) != 4:
        z = list(intercept)
        for f in feats:
            w = weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    z[k] += v
        return z
    z0, z1, z2, z3 = intercept
    get = weights.get
    for f in feats:
        w = get(f)
        if w is not None:
            z0 += w[0]
            z1 += w[1]
            z2 += w[2]
            z3 += w[3]
    return [z0, z1, z2, z3]


def select(ev: Any, model: RoleModel, margin: float | None = None) -> None:
    """Re-decide the actors of ``ev`` in place: the rules' role unless the model prefers another by
    more than ``margin`` (default ``MARGIN``)."""
    if margin is None:
        margin = MARGIN
    if not ev.candidates and not ev.actors:
        return
    labels, weights = model.labels, model.weights
    if model.meta.get("per_type"):
        tables = typed_tables(model)
        weights = tables.get(ev.type, tables[""])
    index = {lab: k for k, lab in enumerate(labels)}
    actors: dict[str, str] = {}
    names: dict[str, tuple[str | None, str | None]] = {}
    agents = _passive_agents(ev) if AGENT_KEEPS else set()
    partners = _with_partners(ev) if WITH_PARTNER_KEEPS else set()
    for key, name, feats, rule in candidates(ev):
        z = _sums(model.intercept, weights, feats)
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        k_best = exp.index(max(exp))
        best = labels[k_best]
        k_rule = index.get(rule)
        p_rule = exp[k_rule] / total if k_rule is not None else 0.0
        role = best if best != rule and exp[k_best] / total - p_rule > margin else rule
        if rule != "none" and (feats[0] == "extra" or "seat=True" in feats or key in ev.resolved):
            role = rule  # the rules' own resolutions (pronoun, title, implicit doer, capital -> state) stay
        if rule == "source" and key in agents:
            role = rule
        if rule == "participant" and key in partners:
            role = rule
        if key in getattr(ev, "excluded", ()):
            role = "none"  # session 30: the body in a named person's title (events.NAMED_HOLDERS)
        if role != "none":
            actors[key] = role
            names[key] = ev.names.get(key, name)
    ev.actors.clear()
    ev.actors.update(actors)
    ev.names.clear()
    ev.names.update(names)
