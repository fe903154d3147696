"""Whole web pages kept only locally (``<folder>/html/<name>`` and ``<folder>/reference/<name>``), with their
frozen labels in the repository: what the DAnIEL (``daniel_pages.py``) and europa (``europa_pages.py``) sets share.
Each set supplies its folder, its labels file and how its reference files become text lines."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ReferenceText = Callable[[bytes], str]


def sha1(data: bytes | str) -> str:
    return hashlib.sha1(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def render(root: Path, name: str, reference_text: ReferenceText) -> tuple[bytes, bytes, list[str], str]:
    """(page bytes, reference bytes, the page's dump lines by the evaluation's renderer, the reference text)."""
    import boilerplate_eval as ev

    raw = (root / "html" / name).read_bytes()
    ref = (root / "reference" / name).read_bytes()
    return raw, ref, ev.render_dump(raw), reference_text(ref)


def read_labels(labels_file: Path) -> dict[str, dict[str, Any]]:
    with labels_file.open(encoding="utf-8") as fh:
        return {r["file"]: r for r in (json.loads(line) for line in fh if line.strip())}


def load(
    root: Path, labels_file: Path, reference_text: ReferenceText, files: Iterable[str], what: str, doc: str
) -> Iterator[tuple[str, str, list[str], list[bool], list[bool]]]:
    """(name, outlet, dump lines, labels by the current rule, frozen labels) per page, every hash checked."""
    import boilerplate_eval as ev

    if not (root / "html").is_dir():
        raise SystemExit(f"{what} not found under {root} (set {ev.EXTRA_ENV}; see {doc})")
    frozen = read_labels(labels_file)
    for name in files:
        rec = frozen[name]
        raw, ref, lines, gold = render(root, name, reference_text)
        if sha1(raw) != rec["html_sha1"] or sha1(ref) != rec["reference_sha1"]:
            raise SystemExit(f"{root / 'html' / name}: the local copy differs from the frozen one (hash)")
        if sha1("\n".join(lines)) != rec["dump_sha1"]:
            raise SystemExit(f"{name}: the rendered dump differs from the frozen one (renderer changed?)")
        now = ev.label_lines(lines, gold)
        yield name, rec["outlet"], lines, now, [c == "a" for c in rec["labels"]]


def label_record(root: Path, name: str, reference_text: ReferenceText, split: str, outlet: str) -> dict[str, Any]:
    """The frozen labels file's row of one page (hashes of both files and of the dump, ``a``/``b`` per line)."""
    import boilerplate_eval as ev

    raw, ref, lines, gold = render(root, name, reference_text)
    labels = ev.label_lines(lines, gold)
    return {"file": name, "split": split, "outlet": outlet, "html_sha1": sha1(raw), "reference_sha1": sha1(ref),
            "lines": len(lines), "dump_sha1": sha1("\n".join(lines)),
            "labels": "".join("a" if a else "b" for a in labels)}
