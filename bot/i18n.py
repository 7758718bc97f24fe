"""Fluent translations from locales/<language>/*.ftl, loaded once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from bot.languages import DEFAULT_LANGUAGE, LANGUAGES, Language

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


class Translator:
    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._bundles: dict[Language, FluentBundle] = {}
        for language in LANGUAGES:
            # All four scripts run left to right, so Unicode isolation marks around every
            # variable would only add invisible characters to chat messages.
            bundle = FluentBundle([language], use_isolating=False)
            for path in sorted((locales_dir / language).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text("utf-8")))
            self._bundles[language] = bundle

    def has(self, language: Language, message_id: str) -> bool:
        return self._bundles[language].has_message(message_id)

    def __call__(self, language: Language, message_id: str, **args: Any) -> str:
        """The message in `language`; a missing one falls back to English, never to the id."""
        bundle = self._bundles[language]
        if not bundle.has_message(message_id):
            bundle = self._bundles[DEFAULT_LANGUAGE]
        message = bundle.get_message(message_id)
        if message.value is None:
            raise KeyError(f"message {message_id!r} has no value")
        text, errors = bundle.format_pattern(message.value, args)
        if errors:
            raise ValueError(f"{language}/{message_id}: {errors[0]}")
        return str(text)
