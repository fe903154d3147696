"""Store the news texts of the blind quote split ``news_heldout34`` locally (session 24, branch blindq34).

collect_news18.py's procedure (read its docstring) for round 34 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw34/qNN.json``
(queries 559-570, new queries on Sahel and West-African politics, security, foreign partners, humanitarian and
economic news with quoted officials, spokesmen and witnesses, written and committed before the first search:

* 559 sommet Russie-Afrique Saint-Pétersbourg juillet 2023 Ibrahim Traoré Poutine céréales déclare
* 560 Burkina Faso Manni attaque octobre 2024 bilan habitants témoignent
* 561 Nigeria Chibok lycéennes enlevées libérées parents témoignent gouvernement déclare
* 562 Nigeria Nnamdi Kanu IPOB procès Abuja avocats déclarent
* 563 Nigeria Ogoni pollution pétrolière Shell nettoyage HYPREP communautés déclarent
* 564 Ghana Obuasi mine AngloGold Ashanti affrontements militaires orpailleurs tués déclare
* 565 Niger barrage de Kandadji travaux reprise ministre déclare
* 566 Guinée barrage Souapiti déplacés indemnisation habitants témoignent
* 567 Sénégal Keur Massar inondations sinistrés ministre déclare
* 568 Sénégal Dakar marché Sandaga démolition reconstruction commerçants déclarent
* 569 Côte d'Ivoire CAN 2023 stade Ebimpé organisation ministre des Sports déclare
* 570 Togo Sokodé manifestations PNP Tikpi Atchadam 2017 gouvernement déclare

Their distinctive words (Saint-Pétersbourg, Russie-Afrique, Manni, Chibok, Nnamdi Kanu, IPOB, Ogoni, Shell, HYPREP,
Obuasi, AngloGold, Kandadji, Souapiti, Keur Massar, Sandaga, Ebimpé, CAN 2023, Sokodé, PNP, Atchadam) were grepped in
queries 1-558 of the committed manifests, in every ``collect_news*.py`` and in the query fields of every committed
label file under ``eval/`` and ``benchmarks/data/`` (none found as a query theme; « Maison russe » of a linking query
is the Russian embassy in Ouagadougou, not the 2023 summit; market demolitions (Agbogbloshie q550, Kaporo-Rails
q516), Senegalese floods (Matam q439 / q466) and galamsey (q468) are earlier themes, Sandaga, Keur Massar and the
Obuasi clash are not); ``/work/extra_*`` holds no query file this session (the folders were lost)), output
``_manifest34.jsonl`` (copied to ``eval/annotation/news_quotes_sources34.jsonl``), ``_ids34.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news34.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(34)
