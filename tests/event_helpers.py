"""Helper of the event-rule tests: the events of hand-written sentences, parsed and linked by the real model, with the
rules' actors (no learned selector), once with some module switches of ``kibaru.enrich.events`` off and once on."""

from __future__ import annotations

from typing import Any

from kibaru.enrich import events as events_module
from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.kb import KnowledgeBase


def events_with_switches(
    texts: dict[str, str], anchor: str, switches: tuple[str, ...], *, detector: Any = "default",
    actor_selector: Any = None,
) -> dict[str, dict[bool, list[dict[str, Any]]]]:
    """key -> {False: events with every switch off, True: events with every switch on}; the switches are restored.
    ``detector=None`` measures the rules alone (the learned detector may propose the same event by itself);
    ``actor_selector="default"`` adds the shipped actor selector (off by default: the rules' actors)."""
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(texts.values()))
    ents = entities_for_docs(docs, [anchor] * len(docs), kb)
    saved = {name: getattr(events_module, name) for name in switches}
    out: dict[str, dict[bool, list[dict[str, Any]]]] = {}
    try:
        for key, doc, ent in zip(texts, docs, ents, strict=True):
            out[key] = {}
            for flag in (False, True):
                for name in switches:
                    setattr(events_module, name, flag)
                out[key][flag] = extract_events(doc, ent, anchor, kb, actor_selector=actor_selector,
                                               detector=detector)
    finally:
        for name, value in saved.items():
            setattr(events_module, name, value)
    return out


Traced = dict[str, list[tuple[dict[str, Any], Any]]]


def traced_events(texts: dict[str, str], anchor: str, **extract_options: Any) -> Traced:
    """key -> the (event, trace) pairs ``extract_events`` records for that text (no learned selector)."""
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(texts.values()))
    ents = entities_for_docs(docs, [anchor] * len(docs), kb)
    out: Traced = {}
    for key, doc, ent in zip(texts, docs, ents, strict=True):
        trace: list[tuple[dict[str, Any], Any]] = []
        extract_events(doc, ent, anchor, kb, trace=trace, actor_selector=None, **extract_options)
        out[key] = trace
    return out


def traced_event(traced: Traced, key: str, etype: str) -> Any:
    """The trace of the first event of type ``etype`` in text ``key``."""
    return next(ev for d, ev in traced[key] if d["type"] == etype)
