"""Input discovery: walking folders, choosing readers by extension and content, stable identities."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kibaru.ingest.discover import choose_kind, count_inputs, iter_documents, sniff
from kibaru.model import RawDocument, Rejection

# Written for these tests.
PARAGRAPH = ("Les autorités ont annoncé la réouverture des frontières terrestres avec les pays voisins, "
             "fermées depuis plusieurs mois, a-t-on appris de sources officielles.")
PAGE = (f"<!DOCTYPE html><html><head><title>Frontières</title></head><body><article><h1>Frontières</h1>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>")
RSS = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Flux</title><item><title>Un</title>"
       f"<link>https://flux.example/un</link><description>{PARAGRAPH}</description></item></channel></rss>")


def _warc_bytes() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://w.example/a", "response",
                                                  payload=io.BytesIO(PAGE.encode()), http_headers=headers))
    return out.getvalue()


def _build(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "site" / "sub").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    (corpus / "site" / "b.txt").write_text(PARAGRAPH, encoding="utf-8")
    (corpus / "site" / "b.txt.meta.json").write_text(json.dumps({"outlet": "Site"}), encoding="utf-8")
    (corpus / "site" / "a.txt").write_text(PARAGRAPH + " A", encoding="utf-8")
    (corpus / "site" / "sub" / "page.htm").write_text(PAGE, encoding="utf-8")
    (corpus / "site" / ".draft.txt").write_text(PARAGRAPH, encoding="utf-8")
    (corpus / ".hidden" / "x.txt").write_text(PARAGRAPH, encoding="utf-8")
    (corpus / "export.ndjson").write_text(json.dumps({"id": "e1", "text": PARAGRAPH}) + "\n", encoding="utf-8")
    (corpus / "crawl.warc.gz").write_bytes(_warc_bytes())
    (corpus / "feed.rss").write_text(RSS, encoding="utf-8")
    # Without (useful) extensions: the content decides.
    (corpus / "noext-html").write_text(PAGE, encoding="utf-8")
    (corpus / "noext-feed").write_text(RSS, encoding="utf-8")
    (corpus / "noext-warc").write_bytes(_warc_bytes())
    (corpus / "noext-jsonl").write_text(json.dumps({"text": PARAGRAPH}) + "\n", encoding="utf-8")
    (corpus / "noext-text").write_text(PARAGRAPH, encoding="utf-8")
    (corpus / "saved-as.txt").write_text(PAGE, encoding="utf-8")  # a scraper saved HTML as .txt
    return corpus


def test_walk_order_skips_and_kinds(tmp_path: Path) -> None:
    corpus = _build(tmp_path)
    items = list(iter_documents([corpus]))
    assert all(isinstance(i, RawDocument) for i in items), [i for i in items if isinstance(i, Rejection)]
    names = [Path(i.source_path.split("#")[0].rsplit(":", 1)[0]).name for i in items]
    # Sorted, top-level files before subfolders, hidden files and sidecars skipped.
    assert names == ["crawl.warc.gz", "export.ndjson", "feed.rss", "noext-feed", "noext-html", "noext-jsonl",
                     "noext-text", "noext-warc", "saved-as.txt", "a.txt", "b.txt", "page.htm"]
    kinds = dict(zip(names, (i.kind for i in items), strict=True))
    assert kinds == {"crawl.warc.gz": "warc", "export.ndjson": "jsonl", "feed.rss": "feed", "noext-feed": "feed",
                     "noext-html": "html", "noext-jsonl": "jsonl", "noext-text": "text", "noext-warc": "warc",
                     "saved-as.txt": "html", "a.txt": "text", "b.txt": "text", "page.htm": "html"}
    assert count_inputs([corpus]) == 12
    assert [i.identity for i in items] == [i.identity for i in iter_documents([corpus])]  # deterministic


def test_identity_prefix_does_not_depend_on_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _build(tmp_path)
    absolute = {i.identity for i in iter_documents([corpus]) if isinstance(i, RawDocument)}
    monkeypatch.chdir(tmp_path)
    relative = {i.identity for i in iter_documents([Path("corpus")]) if isinstance(i, RawDocument)}
    monkeypatch.chdir(corpus / "site")
    dotted = {i.identity for i in iter_documents([Path("../../corpus")]) if isinstance(i, RawDocument)}
    assert absolute == relative == dotted
    assert "corpus/site/a.txt" in absolute and "corpus/export.ndjson#id=e1" in absolute


def test_kinds_filter_and_missing_path(tmp_path: Path) -> None:
    corpus = _build(tmp_path)
    texts = list(iter_documents([corpus], kinds=frozenset({"text"})))
    assert {i.kind for i in texts if isinstance(i, RawDocument)} == {"text"} and len(texts) == 3
    missing = list(iter_documents([tmp_path / "nowhere"]))
    assert len(missing) == 1 and isinstance(missing[0], Rejection) and "no such file" in missing[0].reason


def test_single_file_argument(tmp_path: Path) -> None:
    corpus = _build(tmp_path)
    [doc] = list(iter_documents([corpus / "site" / "a.txt"]))
    assert isinstance(doc, RawDocument) and doc.identity == "site/a.txt"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"  <HTML lang='fr'>", "html"),
        (b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<rss version='2.0'>", "feed"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + b"x" * 5000)[:300], "warc"),
        (gzip.compress(b"just some gzipped text"), None),
        (b'{"text": "x"}\n', "jsonl"),
        (b"Bamako, 14 mars 2023 - Le texte commence ici.", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00", None),
    ],
)
def test_sniff(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


def test_damaged_crawl_keeps_its_reader(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert choose_kind(path) == "warc"
    items = list(iter_documents([path]))
    assert len(items) == 1 and isinstance(items[0], Rejection)
