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
        for _ in range(6):
            kind = rng.choice(["nation", "doubt", "neutral", "neutral"])
            pool = {"nation": NATION, "doubt": DOUBT, "neutral": NEUTRAL}[kind]
            sent = rng.choice(pool)
            para = f"{rng.choice(NEUTRAL)} {sent}" if rng.random() < 0.5 else sent
            lines.append(para)
            label = {"nation": nation_label, "doubt": "Doubt", "neutral": ""}[kind]
            labels_by_line[len(lines)] = label
        raw = "\r\n".join(lines) + "\r\n"
        (art_dir / f"article{art_id}.txt").write_bytes(raw.encode("utf-8"))
        spans = []
        for line_no, label in labels_by_line.items():
            label_rows.append(f"{art_id}\t{line_no}\t{label}")
            if label:
                start = sum(len(x) + 2 for x in lines[: line_no - 1])  # raw offsets count the CR
                spans.append(f"{art_id}\t{label}\t{start}\t{start + len(lines[line_no - 1])}")
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
            para = next(p for p in art.paragraphs if p.start == start)
            assert end == para.end and label in para.labels
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
    # Loaded_Language / Name_Calling spans are narrowed to a trigger phrase where one weighs for
    # the technique (else the sentence is kept): the insulting first paragraph has one.
    first = [d for d in spans if d["id"] in T.TRIGGER_TECHNIQUES and d["end"] <= text.index("\n")]
    assert first and all(len(d["text"].split()) <= 3 for d in first)


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


# Measured 0.431 (benchmarks/eval_techniques.py, shipped model); a little slack for library versions.
MICRO_F1_FLOOR = 0.41


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
