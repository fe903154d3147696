"""Print a heldout50n candidate's sentences with their indices (for reading; no system is run)."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "eval"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_candidates import sentences  # noqa: E402
from texts import T_ALL  # noqa: E402

for qid, query, _rank, _url, _text in T_ALL:
    if qid in sys.argv[1:]:
        text = (REPO / "eval" / "texts" / "wikinews" / f"{query.split(':', 1)[1]}.txt").read_text(encoding="utf-8")
        for i, (a, b) in enumerate(sentences(text)):
            print(f"{qid}.{i} [{a}:{b}] {text[a:b]}")
