"""Validate the narrative gold (eval/narratives/gold.jsonl); stdlib only.

Usage (from the repository root):
    python eval/narratives/check.py [--gold eval/narratives/gold.jsonl] [--shared ../shared]

It loads every gold line, reads each article's text exactly as stored (UTF-8, newline=""
so CRLF line ends are kept: the same convention as the SemEval-2023 span offsets), and checks
that ids, voices, scores and splits are valid, that every evidence span lies inside the text
and covers whole sentences (as cut by `sentence_spans` below), and that the split file agrees.
Exit status 1 on any error. `load_text` and `sentence_spans` may be imported by loaders.

Documents `local:<sha1 of the URL>` are copyrighted news pages kept outside the repository (only
their URL, the sha1 of their text and the offsets are committed): their text is read from the
folder named by $KIBARU_EXTRA_NARRATIVES (`<sha1>.txt`). When that folder is not set or a file is
missing, those documents are skipped with one loud summary line (not an error); when the file is
there, its sha1 must equal the gold line's `sha1`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

NARRATIVE_IDS = frozenset(
    {
        "france-neocolonial",
        "france-abandonment",
        "west-harms-civilians",
        "regional-bodies-puppets",
        "western-media-hostility",
        "sanctions-hurt-africans",
        "russia-reliable-partner",
        "russia-security-success",
        "russia-fills-vacuum",
        "russia-anticolonial-friend",
        "sovereign-choice-of-partners",
        "security-before-elections",
        "wagner-denial",
        "aes-sovereign-alliance",
        "other",
    }
)
VOICES = frozenset({"author", "quoted"})
SPLITS = frozenset({"train", "test", "news-train", "news-test"})
EXTRA_ENV = "KIBARU_EXTRA_NARRATIVES"
SEMEVAL_DIRS = {"train": "train-articles-subtask-3", "dev": "dev-articles-subtask-3"}

# Tokens that end with a full stop without ending a sentence ("M. Macron", "etc. ").
_ABBREVIATIONS = frozenset(
    [
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "me",
        "st",
        "ste",
        "cf",
        "etc",
        "av",
        "apr",
        "ex",
        "env",
        "p",
        "pp",
        "n",
        "no",
        "art",
        "al",
        "gal",
        "gén",
        "col",
        "cdt",
        "lt",
        "sgt",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+[»\"”’)\]]*\s+(?=[«\"“(\[\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9«\"“])")
_LINE = re.compile(r"[^\r\n]+")


def shared_root(shared: str | None = None) -> Path:
    """The shared data folder: --shared, else ../shared next to the repository."""
    if shared:
        return Path(shared)
    for cand in (REPO.parent / "shared", Path("/work/shared")):
        if cand.is_dir():
            return cand
    return REPO.parent / "shared"


def doc_path(doc: str, shared: str | None = None) -> Path:
    """Where the text of a gold `doc` reference lives."""
    kind, _, rest = doc.partition(":")
    if kind == "semeval":
        split, _, article = rest.partition(":")
        if split not in SEMEVAL_DIRS or not re.fullmatch(r"article\d+", article):
            raise ValueError(f"bad semeval doc reference {doc!r}")
        return shared_root(shared) / "corpus" / "semeval2023_fr" / SEMEVAL_DIRS[split] / f"{article}.txt"
    if kind == "file":
        path = (REPO / rest).resolve()
        if REPO not in path.parents:
            raise ValueError(f"doc path escapes the repository: {doc!r}")
        return path
    if kind == "shared":
        return shared_root(shared) / rest
    if kind == "local":
        if not re.fullmatch(r"[0-9a-f]{40}", rest):
            raise ValueError(f"bad local doc reference {doc!r} (expected local:<40 hex digits>)")
        folder = os.environ.get(EXTRA_ENV)
        if not folder:
            raise LocalTextMissing(f"{doc}: ${EXTRA_ENV} is not set (local news texts are not in the repository)")
        path = Path(folder) / f"{rest}.txt"
        if not path.is_file():
            raise LocalTextMissing(f"{doc}: no {path.name} in ${EXTRA_ENV}={folder}")
        return path
    raise ValueError(f"unknown doc kind in {doc!r} (expected semeval:, file:, shared: or local:)")


class LocalTextMissing(OSError):
    """The text of a `local:` document is not on this machine (not an error of the gold)."""


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_text(doc: str, shared: str | None = None) -> str:
    """The article text exactly as stored: UTF-8, line ends unchanged (newline="")."""
    with open(doc_path(doc, shared), encoding="utf-8", newline="") as fh:
        return fh.read()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: every non-blank line is cut at sentence-final punctuation
    followed by a capital, a digit or an opening quote; leading/trailing blanks are excluded."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        end_line = line.end()
        for m in _BOUNDARY.finditer(text, line.start(), end_line):
            head = text[start : m.start()]
            last = re.split(r"[\s'’(]", head)[-1].lower() if head else ""
            if m.group(0)[0] == "." and (last in _ABBREVIATIONS or re.fullmatch(r"[a-zà-þ]", last)):
                continue  # "M. Macron", "J. Biden"
            stop = m.start() + len(m.group(0).rstrip())
            _add(text, spans, start, stop)
            start = m.end()
        _add(text, spans, start, end_line)
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def check(gold: Path, split_file: Path, shared: str | None) -> list[str]:
    errors: list[str] = []
    splits: dict[str, str] = {}
    if split_file.exists():
        for n, line in enumerate(split_file.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                doc, _, sp = line.partition("\t")
                if sp not in SPLITS:
                    errors.append(f"{split_file.name}:{n}: bad split {sp!r}")
                splits[doc] = sp
    seen: set[str] = set()
    skipped_local: list[str] = []
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        doc = rec.get("doc", "")
        where = f"{where} ({doc})"
        if doc in seen:
            errors.append(f"{where}: duplicate doc")
        seen.add(doc)
        for key in ("source", "licence", "annotator"):
            if not rec.get(key):
                errors.append(f"{where}: missing {key}")
        if rec.get("split") not in SPLITS:
            errors.append(f"{where}: bad split {rec.get('split')!r}")
        elif splits and splits.get(doc) != rec["split"]:
            errors.append(f"{where}: split {rec['split']!r} disagrees with {split_file.name}")
        if doc.startswith("local:") and not (rec.get("url") and rec.get("sha1")):
            errors.append(f"{where}: local document without url and sha1")
        try:
            text = load_text(doc, shared)
        except LocalTextMissing as exc:
            skipped_local.append(str(exc))
            continue
        except (OSError, ValueError) as exc:
            errors.append(f"{where}: cannot read text ({exc})")
            continue
        if doc.startswith("local:") and rec.get("sha1") and text_sha1(text) != rec["sha1"]:
            errors.append(f"{where}: local text sha1 {text_sha1(text)} differs from the gold's {rec['sha1']}")
            continue
        spans = sentence_spans(text)
        starts = {s for s, _ in spans}
        ends = {e for _, e in spans}

        def span_ok(
            ev: dict,
            what: str,
            text: str = text,
            where: str = where,
            starts: set[int] = starts,
            ends: set[int] = ends,
        ) -> None:
            s, e = ev.get("start"), ev.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: {what}: offsets {s}-{e} out of range (len {len(text)})")
            elif s not in starts or e not in ends:
                errors.append(f"{where}: {what}: {s}-{e} does not cover whole sentences: {text[s:e][:60]!r}")

        for i, nar in enumerate(rec.get("narratives", [])):
            what = f"narrative {i} ({nar.get('id')})"
            if nar.get("id") not in NARRATIVE_IDS:
                errors.append(f"{where}: {what}: unknown id")
            if nar.get("id") == "other" and not nar.get("description"):
                errors.append(f"{where}: {what}: 'other' needs a description")
            if nar.get("voice") not in VOICES:
                errors.append(f"{where}: {what}: bad voice {nar.get('voice')!r}")
            if nar.get("voice") == "quoted" and not nar.get("speaker"):
                errors.append(f"{where}: {what}: quoted narrative without speaker")
            if not nar.get("evidence"):
                errors.append(f"{where}: {what}: no evidence")
            for ev in nar.get("evidence", []):
                span_ok(ev, what)
        for i, st in enumerate(rec.get("stance", [])):
            what = f"stance {i} ({st.get('target')})"
            score = st.get("score")
            if not st.get("target") or st.get("voice") not in VOICES:
                errors.append(f"{where}: {what}: needs target and voice")
            if not isinstance(score, (int, float)) or not -1 <= score <= 1:
                errors.append(f"{where}: {what}: score {score!r} not in [-1, 1]")
            for ev in st.get("evidence", []):
                span_ok(ev, what)
    if skipped_local:
        print(f"SKIPPED {len(skipped_local)} local news document(s) whose text is not on this machine "
              f"(set ${EXTRA_ENV}); e.g. {skipped_local[0]}", file=sys.stderr)
    missing = set(splits) - seen
    if missing:
        errors.append(f"{split_file.name}: {len(missing)} docs without gold line, e.g. {sorted(missing)[:3]}")
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(HERE / "gold.jsonl"))
    ap.add_argument("--split", default=str(HERE / "split.tsv"))
    ap.add_argument("--shared", default=None, help="shared data folder (default ../shared)")
    args = ap.parse_args()
    errors = check(Path(args.gold), Path(args.split), args.shared)
    for e in errors:
        print(e, file=sys.stderr)
    lines = [ln for ln in Path(args.gold).read_text(encoding="utf-8").splitlines() if ln.strip()]
    print(f"{len(lines)} gold articles checked, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
