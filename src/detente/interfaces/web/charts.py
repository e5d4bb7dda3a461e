"""Charts as inline SVG drawn on the server: quad classes over time, a dyad's timeline, the network.

Reads typed rows (`QuadPeriod`, `DyadPeriod`, `Network`); writes `Markup` holding one
<svg>. Colours come from classes in app.css (q1 to q4, coop, conflict), not inline
styles, so the page's content security policy can forbid inline styles. Every label
is escaped. No chart library: the pages work offline and load nothing from elsewhere.
"""
from __future__ import annotations

import math

from markupsafe import Markup, escape

from detente.analytics.series import DyadPeriod
from detente.interfaces.web.models import Network, QuadPeriod

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 760, 240, 44, 24, 26
RIGHT = 30  # room for the Goldstein scale
MAX_BAR = 48  # a few periods should not make slabs


def quad_chart(series: list[QuadPeriod]) -> Markup:
    """Stacked bars: events per period, split by quad class."""
    if not series:
        return Markup('<p class="empty">No dated events.</p>')
    peak, step = max(sum(p.counts) for p in series) or 1, (WIDTH - LEFT) / len(series)
    scale, bar = (HEIGHT - BOTTOM - TOP) / peak, min(step * 0.8, MAX_BAR)
    bars = []
    for i, period in enumerate(series):
        base = HEIGHT - BOTTOM
        for quad, count in enumerate(period.counts, start=1):
            tip = f"{period.period}: {count} {QUADS[quad - 1]}"
            bars.append(_rect(f"q{quad}", LEFT + i * step, base - count * scale, bar, count * scale, tip))
            base -= count * scale
    axis = _axis(peak, [p.period.isoformat() for p in series], step)
    return _svg("quad-chart", "Events per period by quad class", axis + bars + _legend(QUADS, "q"))


def dyad_chart(series: list[DyadPeriod]) -> Markup:
    """Cooperation up, conflict down, per period; the line is the Goldstein mean (-10 to +10)."""
    if not series:
        return Markup('<p class="empty">No dated events for this dyad.</p>')
    middle, step = (HEIGHT - BOTTOM + TOP) / 2, (WIDTH - LEFT - RIGHT) / len(series)
    half, bar = middle - TOP, min(step * 0.8, MAX_BAR)
    peak = max(max(r.verbal_coop + r.material_coop, r.verbal_conflict + r.material_conflict) for r in series) or 1
    scale, parts, points = half / peak, [], []
    for i, r in enumerate(series):
        x, coop, conflict = LEFT + i * step, r.verbal_coop + r.material_coop, r.verbal_conflict + r.material_conflict
        parts.append(_rect("coop", x, middle - coop * scale, bar, coop * scale, f"{r.period}: {coop} cooperation"))
        parts.append(_rect("conflict", x, middle, bar, conflict * scale, f"{r.period}: {conflict} conflict"))
        points.append(f"{x + bar / 2:.1f},{middle - (r.goldstein_mean or 0) / 10 * half:.1f}")
    parts.append(Markup('<line class="axis" x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}"/>').format(LEFT, middle, WIDTH - RIGHT, middle))
    parts.append(Markup('<polyline class="goldstein" points="{}"/>').format(" ".join(points)))
    parts += _ticks([r.period.isoformat() for r in series], step)
    parts += [Markup('<text class="tick" x="{}" y="{:.1f}">{}</text>').format(x, y + 4, label)  # counts left, Goldstein right
              for x, y, label in ((LEFT - 6, TOP, peak), (LEFT - 6, middle, 0), (LEFT - 6, middle + half, peak),
                                  (WIDTH - 4, TOP, "+10"), (WIDTH - 4, middle + half, "−10"))]
    return _svg("dyad-chart", "Cooperation and conflict over time", parts + _legend(("cooperation", "conflict", "Goldstein mean"), "d"))


def network_chart(net: Network, size: int = 640) -> Markup:
    """Actors on a circle (most active first), arrows from source to target, coloured by the dyad's balance."""
    if not net.nodes:
        return Markup('<p class="empty">No dyads with a target.</p>')
    centre, radius = size / 2, size / 2 - 60
    place = {n.code: (centre + radius * math.cos(2 * math.pi * i / len(net.nodes) - math.pi / 2),
                      centre + radius * math.sin(2 * math.pi * i / len(net.nodes) - math.pi / 2)) for i, n in enumerate(net.nodes)}
    parts = [Markup('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" '
                    'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>')]
    for e in net.edges:
        parts.append(_edge(place[e.source], place[e.target], e))
    for n in net.nodes:
        parts.append(_node(place[n.code], n.code, n.events))
    return Markup('<svg class="network-chart" viewBox="0 0 {0} {0}" role="img" aria-label="Actor network">{1}</svg>').format(
        size, Markup("").join(parts))


def _edge(a: tuple[float, float], b: tuple[float, float], e) -> Markup:
    """A slightly bent arrow, so that A to B and B to A stay two lines; it stops short of the node."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1
    bend = (a[0] + dx / 2 - dy * 0.08, a[1] + dy / 2 + dx * 0.08)
    end = (b[0] - dx / length * 14, b[1] - dy / length * 14)
    kind = "conflict" if e.conflict > e.cooperation else "coop"
    tip = f"{e.source} → {e.target}: {e.events} events ({e.cooperation} cooperation, {e.conflict} conflict)"
    return Markup('<a href="/dyads/{}/{}"><path class="edge {}" d="M {:.1f} {:.1f} Q {:.1f} {:.1f} {:.1f} {:.1f}" '
                  'stroke-width="{:.1f}" marker-end="url(#arrow)"><title>{}</title></path></a>').format(
        e.source, e.target, kind, *a, *bend, *end, 1 + math.log2(e.events), tip)


def _node(at: tuple[float, float], code: str, events: int) -> Markup:
    r = 4 + 2 * math.sqrt(events)
    return Markup('<a href="/events?actor={0}"><circle class="node" cx="{1:.1f}" cy="{2:.1f}" r="{3:.1f}"><title>{0}: {4} '
                  'events</title></circle><text class="node-label" x="{1:.1f}" y="{5:.1f}">{0}</text></a>').format(
        code, *at, r, events, at[1] - r - 4)


def _rect(kind: str, x: float, y: float, w: float, h: float, tip: str) -> Markup:
    return Markup('<rect class="{}" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}"><title>{}</title></rect>').format(
        kind, x, y, max(w, 1), max(h, 0), tip)


def _axis(peak: int, labels: list[str], step: float) -> list[Markup]:
    base = HEIGHT - BOTTOM
    parts = [Markup('<line class="axis" x1="{0}" y1="{1}" x2="{2}" y2="{1}"/>').format(LEFT, base, WIDTH),
             Markup('<text class="tick" x="{}" y="{}">{}</text>').format(LEFT - 6, TOP + 4, peak),
             Markup('<text class="tick" x="{}" y="{}">0</text>').format(LEFT - 6, base)]
    return parts + _ticks(labels, step)


def _ticks(labels: list[str], step: float) -> list[Markup]:
    """At most six date labels, evenly spread, so that they never overlap."""
    every = max(1, math.ceil(len(labels) / 6))
    return [Markup('<text class="date" x="{:.1f}" y="{}">{}</text>').format(LEFT + i * step, HEIGHT - 6, label)
            for i, label in enumerate(labels) if i % every == 0]


def _legend(names: tuple[str, ...], prefix: str) -> list[Markup]:
    return [Markup('<rect class="{}{}" x="{}" y="4" width="10" height="10"/><text class="legend" x="{}" y="13">{}</text>').format(
        prefix, i, LEFT + 10 + 150 * (i - 1), LEFT + 24 + 150 * (i - 1), escape(name)) for i, name in enumerate(names, start=1)]


def _svg(kind: str, label: str, parts: list[Markup]) -> Markup:
    return Markup('<svg class="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">{}</svg>').format(
        kind, WIDTH, HEIGHT, label, Markup("").join(parts))
