"""Store the news texts of the blind quote split ``news_heldout33`` locally (session 23, branch blindq33).

collect_news18.py's procedure (read its docstring) for round 33 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw33/qNN.json``
(queries 547-558, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses, written and committed before the first search:

* 547 Liberia Totota explosion camion-citerne décembre 2023 bilan habitants témoignent
* 548 Gambie sirops contre la toux Maiden Pharmaceuticals décès enfants 2022 parents ministre déclare
* 549 Nigeria Sokoto Deborah Samuel étudiante lynchée blasphème mai 2022 police déclare
* 550 Ghana Accra Agbogbloshie démolition marché 2021 commerçants ministre déclare
* 551 Sénégal Médina Gounass Daaka incendie avril 2023 bilan pèlerins témoignent
* 552 Nigeria Lagos Ikoyi immeuble effondrement novembre 2021 bilan secouristes déclarent
* 553 Sénégal Endeavour Mining Sabodala-Massawa mine d'or État revenus 2024 ministre déclare
* 554 Nigeria Kaduna Kajuru enlèvements villageois 2024 habitants témoignent police déclare
* 555 Ghana Kumasi marché Kejetia incendie commerçants pompiers déclarent
* 556 Ghana Ejura manifestation mort militant Kaaka juin 2021 police déclare
* 557 Côte d'Ivoire gisement Baleine pétrole Eni découverte production 2023 ministre déclare
* 558 Sénégal Ndingler Babacar Ngom conflit foncier paysans 2020 déclarent

Their distinctive words (Totota, Maiden, sirops contre la toux, Sokoto, Deborah Samuel, blasphème, Agbogbloshie,
Gounass, Daaka, Ikoyi, Endeavour, Sabodala, Massawa, Kajuru, Kumasi, Kejetia, Ejura, Kaaka, Baleine, Ndingler,
Babacar Ngom) were grepped in queries 1-546 of the committed manifests, in the query fields of every committed label
file, in every ``collect_news*.py`` and in the query files under ``/work/extra_*`` (none found; themes absent from
every ``news_quotes_sources*.jsonl``; tanker explosions (Jigawa q464, Moussoro q305) and artisanal gold mining are
earlier themes, the Totota blast and the Sabodala-Massawa industrial mine are not)), output ``_manifest33.jsonl``
(copied to ``eval/annotation/news_quotes_sources33.jsonl``), ``_ids33.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news33.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(33)
