"""Quote speakers, round 27 (issue 3): a definite or demonstrative phrase of an unnamed source's bare noun
(« a déclaré le responsable ») stays the unnamed individual when the ranker would put a description there; a
specific office (« le gouverneur de la région du Lac ») is not given to the last person named when the KB lists that
person's offices and none is of its head noun — on hand-written sentences with the real French model."""

from __future__ import annotations

from typing import Any

import pytest

from entity_helpers import entity_as_linked

spacy = pytest.importorskip("spacy")

from kibaru.enrich import quotes as q  # noqa: E402
from kibaru.enrich import speaker_ranker as sr  # noqa: E402
from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402

_ent = entity_as_linked


def _speaker(
    nlp: Any, text: str, words: str, ents: list[dict[str, Any]], kb: Any, ranker: Any = None, date: str | None = None
) -> str | None:
    quotes = extract_quotes(nlp(text), ents, date, kb=kb, ranker=ranker)
    return next(x for x in quotes if words in x["text"])["speaker"]


ATTACK = (
    "Des hommes armés ont attaqué dimanche le marché de Tinfara, selon un responsable local joint par téléphone. "
    "Les autorités locales ont annoncé l'envoi de renforts dans la zone.\n\n« Ils sont arrivés à moto et ont tiré sur "
    "tout ce qui bougeait », a déclaré le responsable."
)
ANONYMOUS = ATTACK.replace("a déclaré le responsable.", "a raconté le responsable, qui a requis l'anonymat.")


@pytest.mark.parametrize("text", [ATTACK, ANONYMOUS])
def test_definite_unnamed_source_stays_unnamed_with_the_ranker(nlp: Any, kb: KnowledgeBase, text: str) -> None:
    assert _speaker(nlp, text, "arrivés à moto", [_ent(text, "Tinfara", "LOC")], kb, "default") is None


def test_definite_unnamed_switched_off_gives_the_bare_noun(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sr, "DEFINITE_UNNAMED_STAYS_NULL", False)
    monkeypatch.setattr(q, "DEFINITE_ANONYMOUS_UNNAMED", False)  # session 36's rule keeps it null as well
    assert _speaker(nlp, ATTACK, "arrivés à moto", [_ent(ATTACK, "Tinfara", "LOC")], kb, "default") == "responsable"


def test_definite_unnamed_rules_alone_already_null(nlp: Any, kb: KnowledgeBase) -> None:
    # the rules never named the bare noun: the guard only keeps the ranker from doing it
    assert _speaker(nlp, ATTACK, "arrivés à moto", [_ent(ATTACK, "Tinfara", "LOC")], kb) is None


LAKE = (
    "Le président Mahamat Idriss Déby Itno a réuni lundi à N'Djamena les chefs militaires de la zone. Les combats ont "
    "repris dans la nuit autour des îles, où plusieurs villages ont été évacués par les habitants. Le gouverneur de la "
    "région du Lac a assuré que les renforts étaient arrivés sur place."
)
DEBY = "per:mahamat-idriss-deby-itno"


@pytest.mark.parametrize("ranker", [None, "default"])
def test_office_the_last_person_does_not_hold_speaks_as_itself(nlp: Any, kb: KnowledgeBase, ranker: Any) -> None:
    ents = [_ent(LAKE, "Mahamat Idriss Déby Itno", "PER", "Mahamat Idriss Déby Itno", DEBY)]
    assert _speaker(nlp, LAKE, "renforts", ents, kb, ranker, "2023-05-01") == "gouverneur de la région du Lac"


def test_office_rule_switched_off_gives_the_last_person(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "OFFICE_NOT_HELD_SPEAKS", False)
    # session 59's rule skips the same person before this one is read (no governor): off too, for round 26's reading
    monkeypatch.setattr(q, "OTHER_OFFICE_HOLDER_SKIPPED", False)
    ents = [_ent(LAKE, "Mahamat Idriss Déby Itno", "PER", "Mahamat Idriss Déby Itno", DEBY)]
    assert _speaker(nlp, LAKE, "renforts", ents, kb, None, "2023-05-01") == "Mahamat Idriss Déby Itno"


def test_office_of_a_person_outside_the_kb_keeps_the_person(nlp: Any, kb: KnowledgeBase) -> None:
    # guard: no KB offices to compare with, the round-24 fallback (the last person) stands
    text = LAKE.replace("Le président Mahamat Idriss Déby Itno", "Le préfet Moussa Abakar")
    ents = [_ent(text, "Moussa Abakar", "PER", "Moussa Abakar")]
    assert _speaker(nlp, text, "renforts", ents, kb, None, "2023-05-01") == "Moussa Abakar"


def test_office_the_kb_person_holds_keeps_the_person(nlp: Any, kb: KnowledgeBase) -> None:
    # guard: « le président de la transition » is an office Déby holds in the KB
    text = LAKE.replace("Le gouverneur de la région du Lac", "Le président de la transition")
    ents = [_ent(text, "Mahamat Idriss Déby Itno", "PER", "Mahamat Idriss Déby Itno", DEBY)]
    assert _speaker(nlp, text, "renforts", ents, kb, None, "2023-05-01") == "Mahamat Idriss Déby Itno"


FAIR_ELLE = (
    "Aminata Konaté a ouvert la réunion des commerçantes. Puis Seydou Sangaré a présenté le budget de la foire. "
    "« Nous avons besoin de plus de stands pour les femmes », a-t-elle insisté."
)
FAIR_IL = (
    "Seydou Sangaré a ouvert la réunion des commerçants. Puis Aminata Konaté a présenté le budget de la foire. "
    "« Nous avons besoin de plus de stands pour les jeunes », a-t-il insisté."
)


@pytest.mark.parametrize(("text", "who"), [(FAIR_ELLE, "Aminata Konaté"), (FAIR_IL, "Seydou Sangaré")])
@pytest.mark.parametrize("ranker", [None, "default"])
def test_sahel_given_names_agree_with_the_pronoun(
    nlp: Any, kb: KnowledgeBase, text: str, who: str, ranker: Any
) -> None:
    ents = [
        _ent(text, "Aminata Konaté", "PER", "Aminata Konaté"),
        _ent(text, "Seydou Sangaré", "PER", "Seydou Sangaré"),
    ]
    assert _speaker(nlp, text, "stands", ents, kb, ranker) == who


def test_sahel_given_names_have_one_gender() -> None:
    assert sr.given_name_gender("Aïcha") == "Fem" and sr.given_name_gender("Issoufou") == "Masc"
    assert sr.given_name_gender("Camille") is None  # names of both genders stay out of the list


GOLD_MINE = (
    "Au moins dix orpailleurs ont péri dans l'effondrement d'un puits à Kéniéba, ont indiqué les autorités jeudi."
)


@pytest.mark.parametrize("ranker", [None, "default"])
def test_description_speaker_loses_its_trailing_day(nlp: Any, kb: KnowledgeBase, ranker: Any) -> None:
    assert _speaker(nlp, GOLD_MINE, "orpailleurs", [_ent(GOLD_MINE, "Kéniéba", "LOC")], kb, ranker) == "autorités"


def test_description_tail_switched_off_keeps_the_day(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "TRIM_DESCRIPTION_TAIL", False)
    assert _speaker(nlp, GOLD_MINE, "orpailleurs", [_ent(GOLD_MINE, "Kéniéba", "LOC")], kb) == "autorités jeudi"


@pytest.mark.parametrize(
    ("phrase", "trimmed"),
    [
        ("état-major général des armées dans un communiqué", "état-major général des armées"),
        ("autorités maliennes mardi 14 novembre", "autorités maliennes"),
        ("gouvernement\nRadio Kledu", "gouvernement"),
        ("porte-parole du gouvernement.", "porte-parole du gouvernement"),
        ("jeudi", "jeudi"),  # nothing would be left: unchanged
        ("chef de l'État", "chef de l'État"),
    ],
)
def test_trim_description(phrase: str, trimmed: str) -> None:
    assert q._trim_description(phrase) == trimmed


def _quoted_ctx(text: str) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(text=text, quoted=q._quoted_spans(text))


def test_a_phrase_only_inside_quotation_marks_is_only_quoted() -> None:
    text = "« Libérez Tessit ! », scandaient les jeunes. « Libérez Tessit et les otages », répétaient-ils."
    assert sr._only_quoted(_quoted_ctx(text), "Libérez Tessit")


def test_a_name_also_written_outside_quotation_marks_is_not_only_quoted() -> None:
    text = "« Le maire Issa Traoré doit partir », criaient-ils. Issa Traoré n'a pas répondu aux manifestants."
    ctx = _quoted_ctx(text)
    assert not sr._only_quoted(ctx, "Issa Traoré")
    assert not sr._only_quoted(ctx, "Abdou Sow")  # absent from the text
    assert not sr._only_quoted(ctx, None)


MARABOUT = (
    "Chérif Ousmane Haïdara reçoit chaque semaine des dizaines de visiteurs venus de tout le pays. Octogénaire, son "
    "influence est grande. On dit même ici que les ministres le consultent avant chaque décision importante."
)
ORPHAN = (
    "Le jeune Amadou Cissé a perdu son père dans l'attaque du camp. « Ton père est un héros et nous allons t'aider », "
    "lui a-t-on dit des dizaines de fois. « Ma mère vend des beignets pour nous nourrir », dit-il avec amertume."
)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [(MARABOUT, "Chérif Ousmane Haïdara", "les ministres"), (ORPHAN, "Amadou Cissé", "héros")],
)
def test_hearsay_with_on_dire_stays_unnamed(nlp: Any, kb: KnowledgeBase, text: str, name: str, words: str) -> None:
    assert _speaker(nlp, text, words, [_ent(text, name, "PER", name)], kb, "default") is None


def test_hearsay_switched_off_names_the_person_nearby(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sr, "HEARSAY_STAYS_NULL", False)
    ents = [_ent(ORPHAN, "Amadou Cissé", "PER", "Amadou Cissé")]
    assert _speaker(nlp, ORPHAN, "héros", ents, kb, "default") == "Amadou Cissé"


def test_hearsay_in_the_previous_sentence_leaves_the_next_quote_alone(nlp: Any, kb: KnowledgeBase) -> None:
    ents = [_ent(ORPHAN, "Amadou Cissé", "PER", "Amadou Cissé")]
    assert _speaker(nlp, ORPHAN, "beignets", ents, kb, "default") == "Amadou Cissé"


TOLL = (
    "Des hommes armés se réclamant du groupe Ansar Dine ont attaqué lundi le poste militaire de Boni, dans le centre "
    "du pays. L'attaque a fait, selon un bilan officiel, douze morts parmi les soldats et quatre parmi les assaillants."
)


def _toll_ents() -> list[dict[str, Any]]:
    return [_ent(TOLL, "Ansar Dine", "ORG", "Ansar Dine"), _ent(TOLL, "Boni", "LOC")]


@pytest.mark.parametrize("ranker", [None, "default"])
def test_toll_without_issuer_is_not_the_last_group_named(nlp: Any, kb: KnowledgeBase, ranker: Any) -> None:
    assert _speaker(nlp, TOLL, "douze morts", _toll_ents(), kb, ranker) is None


def test_toll_rule_switched_off_gives_the_last_group(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "TOLL_WITHOUT_ISSUER_NULL", False)
    assert _speaker(nlp, TOLL, "douze morts", _toll_ents(), kb) == "Ansar Dine"


RAID = (
    "Des hommes armés ont attaqué dimanche deux villages de la région de Tillabéry, au Niger, faisant douze morts. "
    "Des renforts ont été envoyés depuis Niamey et Dosso. Les assaillants ont été repoussés vers la frontière, précise "
    "un communiqué du gouvernement."
)


def _raid_ents() -> list[dict[str, Any]]:
    return [
        _ent(RAID, "Tillabéry", "LOC", "Tillabéri", "loc:tillaberi"),
        _ent(RAID, "Niger", "LOC", "Niger", "gpe:niger"),
        _ent(RAID, "Niamey", "LOC", "Niamey", "loc:niamey"),
        _ent(RAID, "Dosso", "LOC", "Dosso", "loc:dosso"),
    ]


@pytest.mark.parametrize("ranker", [None, "default"])
def test_places_of_a_state_make_it_the_home_state(nlp: Any, kb: KnowledgeBase, ranker: Any) -> None:
    found = _speaker(nlp, RAID, "assaillants", _raid_ents(), kb, ranker, "2023-05-01")
    assert found == "gouvernement nigérien"


def test_home_state_places_switched_off_leaves_the_bare_noun(
    nlp: Any, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(q, "HOME_STATE_PLACES", False)
    assert _speaker(nlp, RAID, "assaillants", _raid_ents(), kb, None, "2023-05-01") == "gouvernement"
