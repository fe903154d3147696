"""Build the round-7 entity-linking gold (splits ``heldout8``, ``dev8``, ``heldout8n``) from spec files.

Every actor mention of a text is annotated (not a sample): the spec lists, per text, each surface
form with the actor it names, and the builder finds its offsets. Spec format (``*.spec``)::

    == SPLIT ARTICLE_FILE DATE [url=URL] [ignore=TEXT]...
    surface | kb_id or =Canonical Name | LABEL [| [~][@1,3 or !2]]

* ``ARTICLE_FILE`` is a repository path (``eval/texts/wikipedia/x.txt``) or
  ``extra_linking/<sha1 of the url>.txt`` for the news excerpts kept outside the repository
  (``$KIBARU_EXTRA_LINKING``, default ``/work/extra_linking``); ``DATE`` is the anchor date
  (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or ``-``.
* ``ignore=START-END`` (news only; or ``ignore=TEXT`` for a text in the repository) marks a span of
  the excerpt that is page furniture, not the story (a photo credit, a "read also" teaser): the
  evaluation blanks it before running the system, as ingest would drop it.
* a surface is matched exactly (case-sensitive) between non-word characters; every occurrence is a
  mention unless ``@i,j`` keeps only the i-th, j-th occurrence (1-based) or ``!i`` drops some;
  ``~`` matches without word boundaries (a mirror glued two words: "GRUAndreï");
  longer surfaces are placed first and an occurrence overlapping one already placed is skipped
  (an organisation named inside a longer organisation name is not a separate mention).
* ``kb_id`` is the knowledge-base id of the actor when the KB of annotation time (version 6) knows
  the actor, also under another spelling; ``=Name`` gives the canonical name of an actor it does not
  know. ``LABEL`` is the schema's entity label (PER, ORG, LOC for a state, EVENT for an operation).

Usage::

    python eval/annotation/linking8.py check SPEC [--show]   # offsets, KB ids; --show prints marked text
    python eval/annotation/linking8.py write SPEC...         # replace these splits in eval/linking_gold.jsonl
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "linking_gold.jsonl"
LABELS = frozenset({"PER", "ORG", "LOC", "EVENT", "MISC"})
EXTRA_PREFIX = "extra_linking/"


def extra_dir() -> Path:
    return Path(os.environ.get("KIBARU_EXTRA_LINKING", "/work/extra_linking"))


def text_path(article_file: str) -> Path:
    if article_file.startswith(EXTRA_PREFIX):
        return extra_dir() / article_file[len(EXTRA_PREFIX):]
    return REPO / article_file


@dataclass
class Entry:
    surface: str
    target: str  # kb id, or "=Name"
    label: str
    keep: set[int] | None = None
    drop: set[int] = field(default_factory=set)
    glued: bool = False  # matched without word boundaries (a mirror glued two words: "GRUAndreï")
    line: int = 0


@dataclass
class Article:
    split: str
    article_file: str
    date: str | None
    url: str | None
    ignore: list[str]
    entries: list[Entry]
    line: int


def parse_spec(path: Path) -> list[Article]:
    arts: list[Article] = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("=="):
            head = line[2:].strip()
            opts = re.findall(r"\s(url|ignore)=(.*?)(?=\s(?:url|ignore)=|$)", " " + head)
            words = re.split(r"\s(?:url|ignore)=", " " + head)[0].split()
            if len(words) != 3:
                raise SystemExit(f"{path}:{no}: header needs SPLIT FILE DATE")
            split, article_file, date = words
            url = next((v.strip() for k, v in opts if k == "url"), None)
            ignore = [v.strip() for k, v in opts if k == "ignore"]
            arts.append(Article(split, article_file, None if date == "-" else date, url, ignore, [], no))
            continue
        if not arts:
            raise SystemExit(f"{path}:{no}: entry before any article header")
        cells = [c.strip() for c in line.split("|")]
        if len(cells) not in (3, 4):
            raise SystemExit(f"{path}:{no}: want 'surface | target | LABEL [| @i,j or !i]'")
        entry = Entry(cells[0], cells[1], cells[2], line=no)
        if entry.label not in LABELS:
            raise SystemExit(f"{path}:{no}: label {entry.label!r}")
        selector = cells[3] if len(cells) == 4 else ""
        if selector.startswith("~"):
            entry.glued, selector = True, selector[1:]
        if selector:
            sel = {int(x) for x in selector[1:].split(",")}
            if selector[0] == "@":
                entry.keep = sel
            elif selector[0] == "!":
                entry.drop = sel
            else:
                raise SystemExit(f"{path}:{no}: selector {cells[3]!r}")
        arts[-1].entries.append(entry)
    return arts


def occurrences(text: str, surface: str, glued: bool = False) -> list[int]:
    if glued:
        return [m.start() for m in re.finditer(re.escape(surface), text)]
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [m.start() for m in pattern.finditer(text)]


def build(art: Article, kb: Any) -> tuple[str, list[dict[str, Any]], list[str]]:
    """The text, the mention records and warnings of one annotated article."""
    text = text_path(art.article_file).read_text(encoding="utf-8")
    warnings: list[str] = []
    for ign in art.ignore:
        if not _SPAN.fullmatch(ign) and ign not in text:
            raise SystemExit(f"{art.article_file}: ignore text not found: {ign!r}")
    placed: list[tuple[int, int]] = []
    mentions: list[dict[str, Any]] = []
    for entry in sorted(art.entries, key=lambda e: -len(e.surface)):
        starts = occurrences(text, entry.surface, entry.glued)
        if not starts:
            raise SystemExit(f"spec line {entry.line}: {entry.surface!r} not in {art.article_file}")
        if entry.target.startswith("="):
            name, kb_id = entry.target[1:].strip(), None
        else:
            actor = kb.get(entry.target)
            if actor is None:
                raise SystemExit(f"spec line {entry.line}: unknown kb id {entry.target!r}")
            name, kb_id = actor.name, actor.id
        used = 0
        for n, start in enumerate(starts, 1):
            if entry.keep is not None and n not in entry.keep:
                continue
            if n in entry.drop:
                continue
            end = start + len(entry.surface)
            if any(s < end and start < e for s, e in placed):
                warnings.append(f"  nested, skipped: {entry.surface!r} #{n} at {start}")
                continue
            placed.append((start, end))
            used += 1
            mentions.append({
                "type": "mention", "article_file": art.article_file, "split": art.split, "start": start,
                "end": end, "surface": entry.surface, "name": name, "kb_id": kb_id, "label": entry.label,
            })
        if not used:
            raise SystemExit(f"spec line {entry.line}: no occurrence of {entry.surface!r} kept")
    mentions.sort(key=lambda m: m["start"])
    return text, mentions, warnings


def article_record(art: Article, text: str, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    actors: dict[tuple[str, str | None], None] = {}
    for m in mentions:
        actors.setdefault((m["name"], m["kb_id"]), None)
    rec: dict[str, Any] = {"type": "article", "article_file": art.article_file, "split": art.split,
                           "date": art.date, "all_mentions": True,
                           "actors": [{"name": n, "kb_id": k} for n, k in actors]}
    if art.url:
        rec["url"] = art.url
    if art.article_file.startswith(EXTRA_PREFIX):
        rec["sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest()
        rec["ignore"] = [_ignore_span(text, i) for i in art.ignore]
    return rec


_SPAN = re.compile(r"(\d+)-(\d+)")


def _ignore_span(text: str, ignore: str) -> list[int]:
    """``START-END`` offsets, or the first occurrence of a literal text (kept out of the committed spec
    for copyrighted texts: offsets only)."""
    m = _SPAN.fullmatch(ignore)
    if m:
        return [int(m.group(1)), int(m.group(2))]
    return [text.index(ignore), text.index(ignore) + len(ignore)]


def show(text: str, mentions: list[dict[str, Any]]) -> str:
    out, pos = [], 0
    for m in mentions:
        out.append(text[pos:m["start"]])
        tag = m["kb_id"] or "=" + m["name"]
        out.append(f"[{text[m['start']:m['end']]}]{{{tag}}}")
        pos = m["end"]
    out.append(text[pos:])
    return "".join(out)


def uncovered_caps(text: str, mentions: list[dict[str, Any]]) -> list[str]:
    """Capitalised words outside every mention (a reviewing aid: names the spec may have missed)."""
    found = []
    for m in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+", text):
        if not any(x["start"] <= m.start() < x["end"] for x in mentions):
            found.append(m.group(0))
    return sorted(set(found))


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO / "src"))
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    if len(argv) >= 2 and argv[0] == "check":
        for art in parse_spec(Path(argv[1])):
            text, mentions, warnings = build(art, kb)
            print(f"== {art.split} {art.article_file} {art.date}: {len(mentions)} mentions, "
                  f"{len({(m['name'], m['kb_id']) for m in mentions})} actors")
            for w in warnings:
                print(w)
            if "--show" in argv:
                print(show(text, mentions))
                print("  uncovered capitalised:", ", ".join(uncovered_caps(text, mentions)))
        return 0
    if len(argv) >= 2 and argv[0] == "write":
        records: list[dict[str, Any]] = []
        splits: set[str] = set()
        for spec in argv[1:]:
            for art in parse_spec(Path(spec)):
                text, mentions, _ = build(art, kb)
                splits.add(art.split)
                records.append(article_record(art, text, mentions))
                records.extend(mentions)
        kept = [line for line in GOLD.read_text(encoding="utf-8").splitlines()
                if line.strip() and json.loads(line)["split"] not in splits]
        GOLD.write_text("\n".join(kept + [json.dumps(r, ensure_ascii=False) for r in records]) + "\n", encoding="utf-8")
        print(f"wrote {len(records)} records of {sorted(splits)} to {GOLD}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
