"""Line-level evaluation of the plain-text dump cleaner on real web pages.

Data: ``$KIBARU_SHARED/corpus/html_gold/manifest.jsonl`` (default ``<repo>/../shared``), the rows
with ``gold_type == "full"`` (Readability.js test pages and the Scrapinghub article-extraction
benchmark: a complete reference main text per page). The pages are © their sites and are never
copied into the repository; only file names are stored (in the split file).

Rendering (what an analyst's scraper would dump): the *whole visible text* of the page, one line per
block element. ``script/style/noscript/template/head`` (and ``svg``, ``iframe``, elements with the
``hidden`` attribute or an inline ``display:none``) are dropped; text is emitted in document order
and a line break is forced at the start and end of every block element (p, div, li, h1–h6, td, …)
and at ``<br>``; whitespace is collapsed; empty lines are dropped.

Labelling rule (a dump line is *article* when it belongs to the reference text), after
normalisation (NFKC, case-folded, whitespace collapsed, typographic quotes/dashes unified):

1. the line equals a reference line, or is contained (on word boundaries) in the reference text and has at least
   ``MIN_CONTAINED_TOKENS`` word tokens (a short string such as "Share" or "News" is found in many
   texts by chance, so short lines must match a whole reference line, or be contained in a
   reference line of at most twice their length + 2 tokens — a byline split off its date);
2. otherwise, a line of at least ``MIN_CONTAINED_TOKENS`` tokens whose word bigrams are at least
   ``MIN_BIGRAM_COVERAGE`` covered by the reference's bigrams (the renderer and the reference may
   split or join inline text differently: captions, links, footnote marks).

3. (round 3) a short line that equals a reference line is article at most as many times as the reference holds
   that line: the copies nearest to the page's long article lines keep the label (a navbox repeating "Mozilla", a
   table of contents listing "Introduction" before the heading matched every copy).

Everything else is *boilerplate*. The cleaner's "title", "credit" and "header" lines count as
boilerplate predictions (the references do not contain the headline); "body" is the article
prediction.

Split: by page, seeded (``SPLIT_SEED``), 60% dev / 40% held-out, frozen in
``benchmarks/data/boilerplate_split.json``. Everything (cue lists, weights, thresholds) is tuned or
trained on dev only; the held-out figures are the accuracy claim.

Run: ``.venv/bin/python benchmarks/boilerplate_eval.py [--split dev|heldout|both] [--errors N]``.
Exits 1 when held-out boilerplate F1 is under ``HELDOUT_BOILERPLATE_F1_FLOOR``. Other modes:
``--train`` (refit the model on dev), ``--cv`` (5-fold cross-validation by page inside dev: the honest
dev estimate, since dev is the training set), ``--snippets`` (with/without check on the 26 French
trafilatura pages, whose gold is partial).

Measured (model of this commit, trained on dev with the old labelling; fixed labelling rule; line-level,
boilerplate class): held-out 70 pages / 13,536 lines P 0.953 R 0.911 F1 0.932 (0.931 with the old rule, same
run); dev 5-fold CV F1 0.9377 (DECISION_THRESHOLD 0.5; 0.55 gave 0.9378). The same configuration retrained on
the fixed labels scored held-out P 0.946 R 0.923 F1 0.934 in that run, but it removes the second paragraph of
the spec's ``format-b.txt`` sample (probability 0.51, the shipped model 0.43: ``test_spec_examples_sanity``);
+0.002 is within the noise below, so the shipped model was kept. The 0.95 target is not reached.

Labelling fix (round 2): containment was a plain substring test, so "Read" was article because the reference
has "Further reading", "US" because of "bugs", a navbox's "v" / "t" / "e" because of any word holding the
letter. It is now on word boundaries (scripts without spaces, CJK, keep substring containment): 43 of 16,853
dev lines and 9 held-out lines became boilerplate. Dev CV of the unchanged model configuration: 0.9341 with the
old rule, 0.9377 with the fixed one (the labels, not the model, changed).

Round 3 (branch boiler3): 101 extra real pages (see "extra pages" below) split into ``extra_dev`` (61) and a new blind
``heldout2`` (40), frozen and committed before any change; labelling rule 3. Out-of-fold on dev + extra_dev (165 pages,
raw stage-2 probabilities at 0.5): 0.9505 (0.9360 on the original 104, 0.9701 on the 61 extra: more training pages
did not move the original dev). Tried and dropped: a linear-chain CRF (python-crfsuite, L2 0.1 / 1) over the
out-of-fold stage-2 probabilities (binned, ±2 neighbours) with or without shape/core features: 0.9480-0.9497 < 0.9505;
windowed core similarity (±3 / ±8), a comment zone after the core, "N hours ago" / "says:" lines, a phrase repeated
inside the line (teaser cards), unrelated prose around the line: 0.9450 (-0.0055). One held-out run of both models
(same run, rule 3 labels): shipped model heldout 0.932 / heldout2 0.941; retrained on dev + extra_dev 0.934 / 0.941,
with article-line F1 lower on both (0.756 → 0.743, 0.806 → 0.797): not shipped (within the noise). 0.95 not reached.

Round 4 (branch boiler4): real French news dumps. 213 excerpts of real pages from the project's page store (55 topical
queries, every result of the right shape kept, in rank order), labelled per line (guideline, protocol and format in
``benchmarks/data/REAL_DUMPS.md``; the text is local-only under ``$KIBARU_REAL_DUMPS``, the repository holds URLs,
hashes and labels, ``real_dumps.py`` reads and checks the local copy). Split by outlet, seeded, frozen and committed
before any run: ``real_dev`` (106 pages, 799 lines, 135 boilerplate) and the blind ``real_heldout`` (107 pages, 640
lines, 63 boilerplate). On these pages the headline is article (``title`` scores as article), a credit line is
boilerplate. Training (``--train``, ``--cv``) now uses ``dev_real`` = dev + extra_dev + real_dev, a real line weighing
REAL_TRAIN_WEIGHT html lines; ``--cv`` folds real pages by outlet and reports html pages and real dumps apart.
Before (main's cleaner, one run after the commit): real_heldout boilerplate F1 0.746. Dev CV of the final
configuration (features: cue groups, teaser lead-in, hard-wrap shape; rules: lead-ins, consent banners, datelines,
photo credits, signatures; threshold 0.55): html dev_all 0.950, real_dev 0.869 (round-3 configuration: 0.949 /
0.729). Final, one run of both cleaners (``boilerplate_compare.py``): real_heldout 0.746 → 0.871, heldout 0.932 →
0.936, heldout2 0.941 → 0.945. 0.95 is not reached. Details and the steps: benchmarks/RESULTS.md, round 4.

Round 5 (branch boiler5): whole real news pages. 475 English pages of the DAnIEL corpus (html as crawled + a hand-made
reference holding the headline; ``benchmarks/daniel_pages.py``, text local-only under ``$KIBARU_BOILERPLATE_EXTRA``)
labelled with this script's rule, split by outlet (outlets of earlier splits all on the dev side; syndicated copies of
dev stories left out) and frozen before any change: ``daniel_dev`` (237 pages) and the blind ``heldout9`` (218 pages,
44,940 lines, 41,380 boilerplate). On these pages ``title`` counts as an article prediction (``Page.headline``).
Training on daniel_dev (``--train-split dev_real9``) was tried and dropped: real_dev CV 0.869 → 0.803 (weight 1) / 0.813
(weight 0.1), html CV 0.950 → 0.951. Kept: a comment-thread rule in the cleaner (daniel_dev 0.9845 → 0.9875, article
lines 0.825 → 0.854; real_dev and dev_all unchanged). Final, one run (compare script): heldout9 0.980 → 0.980
(article lines 0.789 → 0.794), real_heldout 0.871, heldout 0.936, heldout2 0.945 (unchanged). RESULTS.md, round 5.

Round 6 (branch boiler6): whole French pages. The 103 French pages of the "europa" corpus (European Commission press
releases, whole pages as crawled + the release's own text as reference, headline included; github.com/rundimeco/waddle
@ dddf85c; ``benchmarks/europa_pages.py``, text local-only under ``$KIBARU_BOILERPLATE_EXTRA``), labelled with this
script's rule and frozen before any change as the blind ``heldout10`` (one site, one template: the whole set is blind).
Dev work on French whole news pages (5 pages of the fundus test suite, local-only, and the trafilatura snippet check),
with the earlier splits as no-harm checks: rules for subscription-wall lines, agency-credit captions, advertising
lines, lists under a related-stories heading, the headline past a byline/button block and the standfirst under it
(``kibaru.ingest.clean.dump``; words in ``data/boilerplate_cues.yaml``); model unchanged. Final, one run (compare
script): heldout10 0.942 → 0.941 (article lines 0.816 → 0.814), heldout9 0.980 → 0.981, real_heldout 0.871 → 0.880,
heldout 0.936 → 0.935, heldout2 0.945 → 0.946. 0.95 is not reached on the French whole pages. RESULTS.md, round 6.

Round 7 (branch boiler7): a second blind set of real French dumps, ``real_heldout2`` (156 pages, 118 outlets, 1,050
lines, 192 boilerplate; ``real_dumps.py``, ``data/real_dumps2_labels.jsonl``, text local-only), committed before any
change. Dev work on heldout10's article errors (tables of figures rendered one cell per line, dropped as furniture,
and read as datelines) and on the real_dev / real_heldout errors: tables of figures inside the article and an annex
table after it are article, a figure is not a dateline, a timestamp line, an audio/video credit line, a header marker
whose remainder is a URL and a "Retrouvez …" pointer are boilerplate; model unchanged (retraining with real_heldout
tried, no clear CV gain). Final, one run (compare script): real_heldout2 0.862 → 0.865, heldout10 0.941 → 0.963,
real_heldout 0.880 → 0.923, heldout 0.935 → 0.937, heldout2 0.946 → 0.951, heldout9 0.981. RESULTS.md, round 7.

Tried on dev CV and dropped, round 1 (old labelling, baseline 0.9342; 16,853 lines): a ±15-line window of
first-stage probabilities (0.9324), that plus the ±2 neighbours and the mean/length of the same-side run
(0.9330), sentence count / trailing ellipsis / byline / short-date line features (0.9343 vs 0.9342).
Whole-document sequence decoding of the out-of-fold stage-2 probabilities, applied before the cleaner's
rules (2-state Viterbi: emission = log-odds against the threshold clipped to ±1/2/4/8, optionally weighted
by clip(sqrt(chars/40..160), 0.5, 2); switch penalty 0.1–8; also "outside the outermost article block
only", "may only add boilerplate" and "may only rescue article" variants): best 0.9360 of ~140 settings
(penalty 0.25, clip 1, length scale 40), +0.002, below the +0.005 bar and a maximum over many tries;
large penalties hurt (8: 0.927). Why: stage 2 already sees its neighbours' stage-1 probabilities, only
170 of 1,668 out-of-fold line errors are isolated flips, and the gold article is not one block (4.3
article runs per dev page on average, up to 54: captions, links and asides interrupt it).

Tried on dev CV and dropped, round 2 (bar: +0.003; old labelling, baseline 0.9341, unless "fixed"):
* a learned lexical model, stacked: hashed character 3–5-grams of the case-folded, digit-masked line → L2
  logistic regression, cross-fitted (nested inside each CV fold); its logit, the neighbours' and the ±2-line
  mean as stage-1 features. 2**18 buckets, C=1: 0.9337; 2**16, C=0.1: 0.9278 (the regression alone: line
  F1 0.896 / 0.886). The pages come one per site: the wording it learns is the site's, not boilerplate's;
* TF-IDF cosine of each line to the core's prose and to its 5 longest lines, character distance to the core,
  the page's prose share: 0.9222 (a page-constant feature lets the trees tell pages apart);
* stage-2 "barrier" features (confident boilerplate lines between a line and the stage-1 core, the highest
  probability on the way, probability-weighted article share after / around the line): 0.9370 in a screening
  run, but 0.9346 (fixed) against 0.9377 (fixed) in the real ``--cv``: differences of ±0.003 are the noise of
  re-fitting the trees on slightly different labels;
* 300 trees of depth 5, learning rate 0.05: 0.9371; 0.9377 = 0.9377 (fixed); with the barrier features 0.9360.

What the remaining errors are (out-of-fold, round 2): half of the ~1,600 line errors are on 10 of the 104 dev
pages, 27% on three: a Wikipedia list whose table cells (years, film titles: one short line each) the
reference keeps, a Wikipedia article with navboxes and reference lists, and a news article with a 50-picture
gallery of unrelated stories pasted mid-article (boilerplate for the reference) while the video player's
controls ("Play", "Current Time 0:00", "Fullscreen") are in the reference. About 60% of the errors remove
article lines: lists, tables of contents and table cells that the references keep but that look like menus;
most of the rest are related-story teasers (headline + summary prose) and comment threads after the article,
and one page whose reference is the whole page. These follow the reference extractors' choices more than the
lines' wording or shape, which is why cue, lexical and similarity features stop helping near 0.935.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import random
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree, html

REPO = Path(__file__).resolve().parent.parent
SPLIT_FILE = REPO / "benchmarks" / "data" / "boilerplate_split.json"
SPLIT_SEED = 20240611
DEV_SHARE = 0.6

# Labelling constants (see module docstring); chosen by reading dev pages' label disagreements, not tuned for F1.
MIN_CONTAINED_TOKENS = 4
MIN_BIGRAM_COVERAGE = 0.8

# The CI gate: held-out boilerplate line F1 was 0.931 when the model was frozen (first and only run on the
# held-out pages), 0.931 again in the single run after the faster features and title rules (same model), and
# 0.932 in the single round-2 run (same model, labelling fixed), 0.932 again in round 3 (same model, labelling rule 3);
# the floor sits just under it so that unrelated changes do not flap while a real regression fails. Round 4 (new
# model and rules): 0.936 in the single final run; the floor stays at 0.93.
HELDOUT_BOILERPLATE_F1_FLOOR = 0.93
# Round 4: the same gate on the blind real French dumps (``real_heldout``, local-only text; the test skips loudly
# without it). 0.871 in the single final run (main's cleaner: 0.746); the floor sits just under it.
REAL_HELDOUT_BOILERPLATE_F1_FLOOR = 0.86
# Round 5: the gate on the blind DAnIEL whole pages (``heldout9``, local-only text; the test skips loudly without it).
# 0.980 before (main) and 0.980 after in the single final run; the floor sits just under it.
HELDOUT9_BOILERPLATE_F1_FLOOR = 0.97
# Round 6: the gate on the blind whole French pages (``heldout10``, European Commission press releases, local-only
# text; the test skips loudly without it). 0.942 before (main) and 0.941 after in the single final run; the floor sits
# under it.
HELDOUT10_BOILERPLATE_F1_FLOOR = 0.93
# Round 7: the gate on the second blind set of real French dumps (``real_heldout2``, local-only text; the test skips
# loudly without it). 0.862 before (main) and 0.865 after in the single final run; the floor sits just under it.
REAL_HELDOUT2_BOILERPLATE_F1_FLOOR = 0.85
# Round 8: the gate on the third blind set (``real_heldout3``; 0.745 at the final run, local-only text; skips loudly
# without it). real_heldout2 (0.898 since round 8, development data) keeps its round-7 floor.
REAL_HELDOUT3_BOILERPLATE_F1_FLOOR = 0.73
# Round 9: the gate on the fourth blind set (``real_heldout4``; 0.676 before (main) and 0.798 after in the single final
# run, local-only text; skips loudly without it). real_heldout3 (0.876 since round 9, development data) keeps 0.73.
REAL_HELDOUT4_BOILERPLATE_F1_FLOOR = 0.78
# Round 10: the gate on the fifth blind set (``real_heldout5``; 0.884 before (main) and 0.894 after in the single final
# run, local-only text; skips loudly without it). real_heldout4 (0.872 since round 10, development data) keeps 0.78.
REAL_HELDOUT5_BOILERPLATE_F1_FLOOR = 0.88
# Round 11: the gate on the sixth blind set (``real_heldout6``; 0.854 before (main) and 0.854 after in the single final
# run, local-only text; skips loudly without it). real_heldout5 (0.905 since round 11, development data) keeps 0.88.
REAL_HELDOUT6_BOILERPLATE_F1_FLOOR = 0.84
# Round 12: the gate on the seventh blind set (``real_heldout7``, several pages per outlet; 0.803 before (main) and
# 0.803 after in the single final run, the same with LineStats off; local-only text; skips loudly without it).
REAL_HELDOUT7_BOILERPLATE_F1_FLOOR = 0.78
# Round 13: the gate on the eighth blind set (``real_heldout8``, 62 pages from new queries; 0.792 before (main) and
# after (boiler13) in one run): a little under it.
REAL_HELDOUT8_BOILERPLATE_F1_FLOOR = 0.77
# Round 14: the gate on the ninth blind set (``real_heldout9``, 63 pages from new queries; 0.870 before (main) and
# 0.883 after (boiler14) in one run): a little under it. real_heldout8 (0.838 since round 14, development data) keeps
# 0.77.
REAL_HELDOUT9_BOILERPLATE_F1_FLOOR = 0.86
# Round 15: the gate on the tenth blind set (``real_heldout10``, 54 pages from new queries; 0.807 before and after in
# one run, main = boiler15): a little under it.
REAL_HELDOUT10_BOILERPLATE_F1_FLOOR = 0.79
# Round 16: the gate on the eleventh blind set (``real_heldout11``, 48 pages from new queries; 0.800 before (main)
# and 0.812 after (boiler16) in one run): a little under it.
REAL_HELDOUT11_BOILERPLATE_F1_FLOOR = 0.79
# Round 17: the gate on the twelfth blind set (``real_heldout12``, 53 pages from new queries; 0.870 before (main) and
# after (boiler17) in one run): main's figure minus 0.01.
REAL_HELDOUT12_BOILERPLATE_F1_FLOOR = 0.86
# Round 18: the gate on the thirteenth blind set (``real_heldout13``, 55 pages from new queries; 0.778 before (main) and
# after (boiler18) in one run): main's figure minus 0.01, rounded down.
REAL_HELDOUT13_BOILERPLATE_F1_FLOOR = 0.76
# Round 19: the gate on the fourteenth blind set (``real_heldout14``, 37 pages from new queries; 0.881 before (main) and
# after (boiler19) in one run): main's figure minus 0.01, rounded down.
REAL_HELDOUT14_BOILERPLATE_F1_FLOOR = 0.87
# Round 20: the gate on the fifteenth blind set (``real_heldout15``, 39 pages from new queries; 0.837 before (main
# 7196ce8, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT15_BOILERPLATE_F1_FLOOR = 0.82
# Round 21 (branch blindb): the gate on the sixteenth blind set (``real_heldout16``, 35 pages from new queries; 0.587
# before (main e7a8ac5, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT16_BOILERPLATE_F1_FLOOR = 0.57
# Round 22 (branch blindb17): the gate on the seventeenth blind set (``real_heldout17``, 48 pages from new queries;
# 0.742 before (main ed3b69d, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT17_BOILERPLATE_F1_FLOOR = 0.73
# Round 23 (branch blindb18): the gate on the eighteenth blind set (``real_heldout18``, 51 pages from new queries;
# 0.814 before (main f9d3bb8, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT18_BOILERPLATE_F1_FLOOR = 0.80
# Round 24 (branch blindb19): the gate on the nineteenth blind set (``real_heldout19``, 53 pages from new queries;
# 0.812 before (main acbc3b5, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT19_BOILERPLATE_F1_FLOOR = 0.80
# Round 25 (branch blindb20): the gate on the twentieth blind set (``real_heldout20``, 59 pages from new queries;
# 0.902 before (main 3dbfd66, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT20_BOILERPLATE_F1_FLOOR = 0.89
# Round 26 (branch blindb21): the gate on the twenty-first blind set (``real_heldout21``, 53 pages from new queries;
# 0.897 before (main da6e32b, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT21_BOILERPLATE_F1_FLOOR = 0.88
# Round 27 (branch blindb22): the gate on the twenty-second blind set (``real_heldout22``, 56 pages from new queries;
# 0.903 before (main a467914, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT22_BOILERPLATE_F1_FLOOR = 0.89
# Round 28 (branch blindb23): the gate on the twenty-third blind set (``real_heldout23``, 56 pages from new queries;
# 0.937 before (main 6bd69c7, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT23_BOILERPLATE_F1_FLOOR = 0.92
# Round 29 (branch blindb24): the gate on the twenty-fourth blind set (``real_heldout24``, 55 pages from new queries;
# 0.817 before (main 50383e1, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT24_BOILERPLATE_F1_FLOOR = 0.80
# Round 30 (branch blindb25): the gate on the twenty-fifth blind set (``real_heldout25``, 55 pages from new queries;
# 0.746 before (main 3c7e42c, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT25_BOILERPLATE_F1_FLOOR = 0.73
# Round 31 (branch blindb26): the gate on the twenty-sixth blind set (``real_heldout26``, 52 pages from new queries;
# 0.893 before (main 0037a3c, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT26_BOILERPLATE_F1_FLOOR = 0.88
# Round 32 (branch blindb27): the gate on the twenty-seventh blind set (``real_heldout27``, 68 pages from new queries;
# 0.850 before (main 7e15218, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT27_BOILERPLATE_F1_FLOOR = 0.84
# Round 33 (branch blindb28): the gate on the twenty-eighth blind set (``real_heldout28``, 53 pages from new queries;
# 0.812 before (main 26e171f, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT28_BOILERPLATE_F1_FLOOR = 0.80
# Round 34 (branch blindb29): the gate on the twenty-ninth blind set (``real_heldout29``, 89 pages from new queries;
# 0.877 before (main a578298, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT29_BOILERPLATE_F1_FLOOR = 0.86
# Round 35 (branch blindb30): the gate on the thirtieth blind set (``real_heldout30``, 101 pages from new queries;
# 0.855 before (main f132346, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT30_BOILERPLATE_F1_FLOOR = 0.84
# Round 36 (branch blindb31): the gate on the thirty-first blind set (``real_heldout31``, 92 pages from new queries;
# 0.867 before (main 43cbcd8, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT31_BOILERPLATE_F1_FLOOR = 0.85
# Round 37 (branch blindb32): the gate on the thirty-second blind set (``real_heldout32``, 73 pages from new queries;
# 0.904 before (main f36b3f2, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT32_BOILERPLATE_F1_FLOOR = 0.89
# Round 38 (branch blindb33): the gate on the thirty-third blind set (``real_heldout33``, 85 pages from new queries;
# 0.919 before (main 5639d22, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT33_BOILERPLATE_F1_FLOOR = 0.90
# Round 39 (branch blindb34): the gate on the thirty-fourth blind set (``real_heldout34``, 62 pages from new queries;
# 0.750 before (main c888ec7, one run, summary only)): main's figure minus 0.01, rounded down.
REAL_HELDOUT34_BOILERPLATE_F1_FLOOR = 0.74

_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed",
                        "canvas", "map", "select"})
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
    "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "section", "article", "header", "footer",
    "nav", "aside", "main", "form", "fieldset", "legend", "figure", "figcaption", "address", "hr", "br",
    "details", "summary", "body", "html", "center", "menu", "option", "textarea", "label", "button",
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
                         "\u00a0": " "})


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))


def gold_dir() -> Path:
    return shared_dir() / "corpus" / "html_gold"


# ---------------------------------------------------------------------------------------------- rendering

def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def render_dump(page: bytes | str) -> list[str]:
    """The page's visible text, one line per block element (see module docstring)."""
    text = _decode(page) if isinstance(page, bytes) else page
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _WS.sub(" ", "".join(buf)).strip()
        buf.clear()
        if line:
            lines.append(line)

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in _DROP_TAGS or _hidden(el):
            return  # comments / processing instructions / dropped subtrees (their tail is handled by the parent)
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return lines


# ---------------------------------------------------------------------------------------------- labelling

def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _WS.sub(" ", text).strip()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(tokens))


@dataclass(slots=True)
class _Gold:
    text: str
    lines: set[str]
    short_lines: list[tuple[str, int]]
    bigrams: set[tuple[str, str]]
    line_counts: dict[str, int]


def _gold(gold_text: str) -> _Gold:
    norm_lines = [normalise(x) for x in gold_text.splitlines()]
    norm_lines = [x for x in norm_lines if x]
    text = " \n ".join(norm_lines)
    short = [(x, len(_tokens(x))) for x in norm_lines if len(_tokens(x)) <= 2 * MIN_CONTAINED_TOKENS + 2]
    counts: dict[str, int] = {}
    for x in norm_lines:
        counts[x] = counts.get(x, 0) + 1
    return _Gold(text, set(norm_lines), short, _bigrams(_tokens(text)), counts)


def _word_char(ch: str) -> bool:
    # Scripts written without spaces between words (CJK from U+2E80 on) have no word boundary to respect.
    return (ch.isalnum() or ch == "_") and ord(ch) < 0x2E80


def contained(needle: str, hay: str) -> bool:
    """Whether ``needle`` occurs in ``hay`` on word boundaries: "read" is not in "further reading", "us" is not
    in "bugs", "v" is not in "navigation" (a plain substring test made such short lines article)."""
    start = 0
    while (i := hay.find(needle, start)) >= 0:
        j = i + len(needle)
        left_ok = i == 0 or not (_word_char(hay[i - 1]) and _word_char(needle[0]))
        right_ok = j == len(hay) or not (_word_char(hay[j]) and _word_char(needle[-1]))
        if left_ok and right_ok:
            return True
        start = i + 1
    return False


def label_lines(lines: list[str], gold_text: str) -> list[bool]:
    """True for lines that belong to the reference main text (rule in the module docstring)."""
    gold = _gold(gold_text)
    out: list[bool] = []
    for line in lines:
        norm = normalise(line)
        toks = _tokens(norm)
        if not toks:
            out.append(norm in gold.lines)
            continue
        if norm in gold.lines:
            out.append(True)
        elif len(toks) >= MIN_CONTAINED_TOKENS:
            if contained(norm, gold.text):
                out.append(True)
            else:
                bg = _bigrams(toks)
                out.append(bool(bg) and len(bg & gold.bigrams) / len(bg) >= MIN_BIGRAM_COVERAGE)
        else:
            out.append(any(n <= 2 * len(toks) + 2 and contained(norm, g) for g, n in gold.short_lines))
    return _limit_repeats(lines, out, gold)


def _limit_repeats(lines: list[str], out: list[bool], gold: _Gold) -> list[bool]:
    """Rule 3 (round 3): a short line (under ``MIN_CONTAINED_TOKENS`` tokens) that equals a reference line can be
    article at most as many times as the reference holds that line. A navbox that repeats "Mozilla" seven times, or a
    table of contents that lists "Introduction" before the section heading does, matched every copy; only the
    copies nearest (in lines) to the page's long article lines keep the article label."""
    norms = [normalise(line) for line in lines]
    short = [k for k, (norm, art) in enumerate(zip(norms, out, strict=True))
             if art and len(_tokens(norm)) < MIN_CONTAINED_TOKENS and norm in gold.lines]
    groups: dict[str, list[int]] = {}
    for k in short:
        groups.setdefault(norms[k], []).append(k)
    anchors = [k for k, (norm, art) in enumerate(zip(norms, out, strict=True))
               if art and len(_tokens(norm)) >= MIN_CONTAINED_TOKENS]
    fixed = list(out)
    for norm, where in groups.items():
        allowed = gold.line_counts.get(norm, 0)
        if len(where) <= allowed:
            continue

        def distance(k: int) -> int:
            return min((abs(k - a) for a in anchors), default=0)

        for k in sorted(where, key=lambda k: (distance(k), k))[allowed:]:
            fixed[k] = False
    return fixed


# ---------------------------------------------------------------------------------------------- data set

@dataclass(slots=True)
class Page:
    file: str
    group: str
    lines: list[str]
    gold: list[bool]
    title: str | None = None  # the page's title from the source's metadata (Readability rows)
    raw: str | None = None  # real dumps (round 4): the whole file, given to the cleaner as it is
    real: bool = False  # real dumps: the headline is article, so "title" counts as an article prediction
    headline: bool = False  # round 5 (DAnIEL pages): html page whose reference holds the headline ("title" = article)


def _site(url: str | None, file: str) -> str:
    if url:
        m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url)
        if m:
            return m.group(1)
    return file


def manifest_rows() -> list[dict[str, Any]]:
    path = gold_dir() / "manifest.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def full_rows() -> list[dict[str, Any]]:
    return [r for r in manifest_rows() if r.get("gold_type") == "full"]


def load_page(row: dict[str, Any]) -> Page:
    path = gold_dir() / row["file"]
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    lines = render_dump(raw)
    gold = label_lines(lines, row["gold_text"])
    return Page(row["file"], _site(row.get("url"), row["file"]), lines, gold, row.get("title"))


def make_split(files: Iterable[str]) -> dict[str, Any]:
    names = sorted(files)
    random.Random(SPLIT_SEED).shuffle(names)
    cut = round(len(names) * DEV_SHARE)
    return {"seed": SPLIT_SEED, "dev_share": DEV_SHARE, "dev": sorted(names[:cut]), "heldout": sorted(names[cut:])}


def load_split() -> dict[str, Any]:
    with SPLIT_FILE.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


# ---------------------------------------------------------------------------------------------- extra pages

# Extra real pages (round 3), read from local checkouts of the two public repositories the shared html_gold rows
# come from, at the commits recorded in SOURCES.md, under ``$KIBARU_BOILERPLATE_EXTRA`` (default
# ``<repo>/../extra_boiler``): ``scrapinghub/`` = github.com/scrapinghub/article-extraction-benchmark @ 4a3bc97
# (``html/*.html.gz`` + ``ground-truth.json``; MIT, pages © their sites) and ``readability/`` =
# github.com/mozilla/readability @ ab4027a (``test/test-pages/<name>/{source,expected}.html``; Apache-2.0, pages ©
# their sites). Only the pages the shared manifest does not already hold: the 91 other Scrapinghub pages and the
# 10 real-site Readability pages over 600 KB (the shared copy stopped at 600 KB; under 10 KB are the
# library's synthetic unit pages). Gold: Scrapinghub's ``articleBody``; Readability's expected.html rendered like
# a dump (block elements → lines), as the shared rows were. Nothing of them is copied into this repository; the
# split file stores their names only. Split 60/40 with the same seed: ``extra_dev`` joins the training data,
# ``heldout2`` is a second blind held-out split (committed before any system change of round 3).
EXTRA_ENV = "KIBARU_BOILERPLATE_EXTRA"
READABILITY_MIN_BYTES = 10_000


def extra_dir() -> Path:
    return Path(os.environ.get(EXTRA_ENV, str(REPO.parent / "extra_boiler")))


def _canonical_url(raw: bytes) -> str | None:
    m = re.search(rb'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', raw) or re.search(
        rb'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)', raw)
    return m.group(1).decode("utf-8", "replace") if m else None


def extra_rows() -> list[dict[str, Any]]:
    """Manifest-like rows for the extra pages (``file`` prefixed ``extra/``); empty when the checkouts are absent."""
    root = extra_dir()
    known = {r["file"] for r in manifest_rows()}
    rows: list[dict[str, Any]] = []
    truth = root / "scrapinghub" / "ground-truth.json"
    if truth.exists():
        data = json.loads(truth.read_text(encoding="utf-8"))
        for key in sorted(data):
            if f"scrapinghub/{key}.html.gz" in known:
                continue
            rows.append({"file": f"extra/scrapinghub/{key}.html.gz", "path": str(root / "scrapinghub" / "html"
                         / f"{key}.html.gz"), "url": data[key].get("url"), "gold_text": data[key]["articleBody"]})
    pages_dir = root / "readability" / "test" / "test-pages"
    if pages_dir.is_dir():
        for d in sorted(pages_dir.iterdir()):
            source = d / "source.html"
            if f"readability/{d.name}.html" in known or not source.exists():
                continue
            if source.stat().st_size < READABILITY_MIN_BYTES:
                continue
            raw = source.read_bytes()
            meta_file = d / "expected-metadata.json"
            meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
            gold = "\n".join(render_dump((d / "expected.html").read_bytes()))
            rows.append({"file": f"extra/readability/{d.name}.html", "path": str(source), "url": _canonical_url(raw),
                         "gold_text": gold, "title": meta.get("title")})
    return rows


def load_extra_page(row: dict[str, Any]) -> Page:
    path = Path(row["path"])
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    lines = render_dump(raw)
    return Page(row["file"], _site(row.get("url"), row["file"]), lines, label_lines(lines, row["gold_text"]),
                row.get("title"))


def make_extra_split(files: Iterable[str]) -> dict[str, list[str]]:
    names = sorted(files)
    random.Random(SPLIT_SEED).shuffle(names)
    cut = round(len(names) * DEV_SHARE)
    return {"extra_dev": sorted(names[:cut]), "heldout2": sorted(names[cut:])}


# Splits: "dev" and "heldout" (shared pages), "extra_dev" and "heldout2" (extra pages), "dev_all" = dev + extra_dev
# (the round-3 training and model-selection data).
SPLITS = ("dev", "heldout", "extra_dev", "heldout2", "dev_all", "real_dev", "real_heldout", "dev_real", "daniel_dev",
          "heldout9", "dev_real9", "heldout10", "real_heldout2", "dev_real7", "dev_real8",
          "real_heldout3", "real_heldout4", "real_heldout5", "real_heldout6", "real_heldout7", "real_heldout8",
          "real_heldout9", "real_heldout10", "real_heldout11", "real_heldout12", "real_heldout13",
          "real_heldout14", "real_heldout15", "real_heldout16", "real_heldout17", "real_heldout18",
          "real_heldout19", "real_heldout20", "real_heldout21", "real_heldout22", "real_heldout23",
          "real_heldout24", "real_heldout25", "real_heldout26", "real_heldout27", "real_heldout28",
          "real_heldout29", "real_heldout30", "real_heldout31", "real_heldout32", "real_heldout33",
          "real_heldout34", "heldout11")
# Round 5: whole real news pages of the DAnIEL corpus (benchmarks/daniel_pages.py; text local-only).
DANIEL_SPLITS = ("daniel_dev", "heldout9")
# Round 6: whole French pages of the europa corpus (benchmarks/europa_pages.py; text local-only), all blind.
EUROPA_SPLITS = ("heldout10",)
# Session 35: whole French pages of Orange Actu from OrangeSum (benchmarks/orangesum_pages.py; text local-only), blind.
ORANGESUM_SPLITS = ("heldout11",)
# Round 7: real_heldout2, a second blind set of real French dumps (real_dumps2_labels.jsonl, text local-only).
# Round 8: real_heldout3, a third blind set (real_dumps3_labels.jsonl, text local-only).
# Round 9: real_heldout4, a fourth blind set (real_dumps4_labels.jsonl, text local-only).
# Round 10: real_heldout5, a fifth blind set (real_dumps5_labels.jsonl, text local-only).
# Round 11: real_heldout6, a sixth blind set (real_dumps6_labels.jsonl, text local-only).
# Round 12: real_heldout7, a seventh blind set with several pages per outlet (real_dumps7_labels.jsonl, local-only).
# Round 13: real_heldout8, an eighth blind set from new queries (real_dumps8_labels.jsonl, local-only).
# Round 14: real_heldout9, a ninth blind set from new queries (real_dumps9_labels.jsonl, local-only).
# Round 15: real_heldout10, a tenth blind set from new queries (real_dumps10_labels.jsonl, local-only).
# Round 16: real_heldout11, an eleventh blind set from new queries (real_dumps11_labels.jsonl, local-only).
# Round 17: real_heldout12, a twelfth blind set from new queries (real_dumps12_labels.jsonl, local-only).
# Round 18: real_heldout13, a thirteenth blind set from new queries (real_dumps13_labels.jsonl, local-only).
# Round 19: real_heldout14, a fourteenth blind set from new queries (real_dumps14_labels.jsonl, local-only).
# Round 20: real_heldout15, a fifteenth blind set from new queries (real_dumps15_labels.jsonl, local-only).
# Round 21 (blindb): real_heldout16, a sixteenth blind set from new queries (real_dumps16_labels.jsonl, local-only).
# Round 22 (blindb17): real_heldout17, a seventeenth blind set from new queries (real_dumps17_labels.jsonl, local-only).
# Round 23 (blindb18): real_heldout18, an eighteenth blind set from new queries (real_dumps18_labels.jsonl, local-only).
# Round 24 (blindb19): real_heldout19, a nineteenth blind set from new queries (real_dumps19_labels.jsonl, local-only).
# Round 25 (blindb20): real_heldout20, a twentieth blind set from new queries (real_dumps20_labels.jsonl, local-only).
# Round 26 (blindb21): real_heldout21, a twenty-first blind set from new queries (real_dumps21_labels.jsonl, local).
# Round 27 (blindb22): real_heldout22, a twenty-second blind set from new queries (real_dumps22_labels.jsonl, local).
# Round 28 (blindb23): real_heldout23, a twenty-third blind set from new queries (real_dumps23_labels.jsonl, local).
# Round 29 (blindb24): real_heldout24, a twenty-fourth blind set from new queries (real_dumps24_labels.jsonl, local).
# Round 30 (blindb25): real_heldout25, a twenty-fifth blind set from new queries (real_dumps25_labels.jsonl, local).
# Round 31 (blindb26): real_heldout26, a twenty-sixth blind set from new queries (real_dumps26_labels.jsonl, local).
# Round 32 (blindb27): real_heldout27, a twenty-seventh blind set from new queries (real_dumps27_labels.jsonl, local).
# Round 33 (blindb28): real_heldout28, a twenty-eighth blind set from new queries (real_dumps28_labels.jsonl, local).
# Round 34 (blindb29): real_heldout29, a twenty-ninth blind set from new queries (real_dumps29_labels.jsonl, local).
# Round 35 (blindb30): real_heldout30, a thirtieth blind set from new queries (real_dumps30_labels.jsonl, local).
# Round 36 (blindb31): real_heldout31, a thirty-first blind set from new queries (real_dumps31_labels.jsonl, local).
# Round 37 (blindb32): real_heldout32, a thirty-second blind set from new queries (real_dumps32_labels.jsonl, local).
# Round 38 (blindb33): real_heldout33, a thirty-third blind set from new queries (real_dumps33_labels.jsonl, local).
# Round 39 (blindb34): real_heldout34, a thirty-fourth blind set from new queries (real_dumps34_labels.jsonl, local).
REAL_SPLITS = ("real_dev", "real_heldout", "real_heldout2", "real_heldout3", "real_heldout4", "real_heldout5",
               "real_heldout6", "real_heldout7", "real_heldout8", "real_heldout9", "real_heldout10",
               "real_heldout11", "real_heldout12", "real_heldout13", "real_heldout14",
               "real_heldout15", "real_heldout16", "real_heldout17", "real_heldout18", "real_heldout19",
               "real_heldout20", "real_heldout21", "real_heldout22", "real_heldout23", "real_heldout24",
               "real_heldout25", "real_heldout26", "real_heldout27", "real_heldout28", "real_heldout29",
               "real_heldout30", "real_heldout31", "real_heldout32", "real_heldout33",
               "real_heldout34")


def iter_pages(split: str) -> Iterator[Page]:
    if split in REAL_SPLITS:
        # Round 4: real French news dumps (labels in benchmarks/data/real_dumps_labels.jsonl, text local-only).
        import real_dumps

        for rp in real_dumps.load_pages(real_dumps.load_split(split)):
            yield Page(rp.file, rp.outlet, rp.lines, rp.article, None, raw=rp.text, real=True)
        return
    frozen = load_split()
    whole_pages = "europa" if split in EUROPA_SPLITS else "daniel" if split in DANIEL_SPLITS else None
    whole_pages = "orangesum" if split in ORANGESUM_SPLITS else whole_pages
    if whole_pages is not None:
        import daniel_pages
        import europa_pages
        import orangesum_pages

        module = {"europa": europa_pages, "daniel": daniel_pages, "orangesum": orangesum_pages}[whole_pages]
        changed = 0
        for name, outlet, lines, gold, frozen_gold in module.load(frozen[split]):
            changed += sum(a != b for a, b in zip(gold, frozen_gold, strict=True))
            yield Page(f"{whole_pages}/{name}", outlet, lines, gold, None, headline=True)
        if changed:
            print(f"note: {split}: the current labelling rule changes {changed} frozen labels", file=sys.stderr)
        return
    if split == "dev_all":
        yield from iter_pages("dev")
        yield from iter_pages("extra_dev")
        return
    if split == "dev_real":
        yield from iter_pages("dev_all")
        yield from iter_pages("real_dev")
        return
    if split == "dev_real7":  # round 7: real_heldout is development data since round 5
        yield from iter_pages("dev_real")
        yield from iter_pages("real_heldout")
        return
    if split == "dev_real8":  # round 8: every real French dump that is development data (369 pages)
        yield from iter_pages("dev_real7")
        yield from iter_pages("real_heldout2")
        return
    if split == "dev_real9":  # round 5: every development page (html, real French dumps, DAnIEL pages)
        yield from iter_pages("dev_real")
        yield from iter_pages("daniel_dev")
        return
    wanted = set(frozen[split])
    if split in ("extra_dev", "heldout2"):
        rows = [r for r in extra_rows() if r["file"] in wanted]
        if len(rows) != len(wanted):
            raise SystemExit(f"{split}: {len(rows)} of {len(wanted)} extra pages found under {extra_dir()} "
                             f"(set {EXTRA_ENV}; see the extra-pages comment in {Path(__file__).name})")
        for row in rows:
            yield load_extra_page(row)
        return
    for row in full_rows():
        if row["file"] in wanted:
            yield load_page(row)



# ---------------------------------------------------------------------------------------------- training

MODEL_FILE = REPO / "src" / "kibaru" / "data" / "boilerplate_model.json"
CROSS_FIT_FOLDS = 5
# Decision threshold on the stage-2 probability: the best out-of-fold line boilerplate F1 among
# CV_THRESHOLDS in ``--cv`` on dev (in-sample probabilities of boosted trees are overconfident). Re-run after
# the labelling fix: 0.5 → 0.9377, 0.55 → 0.9378; kept at 0.5 for a difference far below the noise. Round 4
# (dev_real, real weight 30, round-4 features and rules): html 0.5 → 0.9513, 0.55 → 0.9515, 0.65 → 0.9505; real
# dumps 0.5 → 0.866, 0.55 → 0.878, 0.65 → 0.883: 0.55, the best html figure and near the best real one.
# Round 14 (benchmarks/boilerplate_calibrate.py: the whole cleaner at 0.35-0.7 on the 860 real dev pages the model
# never saw, real_heldout..real_heldout8, outlet-grouped 5-fold CV): pooled line boilerplate F1 0.890 (0.35), 0.899,
# 0.901, 0.903 (0.5), 0.903 (0.55), 0.903 (0.6), 0.900, 0.897 (0.7); the folds pick 0.5-0.6 and the calibrated choice
# scores lower out of fold (0.8979 vs 0.9035): lowering the threshold buys recall with more article lines lost (+5 at
# 0.5, +20 at 0.4) than boilerplate lines won. Kept at 0.55.
DECISION_THRESHOLD = 0.55


# Gradient-boosted trees (logistic loss, histogram splits). Sizes chosen once for a small, fast model
# (150 trees of depth 4 ≈ 40 KB of JSON), not searched.
N_TREES = 150
TREE_DEPTH = 4
LEARNING_RATE = 0.1
N_BINS = 32
MIN_CHILD_HESSIAN = 5.0
L2_LEAF = 1.0


def _fit_gbdt(x: Any, y: Any, w: Any = None) -> dict[str, Any]:
    """Boosted trees as complete binary trees of depth TREE_DEPTH (a node that does not split sends
    everything left), stored as arrays for a vectorised walk at inference time. ``w``: per-line weights
    (round 4: the real dumps' lines weigh more than the html pages' lines)."""
    import numpy as np

    n, m = x.shape
    w = np.ones(n) if w is None else np.asarray(w, dtype=np.float64)
    edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, N_BINS + 1)[1:-1])) for j in range(m)]
    xb = np.column_stack([np.searchsorted(edges[j], x[:, j], side="right") for j in range(m)])
    nb = N_BINS + 1
    xb_off = xb + (np.arange(m) * nb)[None, :]  # (feature, bin) cell of each value, for one bincount
    ybar = float((w * y).sum() / w.sum())
    base = float(np.log((ybar + 1e-6) / (1 - ybar + 1e-6)))
    f = np.full(n, base)
    n_internal = 2**TREE_DEPTH - 1
    feats, thrs, values = [], [], []
    for _ in range(N_TREES):
        p = 1.0 / (1.0 + np.exp(-f))
        g, h = w * (p - y), w * p * (1 - p)
        node = np.zeros(n, dtype=np.int64)  # heap index within the current level's first node
        tf = np.zeros(n_internal, dtype=np.int64)
        tt = np.full(n_internal, np.inf)
        for depth in range(TREE_DEPTH):
            first = 2**depth - 1
            width = 2**depth
            local = node - first
            best_gain = np.zeros(width)
            best_f = np.zeros(width, dtype=np.int64)
            best_b = np.full(width, -1)
            gs = np.bincount(local, g, minlength=width)
            hs = np.bincount(local, h, minlength=width)
            parent = gs**2 / (hs + L2_LEAF)
            # All features' histograms in one bincount (same per-bin summation order as one per feature).
            idx = (local * (m * nb))[:, None] + xb_off
            size = m * width * nb
            gh = np.bincount(idx.ravel(), np.repeat(g, m), minlength=size).reshape(width, m, nb).cumsum(axis=2)
            hh = np.bincount(idx.ravel(), np.repeat(h, m), minlength=size).reshape(width, m, nb).cumsum(axis=2)
            gr, hr = gs[:, None, None] - gh, hs[:, None, None] - hh
            gain = gh**2 / (hh + L2_LEAF) + gr**2 / (hr + L2_LEAF) - parent[:, None, None]
            gain[(hh < MIN_CHILD_HESSIAN) | (hr < MIN_CHILD_HESSIAN)] = 0.0
            flat = gain.reshape(width, m * nb)
            arg = flat.argmax(axis=1)  # first maximum in feature order, as a per-feature loop keeping only strict gains
            gmax = flat[np.arange(width), arg]
            better = gmax > 0.0
            best_gain[better], best_f[better], best_b[better] = gmax[better], arg[better] // nb, arg[better] % nb
            for w in range(width):
                if best_b[w] >= 0 and best_b[w] < len(edges[best_f[w]]):
                    tf[first + w] = best_f[w]
                    tt[first + w] = edges[best_f[w]][best_b[w]]
            thr_rows = tt[node]
            right = x[np.arange(n), tf[node]] >= thr_rows
            node = 2 * node + 1 + right
        leaf = node - n_internal
        gl = np.bincount(leaf, g, minlength=n_internal + 1)
        hl = np.bincount(leaf, h, minlength=n_internal + 1)
        v = -LEARNING_RATE * gl / (hl + L2_LEAF)
        f += v[leaf]
        feats.append(tf.tolist())
        thrs.append([float(t) if np.isfinite(t) else 1e300 for t in tt])
        values.append(v.tolist())
    return {"kind": "gbdt", "depth": TREE_DEPTH, "base": base, "feature": feats, "threshold": thrs, "value": values}


def _proba(stage: dict[str, Any], x: Any) -> Any:
    import numpy as np

    feat = np.asarray(stage["feature"])
    thr = np.asarray(stage["threshold"])
    val = np.asarray(stage["value"])
    n, t = len(x), len(feat)
    trees = np.arange(t)[None, :]
    node = np.zeros((n, t), dtype=np.int64)
    rows = np.arange(n)[:, None]
    for _ in range(stage["depth"]):
        node = 2 * node + 1 + (x[rows, feat[trees, node]] >= thr[trees, node])
    z = stage["base"] + val[trees, node - feat.shape[1]].sum(axis=1)
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


# Round 4: weight of a real French dump's line against an html_gold page's line in training. The real dev pages
# hold ~800 lines against ~27,700 html lines; chosen by the dev cross-validation (--cv --train-split dev_real) with
# the round-4 features before the rules: real-dump line F1 w=3 0.730, 10 0.735, 30 0.768, 100 0.751 (html 0.949-0.954).
REAL_TRAIN_WEIGHT = 30.0
# Round 5: weight of a DAnIEL page's line (daniel_dev, 237 pages, ~52,000 lines, 92 % boilerplate) in training.
DANIEL_TRAIN_WEIGHT = 1.0
# Round 8: line weight of the real dumps outside real_dev (real_heldout, real_heldout2: development data since rounds
# 5 and 8) when they are in a training split (``dev_real8``); None = REAL_TRAIN_WEIGHT. 0 leaves them out of training
# (the round-7 model's data) while ``--cv`` still scores them out of fold, on the same folds.
REAL_NEW_TRAIN_WEIGHT: float | None = None
_REAL_NEW_FILES: frozenset[str] | None = None


def _real_weight(page: Page) -> float:
    global _REAL_NEW_FILES
    if REAL_NEW_TRAIN_WEIGHT is None:
        return REAL_TRAIN_WEIGHT
    if _REAL_NEW_FILES is None:
        import real_dumps

        _REAL_NEW_FILES = frozenset(real_dumps.load_split("real_heldout")) | frozenset(
            real_dumps.load_split("real_heldout2"))
    return REAL_NEW_TRAIN_WEIGHT if page.file in _REAL_NEW_FILES else REAL_TRAIN_WEIGHT


def training_view(page: Page) -> tuple[list[str], list[bool]]:
    """The lines the classifier sees for a page and their gold (True = article), as ``clean_dump`` prepares them:
    lines stripped, on real dumps a leading date marker replaced by its remainder (a marker alone is not a model
    line), hard-wrapped sentences joined."""
    from kibaru.ingest.clean.dump import _header, wrapped_runs

    lines = [line.strip() for line in page.lines]
    gold = list(page.gold)
    if page.real:
        first_raw = (page.raw or "").splitlines()[:1]
        found = _header(page.lines[0]) if lines and first_raw and first_raw[0].strip() else None
        if found is not None:
            rest = found[2]
            if rest:
                lines[0] = rest
            else:
                lines, gold = lines[1:], gold[1:]
    # Round 4: hard-wrapped sentences are one logical line for the model (as in clean_dump); the gold of a run is
    # the majority of its lines' gold (ties: article).
    runs = wrapped_runs(lines)
    if len(runs) == len(lines):
        return lines, gold
    return ([" ".join(lines[i] for i in run) for run in runs],
            [2 * sum(gold[i] for i in run) >= len(run) for run in runs])


def trained_on(pages: list[Page]) -> dict[str, Any]:
    """Round 24: the model's provenance, written into the model file: how many html / DAnIEL pages, the real splits
    and their page counts, the real lines' weight. Only development splits may appear here."""
    real_split_of: dict[str, str] = {}
    if any(p.real for p in pages):
        import real_dumps

        for name in REAL_SPLITS:
            real_split_of.update(dict.fromkeys(real_dumps.load_split(name), name))
    real: dict[str, int] = {}
    for page in pages:
        if page.real:
            name = real_split_of.get(page.file, "?")
            real[name] = real.get(name, 0) + 1
    return {"html_pages": sum(not p.real and not p.headline for p in pages),
            "daniel_pages": sum(p.headline for p in pages), "real_splits": real,
            "real_weight": REAL_TRAIN_WEIGHT if real else None}


# Round 30: the weight of a boilerplate line from LONG_LINE_CHARS characters on, times its page's weight (1.0: as
# every other line; 3 and 10 were tried out of fold and left the pooled F1 within the noise of retraining).
LONG_LINE_CHARS = 100
LONG_BP_WEIGHT = 1.0


def train(pages: list[Page]) -> dict[str, Any]:
    """Fit both stages on the given (dev) pages; stage 2 sees cross-fitted stage-1 probabilities."""
    import numpy as np

    from kibaru.ingest.clean.features import CONTEXT_NAMES, FEATURE_NAMES, context_features, document_features

    views = [training_view(p) for p in pages]
    feats = [document_features(v[0])[1] for v in views]
    ys = [np.array([0.0 if g else 1.0 for g in v[1]]) for v in views]
    ws = [np.full(len(v[1]), _real_weight(p) if p.real else DANIEL_TRAIN_WEIGHT if p.headline else 1.0)
          for p, v in zip(pages, views, strict=True)]
    if LONG_BP_WEIGHT != 1.0:
        for v, y_, w_ in zip(views, ys, ws, strict=True):
            w_ *= np.where((y_ > 0) & (np.array([len(t) for t in v[0]]) >= LONG_LINE_CHARS), LONG_BP_WEIGHT, 1.0)
    folds = [k % CROSS_FIT_FOLDS for k in range(len(pages))]
    p1_cf: list[Any] = [None] * len(pages)
    for f in range(CROSS_FIT_FOLDS):
        tr = [k for k in range(len(pages)) if folds[k] != f]
        stage = _fit_gbdt(np.vstack([feats[k] for k in tr]), np.concatenate([ys[k] for k in tr]),
                          np.concatenate([ws[k] for k in tr]))
        for k in range(len(pages)):
            if folds[k] == f:
                p1_cf[k] = _proba(stage, feats[k])
    stage1 = _fit_gbdt(np.vstack(feats), np.concatenate(ys), np.concatenate(ws))
    lengths = [np.array([float(len(line)) for line in v[0]]) for v in views]
    x2 = np.vstack([np.hstack([feats[k], context_features(p1_cf[k], lengths[k])]) for k in range(len(pages))])
    y = np.concatenate(ys)
    stage2 = _fit_gbdt(x2, y, np.concatenate(ws))
    stage1["features"] = list(FEATURE_NAMES)
    stage2["features"] = list(FEATURE_NAMES + CONTEXT_NAMES)
    return {
        "about": "Boilerplate line classifier for plain-text dumps (kibaru.ingest.clean.dump). Gradient-"
                 "boosted trees (two stages) trained by benchmarks/boilerplate_eval.py --train on the dev pages only "
                 f"({len(pages)} pages, {len(y)} model lines: html_gold dev + extra_dev rendered as dumps, and "
                 f"{sum(p.real for p in pages)} real French dumps of real_dev weighted {REAL_TRAIN_WEIGHT:g}; never "
                 "the held-out splits); threshold = best dev 5-fold CV boilerplate F1.",
        "trained_on": trained_on(pages),
        "threshold": DECISION_THRESHOLD,
        "stage1": stage1,
        "stage2": stage2,
    }


# ---------------------------------------------------------------------------------------------- scoring

@dataclass(slots=True)
class Counts:
    tp: float = 0.0  # for the boilerplate class
    fp: float = 0.0
    fn: float = 0.0
    tn: float = 0.0

    def add(self, pred_bp: bool, gold_bp: bool, weight: float = 1.0) -> None:
        if pred_bp and gold_bp:
            self.tp += weight
        elif pred_bp:
            self.fp += weight
        elif gold_bp:
            self.fn += weight
        else:
            self.tn += weight

    @staticmethod
    def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def boilerplate(self) -> tuple[float, float, float]:
        return self._prf(self.tp, self.fp, self.fn)

    def article(self) -> tuple[float, float, float]:
        return self._prf(self.tn, self.fn, self.fp)

    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def predict(page: Page, stats: Any = None) -> list[bool]:
    """True where the cleaner removes the line. html_gold pages: anything but "body" (the references hold no
    headline). Real dumps (REAL_DUMPS.md): "boilerplate" and "credit"; "title" and "body" are article, a "header"
    line is scored by its remainder (kept as text) or as boilerplate when it is the marker alone."""
    from kibaru.ingest.clean.dump import clean_dump

    text = page.raw if page.raw is not None else "\n".join(page.lines)
    cleaned = clean_dump(text, stats=stats, group=page.group if stats is not None else None)
    labels = [lab for _, lab in cleaned.labels]
    if len(labels) != len(page.lines):  # cannot happen: the API labels every non-blank line once
        raise RuntimeError(f"{page.file}: {len(labels)} labels for {len(page.lines)} lines")
    if not page.real and not page.headline:
        return [lab != "body" for lab in labels]
    from kibaru.ingest.clean.dump import _header

    def kept(line: str) -> bool:  # the header line's remainder went into the text (or is the title)
        found = _header(line)
        rest = found[2] if found else ""
        return bool(rest) and (cleaned.title == rest or cleaned.text.split("\n", 1)[0] == rest)

    return [lab in ("boilerplate", "credit") or (lab == "header" and not kept(line))
            for (line, lab) in cleaned.labels]


def build_stats(pages: list[Page]) -> Any:
    # Round 12: KIBARU_EVAL_NO_STATS=1 scores the cleaner without the split's LineStats (what repetition gives).
    if os.environ.get("KIBARU_EVAL_NO_STATS") == "1":
        return None
    from kibaru.ingest.clean.repetition import LineStats

    stats = LineStats()
    for page in pages:
        stats.observe(page.group, page.raw if page.raw is not None else "\n".join(page.lines))
    return stats


def evaluate(pages: list[Page], errors: int = 0) -> tuple[Counts, Counts]:
    """Line-level and character-weighted counts over pages."""
    lines, chars = Counts(), Counts()
    stats = build_stats(pages)
    shown = 0
    for page in pages:
        for line, gold_art, pred_bp in zip(page.lines, page.gold, predict(page, stats), strict=True):
            lines.add(pred_bp, not gold_art)
            chars.add(pred_bp, not gold_art, float(len(line)))
            if errors and shown < errors and pred_bp == (not gold_art):
                continue
            if errors and shown < errors:
                shown += 1
                kind = "FALSE-BP" if pred_bp else "MISSED-BP"
                print(f"{kind} {page.file[:40]}: {line[:150]!r}")
    return lines, chars


# Thresholds scored by ``--cv`` (out-of-fold, so the choice is not fitted to training predictions).
CV_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def cv_folds(pages: list[Page], folds: int = CROSS_FIT_FOLDS) -> list[int]:
    """Fold of each page: html pages in turn (as before round 4); real dumps by outlet (sorted outlets in turn), so
    that one outlet's template is never on both sides of a fold."""
    out: list[int] = []
    outlets = sorted({p.group for p in pages if p.real})
    outlet_fold = {o: k % folds for k, o in enumerate(outlets)}
    daniel = sorted({p.group for p in pages if p.headline})  # round 5: DAnIEL pages by outlet too
    daniel_fold = {o: k % folds for k, o in enumerate(daniel)}
    html_k = 0
    for page in pages:
        if page.headline:
            out.append(daniel_fold[page.group])
        elif page.real:
            out.append(outlet_fold[page.group])
        else:
            out.append(html_k % folds)
            html_k += 1
    return out


def cross_validate(pages: list[Page], folds: int = CROSS_FIT_FOLDS, errors: int = 0) -> tuple[Counts, Counts]:
    """Dev-only estimate of generalisation: train on 4/5 of the dev pages, score the rest, 5 times. Also
    prints the line F1 at each of ``CV_THRESHOLDS`` (how ``DECISION_THRESHOLD`` is chosen). With real dumps in
    the pages (``--train-split dev_real``), html pages and real dumps are also reported apart."""
    import dataclasses
    from unittest import mock

    from kibaru.ingest.clean import dump

    lines, chars = Counts(), Counts()
    parts = {"html": (Counts(), Counts()), "real": (Counts(), Counts()), "daniel": (Counts(), Counts())}
    by_threshold = {t: Counts() for t in CV_THRESHOLDS}
    by_threshold_real = {t: Counts() for t in CV_THRESHOLDS}
    by_threshold_daniel = {t: Counts() for t in CV_THRESHOLDS}
    stats = build_stats(pages)
    fold_of = cv_folds(pages, folds)
    # Round 8: out-of-fold figures per real split too (real_dev, real_heldout, real_heldout2).
    real_split_of: dict[str, str] = {}
    if any(p.real for p in pages):
        import real_dumps

        for name in REAL_SPLITS:
            real_split_of.update(dict.fromkeys(real_dumps.load_split(name), name))
    per_real = {name: Counts() for name in REAL_SPLITS}
    for f in range(folds):
        held = [p for k, p in enumerate(pages) if fold_of[k] == f]
        model = dump.model_from_dict(train([p for k, p in enumerate(pages) if fold_of[k] != f]))
        with mock.patch.object(dump, "_model", lambda model=model: model):
            for page in held:
                part = parts["real" if page.real else "daniel" if page.headline else "html"]
                for line, gold_art, pred_bp in zip(page.lines, page.gold, predict(page, stats), strict=True):
                    for c_lines, c_chars in ((lines, chars), part):
                        c_lines.add(pred_bp, not gold_art)
                        c_chars.add(pred_bp, not gold_art, float(len(line)))
                    if page.real and page.file in real_split_of:
                        per_real[real_split_of[page.file]].add(pred_bp, not gold_art)
                    if errors and page.real and pred_bp == gold_art:  # out-of-fold errors on real dev dumps
                        print(f"{'FALSE-BP' if pred_bp else 'MISSED-BP'} {page.file[:12]}: {line.strip()[:110]!r}")
        for t in CV_THRESHOLDS:
            variant = dataclasses.replace(model, threshold=t)
            with mock.patch.object(dump, "_model", lambda variant=variant: variant):
                for page in held:
                    for gold_art, pred_bp in zip(page.gold, predict(page, stats), strict=True):
                        (by_threshold_real if page.real else by_threshold_daniel if page.headline
                         else by_threshold)[t].add(pred_bp, not gold_art)
    print(table(f"dev {folds}-fold cross-validation", lines, chars, len(pages)))
    n_real = sum(p.real for p in pages)
    n_daniel = sum(p.headline for p in pages)
    if n_real or n_daniel:
        print(table("  of which html pages", *parts["html"], len(pages) - n_real - n_daniel))
        print(table("  of which real French dumps", *parts["real"], n_real))
        for name, counts in per_real.items():
            if counts.tp + counts.fp + counts.fn:
                p_, r_, f_ = counts.boilerplate()
                print(f"    {name}: line boilerplate P {p_:.3f} R {r_:.3f} F1 {f_:.3f}")
    if n_daniel:
        print(table("  of which DAnIEL pages", *parts["daniel"], n_daniel))
    print("html line boilerplate F1 by threshold: "
          + ", ".join(f"{t:.2f}: {c.boilerplate()[2]:.4f}" for t, c in by_threshold.items()))
    if n_real:
        print("real line boilerplate F1 by threshold: "
              + ", ".join(f"{t:.2f}: {c.boilerplate()[2]:.4f}" for t, c in by_threshold_real.items()))
    if n_daniel:
        print("DAnIEL line boilerplate F1 by threshold: "
              + ", ".join(f"{t:.2f}: {c.boilerplate()[2]:.4f}" for t, c in by_threshold_daniel.items()))
    return lines, chars


def title_accuracy(pages: list[Page]) -> tuple[int, int]:
    """Secondary check: pages whose extracted title matches the metadata title (one contains the other,
    after normalisation); only pages with a metadata title count."""
    from kibaru.ingest.clean.dump import clean_dump

    hits = total = 0
    for page in pages:
        if not page.title:
            continue
        total += 1
        found = normalise(clean_dump("\n".join(page.lines)).title or "")
        gold = normalise(page.title)
        hits += bool(found) and (found in gold or gold in found)
    return hits, total


def snippet_check() -> tuple[int, int, int, int]:
    """Secondary check on the trafilatura rows (26 French pages, partial gold): how many "with" snippets
    survive in the cleaned text and how many "without" snippets are removed. Never tuned on."""
    from kibaru.ingest.clean.dump import clean_dump

    with_ok = with_n = without_ok = without_n = 0
    for row in manifest_rows():
        if row.get("gold_type") != "snippets":
            continue
        path = gold_dir() / row["file"]
        lines = render_dump(path.read_bytes())
        text = normalise(clean_dump("\n".join(lines)).text)
        page = normalise(" ".join(lines))
        for snippet in row.get("gold_with") or []:
            if normalise(snippet) in page:  # only snippets the rendering contains can be judged
                with_n += 1
                with_ok += normalise(snippet) in text
        for snippet in row.get("gold_without") or []:
            if normalise(snippet) in page:
                without_n += 1
                without_ok += normalise(snippet) not in text
    print(f"trafilatura French snippets: kept {with_ok}/{with_n} 'with', removed {without_ok}/{without_n} 'without'")
    return with_ok, with_n, without_ok, without_n


def table(name: str, lines: Counts, chars: Counts, n_pages: int) -> str:
    rows = [f"== {name}: {n_pages} pages, {int(lines.tp + lines.fp + lines.fn + lines.tn)} lines "
            f"({int(lines.tp + lines.fn)} boilerplate)",
            f"{'':22}{'P':>7}{'R':>7}{'F1':>7}"]
    for label, counts in (("lines", lines), ("chars", chars)):
        for cls, prf in (("boilerplate", counts.boilerplate()), ("article", counts.article())):
            rows.append(f"{label + ' ' + cls:22}" + "".join(f"{x:7.3f}" for x in prf))
        rows.append(f"{label + ' accuracy':22}{counts.accuracy():7.3f}")
    return "\n".join(rows)


def run(split: str = "both", errors: int = 0) -> dict[str, tuple[Counts, Counts]]:
    results: dict[str, tuple[Counts, Counts]] = {}
    for name in (["dev", "heldout"] if split == "both" else [split]):
        pages = list(iter_pages(name))
        lines, chars = evaluate(pages, errors)
        results[name] = (lines, chars)
        print(table(name, lines, chars, len(pages)))
        if name not in REAL_SPLITS:
            hits, total = title_accuracy(pages)
            print(f"{'title found':22}{hits}/{total} pages with a metadata title")
    return results


def seen_outlets() -> set[str]:
    """Outlets of every earlier split (html_gold, extra pages, real French dumps): kept out of the blind heldout9."""
    import real_dumps

    seen = {_site(r.get("url"), "") for r in manifest_rows() + extra_rows()}
    seen |= {meta["outlet"] for meta in real_dumps.read_labels()[0].values()}
    return {s.removeprefix("www.") for s in seen if s}


def freeze_daniel() -> int:
    import daniel_pages

    frozen = load_split()
    if "heldout9" in frozen:
        print("the DAnIEL split is frozen already", file=sys.stderr)
        return 1
    frozen.update(daniel_pages.freeze(seen_outlets()))
    SPLIT_FILE.write_text(json.dumps(frozen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SPLIT_FILE}: {len(frozen['daniel_dev'])} daniel_dev, {len(frozen['heldout9'])} heldout9 pages")
    return 0


def freeze_europa() -> int:
    import europa_pages

    frozen = load_split()
    if "heldout10" in frozen:
        print("the europa split is frozen already", file=sys.stderr)
        return 1
    if europa_pages.OUTLET in seen_outlets():
        print(f"{europa_pages.OUTLET} occurs in an earlier split", file=sys.stderr)
        return 1
    frozen.update(europa_pages.freeze())
    SPLIT_FILE.write_text(json.dumps(frozen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SPLIT_FILE}: {len(frozen['heldout10'])} heldout10 pages")
    return 0


def freeze_orangesum() -> int:
    import orangesum_pages

    frozen = load_split()
    if orangesum_pages.SPLIT in frozen:
        print("the OrangeSum split is frozen already", file=sys.stderr)
        return 1
    if orangesum_pages.OUTLET in seen_outlets():
        print(f"{orangesum_pages.OUTLET} occurs in an earlier split", file=sys.stderr)
        return 1
    names = sorted(p.name for p in (orangesum_pages.orangesum_dir() / "html").glob("*.html"))
    if len(names) != orangesum_pages.PAGES:
        print(f"{len(names)} pages under {orangesum_pages.orangesum_dir()}: run orangesum_pages.py prepare first",
              file=sys.stderr)
        return 2
    frozen.update(orangesum_pages.freeze(names))
    SPLIT_FILE.write_text(json.dumps(frozen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SPLIT_FILE}: {len(frozen[orangesum_pages.SPLIT])} {orangesum_pages.SPLIT} pages")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["both", *SPLITS], default="both")
    parser.add_argument("--errors", type=int, default=0, help="print up to N misclassified lines")
    parser.add_argument("--snippets", action="store_true", help="secondary with/without check (French pages)")
    parser.add_argument("--cv", action="store_true", help="5-fold cross-validation by page on the dev split")
    parser.add_argument("--train", action="store_true", help="fit the model on the training split and write it")
    parser.add_argument("--train-split", choices=["dev", "dev_all", "dev_real", "dev_real9", "dev_real7", "dev_real8"],
                        default="dev_real",
                        help="the pages --train and --cv use (round 4: dev + extra_dev + real_dev)")
    parser.add_argument("--real-weight", type=float, default=None,
                        help="training weight of a real dump's line (default REAL_TRAIN_WEIGHT)")
    parser.add_argument("--real-new-weight", type=float, default=None,
                        help="round 8: training weight of a real_heldout/real_heldout2 line (default: --real-weight)")
    parser.add_argument("--freeze-split", action="store_true", help="(re)write the split file; do not use lightly")
    parser.add_argument("--freeze-extra-split", action="store_true",
                        help="add the extra pages' split (extra_dev / heldout2) to the split file, once")
    parser.add_argument("--freeze-daniel-split", action="store_true",
                        help="round 5: write the DAnIEL pages' labels file and split (daniel_dev / heldout9), once")
    parser.add_argument("--daniel-weight", type=float, default=None,
                        help="training weight of a DAnIEL page's line (default DANIEL_TRAIN_WEIGHT)")
    parser.add_argument("--freeze-europa-split", action="store_true",
                        help="round 6: write the europa pages' labels file and split (heldout10), once")
    parser.add_argument("--freeze-orangesum-split", action="store_true",
                        help="session 35: write the OrangeSum pages' labels file and split (heldout11), once")
    args = parser.parse_args(argv)
    if args.freeze_orangesum_split:
        return freeze_orangesum()
    if args.freeze_daniel_split:
        return freeze_daniel()
    if args.freeze_europa_split:
        return freeze_europa()
    if args.daniel_weight is not None:
        global DANIEL_TRAIN_WEIGHT
        DANIEL_TRAIN_WEIGHT = args.daniel_weight
    global REAL_TRAIN_WEIGHT, REAL_NEW_TRAIN_WEIGHT
    if args.real_new_weight is not None:
        REAL_NEW_TRAIN_WEIGHT = args.real_new_weight
    if args.real_weight is not None:
        REAL_TRAIN_WEIGHT = args.real_weight
    if args.split in REAL_SPLITS:
        import real_dumps

        if not real_dumps.real_dir().is_dir():
            print(f"SKIPPED (LOUD): real French dumps not found at {real_dumps.real_dir()} (set "
                  f"{real_dumps.REAL_ENV}); their text is local-only (benchmarks/data/REAL_DUMPS.md), so the "
                  f"{args.split} figures were NOT computed", file=sys.stderr)
            return 0
        run(args.split, args.errors)
        return 0
    if not (gold_dir() / "manifest.jsonl").exists():
        print(f"shared corpus not found at {gold_dir()} (set KIBARU_SHARED)", file=sys.stderr)
        return 2
    if args.freeze_split:
        SPLIT_FILE.parent.mkdir(parents=True, exist_ok=True)
        SPLIT_FILE.write_text(json.dumps(make_split(r["file"] for r in full_rows()), indent=1) + "\n")
        print(f"wrote {SPLIT_FILE}")
        return 0
    if args.freeze_extra_split:
        frozen = load_split()
        if "heldout2" in frozen:
            print("the extra split is frozen already", file=sys.stderr)
            return 1
        files = [r["file"] for r in extra_rows()]
        if not files:
            print(f"no extra pages under {extra_dir()}", file=sys.stderr)
            return 2
        frozen.update(make_extra_split(files))
        SPLIT_FILE.write_text(json.dumps(frozen, indent=1) + "\n")
        print(f"wrote {SPLIT_FILE}: {len(frozen['extra_dev'])} extra dev, {len(frozen['heldout2'])} heldout2 pages")
        return 0
    if args.snippets:
        snippet_check()
        return 0
    if args.cv:
        cross_validate(list(iter_pages(args.train_split)), errors=args.errors)
        return 0
    if args.train:
        model = train(list(iter_pages(args.train_split)))
        MODEL_FILE.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE} (threshold {model['threshold']})")
        return 0
    results = run(args.split, args.errors)
    if "heldout" in results:
        f1 = results["heldout"][0].boilerplate()[2]
        if f1 < HELDOUT_BOILERPLATE_F1_FLOOR:
            print(f"FAIL: held-out boilerplate F1 {f1:.3f} < floor {HELDOUT_BOILERPLATE_F1_FLOOR}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
