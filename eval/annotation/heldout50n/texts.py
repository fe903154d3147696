# ruff: noqa: E501
"""heldout50n candidates: the `events` pool of `eval/texts/wikinews/POOLS.tsv` in ascending doc order.

Each row: qid, query ``wikinews:<doc>`` (the committed text ``eval/texts/wikinews/<doc>.txt``), rank 0, the
index.tsv URL, no text (the converter reads the committed file). ``T_ALL`` all candidates, ``SKIP`` those read
and skipped (reason), ``T`` the kept ones; ``ANCHOR`` (annot.py) is index.tsv's dateline date."""

T_ALL = [
    ("e01", "wikinews:43971", 0, "https://fr.wikinews.org/wiki/%C3%89tats-Unis_%3A_Lancement_r%C3%A9ussi_pour_Space_X_Dragon", ""),
    ("e02", "wikinews:44231", 0, "https://fr.wikinews.org/wiki/France_%3A_disparition_de_Thierry_Roland", ""),
    ("e03", "wikinews:44355", 0, "https://fr.wikinews.org/wiki/%C3%89gypte_%3A_Mohamed_Morsi_%C3%A9lu_pr%C3%A9sident", ""),
    ("e04", "wikinews:44499", 0, "https://fr.wikinews.org/wiki/Premi%C3%A8re_journ%C3%A9e_du_Forum_mondial_de_la_langue_fran%C3%A7aise", ""),
    ("e05", "wikinews:44507", 0, "https://fr.wikinews.org/wiki/Camfranglais_%C3%A9voqu%C3%A9_au_Forum_mondial_de_la_langue_fran%C3%A7aise", ""),
    ("e06", "wikinews:44527", 0, "https://fr.wikinews.org/wiki/Proche-Orient_%3A_Yasser_Arafat_serait_mort_d'un_empoisonnement_au_polonium,_selon_un_reportage", ""),
    ("e07", "wikinews:44543", 0, "https://fr.wikinews.org/wiki/Discours_de_politique_g%C3%A9n%C3%A9rale_de_Jean-Marc_Ayrault", ""),
    ("e08", "wikinews:44551", 0, "https://fr.wikinews.org/wiki/France_%3A_agression_antis%C3%A9mite_contre_un_lyc%C3%A9en_entre_Toulouse_et_Lyon", ""),
    ("e09", "wikinews:44555", 0, "https://fr.wikinews.org/wiki/Ch%C3%B4mage_%3A_Le_nombre_d'emplois_menac%C3%A9s_est_de_75_000_selon_la_CGT", ""),
    ("e10", "wikinews:44635", 0, "https://fr.wikinews.org/wiki/France_%3A_PSA_va_supprimer_8_000_emplois", ""),
    ("e11", "wikinews:44655", 0, "https://fr.wikinews.org/wiki/%C3%89conomie_%3A_L'agence_Moody's_d%C3%A9grade_de_nouveau_l'Italie", ""),
    ("e12", "wikinews:44839", 0, "https://fr.wikinews.org/wiki/Asie_de_l'Est_%3A_alerte_au_typhon", ""),
    ("e13", "wikinews:44939", 0, "https://fr.wikinews.org/wiki/Allemagne_%3A_l'arm%C3%A9e_autoris%C3%A9e_%C3%A0_intervenir_contre_le_terrorisme", ""),
    ("e14", "wikinews:44959", 0, "https://fr.wikinews.org/wiki/M%C3%A9t%C3%A9o_du_19_ao%C3%BBt_2012_%3A_une_trentaine_de_d%C3%A9partements_fran%C3%A7ais_en_vigilance_orange", ""),
    ("e15", "wikinews:44963", 0, "https://fr.wikinews.org/wiki/Birmanie_%3A_abolition_de_la_censure", ""),
    ("e16", "wikinews:44975", 0, "https://fr.wikinews.org/wiki/%C3%8Eles_Bal%C3%A9ares_%3A_le_Parti_populaire_exclut_le_d%C3%A9put%C3%A9_Antoni_Pastor_pour_avoir_d%C3%A9fendu_la_langue_catalane", ""),
    ("e17", "wikinews:44999", 0, "https://fr.wikinews.org/wiki/France_%3A_pour_Montebourg,_le_nucl%C3%A9aire_est_une_%C2%AB_fili%C3%A8re_d'avenir_%C2%BB", ""),
    ("e18", "wikinews:45467", 0, "https://fr.wikinews.org/wiki/Corse_%3A_Assassinat_de_Antoine_Sollacaro,_avocat_de_Yvan_Colonna", ""),
    ("e19", "wikinews:45527", 0, "https://fr.wikinews.org/wiki/%C3%89gypte_%3A_une_journaliste_de_France_24_victime_d'une_violente_agression_au_Caire", ""),
    ("e20", "wikinews:45611", 0, "https://fr.wikinews.org/wiki/Lancement_du_projet_Wikidata", ""),
    ("e21", "wikinews:45619", 0, "https://fr.wikinews.org/wiki/Des_scientifiques_russes_affirment_avoir_d%C3%A9couvert_des_poils_de_y%C3%A9ti", ""),
    ("e22", "wikinews:45635", 0, "https://fr.wikinews.org/wiki/Iran_%3A_manifestation_anti-am%C3%A9ricaine_dans_la_capitale", ""),
    ("e23", "wikinews:45643", 0, "https://fr.wikinews.org/wiki/%C3%89lection_pr%C3%A9sidentielle_am%C3%A9ricaine_de_2012_%3A_Obama_et_Romney_s'affrontent_sur_le_ch%C3%B4mage", ""),
]

SKIP: dict[str, str] = {
    "e01": "43971, a rocket and capsule launch: no event of the typology",
    "e02": "44231, a sports journalist's death of illness and his career: no event",
    "e07": "44543, a policy speech, a walkout and a confidence vote in the Assembly: no event of the typology",
    "e10": "44635, a carmaker's job cuts; the Prime Minister's talk with his own minister is internal: no event",
    "e11": "44655, a credit-rating downgrade (no sanction): no event",
    "e12": "44839, a typhoon: natural disaster, no event",
    "e13": "44939, a constitutional court ruling on the army's domestic use: a legal change, no event",
    "e14": "44959, a heatwave: no event",
    "e15": "44963, censorship abolished, prisoners released: no event of the typology",
    "e16": "44975, a party expelling a deputy (exclusion from an association): no event",
    "e19": "45527, a journalist sexually assaulted by a crowd: an unarmed assault by individuals, no attack",
    "e20": "45611, a wiki project launched: no event",
    "e21": "45619, a cryptozoology claim: no event",
}

T = [t for t in T_ALL if t[0] not in SKIP]
