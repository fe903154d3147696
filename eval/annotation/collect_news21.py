"""Store the news texts of the blind quote split ``news_heldout21`` locally (session 12, branch blindq21).

collect_news18.py's procedure (read its docstring) for round 21: input
``$KIBARU_EXTRA_QUOTES/_raw21/qNN.json``
(queries 404-409, new queries on Sahel and West-African politics, diplomacy, economy and security with quoted
officials, spokesmen and witnesses: ECOWAS and the AES exit, Senegal's debt talks with the IMF, Guinea's missing FNDC
activists, Mauritania-Mali diplomacy, Burkina Faso-Côte d'Ivoire accusations, the Benin-Niger border at Malanville),
output ``_manifest21.jsonl`` (copied to ``eval/annotation/news_quotes_sources21.jsonl``), ``_ids21.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news21.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(21)
