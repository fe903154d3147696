"""In whose voice a passage of an article is: the outlet's own (``author``) or a quoted actor's.

One rule, shared by the narratives stage (its evidence sentences) and the techniques stage (its
spans): a passage is ``quoted`` when at least :data:`QUOTED_SHARE` of its non-space characters lie
inside quote spans written by the ``quotes`` component (direct or indirect), and it then names the
speaker of the quote that covers most of it; otherwise it is the ``author``'s. The narratives stage
adds its own parse-based cues on top (framing, reportive conditional); this module has no parse.

It imports nothing heavy (no spaCy): the store and the exports use it too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# A passage is in the quoted voice when at least this share of its characters lies inside quote
# spans (a whole « ... » sentence, or "X a déclaré que ..." where the indirect quote covers the
# clause); a sentence that only quotes a word ('les « instructeurs » russes') stays authored.
QUOTED_SHARE = 0.5

VOICES = ("author", "quoted")


@dataclass(frozen=True, slots=True)
class QuoteVoice:
    """The voice of a passage, the quote's speaker when quoted, and the share of it inside quotes."""

    voice: str = "author"
    speaker: str | None = None
    speaker_kb_id: str | None = None
    share: float = 0.0


def quote_voice(start: int, end: int, text: str, quotes: Sequence[Mapping[str, Any]]) -> QuoteVoice:
    """The voice of the passage ``text`` found at ``[start, end)`` of an article, from the article's
    quote spans (``{start, end, speaker, speaker_kb_id}``, offsets into the same article text)."""
    length = max(1, _solid(text))
    best: Mapping[str, Any] | None = None
    covered = 0
    best_overlap = 0
    for q in quotes:
        a, b = max(start, q["start"]), min(end, q["end"])
        if b <= a:
            continue
        overlap = _solid(text[a - start : b - start])
        covered += overlap
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    share = covered / length
    if best is not None and share >= QUOTED_SHARE:
        return QuoteVoice("quoted", best.get("speaker"), best.get("speaker_kb_id"), share)
    return QuoteVoice(share=share)


def _solid(text: str) -> int:
    """The number of characters of ``text`` that are not white space (``str.isspace``): ``str.split()``
    cuts at exactly those characters, so its pieces hold the others (round perf4b: a per-character
    generator was most of the techniques' voice step)."""
    return sum(map(len, text.split()))


def span_voice(span: Mapping[str, Any], quotes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``{voice, speaker, speaker_kb_id}`` of a detected span (``{start, end, text}``) among the
    article's ``quotes``: null speaker for the author's voice."""
    found = quote_voice(int(span["start"]), int(span["end"]), str(span.get("text") or ""), _usable(quotes))
    return {"voice": found.voice, "speaker": found.speaker, "speaker_kb_id": found.speaker_kb_id}


def technique_voices(techniques: Sequence[Any], quotes: Sequence[Any]) -> list[Any]:
    """The technique spans with ``voice`` / ``speaker`` / ``speaker_kb_id`` — kept as stored when the
    span has a voice, else derived from the article's stored quotes by the same rule (spans detected
    before the techniques stage recorded voices). Spans that are not well formed are left as they are."""
    out: list[Any] = []
    for t in techniques or []:
        placed = isinstance(t, dict) and isinstance(t.get("start"), int) and isinstance(t.get("end"), int)
        if placed and "voice" not in t:
            t = {**t, **span_voice(t, quotes)}
        out.append(t)
    return out


def _usable(quotes: Sequence[Any]) -> list[Mapping[str, Any]]:
    return [q for q in quotes or [] if isinstance(q, Mapping) and isinstance(q.get("start"), int)
            and isinstance(q.get("end"), int)]
