"""A dyad's cooperation and conflict over time, as a PNG or SVG chart (matplotlib).

Reads `DyadPeriod` rows from `series.py`; writes one image: bars of cooperation
(quad classes 1-2, up) and conflict (3-4, down) per period, and the Goldstein mean.
"""
from __future__ import annotations

from pathlib import Path

from detente.analytics.series import DyadPeriod


def plot_dyad(rows: list[DyadPeriod], path: Path, title: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # files only: no screen on servers and CI
    import matplotlib.pyplot as plt

    periods = [r.period for r in rows]
    fig, counts = plt.subplots(figsize=(9, 4.5))
    counts.bar(periods, [r.verbal_coop + r.material_coop for r in rows], width=_width(rows), color="#2a9d8f", label="cooperation")
    counts.bar(periods, [-(r.verbal_conflict + r.material_conflict) for r in rows], width=_width(rows), color="#e76f51",
               label="conflict")
    counts.axhline(0, color="black", linewidth=0.6)
    counts.set_ylabel("events (conflict below zero)")
    mean = counts.twinx()
    mean.plot(periods, [r.goldstein_mean or 0 for r in rows], color="#264653", marker="o", label="Goldstein mean")
    mean.set_ylim(-10.5, 10.5)
    mean.set_ylabel("Goldstein mean")
    counts.set_title(title)
    fig.legend(loc="upper right")
    fig.autofmt_xdate()
    fig.savefig(path, format=Path(path).suffix.lstrip(".").lower() or "png", bbox_inches="tight")
    plt.close(fig)
    return Path(path)


def _width(rows: list[DyadPeriod]) -> float:
    """Bars as wide as most of a period (days between the first two periods)."""
    if len(rows) < 2:
        return 5.0
    return max(0.8, (rows[1].period - rows[0].period).days * 0.8)
