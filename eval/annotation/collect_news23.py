"""Store the news texts of the blind quote split ``news_heldout23`` locally (session 13, branch blindq23).

collect_news18.py's procedure (read its docstring) for round 23 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw23/qNN.json``
(queries 423-430, new queries on Sahel and West-African politics, security, humanitarian and economic news with quoted
officials, spokesmen and witnesses: Guinea-Bissau's president on the date of the presidential election, Chad's
communication minister, Boko Haram attacks in Cameroon's Far North and its governor, rice prices in Niger and the
trade minister, Malian teachers' unions on strike, Benin's government spokesman, displaced people in Kaya (Burkina
Faso), Malian refugees in Mauritania's Mbera camp), output ``_manifest23.jsonl`` (copied to
``eval/annotation/news_quotes_sources23.jsonl``), ``_ids23.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news23.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(23)
