"""Store the news texts of the blind quote split ``news_heldout35`` locally (session 26, branch blindq35).

collect_news18.py's procedure (read its docstring) for round 35 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw35/qNN.json``
(queries 571-582, new queries on Sahel and West-African security, politics, rights, economic and social news with
quoted officials, spokesmen and witnesses, written and committed before the first search:

* 571 Nigeria Zamfara Jangebe écolières enlevées février 2021 libérées gouverneur Matawalle déclare
* 572 Sénégal port de Ndayane DP World pose première pierre 2024 ministre déclare
* 573 Ghana Ashaiman descente militaires mars 2023 soldat tué habitants témoignent armée déclare
* 574 Nigeria Owo église Saint-Francis attaque juin 2022 fidèles tués témoins racontent
* 575 Mauritanie esclavage SOS Esclaves victimes procès militants déclarent
* 576 Gambie Kanilai affrontements ECOMIG juin 2017 manifestant tué habitants déclarent
* 577 Niger Anzourou attaque civils tués Tillabéri habitants témoignent gouvernement déclare
* 578 Togo Lomé marché d'Adakpamé incendie commerçants pertes témoignent
* 579 Guinée Fria usine d'alumine fermeture travailleurs syndicat déclare
* 580 Mali Bamako Kalaban Coro inondations sinistrés témoignent ministre déclare
* 581 Bénin Djougou Kandi producteurs coton campagne prix ministre de l'Agriculture déclare
* 582 Côte d'Ivoire Abobo microbes violences jeunes arrêtés police déclare

Their distinctive words (Jangebe, Matawalle, Ndayane, DP World, Ashaiman, Owo, Saint-Francis, esclavage, SOS
Esclaves, Kanilai, ECOMIG, Anzourou, Adakpamé, Fria, Kalaban, Djougou, Kandi, Abobo, microbes) were grepped in
queries 1-570 of the committed manifests, in every ``collect_news*.py``, in the query fields of every committed label
file under ``eval/`` and ``benchmarks/data/`` and in the linking query files (none found). Theme caveats: Zamfara
(another kidnapping), Tillabéri, Bamako floods, cotton (SOFITEX q509) and market fires (Dantokpa q531, Kejetia q555)
are earlier themes in other places; ``/work/extra_*`` holds no query file this session (the folders were lost).
Output ``_manifest35.jsonl`` (copied to ``eval/annotation/news_quotes_sources35.jsonl``), ``_ids35.tsv`` and the
texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news35.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(35)
