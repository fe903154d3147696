"""Round 38: a picture's caption printed twice as near copies, and a list of other stories parted by separator lines.

Every line here is written for the test (no article text)."""

from __future__ import annotations

from boilerplate_rounds_helpers import PARAS, page_labels
from kibaru.ingest.clean.dump import _caption_copies, _separated_run, clean_dump
from kibaru.ingest.clean.features import line_info

HEAD = "Sikasso : la campagne de vaccination commence enfin"
# A caption longer than a headline (24 words), with no stop at its end.
CAPTION = ("Une infirmière du centre de santé de Sikasso prépare les doses de vaccin devant une file de mères venues "
           "avec leurs enfants dès le lever du jour")



def test_near_copies_of_a_long_caption_are_boilerplate() -> None:
    # the second copy carries the picture's credit; the third pair's second copy is cut inside its last word
    # the fourth: a caption that ends a sentence, printed again with its credit
    for first, second in [(CAPTION, CAPTION + " Photo X"), (CAPTION, CAPTION[:-3]),
                          (CAPTION + "  Photo DR", CAPTION + " Photo DR"),
                          (CAPTION + ".", CAPTION + ". © Studio Kanaga pour X")]:
        labels = page_labels([HEAD, PARAS[0], first, second, PARAS[1], PARAS[2]])
        assert labels[2:4] == ["boilerplate", "boilerplate"], (first, second, labels)
        assert labels[1] == labels[4] == labels[5] == "body"


def test_a_paragraph_printed_twice_and_a_heading_printed_with_a_sentence_stay_article() -> None:
    # a copied line longer than a headline that ends a sentence is a repeated paragraph
    labels = page_labels([HEAD, PARAS[0], PARAS[1], PARAS[1], PARAS[2]])
    assert labels[1:5] == ["body"] * 4, labels
    assert not _caption_copies(line_info(PARAS[1]), line_info(PARAS[1]))
    # the longer copy adds more than a credit: a sentence after a heading
    heading = "Une campagne attendue depuis des mois"
    longer = heading + " : les parents de Sikasso ont dû patienter trois semaines"
    assert not _caption_copies(line_info(heading), line_info(longer))
    assert _caption_copies(line_info(heading), line_info(heading + " © Studio Kanaga"))
    # a lead the site cut with an ellipsis is left to the model
    assert not _caption_copies(line_info("Les habitants du quartier ont accueilli samedi les premiers…"),
                               line_info("Les habitants du quartier ont accueilli samedi les premiers camions"))
    # a one-word line and a copy over forty words are not captions
    assert not _caption_copies(line_info("Vidéo"), line_info("Vidéo Photo"))
    over = PARAS[0][:-1] + " et " + PARAS[1][0].lower() + PARAS[1][1:-1]
    assert not _caption_copies(line_info(over), line_info(over))


def test_the_copy_of_a_removed_caption_is_boilerplate() -> None:
    credited = CAPTION[:60] + " © Studio Kanaga / AFP"
    labels = page_labels([HEAD, PARAS[0], PARAS[1], CAPTION[:60], credited, PARAS[2], PARAS[3]])
    assert labels[3:5] == ["boilerplate", "boilerplate"], labels
    assert labels[1] == labels[2] == labels[5] == labels[6] == "body"


TEASERS = ["Niger : la saison des pluies inquiète les éleveurs de la région de Tahoua",
           "Football : le Stade malien remporte la coupe nationale",
           "Sénégal : un nouveau pont sur le fleuve inauguré à Rosso",
           "Bénin : les enseignants en grève pour la troisième semaine"]


def test_other_stories_parted_by_separator_lines_are_boilerplate() -> None:
    run = ["-", TEASERS[0], "-", TEASERS[1], "-", TEASERS[2], "-"]
    labels = page_labels([HEAD, *PARAS[:3], *run])
    assert labels[4:] == ["boilerplate"] * len(run), labels
    assert labels[1:4] == ["body"] * 3
    infos = [line_info(x) for x in run]
    assert _separated_run(infos) == [1, 3, 5]
    # one item is no list; different separators do not make one run; a paragraph between breaks is no item
    assert _separated_run([line_info(x) for x in ["-", TEASERS[0], "-"]]) == []
    assert _separated_run([line_info(x) for x in ["-", TEASERS[0], "|", TEASERS[1], "-"]]) == []
    assert _separated_run([line_info(x) for x in ["* * *", PARAS[0], "* * *", PARAS[1], "* * *"]]) == []


def test_an_announced_list_with_its_bullets_alone_on_their_lines_stays_article() -> None:
    items = ["Santé : Aminata Koné", "Éducation : Moussa Traoré", "Agriculture : Fatoumata Diarra",
             "Transports : Ibrahim Sidibé"]
    lead = "Voici la composition du nouveau bureau de la coopérative :"
    lines = [HEAD, PARAS[0], lead]
    for item in items:
        lines += ["-", item]
    lines += ["-", PARAS[1]]
    labels = dict(clean_dump("\n".join(lines)).labels)
    assert all(labels[item] == "body" for item in items), labels
