"""heldout50n gold: per sentence key ``<qid>.<sentence index>`` its events (type, actors as (name, role), location,
date, precision, fatalities; date None = the anchor at day precision). Labels only, no article text. ``ANCHOR`` is
index.tsv's dateline date of each candidate."""

ANCHOR = {
    "e01": "2012-05-22",
    "e02": "2012-06-16",
    "e03": "2012-06-24",
    "e04": "2012-07-02",
    "e05": "2012-07-03",
    "e06": "2012-07-04",
    "e07": "2012-07-04",
    "e08": "2012-07-05",
    "e09": "2012-07-05",
    "e10": "2012-07-12",
    "e11": "2012-07-13",
    "e12": "2012-08-01",
    "e13": "2012-08-17",
    "e14": "2012-08-19",
    "e15": "2012-08-20",
    "e16": "2012-08-22",
    "e17": "2012-08-27",
    "e18": "2012-10-16",
    "e19": "2012-10-20",
    "e20": "2012-10-30",
    "e21": "2012-10-31",
    "e22": "2012-11-02",
    "e23": "2012-11-02",
    # e07 (44543): read, no event (skipped)
    # e08 (44551)
    "e08.6": [("attack", [("Mohamed Merah", "source")], "Toulouse", "2012-03-19", "day", 4)],
    # e09 (44555)
    "e09.5": [("meeting", [("Confédération générale du travail", "source")], None, "2012-07-09", "day", None)],
}

E = {
    # e01 (43971), e02 (44231): read, no event (skipped, see texts.SKIP)
    # e03 (44355)
    "e03.0": [("election", [("Mohamed Morsi", "target")], "Égypte", None, None, None)],
    "e03.1": [("election", [("Mohamed Morsi", "target"), ("Ahmad Chafiq", "participant")], "Égypte", None, None,
               None)],
    "e03.2": [("election", [], None, "2012-06-16", "day", None)],
    "e03.3": [("protest", [], "Le Caire", None, None, None)],
    "e03.5": [("election", [("Mohamed Morsi", "target")], None, "2012-06-16", "day", None)],
    "e03.7": [("election", [], None, None, None, None)],
    # e04 (44499)
    "e04.0": [("meeting", [], None, None, None, None)],
    "e04.1": [("meeting", [], "Québec", None, None, None)],
    "e04.3": [("meeting", [], None, "2012-07-02", "day", None)],
    # e05 (44507)
    "e05.1": [("meeting", [], "Québec", None, None, None)],
    "e05.2": [("meeting", [], None, None, None, None)],
    "e05.6": [("meeting", [], None, "2012-07-02", "day", None)],
    # e06 (44527)
    "e06.2": [("attack", [("Alexandre Litvinenko", "target")], "Londres", "2006", "year", 1)],
    # e07 (44543): read, no event (skipped)
    # e08 (44551)
    "e08.6": [("attack", [("Mohamed Merah", "source")], "Toulouse", "2012-03-19", "day", 4)],
    # e09 (44555)
    "e09.5": [("meeting", [("Confédération générale du travail", "source")], None, "2012-07-09", "day", None)],
    # e10 (44635), e11 (44655), e12 (44839), e13 (44939), e14 (44959), e15 (44963), e16 (44975): read, no event
    # e17 (44999)
    "e17.9": [("agreement", [("Parti socialiste", "source"), ("Europe Écologie Les Verts", "source")], None, None,
               None, None)],
    # e18 (45467)
    "e18.0": [("attack", [("Antoine Sollacaro", "target")], "Corse", None, None, 1)],
    "e18.1": [("attack", [("Claude Érignac", "target")], "Ajaccio", "1998-02-06", "day", 1)],
    "e18.2": [("attack", [("Antoine Sollacaro", "target")], "Corse-du-Sud", "2012-10-16", "day", 1)],
    "e18.3": [("attack", [], "Îles Sanguinaires", "2012-10-16", "day", None)],
    "e18.5": [("attack", [], None, "2012-10-16", "day", None)],
    # e19 (45527), e20 (45611): read, no event
    # e21 (45619): read, no event
    # e22 (45635)
    "e22.0": [("protest", [], "Téhéran", None, None, None)],
    "e22.1": [("protest", [], "Téhéran", "2012-11-02", "day", None)],
    "e22.6": [("protest", [], None, "2012-11-02", "day", None)],
    "e22.7": [("attack", [("États-Unis", "target")], "Téhéran", "1979-11-04", "day", None),
              ("capture", [("États-Unis", "target")], "Téhéran", "1979-11-04", "day", None)],
    "e22.10": [("sanction", [("États-Unis", "source"), ("Iran", "target")], None, "1979-11", "month", None)],
    "e22.12": [("protest", [("Basij", "participant")], None, "2012-11-02", "day", None)],
    # e23 (45643)
    "e23.9": [("election", [("Mitt Romney", "participant"), ("Barack Obama", "participant")], None, "2012-11-06",
               "day", None)],
    "e23.19": [("meeting", [("Barack Obama", "source"), ("Bruce Springsteen", "participant")], "Des Moines",
                "2012-11-05", "day", None),
               ("election", [("Barack Obama", "target"), ("Hillary Clinton", "participant")], "Iowa", "2008",
                "year", None)],
}
