"""Quote speakers, round 20 (issue 3): testimonies and plural groups — « selon divers témoignages d'habitants » gives
the testimonies' givers (a plural group under its head noun, as the guideline names a group), one unnamed witness's
testimony gives nobody, bare « témoignages » stay the source, and the learned ranker no longer silences a plural
group the rules named (« les témoins affirment que ») — on hand-written sentences with the real French model and
the shipped ranker."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from quote_helpers import quote_with  # noqa: E402


def test_testimonies_of_a_group_are_the_groups_words(nlp: Any) -> None:
    text = (
        "Des hommes armés ont attaqué la commune de Tessit mardi soir. Selon divers témoignages de villageois et "
        "de commerçants, les assaillants étaient arrivés à bord de plusieurs dizaines de motos."
    )
    q = quote_with(nlp, text, "assaillants étaient arrivés")
    assert q["speaker"] == "villageois"


def test_testimonies_gathered_from_a_population(nlp: Any) -> None:
    text = (
        "Selon des témoignages recueillis auprès des éleveurs peuls, les troupeaux ont été emportés vers la "
        "frontière pendant la nuit."
    )
    q = quote_with(nlp, text, "troupeaux ont été emportés")
    assert q["speaker"] is not None and q["speaker"].startswith("éleveurs")


def test_one_unnamed_witness_testimony_has_no_speaker(nlp: Any) -> None:
    # guard: one unnamed individual stays anonymous, as the guideline says
    text = "Selon le témoignage d'un habitant du quartier, les pompiers sont arrivés deux heures plus tard."
    q = quote_with(nlp, text, "pompiers sont arrivés")
    assert q["speaker"] is None


def test_unnamed_sources_stay_silent(nlp: Any) -> None:
    # guard: unnamed sources have no speaker (``anonymous_plural_heads``), even with the ranker's group override
    text = "Selon des sources sécuritaires, une dizaine de suspects ont été interpellés dans la nuit à Dori."
    q = quote_with(nlp, text, "suspects ont été interpellés")
    assert q["speaker"] is None


def test_dapres_at_the_start_of_a_sentence_is_a_cue(nlp: Any) -> None:
    # the tokenizer splits « D' » from « après »: the pair is still the « selon »-like cue
    text = "D'après le maire de la commune, Issa Maïga, les pluies ont détruit plus de trois cents maisons."
    q = quote_with(nlp, text, "pluies ont détruit")
    assert q["speaker"] == "Issa Maïga"


def test_dapres_a_group_of_witnesses(nlp: Any) -> None:
    text = "Les combats ont duré toute la nuit. D’après des rescapés, les assaillants sont repartis vers la frontière."
    q = quote_with(nlp, text, "assaillants sont repartis")
    assert q["speaker"] == "rescapés"
