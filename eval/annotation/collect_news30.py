"""Store the news texts of the blind quote split ``news_heldout30`` locally (session 20, branch blindq30).

collect_news18.py's procedure (read its docstring) for round 30 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw30/qNN.json``
(queries 511-522, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses, written and committed before the first search:

* 511 Sénégal Mansour Faye ancien ministre Haute Cour de justice fonds Force Covid inculpation avocats déclarent
* 512 Gambie loi interdiction excision abrogation Assemblée nationale 2024 députés militantes déclarent
* 513 Nigeria Plateau Bokkos attaques Noël 2023 villageois tués témoins racontent
* 514 Libéria tribunal crimes de guerre création décret Boakai 2024 victimes réagissent
* 515 Sénégal Dakar Dem Dikk grève travailleurs arriérés salaires syndicat déclare
* 516 Guinée Conakry Kaporo-Rails démolitions déguerpis sans abri témoignent
* 517 Bénin Steve Amoussou Frère Hounvi enlevé Lomé procès avocats déclarent
* 518 Togo journalistes Ferdinand Ayité Joël Egah condamnés 2023 outrage ministres réagissent
* 519 Nigeria Kano émirat crise Sanusi Bayero 2024 destitution émir gouverneur déclare
* 520 Mali Adama Diarra Ben le Cerveau arrestation 2023 membre CNT avocat déclare
* 521 Tchad grève magistrats SYNAMAT justice paralysée ministre de la Justice déclare
* 522 Niger engrais pénurie prix campagne agricole 2024 producteurs ministre de l'Agriculture déclare

Their distinctive words were grepped in queries 1-510 of the committed manifests, in the query fields of every
committed label file and in the query files under ``/work/extra_*`` (none found)), output ``_manifest30.jsonl``
(copied to ``eval/annotation/news_quotes_sources30.jsonl``), ``_ids30.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news30.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(30)
