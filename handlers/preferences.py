"""/settings, /language, /stop: the customer's language and whether they get offers."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.languages import LANGUAGES, Language, as_language
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import main_menu, with_back
from handlers.request import Request

SHOW, CHOOSE_LANGUAGE, SET_LANGUAGE = "set", "lang", "setlang"
OFFERS_ON, OFFERS_OFF = "offon", "offoff"


def language_buttons(req: Request, action: str) -> tuple[tuple[Button, ...], ...]:
    """Each language named in itself, so anyone can find their own."""
    names = [
        Button(encode(action, lang), req.deps.translator(lang, "language-name"))
        for lang in LANGUAGES
    ]
    return (tuple(names[:2]), tuple(names[2:]))


async def show_settings(req: Request, _: str = "") -> list[Reply]:
    speak = req.speak
    customer = await req.loyalty.customers.get(req.customer_id)
    lines = [
        speak("settings-title"),
        speak("settings-language", language=speak("language-name")),
        speak("settings-offers-on" if customer.marketing_consent else "settings-offers-off"),
    ]
    toggle = (
        Button(encode(OFFERS_OFF), speak("settings-turn-offers-off"))
        if customer.marketing_consent
        else Button(encode(OFFERS_ON), speak("settings-turn-offers-on"))
    )
    rows = ((Button(encode(CHOOSE_LANGUAGE), speak("settings-change-language")),), (toggle,))
    return [with_back(speak, "\n".join(lines), *rows, edit=bool(req.incoming.callback))]


async def choose_language(req: Request, _: str = "") -> list[Reply]:
    return [
        Reply(
            req.speak("language-choose"),
            language_buttons(req, SET_LANGUAGE),
            edit=bool(req.incoming.callback),
        )
    ]


async def set_language(req: Request, code: str) -> list[Reply]:
    language: Language | None = as_language(code)
    if language is None:
        return await choose_language(req)
    chosen = await req.loyalty.customers.set_language(req.customer_id, language)
    speak = req.deps.speaker(chosen)
    return [main_menu(req, speak("language-set"), edit=bool(req.incoming.callback), speak=speak)]


async def stop_offers(req: Request, _: str = "") -> list[Reply]:
    await req.loyalty.customers.set_marketing_consent(req.customer_id, False)
    return [main_menu(req, req.speak("stop-done"), edit=bool(req.incoming.callback))]


async def start_offers(req: Request, _: str = "") -> list[Reply]:
    await req.loyalty.customers.set_marketing_consent(req.customer_id, True)
    return [main_menu(req, req.speak("offers-on-done"), edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(
        Command("settings", show_settings, listed=True),
        Command("language", choose_language, listed=True),
        Command("stop", stop_offers, listed=True),
    ),
    actions=(
        Action(SHOW, show_settings),
        Action(CHOOSE_LANGUAGE, choose_language),
        Action(SET_LANGUAGE, set_language),
        Action(OFFERS_ON, start_offers),
        Action(OFFERS_OFF, stop_offers),
    ),
    menu=(MenuItem(SHOW, "menu-settings"),),
)
