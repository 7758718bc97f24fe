"""The /stats chart as PNG bytes, drawn with matplotlib's Agg backend (no display needed).

Its title and legend are in the owner's language, in the fonts the bot ships (Noto Sans,
with Noto Sans Ethiopic behind it for Amharic), so no server font decides what is legible.

matplotlib is imported on the first chart, not at start-up: it holds about 40 MB, which a
worker process, or a web process no owner asks for /stats, never needs.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from types import ModuleType

from bot.images.typeface import BOLD, FONTS_DIR, REGULAR
from bot.images.words import ChartWords

ACTIVE_COLOUR = "#f2a65a"  # bars: members who bought something that day
MEMBERS_COLOUR = "#2d6a4f"  # line: members so far
# matplotlib tries each family in turn for every character it lacks (matplotlib >= 3.6).
FAMILIES = ["Noto Sans", "Noto Sans Ethiopic"]


@cache
def _matplotlib() -> tuple[ModuleType, ModuleType]:
    """pyplot and matplotlib.dates, loaded once, with the Agg backend and the bot's fonts."""
    import matplotlib  # noqa: PLC0415  (late on purpose: see the module's docstring)

    matplotlib.use("Agg")  # before pyplot: a server has no screen
    import matplotlib.dates  # noqa: PLC0415
    import matplotlib.pyplot  # noqa: PLC0415
    from matplotlib import font_manager  # noqa: PLC0415

    for name in REGULAR + BOLD:
        font_manager.fontManager.addfont(str(FONTS_DIR / name))
    return matplotlib.pyplot, matplotlib.dates


def members_and_activity(daily: tuple[tuple[date, int, int], ...], words: ChartWords) -> bytes:
    plt, mdates = _matplotlib()
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 (with matplotlib, when drawing)

    # Day numbers, as matplotlib counts them (its date helpers carry no annotations).
    epoch = date(1970, 1, 1)
    days = [float((d - epoch).days) for d, _, _ in daily]
    with plt.rc_context({"font.family": FAMILIES}):
        figure, left = plt.subplots(figsize=(8, 4.5), dpi=100)
        try:
            bars = left.bar(days, [a for _, _, a in daily], color=ACTIVE_COLOUR, label=words.active)
            left.tick_params(axis="y", colors=ACTIVE_COLOUR)
            right = left.twinx()
            (line,) = right.plot(
                days,
                [m for _, m, _ in daily],
                color=MEMBERS_COLOUR,
                linewidth=2.5,
                label=words.members,
            )
            right.tick_params(axis="y", colors=MEMBERS_COLOUR)
            # Counts of people: whole numbers from 0, also for a shop with nobody yet
            # (matplotlib would centre an all-zero series on 0, with ticks below it).
            for axis, values in (
                (left, [a for _, _, a in daily]),
                (right, [m for _, m, _ in daily]),
            ):
                axis.set_ylim(0, max([1, *values]) * 1.1)
                axis.yaxis.set_major_locator(MaxNLocator(integer=True))
            left.xaxis_date()
            # matplotlib ships no annotation for DateFormatter's constructor.
            left.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
            left.set_title(words.title, fontsize=14, fontweight="bold", loc="left")
            figure.legend(
                handles=[bars, line], loc="lower center", ncols=2, frameon=False, fontsize=11
            )
            figure.autofmt_xdate()
            figure.tight_layout(rect=(0, 0.08, 1, 1))  # room for the legend under the axes
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
            return buffer.getvalue()
        finally:
            plt.close(figure)  # pyplot keeps figures in global state: never leak one
