"""Round 12: re-label development gold to the guideline clarification 4 (an expelled official's organisation).

``eval/EVENTS.md`` ("Guideline clarifications of round 12", 4) makes the organisation an expelled named official
represents a ``target`` beside the person when the sentence names it. heldout9n and heldout10n were annotated with the
person only; heldout11n already followed the clarified reading. This script adds the organisation to the expulsion
events of the listed development rows (article hash prefix, sentence start) and prints each change.

Usage: ``python eval/annotation/relabel_round12.py [--write]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "events_gold.jsonl"
UN = "Organisation des Nations unies"
# (split, article hash prefix, sentence start) -> organisation the sentence names for the expelled official
ROWS = {
    ("heldout9n", "126716035862", 0): "MINUSMA",  # "Olivier SALGADO, porte-parole de la MINUSMA"
    ("heldout10n", "3af14b0b7a9f", 0): UN,  # "représentante résidente du système des Nations Unies"
    ("heldout10n", "7f1dcfc2b535", 0): UN,
    ("heldout10n", "7f1dcfc2b535", 200): UN,
    ("heldout10n", "7f1dcfc2b535", 512): UN,
    ("heldout10n", "6d7669af4f58", 0): UN,  # "la coordinatrice des Nations unies à Ouagadougou"
    ("heldout10n", "6d7669af4f58", 260): UN,
    ("heldout10n", "0dd1a4ff69a7", 0): UN,
}


def main() -> None:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    out, done = [], set()
    for line in lines:
        row = json.loads(line)
        key = (row["split"], row["article"].removeprefix("extra:")[:12], row["start"])
        if key in ROWS:
            for ev in row["events"]:
                if ev["type"] == "expulsion" and all(a["name"] != ROWS[key] for a in ev["actors"]):
                    ev["actors"].append({"name": ROWS[key], "role": "target"})
                    print(f"{key}: + {ROWS[key]} (target)")
                    done.add(key)
            line = json.dumps(row, ensure_ascii=False)
        out.append(line)
    missing = set(ROWS) - done
    assert not missing, f"rows not changed: {sorted(missing)}"
    if "--write" in sys.argv:
        GOLD.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
