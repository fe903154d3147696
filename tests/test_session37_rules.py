"""Session 37 rules, on sentences written for these tests, each switch off and on:

* event dates: a day told without a year, in a sentence that states none, takes the year of the last day its
  paragraph stated with a year, when that year is before the article's — a chronology's entries
  (``events.PARAGRAPH_YEAR``);
* quotes: « sous couvert d'anonymat » before the dative of a postposed unnamed source, « un de ses collègues » as one,
  and such a quotation an unnamed speaker's for a later « a-t-il ajouté » (``quotes.POSTPOSED_UNNAMED_NULL``,
  ``quotes.POSTPOSED_UNNAMED_LABEL``);
* entities: a body the KB knows run into a person it knows is split, an agency's person takes the capitalised words
  the model left out, names joined by a hyphen stay one (``entities.ORG_PREFIX_SPLIT``); an imperative and its
  clitic before a name are cut off it (``entities.IMPERATIVE_NOT_NAME``);
* quotes: a news outlet after « à » / « sur » inside the cue subject's phrase is who was spoken to, not the holder of
  its title (``quotes.MEDIUM_ADDRESSEE_NOT_HOLDER``); « décrire » is a cue; a state speaking is the antecedent of a
  singular pronoun of its own gender only, « la France » of no « il » (``quotes.PLACE_PRONOUN_GENDER``); the incise
  after a closing mark is looked for past a space before its comma (``quotes.INCISE_AFTER_SPACE``); « l'un de ses
  anciens professeurs du collège X » is an unnamed individual, not X (``quotes.POSTPOSED_UNNAMED_FIRST``);
* death tolls: counts coordinated with a toll's are among its dead, not the wounded nor a date's day
  (``numbers.COORDINATED_TOLLS``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2020-08-12"
ENTRY = "- 3 mars 2011 : un ingénieur est enlevé dans le nord du pays. "
LATER = "Le 20 juin, une attaque de l'armée contre le camp des ravisseurs échoue."
EARLIER = "Le 2 février, une attaque de l'armée contre le camp des ravisseurs échoue."


def _attack_dates(linked_parse: Any, kb: Any, text: str) -> list[str]:
    doc, ents = linked_parse(text, ANCHOR)
    return [e["date"] for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == "attack"]


def test_a_chronology_entry_gives_its_year(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _attack_dates(linked_parse, kb, ENTRY + LATER) == ["2011-06-20"]
    monkeypatch.setattr(ev_mod, "PARAGRAPH_YEAR", False)
    assert _attack_dates(linked_parse, kb, ENTRY + LATER) == ["2020-06-20"]


def test_a_day_before_the_entrys_is_the_next_year(linked_parse: Any, kb: Any) -> None:
    assert _attack_dates(linked_parse, kb, ENTRY + EARLIER) == ["2012-02-02"]


def test_a_new_paragraph_drops_the_year(linked_parse: Any, kb: Any) -> None:
    assert _attack_dates(linked_parse, kb, ENTRY + "\n\n" + LATER) == ["2020-06-20"]


def test_the_articles_own_year_changes_nothing(linked_parse: Any, kb: Any) -> None:
    text = "- 3 mars 2020 : un ingénieur est enlevé dans le nord du pays. " + LATER
    assert _attack_dates(linked_parse, kb, text) == ["2020-06-20"]


from kibaru.enrich import quotes as q  # noqa: E402

ANONYMOUS_COLLEAGUE = ("Selon les autorités, des milliers de familles ont fui la région. « Nous savons qu'il a été "
                       "arrêté par des soldats », affirme sous couvert d'anonymat à l'AFP un de ses collègues. « Ils "
                       "avaient déjà agi ainsi l'an passé », a-t-il ajouté.")


def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2020-05-20")
    return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb) if r["direct"]]


def test_an_anonymous_colleague_names_nobody(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """« sous couvert d'anonymat » may stand before the dative of a postposed unnamed source, and « un de ses
    collègues » is one (``person_apposition_nouns``): both quotations are nobody's, not the authorities'."""
    assert _speakers(linked_parse, kb, ANONYMOUS_COLLEAGUE) == [None, None]
    monkeypatch.setattr(q, "POSTPOSED_UNNAMED_NULL", False)
    assert _speakers(linked_parse, kb, ANONYMOUS_COLLEAGUE) != [None, None]


from kibaru.enrich import entities as ent_mod  # noqa: E402


def _fixes() -> Any:
    from kibaru.enrich.entities import pipeline_for

    pipe, _ = pipeline_for(None)
    return pipe, pipe.get_pipe("kibaru_domain_fixes")


def test_a_body_run_into_a_known_person_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    from spacy.tokens import Span

    pipe, fixes = _fixes()
    doc = pipe.make_doc("Il a reçu le secrétaire général de l'Otan Jens Stoltenberg mardi.")
    start = next(t.i for t in doc if t.text == "Otan")
    span = Span(doc, start, start + 3, label="ORG")
    assert [(p.text, p.label_) for p in fixes._split_medium_prefix(doc, span)] == [
        ("Otan", "ORG"), ("Jens Stoltenberg", "PER")]
    monkeypatch.setattr(ent_mod, "ORG_PREFIX_SPLIT", False)
    assert [p.text for p in fixes._split_medium_prefix(doc, span)] == ["Otan Jens Stoltenberg"]


def test_a_body_before_an_unknown_name_stays_whole() -> None:
    from spacy.tokens import Span

    pipe, fixes = _fixes()
    doc = pipe.make_doc("Il a rejoint l'Otan Défense Collective l'an passé.")  # no person the KB knows after it
    start = next(t.i for t in doc if t.text == "Otan")
    span = Span(doc, start, start + 3, label="ORG")
    assert [p.text for p in fixes._split_medium_prefix(doc, span)] == ["Otan Défense Collective"]


def test_an_agencys_person_takes_the_words_the_model_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from spacy.tokens import Span

    pipe, fixes = _fixes()
    doc = pipe.make_doc("a raconté à l'AFP Amadou Kane Diallo, un éleveur.")
    start = next(t.i for t in doc if t.text == "AFP")
    span = Span(doc, start, start + 2, label="ORG")  # the model stopped at « AFP Amadou »
    doc.ents = [span]  # the words after it are outside any entity
    assert [(p.text, p.label_) for p in fixes._split_medium_prefix(doc, span)] == [
        ("AFP", "ORG"), ("Amadou Kane Diallo", "PER")]
    monkeypatch.setattr(ent_mod, "ORG_PREFIX_SPLIT", False)
    assert [p.text for p in fixes._split_medium_prefix(doc, span)] == ["AFP Amadou"]


def test_names_joined_by_a_hyphen_stay_one() -> None:
    from spacy.tokens import Span

    pipe, fixes = _fixes()
    doc = pipe.make_doc("Elle était l'invitée de RTL-Le Figaro-LCI dimanche.")
    start = next(t.i for t in doc if t.text == "RTL")
    end = next(t.i for t in doc if t.text == "LCI") + 1
    span = Span(doc, start, end, label="ORG")
    assert [p.text for p in fixes._split_medium_prefix(doc, span)] == ["RTL-Le Figaro-LCI"]


from kibaru.enrich import numbers as num_mod  # noqa: E402
from kibaru.enrich.numbers import find_fatalities  # noqa: E402


@pytest.mark.parametrize(
    "sentence, on, off",
    [
        ("Trois hommes et deux femmes ont été tués dans le village.", 5, 2),
        ("Neuf soldats, deux civils et quatre assaillants sont morts.", 15, 4),
        ("Le convoi a été visé, tuant quatre gendarmes et un chauffeur.", 5, 4),
        ("Le 14 juin, 6 soldats et 3 civils ont été tués.", 9, 3),  # a date's day is no count of the dead
        ("On compte 12 blessés et 3 morts.", 3, 3),  # the wounded are not among the dead
        ("L'attaque a fait 7 morts et 11 blessés.", 7, 7),
    ],
)
def test_coordinated_counts_join_the_toll(sentence: str, on: int, off: int, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [f.count for f in find_fatalities(sentence)] == [on]
    monkeypatch.setattr(num_mod, "COORDINATED_TOLLS", False)
    assert [f.count for f in find_fatalities(sentence)] == [off]


def test_an_imperative_before_a_name_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from spacy.tokens import Span

    pipe, fixes = _fixes()
    doc = pipe.make_doc('« Regarde-moi Aminata, tout ira bien », dit la mère.')
    start = next(t.i for t in doc if t.text == "Regarde")
    span = Span(doc, start, start + 3, label="PER")  # « Regarde-moi Aminata » as the model may tag it
    assert fixes._strip_imperative(doc, span).text == "Aminata"
    monkeypatch.setattr(ent_mod, "IMPERATIVE_NOT_NAME", False)
    assert fixes._strip_imperative(doc, span).text == "Regarde-moi Aminata"


def test_an_agencys_person_with_a_hyphenated_first_name_is_split() -> None:
    from spacy.tokens import Span

    pipe, fixes = _fixes()
    doc = pipe.make_doc("a décrit à l'AFP Jean-Paul, un commerçant de 52 ans.")
    start = next(t.i for t in doc if t.text == "AFP")
    span = Span(doc, start, start + 2, label="PER")
    doc.ents = [span]
    assert [(p.text, p.label_) for p in fixes._split_medium_prefix(doc, span)] == [("AFP", "ORG"), ("Jean-Paul", "PER")]


def test_a_description_to_the_press_is_a_cue(linked_parse: Any, kb: Any) -> None:
    text = ("« Les boutiques ont rouvert et les rues se remplissent », a décrit à l'AFP Aminata Sow, une enseignante "
            "de la capitale.")
    assert _speakers(linked_parse, kb, text) == ["Aminata Sow"]


FIRST_LADY = ("Aminata Touré accompagnait son mari à Dakar. « Apprendre, c'est aider les autres », a martelé en fin de "
              "matinée la première dame à BFMTV, en marge d'une visite.")


def test_an_outlet_spoken_to_holds_no_title(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, FIRST_LADY) == ["Aminata Touré"]
    monkeypatch.setattr(q, "MEDIUM_ADDRESSEE_NOT_HOLDER", False)
    assert _speakers(linked_parse, kb, FIRST_LADY) == ["BFMTV"]


JUDGE = ("Le juge d'instruction Paul Girard estime que le pays prend un risque. {state}, qui compte de nombreux "
         "ressortissants dans les camps, refuse de les rapatrier et souhaite qu'ils soient jugés sur place. En poste "
         "depuis quatre ans, le magistrat instructeur estime de son côté que « la question est un enjeu de sécurité ». "
         "« L'instabilité de la région laisse redouter des départs incontrôlés », explique-t-il à l'AFP.")


def test_a_feminine_state_is_no_il(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def last(state: str) -> str | None:
        doc, ents = linked_parse(JUDGE.format(state=state), "2020-05-20")
        return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)][-1]

    assert last("La France") == "Paul Girard"
    assert last("Le Mali") == "Mali"  # a masculine state may be « il »
    monkeypatch.setattr(q, "PLACE_PRONOUN_GENDER", False)
    assert last("La France") == "France"


MAYOR = ("Le président de la région a salué les soldats. \"Nous leur devons beaucoup\", a déclaré Paul Girard. Dans la "
         "soirée, une cérémonie s'est tenue devant la mairie de la ville. \"La commune entière est en deuil\" , a "
         "déclaré le maire Jean Morel.")


def test_an_incise_after_a_spaced_comma(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def how() -> list[str]:
        doc, ents = linked_parse(MAYOR, "2020-05-20")
        return _kinds(doc, ents, kb)

    assert how()[-1] == "named"
    monkeypatch.setattr(q, "INCISE_AFTER_SPACE", False)
    assert how()[-1] != "named"


def _kinds(doc: Any, ents: Any, kb: Any) -> list[str]:
    """The rules' attribution kind of each quote (before the ranker)."""
    from kibaru.enrich import speaker_ranker as sr

    seen: list[str] = []
    original = sr.rerank

    def spy(ctx: Any, results: Any, labels: Any, model: Any) -> Any:
        seen.extend(h.kind for h in ctx.how)
        return original(ctx, results, labels, model)

    sr.rerank = spy
    try:
        q.extract_quotes(doc, ents, None, kb=kb)
    finally:
        sr.rerank = original
    return seen


TEACHER = ("Il était déployé au Sahel depuis mars. \"C'était quelqu'un de droit, toujours là pour aider les autres\", "
           "a confié l'un de ses anciens professeurs du collège Saint-Michel, à Lorient, dans un quotidien régional. "
           "\"Dans la cour, il était un peu la tour de contrôle\", a-t-il ajouté.")


def test_one_of_his_teachers_names_nobody(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _speakers(linked_parse, kb, TEACHER) == [None, None]
    monkeypatch.setattr(q, "POSTPOSED_UNNAMED_FIRST", False)
    assert _speakers(linked_parse, kb, TEACHER) != [None, None]
