"""Quote speakers, round 18 (issue 3): names the candidate generator never offered — a bare « le gouvernement » in a
story about one state is that state's government, an inverted incise after a day word (« …, a annoncé mardi le
ministre », « …, ont indiqué dimanche des habitants ») has its subject after the verb, and a singular pronoun does
not stand for a plural group — on hand-written sentences with the real French model (three fail on main
9fc1773; the bare-government guard and the incise test hold there too)."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from quote_helpers import entity, quote_with  # noqa: E402

NIGER_STORY = (
    "Les autorités nigériennes ont renforcé la sécurité à Niamey. Les soldats nigériens patrouillent dans la ville "
    "et les commerçants nigériens ont rouvert leurs boutiques. "
    "« La situation est sous contrôle dans toute la capitale », a déclaré le gouvernement dans un communiqué."
)


def test_a_bare_government_in_a_story_about_one_state_is_that_states(nlp: Any) -> None:
    q = quote_with(nlp, NIGER_STORY, "sous contrôle")
    assert q["speaker"] == "gouvernement nigérien"


def test_a_bare_government_stays_bare_when_no_state_clearly_leads(nlp: Any) -> None:
    text = (
        "Les diplomates maliens et français se sont rencontrés à Dakar. "
        "« La situation est sous contrôle dans toute la capitale », a déclaré le gouvernement dans un communiqué."
    )
    q = quote_with(nlp, text, "sous contrôle")
    assert q["speaker"] == "gouvernement"


def test_an_inverted_incise_after_a_day_word_has_its_subject_after_the_verb(nlp: Any) -> None:
    text = (
        "Onze villageois ont été blessés et deux greniers incendiés à Tassiga pendant la nuit de samedi, "
        "ont indiqué dimanche des habitants à l’AFP."
    )
    q = quote_with(nlp, text, "Onze villageois", [entity(text, "AFP", "ORG", "media:afp")])
    assert q["speaker"] == "habitants"


def test_an_incise_after_a_comma_is_no_conjunct_of_the_clause_before(nlp: Any) -> None:
    text = (
        "Au moins cent étrangers ont été arrêtés en Mauritanie lors des manifestations de la semaine, "
        "a annoncé mardi le ministre de l’Intérieur, alors qu’Internet était coupé."
    )
    q = quote_with(nlp, text, "étrangers", [entity(text, "Mauritanie", "LOC")])
    assert q["speaker"] is not None and "ministre" in q["speaker"]


def test_a_singular_pronoun_does_not_stand_for_a_plural_group(nlp: Any) -> None:
    text = (
        "« Les hommes armés sont arrivés à moto vers minuit », ont raconté des habitants. "
        "Un autre témoin, qui a requis l’anonymat, décrit la suite. "
        "« Ils ont brûlé les greniers avant de repartir vers la frontière », a-t-il précisé."
    )
    q = quote_with(nlp, text, "greniers")
    assert q["speaker"] != "habitants"
