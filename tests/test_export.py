"""Exports: the contract's JSONL validates, flat tables round-trip."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kibaru.errors import KibaruError
from kibaru.export.articles import export_articles, read_flat_rows
from kibaru.export.cells import FORMULA_STARTS, protect, unprotect
from kibaru.export.schema import PACKAGE_EXTENSIONS, schema_errors, without_extensions
from kibaru.model import Article, export_record


def _articles() -> list[Article]:
    return [
        Article(
            id="a1", source_path="dumps/x.txt",
            text="Le ministre a reçu une délégation.\nSecond paragraphe, avec « guillemets ».",
            content_hash="h1", title="Titre, avec virgule", date="2023-03", date_precision="month",
            date_origin="header", language="fr", boilerplate=["Suivez-nous", 'Une "ligne"'],
            attributed_source="AFP", outlet="maliweb.net", cluster_id="ca1",
        ),
        Article(id="a2", source_path=None, text="Texte\nsur deux lignes", content_hash="h2"),
    ]


def test_jsonl_records_validate_against_contract(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert export_articles(_articles(), "jsonl", out) == 2
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert schema_errors(record) == []


def test_schema_catches_a_bad_record() -> None:
    record = export_record(_articles()[0])
    record["date_precision"] = "week"
    del record["text"]
    errors = schema_errors(record)
    assert any("text" in e for e in errors) and any("week" in e for e in errors)


def test_packaged_schema_matches_shared_contract() -> None:
    shared = Path(os.environ.get("KIBARU_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    spec = shared / "spec" / "article.schema.json"
    if not spec.exists():
        pytest.skip(f"SKIPPED LOUDLY: shared contract not found at {spec}")
    packaged = Path(__file__).resolve().parents[1] / "src" / "kibaru" / "data" / "article.schema.json"
    ours, theirs = json.loads(packaged.read_text()), json.loads(spec.read_text())
    # The package copy is the shared contract plus optional technique fields, which the contract
    # allows (its technique items do not forbid extra properties) and never requires.
    assert without_extensions(ours) == theirs
    for field_name, names in PACKAGE_EXTENSIONS.items():
        items = theirs["properties"][field_name]["items"]
        assert items.get("additionalProperties", True) is not False
        assert set(names) <= set(ours["properties"][field_name]["items"]["properties"])
        assert not set(names) & set(ours["properties"][field_name]["items"]["required"])


def test_techniques_with_voice_validate_against_the_shared_contract() -> None:
    """An exported record whose technique spans carry voice and speaker is valid for the shared spec
    itself (not only for the package copy that names the fields)."""
    from jsonschema import Draft202012Validator

    shared = Path(os.environ.get("KIBARU_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    spec = shared / "spec" / "article.schema.json"
    if not spec.exists():
        pytest.skip(f"SKIPPED LOUDLY: shared contract not found at {spec}")
    text = "Le ministre a déclaré : « Ces traîtres à la patrie paieront. » Le calme est revenu."
    a = text.index("Ces")
    b = text.index(" »")
    c = text.index("Le calme")
    quote = {"text": text[a:b], "speaker": "Le ministre", "speaker_kb_id": None,
             "start": a, "end": b, "direct": True, "cue": "déclaré"}
    spans = [{"id": "Name_Calling-Labeling", "start": a, "end": b, "text": text[a:b], "score": 0.7},
             {"id": "Loaded_Language", "start": c, "end": len(text), "text": text[c:], "score": 0.4}]
    article = Article(id="v1", source_path=None, text=text, content_hash="hv", quotes=[quote], techniques=spans)
    record = export_record(article)
    assert [(t["voice"], t["speaker"]) for t in record["techniques"]] == [("quoted", "Le ministre"), ("author", None)]
    validator = Draft202012Validator(json.loads(spec.read_text()))
    assert [e.message for e in validator.iter_errors(record)] == []
    assert schema_errors(record) == []
    record["techniques"][0]["voice"] = "narrator"  # the package copy names the values
    assert any("narrator" in e for e in schema_errors(record))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_flat_tables_round_trip(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"a.{fmt}"
    export_articles(_articles(), fmt, out)
    assert read_flat_rows(out, fmt) == [export_record(a) for a in _articles()]


optional = st.none() | st.text(min_size=1, max_size=40).filter(lambda s: "\r" not in s)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1, max_size=200).filter(lambda s: "\r" not in s),
    title=optional,
    boilerplate=st.lists(st.text(max_size=30), max_size=3),
)
def test_parquet_round_trip_property(tmp_path: Path, text: str, title: str | None, boilerplate: list[str]) -> None:
    article = Article(id="a1", source_path="p", text=text, content_hash="h", title=title, boilerplate=boilerplate)
    out = tmp_path / "p.parquet"
    export_articles([article], "parquet", out)
    assert read_flat_rows(out, "parquet") == [export_record(article)]


def test_parquet_needs_a_file() -> None:
    with pytest.raises(KibaruError, match="-o"):
        export_articles([], "parquet", None)


def test_unknown_format_is_a_domain_error(tmp_path: Path) -> None:
    with pytest.raises(KibaruError, match="unknown export format"):
        export_articles([], "xml", tmp_path / "x")


@pytest.mark.parametrize("where", [{"since": "2023-13"}, {"until": "2023-02-30"}, {"since": "hier"}])
def test_selection_refuses_impossible_dates(where: dict[str, str]) -> None:
    # kibaru.open(db).articles(since="2023-13") used to return articles of 2024 as if nothing were wrong.
    from kibaru.export.select import Selection

    with pytest.raises(KibaruError, match="YYYY-MM-DD"):
        Selection(**where)
    assert Selection(since="2024-02-29", until="2024").since == "2024-02-29"


# ----- CSV cells an analyst opens in a spreadsheet: scraped text never runs as a formula -----------


@given(st.text())
def test_protected_cells_read_back_exactly(value: str) -> None:
    assert unprotect(protect(value)) == value
    assert not protect(value) or protect(value)[0] not in FORMULA_STARTS


def test_scraped_formulas_are_inert_in_the_csv_and_exact_when_read_back(tmp_path: Path) -> None:
    article = Article(
        id="f1", source_path="dumps/f.txt", content_hash="hf",
        text="=HYPERLINK(\"http://example.invalid\",\"clic\")\n- un tiret de liste", title="@titre",
        outlet="+outlet.example", attributed_source="'AFP",
    )
    out = tmp_path / "f.csv"
    export_articles([article], "csv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert [row[k][:2] for k in ("text", "title", "outlet", "attributed_source")] == ["'=", "'@", "'+", "''"]
    assert read_flat_rows(out, "csv") == [export_record(article)]
