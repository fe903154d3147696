"""Store the news texts of the blind quote split ``news_heldout26`` locally (session 16, branch blindq26).

collect_news18.py's procedure (read its docstring) for round 26 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw26/qNN.json``
(queries 459-472, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses: the August 2025 military helicopter crash in Ghana that killed two
ministers, the December 2024 fire at Liberia's Capitol, the provisional results of Guinea's September 2025
constitutional referendum, the commemoration of the 1944 Thiaroye massacre, Donald Trump's threat of a military
intervention in Nigeria and Abuja's answer, the October 2024 tanker explosion in Jigawa, Guillaume Soro's life
sentence and his lawyers, the Senegal river's floods at Bakel and Matam, the November 2025 kidnapping of schoolgirls
at Maga in Kebbi, illegal gold mining (galamsey) in Ghana, the September 2024 migrant boat wreck off Mbour, the
Maiduguri floods after the Alau dam failed, the Gambian presidential election of December 2021 and its contested
results, Burkina Faso's suspension of French media and its minister of Communication), output ``_manifest26.jsonl``
(copied to ``eval/annotation/news_quotes_sources26.jsonl``), ``_ids26.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news26.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(26)
