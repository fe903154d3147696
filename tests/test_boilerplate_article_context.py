"""Round 30 (experiment): the second stage's article-context features (features.ARTICLE_CONTEXT_NAMES) and a model
whose stage 2 reads some of them."""

from __future__ import annotations

import numpy as np

from kibaru.ingest.clean import dump
from kibaru.ingest.clean.features import ARTICLE_CONTEXT_NAMES, article_context_features, document_features

PARA = ("Le conseil municipal de la ville a voté hier soir le budget de l'année prochaine après un long débat entre "
        "les élus de la majorité et ceux de l'opposition sur les dépenses d'investissement.")
PARA2 = ("Les élus de l'opposition ont dénoncé un budget qui réduit les dépenses d'investissement de la ville, tandis "
         "que la majorité municipale a défendu des choix prudents pour l'année prochaine.")
TEASER = ("Une équipe de football de la région a remporté dimanche la finale régionale devant un public nombreux venu "
          "encourager les joueurs dans le stade rénové au printemps dernier.")


def test_teaser_after_the_article_is_seen_as_such() -> None:
    lines = [PARA, PARA2, TEASER]
    infos, _ = document_features(lines)
    p1 = np.array([0.05, 0.05, 0.1])  # the first stage calls all three article
    out = article_context_features(p1, np.array([float(len(t)) for t in lines]), [i.content for i in infos],
                                   np.ones(3))
    col = {name: k for k, name in enumerate(ARTICLE_CONTEXT_NAMES)}
    assert out[0, col["ctx_art_before"]] == 0.0 and out[2, col["ctx_art_after"]] == 0.0
    assert out[1, col["ctx_art_before"]] > 0.0 and out[1, col["ctx_art_after"]] > 0.0
    # The teaser shares fewer of its words with the other confident lines than the paragraphs do.
    assert out[2, col["ctx_sim_art"]] < min(out[0, col["ctx_sim_art"]], out[1, col["ctx_sim_art"]])
    assert out[2, col["ctx_sim_art_rel"]] < 0.0


def test_no_confident_article_line_gives_zeros() -> None:
    lines = [PARA, TEASER]
    infos, _ = document_features(lines)
    out = article_context_features(np.array([0.9, 0.8]), np.array([100.0, 100.0]), [i.content for i in infos],
                                   np.ones(2))
    assert not out.any()


def test_model_reads_the_article_context_it_was_trained_with() -> None:
    shipped = dump._model()
    assert shipped.article_context == ()
    raw = dump.json.loads((dump.resources.files("kibaru") / "data" / "boilerplate_model.json").read_text("utf-8"))
    stage2 = dict(raw["stage2"])
    stage2["features"] = [*stage2["features"], "ctx_art_after", "ctx_sim_art"]
    model = dump.model_from_dict({**raw, "stage2": stage2})
    assert model.article_context == (1, 2)
    stage2["features"] = [*raw["stage2"]["features"], "ctx_sim_art", "ctx_art_after"]  # out of order
    try:
        dump.model_from_dict({**raw, "stage2": stage2})
    except ValueError:
        pass
    else:
        raise AssertionError("a stage-2 feature list out of the code's order must be refused")
