"""Choose and store the news texts of the blind quote split ``news_heldout38`` (session 33, branch blindq38).

Like round 42 (``collect_news37.py``), the texts are French BBC Afrique articles of MasakhaNEWS (github
masakhane-io/masakhane-news @ 819be05; © BBC), rebuilt byte for byte on any machine with ``python
tools/masakhanews_texts.py /work/.mirror/masakhane-io+masakhane-news/repo DIR`` (files ``<sha1(url)>.txt`` and
``index.tsv``), but drawn from the ``dev`` file (``data/fra/dev.tsv``): the ``test`` rows were used by round 42 for the
earlier blind splits and are development material now. There are no queries: the articles are chosen from the dataset
by the rule below, written and committed before any candidate's text was read (the rule of ``collect_news37.py``'s
second version, with the two splits' roles swapped; its filters, constants and outputs are that script's ``draw``).

Selection rule (applied mechanically, in ``index.tsv`` order):

1. rows of the ``dev`` split only, category ``politics`` first (in index order), then category ``business`` (in
   index order), then category ``health`` (in index order);
2. the text mentions African countries at least ``MIN_REGION`` times (occurrences of ``REGION`` — country, capital
   and demonym forms of Mali, Burkina Faso, Niger, Chad, Mauritania, Senegal, Guinea, Guinea-Bissau, Côte d'Ivoire,
   Ghana, Togo, Benin, Nigeria, Cameroon, Gambia, Sierra Leone, Liberia, Gabon, the two Congos, the Central African
   Republic, Cape Verde, « Sahel », « Cédéao » — plus ``OTHER_AFRICA``, the rest of the continent);
3. ``MIN_CHARS`` <= length <= ``MAX_CHARS`` characters (a wire brief holds too few quotes, a very long feature
   cannot be annotated whole in one session);
4. dropped when it shares a sentence of more than 60 characters with any ``test`` article (a BBC repost; the test
   articles are the texts of news_heldout37 and of the other builders' round-42 splits), when its URL already occurs
   in the repository (``git grep -F``) or in a local folder ``/work/extra_*`` other than the MasakhaNEWS texts
   themselves and this round's output, or when a file named ``<sha1(url)>.txt`` is already in such a folder (the
   repository and the local folders are looked at once, when the candidates are drawn, and the local folders' finds
   are frozen in ``LOCAL_SEEN``; later runs, which find the kept URLs in this round's own gold rows, skip both looks);
5. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py`` or is an
   interview transcript (questions and answers) or a commentary in the author's own voice;
6. reading stops after ``MAX_KEPT`` kept articles or when the session's time runs out (11:30 UTC, never inside an
   article): ``LAST_READ`` is the number of the last candidate read, the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same
bytes as the MasakhaNEWS files), ``_ids38.tsv`` (``n <TAB> sha1(url) <TAB> url``, the article numbers of the spans
file ``_annot/spans38.txt``, see ``convert_news.py --split news_heldout38``) and ``_manifest38.jsonl``, copied to
``eval/annotation/news_quotes_sources38.jsonl`` (no text). Manifest fields as in ``news_quotes_sources37.jsonl``:
``q`` is this round's own number of the row (1, 2 … over the politics, business then health dev rows in index
order, the number the spans file uses), ``query`` is ``masakhanews:dev:<row>`` (the dataset row), ``rank`` is 0,
and ``status`` is ``kept``, ``candidate`` (drawn, reading not started) or ``skipped: <reason>``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news38.py [MASAKHA_TEXTS_DIR]``
(default ``/work/extra_masakha/texts``). The script prints no article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the rule's shared machinery (its filters, ``MIN_REGION`` … ``MAX_KEPT``, and its outputs) is round 42's
from collect_news37 import draw

ROUND = 38
CATEGORIES = ("politics", "business", "health")
# Rows found in another local folder when the candidates were drawn (rule 4): q -> folder. Frozen here so that the
# later runs give the same candidates (the other folders may grow).
# None was found when the candidates were drawn (09:56 UTC, session 33).
LOCAL_SEEN: dict[int, str] = {}
# Candidates skipped on reading (rule 5): q -> reason.
READ_SKIPS: dict[int, str] = {
    19: "commentary in the author's own voice (an analyst's essay signed by a visiting researcher)",
    46: "fewer than 2 quotes under the guideline (at most 1)",
    52: "commentary in the author's own voice (a regional analyst's essay)",
    96: "commentary in the author's own voice (a « lettres de journalistes africains » column)",
    110: "commentary in the author's own voice (a journalist's first-person essay)",
    118: "read and annotated after the 30th kept article by oversight; not kept (rule 6, MAX_KEPT)",
    119: "read and annotated after the 30th kept article by oversight; not kept (rule 6, MAX_KEPT)",
}
# The number of the last candidate read (rule 6); None: reading has not started.
LAST_READ: int | None = 119


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/extra_masakha/texts")
    draw(source, ROUND, pool="dev", other="test", categories=CATEGORIES, read_skips=READ_SKIPS, last_read=LAST_READ,
         local_seen=LOCAL_SEEN)


if __name__ == "__main__":
    main()
