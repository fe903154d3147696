"""Which local (copyrighted, never committed) news texts are on this machine, split by split, for every evaluation.

The news splits of the boilerplate, linking, quotes, events and narratives evaluations keep only URLs, hashes,
offsets and labels in the repository; their texts live in local folders (``$KIBARU_REAL_DUMPS``,
``$KIBARU_EXTRA_LINKING``, ``$KIBARU_EXTRA_QUOTES``, ``$KIBARU_EXTRA_EVENTS``, ``$KIBARU_EXTRA_NARRATIVES``, default
``/work/extra_*``). Those folders do not survive a change of machine (session 11 lost all of them), so this tool says
what can be evaluated here:

    python tools/local_texts.py status            # per task and split: expected / present / verified
    python tools/local_texts.py status --missing  # also list every missing or mismatching file with its URL
    python tools/local_texts.py share             # copy a verified text to every other place expecting that hash
    python tools/local_texts.py restore ANSWER.json  # write the search excerpts that hash to an expected text
    python tools/local_texts.py retry             # the same cuts on the kept raw excerpts of still-missing texts

``restore`` takes the search tool's answer (corpus ``pages``) saved as JSON — the whole answer object, a list of its
``results`` or one result per line, each with ``url`` and ``excerpt`` — and writes every excerpt whose URL names an
expected text (``<sha1(url)>.txt``, any task) when the excerpt, or one of the few cuts the builds made (trailing
newlines dropped or added, blank-line runs shortened or dropped, lines joined, only the first N lines kept), has the
gold's SHA-1. Each raw excerpt is kept beside it as ``_excerpts/<sha1(url)>.<sha1(excerpt)[:8]>.excerpt`` (one file
per distinct excerpt: the store's excerpt of a URL depends on the query) for ``retry`` and the tasks' own tools.

``share`` exists because several evaluations annotated the same excerpt (same bytes, same sha1) under different
folders: one re-collected text then serves all of them. Only exact sha1 matches are copied.
How to re-collect a text from the search tool's page store: benchmarks/data/REAL_DUMPS.md, eval/EVENTS.md,
eval/LINKING.md and eval/annotation/ ("Re-collecting the local texts").
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# task -> (environment variable, default folder)
FOLDERS = {
    "boilerplate": ("KIBARU_REAL_DUMPS", "/work/extra_dumps"),
    "linking": ("KIBARU_EXTRA_LINKING", "/work/extra_linking"),
    "quotes": ("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"),
    "events": ("KIBARU_EXTRA_EVENTS", "/work/extra_events"),
    "narratives": ("KIBARU_EXTRA_NARRATIVES", "/work/extra_narratives"),
}


@dataclass(frozen=True)
class Expected:
    """One local text an evaluation needs: where it goes, the sha1 of its bytes, and where it came from."""

    task: str
    split: str
    name: str  # file name inside the task's folder
    sha1: str
    url: str


def folder(task: str) -> Path:
    env, default = FOLDERS[task]
    return Path(os.environ.get(env, default))


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _boilerplate() -> Iterator[Expected]:
    for path in sorted((REPO / "benchmarks" / "data").glob("real_dumps*_labels.jsonl")):
        digits = path.name[len("real_dumps"):-len("_labels.jsonl")]
        split = f"real_heldout{digits}" if digits else "real_dumps1"
        for rec in _jsonl(path):
            if "page" in rec:
                page = rec["page"]
                yield Expected("boilerplate", split, page["file"], page["file_sha1"], page["url"])


def _linking() -> Iterator[Expected]:
    prefix = "extra_linking/"
    for rec in _jsonl(REPO / "eval" / "linking_gold.jsonl"):
        if rec.get("type") == "article" and rec["article_file"].startswith(prefix) and rec.get("sha1"):
            yield Expected("linking", rec["split"], rec["article_file"][len(prefix):], rec["sha1"], rec.get("url", ""))


def _quotes() -> Iterator[Expected]:
    for rec in _jsonl(REPO / "eval" / "quotes_gold.jsonl"):
        if str(rec.get("article", "")).startswith("local:") and rec.get("text_sha1"):
            yield Expected("quotes", rec["split"], rec["article"][len("local:"):] + ".txt", rec["text_sha1"],
                           rec.get("url", ""))


def _events() -> Iterator[Expected]:
    for rec in _jsonl(REPO / "eval" / "events_gold.jsonl"):
        if str(rec.get("article", "")).startswith("extra:") and rec.get("text_sha1"):
            yield Expected("events", rec["split"], rec["article"][len("extra:"):] + ".txt", rec["text_sha1"],
                           rec.get("url", ""))


def _narratives() -> Iterator[Expected]:
    for rec in _jsonl(REPO / "eval" / "narratives" / "gold.jsonl"):
        doc = str(rec.get("doc", ""))
        if doc.startswith("local:") and rec.get("sha1"):
            yield Expected("narratives", str(rec.get("split", "?")), doc[len("local:"):] + ".txt", rec["sha1"],
                           str(rec.get("url", "")))


def expected_texts() -> list[Expected]:
    """Every local text named by the repository's gold files, one entry per (task, split, file)."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Expected] = []
    for source in (_boilerplate, _linking, _quotes, _events, _narratives):
        for exp in source():
            key = (exp.task, exp.split, exp.name)
            if key not in seen:
                seen.add(key)
                out.append(exp)
    return out


def file_sha1(path: Path) -> str | None:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return None


def state(exp: Expected) -> str:
    """``verified`` (bytes hash to the gold's sha1), ``differs`` (present, other bytes) or ``missing``."""
    digest = file_sha1(folder(exp.task) / exp.name)
    if digest is None:
        return "missing"
    return "verified" if digest == exp.sha1 else "differs"


def status(expected: Iterable[Expected], show_missing: bool = False) -> list[str]:
    rows: dict[tuple[str, str], list[int]] = {}
    problems: list[str] = []
    for exp in expected:
        st = state(exp)
        counts = rows.setdefault((exp.task, exp.split), [0, 0, 0])
        counts[0] += 1
        counts[1] += st != "missing"
        counts[2] += st == "verified"
        if show_missing and st != "verified":
            problems.append(f"  {st:8} {exp.task}/{exp.split}: {folder(exp.task) / exp.name}  {exp.url}")
    lines = [f"{'task':12} {'split':18} {'expected':>8} {'present':>8} {'verified':>8}"]
    totals = [0, 0, 0]
    for (task, split), (n, present, ok) in sorted(rows.items()):
        lines.append(f"{task:12} {split:18} {n:8} {present:8} {ok:8}")
        totals = [totals[0] + n, totals[1] + present, totals[2] + ok]
    lines.append(f"{'all':12} {'':18} {totals[0]:8} {totals[1]:8} {totals[2]:8}")
    return lines + problems


def share(expected: Iterable[Expected]) -> list[str]:
    """Copy each verified text to every missing place that expects the same sha1; returns what was copied."""
    expected = list(expected)
    by_hash: dict[str, Path] = {}
    for exp in expected:
        path = folder(exp.task) / exp.name
        if exp.sha1 not in by_hash and state(exp) == "verified":
            by_hash[exp.sha1] = path
    copied: list[str] = []
    for exp in expected:
        target = folder(exp.task) / exp.name
        source = by_hash.get(exp.sha1)
        if source is not None and source != target and state(exp) == "missing":
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(f"{source} -> {target}")
    return copied


def _answer_results(path: Path) -> list[dict]:
    """The ``{url, excerpt}`` results of a saved search answer (object, list, or JSON lines)."""
    raw = path.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if isinstance(data, dict):
        data = data.get("results", [data])
    return [r for r in data if isinstance(r, dict) and "url" in r and "excerpt" in r]


# Inline markup some store excerpts carry (session 20: an AIB page's <p>, <strong>, <em> tags).
HTML_TAG = re.compile(r"</?(?:p|strong|em|b|i|u|span|br|div|a)(?:\s[^>]*)?/?>")


def _layouts(text: str) -> Iterator[str]:
    """The excerpt's layouts the builds used: as returned, blank-line runs collapsed (to one blank line, or to 2-4
    newlines: session 20 found a run of ~80 kept as four), blank lines dropped, line breaks joined by a space (the
    store can break a line the annotated copy had whole)."""
    yield text
    lines = text.split("\n")
    collapsed: list[str] = []
    for line in lines:
        if line.strip() or not collapsed or collapsed[-1].strip():
            collapsed.append(line)
    yield "\n".join(collapsed)
    for n in (2, 3, 4):
        yield re.sub("\n{" + str(n + 1) + ",}", "\n" * n, text)
    yield "\n".join(line for line in lines if line.strip())
    yield " ".join(line for line in lines if line.strip())
    yield HTML_TAG.sub("", text)  # some stores keep a page's <p> / <strong> markup the annotated copy dropped


def _quote_marks(text: str) -> Iterator[str]:
    """The excerpt as returned, then with typographic apostrophes made straight: some older copies were saved
    with ' where the store writes ’ (session 21, quotes news_heldout2-5)."""
    yield text
    straight = text.replace("\u2019", "'").replace("\u2018", "'")
    if straight != text:
        yield straight


def cut_variants(text: str) -> Iterator[str]:
    """Every candidate local file for an excerpt: each layout, cut after each line, ending with or without newline."""
    for marks in _quote_marks(text):
        for layout in _layouts(marks):
            lines = layout.split("\n")
            for n in range(len(lines), 0, -1):
                head = "\n".join(lines[:n])
                yield from (head, head.rstrip("\n"), head.rstrip("\n") + "\n", head.strip("\n"))


@functools.cache
def _events_rows() -> dict[str, list[dict]]:
    """The events gold's news rows by URL, read once per run (the events cut finder needs them per text)."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:  # imported from its file path (tests/local_texts_helpers.py), not as a script
        sys.path.insert(0, here)
    import extra_events_status

    return extra_events_status.news_rows()


def _events_fit(exp: Expected, excerpt: str) -> bytes | None:
    """An events text the builds cut further (paragraph subsets, scattered sentences): the events cut finder."""
    if exp.task != "events":
        return None
    rows = _events_rows().get(exp.url)
    import extra_events_status

    found = extra_events_status.find_cut(excerpt, rows) if rows else None
    return found[0].encode("utf-8") if found else None


def restore(expected: Iterable[Expected], answers: Iterable[Path]) -> list[str]:
    """Write each excerpt of the saved answers whose URL an expected text names and whose cut has its sha1."""
    by_name: dict[str, list[Expected]] = {}
    for exp in expected:
        by_name.setdefault(exp.name, []).append(exp)
    report: list[str] = []
    for answer in answers:
        for result in _answer_results(answer):
            name = hashlib.sha1(str(result["url"]).encode("utf-8")).hexdigest() + ".txt"
            wanted = by_name.get(name, [])
            if not wanted:
                continue
            excerpt = str(result["excerpt"])
            hashes = {exp.sha1 for exp in wanted}
            found: dict[str, bytes] = {}
            for candidate in cut_variants(excerpt):
                data = candidate.encode("utf-8")
                digest = hashlib.sha1(data).hexdigest()
                if digest in hashes and digest not in found:
                    found[digest] = data
            for exp in wanted:
                target = folder(exp.task) / exp.name
                tag = hashlib.sha1(excerpt.encode("utf-8")).hexdigest()[:8]  # one file per distinct excerpt
                keep = target.parent / "_excerpts" / f"{name[: -len('.txt')]}.{tag}.excerpt"
                keep.parent.mkdir(parents=True, exist_ok=True)
                keep.write_text(excerpt, encoding="utf-8")
                fitted = found.get(exp.sha1) or _events_fit(exp, excerpt)
                if fitted is not None:
                    target.write_bytes(fitted)
                    report.append(f"verified  {exp.task}/{exp.split} {exp.name}  {result['url']}")
                else:
                    report.append(f"NO MATCH  {exp.task}/{exp.split} {exp.name}  {result['url']} "
                                  f"(excerpt kept in {keep})")
    return report


def retry(expected: Iterable[Expected]) -> list[str]:
    """Try the cuts again on every kept raw excerpt (``_excerpts/``) whose text is still missing (after a new cut)."""
    missing = [exp for exp in expected if state(exp) != "verified"]
    report: list[str] = []
    for exp in missing:
        kept = [k for task in FOLDERS for k in sorted((folder(task) / "_excerpts").glob(f"{exp.name[:-4]}*.excerpt"))]
        for keep in kept:
            excerpt = keep.read_text(encoding="utf-8")
            match = next((c.encode("utf-8") for c in cut_variants(excerpt)
                          if hashlib.sha1(c.encode("utf-8")).hexdigest() == exp.sha1), None)
            match = match or _events_fit(exp, excerpt)
            if match is not None:
                target = folder(exp.task) / exp.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(match)
                report.append(f"verified  {exp.task}/{exp.split} {exp.name}  (from {keep})")
                break
    return report


def masakhanews(expected: Iterable[Expected], git_dir: Path) -> list[str]:
    """Write every missing expected text whose sha1 is that of a MasakhaNEWS article (French BBC Afrique, the
    session-32 splits; the few-shot train articles, session 46's, linking heldout52l's, heldout55l's and heldout57l's)
    rebuilt from a fetched snapshot (``fetch github:masakhane-io/masakhane-news``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from masakhanews_texts import ALL_SPLITS, article_text, read_split

    by_hash: dict[str, bytes] = {}
    for split in ALL_SPLITS:
        for row in read_split(git_dir, split):
            data = article_text(row["headline"], row["text"]).encode("utf-8")
            by_hash.setdefault(hashlib.sha1(data).hexdigest(), data)
    return _write_known(expected, by_hash)


def _write_known(expected: Iterable[Expected], by_hash: dict[str, bytes]) -> list[str]:
    """Write every expected text not yet verified whose sha1 is a key of ``by_hash``; one report line each."""
    written: list[str] = []
    for exp in expected:
        found = by_hash.get(exp.sha1)
        if found is not None and state(exp) != "verified":
            target = folder(exp.task) / exp.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(found)
            written.append(f"verified {exp.task} {exp.split} {target}")
    return written


def orangesum(expected: Iterable[Expected], git_dir: Path) -> list[str]:
    """Write every missing expected text whose sha1 is that of an OrangeSum article (Orange Actu pages, the
    session-35 splits; every page is matched, also those with no Africa word that ``orangesum_texts.py --all`` writes,
    linking heldout53l's, heldout54l's, heldout56l's, heldout58l's, heldout59l's, heldout60l's, heldout61l's,
    heldout62l's, heldout63l's, heldout64l's, heldout65l's, heldout66l's,
    heldout67l's, heldout68l's, heldout69l's, heldout70l's, heldout71l's, heldout72l's, heldout73l's, heldout74l's,
    heldout75l's, heldout76l's, heldout77l's, heldout78l's, heldout79l's, heldout80l's, heldout81l's, heldout82l's,
    heldout83l's, heldout84l's, heldout85l's, heldout86l's, heldout87l's, heldout88l's, heldout89l's, heldout90l's,
    heldout91l's, heldout92l's, heldout93l's, heldout94l's, heldout95l's, heldout96l's, heldout97l's, heldout98l's,
    heldout99l's, heldout100l's, heldout101l's, heldout102l's,
    heldout103l's, heldout104l's, heldout105l's, heldout106l's, heldout107l's, heldout108l's, heldout109l's,
    heldout110l's, heldout111l's, heldout112l's, heldout113l's, heldout114l's, heldout115l's,
    heldout116l's, heldout117l's, heldout118l's, heldout119l's, heldout120l's, heldout121l's,
    heldout122l's, heldout123l's, heldout124l's, heldout125l's, heldout126l's, heldout127l's, heldout128l's,
    heldout129l's, heldout130l's, heldout131l's, heldout132l's, heldout133l's, heldout134l's, heldout135l's,
    heldout136l's, heldout137l's, heldout138l's, heldout139l's, heldout140l's, heldout141l's and
    heldout142l's)
    rebuilt from a fetched snapshot (``fetch github:Tixierae/OrangeSum``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from orangesum_texts import articles

    by_hash: dict[str, bytes] = {}
    for _number, _raw, art in articles(git_dir):
        data = art.text.encode("utf-8")
        by_hash.setdefault(hashlib.sha1(data).hexdigest(), data)
    return _write_known(expected, by_hash)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    st = sub.add_parser("status", help="per task and split: texts expected / present / verified")
    st.add_argument("--missing", action="store_true", help="list every text that is missing or differs")
    sub.add_parser("share", help="copy verified texts to the other places that expect the same bytes")
    rs = sub.add_parser("restore", help="write saved search excerpts that hash to an expected text")
    rs.add_argument("answers", nargs="+", type=Path, help="saved search answers (JSON)")
    sub.add_parser("retry", help="try the cuts again on the kept raw excerpts of texts still missing")
    mn = sub.add_parser("masakhanews", help="write the expected texts that are MasakhaNEWS articles (BBC Afrique)")
    mn.add_argument("git_dir", type=Path, help="the snapshot's git directory that fetch returned")
    og = sub.add_parser("orangesum", help="write the expected texts that are OrangeSum articles (Orange Actu)")
    og.add_argument("git_dir", type=Path, help="the snapshot's git directory that fetch returned")
    args = parser.parse_args(argv)
    expected = expected_texts()
    if args.command == "masakhanews":
        done = masakhanews(expected, args.git_dir)
        print("\n".join(done) if done else "no missing expected text is a MasakhaNEWS article")
        print(f"{len(done)} texts written")
        return 0
    if args.command == "orangesum":
        done = orangesum(expected, args.git_dir)
        print("\n".join(done) if done else "no missing expected text is an OrangeSum article")
        print(f"{len(done)} texts written")
        return 0
    if args.command == "retry":
        done = retry(expected)
        print("\n".join(done) if done else "no kept excerpt gives a missing text")
        return 0
    if args.command == "restore":
        report = restore(expected, args.answers)
        print("\n".join(report) if report else "no result of these answers names an expected text")
        print(f"{sum(r.startswith('verified') for r in report)} verified, "
              f"{sum(r.startswith('NO MATCH') for r in report)} without a matching cut")
        return 0
    if args.command == "share":
        copied = share(expected)
        print("\n".join(copied) if copied else "nothing to copy")
        print(f"{len(copied)} texts copied")
        return 0
    print("\n".join(status(expected, show_missing=args.missing)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
