"""Commands typed as plain words in the customer's language ("salio", "υπόλοιπο", "ሂሳብ"):
on WhatsApp there is no command menu, so people write what they want. The words live in
locales/<lang>/words.ftl (`words-<command>`, comma-separated), and a word in any of the
four languages works, so a customer's phone keyboard language never gets in the way. The
menu's labels ("💳 Points", "🔖 Namba ya uanachama") are words too: a customer who reads
them on one screen types them on the next."""

from __future__ import annotations

import unicodedata
from functools import cache

from bot.i18n import Translator
from bot.languages import LANGUAGES
from handlers.feature import Catalog


def plain(text: str) -> str:
    """Lower case, no accents, no surrounding punctuation: "Υπόλοιπο!" -> "υπολοιπο"."""
    decomposed = unicodedata.normalize("NFD", text.casefold().strip(" .!?¡¿።፧"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def label_word(label: str) -> str:
    """A button's label as a typed word: "🔖 My code" -> "my code"."""
    kept = "".join(c for c in label if unicodedata.category(c)[0] not in "SC")
    return plain(kept)


@cache
def _table(translator: Translator, catalog: Catalog) -> dict[str, str]:
    table: dict[str, str] = {}
    for language in LANGUAGES:
        for command in catalog.words:
            for word in translator(language, f"words-{command}").split(","):
                if word.strip():
                    table[plain(word)] = command
            if translator.has(language, f"menu-{command}"):
                table.setdefault(label_word(translator(language, f"menu-{command}")), command)
    return table


def command_for(translator: Translator, catalog: Catalog, text: str) -> tuple[str, str] | None:
    """The command a short message names, and what follows it: "STOP" -> ("stop", ""),
    "unganisha k7m2qx" -> ("link", "k7m2qx")."""
    if len(text) > 40:
        return None
    table = _table(translator, catalog)
    whole = table.get(label_word(text))
    if whole is not None:
        return whole, ""
    first, _, rest = text.strip().partition(" ")
    command = table.get(label_word(first))
    if command in catalog.taking_argument and rest.strip():
        return command, rest.strip()
    return None


@cache
def _menu_words(translator: Translator) -> frozenset[str]:
    # The first word of each language's list ("menu", "menyu", "μενού", "ምናሌ"), not the
    # greetings after it: "Hello" may well be the text an owner is writing.
    first = {plain(translator(language, "words-menu").split(",")[0]) for language in LANGUAGES}
    back = {label_word(translator(language, "menu-back")) for language in LANGUAGES}
    return frozenset(first | back)


def is_menu(translator: Translator, text: str) -> bool:
    """The word that leads back to the menu from anywhere, whatever was asked before."""
    return label_word(text) in _menu_words(translator)
