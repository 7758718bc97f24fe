"""The main menu and the replies that lead back to it."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from handlers.callbacks import encode

# (callback action, label id), three to a row.
MENU: tuple[tuple[str, str], ...] = (
    ("bal", "menu-balance"),
    ("card", "menu-card"),
    ("rw", "menu-rewards"),
    ("code", "menu-mycode"),
    ("hist", "menu-history"),
    ("inv", "menu-invite"),
    ("off", "menu-offers"),
    ("set", "menu-settings"),
    ("help", "menu-help"),
)


def menu_buttons(speak: Speaker) -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(encode(action), speak(label)) for action, label in MENU]
    return tuple(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))


def back_button(speak: Speaker) -> tuple[Button, ...]:
    return (Button(encode("menu"), speak("menu-back")),)


def main_menu(speak: Speaker, text: str | None = None, *, edit: bool = False) -> Reply:
    return Reply(text or speak("menu-title"), menu_buttons(speak), edit=edit)


def with_back(speak: Speaker, text: str, *rows: tuple[Button, ...], edit: bool = False) -> Reply:
    return Reply(text, (*rows, back_button(speak)), edit=edit)
