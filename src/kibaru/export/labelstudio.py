"""Label Studio round trip for narrative annotations.

``tasks_from_articles`` writes Label Studio JSON tasks: the article text as ``data.text`` and the
pipeline's narrative detections as *predictions* (pre-annotations an analyst corrects): one text
region per evidence sentence labelled with the narrative id (``narrative``), with the voice as a
per-region choice (``voice``) and the speaker as per-region text (``speaker``).
``gold_from_tasks`` reads a Label Studio export back into gold records (the JSONL format of
:mod:`kibaru.analyse.narrative_eval`), which ``kibaru train narratives`` accepts.

The labelling interface is :func:`labeling_config` (also in ``docs/labelstudio-narratives.xml``).
Label Studio counts offsets in UTF-16 code units (JavaScript strings); Python counts code points.
The two differ after any character outside the Basic Multilingual Plane (emoji), so offsets are
converted both ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from xml.sax.saxutils import quoteattr

from kibaru.enrich import narratives as nar
from kibaru.model import Article

FROM_LABEL = "narrative"
FROM_VOICE = "voice"
FROM_SPEAKER = "speaker"
TO_NAME = "text"


def _utf16_offsets(text: str) -> list[int]:
    """Code point index -> UTF-16 index, for every position 0..len(text)."""
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = pos
    return out


def to_utf16(text: str, index: int) -> int:
    return _utf16_offsets(text)[index]


def from_utf16(text: str, index: int) -> int:
    """UTF-16 index -> code point index (the first code point at or after it)."""
    table = _utf16_offsets(text)
    lo, hi = 0, len(table) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if table[mid] < index:
            lo = mid + 1
        else:
            hi = mid
    return lo


def labeling_config() -> str:
    """The Label Studio labelling interface for narratives, generated from ``labels.yaml``."""
    fams = nar.families()
    lines = ['<View>',
             '  <Header value="Narratives: select the evidence sentences, pick the narrative, set the voice"/>',
             f'  <Labels name="{FROM_LABEL}" toName="{TO_NAME}" showInline="false">']
    colours = {"discredit-west": "#d9534f", "praise-russia": "#5b6bd9", "sovereignty": "#3c9a5f"}
    for lab in nar.labels():
        hint = f"{fams.get(lab.family, {}).get('fr', lab.family)} — {lab.fr}"
        lines.append(f"    <Label value={quoteattr(lab.id)} hint={quoteattr(hint)} "
                     f"background={quoteattr(colours.get(lab.family, '#888888'))}/>")
    lines += [
        '    <Label value="other" hint="Autre récit (décrire dans speaker/description)" background="#999999"/>',
        "  </Labels>",
        f'  <Text name="{TO_NAME}" value="$text" granularity="word"/>',
        '  <View visibleWhen="region-selected">',
        f'    <Choices name="{FROM_VOICE}" toName="{TO_NAME}" perRegion="true" choice="single" required="true">',
        '      <Choice value="author" hint="the outlet asserts it in its own words"/>',
        '      <Choice value="quoted" hint="inside a quote or attributed speech"/>',
        "    </Choices>",
        f'    <TextArea name="{FROM_SPEAKER}" toName="{TO_NAME}" perRegion="true" maxSubmissions="1" '
        'placeholder="speaker (quoted voice)"/>',
        "  </View>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def task_for(article: Article, model_version: str = "kibaru") -> dict[str, Any]:
    """One Label Studio task with the article's narratives as a prediction."""
    text = article.text
    results: list[dict[str, Any]] = []
    scores: list[float] = []
    n = 0
    for det in article.narratives:
        for ev in det.get("evidence", []):
            n += 1
            rid = f"n{n}"
            start, end = to_utf16(text, ev["start"]), to_utf16(text, ev["end"])
            region = {"start": start, "end": end, "text": text[ev["start"] : ev["end"]]}
            score = float(det.get("score", 0.0))
            scores.append(score)
            results.append({"id": rid, "from_name": FROM_LABEL, "to_name": TO_NAME, "type": "labels",
                            "value": {**region, "labels": [det["id"]]}, "score": score})
            results.append({"id": rid, "from_name": FROM_VOICE, "to_name": TO_NAME, "type": "choices",
                            "value": {**region, "choices": [det.get("voice", "author")]}})
            if det.get("speaker"):
                results.append({"id": rid, "from_name": FROM_SPEAKER, "to_name": TO_NAME, "type": "textarea",
                                "value": {**region, "text": [str(det["speaker"])]}})
    task: dict[str, Any] = {
        "data": {"text": text, "doc": f"kibaru:{article.id}", "article_id": article.id, "title": article.title,
                 "outlet": article.outlet, "date": article.date, "url": article.url},
        "predictions": [{"model_version": model_version, "score": max(scores) if scores else 0.0, "result": results}],
    }
    return task


def tasks_from_articles(articles: Iterable[Article], model_version: str = "kibaru") -> list[dict[str, Any]]:
    return [task_for(a, model_version) for a in articles]


def _annotation(task: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The task's latest non-cancelled annotation."""
    anns = [a for a in task.get("annotations") or [] if isinstance(a, Mapping) and not a.get("was_cancelled")]
    if not anns:
        return None
    return sorted(anns, key=lambda a: str(a.get("updated_at") or a.get("created_at") or ""))[-1]


def gold_from_tasks(tasks: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Gold records from a Label Studio JSON export, and one problem message per skipped task/region.

    A task without a (non-cancelled) annotation is skipped: predictions are not gold. An annotated
    task with no narrative region is a negative (``"narratives": []``).
    """
    problems: list[str] = []
    if not isinstance(tasks, list):
        return [], ["a Label Studio export is a JSON list of tasks"]
    known = set(nar.label_ids()) | {"other"}
    out: list[dict[str, Any]] = []
    for n, task in enumerate(tasks, 1):
        if not isinstance(task, Mapping) or not isinstance(task.get("data"), Mapping):
            problems.append(f"task {n}: not a Label Studio task (no data object)")
            continue
        data = task["data"]
        text = data.get("text")
        if not isinstance(text, str):
            problems.append(f"task {n}: data.text missing")
            continue
        ann = _annotation(task)
        if ann is None:
            problems.append(f"task {n}: no annotation (skipped; predictions are not gold)")
            continue
        regions: dict[str, dict[str, Any]] = {}
        for res in ann.get("result") or []:
            if not isinstance(res, Mapping) or not isinstance(res.get("value"), Mapping):
                continue
            region = regions.setdefault(str(res.get("id")), {})
            value = res["value"]
            if "start" in value and "end" in value:
                region["start"], region["end"] = value["start"], value["end"]
            if res.get("from_name") == FROM_LABEL:
                region["labels"] = list(value.get("labels") or [])
            elif res.get("from_name") == FROM_VOICE:
                region["voice"] = (value.get("choices") or ["author"])[0]
            elif res.get("from_name") == FROM_SPEAKER:
                texts = value.get("text") or []
                region["speaker"] = texts[0] if isinstance(texts, list) and texts else texts or None
        items: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        for rid, region in regions.items():
            if not region.get("labels"):
                continue
            try:
                start = from_utf16(text, int(region["start"]))
                end = from_utf16(text, int(region["end"]))
            except (KeyError, TypeError, ValueError):
                problems.append(f"task {n}: region {rid} has no usable offsets")
                continue
            if not 0 <= start < end <= len(text):
                problems.append(f"task {n}: region {rid} offsets {start}-{end} outside the text")
                continue
            voice = region.get("voice", "author")
            if voice not in {"author", "quoted"}:
                problems.append(f"task {n}: region {rid} has voice {voice!r}; counted as author")
                voice = "author"
            for label in region["labels"]:
                if label not in known:
                    problems.append(f"task {n}: region {rid} has unknown narrative {label!r}")
                    continue
                speaker = region.get("speaker") if voice == "quoted" else None
                item = items.setdefault((label, voice, speaker), {"id": label, "voice": voice, "evidence": []})
                if speaker:
                    item["speaker"] = speaker
                item["evidence"].append({"start": start, "end": end})
        for item in items.values():
            item["evidence"].sort(key=lambda e: e["start"])
        doc = data.get("doc") or (f"labelstudio:{task['id']}" if task.get("id") is not None else f"labelstudio:{n}")
        out.append({
            "doc": str(doc), "text": text, "split": str(data.get("split") or "train"),
            "narratives": list(items.values()), "stance": [],
            "outlet": data.get("outlet"), "date": data.get("date"),
            "source": "Label Studio export", "licence": data.get("licence") or "as the source texts",
            "annotator": str(ann.get("completed_by") or "label-studio"),
        })
    return out, problems


def write_gold(records: Sequence[Mapping[str, Any]]) -> str:
    import json

    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
