"""The languages the bot speaks. Adding one means a locales/<code>/ folder and names in it."""

from __future__ import annotations

from typing import Final, Literal, get_args

Language = Literal["en", "sw", "el", "am"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
DEFAULT_LANGUAGE: Final[Language] = "en"


def as_language(code: str | None) -> Language | None:
    """Map a platform language code ("el-GR", "sw_KE", "AM") to one we speak, if any."""
    if not code:
        return None
    base = code.replace("_", "-").split("-", 1)[0].lower()
    for language in LANGUAGES:
        if language == base:
            return language
    return None
