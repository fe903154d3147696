"""Tests of the plain-text dump cleaner (kibaru.ingest.clean)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kibaru.ingest.clean.dump import CleanedDump, LineStats, clean_dump
from local_texts_helpers import skip_unless_complete

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))
EXAMPLES = SHARED / "spec" / "examples"
GOLD = SHARED / "corpus" / "html_gold" / "manifest.jsonl"

LABELS = {"title", "body", "boilerplate", "credit", "header"}


def _bench(name: str):  # type: ignore[no-untyped-def]
    """Import a script of benchmarks/ (not a package) by module name. Its folder stays on ``sys.path`` as when
    the script runs directly: the scripts import their siblings (``real_dumps``) inside functions too, so a test
    must not pass only because an earlier one left the folder there."""
    import importlib

    folder = str(REPO / "benchmarks")
    if folder not in sys.path:
        sys.path.append(folder)
    return importlib.import_module(name)


def _assert_boilerplate_floor(split: str, min_pages: int, floor: str) -> None:
    """Line boilerplate F1 of the shipped cleaner on `split` is at least the pinned `floor` constant."""
    ev = _bench("boilerplate_eval")
    sys.path.insert(0, str(REPO / "benchmarks"))  # iter_pages imports its readers (real_dumps, daniel_pages) lazily
    try:
        pages = list(ev.iter_pages(split))
    finally:
        sys.path.pop(0)
    assert len(pages) >= min_pages
    lines, _ = ev.evaluate(pages)
    f1 = lines.boilerplate()[2]
    assert f1 >= getattr(ev, floor), f"{split} boilerplate F1 {f1:.3f}"

PARAGRAPHS = [
    "Les autorités de transition ont annoncé dimanche soir la fin des accords de défense qui liaient le pays "
    "à son partenaire occidental, selon un communiqué lu à la télévision nationale.",
    "Le porte-parole du gouvernement a estimé que ces accords ne répondaient plus aux aspirations du peuple, "
    "avant d'appeler la population au calme et à la vigilance.",
    "Les partenaires du pays ont pris acte de la décision des autorités de transition et ont demandé des "
    "précisions sur le calendrier du retrait des troupes présentes dans le pays.",
]


def _check_invariants(raw: str, out: CleanedDump) -> None:
    non_blank = [line for line in raw.splitlines() if line.strip()]
    assert [line for line, _ in out.labels] == non_blank
    assert all(label in LABELS for _, label in out.labels)
    body = [line.strip() for line, label in out.labels if label == "body"]
    header = [line for line, label in out.labels if label == "header"]
    text_lines = out.text.split("\n") if out.text else []
    # The only text line that is not a body line is the remainder of the date marker.
    if header and len(text_lines) == len(body) + 1:
        text_lines = text_lines[1:]
    assert text_lines == body
    assert out.boilerplate == [line for line, label in out.labels if label == "boilerplate"]
    titles = [line.strip() for line, label in out.labels if label == "title"]
    assert len(titles) <= 1
    if titles:
        assert out.title == titles[0]
    elif out.title is not None:  # the only other place a title comes from: the date marker's remainder
        assert header and header[0].rstrip().endswith(out.title)
        assert len(text_lines) == len(body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_arbitrary_text_never_raises(raw: str) -> None:
    _check_invariants(raw, clean_dump(raw))


line_strategy = st.one_of(
    st.sampled_from([*PARAGRAPHS, "Source : AFP", "Avec AFP", "Partager", "  Un titre décalé", "date 2023-01"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(line_strategy, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_line_structured_text_invariants(lines: list[str], sep: str) -> None:
    raw = sep.join(lines)
    stats = LineStats()
    stats.observe("g", raw)
    _check_invariants(raw, clean_dump(raw, stats=stats, group="g"))


def test_header_marker_month_and_day() -> None:
    out = clean_dump(" date 2023-03 " + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1])
    assert (out.header_date, out.header_date_precision) == ("2023-03", "month")
    assert out.text.split("\n")[0] == PARAGRAPHS[0]
    out = clean_dump("date 2024-01-25\n" + PARAGRAPHS[0])
    assert (out.header_date, out.header_date_precision) == ("2024-01-25", "day")
    assert out.labels[0][1] == "header"


def test_header_marker_only_at_the_very_start() -> None:
    out = clean_dump(PARAGRAPHS[0] + "\n date 2023-03 " + PARAGRAPHS[1])
    assert out.header_date is None
    assert clean_dump(" date 2023-13 " + PARAGRAPHS[0]).header_date is None  # no 13th month


@pytest.mark.parametrize(("line", "source"), [
    ("Source : Agence de presse régionale", "Agence de presse régionale"),
    ("Source: AFP", "AFP"),
    ("Avec AFP", "AFP"),
    ("Sources : Reuters.", "Reuters"),
    ("Avec le Quotidien", "Quotidien"),  # round 10: a newspaper's name with its article
])
def test_credit_line(line: str, source: str) -> None:
    out = clean_dump("\n".join([PARAGRAPHS[0], PARAGRAPHS[1], line, "Partager sur Facebook"]))
    assert out.attributed_source == source
    assert (line, "credit") in out.labels
    assert line not in out.text


def test_sentence_starting_with_source_is_not_a_credit() -> None:
    sentence = "Source : le ministère a indiqué mardi que les discussions avaient porté sur la sécurité."
    out = clean_dump("\n".join([PARAGRAPHS[0], sentence, PARAGRAPHS[1]]))
    assert out.attributed_source is None


def test_line_stats_counts_documents_not_occurrences() -> None:
    stats = LineStats()
    stats.observe("site-a", "Partager sur Facebook\nPartager sur Facebook\nUn paragraphe propre au premier.")
    stats.observe("site-a", "  partager   sur FACEBOOK \nUn autre paragraphe.")
    stats.observe("site-b", "Partager sur Facebook")
    assert stats.n_docs("site-a") == 2 and stats.n_docs("site-b") == 1 and stats.n_docs("other") == 0
    assert stats.doc_frequency("site-a", "Partager sur Facebook") == 2  # case and spacing normalised
    assert stats.doc_frequency("site-a", "Un autre paragraphe.") == 1
    assert stats.doc_frequency("site-b", "Un autre paragraphe.") == 0
    assert stats.doc_frequency("site-a", "x" * 1000) == 0  # long lines are not tracked


def test_line_stats_numbers_do_not_split_a_line() -> None:
    stats = LineStats()
    stats.observe("s", "© 2023 Sahel Matin")
    stats.observe("s", "© 2024 Sahel Matin")
    assert stats.doc_frequency("s", "© 2025 Sahel Matin") == 2


def test_line_stats_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.ingest.clean import repetition

    monkeypatch.setattr(repetition, "MAX_ENTRIES_PER_GROUP", 50)
    stats = LineStats()
    for k in range(40):
        stats.observe("s", f"ligne unique numéro {chr(65 + k % 26)}{k}x\nMenu du site")
    assert len(stats) <= 51
    assert stats.doc_frequency("s", "Menu du site") == 40  # repeated lines survive pruning


def test_repetition_across_a_site_removes_a_line_the_model_keeps() -> None:
    # A prose-looking promo line: on its own it reads like an article sentence.
    promo = "Chaque semaine, notre rédaction sélectionne pour vous les analyses les plus utiles sur la région."
    docs = []
    for town in ("Gao", "Mopti", "Kayes", "Ségou", "Sikasso", "Tombouctou"):
        body = [p.replace("le pays", f"la région de {town}").replace("partenaires", f"voisins de {town}")
                .replace("peuple", f"peuple de {town}") for p in PARAGRAPHS]
        docs.append("\n".join([body[0], promo, body[1], body[2]]))
    alone = clean_dump(docs[0])
    assert (promo, "body") in alone.labels, "precondition: the line alone looks like article text"
    stats = LineStats()
    for doc in docs:
        stats.observe("site", doc)
    out = clean_dump(docs[0], stats=stats, group="site")
    assert (promo, "boilerplate") in out.labels
    assert docs[0].split("\n")[2] in out.text  # the article's own lines are unique to it and stay
    # Too few documents in the group: no repetition verdict.
    few = LineStats()
    few.observe("site", docs[0])
    few.observe("site", docs[1])
    assert (promo, "body") in clean_dump(docs[0], stats=few, group="site").labels


def test_indented_unrelated_teaser_between_paragraphs() -> None:
    teaser = "  Football : les Aigles en stage à Bamako avant les éliminatoires"
    out = clean_dump("\n\n".join([PARAGRAPHS[0], teaser, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert (teaser, "boilerplate") in out.labels
    assert "Football" not in out.text


@pytest.mark.skipif(not EXAMPLES.exists(), reason=f"LOUD SKIP: spec examples not found at {EXAMPLES}")
def test_spec_examples_sanity() -> None:
    a = clean_dump((EXAMPLES / "format-a.txt").read_text(encoding="utf-8"))
    assert (a.header_date, a.header_date_precision) == ("2023-03", "month")
    assert a.text.startswith("Le ministre malien")
    assert "Selon le communiqué" in a.text
    b_raw = (EXAMPLES / "format-b.txt").read_text(encoding="utf-8")
    b = clean_dump(b_raw)
    _check_invariants(b_raw, b)
    assert b.title is not None and b.title.startswith("Niger")
    assert b.attributed_source == "Agence de presse régionale"
    teaser = next(line for line in b_raw.splitlines() if line.startswith((" ", "\t")) and line.strip())
    assert (teaser, "boilerplate") in b.labels
    assert b.text.startswith("Les autorités de transition")
    assert "porte-parole" in b.text
    for furniture in ("Suivez-nous", "Laisser un commentaire", "Haut de page", "Les plus lus"):
        assert furniture not in b.text


def test_speed_is_reasonable() -> None:
    import time

    doc = "\n".join(["Suivez-nous sur Facebook", "Politique", "Un titre d'article sur la région"]
                    + PARAGRAPHS * 5 + ["Source : AFP", "Laisser un commentaire", "Haut de page"])
    clean_dump(doc)
    start = time.perf_counter()
    for _ in range(50):
        clean_dump(doc)
    per_doc = (time.perf_counter() - start) / 50
    assert per_doc < 0.05  # generous: catches an accidental quadratic, not machine speed


@pytest.mark.skipif(not GOLD.exists(), reason=f"LOUD SKIP: real evaluation pages not found at {GOLD.parent} "
                    "(set KIBARU_SHARED); the held-out accuracy floor is NOT checked")
def test_heldout_f1_floor() -> None:
    _assert_boilerplate_floor("heldout", 50, "HELDOUT_BOILERPLATE_F1_FLOOR")


def test_labelling_counts_a_repeated_short_line_only_as_often_as_the_reference() -> None:
    ev = _bench("boilerplate_eval")
    reference = ("Introduction\nThe first paragraph of the article, long enough to anchor it.\nMozilla\n"
                 "A second paragraph.")
    dump = ["Mozilla", "Introduction", "Menu", "Introduction",
            "The first paragraph of the article, long enough to anchor it.", "Mozilla", "A second paragraph.",
            "Mozilla"]
    labels = ev.label_lines(dump, reference)
    # One "Introduction" and one "Mozilla" in the reference: only the copies next to the article lines count.
    assert labels == [False, False, False, True, True, True, True, False]


def _reference_cues(words: list[str]) -> tuple[int, bool]:
    """The cue scan as a plain word loop: at each word the longest phrase, else a one-word prefix."""
    from kibaru.ingest.clean.features import lexicon

    lex = lexicon()
    count, start, i, n = 0, False, 0, len(words)
    while i < n:
        size = 0
        for phrase, prefix in lex.phrases.get(words[i], ()):
            k = len(phrase)
            if k > n - i or k <= size or any(words[i + j] != phrase[j] for j in range(1, k - 1)):
                continue
            last = words[i + k - 1]
            if k == 1 or (last.startswith(phrase[-1]) if prefix else last == phrase[-1]):
                size = k
        if not size and lex.prefixes and words[i].startswith(lex.prefixes):
            size = 1
        count, start = count + bool(size), start or (bool(size) and i == 0)
        i += max(size, 1)
    return count, start


_CUE_WORDS = ["suivez", "nous", "sur", "facebook", "partagez", "laisser", "un", "commentaire", "follow", "us",
              "back", "to", "top", "le", "ministre", "a", "déclaré", "share", "shares", "comments", "lire", "aussi"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=12))
def test_cue_regex_matches_the_word_loop(words: list[str]) -> None:
    from kibaru.ingest.clean.features import lexicon

    assert lexicon().cues(words) == _reference_cues(words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from([*PARAGRAPHS, "Suivez-nous sur Facebook | Twitter", "« Citation »",
                                           "Publié le 12/03/2023 à 10h30", "www.exemple.com", "#Mali @presse",
                                           "— Menu — Accueil — Politique —", "_note", "ÉDITION SPÉCIALE"]),
                          st.text(max_size=60).map(str.strip).filter(lambda t: t.splitlines() == [t])),
                max_size=20))
def test_fast_features_equal_the_line_by_line_path(lines: list[str]) -> None:
    import numpy as np

    from kibaru.ingest.clean.features import document_features

    fast, slow = document_features(lines)[1], document_features(lines, per_line=True)[1]
    assert np.array_equal(fast, slow)


LEAD = ("Le gouvernement malien et la Russie ont signé mardi à Bamako un accord de coopération militaire qui "
        "prévoit la livraison d'hélicoptères et la formation d'officiers, a annoncé le ministère de la Défense.")


def test_header_remainder_headline_over_a_paragraph_is_the_title() -> None:
    headline = "Accord militaire entre le Mali et la Russie"
    out = clean_dump(f" date 2023-05 {headline}\n{LEAD}\n{PARAGRAPHS[1]}")
    assert out.header_date == "2023-05"
    assert out.title == headline
    assert headline not in out.text and out.text.startswith("Le gouvernement malien")


@pytest.mark.parametrize("rest", [
    "Le ministre a confirmé la signature de l'accord militaire avec la Russie.",  # a sentence: body
    "Football : les Aigles battent les Étalons",  # no word found in the article: body
])
def test_header_remainder_that_is_not_a_headline_stays_body(rest: str) -> None:
    out = clean_dump(f" date 2023-05 {rest}\n{LEAD}\n{PARAGRAPHS[1]}")
    assert out.title != rest
    assert out.text.startswith(rest)


def test_header_remainder_without_a_paragraph_after_it_stays_body() -> None:
    headline = "Accord militaire entre le Mali et la Russie"
    out = clean_dump(f" date 2023-05 {headline}\nPartager sur Facebook\n{LEAD}")
    assert out.title != headline and out.text.startswith(headline)


@pytest.mark.parametrize("headline", [
    "Faut-il craindre l'accord militaire du gouvernement malien avec la Russie ?",
    "Le Mali et la Russie scellent leur coopération militaire !",
    "Pourquoi le gouvernement malien a-t-il choisi la Russie pour former ses officiers et ses pilotes ?",
])
def test_headline_ending_with_question_or_exclamation_mark(headline: str) -> None:
    raw = "\n".join(["Accueil", "Politique", headline, LEAD, PARAGRAPHS[1], "Partager sur Facebook"])
    out = clean_dump(raw)
    assert out.title == headline
    assert headline not in out.text


def test_eval_labelling_containment_respects_word_boundaries() -> None:
    ev = _bench("boilerplate_eval")
    assert not ev.contained("read", "further reading")
    assert not ev.contained("us", "bed bugs in hotels")
    assert not ev.contained("v", "navigation")
    assert ev.contained("see also", "see also[edit]")
    assert ev.contained("us", "made in the us.")
    assert ev.contained("元旦", "きょうの記念日元旦")  # no spaces between words: substring containment
    gold = "Further reading\nThe minister said the accord would be signed in Bamako next week."
    assert ev.label_lines(["Read", "Further reading", "the accord would be signed in Bamako"], gold) == [
        False, True, True]


# ---------------------------------------------------------------------------------------------- round 4

@pytest.mark.parametrize("teaser", [
    "→ A LIRE AUSSI : Le Sénégal lance une campagne nationale contre le paludisme",
    "Lire aussi : Le Niger et le Bénin rouvrent leur frontière commune",
    "Voir aussi - Un nouveau barrage hydroélectrique inauguré dans le sud du pays",
])
def test_related_story_leadin_between_paragraphs_is_boilerplate(teaser: str) -> None:
    raw = "\n".join([PARAGRAPHS[0], teaser, PARAGRAPHS[1], PARAGRAPHS[2]])
    out = clean_dump(raw)
    assert dict(out.labels)[teaser] == "boilerplate"
    assert teaser not in out.text and PARAGRAPHS[1] in out.text


def test_long_sentence_opening_with_a_related_cue_is_not_a_teaser() -> None:
    from kibaru.ingest.clean.dump import RELATED_LEADIN_MAX_WORDS, _related_leadin
    from kibaru.ingest.clean.features import line_info

    long_line = "Voir aussi " + " ".join(["le ministre a rappelé les engagements pris"] * 8)
    assert len(long_line.split()) > RELATED_LEADIN_MAX_WORDS
    assert not _related_leadin(line_info(long_line))
    assert _related_leadin(line_info("À lire aussi : la visite du ministre à Niamey"))


def test_header_marker_followed_by_furniture_keeps_the_date_but_not_the_furniture() -> None:
    out = clean_dump(" date 2023-07 À lire aussi\n" + "\n".join(PARAGRAPHS))
    assert out.header_date == "2023-07"
    assert not out.text.startswith("À lire aussi")
    assert out.text.split("\n")[0] == PARAGRAPHS[0]


def test_hard_wrapped_sentence_features() -> None:
    from kibaru.ingest.clean.features import FEATURE_NAMES, document_features

    lines = ["Ils sont une", "cinquantaine de chefs d'État à avoir fait le déplacement. Ce",
             "samedi, le sommet s'est ouvert."]
    _, x = document_features(lines)
    col = {n: k for k, n in enumerate(FEATURE_NAMES)}
    assert x[:, col["open_end"]].tolist() == [1.0, 1.0, 0.0]
    assert x[:, col["starts_lower"]].tolist() == [0.0, 1.0, 1.0]
    assert x[:, col["next_starts_lower"]].tolist() == [1.0, 1.0, 0.0]
    assert x[:, col["prev_open_end"]].tolist() == [0.0, 1.0, 1.0]


def test_cue_groups_come_from_the_data_file() -> None:
    from kibaru.ingest.clean.features import CUE_GROUPS, lexicon, line_info

    lex = lexicon()
    assert lex.group_bits("lire aussi") & (1 << CUE_GROUPS.index("related"))
    assert lex.group_bits("partagez") & (1 << CUE_GROUPS.index("social"))  # a prefix cue ("partag*")
    info = line_info("Nous utilisons des cookies pour améliorer votre expérience")
    assert info.cue_bits & (1 << CUE_GROUPS.index("legal")) and not info.cue_start_bits


def _real_dumps_module():  # type: ignore[no-untyped-def]
    return _bench("real_dumps")


def test_real_dump_outlet_is_the_registrable_domain() -> None:
    rd = _real_dumps_module()
    assert rd.outlet("https://fr.allafrica.com/stories/1.html") == "allafrica.com"
    assert rd.outlet("http://allafrica.com/x") == "allafrica.com"
    assert rd.outlet("https://www.bbc.co.uk/afrique") == "bbc.co.uk"
    assert rd.outlet("http://news.abamako.com/h/1.html") == "abamako.com"


def test_real_dumps_build_load_and_hash_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.delenv("KIBARU_REAL_DUMPS_SKIP_UNVERIFIED", raising=False)  # this test wants the strict loader
    rd = _real_dumps_module()
    ann = tmp_path / "ann"
    ann.mkdir()
    text = " date 2024-01 " + PARAGRAPHS[0] + "\n\nPartager sur Facebook\n" + PARAGRAPHS[1] + "\nLa Rédaction"
    recs = [{"q": 1, "query": "q", "rank": 1, "url": "https://ex.com/a", "excerpt": text, "labels": "abab"},
            {"q": 1, "query": "q", "rank": 2, "url": "https://ex.com/b", "skip": "1 non-empty line"}]
    (ann / "q01.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    out = tmp_path / "dumps"
    monkeypatch.setattr(rd, "LABELS_FILE", tmp_path / "labels.jsonl")
    rd.build(ann, out)
    name = rd.file_name("https://ex.com/a")
    (page,) = rd.load_pages([name], out)
    assert page.article == [True, False, True, False] and page.outlet == "ex.com"
    assert "Partager" not in (tmp_path / "labels.jsonl").read_text(encoding="utf-8")  # hashes, not text
    (out / name).write_text(text.replace("Facebook", "Twitter"), encoding="utf-8")
    with pytest.raises(SystemExit, match="differs"):
        list(rd.load_pages([name], out))


def test_real_split_evaluation_skips_loudly_without_the_local_text(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    ev = _bench("boilerplate_eval")
    monkeypatch.setenv("KIBARU_REAL_DUMPS", "/nonexistent/extra_dumps")
    assert ev.main(["--split", "real_heldout"]) == 0
    assert "SKIPPED (LOUD)" in capsys.readouterr().err


REAL_DUMPS = Path(os.environ.get("KIBARU_REAL_DUMPS", str(REPO.parent / "extra_dumps")))


# Each set of real dumps (rounds 4 and 7-39): split, at least this many pages, the pinned floor's constant.
REAL_DUMP_FLOORS = [
    ("real_heldout", 100, "REAL_HELDOUT_BOILERPLATE_F1_FLOOR"),
    ("real_heldout2", 150, "REAL_HELDOUT2_BOILERPLATE_F1_FLOOR"),
    ("real_heldout3", 150, "REAL_HELDOUT3_BOILERPLATE_F1_FLOOR"),
    ("real_heldout4", 130, "REAL_HELDOUT4_BOILERPLATE_F1_FLOOR"),
    ("real_heldout5", 110, "REAL_HELDOUT5_BOILERPLATE_F1_FLOOR"),
    ("real_heldout6", 90, "REAL_HELDOUT6_BOILERPLATE_F1_FLOOR"),
    ("real_heldout7", 35, "REAL_HELDOUT7_BOILERPLATE_F1_FLOOR"),
    ("real_heldout8", 60, "REAL_HELDOUT8_BOILERPLATE_F1_FLOOR"),
    ("real_heldout9", 60, "REAL_HELDOUT9_BOILERPLATE_F1_FLOOR"),
    ("real_heldout10", 50, "REAL_HELDOUT10_BOILERPLATE_F1_FLOOR"),
    ("real_heldout11", 45, "REAL_HELDOUT11_BOILERPLATE_F1_FLOOR"),
    ("real_heldout12", 50, "REAL_HELDOUT12_BOILERPLATE_F1_FLOOR"),
    ("real_heldout13", 50, "REAL_HELDOUT13_BOILERPLATE_F1_FLOOR"),
    ("real_heldout14", 35, "REAL_HELDOUT14_BOILERPLATE_F1_FLOOR"),
    ("real_heldout15", 35, "REAL_HELDOUT15_BOILERPLATE_F1_FLOOR"),
    ("real_heldout16", 35, "REAL_HELDOUT16_BOILERPLATE_F1_FLOOR"),
    ("real_heldout17", 45, "REAL_HELDOUT17_BOILERPLATE_F1_FLOOR"),
    ("real_heldout18", 45, "REAL_HELDOUT18_BOILERPLATE_F1_FLOOR"),
    ("real_heldout19", 45, "REAL_HELDOUT19_BOILERPLATE_F1_FLOOR"),
    ("real_heldout20", 45, "REAL_HELDOUT20_BOILERPLATE_F1_FLOOR"),
    ("real_heldout21", 45, "REAL_HELDOUT21_BOILERPLATE_F1_FLOOR"),
    ("real_heldout22", 45, "REAL_HELDOUT22_BOILERPLATE_F1_FLOOR"),
    ("real_heldout23", 45, "REAL_HELDOUT23_BOILERPLATE_F1_FLOOR"),
    ("real_heldout24", 45, "REAL_HELDOUT24_BOILERPLATE_F1_FLOOR"),
    ("real_heldout25", 45, "REAL_HELDOUT25_BOILERPLATE_F1_FLOOR"),
    ("real_heldout26", 45, "REAL_HELDOUT26_BOILERPLATE_F1_FLOOR"),
    ("real_heldout27", 45, "REAL_HELDOUT27_BOILERPLATE_F1_FLOOR"),
    ("real_heldout28", 45, "REAL_HELDOUT28_BOILERPLATE_F1_FLOOR"),
    ("real_heldout29", 80, "REAL_HELDOUT29_BOILERPLATE_F1_FLOOR"),
    ("real_heldout30", 90, "REAL_HELDOUT30_BOILERPLATE_F1_FLOOR"),
    ("real_heldout31", 85, "REAL_HELDOUT31_BOILERPLATE_F1_FLOOR"),
    ("real_heldout32", 70, "REAL_HELDOUT32_BOILERPLATE_F1_FLOOR"),
    ("real_heldout33", 80, "REAL_HELDOUT33_BOILERPLATE_F1_FLOOR"),
    ("real_heldout34", 60, "REAL_HELDOUT34_BOILERPLATE_F1_FLOOR"),
]


@pytest.mark.skipif(not REAL_DUMPS.is_dir(), reason=f"LOUD SKIP: real French dumps not found at {REAL_DUMPS} (set "
                    "KIBARU_REAL_DUMPS; their text is local-only); the real-dump floors are NOT checked")
@pytest.mark.parametrize(("split", "min_pages", "floor"), REAL_DUMP_FLOORS)
def test_real_dumps_f1_floor(split: str, min_pages: int, floor: str) -> None:
    skip_unless_complete("boilerplate", "real_dumps1" if split == "real_heldout" else split)
    _assert_boilerplate_floor(split, min_pages, floor)


DANIEL = Path(os.environ.get("KIBARU_BOILERPLATE_EXTRA", str(REPO.parent / "extra_boiler"))) / "daniel"


def test_daniel_reference_text_and_split_by_outlet() -> None:
    dp = _bench("daniel_pages")
    ref = b"<p>Headline &amp; more</p>\n<p>First  paragraph.</p>\n\n<p>Second</p>"
    assert dp.reference_text(ref) == "Headline & more\nFirst paragraph.\nSecond"
    names = [f"2012010{d}_www.{site}_{h}" for d, site, h in [
        (1, "a.com", "x1"), (2, "a.com", "x2"), (1, "b.org", "y"), (3, "c.net", "z1"), (4, "c.net", "z2"),
        (5, "d.co.uk", "w"), (6, "e.com", "v")]]
    split = dp.make_split(names, seen_outlets={"b.org"})
    held, dev = set(split["heldout9"]), set(split["daniel_dev"])
    assert held | dev == set(names) and not held & dev
    assert "20120101_www.b.org_y" in dev  # an outlet of an earlier split never goes to the blind side
    assert not {dp.outlet(n) for n in held} & {dp.outlet(n) for n in dev}  # one outlet on one side only
    assert len(held) >= len(names) / 2 - 2


@pytest.mark.skipif(not DANIEL.is_dir(), reason=f"LOUD SKIP: DAnIEL pages not found at {DANIEL} (set "
                    "KIBARU_BOILERPLATE_EXTRA; their text is local-only); the heldout9 floor is NOT checked")
def test_heldout9_f1_floor() -> None:
    _assert_boilerplate_floor("heldout9", 200, "HELDOUT9_BOILERPLATE_F1_FLOOR")


def test_comment_thread_between_markers_is_boilerplate() -> None:
    article = [
        "Le gouvernement malien a annoncé mardi la réouverture des écoles dans la région de Mopti, fermées depuis "
        "plusieurs mois en raison de l'insécurité qui frappe le centre du pays.",
        "Selon le ministère de l'Éducation, plus de 500 établissements étaient fermés au début de l'année scolaire, "
        "privant des dizaines de milliers d'enfants d'enseignement.",
        "La réunion a eu lieu à 10h30 le 3 mars.",
        "Les autorités locales ont salué cette décision, tout en appelant à renforcer la présence des forces de "
        "sécurité autour des écoles rouvertes.",
    ]
    thread = [
        "Moussa, Bamako, 12/03/2024 14:22",
        "Enfin une bonne nouvelle pour nos enfants, il était temps que l'État prenne ses responsabilités ici.",
        "Répondre",
        "Awa, Paris, 12/03/2024 15:03",
        "Il faut surtout payer les enseignants à temps, sinon rien ne changera dans ces régions oubliées.",
        "Signaler un abus",
    ]
    cleaned = clean_dump("\n".join(article + thread))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "body" for line in article)  # a dated sentence of the article is not a marker
    assert labels[thread[1]] == "boilerplate" and labels[thread[4]] == "boilerplate"


# ---------------------------------------------------------------------------------------------- round 6

def test_europa_reference_text_joins_inline_tags_inside_words() -> None:
    ep = _bench("europa_pages")
    ref = (b"<H3>\n<P><B>La Commission autorise l'acquisition du contr</B><B>\xc3\xb4le</B></H3>\n"
           b"<P><I>Premier</I> paragraphe &amp; suite.<P>Second")
    expected = "La Commission autorise l'acquisition du contrôle\nPremier paragraphe & suite.\nSecond"
    assert ep.reference_text(ref) == expected


def _page(top: list[str], bottom: tuple[str, ...] | list[str] = ()) -> tuple[str, CleanedDump]:
    raw = "\n".join([*top, *PARAGRAPHS, *bottom])
    return raw, clean_dump(raw)


def test_subscription_wall_line_is_boilerplate_and_never_the_title() -> None:
    wall = ["Article réservé aux abonnés",
            "Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés."]
    _, out = _page(["Afrique", wall[0]], [wall[1]])
    labels = dict(out.labels)
    assert labels[wall[0]] == "boilerplate" and labels[wall[1]] == "boilerplate"
    assert out.title != wall[0]
    assert all(p in out.text for p in PARAGRAPHS)


def test_caption_ending_with_an_agency_credit() -> None:
    caption = ("Le porte-parole du gouvernement lors d'une conférence de presse à Niamey, le 12 juillet. "
               "JEAN DUPONT / AFP")
    raw = "\n".join([PARAGRAPHS[0], caption, PARAGRAPHS[1], PARAGRAPHS[2]])
    labels = dict(clean_dump(raw).labels)
    assert labels[caption] == "boilerplate"
    assert labels[PARAGRAPHS[1]] == "body" and labels[PARAGRAPHS[2]] == "body"
    from kibaru.ingest.clean.dump import _caption_credit
    from kibaru.ingest.clean.features import line_info

    assert not _caption_credit("Selon l'AFP, le convoi est arrivé.", line_info("Selon l'AFP, le convoi est arrivé."))


def test_list_under_a_related_heading_after_the_article_is_boilerplate() -> None:
    teasers = ["Le Niger et le Bénin rouvrent leur frontière commune", "Au Tchad, la saison des pluies inquiète",
               "Sujets", "Sahel", "Défense"]
    _, out = _page([], ["Passer la publicité", "La rédaction vous conseille", *teasers])
    labels = dict(out.labels)
    assert labels["La rédaction vous conseille"] == "boilerplate" and labels["Passer la publicité"] == "boilerplate"
    assert all(labels[t] == "boilerplate" for t in teasers)
    assert all(labels[p] == "body" for p in PARAGRAPHS)


def test_related_heading_list_stops_at_the_next_paragraph() -> None:
    raw = "\n".join([PARAGRAPHS[0], "À lire aussi", PARAGRAPHS[1], PARAGRAPHS[2]])
    labels = dict(clean_dump(raw).labels)
    assert labels["À lire aussi"] == "boilerplate"
    assert labels[PARAGRAPHS[1]] == "body" and labels[PARAGRAPHS[2]] == "body"


def test_headline_and_standfirst_above_a_block_of_byline_and_buttons() -> None:
    from kibaru.ingest.clean.dump import TITLE_LOOKBACK

    headline = "Les autorités de transition annoncent la fin des accords de défense avec leur partenaire"
    standfirst = ("Dimanche soir, les autorités de transition ont annoncé à la télévision nationale la fin des accords "
                  "de défense, et appelé la population au calme.")
    buttons = ["Par Awa Traoré", "Publié le 3 mars 2024 à 10h12, modifié à 11h30", "Temps de lecture 4 min.",
               "Ajouter à vos sélections", "Partager", "Partager sur Facebook", "Partager sur Twitter",
               "Partager sur Whatsapp", "Envoyer par e-mail", "Copier le lien", "Lien copié", "Imprimer",
               "S'abonner à la newsletter"]
    assert len(buttons) + 1 > TITLE_LOOKBACK
    _, out = _page(["Accueil", "Afrique", "Politique", headline, standfirst, *buttons])
    assert out.title == headline
    assert standfirst in out.text
    assert not any(b in out.text.split("\n") for b in buttons)



EUROPA = Path(os.environ.get("KIBARU_BOILERPLATE_EXTRA", str(REPO.parent / "extra_boiler"))) / "europa"


@pytest.mark.skipif(not EUROPA.is_dir(), reason=f"LOUD SKIP: europa pages not found at {EUROPA} (set "
                    "KIBARU_BOILERPLATE_EXTRA; their text is local-only); the heldout10 floor is NOT checked")
def test_heldout10_f1_floor() -> None:
    _assert_boilerplate_floor("heldout10", 100, "HELDOUT10_BOILERPLATE_F1_FLOOR")


# ---------------------------------------------------------------------------------------------- round 7

_TABLE_ARTICLE = [
    "La Commission européenne a approuvé mardi les programmes de développement rural présentés par plusieurs pays "
    "candidats, qui recevront une aide annuelle pendant toute la période de sept ans.",
    "Le tableau ci-dessous présente les dotations annuelles indicatives, en millions d'euros, pays par pays.",
]
_TABLE = ["Bulgarie", "52,124", "Estonie", "12,137", "Hongrie", "38,054", "Lettonie", "21,848", "Total", "124,163"]
_AFTER = [
    "Ces montants devront encore être confirmés par les conventions de financement que chaque pays signera avec la "
    "Commission au cours des prochains mois.",
    "Les fonds ne pourront être transférés qu'après l'agrément des agences chargées des paiements dans chaque pays.",
]


def test_table_between_two_paragraphs_is_article() -> None:
    cleaned = clean_dump("\n".join(PARAGRAPHS[:2] + _TABLE_ARTICLE + _TABLE + _AFTER + PARAGRAPHS[2:]))
    labels = dict(cleaned.labels)
    assert all(labels[cell] == "body" for cell in _TABLE)
    assert "52,124" in cleaned.text.split("\n")


def test_annex_table_after_the_last_paragraph_is_article_but_not_the_footer() -> None:
    annex = ["Répartition", "Pays", "Montant", "Part",
             "France", "3.858.542", "37,3%", "Italie", "2.581.649", "17,3%", "Espagne", "1.633.683", "11,3%"]
    footer = ["Haut de page", "Mentions légales", "Plan du site"]
    cleaned = clean_dump("\n".join(PARAGRAPHS + _TABLE_ARTICLE + _AFTER + annex + footer))
    labels = dict(cleaned.labels)
    assert all(labels[cell] == "body" for cell in annex[4:])
    assert all(labels[line] == "boilerplate" for line in footer)


def test_chart_ticks_and_counts_are_not_rescued_as_a_table() -> None:
    from kibaru.ingest.clean.dump import _dateline, _figure, boilerplate_proba

    # A figure is not a dateline; a date, a year or a bare count still is (the model or the rule decides).
    assert _figure("52,124") and _figure("37,3%") and _figure("1.200 €") and _figure("3.858.542")
    assert not _figure("2024") and not _figure("0") and not _figure("01/12/2025") and not _figure("01:07")
    infos, _ = boilerplate_proba(["37,3%", "Publié le 3 mars 2024 à 10h"])
    assert not _dateline(infos[0]) and _dateline(infos[1])
    # Axis ticks of a chart (bare integers) between two paragraphs: not a table of figures.
    ticks = ["600", "300", "0", "100", "80", "60", "40", "20", "0"]
    cleaned = clean_dump("\n".join(PARAGRAPHS[:2] + _TABLE_ARTICLE + ticks + _AFTER + PARAGRAPHS[2:]))
    assert all(lab == "boilerplate" for line, lab in cleaned.labels if line in ticks)


def test_timestamp_media_credit_promo_and_url_header_are_boilerplate() -> None:
    furniture = ["information fournie par Reuters 04/03/2025 à 14:50", "Le reportage de Moussa Traoré à Niamey.",
                 ">> Retrouvez les résultats des élections dans votre commune"]
    dated = "La réunion a eu lieu à 10h30 le 3 mars."
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], furniture[0], dated, *PARAGRAPHS[2:], *furniture[1:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in furniture)
    assert labels[dated] == "body" and all(labels[p] == "body" for p in PARAGRAPHS)
    # A header marker whose remainder is the page's address: the text starts with the first paragraph.
    url = " date 2023-04 https://fr.example.africa/20230427/des-drones-en-service-1066"
    cleaned = clean_dump("\n".join([url, *PARAGRAPHS]))
    assert cleaned.header_date == "2023-04" and cleaned.text.split("\n")[0] == PARAGRAPHS[0]



def test_hashtags_source_pointer_web_address_and_editing_credit_are_boilerplate() -> None:
    # Round 8: furniture lines of general shape (invented examples, not lines of a test split).
    furniture = ["#sahel #élections #niger", "#migrations", "Source : https://www.example.org/afrique/20250101-un-article",
                 "exemple-journal.com", "(Rédaction de Niamey, édité par Jean Martin)"]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], *furniture[:2], *PARAGRAPHS[2:], *furniture[2:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] in ("boilerplate", "credit") for line in furniture)  # "Source :" is a credit line
    assert all(line not in cleaned.text for line in furniture)
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    # A bracketed aside of the article, a sentence with a hashtag inside and a sentence naming a site stay.
    kept = ["(Le ministre a démenti ces informations lundi soir.)",
            "Le mot-clé #BringBackOurGirls a été repris par des millions d'internautes dans le monde entier.",
            "Le site exemple-journal.com a publié la liste complète des candidats retenus par la commission."]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], *kept, *PARAGRAPHS[2:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "body" for line in kept)


def test_caption_with_the_credit_first_or_agency_slash_photographer_last() -> None:
    captions = ["JEAN DUPONT / AFP Des manifestants dans une rue de Bamako, le 3 mars 2024.",
                "Un dispensaire à Ouagadougou, le 22 novembre 2016. VOA/Paul Kaboré.",
                "Des familles attendent devant l'hôpital. Copyright de l'image AFP/Getty"]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], *captions, *PARAGRAPHS[2:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in captions)
    assert all(labels[p] == "body" for p in PARAGRAPHS)








# Round 9: lists the article announces (a government, a list of candidates) are article, not a menu.
MINISTERS = ["-", "Premier ministre : Amadou Diallo", "-", "Justice : Awa Traoré", "-", "Intérieur : Moussa Keïta", "-",
             "Défense : Général Issa Coulibaly", "-", "Santé : Fatoumata Sidibé", "-", "Mines : Oumar Sangaré"]


def test_items_of_an_announced_list_are_article() -> None:
    leadin = "Voici la nouvelle composition du gouvernement, telle que lue à la télévision nationale :"
    _, out = _page([], [leadin, *MINISTERS])
    labels = out.labels
    items = [lab for line, lab in labels[-len(MINISTERS):]]
    assert items == ["body"] * len(MINISTERS), labels
    names = ["Monsieur Amadou DIALLO", "Premier ministre", "Madame Awa TRAORÉ", "Ministre de la Justice",
             "Monsieur Moussa KEÏTA", "Ministre de l'Intérieur et de la Sécurité"]
    _, out = _page([], ["Voici la liste du nouveau gouvernement", *names])
    assert [lab for _, lab in out.labels[-len(names):]] == ["body"] * len(names)


def test_a_widget_run_with_repeated_items_after_a_colon_stays_boilerplate() -> None:
    widget = ["Sponsored Links", "Intel", "Les grands thèmes du forum des développeurs", "Undo", "Babbel",
              "Apprenez une langue en trois semaines", "Undo", "Stormfall", "Le jeu le plus addictif de l'année",
              "Undo"]
    _, out = _page([], ["Pour voir le jeu en action, regardez la vidéo ci-dessous :", *widget])
    labels = dict(out.labels)
    assert labels["Undo"] == "boilerplate" and labels["Sponsored Links"] == "boilerplate"


def test_correspondent_credit_of_a_radio_piece_is_boilerplate() -> None:
    lines = ["Avec notre correspondante à Dakar, Aminata Ndiaye", "Les précisions avec Ibrahima Sarr."]
    _, out = _page([], lines)
    labels = dict(out.labels)
    assert all(labels[line] == "boilerplate" for line in lines)
    assert all(labels[p] == "body" for p in PARAGRAPHS)


# Round 10: captions closing on the picture's place and date or on a bracketed source, caption labels, blocks of
# teasers whose leads the site cut with an ellipsis, and breadcrumbs (invented examples, not lines of a test split).
def test_dated_caption_bracketed_source_and_caption_label_are_boilerplate() -> None:
    captions = ["Le ministre malien des Mines lors d'une conférence de presse à Bamako, le 12 mars 2025.",
                "Des camions-citernes bloqués à la frontière entre le Mali et le Sénégal, 3 février 2024.",
                "Des électeurs devant un bureau de vote de Niamey, le 21 février 2021 AFP",
                "Un champ de mil après le passage des criquets dans la région de Tahoua (Source : FAO)",
                "Légende image, Des partisans de l'opposition lors d'un meeting à Dakar",
                "Img : Des éleveurs au marché de bétail de Kaolack"]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], *captions, *PARAGRAPHS[2:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in captions), cleaned.labels
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    # Article sentences naming a date at their end, after a comma or not, and a sentence citing a source stay.
    kept = ["Le second tour de l'élection présidentielle aura lieu le 28 décembre 2025.",
            "La commission électorale a publié les résultats provisoires dimanche soir, le 12 octobre 2025, à Conakry.",
            "Selon le dernier rapport de l'organisation (source : FAO), la production a reculé de 12 % cette année."]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], *kept, *PARAGRAPHS[2:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "body" for line in kept), cleaned.labels


def test_block_of_teasers_with_cut_leads_is_boilerplate() -> None:
    teasers = ["Mali : la saison des pluies fait des dégâts à Mopti",
               "Les fortes pluies enregistrées depuis le début de la semaine ont provoqué...",
               "Football : les Aigles qualifiés pour la phase finale",
               "L'équipe nationale a obtenu son billet après une victoire à domicile face à…",
               "Niger : un nouveau gouverneur nommé à Agadez",
               "Le conseil des ministres a procédé mercredi à la nomination d'un..."]
    cleaned = clean_dump("\n".join([*PARAGRAPHS, *teasers, "Vous aimerez aussi"]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in teasers), cleaned.labels
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    # One sentence of the article trailing off with an ellipsis is not a block.
    trailing = "Un scénario déjà vu au Mali, au Burkina Faso, au Niger…"
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], trailing, *PARAGRAPHS[2:]]))
    assert dict(cleaned.labels)[trailing] == "body"


def test_breadcrumb_is_boilerplate() -> None:
    crumbs = ["Accueil » NIGER : les autorités de transition mettent fin aux accords de défense",
              "Actualités :: Niamey : fin des accords de défense avec le partenaire occidental",
              "Accueil > Afrique > Niger : la fin des accords de défense"]
    for crumb in crumbs:  # above the article, and between two of its paragraphs
        for page in ([crumb, *PARAGRAPHS], [*PARAGRAPHS[:2], crumb, PARAGRAPHS[2]]):
            cleaned = clean_dump("\n".join(page))
            assert dict(cleaned.labels)[crumb] == "boilerplate", cleaned.labels
    # A sentence opening with the same word is not a breadcrumb.
    line = "Actualité oblige, le ministre a écourté sa visite à Ségou pour rentrer à Bamako dans la soirée."
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]))
    assert dict(cleaned.labels)[line] == "body"


def test_headline_printed_twice_is_the_headline_not_furniture() -> None:
    # Round 10: a template that prints the headline again above the article (invented example).
    headline = "Niger : fin des accords de défense avec le partenaire occidental"
    cleaned = clean_dump("\n".join(["Politique", headline, headline, *PARAGRAPHS]))
    assert cleaned.title == headline
    assert [lab for line, lab in cleaned.labels if line == headline] == ["title", "body"], cleaned.labels


def test_newsletter_and_channel_promos_are_boilerplate() -> None:
    # Round 10: newsletter and channel promos between or after the paragraphs (invented examples).
    promos = ["Restez informés de l'actualité du Sahel avec notre lettre quotidienne",
              "Cliquez ici pour recevoir chaque matin nos articles sur votre téléphone",
              "Recevez l'actualité du Mali directement dans votre boîte mail !"]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], promos[0], PARAGRAPHS[2], *promos[1:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in promos), cleaned.labels
    assert all(labels[p] == "body" for p in PARAGRAPHS)


# Round 11: single teaser headlines of other stories (bulleted, or in the "Place : event" form) with no vocabulary of
# the article, arrow links, and bylines naming the outlet (invented examples, not lines of a test split).
def test_single_teaser_headline_between_paragraphs_is_boilerplate() -> None:
    teasers = ["Football : les Lions remportent la finale face aux Pharaons",
               "- Cinéma : un festival célèbre les réalisateurs kényans à Nairobi"]
    for teaser in teasers:
        cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], teaser, *PARAGRAPHS[2:]]))
        assert dict(cleaned.labels)[teaser] == "boilerplate", cleaned.labels
        assert all(dict(cleaned.labels)[p] == "body" for p in PARAGRAPHS)
    # A subheading of the article (its own vocabulary, or not in the headline forms) stays.
    words = sorted(w for w in PARAGRAPHS[2].split() if len(w) > 5 and w.isalpha())[:3]
    subheads = ["Des chiffres révélateurs et des espoirs pour la suite", f"Bilan : {' '.join(words)} en question"]
    for sub in subheads:
        cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], sub, *PARAGRAPHS[2:]]))
        assert dict(cleaned.labels)[sub] == "body", cleaned.labels


def test_arrow_link_and_byline_with_outlet_are_boilerplate() -> None:
    links = ["- → Le FMI réévalue son programme avec les nouvelles autorités",
             "→ Football : la CAF annonce les dates de la compétition"]
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], *links, *PARAGRAPHS[2:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in links), cleaned.labels
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    for byline in ("Aminata DIALLO / Les Echos du Sahel de Bamako", "Moussa traoré pour Sahelinfo"):
        cleaned = clean_dump("\n".join([*PARAGRAPHS, byline]))
        assert dict(cleaned.labels)[byline] == "boilerplate", cleaned.labels


def test_line_of_wire_names_is_a_credit() -> None:
    # Round 11: a line holding only a news agency's or broadcaster's name, in any case (invented placement).
    for credit in ("RFI", "rfi", "AFP Agence France-Presse"):
        cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], credit, PARAGRAPHS[2]]))
        assert dict(cleaned.labels)[credit] == "boilerplate", cleaned.labels
    line = "L'AFP et RFI ont été suspendues."  # a sentence naming them is article
    cleaned = clean_dump("\n".join([*PARAGRAPHS[:2], line, PARAGRAPHS[2]]))
    assert dict(cleaned.labels)[line] == "body"


def test_role_caption_and_photographer_credit_between_paragraphs_are_boilerplate() -> None:
    """Round 13: a caption naming a person and their role, and a "Name / AGENCY - Place" photo credit."""
    captions = ["Awa Sangaré, directrice de l'école de Kati", "Idrissa Maïga, le maire de la commune",
                "Moussa KONÉ / ANP - Dosso", "Capture d'écran d'une vidéo amateur"]
    cleaned = clean_dump("\n".join([PARAGRAPHS[0], captions[0], PARAGRAPHS[1], captions[1], captions[2],
                                    PARAGRAPHS[2], captions[3], *PARAGRAPHS[3:]]))
    labels = dict(cleaned.labels)
    assert all(labels[line] == "boilerplate" for line in captions)
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    from kibaru.ingest.clean.dump import _role_caption
    from kibaru.ingest.clean.features import line_info

    # An appointment in a list, a line opening on a function word, an apposition the next line continues, and
    # an apposition followed by its sentence are not captions.
    nxt = line_info("Le Conseil a ensuite entendu une communication.")
    assert not _role_caption(line_info("Monsieur Oumar Diarra, Conseiller technique."), nxt)
    assert not _role_caption(line_info("Au Niger, le président de la transition"), nxt)
    assert not _role_caption(line_info("Awa Sangaré, directrice de l'école de Kati"),
                             line_info("a annoncé mardi la fermeture des classes."))
    assert not _role_caption(line_info("Awa Sangaré, directrice de l'école, a annoncé mardi la fermeture."), nxt)


def test_reporter_bylines_image_file_names_and_mid_page_signatures_are_boilerplate() -> None:
    """Round 14: the article's own byline in the forms of French reporting, a picture's file name alone on a line,
    and a "Prénom NOM" signature under a finished paragraph."""
    bylines = ["De notre correspondante à Niamey,", "Issa Traoré, envoyé spécial à Tombouctou",
               "Une enquête de Fatou Diallo.", "carte-region-nord.PNG", "Ousmane DIARRA",
               "Rédigé par lejournal.ne le Mardi 3 Mars 2025 à 10:12 | 2 commentaire(s)"]
    doubled = "Le marché de bétail de la ville au petit matin"
    labels = clean_dump("\n".join([PARAGRAPHS[0], bylines[0], PARAGRAPHS[1], bylines[1], bylines[2], bylines[3],
                                   PARAGRAPHS[2], bylines[4]])).labels
    labels += clean_dump("\n".join([PARAGRAPHS[0], doubled, doubled, PARAGRAPHS[1], bylines[5], PARAGRAPHS[2]])).labels
    assert [lab for line, lab in labels if line in bylines] == ["boilerplate"] * len(bylines)
    assert [lab for line, lab in labels if line == doubled] == ["boilerplate", "boilerplate"]
    assert all(lab == "body" for line, lab in labels if line in PARAGRAPHS)
    from kibaru.ingest.clean.dump import _byline_opening, _prenom_nom
    from kibaru.ingest.clean.features import line_info

    # A sentence about a correspondent, an apposition inside a sentence, a subheading naming a group and an
    # acronym line are not bylines or signatures.
    assert not _byline_opening(line_info("Le correspondant de RFI à Bamako a été expulsé."))
    assert not _byline_opening(line_info("Amadou, notre correspondant, a vu les corps des victimes au marché."))
    assert not _prenom_nom("Clans « Yoda » et « DZ Mafia »")
    assert not _prenom_nom("ONU MINUSMA")


def test_run_of_other_stories_headlines_after_the_last_paragraph_is_boilerplate() -> None:
    from unittest import mock

    from kibaru.ingest.clean import dump

    others = ["Les Aigles qualifiés pour la phase finale de la coupe d'Afrique",
              "Le prix du sucre flambe sur les marchés de Dakar",
              "Une épidémie de choléra signalée dans l'Extrême-Nord du Cameroun",
              "La campagne du cacao démarre sous la pluie en Côte d'Ivoire"]
    page = "\n".join([*PARAGRAPHS, *others])
    with mock.patch.object(dump, "TAIL_BLOCK_MIN_LINES", 10**6):  # the rule off
        before = dict(clean_dump(page).labels)
    after = dict(clean_dump(page).labels)
    assert all(after[line] == "boilerplate" for line in others), after
    assert any(before[line] == "body" for line in others)  # the rule is what takes them
    assert all(after[p] == "body" for p in PARAGRAPHS)
    # Items that open alike (a tour's dates, an appointment list) and a list announced with a colon are the article's.
    tour = ["Juin 9 – concert de clôture au stade de Kayes avec les griots",
            "Juin 14 – soirée au palais de la culture de Bamako avec l'orchestre",
            "Juillet 2 – spectacle au centre culturel de Niamey pour les jeunes"]
    labels = dict(clean_dump("\n".join([*PARAGRAPHS, *tour])).labels)
    with mock.patch.object(dump, "TAIL_BLOCK_MIN_LINES", 10**6):
        off = dict(clean_dump("\n".join([*PARAGRAPHS, *tour])).labels)
    assert [labels[t] for t in tour] == [off[t] for t in tour]
    announced = [*PARAGRAPHS[:-1], PARAGRAPHS[-1].rstrip(".") + " :", *others]
    labels = dict(clean_dump("\n".join(announced)).labels)
    with mock.patch.object(dump, "TAIL_BLOCK_MIN_LINES", 10**6):
        off = dict(clean_dump("\n".join(announced)).labels)
    assert [labels[o] for o in others] == [off[o] for o in others]


def test_english_furniture_and_spam_on_a_french_page_are_boilerplate() -> None:
    """Round 17: on a French page, a line in English (a player's or browser's notice, a video promo, a spam comment)
    is boilerplate; an English title the article quotes (capitalised words) stays, and English pages are left alone."""
    from unittest import mock

    from kibaru.ingest.clean import dump

    foreign = ["This browser does not support the audio element.", "Find out more in this video.",
               "amoxicillin online – amoxil pills buy combivent online cheap"]
    title = "The Life and Times of Sundiata Keita (documentaire, 1h30)"
    page = "\n".join([PARAGRAPHS[0], foreign[0], PARAGRAPHS[1], title, foreign[1], PARAGRAPHS[2], foreign[2]])
    labels = dict(clean_dump(page).labels)
    with mock.patch.object(dump, "FOREIGN_MIN_CUES", 10**6):  # the rule off
        off = dict(clean_dump(page).labels)
    assert [labels[f] for f in foreign] == ["boilerplate"] * 3, labels
    assert any(off[f] == "body" for f in foreign)  # the rule is what takes them
    assert labels[title] == "body"
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    english = ["The minister said on Tuesday that the schools of the region would reopen after months of closure.",
               "Find out more in this video.",
               "Parents in the town welcomed the decision but asked for more soldiers around the buildings."]
    assert not dump._french_page([dump.line_info(x) for x in english])


def test_author_bios_header_rubric_datelines_and_reporter_bylines_are_boilerplate() -> None:
    """Round 17: authors' bios under a byline that lists them, a header marker's one-word remainder, datelines opening
    with the place or "Article publié le", a "Par <Name> dans <place>" byline, a signature with the status in brackets,
    and the new furniture cues."""
    byline = "Par Awa Koné, Jean-Paul Ouédraogo et Moussa Diarra"
    bios = ["Awa Koné est médecin et chercheuse en santé publique à Bamako.",
            "Jean Paul Ouedraogo est chargé de programmes au siège de l'organisation."]
    other = ["Kaédi,  13/08/2010", "Article publié le lundi 24 janvier 2005",
             "Par Issa Maïga dans le camp de réfugiés de Mbera, Mauritanie",
             "Suivez-nous sur WhatsApp pour les derniers titres", "Devenez membre, ou connectez-vous.", "Annonces"]
    page = "\n".join([byline, *bios, other[0], other[1], PARAGRAPHS[0], PARAGRAPHS[1], other[2], PARAGRAPHS[2],
                      *other[3:], "Oumar Traoré (stagiaire)"])
    labels = dict(clean_dump(page).labels)
    assert [labels[b] for b in bios] == ["boilerplate"] * 2, labels
    assert [labels[o] for o in other] == ["boilerplate"] * len(other), labels
    assert labels["Oumar Traoré (stagiaire)"] == "boilerplate"
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    # A name that no byline lists, followed by "est", is article ("Moussa Sidibé est cultivateur à Kita.").
    quoted = "Moussa Sidibé est cultivateur à Kita depuis trente ans."
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], quoted, PARAGRAPHS[1]])).labels)
    assert labels[quoted] == "body"
    # A one-word header remainder is the rubric; a headline remainder is kept as text.
    rubric = clean_dump(" date 2023-08 REPORTAGE\n" + "\n".join(PARAGRAPHS))
    assert "REPORTAGE" not in rubric.text
    headline = clean_dump(" date 2023-08 Le marché de Kita rouvre ses portes\n" + "\n".join(PARAGRAPHS))
    assert "Le marché de Kita rouvre ses portes" in (headline.title or "") + headline.text
    from kibaru.ingest.clean.dump import _byline_opening
    from kibaru.ingest.clean.features import line_info

    assert not _byline_opening(line_info("Par ailleurs, le ministre a annoncé une mission à Kidal."))
    assert not _byline_opening(line_info("Par Décret N° 2024-112 du 3 mars, il est nommé gouverneur."))


def test_caption_over_a_picture_credit_is_boilerplate_but_not_a_paragraph_or_headline() -> None:
    """Round 18: the line just above a picture's credit is its caption (a noun phrase between paragraphs, a finished
    phrase over the first one); a headline over its picture's credit, a sentence over a credit and the line over the
    page's copyright notice are left alone."""
    from kibaru.ingest.clean.dump import _credit_caption, _photo_credit
    from kibaru.ingest.clean.features import line_info

    credit = "(Photo : Moussa Koné/ANP)"
    caption = "Larves de criquets dans un champ de mil"
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], caption, credit, *PARAGRAPHS[1:]])).labels)
    assert labels[caption] == "boilerplate" and labels[credit] == "boilerplate"
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    # Before the first paragraph: a headline (no final period) stays, a finished caption phrase goes.
    headline, phrase = "Les criquets menacent les récoltes du Sahel", "Vue sur la ville d'Agadez."
    assert not _credit_caption(line_info(headline), False) and _credit_caption(line_info(phrase), False)
    labels = dict(clean_dump("\n".join(["Actualité", headline, phrase, "© Getty Images", *PARAGRAPHS])).labels)
    assert labels[phrase] == "boilerplate"
    # A short sentence in the body, a prose sentence and the "Place : event" form are not captions; a copyright
    # notice with its year is not a picture's credit.
    assert not _credit_caption(line_info("He has consistently denied being unfair to her."), True)
    assert not _credit_caption(line_info(PARAGRAPHS[0]), True)
    assert not _credit_caption(line_info("Niamey : les criquets arrivent"), True)
    assert _credit_caption(line_info("Accouplement de criquets."), True)
    assert not _photo_credit("© 2002, 2003 Jamie Zawinski", line_info("© 2002, 2003 Jamie Zawinski"))
    assert _photo_credit(credit, line_info(credit))


def test_scraper_artefacts_are_boilerplate_but_not_article_lines_of_the_same_look() -> None:
    """Round 20: a feed's footer (English or French), a Markdown picture (whole or cut by the excerpt), an archive
    page's title, an agency slug or desk initials, a stray symbol, a numeric date with the outlet's name, the new cue
    data and a byline naming the outlet by its web address are boilerplate; the article's lines of similar look
    stay."""
    from kibaru.ingest.clean.dump import _scrape_artefact
    from kibaru.ingest.clean.features import line_info

    artefacts = ["The post Le marché de Kita rouvre ses portes appeared first on Le Journal du Soir.",
                 "Cet article Le marché de Kita rouvre ses portes est apparu en premier sur Le Journal du Soir",
                 "![Vue du marché de Kita](https://exemple-journal.net/images/kita-marche.jpg)",
                 "![Vue du marché de Kita](https://exemple-journal.net/images/kita-mar",
                 "Politique Archives - Le Journal du Soir", "mars 2025 - Page 4 sur 12 - Le Journal du Soir",
                 "Posts Tagged ‘Kita’", "Awa Koné, Author at Le Journal du Soir",
                 "Mali-Kita-Marché-Réouverture", "MALI-ECONOMIE-MARCHE", "ab/cde/fg", "xyz-ab/cd/",
                 "%", "|", "×", "3-11-2021 Le Journal du Soir", "15/01/2019 - Journal du Soir - Mali"]
    for line in artefacts:
        assert _scrape_artefact(line, line_info(line)), line
    prose = ["Le post de contrôle de Kita a été déplacé de deux kilomètres vers le nord.",
             "Cet article de la loi de finances prévoit une hausse des recettes douanières.",
             "Les archives de la mairie ont brûlé en 2012, selon le secrétaire général.",
             "Page 12 du rapport, les auteurs décrivent la situation des éleveurs.",
             "Il a trouvé le document à la page 3 sur 11 du registre",
             "Bamako-Kita", "peut-être", "*", ")", ".", "/", "-", "•",
             "12/03/2024 : le conseil municipal adopte le budget de la commune.",
             "3-11-2021 les commerçants ont manifesté devant la mairie"]
    for line in prose:
        assert not _scrape_artefact(line, line_info(line)), line
    # In a page: each artefact line goes, the paragraphs stay; a header marker's remainder that is a slug goes too.
    tail = ["Abdou Koné pour exemple-journal.sn", "laissez un commentaire", "Publicité Lire la suite",
            "Envoyée spéciale à Kita"]
    page = "\n".join([tail[3], PARAGRAPHS[0], artefacts[2], PARAGRAPHS[1], tail[2], PARAGRAPHS[2], *tail[:2],
                      artefacts[0]])
    labels = dict(clean_dump(page).labels)
    assert all(labels[p] == "body" for p in PARAGRAPHS), labels
    assert [labels[x] for x in [*tail, artefacts[0], artefacts[2]]] == ["boilerplate"] * 6, labels
    # Each cue or shape by its own rule (the model alone may take them on a short synthetic page).
    from kibaru.ingest.clean.dump import _ad_line, _byline_opening, _paywall, _signature

    assert _signature(line_info(tail[0])) and _paywall(line_info(tail[1])) and _ad_line(line_info(tail[2]))
    assert _byline_opening(line_info(tail[3]))
    assert not _signature(line_info("les chiffres publiés pour exemple.sn"))
    slug = clean_dump(" date 2025-10-28 MALI-KITA-CULTURE-FESTIVAL\n" + "\n".join(PARAGRAPHS))
    assert "FESTIVAL" not in slug.text and "FESTIVAL" not in (slug.title or "")


def test_dated_caption_in_may_is_boilerplate() -> None:
    """Round 20: "mai", the one three-letter French month name, counts in a caption's closing date."""
    caption = "Vue aérienne du marché de Kita, dans l'ouest du Mali, le 12 mai 2024 AFP"
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])).labels)
    assert labels[caption] == "boilerplate" and all(labels[p] == "body" for p in PARAGRAPHS)


def test_last_line_place_event_headline_is_boilerplate_but_not_a_cut_paragraph_or_question() -> None:
    """Round 20: another story's "Place : event" headline as the page's last line, after a finished paragraph, is
    boilerplate; an interview's question, a paragraph cut after its colon and a finished sentence are not taken."""
    from kibaru.ingest.clean.dump import _last_line_teaser
    from kibaru.ingest.clean.features import line_info

    teaser = "Kita : les commerçants du grand marché reçoivent des kits de protection"
    labels = dict(clean_dump("\n".join([*PARAGRAPHS, teaser])).labels)
    assert labels[teaser] == "boilerplate" and all(labels[p] == "body" for p in PARAGRAPHS)
    for line in ["Radio Kita : Monsieur le maire, quand le marché rouvrira-t-il ?",
                 "Bamako : le ministre a déclaré que les", "Kita : le marché rouvre.",
                 "Profession : transitaire", "Kita : les commerçants du grand marché reçoivent des kits de"]:
        assert not _last_line_teaser(line_info(line)), line


def test_role_caption_with_an_adjective_and_a_stop_and_an_interview_pointer_are_boilerplate() -> None:
    """Round 20: "Name, nouveau gouverneur de X." between paragraphs is a caption; "Interview de X, gouverneur de Y"
    points to the piece; a sentence naming a new governor stays."""
    from kibaru.ingest.clean.dump import _media_leadin, _role_caption
    from kibaru.ingest.clean.features import line_info

    caption = "Oumar Koné Diallo, nouveau gouverneur de la région de Kita."
    assert _role_caption(line_info(caption), line_info(PARAGRAPHS[1]))
    assert not _role_caption(line_info("Oumar Koné Diallo, nouveau gouverneur, a visité le marché."), None)
    assert _media_leadin(line_info("Interview de Oumar Koné, gouverneur de la région de Kita"))
    assert not _media_leadin(line_info("Interviewé par la radio, le gouverneur a promis des forages."))
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])).labels)
    assert labels[caption] == "boilerplate" and all(labels[p] == "body" for p in PARAGRAPHS)


def test_signature_under_a_concluding_presentative_sentence_and_caption_openings_are_boilerplate() -> None:
    """Round 20: a presentative sentence closed by a stop concludes the article and announces no list, so the
    reporter's name under it is a signature; a caption's opening ("Vue aérienne de …", "Vue d'une rue …") or a
    person's position in the picture ("(à gauche)") marks a caption, "Vue de X, …" as a sentence does not."""
    from kibaru.ingest.clean.dump import _caption_opening
    from kibaru.ingest.clean.features import line_info

    closing = "Voilà les attentes que les habitants de Kita voudraient présenter au ministre lors de sa visite."
    labels = dict(clean_dump("\n".join([*PARAGRAPHS, closing, "Oumar Koné"])).labels)
    assert labels["Oumar Koné"] == "boilerplate" and labels[closing] == "body"
    for line in ["Vue aérienne du marché de Kita", "Vue d’une rue commerçante à Kita",
                 "Awa Koné (à gauche) avec le maire de Kita lors de la cérémonie", "Photo de famille après la réunion"]:
        assert _caption_opening(line_info(line)), line
    for line in ["Vue de Bamako, la crise de Kita paraît lointaine.", "Vu de loin, le marché semble désert",
                 "De gauche, de droite, les critiques pleuvent sur le maire de Kita."]:
        assert not _caption_opening(line_info(line)), line


def test_bylines_with_the_reporters_place_are_boilerplate_but_not_sentences_of_the_same_look() -> None:
    """Round 21: "De <Lieu>, Prénom Nom pour site.ml", "Prénom Nom, depuis <Lieu> pour Site.com" and "De Prénom NOM,
    <Lieu>" are bylines; a sentence opening with "De Kita," or naming a place and a name is not taken."""
    from kibaru.ingest.clean.dump import _place_byline
    from kibaru.ingest.clean.features import line_info

    for line in ["De Kita, Awa Koné Diallo pour kitanews.ml", "Moussa Traoré, depuis Kayes pour Kibaru24.com",
                 "De Awa DIALLO, Kita"]:
        assert _place_byline(line_info(line)), line
    for line in ["De Kita, les commerçants partent pour Bamako.", "De Awa Diallo, Kita garde un bon souvenir",
                 "De Awa Diallo, Kita", "Moussa Traoré, depuis Kayes pour la capitale", "De Kita à Kayes"]:
        assert not _place_byline(line_info(line)), line
    byline = "De Kita, Awa Koné Diallo pour kitanews.ml"
    labels = dict(clean_dump("\n".join([*PARAGRAPHS, byline])).labels)
    assert labels[byline] == "boilerplate" and all(labels[p] == "body" for p in PARAGRAPHS)


def test_accentless_a_lire_pointer_is_boilerplate() -> None:
    """Round 21: "A lire  X : …" (the lead-in "à lire" written without its accent) between paragraphs points to
    another story; a sentence with "à lire" inside it stays."""
    from kibaru.ingest.clean.dump import _related_leadin
    from kibaru.ingest.clean.features import line_info

    pointer = "A lire  KITA : le grand marché rouvre ses portes"
    assert _related_leadin(line_info(pointer))  # by the lead-in rule, not only by the model's score
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], pointer, *PARAGRAPHS[1:]])).labels)
    assert labels[pointer] == "boilerplate" and all(labels[p] == "body" for p in PARAGRAPHS)
    sentence = ("Le rapport de la mairie est à lire sur son site : les commerçants de Kita ont perdu une grande "
                "partie de leurs marchandises pendant les inondations de la semaine dernière.")
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], sentence, *PARAGRAPHS[1:]])).labels)
    assert labels[sentence] == "body"


def test_signature_block_with_commas_is_boilerplate_but_not_a_salutation_or_a_list() -> None:
    """Round 21: "Prénom NOM," over the author's titles, each line but the last ending with a comma, is a signature
    block; a letter's salutation ("Monsieur le Maire,") and an enumeration cut in lines are not."""
    from kibaru.ingest.clean.dump import _signature_block
    from kibaru.ingest.clean.features import line_info

    block = ["Awa KONÉ,", "Maîtresse de conférences à l’Université de Kita,",
             "Présidente de l’Association des amis du marché."]
    infos = [line_info(x) for x in block]
    assert _signature_block(infos, 0) == 2
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], *block, *PARAGRAPHS[1:]])).labels)
    assert all(labels[x] == "boilerplate" for x in block) and all(labels[p] == "body" for p in PARAGRAPHS)
    for lines in (["Monsieur le Maire,", "Nous vous écrivons au sujet du marché."],
                  ["Awa KONÉ,", "les commerçants,", "les transporteurs."],
                  ["Awa KONÉ,", "Présidente de l’association,"],
                  ["Awa KONÉ,", "Présidente de l’association :"]):
        assert _signature_block([line_info(x) for x in lines], 0) == -1, lines


def test_caption_closing_on_archive_pictures_and_caption_as_header_remainder_are_boilerplate() -> None:
    """Round 21: a line closing on "images archives" / "photo d'archives" without a stop is a caption, a sentence
    ending on "des images d'archives." is not; a header marker's remainder that is one captioned sentence ("…
    (illustration).") is left out of the text, a standfirst merged with such a caption is kept."""
    from kibaru.ingest.clean.dump import _caption_credit, _header_caption
    from kibaru.ingest.clean.features import line_info

    caption = "Les commerçants du marché de Kita en 2019 images archives"
    assert _caption_credit(caption, line_info(caption))
    sentence = "La télévision nationale a diffusé dimanche soir des images d'archives."
    assert not _caption_credit(sentence, line_info(sentence))
    head = "Le marché de Kita, où les pluies ont détruit des étals (illustration)."
    assert _header_caption(head, line_info(head))
    merged = "C'est la troisième crue en deux ans à Kita. Ici, le grand marché en 2022 (illustration)"
    assert not _header_caption(merged, line_info(merged))
    cleaned = clean_dump(" date 2024-05 " + head + "\n" + "\n".join(PARAGRAPHS))
    assert "illustration" not in cleaned.text and "illustration" not in (cleaned.title or "")
    kept = clean_dump(" date 2024-05 " + merged + "\n" + "\n".join(PARAGRAPHS))
    assert "troisième crue" in kept.text or "troisième crue" in (kept.title or "")


def test_contact_line_with_a_hidden_email_is_boilerplate_but_not_a_sentence_giving_one() -> None:
    """Round 21: the placeholder left by a page's e-mail protection ("CONTACTEZ [email protected]") marks a contact
    line; a sentence giving such an address is longer and stays."""
    from kibaru.ingest.clean.dump import _scrape_artefact
    from kibaru.ingest.clean.features import line_info

    line = "CONTACTEZ [email protected]"
    assert _scrape_artefact(line, line_info(line))
    sentence = "Les habitants de Kita peuvent signaler les coupures à la mairie à [email protected] dès lundi."
    assert not _scrape_artefact(sentence, line_info(sentence))


def test_paywall_pointer_with_a_long_link_is_boilerplate() -> None:
    """Round 21: the words of a link do not count in a pointer's length ("… pour lire l'intégralité:https://…" with a
    long address made of the story's title); a long sentence with the phrase and no link is not taken."""
    from kibaru.ingest.clean.dump import _paywall
    from kibaru.ingest.clean.features import line_info

    slug = "-".join(["les", "commercants", "du", "grand", "marche", "de", "kita", "demandent"] * 3)
    pointer = f"Cliquez sur le lien suivant pour lire l’intégralité:https://www.exemple.ml/{slug}"
    assert _paywall(line_info(pointer))
    sentence = ("Les commerçants du grand marché de Kita demandent au maire de publier le rapport de la commission, "
                "que personne n'a pu lire, pour lire l'intégralité des décisions prises par le conseil municipal.")
    assert not _paywall(line_info(sentence))


def test_imperative_lire_with_a_determiner_opens_a_pointer() -> None:
    """Round 21: "Lire la décision …", "Lire notre dossier : …" point to other content; another form of the verb
    ("Lisez …", "Relire …") or "lire la" inside a sentence is not a lead-in."""
    from kibaru.ingest.clean.dump import _related_leadin
    from kibaru.ingest.clean.features import line_info

    for line in ["Lire la décision intégrale du conseil municipal de Kita", "Lire notre dossier : Kita sous les eaux"]:
        assert _related_leadin(line_info(line)), line
    for line in ["Lisez le communiqué de la mairie de Kita", "Relire la décision du conseil municipal de Kita",
                 "Les élèves de Kita apprennent à lire la carte de la région"]:
        assert not _related_leadin(line_info(line)), line


def test_subscription_offer_price_and_promise_are_paywall_furniture() -> None:
    """Round 21: an offer's price per period in a short line ("à partir de 2,50€ par mois") and its promise ("pour un
    accès intégral au site") are paywall furniture; a sentence with a monthly figure and a table cell are not."""
    from kibaru.ingest.clean.dump import _paywall
    from kibaru.ingest.clean.features import line_info

    for line in ["à partir de 2,50€ par mois", "5 euros par mois sans engagement", "pour un accès intégral au site"]:
        assert _paywall(line_info(line)), line
    for line in ["Les commerçants de Kita paient un loyer de 40 € par mois pour une petite boutique au marché.",
                 "40 € mensuels", "Loyer moyen 2024 : 40 €"]:
        assert not _paywall(line_info(line)), line


def test_relative_time_stamp_alone_is_page_metadata() -> None:
    """Round 21: "il y a 5 jours" (with a counter after it, or "Publié" before it) alone is a time stamp; "Il y a un
    an" as a section heading and a sentence opening on "Il y a 4 mois," are not."""
    from kibaru.ingest.clean.dump import _timestamp
    from kibaru.ingest.clean.features import line_info

    for line in ["il y a 5 jours 2", "Publié il y a 3 heures", "il y a 12 min"]:
        assert _timestamp(line_info(line)), line
    for line in ["Il y a un an", "Il y a 4 mois, le maire de Kita avait promis un nouveau marché.",
                 "Il y a 4 mois que le marché de Kita est fermé"]:
        assert not _timestamp(line_info(line)), line


def test_a_list_named_by_its_heading_keeps_its_rank_and_field_items() -> None:
    """Round 22: "Liste des …" heads a list like "Voici …"; a rank and name ("Capitaine X OA/SM", which the
    photo-credit shape takes elsewhere) is one of its items; a page template's landmark ("Footer") ends it; a
    sentence about a list ("La liste définitive annonce …") announces nothing."""
    from kibaru.ingest.clean.dump import _list_heading
    from kibaru.ingest.clean.features import line_info

    items: list[str] = []
    for rank, name, place in [("Capitaine", "AWA KONÉ", "KITA"), ("Commandant", "MOUSSA TRAORÉ", "KAYES"),
                              ("Capitaine", "ISSA DIALLO", "NIORO"), ("Commandant", "OUMAR SANGARÉ", "BAFOULABÉ"),
                              ("Capitaine", "FATOUMATA SIDIBÉ", "DIÉMA")]:
        items += [f"{rank} {name} OA/SM", f"Département : {place}"]
    heading = "Liste des nouveaux préfets nommés"
    _, out = _page([], [heading, *items, "Side Bar", "Footer"])
    labels = dict(out.labels)
    assert all(labels[line] == "body" for line in [heading, *items]), out.labels
    assert labels["Side Bar"] == "boilerplate" and labels["Footer"] == "boilerplate"
    assert _list_heading(line_info("La liste des gouverneurs nommés mercredi"))
    for line in ["La liste définitive annonce une compétition remaniée.", "Listes électorales à Kita",
                 "La campagne des listes indépendantes"]:
        assert not _list_heading(line_info(line)), line


PROFILES = [("Awa Koné Diallo", "Elle est une administratrice civile de formation et a dirigé plusieurs services du "
                                "ministère de l'Intérieur avant sa nomination."),
            ("Moussa Traoré", "Il a servi comme préfet dans plusieurs cercles de la région de Kayes avant de "
                              "rejoindre le cabinet du ministre."),
            ("Aminata Kodio", "Elle est un cadre du ministère des Finances et a occupé le poste de directrice du "
                              "budget pendant six ans."),
            ("Issa Coulibaly Sangaré", "Il est un cadre de l'action sociale, connu pour son travail auprès des "
                                       "déplacés du centre du pays."),
            ("Oumar Ag Mohamed", "Il est le plus jeune des gouverneurs et a été député de la ville de Kidal pendant la "
                                 "dernière législature.")]


def test_a_doubted_subheading_among_kept_ones_is_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 22: the names heading each profile of a French article are its subheadings; one the model doubted is
    kept when at least two like ones were kept, and not on the strength of a single one."""
    lead = ["Le conseil des ministres a nommé mercredi six nouveaux gouverneurs de région, dont quatre "
            "administrateurs civils et deux officiers de l'armée.",
            "Leur nomination intervient après plusieurs mois de critiques des associations de la société civile sur "
            "la gestion des régions du centre."]
    end = ["La nomination de militaires à la tête des régions a été critiquée par plusieurs partis politiques, qui y "
           "voient une forme de militarisation de l'administration."]
    # Rounds 31 and 35: which names the model doubts is the model's (round 35's word-vector stage moves them); the
    # rule is tested with the doubts set by hand (the first two names kept, p 0.1; the others doubted, p 0.9),
    # whatever model is shipped.
    doubted = {name: 0.1 if k < 2 else 0.9 for k, (name, _) in enumerate(PROFILES)}
    lines = [*lead, *(line for pair in PROFILES for line in pair), *end]
    _forced(monkeypatch, {name: doubted[name] for name, _ in PROFILES})
    labels = dict(clean_dump("\n".join(lines)).labels)
    assert all(labels[name] == "body" for name, _ in PROFILES), labels
    # Three profiles after one paragraph: one subheading kept ("Awa Koné Diallo") is too few to vouch for the others.
    short = [lead[0], *(line for pair in PROFILES[:3] for line in pair)]
    _forced(monkeypatch, {PROFILES[0][0]: 0.1, PROFILES[1][0]: 0.9, PROFILES[2][0]: 0.9})
    labels = dict(clean_dump("\n".join(short)).labels)
    assert [labels[name] for name, _ in PROFILES[:3]] == ["body", "boilerplate", "boilerplate"], labels


def test_a_doubted_lead_in_closing_on_les_suivantes_keeps_itself_and_its_list() -> None:
    """Round 22: "… sont les suivantes :" announces a list whatever the model said of the line; the rubric above it
    ("AU TITRE DES MESURES INDIVIDUELLES") is left as it was. A closing that is no presentative does not count."""
    from kibaru.ingest.clean.dump import _LIST_CLOSING

    lead = ["Le mercredi 12 juin, le Conseil des ministres s'est réuni en séance ordinaire au palais présidentiel sous "
            "la présidence du chef de l'État.",
            "Après avoir examiné les points inscrits à l'ordre du jour, le Conseil a procédé à des nominations et a "
            "entendu des communications."]
    leadin = "Les nominations effectuées par le Conseil des ministres sont les suivantes :"
    items = ["AU SEIN DU MINISTÈRE DE LA SANTÉ", "– Directeur général de l'hôpital de Kita :",
             "Monsieur Awa KONÉ, médecin.", "– Directeur national de la santé :",
             "Madame Fatoumata SIDIBÉ, pharmacienne."]
    labels = dict(clean_dump("\n".join([*lead, "2", "AU TITRE DES MESURES INDIVIDUELLES", leadin, *items])).labels)
    assert all(labels[line] == "body" for line in [leadin, *items]), labels
    for line in ["Ces aides sont ventilées comme suit :", "Le Conseil a adopté les textes ci-après :"]:
        assert _LIST_CLOSING.search(line), line
    for line in ["Les décisions suivantes ont été prises.", "Voici la suite :", "Il a suivi :"]:
        assert not _LIST_CLOSING.search(line), line


def test_forms_of_address_of_a_printed_speech_are_article() -> None:
    """Round 22: "Excellence …", "Monsieur le Président de …", "Mesdames et Messieurs," heading a speech are article
    text; a sentence opening so and a page's own label are not concerned."""
    from kibaru.ingest.clean.dump import _speech_address
    from kibaru.ingest.clean.features import line_info

    address = ["Excellence Mesdames et Messieurs les Chefs d'État et de Gouvernement,",
               "Monsieur le Secrétaire général de l'Union africaine",
               "Monsieur le Président de la Commission de la Cédéao", "Mesdames et Messieurs,"]
    speech = ["Le Sahel", "Discours du président à l'ouverture du sommet", *address,
              "Permettez-moi de remercier le peuple malien et son gouvernement pour l'hospitalité chaleureuse qui nous "
              "est offerte depuis notre arrivée à Bamako.",
              "L'importance de la question de la santé publique n'est plus à démontrer au regard des préoccupations de "
              "l'heure dans notre région."]
    labels = dict(clean_dump("\n".join(speech)).labels)
    assert all(labels[line] == "body" for line in address), labels
    assert labels["Le Sahel"] == "boilerplate"
    for line in ["Monsieur le ministre, comment allez-vous ?", "Monsieur Météo", "Madame Figaro"]:
        assert not _speech_address(line_info(line)), line


def test_the_headline_printed_again_is_not_a_doubled_caption_or_a_teaser_block() -> None:
    """Round 22: the page's headline three times over (the template prints it again) is not a picture's alt text and
    caption, and the same cut headline over and under its picture is not a block of two teasers."""
    paras = ["Depuis la création de la coopérative en 2015, les femmes du quartier de Kita produisent du beurre de "
             "karité vendu sur les marchés de la région et jusqu'à Bamako.",
             "Les commerçantes de Kayes et de Bamako viennent chaque semaine acheter la production, qui a doublé en "
             "trois ans selon la présidente de la coopérative."]
    head = "Kita : la coopérative de femmes qui fait vivre tout un quartier de la ville"
    out = clean_dump("\n".join(["Journal Premium", head, head, head, *paras]))
    assert out.title == head and [lab for _, lab in out.labels[2:4]] == ["body", "body"], out.labels
    cut = "Kita : la coopérative ou la faim…"
    caption = "Des femmes au travail dans la coopérative de Kita, le 8 mars"
    labels = clean_dump("\n".join([cut, caption, cut, *paras])).labels
    assert [lab for _, lab in labels[:3]] == ["body", "boilerplate", "body"], labels


def test_byline_with_a_comma_before_pour_and_a_web_address_is_boilerplate() -> None:
    """Round 22: "Prénom Nom, pour site.com" under the article; a sentence with ", pour" and a capitalised word is
    not a byline."""
    from kibaru.ingest.clean.dump import _signature
    from kibaru.ingest.clean.features import line_info

    byline = "Awa Koné Diallo, pour kitanews.ml"
    assert _signature(line_info(byline))
    labels = dict(clean_dump("\n".join([*PARAGRAPHS, byline])).labels)
    assert labels[byline] == "boilerplate" and all(labels[p] == "body" for p in PARAGRAPHS)
    for line in ["Un succès attendu, pour Noël", "Un marché couvert, pour kita.ml et ses environs"]:
        assert not _signature(line_info(line)), line


def test_a_last_line_cut_after_a_comma_or_an_article_continues_the_article() -> None:
    """Round 22: a text cut short ends on the first words of a paragraph ("Début octobre, la"); a signature, a
    rubric or a source as the last line stays boilerplate."""
    for stub in ["Début octobre, la ", "Beaucoup des ", "Effectivement, "]:
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, stub])).labels)
        assert labels[stub] == "body", stub
    for line in ["Awa Koné", "La Rédaction", "Par Moussa Traoré"]:
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, line])).labels)
        assert labels[line] == "boilerplate", line


FESTIVAL = ["Le festival de cinéma de la capitale a fermé ses portes samedi soir après une semaine de projections "
            "suivies par un public nombreux venu de toute la sous-région.",
            "Le jury a distingué des films de onze pays, dont quatre premiers longs métrages, et salué la qualité de "
            "la sélection de cette édition."]
PRIZES = ["- Grand prix : « Le fleuve » de Awa Diallo (Mali)", "- Prix du scénario : « La route » de Issa Koné (Niger)",
          "- Prix de l'image : « Les dunes » de Moussa Sow (Tchad)",
          "- Prix du son : « Le marché » de Aïcha Ba (Sénégal)",
          "- Prix du montage : « La nuit » de Oumar Touré (Burkina Faso)",
          "- Meilleur décor : « Le puits » de Fanta Keïta (Guinée)"]


def test_sibling_label_value_items_of_a_kept_list_are_article() -> None:
    """Round 23: a prize list written "- Prix : « Titre » de X (pays)" under the article: the items the tail-block
    and credit rules took are article like their kept siblings; a contact block, repeated labels and a clock's colon
    are not such items."""
    labels = dict(clean_dump("\n".join([*FESTIVAL, *PRIZES, "Partager"])).labels)
    assert all(labels[item] == "body" for item in PRIZES), labels
    assert labels["Partager"] == "boilerplate"
    contact = ["Tél : +223 20 22 00 00", "Fax : +223 20 22 00 01", "E-mail : contact@exemple.ml"]
    labels = dict(clean_dump("\n".join([*FESTIVAL, *contact])).labels)
    assert all(labels[line] == "boilerplate" for line in contact), labels
    from kibaru.ingest.clean.dump import _kv_item
    from kibaru.ingest.clean.features import line_info

    assert _kv_item(line_info("- Prix du son : « Le marché » de Aïcha Ba")) == "-"
    assert _kv_item(line_info("Ailiers : Awa Koné (Kita), Issa Diallo (Kayes)")) == ""
    assert _kv_item(line_info("Publié le 12 mars à 10:02")) is None
    assert _kv_item(line_info("Le jury a salué la sélection. Prix : un trophée")) is None


def test_a_list_named_by_palmares_or_programme_keeps_its_dated_items() -> None:
    """Round 23: "Le programme de l'équipe …" / "Le palmarès du …" head a list like "Liste des …"; a fixture with a
    date and a clock time ("Vendredi 12 mars à 16h00 : A vs B"), which the time-stamp rule takes elsewhere, is one of
    its items; a sentence about a programme announces nothing."""
    from kibaru.ingest.clean.dump import _list_heading
    from kibaru.ingest.clean.features import line_info

    heading = "Le programme de l'équipe nationale"
    fixtures = ["Vendredi 12 mars à 16h00 : Mali vs Niger", "Dimanche 14 mars à 18h00 : Niger vs Tchad",
                "Mardi 16 mars à 16h00 : Tchad vs Mali"]
    _, out = _page([], [heading, *fixtures])
    labels = dict(out.labels)
    assert all(labels[line] == "body" for line in [heading, *fixtures]), out.labels
    assert _list_heading(line_info("Le palmarès du 25e festival"))
    assert _list_heading(line_info("Les résultats du concours d'entrée"))
    for line in ["Le programme de développement a été lancé.", "Programme", "Le programme a été adopté"]:
        assert not _list_heading(line_info(line)), line


def test_a_last_line_cut_after_its_first_function_words_continues_the_article() -> None:
    """Round 23: the store's cut may leave only the opening of a paragraph ("Il", "Le présent", "Les exp"); a
    capitalised rubric or outlet ("Le Point"), a button or the newsroom stay boilerplate."""
    for stub in ["Il", "Les exp", "Selon les"]:
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, stub])).labels)
        assert labels[stub] == "body", stub
    for line in ["Le Point", "Partager", "La Rédaction", "Le Monde Afrique"]:
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, line])).labels)
        assert labels[line] == "boilerplate", line


def test_a_doubted_last_paragraph_on_the_article_subject_is_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 23: the model doubts the page's last paragraph (forced here); it is kept when it speaks of the article's
    subject and holds no furniture cue, also above a cut stub; another subject or a legal notice is not."""
    from kibaru.ingest.clean import dump

    real = dump.boilerplate_proba

    def doubt_the_end(lines: list[str]):  # type: ignore[no-untyped-def]
        infos, proba = real(lines)
        proba = proba.copy()
        proba[len(PARAGRAPHS):] = 0.95
        return infos, proba

    monkeypatch.setattr(dump, "boilerplate_proba", doubt_the_end)
    last = ("Les partenaires du pays attendent désormais le calendrier du retrait des troupes, que les autorités de "
            "transition doivent présenter avant la fin du mois prochain.")
    for tail in ([], ["Selon les"]):
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, last, *tail])).labels)
        assert labels[last] == "body", tail
    for other in ["Le championnat national de football reprendra la semaine prochaine avec six rencontres "
                  "programmées dans les stades de la capitale et des régions.",
                  "Tous droits réservés : toute reproduction des articles du pays et des autorités de transition est "
                  "interdite sans l'accord écrit de la rédaction du journal."]:
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, other])).labels)
        assert labels[other] == "boilerplate", other


def test_model_provenance_names_development_splits_only() -> None:
    """Round 24: the model file records what it was trained on (``trained_on``); every real split there is a
    development split of the calibration list (never the blind one), and ``trained_on`` counts pages by kind."""
    import json

    model = json.loads((REPO / "src" / "kibaru" / "data" / "boilerplate_model.json").read_text(encoding="utf-8"))
    dev_real = {"real_dev", *_bench("boilerplate_calibrate").DEV_REAL}
    assert model["trained_on"]["real_splits"] and set(model["trained_on"]["real_splits"]) <= dev_real
    ev = _bench("boilerplate_eval")
    pages = [ev.Page("a", "x.com", ["Un titre"], [True]), ev.Page("b", "y.com", ["Un titre"], [True], headline=True)]
    assert ev.trained_on(pages) == {"html_pages": 1, "daniel_pages": 1, "real_splits": {}, "real_weight": None}



def _forced(monkeypatch: pytest.MonkeyPatch, proba_of: dict[str, float]) -> None:
    """Force the model's probability on the given lines (0.95: doubted, 0.05: kept), whatever it says of them."""
    from kibaru.ingest.clean import dump

    real = dump.boilerplate_proba

    def forced(lines: list[str]):  # type: ignore[no-untyped-def]
        infos, proba = real(lines)
        proba = proba.copy()
        for k, line in enumerate(lines):
            if line in proba_of:
                proba[k] = proba_of[line]
        return infos, proba

    monkeypatch.setattr(dump, "boilerplate_proba", forced)


def test_reporter_initials_alone_or_after_a_name_are_a_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 25: "A.B.C." or "S.K (stagiaire)" alone on a line, "Prénom Nom (P.N.)", "LS/AGP": the reporter's
    initials sign the article, also where the model kept them (forced here); a table's "N/A", an acronym and a
    numbered heading are no initials."""
    from kibaru.ingest.clean.dump import _initials
    from kibaru.ingest.clean.features import line_info

    lines = ["S.K (stagiaire)", "Moussa Traoré (M.T.)", "LS/AGP", "A.B.C."]
    _forced(monkeypatch, dict.fromkeys(lines, 0.05))
    raw = "\n".join([PARAGRAPHS[0], lines[0], PARAGRAPHS[1], lines[1], lines[2], PARAGRAPHS[2], lines[3]])
    labels = dict(clean_dump(raw).labels)
    assert all(labels[line] == "boilerplate" for line in lines), labels
    for line in ["N/A", "ONU", "I. DÉLIBÉRATIONS", "Le Mali et le Niger (AES)"]:
        assert not _initials(line_info(line)), line


def test_the_page_speaking_of_itself_as_a_publication_is_boilerplate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 25: after the first paragraph, a syndication notice, where the text was first published or a reader's
    invitation to report an error is the page's, kept by the model or not (kept here); a release "publié dans la
    nuit" and a heading on what the article teaches are not."""
    from kibaru.ingest.clean.dump import _self_reference
    from kibaru.ingest.clean.features import line_info

    notes = ["Le Portail publie environ 400 articles par jour provenant de plus de 80 organes de presse.",
             "Ce billet a d'abord été publié sur le blog de son auteur.",
             "Vous voulez réagir à cet article ou nous signaler une erreur ? Écrivez-nous."]
    _forced(monkeypatch, dict.fromkeys(notes, 0.05))
    labels = dict(clean_dump("\n".join([*PARAGRAPHS, *notes])).labels)
    assert all(labels[note] == "boilerplate" for note in notes), labels
    assert all(labels[p] == "body" for p in PARAGRAPHS)
    for line in ["Dans un communiqué publié dans la nuit, le ministère a précisé le calendrier du retrait.",
                 "Ce que cet article nous apprend :", "Les articles de la loi de finances ont été publiés."]:
        assert not _self_reference(line_info(line)), line


def test_a_rubric_above_the_headline_is_not_the_title() -> None:
    """Round 25: a rubric sharing one word with the article ("Défense et diplomatie") comes first; the headline under
    it shares more than TITLE_SHARED_MARGIN times as many of the article's words and is the title. A first
    candidate sharing as much (a headline over its standfirst-like line) stays the title."""
    rubric = "Défense et diplomatie"
    headline = "Les autorités de transition mettent fin aux accords de défense"
    out = clean_dump("\n".join([rubric, headline, *PARAGRAPHS]))
    assert out.title == headline, out.labels
    assert dict(out.labels)[rubric] == "boilerplate"
    second = "Le retrait des troupes partenaires en question"
    out = clean_dump("\n".join([headline, second, *PARAGRAPHS]))
    assert out.title == headline, out.labels


def test_a_last_line_cut_in_its_first_content_words_continues_the_article() -> None:
    """Round 25: the store's cut stops the last paragraph after a few words ("Considérant la situation, les aut"):
    article under a kept paragraph; a capitalised name, an outlet, the newsroom, a comment form, a button under a
    teaser the site cut itself ("…") and a web address stay boilerplate."""
    from kibaru.ingest.clean.dump import _cut_sentence
    from kibaru.ingest.clean.features import line_info

    for cut in ["Considérant la situation, les aut", "Le programme dénommé «Rés"]:
        labels = dict(clean_dump("\n".join([*PARAGRAPHS, cut])).labels)
        assert labels[cut] == "body", cut
    for line in ["Studio Tamani", "Awa Diallo", "La rédaction", "Nom * E-mail * Site web", "Awa Diallo journal.ml",
                 "Lire aussi notre dossier", "Commentaires 3"]:
        assert not _cut_sentence(line_info(line)), line
    button = "Quitter la version mobile"
    teaser = PARAGRAPHS[2][:-1] + "…"
    labels = dict(clean_dump("\n".join([*PARAGRAPHS[:2], teaser, button])).labels)
    assert labels[button] == "boilerplate"


def test_a_row_of_metadata_fields_parted_by_bars_is_boilerplate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 25: "Prénom Nom | adresse | Lu 512 fois | Publié" between the headline and the text, kept by the model
    (forced here), is the page's metadata; a table row of figures and a link with bars in its query are not rows."""
    from kibaru.ingest.clean.dump import _field_row
    from kibaru.ingest.clean.features import line_info

    row = "Awa Diallo | a.diallo@journal.ml | Lu 512 fois | Publié"
    _forced(monkeypatch, {row: 0.05})
    labels = dict(clean_dump("\n".join([PARAGRAPHS[0], row, *PARAGRAPHS[1:]])).labels)
    assert labels[row] == "boilerplate"
    for line in ["| 2023 | 12,5 | 14,2 |", "Voir https://exemple.ml/doc?id=25|0|TXT", "Prix | un trophée"]:
        assert not _field_row(line_info(line)), line
