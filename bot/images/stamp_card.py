"""The stamp card as a picture: the shop's band, the slots with the stamps collected so far,
and what a full card gives, in the customer's language."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

from bot.images.paint import BAND, DARK, EMPTY_SLOT, MARGIN, WIDTH, band, disc, ink_on, png
from bot.images.typeface import bold, regular
from bot.images.words import StampCardWords
from bot.program import Brand

GRID_TOP = BAND + 110
LARGEST_PITCH = 170  # a 3-slot card keeps stamps of a sensible size


@dataclass(frozen=True, slots=True)
class Slots:
    centres: tuple[tuple[int, int], ...]
    diameter: int
    bottom: int


def slots_layout(slots: int) -> Slots:
    """Where each slot's centre is: one row up to 5, two rows up to 12, then rows of 10."""
    rows = 1 if slots <= 5 else 2 if slots <= 12 else math.ceil(slots / 10)
    columns = math.ceil(slots / rows)
    pitch = min((WIDTH - 2 * MARGIN) // columns, LARGEST_PITCH)
    left = (WIDTH - pitch * columns) // 2
    centres = tuple(
        (left + pitch * (i % columns) + pitch // 2, GRID_TOP + pitch * (i // columns) + pitch // 2)
        for i in range(slots)
    )
    return Slots(centres, round(pitch * 0.78), GRID_TOP + pitch * rows)


@lru_cache(maxsize=512)
def stamp_card(
    brand: Brand, words: StampCardWords, stamps: int, slots: int, steps: tuple[int, ...] = ()
) -> bytes:
    """The card as PNG bytes; the same state in the same language is drawn once. A slot
    where a ladder step's reward waits (`steps`, counted from 1) is ringed in the accent."""
    layout = slots_layout(slots)
    reward_lines = regular.wrap(words.reward, 32, WIDTH - 2 * MARGIN, 2)
    height = layout.bottom + 40 + 46 * len(reward_lines) + (56 if words.ready else 0) + 30
    image = Image.new("RGB", (WIDTH, height), brand.background)
    band(image, brand, words.shop)
    canvas = ImageDraw.Draw(image)

    progress_width = bold.width(words.progress, 44)
    room = WIDTH - 2 * MARGIN - progress_width - 30
    title_size = bold.fitting_size(words.title, 40, room, 28)
    bold.draw(
        canvas, MARGIN, BAND + 70, bold.shorten(words.title, title_size, room), title_size, DARK
    )
    bold.draw(canvas, WIDTH - MARGIN - progress_width, BAND + 70, words.progress, 44, brand.colour)

    filled = disc(layout.diameter, brand.colour, brand.background, True)
    empty = disc(layout.diameter, EMPTY_SLOT, brand.background, False)
    step = disc(layout.diameter, brand.accent, brand.background, False)
    half = layout.diameter // 2
    for index, (x, y) in enumerate(layout.centres):
        slot = filled if index < stamps else step if index + 1 in steps else empty
        image.paste(slot, (x - half, y - half))

    baseline = layout.bottom + 40 + 32
    for line in reward_lines:
        regular.draw(canvas, MARGIN, baseline, line, 32, DARK)
        baseline += 46
    if words.ready:
        # The accent as a pill behind the words, so any accent colour stays readable.
        ready = bold.shorten(words.ready, 30, WIDTH - 2 * MARGIN - 28)
        width = bold.width(ready, 30)
        canvas.rounded_rectangle(
            (MARGIN - 14, baseline - 30, MARGIN + width + 14, baseline + 14),
            radius=22,
            fill=brand.accent,
        )
        bold.draw(canvas, MARGIN, baseline + 2, ready, 30, ink_on(brand.accent))
    return png(image)
