"""What the bot's cards share: the band with the shop's logo and name, round stamps drawn
smooth, ink that stays readable on the owner's colours, and PNG output."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from bot.images.logo import kept_logo
from bot.images.typeface import bold
from bot.program import Brand

WIDTH = 1000  # Telegram and WhatsApp show a picture this wide sharply on a phone
MARGIN = 50
BAND = 120
DARK, LIGHT = "#1f2421", "#ffffff"
MUTED = "#6b6f6c"
EMPTY_SLOT = "#cfc8bd"
SUPERSAMPLE = 4  # shapes are drawn 4x larger and scaled down: smooth edges, no blur


def rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour.removeprefix("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _luminance(colour: str) -> float:
    """WCAG relative luminance."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ink_on(colour: str) -> str:
    """White or near-black, whichever contrasts more with `colour` (owners pick any colour)."""
    background = _luminance(colour)
    on_light = (background + 0.05) / (_luminance(DARK) + 0.05)
    on_dark = (1.05) / (background + 0.05)
    return LIGHT if on_dark >= on_light else DARK


@lru_cache(maxsize=8)
def logo(path: Path, height: int) -> Image.Image:
    """The owner's logo scaled to fit the band, loaded once (the programme checked it opens)."""
    with Image.open(path) as original:
        picture = original.convert("RGBA")
    picture.thumbnail((height * 3, height), Image.Resampling.LANCZOS)
    return picture


def band(image: Image.Image, brand: Brand, shop_name: str) -> None:
    """The top band in the shop's colour, with its logo (if any) and its name."""
    canvas = ImageDraw.Draw(image)
    canvas.rectangle((0, 0, image.width, BAND), fill=brand.colour)
    x = MARGIN
    mark = None
    if brand.logo_png is not None:
        mark = kept_logo(brand.logo_png, BAND - 36)
    elif brand.logo is not None:
        mark = logo(brand.logo, BAND - 36)
    if mark is not None:
        image.paste(mark, (x, (BAND - mark.height) // 2), mark)
        x += mark.width + 24
    room = image.width - MARGIN - x
    size = bold.fitting_size(shop_name, 52, room, 32)
    bold.draw(
        canvas,
        x,
        BAND / 2 + size * 0.36,
        bold.shorten(shop_name, size, room),
        size,
        ink_on(brand.colour),
    )


@lru_cache(maxsize=64)
def disc(diameter: int, colour: str, background: str, filled: bool) -> Image.Image:
    """One stamp slot: a filled stamp with an inner ring, or an empty ring."""
    big = diameter * SUPERSAMPLE
    tile = Image.new("RGB", (big, big), background)
    canvas = ImageDraw.Draw(tile)
    if filled:
        canvas.ellipse((0, 0, big - 1, big - 1), fill=colour)
        inset = big * 0.16
        ring = ink_on(colour)
        canvas.ellipse((inset, inset, big - inset, big - inset), outline=ring, width=big // 30)
    else:
        canvas.ellipse((0, 0, big - 1, big - 1), outline=colour, width=big // 22)
    return tile.resize((diameter, diameter), Image.Resampling.LANCZOS)


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # Level 3 of 9: a few percent larger than the default, several times faster to write.
    image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()
