"""Annotator's helper (stdlib only): show numbered sentences, build gold.jsonl from the sources.

    python eval/narratives/annotate.py show semeval:train:article23168   # numbered sentences
    python eval/narratives/annotate.py build                              # src/*.jsonl -> gold.jsonl
    python eval/narratives/annotate.py import-local ANN.jsonl             # local news annotations -> src/news.jsonl

Sources (eval/narratives/src/*.jsonl) are what the annotator writes, one article a line:
    {"doc": ..., "n": [{"id": ..., "voice": ..., "ev": [3, "unique snippet"], "speaker": ...,
      "description": ...}], "stance": [{"target": ..., "kb": ..., "voice": ..., "score": ...,
      "ev": [...]}], "notes": ..., "source": ..., "licence": ...}
Evidence items are sentence numbers (as printed by `show`) or a snippet occurring exactly once
in the text, widened to the whole sentence(s) it overlaps. The build writes offsets only (no
text), takes each doc's split from split.tsv and assigns a split to new docs (appended to
split.tsv, never re-drawn).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import EXTRA_ENV, HERE, LocalTextMissing, load_text, sentence_spans, text_sha1

SEMEVAL_SOURCE = (
    "SemEval-2023 Task 3 French articles (Piskorski et al. 2023), via "
    "github.com/yrf1/SemEval23-Task-3-UIUC-Team@063567a; text read from ../shared/corpus/semeval2023_fr"
)
SEMEVAL_LICENCE = "SemEval-2023 Task 3 data: research use only, not redistributed (offsets only)"
TEST_SHARE = 0.4
NEG_TEST_SHARE = 0.3  # negatives: a smaller test share
NEWS_SEED = 20251130  # the outlet order of the news split (fixed before any system ran on it)
NEWS_TEST_SHARE = 0.5
NEWS_LICENCE = ("© the publisher; not redistributed: the text is kept outside the repository and read from "
                f"${EXTRA_ENV}/<sha1 of the URL>.txt (gold holds the URL, the text's sha1 and offsets only)")


def outlet_of(url: str) -> str:
    """The outlet of a page: its registered domain (fr.sputniknews.africa -> sputniknews.africa,
    origin.yenisafak.com.tr -> yenisafak.com.tr)."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    if len(labels) >= 3 and labels[-2] in {"com", "co", "org", "net", "gov", "ac"} and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def show(doc: str) -> None:
    text = load_text(doc)
    for i, (s, e) in enumerate(sentence_spans(text)):
        print(f"[{i}] {text[s:e]}")


def _evidence(text: str, spans: list[tuple[int, int]], items: list, where: str) -> list[dict]:
    out = []
    for it in items:
        if isinstance(it, int):
            s, e = spans[it]
        else:
            pos = text.find(it)
            if pos < 0 or text.find(it, pos + 1) >= 0:
                raise SystemExit(f"{where}: snippet {it!r} found {'0' if pos < 0 else '>1'} times")
            cover = [sp for sp in spans if sp[0] < pos + len(it) and pos < sp[1]]
            s, e = cover[0][0], cover[-1][1]
        if {"start": s, "end": e} not in out:
            out.append({"start": s, "end": e})
    return sorted(out, key=lambda d: d["start"])


def _labels(r: dict) -> set[str]:
    labs = {n["id"] if n["id"] != "other" else "other:" + n.get("description", "") for n in r["narratives"]}
    return labs or {"<none>"}


def _assign(records: list[dict], splits: dict[str, str]) -> dict[str, str]:
    """Iterative stratification for docs without a split (deterministic): rarest label first,
    each doc goes to the split whose label quotas it helps most. Targets: TEST_SHARE of the
    narrative-bearing docs per label, NEG_TEST_SHARE of the negatives."""
    tot: Counter = Counter()
    cur: dict[str, Counter] = {"test": Counter(), "train": Counter()}
    for r in records:
        for lab in _labels(r):
            tot[lab] += 1
            if r["doc"] in splits:
                cur[splits[r["doc"]]][lab] += 1
    want = {lab: (NEG_TEST_SHARE if lab == "<none>" else TEST_SHARE) * n for lab, n in tot.items()}
    new: dict[str, str] = {}
    pending = [r for r in records if r["doc"] not in splits]
    pending.sort(key=lambda r: (min(tot[lab] for lab in _labels(r)), r["doc"]))
    for r in pending:
        labs = _labels(r)
        gain_test = sum((want[lab] - cur["test"][lab]) / tot[lab] for lab in labs)
        gain_train = sum(((tot[lab] - want[lab]) - cur["train"][lab]) / tot[lab] for lab in labs)
        sp = "test" if gain_test > gain_train else "train"
        for lab in labs:
            cur[sp][lab] += 1
        new[r["doc"]] = sp
    return new


def _assign_news(records: list[dict], splits: dict[str, str]) -> dict[str, str]:
    """news-train / news-test for local news docs without a split, one side per OUTLET: outlets are
    visited in a seeded random order and each goes to the side whose label quotas (NEWS_TEST_SHARE of
    the docs carrying each label, and of all docs) it helps most. An outlet already split keeps its side."""
    news = [r for r in records if r["doc"].startswith("local:")]
    tot: Counter = Counter()
    cur: dict[str, Counter] = {"news-test": Counter(), "news-train": Counter()}
    side_of: dict[str, str] = {}
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in news:
        labs = _labels(r) | {"<doc>"}
        for lab in labs:
            tot[lab] += 1
        if r["doc"] in splits:
            side_of[r["outlet"]] = splits[r["doc"]]
            for lab in labs:
                cur[splits[r["doc"]]][lab] += 1
        else:
            groups[r["outlet"]].append(r)
    new: dict[str, str] = {}
    order = sorted(groups)
    random.Random(NEWS_SEED).shuffle(order)
    for outlet in order:
        labs = Counter(lab for r in groups[outlet] for lab in _labels(r) | {"<doc>"})
        side = side_of.get(outlet)
        if side is None:
            gain = {sp: sum(n * ((NEWS_TEST_SHARE if sp == "news-test" else 1 - NEWS_TEST_SHARE) * tot[lab]
                                 - cur[sp][lab]) / tot[lab] for lab, n in labs.items())
                    for sp in cur}
            side = "news-test" if gain["news-test"] > gain["news-train"] else "news-train"
        for lab, n in labs.items():
            cur[side][lab] += n
        for r in groups[outlet]:
            new[r["doc"]] = side
    return new


def import_local(ann_path: str) -> None:
    """Annotator's local file (one article a line, keyed by `url`, evidence as snippets or '@k:snippet'
    = k-th occurrence) -> src/news.jsonl with sentence numbers only (no text). Needs the texts."""
    out = []
    for n, line in enumerate(Path(ann_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        a = json.loads(line)
        where = f"{ann_path}:{n}"
        doc = "local:" + hashlib.sha1(a["url"].encode("utf-8")).hexdigest()
        text = load_text(doc)
        spans = sentence_spans(text)
        items = []
        for nar in a.get("n", []):
            ev: list[int] = []
            for snip in nar["ev"]:
                k = 1
                m = re.match(r"@(\d+):", snip)
                if m:
                    k, snip = int(m.group(1)), snip[m.end():]
                pos = -1
                for _ in range(k):
                    pos = text.find(snip, pos + 1)
                if pos < 0 or (not m and text.find(snip, pos + 1) >= 0):
                    raise SystemExit(f"{where}: snippet {snip[:40]!r} absent or not unique")
                ev += [i for i, (s0, e0) in enumerate(spans) if s0 < pos + len(snip) and pos < e0]
            item = {k2: v for k2, v in nar.items() if k2 != "ev"}
            item["ev"] = sorted(set(ev))
            items.append(item)
        out.append({"doc": doc, "url": a["url"], "sha1": text_sha1(text), "outlet": outlet_of(a["url"]),
                    "source": f"{outlet_of(a['url'])} page as stored by the page search tool (beginning of the page); "
                              f"{a['url']}",
                    "licence": NEWS_LICENCE, "genre": "news", "n": items, "notes": a.get("notes", ""),
                    "annotator": "narrnews helper (LLM annotator, guide v1)"})
    out.sort(key=lambda r: r["doc"])
    with open(HERE / "src" / "news.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} local news articles written to src/news.jsonl")


def build() -> None:
    split_file = HERE / "split.tsv"
    splits: dict[str, str] = {}
    if split_file.exists():
        for line in split_file.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                doc, _, sp = line.partition("\t")
                splits[doc] = sp
    records = []
    previous: dict[str, dict] = {}
    if (HERE / "gold.jsonl").exists():
        for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec0 = json.loads(line)
                previous[rec0["doc"]] = rec0
    kept_local = 0
    for src in sorted((HERE / "src").glob("*.jsonl")):
        for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("//"):
                continue
            where = f"{src.name}:{n}"
            a = json.loads(line)
            doc = a["doc"]
            try:
                text = load_text(doc)
            except LocalTextMissing:
                if doc not in previous:
                    raise SystemExit(f"{where}: {doc} has no text on this machine and no gold line to keep "
                                     f"(set ${EXTRA_ENV})") from None
                records.append(previous[doc])
                kept_local += 1
                continue
            if a.get("sha1") and text_sha1(text) != a["sha1"]:
                raise SystemExit(f"{where}: {doc}: the local text's sha1 differs from the annotation's")
            spans = sentence_spans(text)
            semeval = doc.startswith("semeval:")
            rec: dict = {
                "doc": doc,
                "source": a.get("source") or (SEMEVAL_SOURCE if semeval else None),
                "licence": a.get("licence") or (SEMEVAL_LICENCE if semeval else None),
                "split": None,
                "narratives": [],
                "stance": [],
                "annotator": a.get("annotator", "narratives-gold-helper (LLM annotator, guide v1)"),
            }
            for nar in a.get("n", []):
                item = {"id": nar["id"], "voice": nar["voice"]}
                if nar.get("speaker"):
                    item["speaker"] = nar["speaker"]
                if nar.get("description"):
                    item["description"] = nar["description"]
                if nar.get("rebutted"):
                    item["rebutted"] = True
                item["evidence"] = _evidence(text, spans, nar["ev"], where)
                rec["narratives"].append(item)
            for st in a.get("stance", []):
                item = {"target": st["target"]}
                if st.get("kb"):
                    item["target_kb_id"] = st["kb"]
                item["voice"] = st["voice"]
                if st.get("speaker"):
                    item["speaker"] = st["speaker"]
                item["score"] = st["score"]
                if st.get("ev"):
                    item["evidence"] = _evidence(text, spans, st["ev"], where)
                rec["stance"].append(item)
            for key in ("url", "sha1", "outlet"):
                if a.get(key):
                    rec[key] = a[key]
            for key in ("techniques", "genre", "topic", "title"):
                if a.get(key):
                    rec[key] = a[key]
            rec["notes"] = a.get("notes", "")
            records.append(rec)
    if kept_local:
        print(f"WARNING: {kept_local} local news document(s) have no text on this machine (set ${EXTRA_ENV}): "
              "their existing gold lines were kept unchanged", file=sys.stderr)
    new = _assign([r for r in records if not r["doc"].startswith("local:")], splits)
    new.update(_assign_news(records, splits))
    if new:
        with open(split_file, "a", encoding="utf-8") as fh:
            if not splits:
                fh.write("# doc<TAB>split — fixed once assigned; never re-drawn\n")
            for doc in sorted(new):
                fh.write(f"{doc}\t{new[doc]}\n")
        splits.update(new)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for rec in sorted(records, key=lambda r: r["doc"]):
            rec["split"] = splits[rec["doc"]]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles written, {len(new)} newly assigned a split")


def stats() -> None:
    """Markdown tables: articles and items per label, voice and split (from gold.jsonl)."""
    recs = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    arts: Counter = Counter()
    items: Counter = Counter()
    for r in recs:
        sp = r["split"]
        arts[("<all>", sp)] += 1
        labels = {n["id"] if n["id"] != "other" else "other:" + n.get("description", "") for n in r["narratives"]}
        if not labels:
            arts[("<no narrative>", sp)] += 1
        for lab in labels:
            arts[(lab, sp)] += 1
        for n in r["narratives"]:
            lab = n["id"] if n["id"] != "other" else "other:" + n.get("description", "")
            items[(lab, sp, n["voice"])] += 1
    labs = sorted(
        {k[0] for k in arts if k[0] not in ("<all>", "<no narrative>")}, key=lambda x: (x.startswith("other"), x)
    )
    print("| label | train articles | test articles | train items (author/quoted) | test items (author/quoted) |")
    print("|---|---:|---:|---:|---:|")

    def it(lab: str, sp: str) -> str:
        a, q = items[(lab, sp, "author")], items[(lab, sp, "quoted")]
        return f"{a + q} ({a}/{q})" if lab[0] != "<" else ""

    for lab in ["<all>", "<no narrative>", *labs]:
        print(f"| {lab} | {arts[(lab, 'train')]} | {arts[(lab, 'test')]} | {it(lab, 'train')} | {it(lab, 'test')} |")


def news_stats() -> None:
    """Markdown table for the local news gold: articles and scored units (article, narrative, voice)
    per label on news-train / news-test (the unit the evaluation counts; several quoted speakers of the
    same narrative in one article are one unit)."""
    recs = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    sides = ("news-train", "news-test")
    arts: Counter = Counter()
    units: Counter = Counter()
    outlets: dict[str, set] = {sp: set() for sp in sides}
    for r in recs:
        sp = r["split"]
        if sp not in sides:
            continue
        outlets[sp].add(r.get("outlet"))
        arts[("<all>", sp)] += 1
        labs = {(n["id"] if n["id"] != "other" else "other:" + n.get("description", ""), n["voice"])
                for n in r["narratives"]}
        if not labs:
            arts[("<no narrative>", sp)] += 1
        for lab in {lab for lab, _ in labs}:
            arts[(lab, sp)] += 1
        for lab, voice in labs:
            units[(lab, sp, voice)] += 1
    print(f"outlets: {len(outlets['news-train'])} news-train / {len(outlets['news-test'])} news-test (disjoint: "
          f"{not (outlets['news-train'] & outlets['news-test'])})")
    print("| label | news-train articles | news-test articles | news-train units (author/quoted) "
          "| news-test units (author/quoted) |")
    print("|---|---:|---:|---:|---:|")
    labs = sorted({k[0] for k in arts if k[0][0] != "<"}, key=lambda x: (x.startswith("other"), x))
    tot = {sp: [0, 0] for sp in sides}
    for lab in ["<all>", "<no narrative>", *labs]:
        cells = []
        for sp in sides:
            a, q = units[(lab, sp, "author")], units[(lab, sp, "quoted")]
            if lab[0] != "<" and not lab.startswith("other"):
                tot[sp][0] += a
                tot[sp][1] += q
            cells.append(f"{a + q} ({a}/{q})" if lab[0] != "<" else "")
        print(f"| {lab} | {arts[(lab, sides[0])]} | {arts[(lab, sides[1])]} | {cells[0]} | {cells[1]} |")
    print("| **in-label units (14 ids)** | | | " + " | ".join(f"{a + q} ({a}/{q})" for a, q in tot.values()) + " |")


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "stats":
        stats()
    elif len(sys.argv) == 3 and sys.argv[1:] == ["stats", "news"]:
        news_stats()
    elif len(sys.argv) >= 3 and sys.argv[1] == "show":
        for d in sys.argv[2:]:
            print(f"=== {d}")
            show(d)
    elif len(sys.argv) == 2 and sys.argv[1] == "build":
        build()
    elif len(sys.argv) == 3 and sys.argv[1] == "import-local":
        import_local(sys.argv[2])
    else:
        raise SystemExit(__doc__)
