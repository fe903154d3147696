#!/bin/sh
# Throughput of the default NLP chain, main vs a branch, in one run (branch perf1, RESULTS.md
# "Throughput round"): each tree is exported with `git archive` and runs THIS tree's benchmark
# scripts with PYTHONPATH=<tree>/src, one after the other, with the learned event detector off and on
# (KIBARU_CONFIG naming a file with `[events] detector = false` / `true`, whatever the tree ships), then
# bench_events.py per tree. Run as root in its own scheduler autogroup at nice -20, as RESULTS shows:
#   setsid sh -c 'echo -20 > /proc/$$/autogroup; exec nice -n -20 sh benchmarks/compare_nlp_speed.sh main perf1 100'
# Arguments: BASE BRANCH [LIMIT=100] [REPEAT=2]; env KIBARU_SHARED (default ../shared), PY (default
# /work/main/.venv/bin/python), BENCH_FLAGS (extra bench_nlp.py flags, e.g. --cold-caches).
set -eu
BASE=${1:?base ref}; BRANCH=${2:?branch ref}; LIMIT=${3:-100}; REPEAT=${4:-2}
HERE=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-/work/main/.venv/bin/python}
export KIBARU_SHARED=${KIBARU_SHARED:-$HERE/../shared}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '[events]\ndetector = false\n' > "$WORK/detector_off.toml"
printf '[events]\ndetector = true\n' > "$WORK/detector_on.toml"
for ref in "$BASE" "$BRANCH"; do
  mkdir -p "$WORK/$ref"
  git -C "$HERE" archive "$ref" src | tar -x -C "$WORK/$ref"
  echo "$ref = $(git -C "$HERE" rev-parse --short "$ref")"
done
for detector in off on; do
  for ref in "$BASE" "$BRANCH"; do
    echo "== bench_nlp $ref, detector $detector"
    KIBARU_CONFIG="$WORK/detector_$detector.toml" PYTHONPATH="$WORK/$ref/src" "$PY" "$HERE/benchmarks/bench_nlp.py" \
      --limit "$LIMIT" --repeat "$REPEAT" --components default ${BENCH_FLAGS:-}
  done
done
for ref in "$BASE" "$BRANCH"; do
  echo "== bench_events $ref"
  PYTHONPATH="$WORK/$ref/src" "$PY" "$HERE/benchmarks/bench_events.py" --n 30 --repeat 3
done
