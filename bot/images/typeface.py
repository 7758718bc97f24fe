"""Text on pictures in all four languages, with the fonts the bot ships.

No single font has Latin, Greek and Ethiopic: Noto Sans has the first two, Noto Sans Ethiopic
the third (and no Latin). A line such as "ደረጃ፦ Gold 7/10" is therefore cut into runs, each
drawn in the first font whose character map has its letters, on one shared baseline. The
fonts come with the bot (bot/images/fonts, SIL Open Font License), so a server without
them, or with other versions, draws the same cards.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageDraw, ImageFont

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = ("NotoSans-Regular.ttf", "NotoSansEthiopic-Regular.ttf")
BOLD = ("NotoSans-Bold.ttf", "NotoSansEthiopic-Bold.ttf")
ELLIPSIS = "…"

Run = tuple[Path, str]


@cache
def character_map(path: Path) -> frozenset[int]:
    """The code points a font has glyphs for (read once per font)."""
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


@lru_cache(maxsize=128)
def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)  # Pillow before 10.3 takes no Path


class Typeface:
    """A family of fonts tried in order for each character: one weight of the bot's text."""

    def __init__(self, files: tuple[str, ...]) -> None:
        self.paths = tuple(FONTS_DIR / name for name in files)

    def runs(self, text: str) -> list[Run]:
        """`text` cut where the font must change. A character every font has (a space, a
        digit in both) stays in the current run, so words are not split needlessly."""
        runs: list[Run] = []
        current: Path | None = None
        start = 0
        for index, char in enumerate(text):
            if current is not None and ord(char) in character_map(current):
                continue
            chosen = next(
                (p for p in self.paths if ord(char) in character_map(p)), current or self.paths[0]
            )
            if chosen != current:
                if current is not None:
                    runs.append((current, text[start:index]))
                current, start = chosen, index
        if current is not None:
            runs.append((current, text[start:]))
        return runs

    def missing(self, text: str) -> str:
        """The characters of `text` that no font of the family can draw (they would be boxes)."""
        maps = [character_map(p) for p in self.paths]
        return "".join(sorted({c for c in text if not any(ord(c) in m for m in maps)}))

    def width(self, text: str, size: int) -> float:
        return sum(font(path, size).getlength(run) for path, run in self.runs(text))

    def draw(
        self,
        canvas: ImageDraw.ImageDraw,
        x: float,
        baseline: float,
        text: str,
        size: int,
        fill: str,
    ) -> float:
        """Draws `text` from (x, baseline) and returns where it ends."""
        for path, run in self.runs(text):
            face = font(path, size)
            canvas.text((x, baseline), run, font=face, fill=fill, anchor="ls")
            x += face.getlength(run)
        return x

    def fitting_size(self, text: str, size: int, width: float, smallest: int) -> int:
        """The largest size from `size` down to `smallest` at which `text` fits `width`."""
        while size > smallest and self.width(text, size) > width:
            size -= 2
        return max(size, smallest)

    def shorten(self, text: str, size: int, width: float) -> str:
        """`text`, cut with an ellipsis if it is wider than `width`."""
        if self.width(text, size) <= width:
            return text
        keep, too_many = 0, len(text)  # the longest prefix that fits with "…", by halving
        while keep + 1 < too_many:
            middle = (keep + too_many) // 2
            if self.width(text[:middle] + ELLIPSIS, size) <= width:
                keep = middle
            else:
                too_many = middle
        return text[:keep].rstrip() + ELLIPSIS

    def wrap(self, text: str, size: int, width: float, lines: int) -> list[str]:
        """`text` in at most `lines` lines of `width`, word by word; the last line shortened."""
        out: list[str] = []
        words = text.split()
        while words and len(out) < lines:
            line = words.pop(0)
            while words and self.width(f"{line} {words[0]}", size) <= width:
                line = f"{line} {words.pop(0)}"
            out.append(line)
        if words:
            out[-1] = self.shorten(f"{out[-1]} {' '.join(words)}", size, width)
        return [self.shorten(line, size, width) for line in out]


regular = Typeface(REGULAR)
bold = Typeface(BOLD)
