"""Store the news texts of the blind quote split ``news_heldout22`` locally (session 13, branch blindq22).

collect_news18.py's procedure (read its docstring) for round 22: input
``$KIBARU_EXTRA_QUOTES/_raw22/qNN.json``
(queries 412-420, new queries on Sahel and West-African politics, diplomacy, economy and security with quoted
officials, spokesmen and witnesses: the handover of the French bases of Ouakam and Port-Bouët, the Mauritanian elected
to head the African Development Bank, Guinea's government spokesman before the press, Niger's and Mali's foreign
ministers at the United Nations, Burkina Faso's economy minister, Senegal's and Côte d'Ivoire's government press
briefings), output ``_manifest22.jsonl`` (copied to ``eval/annotation/news_quotes_sources22.jsonl``), ``_ids22.tsv``
and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news22.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(22)
