"""Fluent translations from locales/<language>/*.ftl, loaded once at start-up."""

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
from fluent.syntax import FluentParser

from bot.languages import DEFAULT_LANGUAGE, LANGUAGES, Language
from bot.numbers import Money

_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


@functools.cache
def _bundles(locales_dir: Path) -> Mapping[Language, FluentBundle]:
    """The four languages' texts, parsed once per process: the files do not change while
    it runs, and parsing them takes 0.2 s, which every Translator paid again (a process
    makes one, but the tests make one for each test's app: 500 of them in a run)."""
    bundles: dict[Language, FluentBundle] = {}
    # Without each node's place in its file (spans), kept by the bundle for as long as
    # the bot runs and never read by it: the four languages' texts take 4 MB less.
    parser = FluentParser(with_spans=False)
    for language in LANGUAGES:
        # All four scripts run left to right, so Unicode isolation marks around every
        # variable would only add invisible characters to chat messages.
        bundle = FluentBundle([language], use_isolating=False)
        for path in sorted((locales_dir / language).glob("*.ftl")):
            bundle.add_resource(parser.parse(path.read_text("utf-8")))
        bundles[language] = bundle
    return MappingProxyType(bundles)


class Translator:
    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._bundles = _bundles(locales_dir.resolve())
        # Messages without variables (button labels, headings) say the same every time.
        self._fixed: dict[tuple[Language, str], str] = {}

    def has(self, language: Language, message_id: str) -> bool:
        return self._bundles[language].has_message(message_id)

    def __call__(self, language: Language, message_id: str, /, **args: Any) -> str:
        """The message in `language`; a missing one falls back to English, never to the id."""
        if not args and (fixed := self._fixed.get((language, message_id))) is not None:
            return fixed
        bundle = self._bundles[language]
        if not bundle.has_message(message_id):
            bundle = self._bundles[DEFAULT_LANGUAGE]
        message = bundle.get_message(message_id)
        if message.value is None:
            raise KeyError(f"message {message_id!r} has no value")
        text, errors = bundle.format_pattern(message.value, args)
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
