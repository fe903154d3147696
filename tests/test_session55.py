"""Session 55 rules, on sentences written for these tests (never the evaluation's texts), each switch on and off:

* events: the name glued to « anti- » on a protest word (« une manifestation anti-Trump ») is the protest's target, a
  nationality (« anti-française ») is none (``events.ANTI_TARGETS``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-15"


def _roles(linked_parse: Any, kb: Any, text: str, kind: str) -> list[tuple[str, str]]:
    doc, ents = linked_parse(text, ANCHOR)
    event = next(e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == kind)
    return [(a["kb_id"] or a["canonical"], a["role"]) for a in event["actors"]]


RALLY = "Samedi, des milliers de personnes ont pris part à une manifestation anti-Minusma dans les rues de Gao."
NATIONAL = "Samedi, des milliers de personnes ont pris part à une manifestation anti-française dans les rues de Gao."


def test_the_name_glued_to_anti_is_the_protest_target(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("org:minusma", "target") in _roles(linked_parse, kb, RALLY, "protest")
    assert not [r for r in _roles(linked_parse, kb, NATIONAL, "protest") if r[1] == "target"]
    monkeypatch.setattr(ev_mod, "ANTI_TARGETS", False)
    assert not [r for r in _roles(linked_parse, kb, RALLY, "protest") if r[1] == "target"]
