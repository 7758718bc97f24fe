"""The shop's logo as the programme carries it: a small PNG inside the programme itself
(base64), so every process draws it whatever machine it runs on, and every version keeps
the logo it had. An upload is checked and made small here, once."""

from __future__ import annotations

import base64
import binascii
import io
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

UPLOAD_LIMIT = 10 * 1024 * 1024  # bytes an owner may upload: a phone's photo of the sign
MAX_PIXELS = 25_000_000  # larger is a decompression bomb, not a logo
BOX = (600, 200)  # the band is 180 px high and three times as wide at most
KEPT_LIMIT = 400_000  # characters of base64 the programme may carry (~300 KB of PNG)


class NotAPicture(ValueError):
    """An upload that is not a PNG or JPEG picture, or is too large."""


def normalise(data: bytes) -> str:
    """A PNG or JPEG upload -> the base64 PNG the programme keeps (at most BOX pixels)."""
    if len(data) > UPLOAD_LIMIT:
        raise NotAPicture("too-large")
    # Pillow is loaded here and not with the module: the programme and the dashboard import
    # this module, and a shop without a logo need never load it (bot/images/__init__.py).
    from PIL import Image  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(data)) as picture:
            if picture.format not in ("PNG", "JPEG"):
                raise NotAPicture("not-a-picture")
            if picture.width * picture.height > MAX_PIXELS:
                raise NotAPicture("too-large")
            small = picture.convert("RGBA")
    except NotAPicture:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise NotAPicture("not-a-picture") from None
    small.thumbnail(BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "PNG", optimize=True)
    return base64.b64encode(out.getvalue()).decode("ascii")


def check_kept(text: str) -> str:
    """The programme's own check of a kept logo (a file or a form may carry anything)."""
    if len(text) > KEPT_LIMIT:
        raise ValueError("the logo is too large; upload it again from the dashboard")
    from PIL import Image  # noqa: PLC0415 (only for a programme with a logo)

    try:
        data = base64.b64decode(text, validate=True)
        with Image.open(io.BytesIO(data)) as picture:
            if picture.format != "PNG":
                raise ValueError("the logo must be a PNG picture")
            picture.verify()
    except (binascii.Error, OSError, SyntaxError) as exc:
        raise ValueError("the logo is not a PNG picture") from exc
    return text


@lru_cache(maxsize=4)
def kept_logo(text: str, height: int) -> Image.Image:
    """The kept logo, scaled to `height`, decoded once per process."""
    from PIL import Image  # noqa: PLC0415 (drawing has loaded it already)

    with Image.open(io.BytesIO(base64.b64decode(text))) as original:
        picture = original.convert("RGBA")
    picture.thumbnail((height * 3, height), Image.Resampling.LANCZOS)
    return picture
