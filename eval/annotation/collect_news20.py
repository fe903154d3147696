"""Store the news texts of the blind quote split ``news_heldout20`` locally (round 25, session 12).

collect_news18.py's procedure (read its docstring) for round 20: input
``$KIBARU_EXTRA_QUOTES/_raw20/qNN.json``
(queries 394-403, new queries on Sahel politics and security with quoted officials, spokesmen and witnesses; q399,
searched, was dropped before collection — its topic, Tiani's address to the nation, repeats an earlier quote query —
so ``_raw20/`` holds 394-398 and 400-403), output
``_manifest20.jsonl`` (copied to ``eval/annotation/news_quotes_sources20.jsonl``), ``_ids20.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news20.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(20)
