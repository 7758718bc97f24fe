"""/settings, /language, /stop: the customer's language and whether they get offers."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.languages import LANGUAGES, Language, as_language
from handlers.callbacks import encode
from handlers.menu import main_menu, with_back
from handlers.request import Request


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
        Button(encode("offoff"), speak("settings-turn-offers-off"))
        if customer.marketing_consent
        else Button(encode("offon"), speak("settings-turn-offers-on"))
    )
    rows = ((Button(encode("lang"), speak("settings-change-language")),), (toggle,))
    return [with_back(speak, "\n".join(lines), *rows, edit=bool(req.incoming.callback))]


async def choose_language(req: Request, _: str = "") -> list[Reply]:
    return [
        Reply(
            req.speak("language-choose"),
            language_buttons(req, "setlang"),
            edit=bool(req.incoming.callback),
        )
    ]


async def set_language(req: Request, code: str) -> list[Reply]:
    language: Language | None = as_language(code)
    if language is None:
        return await choose_language(req)
    chosen = await req.loyalty.customers.set_language(req.customer_id, language)
    speak = req.deps.speaker(chosen)
    return [main_menu(speak, speak("language-set"), edit=bool(req.incoming.callback))]


async def stop_offers(req: Request, _: str = "") -> list[Reply]:
    await req.loyalty.customers.set_marketing_consent(req.customer_id, False)
    return [main_menu(req.speak, req.speak("stop-done"), edit=bool(req.incoming.callback))]


async def start_offers(req: Request, _: str = "") -> list[Reply]:
    await req.loyalty.customers.set_marketing_consent(req.customer_id, True)
    return [main_menu(req.speak, req.speak("offers-on-done"), edit=bool(req.incoming.callback))]
