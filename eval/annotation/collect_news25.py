"""Store the news texts of the blind quote split ``news_heldout25`` locally (session 15, branch blindq25).

collect_news18.py's procedure (read its docstring) for round 25 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw25/qNN.json``
(queries 447-458, new queries on Sahel and West-African politics, security, humanitarian and economic news with quoted
officials, spokesmen and witnesses: kidnappings by bandits in Zamfara, the Sangomar oil field and Woodside's tax
dispute in Senegal, the provisional results of Côte d'Ivoire's 2025 presidential election, the suspension of
Guinea's UFDG, Yahya Jammeh's announced return to the Gambia, the dissolution of Burkina Faso's CENI, the November
2023 attack on Freetown's barracks, Niger's expulsion of Chinese oil executives, mosque attacks in Katsina, the
Dangote refinery's petrol and the NNPC, cocaine seizures in Guinea-Bissau, Ebola's return to Guinea in 2021), output
``_manifest25.jsonl`` (copied to ``eval/annotation/news_quotes_sources25.jsonl``), ``_ids25.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news25.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(25)
