"""Quote extraction: constructions on hand-written sentences, offsets, and a floor on the held-out eval."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import extract_quotes  # noqa: E402
from kibaru.enrich.registry import registered, resolve  # noqa: E402
from kibaru.errors import ConfigError  # noqa: E402
from kibaru.model import Article  # noqa: E402
from script_loader import load_script  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def run(
    nlp: Any, text: str, entities: list[dict[str, Any]] | None = None, date: str | None = None, kb: Any = None
) -> list[dict[str, Any]]:
    quotes = extract_quotes(nlp(text), entities or [], date, kb=kb)
    for q in quotes:  # the contract: text is the slice of the article at [start, end)
        assert q["text"] == text[q["start"] : q["end"]]
        assert set(q) >= {"text", "speaker", "speaker_kb_id", "cue", "start", "end", "direct"}
    return quotes


def find(quotes: list[dict[str, Any]], fragment: str) -> dict[str, Any]:
    hits = [q for q in quotes if fragment in q["text"]]
    assert hits, f"no quote containing {fragment!r} in {[q['text'] for q in quotes]}"
    return hits[0]


def test_guillemets_with_trailing_incise_and_named_speaker(nlp: Any) -> None:
    text = (
        "Le ministre malien des Affaires étrangères Abdoulaye Diop était à Moscou mardi. "
        "« Nous avons choisi nos partenaires en toute souveraineté », a déclaré Abdoulaye Diop à la presse."
    )
    q = find(run(nlp, text), "Nous avons choisi")
    assert q["direct"] is True
    assert q["speaker"] == "Abdoulaye Diop"
    assert not q["text"].startswith("«") and not q["text"].endswith("»")


def test_a_t_il_ajoute_resolves_to_previous_speaker(nlp: Any) -> None:
    text = (
        "« La coopération militaire avec la Russie va continuer », a affirmé Assimi Goïta lundi. "
        "« Personne ne nous dictera nos choix », a-t-il ajouté."
    )
    q = find(run(nlp, text), "Personne ne nous dictera")
    assert q["speaker"] == "Assimi Goïta"
    assert q["cue"] and "ajouté" in q["cue"]


def test_interrupted_quote_gives_two_segments_same_speaker(nlp: Any) -> None:
    text = (
        "Sergueï Lavrov est arrivé à Bamako. « Nous allons livrer du blé et des engrais, a déclaré le ministre russe, "
        "et nous continuerons à former vos soldats. »"
    )
    quotes = run(nlp, text)
    first, second = find(quotes, "livrer du blé"), find(quotes, "former vos soldats")
    assert first is not second
    assert "a déclaré" not in first["text"] and "a déclaré" not in second["text"]
    assert first["speaker"] == second["speaker"] == "Sergueï Lavrov"


def test_selon_x_indirect(nlp: Any) -> None:
    text = (
        "Selon Antonio Guterres, la situation humanitaire au Sahel se dégrade rapidement depuis le départ de Barkhane."
    )
    q = find(run(nlp, text), "la situation humanitaire")
    assert q["direct"] is False
    assert q["speaker"] == "Antonio Guterres"
    assert "Selon" not in q["text"]


def test_que_clause_and_pronoun_resolution(nlp: Any) -> None:
    text = (
        "Emmanuel Macron s'est rendu au Cameroun mardi pour une visite de deux jours. "
        "Il a estimé que la présence russe en Afrique était préoccupante pour la stabilité régionale."
    )
    q = find(run(nlp, text), "la présence russe")
    assert q["direct"] is False
    assert q["speaker"] == "Emmanuel Macron"
    assert q["text"].startswith("la présence russe")


def test_clause_final_incise_with_inverted_description_subject(nlp: Any) -> None:
    text = (
        "Le chef de la diplomatie russe Sergueï Lavrov a rencontré son homologue malien. "
        "Les sanctions occidentales contre Bamako sont illégales et contre-productives, estime le diplomate."
    )
    q = find(run(nlp, text), "Les sanctions occidentales")
    assert q["direct"] is False
    assert q["speaker"] == "Sergueï Lavrov"


def test_collective_speaker_is_the_organisation(nlp: Any) -> None:
    text = (
        "Le gouvernement malien a dénoncé mardi soir la présence de soldats étrangers. "
        "« Cette violation de notre espace aérien est inacceptable », "
        "a indiqué le gouvernement malien dans un communiqué."
    )
    q = find(run(nlp, text), "Cette violation")
    assert q["speaker"] is not None
    assert "gouvernement malien" in q["speaker"]


def test_linked_entities_give_canonical_name_and_kb_id(nlp: Any) -> None:
    text = "« Nous ne partirons pas », a déclaré M. Goïta devant la presse à Bamako ce mardi."
    start = text.index("Goïta")
    entities = [
        {
            "text": "Goïta",
            "label": "PER",
            "start": start,
            "end": start + 5,
            "canonical": "Assimi Goïta",
            "kb_id": "Q106405071",
        }
    ]
    q = find(run(nlp, text, entities), "Nous ne partirons pas")
    assert (q["speaker"], q["speaker_kb_id"]) == ("Assimi Goïta", "Q106405071")


class _FakeKB:
    """Role holders by date, the way the project KB answers ``by_description``."""

    HOLDERS: ClassVar[list[tuple[str, str, str, str]]] = [
        ("2020-01-01", "2021-06-10", "Q1", "Zeyni Moulaye"),
        ("2021-06-11", "2030-01-01", "Q2", "Abdoulaye Diop"),
    ]

    def by_description(self, phrase: str, on: str | None = None) -> list[dict[str, str]]:
        if "ministre malien des affaires étrangères" not in phrase.lower() or on is None:
            return []
        return [{"kb_id": k, "canonical": n} for a, b, k, n in self.HOLDERS if a <= on <= b]


@pytest.mark.parametrize(("date", "expected"), [("2021-03-01", "Zeyni Moulaye"), ("2022-05-01", "Abdoulaye Diop")])
def test_description_resolved_through_kb_at_article_date(nlp: Any, date: str, expected: str) -> None:
    text = (
        "Des discussions ont eu lieu à Bamako avec une délégation de la CEDEAO. « Le Mali ne cédera pas au chantage », "
        "a déclaré le ministre malien des Affaires étrangères."
    )
    q = find(run(nlp, text, date=date, kb=_FakeKB()), "ne cédera pas")
    assert q["speaker"] == expected


def test_unresolvable_speaker_is_null_not_a_guess(nlp: Any) -> None:
    text = (
        "La réunion a duré trois heures à Niamey. "
        "« Nous avons été trahis par nos partenaires », a confié un habitant de la capitale."
    )
    q = find(run(nlp, text), "trahis")
    assert q["speaker"] is None


def test_scare_quotes_and_headings_are_not_quotes(nlp: Any) -> None:
    text = (
        "« Une ligne rouge » pour Bamako\n\n"
        "Le Kremlin parle d'une « opération » et de « dénazification » dans ses communiqués de la semaine."
    )
    assert run(nlp, text) == []


def test_component_registered_and_fills_articles(nlp: Any) -> None:
    comp = registered()["quotes"]
    assert comp.reads == {"text", "date", "entities"} and comp.writes == {"quotes"}
    with pytest.raises(ConfigError):  # it must run after the component that writes entities
        resolve(["quotes"])
    art = Article(
        id="a1",
        source_path=None,
        content_hash="h",
        text="« Nous resterons au Mali », a déclaré le colonel Abdoulaye Maïga mardi.",
        date="2022-08-01",
    )
    comp.func([art], {"kb": None})
    assert art.quotes and art.quotes[0]["speaker"] == "Abdoulaye Maïga"


def test_pronoun_incise_keeps_previous_speaker_not_a_later_object(nlp: Any) -> None:
    text = (
        "« Ce sera la troisième guerre mondiale », a prévenu Dmitri Medvedev, proche de Vladimir Poutine. "
        "« Pour nous, la Crimée est une part de la Russie pour toujours », a-t-il déclaré."
    )
    q = find(run(nlp, text), "la Crimée est une part")
    assert q["speaker"] == "Dmitri Medvedev"


def test_passive_agent_after_quote_is_the_speaker(nlp: Any) -> None:
    text = (
        "Marine Le Pen a réclamé l'abandon des sanctions, un propos qualifié de « extraordinairement dangereux "
        "et irresponsable » par la ministre Agnès Pannier-Runacher sur CNews."
    )
    q = find(run(nlp, text), "extraordinairement dangereux")
    assert q["speaker"] == "Agnès Pannier-Runacher"


def test_impersonal_on_goes_to_the_institution_named_after(nlp: Any) -> None:
    text = "Le sommet s'ouvre à Madrid. « Nous sommes un allié fiable », insiste-t-on à l'Élysée."
    start = text.index("Élysée")
    entities = [
        {"text": "Élysée", "label": "ORG", "start": start, "end": start + 6, "canonical": "Élysée", "kb_id": None}
    ]
    q = find(run(nlp, text, entities), "allié fiable")
    assert q["speaker"] == "Élysée"


def test_nationality_excludes_a_person_of_another_country() -> None:
    """Without a date, « le président brésilien » is not the American named just before."""
    from kibaru.enrich import quotes

    assert quotes._phrase_countries("le président brésilien") == {"gpe:brazil"}
    assert quotes._phrase_countries("le président de la transition") == set()


def _eval_module() -> Any:
    return load_script(REPO / "benchmarks" / "eval_quotes.py")


def _linked(text: str) -> list[dict[str, Any]]:
    from kibaru.enrich.quotes import quotes_for_texts_linked

    quotes = quotes_for_texts_linked([text], [None])[0]
    for q in quotes:
        assert q["text"] == text[q["start"] : q["end"]]
    return quotes


def test_list_entries_name_then_colon_and_venue_lines_continue(nlp: Any) -> None:
    text = (
        "Ce qu'ils ont dit\n\n"
        "Bruno Le Maire, 12 juillet 2016 sur Public Sénat : « Attention à cette façon de brouiller les lignes. »\n\n"
        "17 novembre 2016 sur France info : « C'est un autre visage du socialisme, un visage plus avenant. »\n\n"
        "François Bayrou, avant l'élection de 2017, au sujet de Macron : "
        "« Je suis absolument sceptique sur cette affaire. »\n"
    )
    quotes = _linked(text)
    assert find(quotes, "Attention à cette").get("speaker") == "Bruno Le Maire"  # "Maire" is part of the name
    assert find(quotes, "autre visage").get("speaker") == "Bruno Le Maire"  # a venue is not a speaker
    assert find(quotes, "absolument sceptique").get("speaker") == "François Bayrou"  # the name opening the line


def test_paragraph_after_a_colon_and_paragraph_continuation(nlp: Any) -> None:
    text = (
        "Nord Stream 2\n\n"
        "Le débat a pris de l'ampleur à Berlin. Ensuite, il y a cette déclaration d'Al Jazeera :\n\n"
        "« Les Allemands dans leur majorité soutiennent le projet, seules certaines élites sont contre. »\n\n"
        "Le président Joe Biden a longuement reçu le chancelier Olaf Scholz. "
        "« Nous ne laisserons pas faire cela », a-t-il dit.\n\n"
        "« Nous continuerons à soutenir nos partenaires dans cette épreuve très difficile. »\n"
    )
    quotes = _linked(text)
    assert find(quotes, "Les Allemands").get("speaker") == "Al Jazeera"
    assert find(quotes, "Nous continuerons").get("speaker") == "Joe Biden"


def test_selon_a_group_gives_the_group_not_a_person(nlp: Any) -> None:
    text = (
        "Inflation\n\n"
        "Le ministre Bruno Le Maire a présenté son budget. Selon les économistes, la France pourrait éviter "
        "un pic d'inflation à 7 % en septembre."
    )
    q = find(_linked(text), "la France pourrait")
    assert q["speaker"] == "économistes"
    assert q["speaker_kb_id"] is None


def test_heldout_floor(nlp: Any) -> None:
    """Held-out articles never used for tuning; floors set below the measured figures (see report)."""
    ev = _eval_module()
    try:
        result = ev.evaluate("heldout")
    except FileNotFoundError as exc:
        pytest.skip(f"SHARED CORPUS ABSENT — held-out quote evaluation NOT RUN ({exc}); set KIBARU_SHARED")
    assert result["gold"] > 150
    # measured (run once after freezing the dev-tuned rules, real chain: domain parse + KB-linked
    # entities): F1 0.792, speaker accuracy 0.455; floors leave room for parser noise only
    assert result["f1"] >= 0.74
    assert result["speaker_accuracy"] >= 0.44


def test_heldout3_floor(nlp: Any) -> None:
    """The second blind split (annotated before the second round of changes, run once)."""
    ev = _eval_module()
    try:
        result = ev.evaluate("heldout3")
    except FileNotFoundError as exc:
        pytest.skip(f"SHARED CORPUS ABSENT — heldout3 quote evaluation NOT RUN ({exc}); set KIBARU_SHARED")
    assert result["gold"] == 105
    # measured on its single blind run: F1 0.809, speaker accuracy 0.607; floors for parser noise
    assert result["f1"] >= 0.77
    assert result["speaker_accuracy"] >= 0.57


def test_heldout4_floor(nlp: Any) -> None:
    """The third blind split (annotated before the third round of changes, run once)."""
    ev = _eval_module()
    try:
        result = ev.evaluate("heldout4")
    except FileNotFoundError as exc:
        pytest.skip(f"SHARED CORPUS ABSENT — heldout4 quote evaluation NOT RUN ({exc}); set KIBARU_SHARED")
    assert result["gold"] == 102
    # measured on its single blind run: F1 0.707, speaker accuracy 0.593; floors for parser noise
    assert result["f1"] >= 0.67
    assert result["speaker_accuracy"] >= 0.55


def test_heldout5_floor(nlp: Any) -> None:
    """The fourth blind split (annotated before the speaker ranker was built, run once)."""
    ev = _eval_module()
    try:
        result = ev.evaluate("heldout5")
    except FileNotFoundError as exc:
        pytest.skip(f"SHARED CORPUS ABSENT — heldout5 quote evaluation NOT RUN ({exc}); set KIBARU_SHARED")
    assert result["gold"] == 113
    # measured on its single blind run (rules + speaker ranker): F1 0.709, speaker accuracy 0.578
    # (rules alone 0.530, same run); floors for parser noise
    assert result["f1"] >= 0.67
    assert result["speaker_accuracy"] >= 0.53


def test_heldout6_floor(nlp: Any) -> None:
    """The fifth blind split (annotated before the fifth round of changes, run once at its end; development data since
    session 30, after one more blind run at the end of quotes round 47)."""
    ev = _eval_module()
    try:
        result = ev.evaluate("heldout6")
    except FileNotFoundError as exc:
        pytest.skip(f"SHARED CORPUS ABSENT — heldout6 quote evaluation NOT RUN ({exc}); set KIBARU_SHARED")
    assert result["gold"] == 106
    # measured on its single blind run (rules + speaker ranker): F1 0.539, speaker accuracy 0.475,
    # indirect recall 0.50 (main c581015, same run: 0.538 / 0.456 / 0.44); floors for parser noise.
    # Round 6 (branch quotes5, kept out of development, run once at the end with main in the same script):
    # F1 0.542, speaker accuracy 0.426 (26/61) with the round-6 scorer against main's 0.492 (29/59) — a
    # regression of 3 quotes on this split, reported in RESULTS; the floor follows the measured value.
    assert result["f1"] >= 0.50
    assert result["speaker_accuracy"] >= 0.40


def test_heldout7_floor(nlp: Any) -> None:
    """The sixth blind split (annotated before the sixth round of changes, run once at its end)."""
    ev = _eval_module()
    try:
        result = ev.evaluate("heldout7")
    except FileNotFoundError as exc:
        pytest.skip(f"SHARED CORPUS ABSENT — heldout7 quote evaluation NOT RUN ({exc}); set KIBARU_SHARED")
    assert result["gold"] == 161
    # measured on its single blind run (rules + speaker ranker, round-6 scorer): F1 0.736, speaker accuracy
    # 0.726 (82/113), indirect recall 0.585 (main 0e41514, same run: 0.728 / 0.703 / 0.564); floors for noise
    assert result["f1"] >= 0.70
    assert result["speaker_accuracy"] >= 0.68


# --- round 5: indirect speech recall ------------------------------------------------------------


def test_reported_clause_runs_past_a_quoted_fragment(nlp: Any) -> None:
    text = (
        "Le Premier ministre Jean Dupuis a déclaré à la presse qu'une telle décision « donnerait un mauvais signal "
        "aux marchés » et fragiliserait la coalition. Il est reparti le soir même."
    )
    q = find(run(nlp, text), "une telle décision")
    assert q["direct"] is False
    assert q["text"].endswith("fragiliserait la coalition")


def test_participle_affirmant_que(nlp: Any) -> None:
    text = (
        "Josep Borrell est revenu sur son argumentation, affirmant que l'Union n'est pas en guerre avec la Russie. "
        "La séance a ensuite été levée."
    )
    q = find(run(nlp, text), "pas en guerre avec la Russie")
    assert q["direct"] is False
    assert q["text"].startswith("l'Union")


def test_comme_le_rapporte_x_at_sentence_start(nlp: Any) -> None:
    text = (
        "Le sommet s'est tenu à Rome. Comme le rapporte l'agence Reuters, les dirigeants européens ont renoncé "
        "à fixer un plafond au prix du gaz."
    )
    q = find(run(nlp, text), "ont renoncé")
    assert q["direct"] is False
    assert q["text"].startswith("les dirigeants européens")
    assert q["speaker"] and "Reuters" in q["speaker"]


def test_comparison_comme_is_not_a_cue(nlp: Any) -> None:
    text = "Comme un capitaine dans la tempête, le président a déclaré la mobilisation générale des réservistes."
    assert not [q for q in run(nlp, text) if "capitaine" in q["text"]]


def test_aux_yeux_de_x(nlp: Any) -> None:
    text = "Aux yeux de Jean Dupuis, la réforme des retraites est une erreur historique pour le pays."
    q = find(run(nlp, text), "réforme des retraites")
    assert q["direct"] is False
    assert q["speaker"] == "Jean Dupuis"


def test_accuse_x_de_infinitive(nlp: Any) -> None:
    text = "Athènes accuse fréquemment Ankara d'utiliser les migrants comme une arme contre l'Union européenne."
    q = find(run(nlp, text), "les migrants comme une arme")
    assert q["direct"] is False
    assert q["text"].startswith("utiliser")


def test_multiword_cue_read_from_its_last_word(nlp: Any) -> None:
    text = "Trois sénateurs ont fait valoir que les ventes d'armes allaient alimenter la guerre au Yémen."
    q = find(run(nlp, text), "ventes d'armes")
    assert q["direct"] is False
    assert q["cue"] is not None


def test_selon_laquelle_names_the_source(nlp: Any) -> None:
    text = (
        "Il faut se souvenir de la déclaration de Vladimir Poutine selon laquelle la Russie ne permettra pas "
        "le transfert d'armes atomiques à Kiev."
    )
    q = find(run(nlp, text), "ne permettra pas")
    assert q["direct"] is False
    assert q["speaker"] == "Vladimir Poutine"


def test_selon_laquelle_without_a_named_source_is_not_a_quote(nlp: Any) -> None:
    text = "L'idée selon laquelle les marchés se corrigent toujours seuls est largement répandue aujourd'hui."
    assert not [q for q in run(nlp, text) if "marchés se corrigent" in q["text"]]


def test_incise_subject_is_not_the_venue(nlp: Any) -> None:
    text = (
        "« Nous saluons la décision du Conseil des droits de l'homme », a déclaré sur Twitter la ministre "
        "norvégienne Anniken Huitfeldt."
    )
    q = find(run(nlp, text), "Nous saluons")
    assert q["speaker"] != "Twitter"


# --- round 6 (branch quotes5): complements, gender, documents, list lines, unnamed sources, the scorer


def test_a_name_in_the_complement_of_the_subject_is_not_the_speaker(nlp: Any) -> None:
    text = (
        "Colloque\n\nLe conseiller Paul Verdier a ouvert la séance. "
        "L'avocate de Jacques Morel a déclaré : « Mon client conteste toutes les accusations portées contre lui. »"
    )
    # the rules no longer give the complement; the ranker keeps it as a (weak, learned) negative feature
    from kibaru.enrich import nlp as nlp_module
    from kibaru.enrich.entities import entities_for_docs, pipeline_for
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    pipeline, _key = pipeline_for(None)
    doc = next(iter(nlp_module.run(pipeline, [text], None)))
    ents = entities_for_docs([doc], [None], kb)[0]
    q = find(extract_quotes(doc, ents, None, kb=kb, ranker=None), "Mon client conteste")
    assert q["speaker"] not in {"Jacques Morel", "Morel"}


def test_pronoun_agrees_in_gender_with_its_antecedent(nlp: Any) -> None:
    text = (
        "Sommet\n\nMarine Le Pen a rencontré Matteo Salvini à Rome. Selon elle, les deux partis partagent une ligne. "
        "Salvini a présenté son programme aux journalistes. « Nous devons reprendre le contrôle de nos frontières "
        "communes », a-t-elle déclaré."
    )
    q = find(_linked(text), "reprendre le contrôle")
    assert q["speaker"] == "Marine Le Pen"


def test_impersonal_est_il_ecrit_dans_le_rapport_speaks_for_the_organisation(nlp: Any) -> None:
    text = (
        "Rapport\n\nHuman Rights Watch a publié jeudi un rapport sur les prisons du pays. "
        "« Les détenus n'ont aucun accès à un avocat pendant les premiers jours », est-il écrit dans le rapport."
    )
    q = find(_linked(text), "Les détenus")
    assert q["speaker"] is not None and "Human Rights Watch" in q["speaker"]


def test_list_line_without_colon_goes_to_the_name_opening_it(nlp: Any) -> None:
    text = (
        "Ce qu'ils en pensent\n\n"
        "Hélène Carpentier, ancienne ministre, 2019 « Il faut regarder les chiffres avant de juger cette réforme ».\n"
    )
    q = find(_linked(text), "regarder les chiffres")
    assert q["speaker"] == "Hélène Carpentier"


def test_an_indefinite_unnamed_subject_gives_no_speaker(nlp: Any) -> None:
    text = (
        "Réseaux\n\nLa visite a suscité de nombreuses réactions. « Personne ne croit plus à ces promesses depuis "
        "longtemps », a écrit un internaute sur le réseau Weibo."
    )
    q = find(_linked(text), "Personne ne croit")
    assert q["speaker"] is None


def test_scorer_accepts_surface_forms_of_the_same_actor_only() -> None:
    ev = _eval_module()
    text = "Fiona Hill a parlé. Hill a ajouté. Joe Biden et Hunter Biden. Notis Mitarachi a répondu."
    assert ev.names_match("Hill", "Fiona Hill", text)  # surname the article gives no one else
    assert not ev.names_match("Biden", "Joe Biden", text)  # two Bidens in the article
    assert ev.names_match("pirate informatique RaHDIt", "RaHDIt", text)  # description + name
    assert ev.names_match("Asile Notis Mitarachi", "Notis Mitarachi", text)  # word glued by the parser
    assert ev.names_match("Washington", "Washington et Pékin", text)  # one conjunct
    assert ev.names_match("Commandement Est", "Commandement Est de l'armée chinoise", text)
    assert not ev.names_match("fiancée de Jamal Khashoggi", "Jamal Khashoggi", text)  # someone else
    assert not ev.names_match("Boris Johnson", "bureau de Boris Johnson", text)
    assert not ev.names_match("ministère", "ministère russe de la Défense", text)
    gold = {"speaker": "Fiona Hill", "speaker_alt": []}
    assert ev.speaker_ok("Hill", gold, None, None, text) and not ev.speaker_ok_old("Hill", gold, None, None)
    assert not ev.speaker_ok(None, gold) and ev.speaker_ok(None, {"speaker": None, "speaker_alt": []})


def test_plural_unnamed_group_speaks_under_its_head_noun_one_person_or_sources_do_not(nlp: Any) -> None:
    """The guideline: « des habitants » speak as « habitants »; « un habitant » and « des sources » give none."""
    text = (
        "Le village a été attaqué dans la nuit de samedi. Les maisons ont brûlé jusqu'au matin, ont raconté des "
        "habitants à un journaliste. Le marché restera fermé toute la semaine, a indiqué un commerçant du quartier. "
        "Les assaillants sont repartis vers la frontière avant l'aube, selon des sources sécuritaires."
    )
    quotes = _linked(text)
    assert find(quotes, "Les maisons ont brûlé")["speaker"] == "habitants"
    assert find(quotes, "Le marché restera fermé")["speaker"] is None
    assert find(quotes, "Les assaillants sont repartis")["speaker"] is None


def test_quoted_predicate_goes_to_the_subject_before_the_mark(nlp: Any) -> None:
    text = (
        "Le rapport sur les exportations a été publié lundi.\n\n"
        "Dans un long texte diffusé le soir même, la junte « rejette catégoriquement ces accusations sans "
        "fondement et se réserve le droit de saisir la justice »."
    )
    q = find(_linked(text), "rejette catégoriquement")
    assert q["speaker"] is not None and "junte" in q["speaker"]


def test_bare_body_takes_its_fuller_designation(nlp: Any) -> None:
    text = (
        "Le gouvernement malien a convoqué l'ambassadeur mardi. Le gouvernement a également déclaré que "
        "les discussions avec ses voisins se poursuivraient dans les prochains jours."
    )
    q = find(_linked(text), "les discussions avec ses voisins")
    assert q["speaker"] == "gouvernement malien"


def test_a_reported_clause_stops_at_its_paragraph(nlp: Any) -> None:
    text = (
        "Les autorités rassurent toutefois que le scrutin aura lieu en février pour permettre le retour des "
        "civils au pouvoir.\n\n« Le calendrier sera publié la semaine prochaine », a déclaré le porte-parole "
        "Moussa Keïta devant la presse."
    )
    quotes = _linked(text)
    indirect = find(quotes, "le scrutin aura lieu")
    assert "\n" not in indirect["text"] and "calendrier" not in indirect["text"]
    assert find(quotes, "Le calendrier sera publié")["direct"] is True


# --- round 9 (branch quotes8): subjects that can speak, documents of bodies, names across line breaks ---


def test_quoted_predicate_needs_a_subject_that_can_speak(nlp: Any) -> None:
    """« Ces 2,3 milliards « permettent … » »: an amount opens the quoted predicate, it is no speaker; a
    body in the same position still speaks (« Le gouvernement nigérien « décide … » »)."""
    amount = run(nlp, "Ces 2,3 milliards « permettent de poser les premières pierres », mais il faudra bien plus.")
    assert all(q["speaker"] != "Ces 2,3 milliards" for q in amount)
    body = extract_quotes(
        nlp("Le gouvernement nigérien « décide de suspendre toute forme de coopération » avec l'organisation."),
        [],
        None,
        ranker=None,
    )
    assert find(body, "décide de suspendre")["speaker"] == "gouvernement nigérien"


@pytest.mark.parametrize(
    "text",
    [
        "Selon un communiqué de la présidence tchadienne, au moins quarante soldats ont perdu la vie hier.",
        "Selon un communiqué publié lundi par la présidence tchadienne, cette attaque a ciblé une garnison de l'armée.",
    ],
)
def test_a_communique_speaks_for_the_body_that_issued_it(nlp: Any, text: str) -> None:
    quotes = extract_quotes(nlp(text), [], None, ranker=None)
    assert len(quotes) == 1 and quotes[0]["speaker"] == "présidence tchadienne"


def test_a_document_participle_speaks_for_the_document_not_the_reader(nlp: Any) -> None:
    """« X a lu un communiqué du gouvernement affirmant que … »: the government's statement, not the reader's."""
    text = (
        "Le gouvernement malien a réagi dans la soirée. Le colonel Abdoulaye Maïga a lu un communiqué du "
        "gouvernement affirmant que le Mali ne cédera rien sur sa souveraineté."
    )
    q = find(extract_quotes(nlp(text), [], None, ranker=None), "ne cédera rien")
    assert q["speaker"] == "gouvernement malien"


def test_adverbs_and_line_breaks_are_not_names() -> None:
    from kibaru.enrich import quotes as qm

    assert qm._adverb_like("Aveuglément") and qm._adverb_like("Finalement")
    assert not qm._adverb_like("Clément") and not qm._adverb_like("Laurent") and not qm._adverb_like("Ilan Shor")
    ms = [
        qm._Mention(0, 17, "Shor\n\nAveuglément", "PER", "Aveuglément", None),
        qm._Mention(20, 31, "Aveuglément", "PER", "Aveuglément", None),
        qm._Mention(40, 49, "Ilan Shor", "PER", "Ilan Shor", "Q1"),
    ]
    out = qm._cut_at_line_breaks(ms)
    assert [(m.text, m.canonical) for m in out] == [("Shor", None), ("Ilan Shor", "Ilan Shor")]


def test_unsourced_formulas_mark_the_null_candidate() -> None:
    from kibaru.enrich import speaker_ranker

    pat = speaker_ranker._unsourced_re()
    for s in ("selon nos informations", "a-t-on appris", "de source sécuritaire", "sous couvert d'anonymat"):
        assert pat.search(f"Le ministre a quitté le pays, {s}, hier soir."), s
    assert not pat.search("Le ministre a déclaré que le pays tiendra bon, selon le communiqué.")
    assert "null_unsourced" in speaker_ranker.FEATURES


def _per(text: str, name: str) -> dict[str, Any]:
    start = text.index(name)
    return {"text": name, "label": "PER", "start": start, "end": start + len(name), "canonical": name}


def test_selon_a_body_then_a_person_is_the_body_statement_about_the_person(nlp: Any) -> None:
    """« Selon <body>, <person>, … a obtenu … »: the person after the comma is what the body's statement is
    about, not an apposition naming the source (round 10, body vs person); a title keeps its apposition."""
    text = (
        "Les résultats provisoires ont été publiés jeudi soir à Niamey.\n"
        "Selon la Commission électorale, Moussa Kané, âgé de 52 ans, a obtenu 58 % des voix au premier tour."
    )
    q = find(run(nlp, text, [_per(text, "Moussa Kané")]), "58 % des voix")
    assert q["speaker"] is not None and "Commission électorale" in q["speaker"]
    titled = "Selon le porte-parole du gouvernement, Moussa Kané, la situation est sous contrôle dans la capitale."
    q2 = find(run(nlp, titled, [_per(titled, "Moussa Kané")]), "sous contrôle")
    assert q2["speaker"] == "Moussa Kané"


def test_pronoun_takes_the_previous_main_subject_not_a_person_named_as_agent(nlp: Any) -> None:
    """Round 11: the previous speaker was named only as the agent of « propos tenus par X, selon lesquels … »;
    the pronoun opening the next sentence stands for that sentence's main subject (an unnamed definite role)."""
    text = (
        "Le ministre sénégalais de la Communication a réagi aux propos tenus par le général Ousmane Diallo, selon "
        "lesquels Dakar aurait financé des rebelles. Qualifiant ces propos de « mensonges », il a affirmé que le "
        "Sénégal n'avait jamais soutenu aucun groupe armé."
    )
    quotes = run(nlp, text)
    assert find(quotes, "Dakar aurait financé")["speaker"] == "Ousmane Diallo"
    assert find(quotes, "jamais soutenu")["speaker"] == "ministre sénégalais de la Communication"


def test_a_name_in_a_genitive_complement_is_no_antecedent(nlp: Any) -> None:
    text = (
        "Ibrahim Keïta a rejeté les accusations mardi. Les déclarations de Jean Dupont avaient pourtant choqué le "
        "public. Il a affirmé que ces propos étaient faux et diffamatoires."
    )
    assert find(run(nlp, text), "faux et diffamatoires")["speaker"] == "Ibrahim Keïta"


def test_selon_les_precisions_de_x_speaks_for_x(nlp: Any) -> None:
    text = "Selon les dernières précisions des autorités régionales, douze personnes ont été blessées lors des heurts."
    assert find(run(nlp, text), "douze personnes")["speaker"] == "autorités régionales"
