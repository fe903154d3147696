#!/bin/sh
# Same-run comparison of the entity linking of two source trees on the given splits (summary lines only;
# never --errors on a blind split). Usage, from the repository root:
#   git -C /work/main archive main src | tar -x -C /tmp/main_export
#   KIBARU_SHARED=/work/shared KIBARU_EXTRA_LINKING=/work/extra_linking \
#     sh benchmarks/compare_linking.sh /tmp/main_export/src heldout9n heldout9w
set -e
MAIN_SRC=$1
shift
PY=${PYTHON:-.venv/bin/python}
for split in "$@"; do
  for side in main branch; do
    if [ "$side" = main ]; then src=$MAIN_SRC; else src=src; fi
    printf '%s\t' "$side"
    PYTHONPATH=$src nice -n 10 "$PY" benchmarks/eval_linking.py --split "$split" 2>&1 | grep '^linking eval'
  done
done
