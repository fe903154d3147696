"""The executors' Python daemon for kibaru jobs: loads the component chain, then forks the workers.

Spark starts one Python daemon per executor (``spark.python.daemon.module``, set by
``session.spark_session``) and the daemon forks a worker process for each task slot. PySpark's own
daemon forks bare workers, so each worker loaded its own spaCy model and knowledge base on its first
task (≈ 8 CPU-seconds and ≈ 1.5 GB each for the default components). This daemon loads the chain
named by the job (``PRELOAD_ENV``, set by ``job.run`` in the Python environment of the job's tasks)
before it forks anything: the workers inherit the loaded, warmed-up and ``gc.freeze``-d model and
share its memory pages copy-on-write.

Spark runs it as ``python -m kibaru.scale.daemon pyspark.worker``. Without ``PRELOAD_ENV`` (another
job, a session started elsewhere) it is PySpark's daemon unchanged. If preloading fails the daemon
still starts: the workers then load the chain themselves and report the error as a task failure.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# JSON {"components": [...], "settings": {...}}: what the job's enrichment stage will resolve.
PRELOAD_ENV = "KIBARU_SPARK_PRELOAD"


def preload_spec(components: tuple[str, ...], settings: dict[str, Any]) -> str | None:
    """The ``PRELOAD_ENV`` value for a job, or None (no components, or settings JSON cannot carry)."""
    if not components:
        return None
    try:
        return json.dumps({"components": list(components), "settings": settings}, ensure_ascii=False)
    except (TypeError, ValueError):
        return None


@contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """Spark reads the daemon's port from its stdout: nothing else may be written there."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def preload(spec: str | None) -> None:
    """Load the component chain described by ``spec`` into this process (before any fork)."""
    if not spec:
        return
    try:
        wanted = json.loads(spec)
        from kibaru.scale.job import component_chain

        with _stdout_to_stderr():
            component_chain(tuple(wanted["components"]), wanted["settings"])
    except Exception as exc:  # the workers will load it themselves and fail with a proper task error
        print(f"kibaru daemon: components not preloaded ({type(exc).__name__}: {exc})", file=sys.stderr)


def main() -> None:
    preload(os.environ.get(PRELOAD_ENV))
    from pyspark.daemon import manager

    manager()


if __name__ == "__main__":
    main()
