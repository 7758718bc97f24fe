"""The member card for /mycode: the shop's band, the member code in large type, the tier as a
badge and the QR code a till scans, in the customer's language."""

from __future__ import annotations

import io
from functools import lru_cache

import segno
from PIL import Image, ImageDraw

from bot.images.paint import BAND, DARK, MARGIN, MUTED, WIDTH, band, ink_on, png
from bot.images.typeface import bold, regular
from bot.images.words import MemberCardWords
from bot.program import Brand

HEIGHT = 560
QR_SIDE = 380  # at most: the code is drawn at a whole number of pixels per module
QR_TOP = BAND + (HEIGHT - BAND - QR_SIDE) // 2
QR_BORDER = 2  # modules of white around the code, which scanners need
TEXT_WIDTH = WIDTH - 2 * MARGIN - QR_SIDE - 40


def qr_image(content: str) -> Image.Image:
    """The QR code as crisp pixels (whole pixels per module), as large as fits QR_SIDE."""
    # Medium error correction survives a scratched phone screen under a till scanner.
    code = segno.make(content, error="m", micro=False)
    modules, _ = code.symbol_size(scale=1, border=QR_BORDER)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, QR_SIDE // modules), border=QR_BORDER)
    buffer.seek(0)
    with Image.open(buffer) as picture:
        return picture.convert("RGB")


def qr_png(content: str) -> bytes:
    """A QR code alone, as a PNG to print or show (a receipt code's link)."""
    buffer = io.BytesIO()
    qr_image(content).save(buffer, "PNG")
    return buffer.getvalue()


@lru_cache(maxsize=512)
def member_card(brand: Brand, words: MemberCardWords, tier_colour: str, qr_content: str) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), brand.background)
    band(image, brand, words.shop)
    canvas = ImageDraw.Draw(image)

    qr = qr_image(qr_content)
    left = WIDTH - MARGIN - qr.width
    top = QR_TOP + (QR_SIDE - qr.height) // 2
    canvas.rounded_rectangle(
        (left - 10, top - 10, left + qr.width + 10, top + qr.height + 10), radius=16, fill="#ffffff"
    )
    image.paste(qr, (left, top))

    regular.draw(canvas, MARGIN, BAND + 70, regular.shorten(words.title, 32, TEXT_WIDTH), 32, MUTED)
    code_size = bold.fitting_size(words.code, 84, TEXT_WIDTH, 40)
    bold.draw(canvas, MARGIN, BAND + 170, words.code, code_size, DARK)

    tier = bold.shorten(words.tier, 32, TEXT_WIDTH - 40)
    width = bold.width(tier, 32)
    canvas.rounded_rectangle(
        (MARGIN, BAND + 210, MARGIN + width + 40, BAND + 270), radius=30, fill=tier_colour
    )
    bold.draw(canvas, MARGIN + 20, BAND + 252, tier, 32, ink_on(tier_colour))

    baseline = BAND + 330
    for line in regular.wrap(words.hint, 26, TEXT_WIDTH, 3):
        regular.draw(canvas, MARGIN, baseline, line, 26, MUTED)
        baseline += 38
    return png(image)
