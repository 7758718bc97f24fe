"""/start: joining step by step (language, name, optional phone, consent), then the menu.

The steps live in the database (StateStore), so a half-finished registration survives a
restart of the bot and works whichever worker receives the next message.
"""

from __future__ import annotations

import re

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.languages import Language, as_language
from bot.state import State
from bot.text import plain_text
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature, Step
from handlers.menu import main_menu
from handlers.preferences import language_buttons
from handlers.request import Request

LANGUAGE, USE_NAME, SKIP_PHONE, CONSENT, NO_CONSENT = (
    "joinlang",
    "joinname",
    "joinskip",
    "joinyes",
    "joinno",
)

ASK_LANGUAGE, ASK_NAME, ASK_PHONE, ASK_CONSENT = (
    "join.language",
    "join.name",
    "join.phone",
    "join.consent",
)
NAME_MAX = 60
JOIN_PREFIX = "join."
_REF = re.compile(r"^ref_([A-Za-z0-9]{4,16})$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{7,20}$")


def _speaker(req: Request, state: State) -> Speaker:
    return req.deps.speaker(as_language(state.data.get("language")) or req.speak.language)


async def start(req: Request, payload: str = "") -> list[Reply]:
    if req.customer is not None:
        await req.deps.states.clear(*req.identity)
        return [main_menu(req, req.speak("welcome-back", name=req.customer.name or ""))]
    match = _REF.match(payload.strip())
    data = {"ref": match.group(1) if match else None}
    await req.deps.states.set(*req.identity, State(ASK_LANGUAGE, data))
    speak = req.speak
    text = speak("join-welcome", shop=req.program.shop.name) + "\n" + speak("join-choose-language")
    return [Reply(text, language_buttons(req, LANGUAGE))]


async def on_language(req: Request, code: str) -> list[Reply]:
    state = await req.deps.states.get(*req.identity)
    language: Language | None = as_language(code)
    if state is None or not state.step.startswith(JOIN_PREFIX) or language is None:
        return await start(req)
    state = State(ASK_NAME, {**state.data, "language": language})
    await req.deps.states.set(*req.identity, state)
    return [_ask_name(req, _speaker(req, state))]


def _ask_name(req: Request, speak: Speaker) -> Reply:
    suggested = _clean_name(req.incoming.display_name)
    rows = (
        ((Button(encode(USE_NAME), speak("join-use-name", name=suggested)),),) if suggested else ()
    )
    return Reply(speak("join-ask-name"), rows)


def _clean_name(text: str | None) -> str | None:
    name = plain_text(text or "")
    if (
        not name
        or len(name) > NAME_MAX
        or name.startswith("/")
        or not any(ch.isalpha() for ch in name)
    ):
        return None
    return name


async def on_name(req: Request, state: State, name: str | None) -> list[Reply]:
    speak = _speaker(req, state)
    cleaned = _clean_name(name)
    if cleaned is None:
        return [Reply(speak("join-name-invalid", max=NAME_MAX)), _ask_name(req, speak)]
    data = {**state.data, "name": cleaned}
    if req.incoming.contact_phone:
        # The platform vouches for the number (WhatsApp): nothing to ask, straight to consent.
        return (await on_phone(req, State(ASK_PHONE, data), req.incoming.contact_phone))[1:]
    await req.deps.states.set(*req.identity, State(ASK_PHONE, data))
    skip = ((Button(encode(SKIP_PHONE), speak("join-skip-phone")),),)
    return [Reply(speak("join-ask-phone"), skip, ask_phone=speak("join-share-phone"))]


async def on_phone(req: Request, state: State, phone: str | None) -> list[Reply]:
    speak = _speaker(req, state)
    await req.deps.states.set(*req.identity, State(ASK_CONSENT, {**state.data, "phone": phone}))
    buttons = (
        (
            Button(encode(CONSENT), speak("join-consent-yes")),
            Button(encode(NO_CONSENT), speak("join-consent-no")),
        ),
    )
    return [
        Reply(speak("join-phone-thanks"), clear_keyboard=True),
        Reply(speak("join-ask-consent"), buttons),
    ]


async def on_text(req: Request, state: State) -> list[Reply]:
    """Typed text (or a shared contact) while joining: what it means depends on the step."""
    speak = _speaker(req, state)
    text = (req.incoming.text or "").strip()
    if state.step == ASK_NAME:
        return await on_name(req, state, text)
    if state.step == ASK_PHONE:
        if req.incoming.contact_phone:
            return await on_phone(req, state, req.incoming.contact_phone)
        if text.casefold() == speak("join-skip-phone").casefold():
            return await on_phone(req, state, None)
        if _PHONE.match(text):
            return await on_phone(req, state, text)
        skip = ((Button(encode(SKIP_PHONE), speak("join-skip-phone")),),)
        return [Reply(speak("join-phone-invalid"), skip, ask_phone=speak("join-share-phone"))]
    if state.step == ASK_CONSENT:
        return await on_phone(req, state, state.data.get("phone"))
    return await start(req, "")


async def on_callback(req: Request, action: str, arg: str) -> list[Reply]:
    state = await req.deps.states.get(*req.identity)
    if action == LANGUAGE:
        return await on_language(req, arg)
    if state is None or not state.step.startswith(JOIN_PREFIX):
        return await start(req)  # a button from an abandoned registration
    if action == USE_NAME and state.step == ASK_NAME:
        return await on_name(req, state, req.incoming.display_name)
    if action == SKIP_PHONE and state.step == ASK_PHONE:
        return await on_phone(req, state, None)
    if action in (CONSENT, NO_CONSENT) and state.step == ASK_CONSENT:
        return await finish(req, state, consent=action == CONSENT)
    return await on_text(req, state)


async def finish(req: Request, state: State, *, consent: bool) -> list[Reply]:
    speak = _speaker(req, state)
    ref = state.data.get("ref")
    registration = await req.loyalty.customers.register(
        req.incoming.channel,
        req.incoming.user_id,
        language=speak.language,
        name=state.data.get("name"),
        phone=state.data.get("phone"),
        marketing_consent=consent,
        referral_code=ref if isinstance(ref, str) else None,
    )
    await req.deps.states.clear(*req.identity)
    speak = req.deps.speaker(registration.language)
    text = speak("join-done", name=state.data.get("name") or "", code=registration.member_code)
    if registration.referred:
        text += "\n" + speak("join-referred")
    return [main_menu(req, text, speak=speak)]


def _button(action: str) -> Action:
    async def pressed(req: Request, arg: str) -> list[Reply]:
        return await on_callback(req, action, arg)

    return Action(action, pressed, newcomers=True)


FEATURE = Feature(
    commands=(Command("start", start, listed=True, newcomers=True),),
    actions=tuple(_button(a) for a in (LANGUAGE, USE_NAME, SKIP_PHONE, CONSENT, NO_CONSENT)),
    steps=(Step(JOIN_PREFIX, on_text, newcomers=True),),
)
