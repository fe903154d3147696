"""/api/actors labelled an actor with the alphabetically largest entity label any mention carried: MINUSMA came out
« PER » (one mislabelled mention) against fifteen « ORG » (session 21 left it; session 22, ux22, fixed it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kibaru.model import Article
from kibaru.store import RunSummary, open_storage

pytest.importorskip("fastapi", reason="the dashboard tests need the serve extra: pip install -e '.[dev]'")


def _article(key: str, labels: list[str]) -> Article:
    text = " ".join(f"La MINUSMA ({i})." for i in range(len(labels)))
    entities, at = [], 0
    for label in labels:
        at = text.index("MINUSMA", at)
        entities.append({"text": "MINUSMA", "label": label, "start": at, "end": at + 7, "canonical": "MINUSMA",
                         "kb_id": "org:minusma"})
        at += 7
    return Article(id=key, source_path=f"tests/{key}.txt", content_hash=key, text=text, language="fr",
                   outlet="Sahel Matin", date="2023-07-01", date_precision="day", title=key, entities=entities)


def test_actor_label_is_the_one_most_mentions_carry(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    db = str(tmp_path / "k.duckdb")
    storage = open_storage(db)
    run = storage.begin_run(["labels"])
    articles = [_article("m-org", ["ORG", "ORG", "ORG"]), _article("m-per", ["PER"])]
    storage.write_batch(run, articles, [b""] * len(articles), [])
    storage.finish_run(run, RunSummary())
    storage.close()
    with TestClient(create_app(db)) as client:
        (row,) = client.get("/api/actors", params={"q": "minusma"}).json()
        assert row["kb_id"] == "org:minusma" and row["label"] == "ORG" and row["mentions"] == 4
        # Asking for a kind still lists what carries it, under that kind.
        (per,) = client.get("/api/actors", params={"kind": "PER"}).json()
        assert per["kb_id"] == "org:minusma" and per["label"] == "PER"
