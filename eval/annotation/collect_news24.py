"""Store the news texts of the blind quote split ``news_heldout24`` locally (session 14, branch blindq24).

collect_news18.py's procedure (read its docstring) for round 24 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw24/qNN.json``
(queries 434-446, new queries on Sahel and West-African politics, security, humanitarian and economic news with quoted
officials, spokesmen and witnesses: the first Simandou iron ore and Guinea's mines minister, Tidjane Thiam struck off
Côte d'Ivoire's electoral roll, Borno's governor Zulum and Boko Haram, the June 2025 Lomé protests, Mauritania's
political dialogue, the Senegal river flood at Matam, the WFP on the Sahel lean season, the November 2025 coup in
Guinea-Bissau, Mali's mining code and mines minister, Côte d'Ivoire's farm-gate cocoa price, the Bawku conflict in
Ghana, the BCEAO governor on inflation, Ousmane Sonko's general policy statement), output ``_manifest24.jsonl``
(copied to ``eval/annotation/news_quotes_sources24.jsonl``), ``_ids24.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news24.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(24)
