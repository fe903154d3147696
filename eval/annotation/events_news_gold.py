"""Write the rows of a news events split (``heldout8n``, ``heldout9n``) into ``eval/events_gold.jsonl``.

Offsets and hashes only.

The excerpts are copyrighted French Sahel news kept outside the repository: ``$KIBARU_EXTRA_EVENTS/<sha1(url)>.txt``
(``/work/extra_events`` on the annotation machine). The annotator's files stay there too (``_in8/texts.py``: query,
rank, URL and the excerpt; ``_in8/annot.py``: per sentence key ``<excerpt id>.<sentence index>`` the events, with
``ANCHOR`` per excerpt). Every sentence (``eval/events_candidates.sentences`` on the text whose ` date YYYY-MM `
marker is blanked) becomes a row, negatives included; bare URL lines are left out.

Usage: ``python eval/annotation/events_news_gold.py FOLDER SPLIT [--write]`` (``FOLDER`` holds texts.py and annot.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "eval"))
MARKER = re.compile(r"\s*date \d{4}-\d{2}(?:-\d{2})? ")
# query prefixes of texts committed in the repository (``wikinews:<doc>`` → ``eval/texts/wikinews/<doc>.txt``,
# heldout50n on): the row names the committed file, as heldout7's rows name ``eval/texts/wikipedia/``
REPO_TEXTS = {"wikinews": "eval/texts/wikinews"}


def main() -> None:
    folder, split = Path(sys.argv[1]), sys.argv[2]
    sys.path.insert(0, str(folder))
    from annot import ANCHOR, E  # type: ignore[import-not-found]
    from events_candidates import sentences
    from texts import T  # type: ignore[import-not-found]

    extra = Path(os.environ.get("KIBARU_EXTRA_EVENTS", "/work/extra_events"))
    rows, used = [], set()
    for qid, query, _rank, url, _text in T:
        digest = hashlib.sha1(url.encode()).hexdigest()
        committed = REPO_TEXTS.get(query.split(":", 1)[0]) if ":" in query else None
        if committed:  # an openly licensed text committed in the repository: the row names its path, CI checks it
            article = f"{committed}/{query.split(':', 1)[1]}.txt"
            raw = (REPO / article).read_bytes()
        else:
            article = f"extra:{digest}"
            raw = (extra / f"{digest}.txt").read_bytes()
        text, text_sha1 = raw.decode("utf-8"), hashlib.sha1(raw).hexdigest()
        marker = MARKER.match(text)
        if marker:
            text = " " * marker.end() + text[marker.end():]
        anchor = ANCHOR[qid]
        for i, (a, b) in enumerate(sentences(text)):
            key = f"{qid}.{i}"
            if re.fullmatch(r"https?://\S+", text[a:b]):
                assert key not in E, key
                continue
            events = []
            for etype, actors, location, date, precision, fatalities in E.get(key, []):
                if date is None:
                    date, precision = anchor, ("day" if len(anchor) == 10 else "month" if len(anchor) == 7 else "year")
                events.append({"type": etype, "actors": [{"name": n, "role": r} for n, r in actors],
                               "location": location, "date": date, "date_precision": precision,
                               "fatalities": fatalities})
            used.add(key)
            row: dict[str, Any] = {"article": article, "split": split, "anchor": anchor}
            if committed:
                row["anchor_source"] = "dateline (index.tsv date)"
            row["url"] = url
            if not committed:  # a committed text has no text_sha1: the evaluator reads that key as a local copy's
                row["text_sha1"] = text_sha1
            row.update(start=a, end=b, span_sha1=hashlib.sha1(text[a:b].encode("utf-8")).hexdigest(), events=events)
            rows.append(row)
    missing = set(E) - used
    assert not missing, f"annotated sentences not found: {sorted(missing)}"
    n_events = sum(len(r["events"]) for r in rows)
    print(f"{split}: {len(T)} excerpts, {len(rows)} sentences, {n_events} events", file=sys.stderr)
    if "--write" in sys.argv:
        gold = REPO / "eval" / "events_gold.jsonl"
        kept = [line for line in gold.read_text(encoding="utf-8").splitlines() if json.loads(line)["split"] != split]
        gold.write_text("\n".join(kept + [json.dumps(r, ensure_ascii=False) for r in rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
