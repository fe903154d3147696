"""Regenerate the binary sample inputs of ``samples/corpus`` deterministically.

Writes:

* ``corpus/crawl.warc.gz`` — a small crawl made with warcio: one ``warcinfo`` record, three HTML
  ``response`` records (one of them served as windows-1252) and one non-HTML ``response``
  (``robots.txt``, ``text/plain``);
* ``corpus/bad/truncated-crawl.warc.gz`` — the same file cut in the middle of its third record;
* ``corpus/bad/empty.txt`` (0 bytes), ``corpus/bad/binary.txt`` (PNG-like bytes full of NULs)
  and ``corpus/bad/giant-line.txt`` (one line of 300 000 characters, no newline).

All texts are synthetic (written for kibaru, CC0). Record ids and dates are fixed, and zlib writes
no timestamp in the gzip members, so two runs produce byte-identical files::

    .venv/bin/python samples/make_binary_samples.py && git status --short samples/
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CORPUS = Path(__file__).resolve().parent / "corpus"
SITE = "https://republicainsahel.example"
# uuid5 over a fixed namespace: stable record ids instead of warcio's random uuid4.
NAMESPACE = uuid.UUID("6f2d1c3e-4b5a-4e8f-9a7b-2c1d0e9f8a7b")
GIANT_LINE_CHARS = 300_000
# Cut point of the truncated copy, as a fraction of the full file: lands inside the third record.
TRUNCATE_AT = 0.6


def _page(title: str, url: str, published: str, paragraphs: tuple[str, ...], section: str) -> str:
    body = "\n".join(f"    <p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="{{charset}}">
  <title>{title} – Le Républicain du Sahel</title>
  <meta name="kibaru-synthetic" content="true">
  <meta property="og:site_name" content="Le Républicain du Sahel">
  <meta property="og:url" content="{url}">
  <meta property="og:title" content="{title}">
  <meta property="article:published_time" content="{published}">
</head>
<body>
  <div class="cookies">Ce site utilise des cookies pour la mesure d'audience. <button>OK</button></div>
  <header><a href="{SITE}/">Le Républicain du Sahel</a>
    <nav><a href="{SITE}/politique/">Politique</a> <a href="{SITE}/securite/">Sécurité</a>
    <a href="{SITE}/international/">International</a> <a href="{SITE}/sport/">Sport</a></nav>
  </header>
  <main>
  <article>
    <span class="rubrique">{section}</span>
    <h1>{title}</h1>
    <p class="date"><time datetime="{published}">{published[:10]}</time></p>
{body}
  </article>
  <aside><h2>À lire aussi</h2><ul>
    <li><a href="{SITE}/sport/aigles-qualifies/">Football : les Aigles qualifiés</a></li>
    <li><a href="{SITE}/societe/hivernage/">Hivernage : les premières pluies à Mopti</a></li>
  </ul></aside>
  </main>
  <footer>Le Républicain du Sahel – Tous droits réservés | <a href="#">Haut de page</a></footer>
</body>
</html>
"""


@dataclass(frozen=True)
class Page:
    url: str
    title: str
    published: str
    section: str
    charset: str
    date: str  # WARC-Date of the capture
    paragraphs: tuple[str, ...]


PAGES: list[Page] = [
    Page(
        # Republication of dumps/niamey-info/aes-charte-liptako-gourma.txt (one sentence changed,
        # ending cut).
        url=f"{SITE}/politique/aes-charte-liptako-gourma/",
        title="Le Mali, le Burkina Faso et le Niger créent l'Alliance des États du Sahel",
        published="2023-09-17T08:00:00+00:00",
        section="Politique",
        charset="utf-8",
        date="2023-09-17T09:12:44Z",
        paragraphs=(
            "Le Mali, le Burkina Faso et le Niger ont signé samedi à Bamako la Charte du Liptako-Gourma, qui "
            "institue l'Alliance des États du Sahel (AES), un pacte de défense mutuelle entre les trois pays "
            "dirigés par des militaires, a annoncé le chef de la junte malienne, le colonel Assimi Goïta, sur "
            "les réseaux sociaux.",
            "Le texte engage les signataires à se prêter assistance, y compris militaire, en cas d'atteinte à "
            "la souveraineté ou à l'intégrité territoriale de l'un d'entre eux. Toute agression contre l'un des "
            "trois États sera considérée comme une agression contre les deux autres, selon la charte.",
            "Il prévoit également une coopération renforcée contre le terrorisme et la criminalité organisée "
            "dans la zone dite des trois frontières, où les groupes jihadistes liés à Al-Qaïda et à l'État "
            "islamique multiplient les attaques depuis des années.",
            "La signature intervient moins de deux mois après le coup d'État du 26 juillet à Niamey, qui a "
            "renversé le président Mohamed Bazoum. La CEDEAO avait alors menacé d'intervenir militairement, "
            "une menace que Bamako et Ouagadougou avaient jugée inacceptable.",
            "Les trois États ont rompu ces derniers mois leurs liens militaires avec la France : la force "
            "Barkhane a quitté le Mali en août 2022, les forces spéciales françaises ont quitté le Burkina Faso "
            "en février, et les nouvelles autorités nigériennes exigent à leur tour le départ des soldats "
            "français.",
            "Source : Niamey Info",
        ),
    ),
    Page(
        # Served as windows-1252, declared in the HTTP header and the meta tag.
        url=f"{SITE}/international/cedeao-leve-sanctions-niger/",
        title="La CEDEAO lève l'essentiel des sanctions contre le Niger",
        published="2024-02-25T07:45:00+00:00",
        section="International",
        charset="windows-1252",
        date="2024-02-25T10:03:19Z",
        paragraphs=(
            "Les chefs d'État de la CEDEAO, réunis samedi en sommet extraordinaire à Abuja, ont décidé de "
            "lever l'essentiel des sanctions imposées au Niger après le coup d'État de juillet, dont la "
            "fermeture des frontières et le gel des avoirs de l'État nigérien, selon le communiqué final.",
            "L'organisation régionale invoque des raisons humanitaires. Les sanctions avaient provoqué des "
            "pénuries de médicaments et de denrées, et une forte hausse des prix à Niamey.",
            "Cette décision intervient moins d'un mois après l'annonce par le Niger, le Mali et le Burkina "
            "Faso de leur retrait de la CEDEAO, que l'organisation tente de convaincre de revenir sur leur "
            "décision.",
            "« Les camions vont enfin pouvoir repasser par le Bénin. On a trop attendu », a réagi un "
            "transporteur nigérien joint par téléphone.",
            "Un diplomate ouest-africain, qui a requis l'anonymat, y voit « un geste d'apaisement qui ne "
            "règle rien sur le fond ».",
            "Avec AFP",
        ),
    ),
    Page(
        url=f"{SITE}/securite/minusma-quitte-tessalit-aguelhok/",
        title="La MINUSMA quitte ses camps de Tessalit et d'Aguelhok",
        published="2023-10-24T18:30:00+00:00",
        section="Sécurité",
        charset="utf-8",
        date="2023-10-24T19:02:51Z",
        paragraphs=(
            "La mission de l'ONU au Mali a quitté ces derniers jours ses camps de Tessalit et d'Aguelhok, "
            "dans la région de Kidal, dans le cadre de son retrait du pays décidé en juin par le Conseil de "
            "sécurité, a-t-on appris auprès de la mission.",
            "Le départ s'est fait dans un contexte de fortes tensions entre l'armée malienne et les "
            "ex-rebelles du Cadre stratégique permanent (CSP), qui revendiquent le contrôle des emprises "
            "libérées par les Casques bleus.",
            "Selon la mission, des convois ont été visés par des engins explosifs sur la route du retour, "
            "faisant plusieurs blessés parmi les Casques bleus.",
            "« On entend des tirs presque chaque nuit depuis une semaine », a raconté un habitant d'Aguelhok "
            "joint par téléphone satellitaire.",
            "Il ne reste plus à la MINUSMA, dans la région, que son camp de Kidal, que la mission doit quitter "
            "d'ici à la mi-novembre.",
        ),
    ),
]

ROBOTS = b"User-agent: *\nDisallow: /wp-admin/\nDisallow: /recherche\nSitemap: " + SITE.encode() + b"/sitemap.xml\n"


def _record_id(key: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, key)}>"


def _response(writer: WARCWriter, url: str, date: str, body: bytes, content_type: str) -> None:
    http_headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Server", "nginx")],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Record-ID": _record_id(url), "WARC-Date": date},
    )
    writer.write_record(record)


def build_warc() -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    info = (
        b"software: kibaru samples/make_binary_samples.py (warcio)\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: synthetic crawl written for kibaru (CC0-1.0); every page is invented\r\n"
    )
    warc_headers = StatusAndHeaders(
        "",
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", _record_id("warcinfo")),
            ("WARC-Filename", "crawl.warc.gz"),
            ("WARC-Date", "2024-03-01T00:00:00Z"),
        ],
        protocol="WARC/1.0",
    )
    writer.write_record(
        writer.create_warc_record("", "warcinfo", payload=BytesIO(info), length=len(info), warc_headers=warc_headers)
    )
    for page in PAGES:
        html = _page(page.title, page.url, page.published, page.paragraphs, page.section)
        html = html.replace("{charset}", page.charset)
        _response(writer, page.url, page.date, html.encode(page.charset), f"text/html; charset={page.charset}")
    _response(writer, f"{SITE}/robots.txt", "2024-03-01T00:00:05Z", ROBOTS, "text/plain")
    return out.getvalue()


def giant_line() -> str:
    # A page whose text was glued into a single line by a broken scraper: plausible words, no break.
    chunk = (
        "mali actualité bamako news sahel infos dernière minute la transition annonce de nouvelles mesures "
        "pour la sécurité des populations du centre et du nord du pays selon un communiqué lu à la télévision "
        "nationale ce soir cliquez ici pour lire la suite partager sur facebook partager sur whatsapp "
    )
    text = (chunk * (GIANT_LINE_CHARS // len(chunk) + 1))[:GIANT_LINE_CHARS]
    return text


def binary_blob() -> bytes:
    rng = random.Random(20240301)  # fixed seed: the same bytes on every run
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    noise = bytes(rng.choice((0, 0, 0, rng.randrange(256))) for _ in range(2048))
    return head + noise


def main() -> None:
    bad = CORPUS / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    warc = build_warc()
    (CORPUS / "crawl.warc.gz").write_bytes(warc)
    (bad / "truncated-crawl.warc.gz").write_bytes(warc[: int(len(warc) * TRUNCATE_AT)])
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(binary_blob())
    (bad / "giant-line.txt").write_text(giant_line(), encoding="utf-8")


if __name__ == "__main__":
    main()
