"""Annotator's helper (stdlib only): show numbered sentences, build gold.jsonl from the sources.

    python eval/narratives/annotate.py show semeval:train:article23168   # numbered sentences
    python eval/narratives/annotate.py build                              # src/*.jsonl -> gold.jsonl

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

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import HERE, load_text, sentence_spans

SEMEVAL_SOURCE = (
    "SemEval-2023 Task 3 French articles (Piskorski et al. 2023), via "
    "github.com/yrf1/SemEval23-Task-3-UIUC-Team@063567a; text read from ../shared/corpus/semeval2023_fr"
)
SEMEVAL_LICENCE = "SemEval-2023 Task 3 data: research use only, not redistributed (offsets only)"
TEST_SHARE = 0.4
NEG_TEST_SHARE = 0.3  # negatives: a smaller test share


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


def build() -> None:
    split_file = HERE / "split.tsv"
    splits: dict[str, str] = {}
    if split_file.exists():
        for line in split_file.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                doc, _, sp = line.partition("\t")
                splits[doc] = sp
    records = []
    for src in sorted((HERE / "src").glob("*.jsonl")):
        for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("//"):
                continue
            where = f"{src.name}:{n}"
            a = json.loads(line)
            doc = a["doc"]
            text = load_text(doc)
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
            for key in ("techniques", "genre", "topic", "title"):
                if a.get(key):
                    rec[key] = a[key]
            rec["notes"] = a.get("notes", "")
            records.append(rec)
    new = _assign(records, splits)
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


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "stats":
        stats()
    elif len(sys.argv) >= 3 and sys.argv[1] == "show":
        for d in sys.argv[2:]:
            print(f"=== {d}")
            show(d)
    elif len(sys.argv) == 2 and sys.argv[1] == "build":
        build()
    else:
        raise SystemExit(__doc__)
