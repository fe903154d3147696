"""Round 44 of the entity linking (branch link44): an army named by a common noun is not an actor (eval/LINKING.md).
An unlinked mention whose first word is an ``army_heads`` noun of the lexicon and whose other words are all army
words (« l'État-major des armées », « l'Armée de terre », « les forces de défense et de sécurité ») is dropped by
``linking._drop_non_actors``; a state, place, demonym or a bracketed acronym after it keeps it. Sentences written for
the tests."""

from __future__ import annotations

from typing import Any

from kibaru.enrich import linking
from kibaru.enrich.entities import lexicon
from kibaru.enrich.linking import _common_army, _drop_non_actors


def _at(text: str, name: str, label: str = "ORG") -> dict[str, Any]:
    start = text.index(name)
    return {"text": name, "label": label, "start": start, "end": start + len(name), "canonical": name, "kb_id": None}


def test_army_nouns_only_are_a_common_noun() -> None:
    for text, name in [
        ("Le chef d'État-major des armées a parlé hier.", "État-major des armées"),
        ("Un officier de l'Armée de Terre est arrivé.", "Armée de Terre"),
        ("Un pilote de l’Armée de l’Air était à bord.", "Armée de l’Air"),
        ("Les forces de défense et de sécurité ont riposté.", "forces de défense et de sécurité"),
    ]:
        assert _common_army(text, _at(text, name), lexicon()), name


def test_a_state_a_demonym_or_another_word_keeps_the_mention() -> None:
    for text, name in [
        ("Les Forces de défense et de sécurité du Niger ont riposté.", "Forces de défense et de sécurité du Niger"),
        ("Les Forces armées maliennes ont riposté.", "Forces armées maliennes"),
        ("Le Bataillon Sécurité et Renseignement a riposté.", "Bataillon Sécurité et Renseignement"),
        ("Les Forces rapides de Kouka ont riposté.", "Forces rapides de Kouka"),
    ]:
        assert not _common_army(text, _at(text, name), lexicon()), name


def test_a_bracketed_acronym_makes_it_a_name() -> None:
    text = "Les Forces de Défense et de Sécurité (FDS) ont riposté."
    assert not _common_army(text, _at(text, "Forces de Défense et de Sécurité"), lexicon())


def test_dropped_when_unlinked_only() -> None:
    text = "L'État-major des armées a publié un communiqué. L'État-major des armées a confirmé."
    first = _at(text, "État-major des armées")
    second = {**first, "start": text.rindex("État-major"), "kb_id": "org:example"}
    second["end"] = second["start"] + len(second["text"])
    assert _drop_non_actors(text, [first, second]) == [second]


def test_the_switch_turns_it_off(monkeypatch: Any) -> None:
    text = "Les forces de défense et de sécurité ont riposté."
    ent = _at(text, "forces de défense et de sécurité")
    monkeypatch.setattr(linking, "COMMON_ARMIES", False)
    assert _drop_non_actors(text, [ent]) == [ent]
