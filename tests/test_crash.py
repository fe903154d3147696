"""Crash safety: kill -9 an ingest mid-way, rerun, and every article is there exactly once.

Runs on both backends (``new_db`` in conftest.py: a DuckDB file, a database on a real PostgreSQL).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.store import Storage, open_storage

N_DOCS = 240
BATCH = 20

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import open_storage

    def on_item(item):
        print("item", flush=True)

    storage = open_storage(sys.argv[2])
    ingest([Path(sys.argv[1])], storage, IngestOptions(batch_size=int(sys.argv[3])), on_item=on_item)
    """
)


WORDS = [
    "conseil",
    "région",
    "budget",
    "projet",
    "route",
    "école",
    "puits",
    "marché",
    "élus",
    "réunion",
    "vote",
    "dossier",
    "maire",
    "préfet",
    "commune",
    "village",
    "récolte",
    "pluie",
    "saison",
    "crédit",
    "banque",
    "coopérative",
    "jeunes",
    "femmes",
    "santé",
    "centre",
    "eau",
    "électricité",
    "pont",
    "piste",
    "forage",
    "semences",
    "engrais",
    "bétail",
    "transhumance",
    "frontière",
    "douane",
    "commerce",
]


def _corpus(root: Path) -> Path:
    """Distinct short articles (no line repeats across documents, so none is boilerplate)."""
    rng = random.Random(7)
    folder = root / "corpus"
    folder.mkdir()
    for i in range(N_DOCS):
        paragraphs = [
            "Le " + " ".join(rng.choice(WORDS) for _ in range(14)) + f" a été examiné le {1 + i % 28} mars.",
            "Selon le compte rendu, les " + " ".join(rng.choice(WORDS) for _ in range(16)) + " restent en suspens.",
        ]
        (folder / f"doc{i:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def _wait_for_killed_session(storage: Storage, backend: str) -> None:
    """PostgreSQL notices a dead client asynchronously: wait until its run lock is released."""
    if backend != "postgres":
        return
    deadline = time.monotonic() + 20
    with storage.read_cursor() as cur:
        while time.monotonic() < deadline:
            row = cur.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?",
                              [0x6B63]).fetchone()
            if row == (0,):
                return
            time.sleep(0.05)


def test_kill_and_rerun_stores_every_article_once(tmp_path: Path, backend: str, new_db: Callable[[], str]) -> None:
    corpus = _corpus(tmp_path)
    db = new_db()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), db, str(BATCH)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    for seen, _line in enumerate(child.stdout, start=1):  # kill it half-way, inside a batch
        if seen == N_DOCS // 2 + 7:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    storage = open_storage(db)
    _wait_for_killed_session(storage, backend)
    partial = storage.count_articles()
    assert partial < N_DOCS  # the run really was interrupted
    assert partial % BATCH == 0  # only whole batches were committed
    summary = ingest([corpus], storage, IngestOptions(batch_size=BATCH))
    assert summary.new == N_DOCS - partial and summary.unchanged == partial
    with storage.read_cursor() as cur:
        ids = [row[0] for row in cur.execute("SELECT id FROM articles").fetchall()]
    assert len(ids) == len(set(ids)) == N_DOCS
    runs = storage.status()["runs"]
    assert [r["status"] for r in runs][:2] == ["ok", "interrupted"]
    storage.close()
