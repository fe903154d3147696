"""Who said what: the quotes of one speaker, optionally about another actor, as ONE query.

« All quotes of Lavrov about France » is `kibaru quotes --speaker Lavrov --about France`,
`/api/quotes?speaker=Lavrov&about=France` and `kibaru.open(db).quotes(speaker="Lavrov", about="France")`:
the three call :func:`find_quotes`, so they answer the same rows in the same order.

- ``speaker`` and ``about`` name an actor as everywhere else: a KB id (``per:sergei-lavrov``), a Wikidata id
  (``Q…``), or a name or alias the knowledge base knows (« Lavrov », « M. Lavrov », « la France »); a name the
  KB does not know matches, case and accents ignored, inside the speaker's / mention's name.
- The speaker is the quote's attributed speaker (``speaker_kb_id``, resolved through the KB, so « M. Lavrov »
  and « le chef de la diplomatie russe » are the same actor).
- A quote is *about* an actor when a mention linked to it starts inside the quote's span: the same rule as the
  ``quotes`` count of the actor graph's edges (``export.graphs``). Each finding lists those mentions with their
  offsets (the evidence); offsets index the article's ``text``, as in every export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kibaru.export.actors import ActorIndex, ActorRef, fold
from kibaru.model import Article


@dataclass(frozen=True)
class Mention:
    """A mention inside a quote: its words, the actor it is linked to, its offsets in the article text."""

    text: str
    actor_id: str | None
    start: int
    end: int


@dataclass(frozen=True)
class QuoteFinding:
    article_id: str
    outlet: str | None
    date: str | None
    title: str | None
    start: int | None
    end: int | None
    text: str
    speaker: str | None  # the speaker as written in the article's record
    speaker_actor_id: str | None  # its KB actor, when the KB knows it
    speaker_name: str | None  # the KB's canonical name (else the written one)
    cue: str | None
    direct: bool | None
    about: tuple[Mention, ...] = ()  # the mentions of the ``about`` actor inside the quote

    def to_dict(self) -> dict[str, Any]:
        """``dataclasses.asdict(self)``, written out: asdict recursed into and deep-copied every field, half of
        `kibaru quotes -f jsonl`'s time at 112,204 quotes (ux25). The same dict, keys in field order, ``about`` a
        tuple of dicts."""
        return {"article_id": self.article_id, "outlet": self.outlet, "date": self.date, "title": self.title,
                "start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
                "speaker_actor_id": self.speaker_actor_id, "speaker_name": self.speaker_name, "cue": self.cue,
                "direct": self.direct, "about": tuple({"text": m.text, "actor_id": m.actor_id, "start": m.start,
                                                       "end": m.end} for m in self.about)}


class ActorQuery:
    """One actor as an analyst names it (see the module doc), matched against resolved references."""

    def __init__(self, query: str, index: ActorIndex) -> None:
        self.query = query.strip()
        self.actor_ids = index.named(self.query)
        self.needle = fold(self.query)
        self.group = index.group(self.query)

    def matches(self, ref: ActorRef | None, kb_id: Any = None, date: str | None = None) -> bool:
        """Whether ``ref`` is the actor asked for; for an actor group (``group:russia``), one of its members in an
        article of ``date`` (a minister only during their term; an undated article never counts one)."""
        if ref is None:
            return False
        if self.group is not None:
            return ref.actor is not None and self.group.includes(ref.actor.id, date)
        if self.actor_ids:
            return ref.actor is not None and ref.actor.id in self.actor_ids
        return bool(self.needle) and (self.needle in fold(ref.name) or self.query == str(kb_id or ""))


def find_quotes(articles: Iterable[Article], speaker: str | None = None, about: str | None = None,
                index: ActorIndex | None = None) -> Iterator[QuoteFinding]:
    """The quotes of ``articles`` said by ``speaker`` and naming ``about`` (each optional), in article order."""
    index = index if index is not None else ActorIndex()
    who = ActorQuery(speaker, index) if speaker else None
    topic = ActorQuery(about, index) if about else None
    for article in articles:
        for quote in article.quotes:
            if not isinstance(quote, dict):
                continue
            ref = index.ref(quote.get("speaker_kb_id"), quote.get("speaker"))
            if who is not None and not who.matches(ref, quote.get("speaker_kb_id"), article.date):
                continue
            lo, hi = quote.get("start"), quote.get("end")
            named: list[Mention] = []
            if topic is not None:
                if not (isinstance(lo, int) and isinstance(hi, int)):
                    continue
                for entity in article.entities:
                    start, end = entity.get("start"), entity.get("end")
                    if not (isinstance(start, int) and isinstance(end, int) and lo <= start < hi):
                        continue
                    mention = index.of_entity(entity)
                    if topic.matches(mention, entity.get("kb_id"), article.date):
                        named.append(Mention(str(entity.get("text") or article.text[start:end]),
                                             mention.actor.id if mention and mention.actor else None, start, end))
                if not named:
                    continue
            yield QuoteFinding(
                article_id=article.id, outlet=article.outlet, date=article.date, title=article.title,
                start=lo if isinstance(lo, int) else None, end=hi if isinstance(hi, int) else None,
                text=str(quote.get("text") or ""), speaker=quote.get("speaker"),
                speaker_actor_id=ref.actor.id if ref and ref.actor else None,
                speaker_name=ref.name if ref else quote.get("speaker"), cue=quote.get("cue"),
                direct=quote.get("direct"), about=tuple(sorted(named, key=lambda m: m.start)))


def quotes_by_date(articles: Iterable[Article], speaker: str | None = None, about: str | None = None,
                   index: ActorIndex | None = None) -> list[QuoteFinding]:
    """:func:`find_quotes`, oldest article first (undated last; ties in the given order, then by offset)."""
    return sorted(find_quotes(articles, speaker, about, index), key=lambda f: (f.date is None, f.date or ""))


def speaker_counts(found: Iterable[QuoteFinding]) -> list[dict[str, Any]]:
    """Who is quoted in ``found`` (rows of :func:`quotes_by_date`), most quoted first: one row per KB actor (else per
    written speaker; « — » rows, no speaker, last among equals) with its quotes, the articles and outlets quoting it,
    and ``stories``: the distinct texts quoted (a quote republished by three outlets is one story, three quotes)."""
    rows: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for f in found:
        key = (f.speaker_actor_id, None if f.speaker_actor_id else (f.speaker or None))
        row = rows.setdefault(key, {"speaker_actor_id": f.speaker_actor_id,
                                    "speaker": f.speaker_name or f.speaker or None,
                                    "quotes": 0, "articles": set(), "outlets": set(), "stories": set()})
        row["quotes"] += 1
        row["articles"].add(f.article_id)
        if f.outlet:
            row["outlets"].add(f.outlet)
        row["stories"].add(" ".join(f.text.split()).casefold())
    out = [{**r, "articles": len(r["articles"]), "outlets": sorted(r["outlets"]), "stories": len(r["stories"])}
           for r in rows.values()]
    out.sort(key=lambda r: (-r["quotes"], r["speaker"] is None, str(r["speaker"] or "")))
    return out
