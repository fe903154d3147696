"""Charts as SVG rendered on the server: no chart library to ship, nothing fetched, and the same
markup works in the dashboard (strict CSP: presentation attributes only, no inline style or script)
and in the self-contained HTML report.

Every label is escaped here (``Markup`` is returned, so templates insert it as is). Hovering any
point or bar shows its value through the SVG ``<title>`` element, which browsers display natively.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

# Colour-blind-safe palette (Okabe–Ito), then greys for the rest.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
           "#777777", "#AAAAAA")
WIDTH = 1000
SIDE_WIDTH = 560  # charts in a side column
HEIGHT = 240
MARGIN_LEFT = 44
MARGIN_RIGHT = 12
MARGIN_TOP = 22
MARGIN_BOTTOM = 36
FONT = 'font-family="system-ui, sans-serif" font-size="11"'


@dataclass(slots=True)
class Series:
    name: str
    values: list[float]  # one per x label


def _ticks(peak: float, n: int = 4) -> list[float]:
    if peak <= 0:
        return [0.0]
    raw = peak / n
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(int(peak // step) + 2) if i * step <= peak * 1.0001 + step * 0.999][: n + 2]


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")


def _x_labels(labels: Sequence[str], xs: Sequence[float], max_labels: int = 10) -> list[str]:
    step = max(1, math.ceil(len(labels) / max_labels))
    y = HEIGHT - MARGIN_BOTTOM + 16
    return [
        f'<text x="{x:.1f}" y="{y}" text-anchor="middle" fill="#5b6475" {FONT}>{escape(lbl)}</text>'
        for i, (lbl, x) in enumerate(zip(labels, xs, strict=True)) if i % step == 0
    ]


def _frame(peak: float, unit: str) -> tuple[list[str], float]:
    ticks = _ticks(peak)
    top = max(ticks[-1], peak, 1e-9)
    parts = []
    for t in ticks:
        y = HEIGHT - MARGIN_BOTTOM - (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) * t / top
        parts.append(f'<line x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#e5e7eb" stroke-width="1"/>')
        parts.append(f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#5b6475" {FONT}>'
                     f'{escape(_fmt(t))}</text>')
    if unit:
        parts.append(f'<text x="4" y="11" fill="#5b6475" {FONT}>{escape(unit)}</text>')
    return parts, top


def _svg(body: list[str], label: str, css_class: str, height: int = HEIGHT, width: int = WIDTH) -> Markup:
    return Markup(
        f'<svg class="chart {css_class}" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def _short(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def empty(label: str) -> Markup:
    return Markup(f'<p class="note chart-empty">{escape(label)} : aucune donnée.</p>')


def bars(labels: Sequence[str], values: Sequence[float], label: str, unit: str = "", colour: str = "#b45309") -> Markup:
    """A vertical bar per label (months on the x axis)."""
    if not labels or not any(values):
        return empty(label)
    body, top = _frame(max(values), unit)
    inner = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    slot = inner / len(labels)
    bar_w = max(1.0, slot * 0.8)
    xs = []
    for i, (lbl, v) in enumerate(zip(labels, values, strict=True)):
        h = (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) * v / top
        x = MARGIN_LEFT + i * slot + (slot - bar_w) / 2
        xs.append(x + bar_w / 2)
        body.append(
            f'<rect class="b" x="{x:.1f}" y="{HEIGHT - MARGIN_BOTTOM - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
            f'fill="{colour}"><title>{escape(lbl)} : {escape(_fmt(v))}</title></rect>'
        )
    body += _x_labels(labels, xs)
    return _svg(body, label, "chart-bars")


def lines(labels: Sequence[str], series: Sequence[Series], label: str, unit: str = "") -> Markup:
    """One line per series over the labels (months), with a legend under the plot."""
    series = [s for s in series if any(s.values)]
    if not labels or not series:
        return empty(label)
    peak = max(max(s.values) for s in series)
    body, top = _frame(peak, unit)
    inner = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    n = len(labels)
    xs = [MARGIN_LEFT + (inner * (i + 0.5) / n) for i in range(n)]

    def y_of(v: float) -> float:
        return HEIGHT - MARGIN_BOTTOM - (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) * v / top

    for k, s in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        points = " ".join(f"{x:.1f},{y_of(v):.1f}" for x, v in zip(xs, s.values, strict=True))
        body.append(f'<polyline class="series" points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, v, lbl in zip(xs, s.values, labels, strict=True):
            if v:
                body.append(f'<circle class="pt" cx="{x:.1f}" cy="{y_of(v):.1f}" r="3" fill="{colour}">'
                            f"<title>{escape(s.name)} · {escape(lbl)} : {escape(_fmt(v))}</title></circle>")
    body += _x_labels(labels, xs)
    # Legend rows below the plot.
    legend_y = HEIGHT + 4
    x = MARGIN_LEFT
    row = 0
    for k, s in enumerate(series):
        text = s.name if len(s.name) <= 40 else s.name[:39] + "…"
        w = 22 + 6.5 * len(text)
        if x + w > WIDTH and x > MARGIN_LEFT:
            row += 1
            x = MARGIN_LEFT
        y = legend_y + row * 16
        colour = PALETTE[k % len(PALETTE)]
        body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="12" height="4" fill="{colour}"/>'
                    f'<text x="{x + 16:.1f}" y="{y + 6:.1f}" fill="#1d2330" {FONT}>{escape(text)}</text>')
        x += w
    return _svg(body, label, "lines", height=HEIGHT + 14 + row * 16 + 8)


def hbars(items: Sequence[tuple[str, float]], label: str, href: Sequence[str | None] | None = None,
          colour: str = "#1e40af") -> Markup:
    """Horizontal bars with their labels (rankings), each optionally a link."""
    if not items:
        return empty(label)
    row_h = 20
    height = row_h * len(items) + 8
    peak = max(v for _, v in items) or 1
    label_w = 200
    inner = SIDE_WIDTH - label_w - 50
    body = []
    for i, (name, v) in enumerate(items):
        y = 4 + i * row_h
        w = max(1.0, inner * v / peak)
        text = _short(name, 30)
        link = href[i] if href else None
        name_svg = f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" fill="#1d2330" {FONT}>{escape(text)}</text>'
        if link:
            name_svg = f'<a href="{escape(link)}">{name_svg}</a>'
        body.append(name_svg)
        body.append(f'<rect class="b" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{colour}">'
                    f"<title>{escape(name)} : {escape(_fmt(v))}</title></rect>")
        body.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" fill="#5b6475" {FONT}>{escape(_fmt(v))}</text>')
    return _svg(body, label, "hbars", height=height, width=SIDE_WIDTH)


def graph(nodes: Sequence[dict[str, Any]], edges: Sequence[dict[str, Any]], label: str, *, directed: bool = False,
          height: int = 560) -> Markup:
    """A node-link drawing from positions computed on the server (``x``, ``y`` in [0, 1]).

    Nodes: ``id``, ``label``, ``x``, ``y``, ``size`` (≥ 0), optional ``href``, ``group`` (colour index),
    ``title``. Edges: ``source``, ``target``, ``weight``, optional ``title``. Nodes and edges carry
    ``data-`` attributes that the dashboard's script uses to highlight a node's neighbours on hover.
    """
    if not nodes:
        return empty(label)
    pad = 40
    pos = {n["id"]: (pad + n["x"] * (WIDTH - 2 * pad), pad + n["y"] * (height - 2 * pad)) for n in nodes}
    peak_w = max((e["weight"] for e in edges), default=1) or 1
    peak_s = max((n["size"] for n in nodes), default=1) or 1
    body = []
    if directed:
        body.append('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
                    'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
                    '<path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b"/>'
                    "</marker></defs>")
    radius = {n["id"]: 4 + 12 * math.sqrt(n["size"] / peak_s) for n in nodes}
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        if directed:  # stop at the target's rim so the arrow shows
            d = math.hypot(x2 - x1, y2 - y1) or 1
            r = radius[e["target"]] + 2
            x2, y2 = x2 - (x2 - x1) * r / d, y2 - (y2 - y1) * r / d
        width = 0.6 + 4 * e["weight"] / peak_w
        title = e.get("title") or f'{e["source"]} – {e["target"]} : {_fmt(e["weight"])}'
        body.append(
            f'<line class="edge" data-a="{escape(str(e["source"]))}" data-b="{escape(str(e["target"]))}" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#94a3b8" stroke-opacity="0.55" '
            f'stroke-width="{width:.2f}"{" marker-end=" + chr(34) + "url(#arrow)" + chr(34) if directed else ""}>'
            f"<title>{escape(str(title))}</title></line>"
        )
    for n in nodes:
        x, y = pos[n["id"]]
        colour = PALETTE[int(n.get("group", 0)) % len(PALETTE)]
        circle = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n["id"]]:.1f}" fill="{colour}" fill-opacity="0.85" '
                  f'stroke="#fff" stroke-width="1.5">'
                  f'<title>{escape(str(n.get("title") or n["label"]))}</title></circle>'
                  f'<text x="{x + radius[n["id"]] + 2:.1f}" y="{y + 4:.1f}" fill="#1d2330" {FONT}>'
                  f'{escape(_short(str(n["label"])))}</text>')
        inner = f'<a href="{escape(n["href"])}">{circle}</a>' if n.get("href") else circle
        body.append(f'<g class="node" data-id="{escape(str(n["id"]))}">{inner}</g>')
    return _svg(body, label, "graph", height=height)
