"""Store the news texts of the blind quote split ``news_heldout27`` locally (session 17, branch blindq27).

collect_news18.py's procedure (read its docstring) for round 27 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw27/qNN.json``
(queries 473-486, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses: the CRIET trial of Olivier Boko and Oswald Homeky in Benin, Senegal's
law interpreting the 2024 amnesty, the December 2023 explosion of the Kaloum fuel depot in Conakry, Nigeria's
#EndBadGovernance protests of August 2024, Bawumia conceding Ghana's December 2024 presidential election, the verdict
of the 28 September 2009 massacre trial in Guinea, Togo's new parliamentary Constitution of 2024, Sierra Leone's
national emergency on kush, the rejection of Laurent Gbagbo's candidacy in Côte d'Ivoire in 2025, George Weah
conceding Liberia's 2023 election, the postponement of Senegal's February 2024 presidential election, the dissolution
of Guinea-Bissau's parliament in December 2023, the Central Bank of Nigeria on the naira and inflation, the June 2024
floods in Abidjan), output ``_manifest27.jsonl`` (copied to ``eval/annotation/news_quotes_sources27.jsonl``),
``_ids27.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news27.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(27)
