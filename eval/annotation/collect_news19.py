"""Store the news texts of the blind quote split ``news_heldout19`` locally (round 24, session 11).

collect_news18.py's procedure (read its docstring) for round 19: input
``$KIBARU_EXTRA_QUOTES/_raw19/qNN.json``
(queries 385-393, new queries on Sahel politics and security with quoted officials, spokesmen and witnesses), output
``_manifest19.jsonl`` (copied to ``eval/annotation/news_quotes_sources19.jsonl``), ``_ids19.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news19.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(19)
