"""Stance of an article toward the main actors it names, per voice, with evidence.

Targets are the groups of ``data/narratives/targets.yaml`` (France, the West, Russia, Wagner /
Africa Corps, ECOWAS, UN / MINUSMA, EU, USA, the transition authorities, AES), recognised from the
knowledge-base ids the linker put on entities and from common nouns ("la junte", "les
Occidentaux"). Two explainable signals, per sentence naming a target:

* **narratives** — a sentence that is evidence of a detected narrative pulls the stance toward
  the targets that narrative is about (``labels.yaml`` ``stance``: ``france-neocolonial`` is
  hostile to France, ``russia-reliable-partner`` favourable to Russia), weighted by the
  detection's score; it counts even when the sentence names the target only by a pronoun;
* **evaluative words** — ``data/narratives/stance_lexicon.yaml``; a negation flips them.

Sentences inside a quote span count for the quote's speaker (``voice: quoted``, ``speaker``);
the others for the outlet (``voice: author``). The score is ``tanh`` of the summed contributions,
so one clear sentence gives about ±0.5 and several agreeing ones approach ±1. A target named
without any evaluation gets 0 (neutral) when it is named at least ``MIN_MENTIONS`` times.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kibaru.enrich import narratives as nar
from kibaru.enrich.registry import component
from kibaru.model import Article

# Weight of one evaluative word against one narrative detection of score 1 (narratives are the
# stronger, more specific evidence; words alone are noisy about *whom* they evaluate).
LEXICON_WEIGHT = 0.35

# A target named this many times in a voice gets a stance item even without evaluation (score 0).
MIN_MENTIONS = 2

MAX_EVIDENCE = 3

_NEGATION = re.compile(
    r"\b(?:ne|n['’])\b[^.!?]{0,40}?\b(?:pas|jamais|plus|guère|point|nullement)\b|\b(?:aucun|aucune|sans)\b",
    re.IGNORECASE,
)


@functools.cache
def lexicon() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = nar._read("stance_lexicon.yaml")

    def regex(words: Sequence[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?:" + alternatives + r")[\w-]*", re.IGNORECASE)

    return regex(raw["positive"]), regex(raw["negative"])


def word_polarity(sentence: str) -> tuple[float, list[str]]:
    pos, neg = lexicon()
    p = pos.findall(sentence)
    n = neg.findall(sentence)
    value = float(len(p) - len(n))
    if value and _NEGATION.search(sentence):
        value = -value
    return value, [*p, *n]


@dataclass
class _Tally:
    total: float = 0.0
    mentions: int = 0
    evidence: list[tuple[float, int, int]] = field(default_factory=list)
    speaker_kb_id: str | None = None


def stance_for(text: str, entities: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]],
               narratives: Sequence[Mapping[str, Any]], index: Mapping[str, frozenset[str]]) -> list[dict[str, Any]]:
    """Stance items for one article (see the module docstring)."""
    groups = nar.targets()
    label_stance = {lab.id: lab.stance for lab in nar.labels()}
    # narrative pull per sentence start: {(start, end): {group: value}}
    pulls: dict[tuple[int, int], dict[str, float]] = {}
    for det in narratives:
        for ev in det.get("evidence", []):
            cell = pulls.setdefault((ev["start"], ev["end"]), {})
            for g, w in label_stance.get(det["id"], {}).items():
                cell[g] = cell.get(g, 0.0) + float(w) * float(det.get("score", 1.0))
    tallies: dict[tuple[str, str, str | None], _Tally] = {}
    for s, e in nar.sentence_spans(text):
        unit = nar.Unit(s, e, text[s:e], "")
        nar._set_voice(unit, quotes)
        named = {g for _a, _b, g in nar._mentions(text, s, e, entities, index)}
        pulled: dict[str, float] = {}
        for (ps, pe), cell in pulls.items():
            if ps < e and pe > s:
                for g, w in cell.items():
                    pulled[g] = pulled.get(g, 0.0) + w
        if not named and not pulled:
            continue
        polarity, _words = word_polarity(unit.text) if named else (0.0, [])
        speaker = unit.speaker if unit.voice == "quoted" else None
        for g in sorted(named | set(pulled)):
            tally = tallies.setdefault((g, unit.voice, speaker), _Tally())
            if g in named:
                tally.mentions += 1
            value = pulled.get(g, 0.0) + (LEXICON_WEIGHT * polarity if g in named else 0.0)
            if unit.voice == "quoted":
                tally.speaker_kb_id = unit.speaker_kb_id
            if value:
                tally.total += value
                tally.evidence.append((value, s, e))
    out: list[dict[str, Any]] = []
    for (g, voice, speaker), tally in sorted(tallies.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2] or "")):
        if not tally.evidence and tally.mentions < MIN_MENTIONS:
            continue
        group = groups[g]
        top = sorted(tally.evidence, key=lambda t: -abs(t[0]))[:MAX_EVIDENCE]
        item: dict[str, Any] = {
            "target": group.label, "target_kb_id": _kb_id(group.kb_id), "target_group": g,
            "score": round(math.tanh(tally.total), 3), "voice": voice,
            "evidence": [{"start": s, "end": e, "text": text[s:e]} for _v, s, e in sorted(top, key=lambda t: t[1])],
        }
        if voice == "quoted":
            item["speaker"] = speaker
            item["speaker_kb_id"] = tally.speaker_kb_id
        out.append(item)
    return out


@functools.cache
def _qids() -> dict[str, str]:
    from kibaru.enrich.linking import kb_id_of
    from kibaru.kb import KnowledgeBase

    return {a.id: kb_id_of(a) for a in KnowledgeBase.load()}


def _kb_id(project_id: str | None) -> str | None:
    """The kb_id the linker would write for this actor (its Wikidata QID when known)."""
    if project_id is None:
        return None
    return _qids().get(project_id, project_id)


@component("stance", reads=["text", "entities", "quotes", "narratives"], writes=["stance"], data=["narratives"])
def stance_component(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    from kibaru.enrich import nlp as _nlp

    index = nar.kb_groups(_nlp.enrich_settings(settings).get("kb_path"))
    for article in articles:
        article.stance = stance_for(article.text, article.entities, article.quotes, article.narratives, index)
