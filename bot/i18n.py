"""Fluent translations from locales/<language>/*.ftl, read once per process."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal
from fluent.runtime import FluentBundle
from fluent.runtime.resolver import Message
from fluent.syntax import FluentParser

from bot.languages import DEFAULT_LANGUAGE, LANGUAGES, Language
from bot.numbers import Money

_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


# Where an entry of a Fluent file begins: a line that starts with a letter (a message), "-"
# (a term) or "#" (a comment). The syntax itself draws this line: everything else
# (indented lines, blank lines) continues the entry above, which is also how Fluent's
# parser finds the next entry after a syntax error (Junk in its grammar).
_ENTRY_START = re.compile(r"^(?=[a-zA-Z#-])", re.MULTILINE)
# Without each node's place in its file (spans), which the bundle would keep for as long
# as the bot runs and never read.
_PARSER = FluentParser(with_spans=False)


class _Texts:
    """One language's texts. Each message is kept as its lines of Fluent until it is first
    said, then parsed into the bundle: a process says a fraction of the ~830 messages of
    each language (a customer's, a till's, an owner's, the errors), and all four languages
    parsed hold 4.8 MB, as lines 0.8 MB (tests/conversations/test_locales.py; the bot
    4 MB smaller after start-up in `bench/updates.py`). Terms, which messages refer to,
    are few and parsed at once."""

    def __init__(self, language: Language, folder: Path) -> None:
        # All four scripts run left to right, so Unicode isolation marks around every
        # variable would only add invisible characters to chat messages.
        self.bundle = FluentBundle([language], use_isolating=False)
        # As UTF-8: a Python string of Greek or Amharic takes 2 bytes a character, and one
        # emoji makes it 4 (0.8 MB as strings, 0.5 MB as bytes).
        self._sources: dict[str, bytes] = {}
        for path in sorted(folder.glob("*.ftl")):
            for entry in _ENTRY_START.split(path.read_text("utf-8")):
                if entry.startswith("-"):
                    self.bundle.add_resource(_PARSER.parse(entry))
                elif entry[:1].isascii() and entry[:1].isalpha():
                    # The first of two with one id counts, as in the bundle.
                    self._sources.setdefault(entry.split("=", 1)[0].strip(), entry.encode())

    def has(self, message_id: str) -> bool:
        return message_id in self._sources

    def message(self, message_id: str) -> Message | None:
        """The message, parsed on first use; None if this language does not have it."""
        if not self.bundle.has_message(message_id):
            source = self._sources.get(message_id)
            if source is None:
                return None
            # Two threads may both get here; the bundle keeps the first, and both agree.
            self.bundle.add_resource(_PARSER.parse(source.decode()))
            if not self.bundle.has_message(message_id):
                return None  # its lines do not parse (tests/conversations/test_locales.py)
        return self.bundle.get_message(message_id)


@functools.cache
def _texts(locales_dir: Path) -> Mapping[Language, _Texts]:
    """The four languages' texts, read once per process: the files do not change while it
    runs. A process makes one Translator, but the tests make one for each test's app."""
    return MappingProxyType(
        {language: _Texts(language, locales_dir / language) for language in LANGUAGES}
    )


class Translator:
    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._texts = _texts(locales_dir.resolve())
        # Messages without variables (button labels, headings) say the same every time.
        self._fixed: dict[tuple[Language, str], str] = {}

    def has(self, language: Language, message_id: str) -> bool:
        return self._texts[language].has(message_id)

    def __call__(self, language: Language, message_id: str, /, **args: Any) -> str:
        """The message in `language`; a missing one falls back to English, never to the id."""
        if not args and (fixed := self._fixed.get((language, message_id))) is not None:
            return fixed
        texts = self._texts[language]
        message = texts.message(message_id)
        if message is None:
            texts = self._texts[DEFAULT_LANGUAGE]
            message = texts.message(message_id)
        if message is None:
            raise KeyError(f"message {message_id!r} is in no language")
        if message.value is None:
            raise KeyError(f"message {message_id!r} has no value")
        text, errors = texts.bundle.format_pattern(message.value, args)
        if errors:
            raise ValueError(f"{language}/{message_id}: {errors[0]}")
        if not args:
            self._fixed[language, message_id] = str(text)
        return str(text)


@functools.cache
def _whole_pattern(language: Language) -> str:
    """The locale's currency pattern without its decimals: "#,##0.00 ¤" -> "#,##0 ¤"."""
    pattern = Locale.parse(language).currency_formats["standard"].pattern
    return str(pattern).replace("0.00", "0")


class Speaker:
    """The translator bound to one person's language and the shop's clock and currency:
    what a handler uses to say anything."""

    def __init__(
        self, translator: Translator, language: Language, tz: ZoneInfo, currency: str
    ) -> None:
        self.translator = translator
        self.language = language
        self._tz = tz
        self._currency = currency

    def __call__(self, message_id: str, /, **args: Any) -> str:
        for name, value in args.items():
            if isinstance(value, Money):
                args[name] = self.money(value.amount)
        return self.translator(self.language, message_id, **args)

    def number(self, value: int | Decimal) -> str:
        return str(format_decimal(value, locale=self.language))

    def money(self, value: Decimal | str, currency: str | None = None) -> str:
        """An amount in the shop's currency, or in `currency` (Meta bills in its own)."""
        amount = Decimal(value)
        if amount == amount.to_integral_value():
            # A whole amount reads as one in a chat ("KES 5,000", not "KES 5,000.00").
            text = str(
                format_currency(
                    amount,
                    currency or self._currency,
                    format=_whole_pattern(self.language),
                    locale=self.language,
                    currency_digits=False,
                )
            )
        else:
            text = str(format_currency(amount, currency or self._currency, locale=self.language))
        # CLDR's currency-spacing rule, which Babel does not apply: a letter code never
        # touches a digit ("KES 5,000.00", not "KES5,000.00").
        return _LETTER_DIGIT.sub("\u00a0", text)

    def date(self, when: datetime | date) -> str:
        day = when.astimezone(self._tz).date() if isinstance(when, datetime) else when
        return str(format_date(day, "medium", locale=self.language))

    def time(self, when: datetime) -> str:
        return str(format_time(when.astimezone(self._tz), "short", locale=self.language))
