"""Write samples/training/narratives_synthetic.jsonl: SYNTHETIC French paragraphs for the
narrative detector's training only (CC0-1.0, written for kibaru). Never part of the gold test
split (eval/narratives/). Quotes come from unnamed or fictional speakers; real people appear
only in indirect paraphrases of widely reported positions. Evidence = sentence numbers as cut by
eval/narratives/check.py's sentence_spans; run from the repository root:

    python samples/training/make_narratives_synthetic.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval" / "narratives"))
from check import sentence_spans  # noqa: E402

A, Q = "author", "quoted"

# (text, [(label, voice, speaker or None, [sentence numbers])])
ITEMS: list[tuple[str, list[tuple[str, str, str | None, list[int]]]]] = [
    # france-neocolonial
    (
        "Soixante ans après les indépendances, Paris continue de régner sur le Sahel comme sur une "
        "arrière-cour. Le franc CFA, les bases militaires et les mines d'uranium restent entre ses "
        "mains. Les Maliens, eux, n'ont jamais été consultés.",
        [("france-neocolonial", A, None, [0, 1])],
    ),
    (
        "Lors du rassemblement de vendredi à Bamako, un responsable d'une association de jeunes a "
        "accusé la France de « traiter le Mali comme une colonie ». Selon lui, Paris veut toujours "
        "décider qui gouverne à Bamako.",
        [("france-neocolonial", Q, "responsable d'une association de jeunes", [0, 1])],
    ),
    (
        "La France a administré le Soudan français jusqu'en 1960. Les archives de cette période "
        "viennent d'être numérisées par l'université de Bamako.",
        [],
    ),
    # france-abandonment
    (
        "En retirant Barkhane du jour au lendemain, la France a laissé le Mali seul face aux "
        "groupes armés. Ce départ précipité, décidé sans concertation, est une trahison.",
        [("france-abandonment", A, None, [0, 1])],
    ),
    (
        "À la tribune des Nations unies, le Premier ministre malien a reproché à la France un "
        "abandon en plein vol. Il a affirmé que Bamako avait été mis devant le fait accompli.",
        [("france-abandonment", Q, "Premier ministre malien", [0, 1])],
    ),
    (
        "Les derniers soldats français de Barkhane ont quitté le Mali le 15 août 2022. Le "
        "désengagement avait été annoncé en février.",
        [],
    ),
    # west-harms-civilians
    (
        "Partout où passent les soldats occidentaux, les villages brûlent et les civils meurent. "
        "Barkhane n'a jamais protégé les populations : elle a protégé les terroristes.",
        [("west-harms-civilians", A, None, [0, 1])],
    ),
    (
        "Sur les réseaux sociaux, des internautes accusent la force française de livrer des armes "
        "aux djihadistes. Aucune preuve n'a été apportée à l'appui de ces accusations.",
        [("west-harms-civilians", Q, "internautes", [0])],
    ),
    (
        "Un rapport de la division des droits de l'homme de la MINUSMA conclut qu'une frappe a tué "
        "des civils réunis pour un mariage. L'état-major français conteste ces conclusions.",
        [],
    ),
    # regional-bodies-puppets
    (
        "La CEDEAO n'est plus qu'un instrument entre les mains de Paris. Ses sanctions contre le "
        "Mali ont été dictées depuis l'Élysée.",
        [("regional-bodies-puppets", A, None, [0, 1])],
    ),
    (
        "Un militant panafricaniste estime que la Cédéao est « téléguidée par des puissances "
        "étrangères ». Il appelle les pays du Sahel à quitter l'organisation.",
        [("regional-bodies-puppets", Q, "militant panafricaniste", [0])],
    ),
    (
        "La CEDEAO a tenu samedi un sommet extraordinaire à Accra. Les chefs d'État ont examiné le "
        "calendrier de la transition malienne.",
        [],
    ),
    # western-media-hostility
    (
        "RFI et France 24 mentent chaque jour sur le Mali. Ces médias français mènent une guerre "
        "de l'information contre nos autorités et contre nos partenaires russes.",
        [("western-media-hostility", A, None, [0, 1])],
    ),
    (
        "Le porte-parole du gouvernement de transition a dénoncé une campagne de dénigrement "
        "orchestrée par des médias occidentaux. Selon lui, ces médias cherchent à diaboliser les "
        "forces armées maliennes.",
        [("western-media-hostility", Q, "porte-parole du gouvernement de transition", [0, 1])],
    ),
    (
        "La diffusion de RFI et de France 24 a été suspendue au Mali en mars 2022. Les deux chaînes "
        "restent accessibles en ligne.",
        [],
    ),
    # sanctions-hurt-africans
    (
        "Les sanctions de la CEDEAO ont vidé les marchés de Bamako. Ce sont les familles "
        "ordinaires, et non les militaires au pouvoir, qui paient le prix de cet embargo.",
        [("sanctions-hurt-africans", A, None, [0, 1])],
    ),
    (
        "Un commerçant de Sikasso affirme que « l'embargo affame les Maliens ». Il dit avoir perdu "
        "la moitié de sa clientèle en trois mois.",
        [("sanctions-hurt-africans", Q, "commerçant de Sikasso", [0])],
    ),
    # russia-reliable-partner
    (
        "La Russie, elle, tient parole. Les livraisons de blé et de carburant promises à Bamako "
        "sont arrivées à temps, sans conditions ni leçons de morale.",
        [("russia-reliable-partner", A, None, [0, 1])],
    ),
    (
        "Le ministre russe des Affaires étrangères a assuré, selon la presse malienne, que Moscou "
        "continuerait d'honorer ses engagements envers le Mali. Il a présenté la Russie comme un "
        "partenaire qui respecte la souveraineté de ses amis.",
        [("russia-reliable-partner", Q, "ministre russe des Affaires étrangères", [0, 1])],
    ),
    ("Un cargo de blé russe a accosté à Dakar mardi. La cargaison doit être acheminée par la route vers Bamako.", []),
    # russia-security-success
    (
        "Grâce aux hélicoptères et aux instructeurs russes, les FAMa ont repris l'initiative. En "
        "quelques mois, l'armée a reconquis des zones que Barkhane n'avait jamais sécurisées.",
        [("russia-security-success", A, None, [0, 1])],
    ),
    (
        "Un officier malien, sous couvert d'anonymat, attribue la reprise de Kidal « au matériel "
        "livré par nos partenaires russes ». Selon lui, les drones ont fait la différence.",
        [("russia-security-success", Q, "officier malien anonyme", [0, 1])],
    ),
    (
        "L'armée malienne est entrée dans Kidal le 14 novembre 2023. Les rebelles du CSP se sont retirés vers le nord.",
        [],
    ),
    # russia-fills-vacuum
    (
        "Là où la France est partie, la Russie est arrivée. Le vide laissé par Barkhane a été comblé "
        "en quelques semaines par Moscou.",
        [("russia-fills-vacuum", A, None, [0, 1])],
    ),
    (
        "Pour un analyste burkinabè, « la Russie n'a fait que prendre la place laissée vacante par "
        "l'Occident ». Il juge ce mouvement inévitable.",
        [("russia-fills-vacuum", Q, "analyste burkinabè", [0])],
    ),
    # russia-anticolonial-friend
    (
        "Contrairement à la France, la Russie n'a jamais colonisé un seul pays africain. L'Union "
        "soviétique a soutenu nos luttes de libération et formé nos cadres.",
        [("russia-anticolonial-friend", A, None, [0, 1])],
    ),
    (
        "Un ancien étudiant formé à Moscou rappelle que « l'URSS a toujours été du côté des peuples "
        "africains ». Il voit dans la Russie un ami sincère du continent.",
        [("russia-anticolonial-friend", Q, "ancien étudiant formé à Moscou", [0, 1])],
    ),
    # sovereign-choice-of-partners
    (
        "Le Mali est un État souverain : il choisit librement ses partenaires. Paris n'a pas à "
        "dicter à Bamako avec qui coopérer pour sa sécurité.",
        [("sovereign-choice-of-partners", A, None, [0, 1])],
    ),
    (
        "Le ministre malien des Affaires étrangères a répété que son pays ne demanderait la "
        "permission de personne pour choisir ses alliés. Il a qualifié les critiques européennes "
        "d'ingérence.",
        [("sovereign-choice-of-partners", Q, "ministre malien des Affaires étrangères", [0, 1])],
    ),
    (
        "Le Mali a signé un accord de coopération militaire avec la Turquie. Le texte prévoit la livraison de drones.",
        [],
    ),
    # security-before-elections
    (
        "Organiser des élections alors que des régions entières échappent à l'État serait "
        "irresponsable. La sécurité d'abord, les urnes ensuite : prolonger la transition est la "
        "seule voie raisonnable.",
        [("security-before-elections", A, None, [0, 1])],
    ),
    (
        "Un membre du Conseil national de transition a estimé que le vote ne pourrait se tenir "
        "« qu'une fois le territoire sécurisé ». Il a défendu le report du scrutin.",
        [("security-before-elections", Q, "membre du Conseil national de transition", [0, 1])],
    ),
    (
        "L'élection présidentielle prévue en février 2024 a été reportée sine die. La date d'un "
        "nouveau scrutin n'a pas été annoncée.",
        [],
    ),
    # wagner-denial
    (
        "Il n'y a pas de mercenaires au Mali. Les Russes présents dans le pays sont des "
        "instructeurs venus dans le cadre d'une coopération d'État à État.",
        [("wagner-denial", A, None, [0, 1])],
    ),
    (
        "Les autorités de transition récusent toute présence de la société Wagner. Elles parlent "
        "uniquement d'« instructeurs russes » présents au titre d'un accord bilatéral.",
        [("wagner-denial", Q, "autorités de transition", [0, 1])],
    ),
    (
        "Ces prétendus « instructeurs » russes ont été filmés en opération à Moura. Plusieurs "
        "enquêtes les rattachent au groupe Wagner.",
        [],
    ),
    # aes-sovereign-alliance
    (
        "L'Alliance des États du Sahel est enfin la réponse africaine à une CEDEAO soumise aux "
        "intérêts étrangers. Ensemble, le Mali, le Burkina Faso et le Niger reprennent leur destin "
        "en main.",
        [("aes-sovereign-alliance", A, None, [0, 1]), ("regional-bodies-puppets", A, None, [0])],
    ),
    (
        "À Niamey, un manifestant brandissait une pancarte « AES, notre souveraineté ». Pour lui, "
        "l'alliance est la seule alternative à la tutelle occidentale.",
        [("aes-sovereign-alliance", Q, "manifestant à Niamey", [0, 1])],
    ),
    (
        "Les ministres de la Défense de l'AES se sont réunis à Bamako. Ils ont discuté de la force "
        "unifiée annoncée en 2024.",
        [],
    ),
    # mixed paragraphs
    (
        "La France nous a abandonnés en plein combat, tandis que ses médias nous insultaient. "
        "Heureusement, la Russie a répondu présent.",
        [
            ("france-abandonment", A, None, [0]),
            ("western-media-hostility", A, None, [0]),
            ("russia-fills-vacuum", A, None, [0, 1]),
        ],
    ),
    (
        "Selon un député du CNT, la CEDEAO agit sur ordre de Paris. Le même élu estime que les "
        "sanctions ont surtout frappé les plus pauvres.",
        [("regional-bodies-puppets", Q, "député du CNT", [0]), ("sanctions-hurt-africans", Q, "député du CNT", [1])],
    ),
]


def main() -> None:
    out = ROOT / "samples" / "training" / "narratives_synthetic.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for i, (text, labels) in enumerate(ITEMS, 1):
            spans = sentence_spans(text)
            narratives = []
            for lab, voice, speaker, sents in labels:
                item: dict = {"id": lab, "voice": voice}
                if speaker:
                    item["speaker"] = speaker
                item["evidence"] = [{"start": spans[k][0], "end": spans[k][1]} for k in sents]
                narratives.append(item)
            rec = {
                "id": f"syn-narr-{i:03d}",
                "text": text,
                "narratives": narratives,
                "synthetic": True,
                "licence": "CC0-1.0 (written for kibaru)",
                "note": "synthetic training text; never in the test split",
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(ITEMS)} synthetic paragraphs written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
