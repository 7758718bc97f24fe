"""Text typed by people, made safe to keep and to show to others.

A name is shown on staff screens, in exports and in other customers' invitations, so what
cannot be seen must not be kept: control characters (a NUL byte PostgreSQL refuses, a tab
or a carriage return that starts a spreadsheet formula) and the bidirectional overrides
that make "Amina" display as "animA" on a till. Joiners (U+200C, U+200D) stay: emoji and
some scripts need them.
"""

from __future__ import annotations

import unicodedata

# Explicit direction marks, embeddings, overrides and isolates (Unicode's Bidi_Control).
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Invisible characters that make two receipts look the same and compare different.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff") | _BIDI_CONTROLS


def plain_text(text: str) -> str:
    """One line of visible text: tabs and line breaks become spaces, other control
    characters and direction overrides go, and runs of white space are one space."""
    kept = (
        (" " if ch.isspace() else "") if unicodedata.category(ch) == "Cc" else ch
        for ch in text
        if ch not in _BIDI_CONTROLS
    )
    return " ".join("".join(kept).split())


def receipt_key(receipt: str) -> str:
    """A receipt number as the till means it: "r-1032", "R-1032" and "R-1032" with a
    zero-width space typed in all name the same receipt. Full-width digits read as digits."""
    normal = unicodedata.normalize("NFKC", receipt)
    visible = "".join(
        ch for ch in normal if ch not in _INVISIBLE and unicodedata.category(ch) != "Cc"
    )
    return visible.strip().upper()
