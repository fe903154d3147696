"""Turn annotator B's event labels into ``events_<split>_b.jsonl``: one row per gold sentence (article, offsets,
anchor as the gold row gives them) with B's events in the gold's event format, no text.

Labels file lines: ``n | type | date | precision | name:role;name:role | location | fatalities`` (n = sentence
index printed by ``show_events.py``; a sentence with no line has no event; ``#`` starts a comment).
Usage: ``python eval/agreement/build_events_b.py LABELS [--split heldout10n]``. When the news texts are present
(``$KIBARU_EXTRA_EVENTS``, default ``/work/extra_events``), each row also gets ``text_sha1`` and ``span_sha1`` (SHA-1 of
the local text and of the sentence, as the gold's) so that a later reader can check the offsets; never the text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from show_events import sentences  # noqa: E402

TYPES = {"meeting", "agreement", "arms_transfer", "military_cooperation", "troop_deployment", "troop_withdrawal",
         "attack", "capture", "protest", "expulsion", "sanction", "election"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("--split", default="heldout10n")
    args = ap.parse_args()
    rows = sentences(args.split)
    events: dict[int, list[dict[str, Any]]] = {}
    for no, raw in enumerate(Path(args.labels).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        n_s, typ, date, prec, actors_s, loc, fat = (p.strip() for p in raw.split("|"))
        if typ not in TYPES or prec not in {"day", "month", "year"} or int(n_s) >= len(rows):
            sys.exit(f"{args.labels}:{no}: bad line: {raw}")
        actors = []
        for a in filter(None, (x.strip() for x in actors_s.split(";"))):
            name, role = a.rsplit(":", 1)
            if role not in {"source", "target", "participant"}:
                sys.exit(f"{args.labels}:{no}: bad role {role}")
            actors.append({"name": name, "role": role})
        ev = {"type": typ, "date": date, "date_precision": prec, "actors": actors, "location": loc or None,
              "fatalities": int(fat) if fat else None}
        bucket = events.setdefault(int(n_s), [])
        if any(e["type"] == typ for e in bucket):
            sys.exit(f"{args.labels}:{no}: two {typ} events in sentence {n_s} (one per type)")
        bucket.append(ev)
    out = HERE / f"events_{args.split}_b.jsonl"
    extra = Path(os.environ.get("KIBARU_EXTRA_EVENTS", "/work/extra_events"))
    lines = []
    for i, r in enumerate(rows):
        rec: dict[str, Any] = {"n": i, "article": r["article"], "start": r["start"], "end": r["end"],
                               "anchor": r["anchor"]}
        local = extra / f"{str(r['article']).removeprefix('extra:')}.txt"
        if str(r["article"]).startswith("extra:") and local.is_file():
            raw = local.read_bytes()
            span = raw.decode("utf-8")[int(str(r["start"])):int(str(r["end"]))]
            rec["text_sha1"] = hashlib.sha1(raw).hexdigest()
            rec["span_sha1"] = hashlib.sha1(span.encode("utf-8")).hexdigest()
        rec["events"] = events.get(i, [])
        lines.append(json.dumps(rec, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} sentences, {sum(len(v) for v in events.values())} events")


if __name__ == "__main__":
    main()
