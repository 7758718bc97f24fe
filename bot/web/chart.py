"""The members-and-activity chart as SVG, drawn in the page: bars for the members who bought
each day, a line for the members so far. Cheap to make (the chat's PNG chart takes a
quarter of a second with matplotlib; a page must render in well under that)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT, PAD = 720, 240, 28


@dataclass(frozen=True, slots=True)
class SvgChart:
    width: int
    height: int
    bars: tuple[tuple[float, float, float, float, str], ...]  # x, y, width, height, title
    line: str  # the members-so-far polyline's points
    first: str
    last: str
    most_active: int
    most_members: int


def svg_chart(daily: tuple[tuple[date, int, int], ...]) -> SvgChart | None:
    if not daily:
        return None
    active = [a for _, _, a in daily]
    members = [m for _, m, _ in daily]
    top_active, top_members = max(1, *active), max(1, *members)
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    step = inner_w / len(daily)
    bars = tuple(
        (
            PAD + i * step + step * 0.1,
            PAD + inner_h * (1 - a / top_active),
            step * 0.8,
            inner_h * a / top_active,
            f"{day.isoformat()}: {a}",
        )
        for i, (day, _, a) in enumerate(daily)
    )
    line = " ".join(
        f"{PAD + (i + 0.5) * step:.1f},{PAD + inner_h * (1 - m / top_members):.1f}"
        for i, m in enumerate(members)
    )
    return SvgChart(
        WIDTH,
        HEIGHT,
        bars,
        line,
        daily[0][0].isoformat(),
        daily[-1][0].isoformat(),
        max(active),
        max(members),
    )
