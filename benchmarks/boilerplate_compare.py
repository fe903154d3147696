"""Two cleaners on the same boilerplate splits, in one run: this tree's ``kibaru`` and another source tree's.

Each (tree, split) is scored by this tree's ``boilerplate_eval.py`` (labels, rendering and scoring rules are the
same for both) in a subprocess whose ``PYTHONPATH`` points at that tree's ``src``, so the only difference is the
cleaner and its model. Prints one table: line-level P/R/F1 of the boilerplate and the article classes.

    python benchmarks/boilerplate_compare.py --baseline /work/main/src [--splits real_heldout heldout heldout2]

Needs the data of every split asked for (``KIBARU_SHARED``, ``KIBARU_BOILERPLATE_EXTRA``, ``KIBARU_REAL_DUMPS``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SCORER = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import boilerplate_eval as ev
pages = list(ev.iter_pages(sys.argv[2]))
lines, _ = ev.evaluate(pages)
print(json.dumps({"pages": len(pages), "lines": int(lines.tp + lines.fp + lines.fn + lines.tn),
                  "bp_lines": int(lines.tp + lines.fn), "bp": lines.boilerplate(), "art": lines.article()}))
"""


def score(src: Path, split: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", _SCORER, str(REPO / "benchmarks"), split], env=env,
                         capture_output=True, text=True, check=False)
    notes = [line for line in out.stderr.splitlines() if line.startswith("real dumps:")]
    for line in notes:  # pages left out (KIBARU_REAL_DUMPS_SKIP_UNVERIFIED=1): named, and counted
        print(f"{split}: {line}", file=sys.stderr)
    if out.returncode != 0:
        last = out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit status {out.returncode}"
        raise SystemExit(f"{split} ({src}): {last}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other tree's src directory")
    parser.add_argument("--splits", nargs="+", default=["real_heldout", "heldout", "heldout2"])
    args = parser.parse_args(argv)
    trees = {"baseline": args.baseline.resolve(), "this tree": REPO / "src"}
    print(f"{'split':14}{'cleaner':11}{'pages':>6}{'lines':>7}{'bp':>6}   {'bp P':>6}{'bp R':>6}{'bp F1':>7}"
          f"   {'art P':>6}{'art R':>6}{'art F1':>7}")
    for split in args.splits:
        for name, src in trees.items():
            r = score(src, split)
            bp, art = r["bp"], r["art"]
            assert isinstance(bp, list) and isinstance(art, list)
            print(f"{split:14}{name:11}{r['pages']:>6}{r['lines']:>7}{r['bp_lines']:>6}   "
                  + "".join(f"{v:6.3f}" for v in bp[:2]) + f"{bp[2]:7.3f}   "
                  + "".join(f"{v:6.3f}" for v in art[:2]) + f"{art[2]:7.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
