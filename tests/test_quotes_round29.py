"""Round 29: the speaker ranker reads its lexicon through the quote lexicon's single loader (``quotes._lexicon``).

Until round 28 ``enrich/speaker_ranker.py`` read ``speakers.yaml`` (gender nouns, ``unsourced_patterns``) and
``first_names.yaml`` itself. The behaviour is unchanged: the folded lexicon holds exactly what the files say, and the
ranker's gender and unnamed-source look-ups answer as before (sentences and names written for these tests).
"""

from __future__ import annotations

import inspect
from importlib import resources

import yaml

from kibaru.enrich import quotes as q
from kibaru.enrich import speaker_ranker as sr


def _data(name: str) -> dict[str, list[str]]:
    return yaml.safe_load((resources.files("kibaru") / "data" / "quotes" / name).read_text(encoding="utf-8"))


def test_the_ranker_module_reads_no_lexicon_file_itself() -> None:
    source = inspect.getsource(sr)
    assert "yaml" not in source.replace("speakers.yaml", "").replace("first_names.yaml", "")
    assert "safe_load" not in source


def test_the_single_loader_holds_the_ranker_lexicon_as_the_files_say() -> None:
    lex = q._lexicon()
    spk, names = _data("speakers.yaml"), _data("first_names.yaml")
    assert lex.gender_person_nouns == frozenset(q._norm(w) for w in spk["person_heads"] + spk["gender_nouns"])
    assert lex.unsourced_patterns == tuple(spk["unsourced_patterns"])
    assert {n for n, g in lex.given_name_genders.items() if g == "Fem"} == {q._norm(n) for n in names["feminine"]}
    assert {n for n, g in lex.given_name_genders.items() if g == "Masc"} == {q._norm(n) for n in names["masculine"]}
    nouns, given = sr._gender_lexicon()
    assert nouns is lex.gender_person_nouns and given is lex.given_name_genders


def test_gender_and_unsourced_lookups_answer_as_before() -> None:
    assert sr.given_name_gender("Aïcha") == "Fem" and sr.given_name_gender("aicha") == "Fem"
    assert sr.given_name_gender("Boubacar") == "Masc"
    assert sr.given_name_gender("Camille") is None  # given to both genders: left out of the list
    assert sr._first_name_gender("Aminata Koné") == "Fem"
    assert sr._first_name_gender("Aminata") is None  # a single word may be a surname
    pat = sr._unsourced_re()
    assert pat.search("Le convoi est reparti vers le nord, selon nos informations, avant la nuit.")
    assert not pat.search("Le convoi est reparti vers le nord, selon le gouverneur, avant la nuit.")
