"""Store the news texts of the quote splits ``news_dev`` / ``news_heldout`` locally, verbatim, as ``<sha1(url)>.txt``.

The texts are excerpts of French Sahel news pages returned by the ``search`` tool (corpus ``pages``); they are
copyrighted, so they live only under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``), never in the
repository. Input: ``_raw/qNN.json`` there, one file per query, as the annotator recorded the tool's answer:
``{"q", "query", "kept": [{rank, url, excerpt}], "skipped": [{rank, url, reason}]}`` — ``kept`` are the results
judged to be French news with at least one quote or reported-speech cue, ``skipped`` the others with the reason.

Protocol (applied here, in query then rank order): only the first ``MAX_RANK`` results of each query are used; a
URL seen before (scheme, ``www.`` and AMP suffixes ignored) is a duplicate; a text whose 5-word shingles are
contained for at least ``NEAR_DUP`` in an earlier kept text (or contain it) is a near-duplicate (a wire story
re-published by another outlet). Output: ``<sha1(url)>.txt``, ``_manifest.jsonl`` (every result with its status —
copied to ``eval/annotation/news_quotes_sources.jsonl``, which holds no text) and ``_ids.tsv``
(``n <TAB> sha1(url) <TAB> url``, the article numbers of the annotator's spans file, see ``convert_news.py``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news.py``
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

# The first results of every query that are used (lower-ranked ones are not looked at).
MAX_RANK = 4
# Share of 5-word shingles two texts must have in common (of the smaller one) to be the same wire story.
NEAR_DUP = 0.5


def root() -> Path:
    return Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))


def norm_url(u: str) -> str:
    u = re.sub(r"^https?://(www\.)?", "", u.strip()).rstrip("/")
    return u.replace("/amp/", "/").removesuffix("/amp")


def shingles(text: str) -> set[str]:
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i : i + 5]) for i in range(max(0, len(w) - 4))}


def collect(
    here: Path,
    raw: str = "_raw",
    seen: dict[str, str] | None = None,
    kept_sh: list[tuple[str, set[str]]] | None = None,
    excluded_outlets: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Apply the protocol to the answers in ``here/raw``: ``seen`` (normalised URL → where it was kept) and
    ``kept_sh`` (texts already kept, as shingles) carry an earlier collection; results of
    ``excluded_outlets`` are skipped."""
    from convert_news import outlet

    seen = {} if seen is None else seen
    kept_sh = [] if kept_sh is None else kept_sh
    rows: list[dict[str, Any]] = []
    for f in sorted((here / raw).glob("q*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        items = [(r["rank"], r["url"], r["excerpt"], None) for r in d["kept"]]
        items += [(r["rank"], r["url"], None, r["reason"]) for r in d["skipped"]]
        for rank, url, text, reason in sorted(items, key=lambda x: x[0]):
            if rank > MAX_RANK:
                continue
            rec: dict[str, Any] = {"q": d["q"], "query": d["query"], "rank": rank, "url": url}
            key = norm_url(url)
            if reason:
                rec.update(status="skipped", reason=reason)
            elif key in seen:
                rec.update(status="skipped", reason=f"duplicate url ({seen[key]})")
            elif outlet(url) in excluded_outlets:
                rec.update(status="skipped", reason=f"outlet in news_dev ({outlet(url)})")
            else:
                seen[key] = f"q{d['q']}"
                sh = shingles(text)
                dup = next(
                    (s for s, o in kept_sh if sh and o and len(sh & o) / min(len(sh), len(o)) >= NEAR_DUP), None
                )
                if dup:
                    rec.update(status="skipped", reason=f"near-duplicate of {dup}")
                else:
                    sha = hashlib.sha1(url.encode("utf-8")).hexdigest()
                    (here / f"{sha}.txt").write_text(text, encoding="utf-8", newline="")
                    rec.update(
                        status="kept",
                        sha1_url=sha,
                        sha1_text=hashlib.sha1(text.encode("utf-8")).hexdigest(),
                        chars=len(text),
                    )
                    kept_sh.append((sha, sh))
            rows.append(rec)
    return rows


def write_manifest(here: Path, rows: list[dict[str, Any]], suffix: str = "") -> list[dict[str, Any]]:
    """``_manifest{suffix}.jsonl`` (every result) and ``_ids{suffix}.tsv`` (kept ones, numbered); the kept rows."""
    (here / f"_manifest{suffix}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    kept = [r for r in rows if r["status"] == "kept"]
    (here / f"_ids{suffix}.tsv").write_text(
        "".join(f"{n}\t{r['sha1_url']}\t{r['url']}\n" for n, r in enumerate(kept, 1)), encoding="utf-8"
    )
    return kept


def report(rows: list[dict[str, Any]]) -> None:
    kept = sum(r["status"] == "kept" for r in rows)
    reasons = Counter(r["reason"].split(" (")[0].split(" of ")[0] for r in rows if r["status"] == "skipped")
    print(f"{kept} kept, {len(rows) - kept} skipped {dict(reasons)}")


def main() -> None:
    here = root()
    rows = collect(here)
    kept = write_manifest(here, rows)
    for p in here.glob("*.txt"):  # texts of results no longer kept (only <sha1>.txt files are ours)
        if re.fullmatch(r"[0-9a-f]{40}", p.stem) and p.stem not in {r["sha1_url"] for r in kept}:
            p.unlink()
    report(rows)


if __name__ == "__main__":
    main()
