"""Numbers typed by people (in a command, an answer, a button's data), read in one place.

Only the digits 0-9 count: `int()` and `Decimal()` also take "²", "٥" or "1_000", which a
person never meant as a number at a till. An amount of money is read by the shop's locale,
and one that could be read two ways ("50,000" where a comma may be a decimal point, or
"12.345" in shillings) is refused with an example of the form that is accepted, never
reinterpreted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

# Row ids are 32-bit on PostgreSQL; a larger "id" in a button is forged, not a lookup.
MAX_ID = 2**31 - 1
# A whole number a person may type: far past any count, id or points this bot handles, and
# short enough that no database column overflows before the engine's own range check.
MAX_DIGITS = 15


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in the shop's currency inside a message's arguments: the speaker formats
    it for the reader ("KES 5,000", "5.000 KES"), never as the raw "5000"."""

    amount: Decimal


_WHOLE = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")
# "+5", "-5", and the minus sign (U+2212) that phones put in when asked for a negative.
_SIGNED = re.compile(rf"([+\-\u2212]?)([0-9]{{1,{MAX_DIGITS}}})")


def whole_number(text: str, *, maximum: int = MAX_ID) -> int | None:
    """A count or an id: ASCII digits only, 0 to `maximum`; None for anything else."""
    text = text.strip()
    if not _WHOLE.fullmatch(text):
        return None
    value = int(text)
    return value if value <= maximum else None


def signed_number(text: str) -> int | None:
    """A change up or down ("+500", "-20", "20"): ASCII digits with one optional sign."""
    match = _SIGNED.fullmatch(text.strip())
    if match is None:
        return None
    value = int(match.group(2))
    return -value if match.group(1) in ("-", "\u2212") else value


@dataclass(frozen=True, slots=True)
class AmountForms:
    """How the shop writes 1 250.50: with grouping, and plainly (both are accepted)."""

    grouped: str
    plain: str


def amount_forms(locale: str, digits: int) -> AmountForms:
    example = Decimal(125050).scaleb(-2)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    grouped = format_decimal(example, format=pattern, locale=locale)
    plain = grouped.replace(get_group_symbol(locale), "")
    return AmountForms(grouped, plain)


class UnreadableAmount(ValueError):
    """Not an amount at all: letters, signs, other scripts' digits."""


class AmbiguousAmount(ValueError):
    """Separators that could mean two different amounts, or more decimals than the money has."""


def read_amount(text: str, *, locale: str, digits: int) -> Decimal:
    """An amount of money as the shop's locale writes it; raises UnreadableAmount or
    AmbiguousAmount (both ValueErrors) instead of guessing."""
    compact = text.strip()
    decimal_symbol, group_symbol = get_decimal_symbol(locale), get_group_symbol(locale)
    allowed = re.escape(decimal_symbol + group_symbol)
    if not re.fullmatch(rf"[0-9]+(?:[{allowed}][0-9]+)*", compact):
        raise UnreadableAmount(text)
    try:
        value = parse_decimal(compact, locale=locale, strict=True)
    except NumberFormatError:
        # "50,5" in English, "50.5" in Greek: a separator in a place the locale never puts it.
        raise AmbiguousAmount(text) from None
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > digits:
        # "12.345" shillings: twelve and a bit, or twelve thousand written the other way.
        raise AmbiguousAmount(text)
    return value
