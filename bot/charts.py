"""Charts as PNG bytes, drawn with matplotlib's Agg backend (no display needed).

The charts carry no words: every label is a number or a numeric date, and the caption (in
the owner's language) says what the colours mean. So an Amharic or Greek owner never sees
a missing-glyph box, whatever fonts the server has.
"""

from __future__ import annotations

import io
from datetime import date

import matplotlib

matplotlib.use("Agg")  # before pyplot: a server has no screen

import matplotlib.dates as mdates
import matplotlib.pyplot as plt

ACTIVE_COLOUR = "#f2a65a"  # bars: members who bought something that day
MEMBERS_COLOUR = "#2d6a4f"  # line: members so far


def members_and_activity(daily: tuple[tuple[date, int, int], ...]) -> bytes:
    # Day numbers, as matplotlib counts them (its date helpers carry no annotations).
    epoch = date(1970, 1, 1)
    days = [float((d - epoch).days) for d, _, _ in daily]
    figure, left = plt.subplots(figsize=(8, 4), dpi=100)
    try:
        left.bar(days, [a for _, _, a in daily], color=ACTIVE_COLOUR)
        left.tick_params(axis="y", colors=ACTIVE_COLOUR)
        right = left.twinx()
        right.plot(days, [m for _, m, _ in daily], color=MEMBERS_COLOUR, linewidth=2.5)
        right.tick_params(axis="y", colors=MEMBERS_COLOUR)
        right.set_ylim(bottom=0)
        left.xaxis_date()
        # matplotlib ships no annotation for DateFormatter's constructor.
        left.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))  # type: ignore[no-untyped-call]
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)  # pyplot keeps figures in global state: never leak one
