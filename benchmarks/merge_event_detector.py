"""Session 61: one event-detector model from two, type by type (``kibaru.enrich.event_detector``).

The detector is one logistic regression per event type, each with its own bias, weights and threshold, so a model
can take some types from a retrained model and keep the others from the shipped one. Session 61 retrained the
detector on the development sentences present now (``cv_event_detector.py --group-by split --save base``): out of
fold it beat the round-32 model on attack, protest, election, meeting and sanction, and added nothing over the rules
on the rare types, which the round-32 model had learnt partly from Sahel page-store sentences that are no longer
present (so no present split can measure what it would lose there). The shipped model takes the retrained weights for
the types where they won and keeps round 32's for the others; its ``meta`` records both provenances.

    .venv/bin/python benchmarks/merge_event_detector.py KEPT.json RETRAINED.json \\
        --types attack,protest,election,meeting,sanction -o src/kibaru/data/models/events/detector.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from kibaru.enrich.json_models import save_json_model


def merge(kept: dict[str, Any], retrained: dict[str, Any], types: list[str]) -> dict[str, Any]:
    """``kept`` with the weights and thresholds of ``types`` taken from ``retrained``."""
    unknown = [t for t in types if t not in retrained["types"] or t not in kept["types"]]
    if unknown:
        raise SystemExit(f"merge_event_detector: types missing from a model: {', '.join(unknown)}")
    if kept.get("dense") or retrained.get("dense"):
        raise SystemExit("merge_event_detector: models with a dense part are not merged (their scales may differ)")
    cut = {t: kept.get("thresholds", {}).get(t, kept["threshold"]) for t in kept["types"]}
    cut.update({t: retrained.get("thresholds", {}).get(t, retrained["threshold"]) for t in types})
    out_types = {t: (retrained if t in types else kept)["types"][t] for t in sorted(kept["types"])}
    seen = {*kept.get("meta", {}).get("trained_on_splits", []), *retrained.get("meta", {}).get("trained_on_splits", [])}
    meta = {
        "merged": f"types {', '.join(sorted(types))} from the retrained model, the others from the kept one",
        "trained_on_splits": sorted(seen),  # every split some part was fitted on (cv_event_detector reads it)
        "retrained": retrained.get("meta", {}),
        "kept": kept.get("meta", {}),
    }
    return {"threshold": kept["threshold"], "thresholds": dict(sorted(cut.items())), "meta": meta,
            "dense_scale": kept.get("dense_scale", 1.0), "dense": {}, "types": out_types}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("kept", type=Path)
    parser.add_argument("retrained", type=Path)
    parser.add_argument("--types", required=True, help="comma-separated types taken from the retrained model")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    kept, retrained = (json.loads(p.read_text(encoding="utf-8")) for p in (args.kept, args.retrained))
    merged = merge(kept, retrained, [t.strip() for t in args.types.split(",") if t.strip()])
    save_json_model(merged, args.out)
    print(f"wrote {args.out}: {merged['meta']['merged']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
