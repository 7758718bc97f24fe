"""/start: joining step by step (language, name, optional phone, consent), then the menu.

A flow (handlers/flow.py): the draft lives in the database, so a half-finished
registration survives a restart of the bot and works whichever worker receives the next
message. On WhatsApp the platform gives the number, so the phone question is skipped.
"""

from __future__ import annotations

import re

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.languages import Language, as_language
from bot.loyalty.attempts import chat_who
from bot.loyalty.errors import LinkRefused, LoyaltyError
from bot.loyalty.receipt_codes import START_PREFIX
from bot.text import plain_text
from handlers.callbacks import encode
from handlers.feature import Command, Feature
from handlers.flow import FINISH, Answer, Ask, Draft, Flow, Invalid
from handlers.help import staff_commands
from handlers.menu import main_menu
from handlers.preferences import language_buttons
from handlers.receipt_text import collected_text
from handlers.refusals import refusal_text
from handlers.request import Request

LANGUAGE, USE_NAME, SKIP_PHONE, CONSENT, NO_CONSENT = (
    "joinlang",
    "joinname",
    "joinskip",
    "joinyes",
    "joinno",
)
NAME_MAX = 60
_REF = re.compile(r"^ref_([A-Za-z0-9]{4,16})$")
# A receipt's code, from the link printed on it (bot/loyalty/receipt_codes.py).
_RECEIPT = re.compile(rf"^{START_PREFIX}([A-Za-z0-9]{{4,16}})$")
# The first owner's setup link, or an invitation to the team (bot/loyalty/access.py).
_CLAIM = re.compile(r"^(?:setup|staff)_([A-Za-z0-9_-]{20,64})$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{7,20}$")


class JoinDraft(Draft):
    ref: str | None = None  # the invitation's referral code, from /start ref_<code>
    claim: str | None = None  # a setup link or a team invitation, used once joined
    receipt: str | None = None  # a receipt's code, collected once joined
    language: Language | None = None
    name: str | None = None
    phone: str | None = None
    # The platform vouches the number is the sender's own (WhatsApp; a shared contact on
    # Telegram): only then may it claim a customer imported with that number.
    phone_vouched: bool = False
    consent: bool = False


def _speaker(req: Request, draft: JoinDraft) -> Speaker:
    return req.deps.speaker(draft.language or req.speak.language)


async def start(req: Request, payload: str = "") -> list[Reply]:
    claim = _CLAIM.match(payload.strip())
    receipt = _RECEIPT.match(payload.strip())
    if req.customer is not None:
        await req.deps.states.clear(*req.identity)
        if claim is not None:
            return [await _claim(req, claim.group(1), req.customer.customer_id, req.speak)]
        if receipt is not None:
            customer_id = req.customer.customer_id
            text = await collected_text(req, customer_id, receipt.group(1), req.speak)
            return [main_menu(req, text)]
        return [main_menu(req, req.speak("welcome-back", name=req.customer.name or ""))]
    match = _REF.match(payload.strip())
    draft = JoinDraft(
        ref=match.group(1) if match else None,
        claim=claim.group(1) if claim else None,
        receipt=receipt.group(1) if receipt else None,
    )
    return await FLOW.begin(req, draft, "language")


async def _claim(req: Request, token: str, customer_id: int, speak: Speaker) -> Reply:
    """Use a setup link or an invitation: the person's new role, said."""
    who = chat_who(req.incoming.channel, req.incoming.user_id)
    actor = await req.loyalty.access.claim(token, customer_id, who=who)
    text = speak("dashboard-now-owner" if actor.is_owner else "dashboard-now-staff")
    return Reply(text, commands=staff_commands(req, speak, owner=actor.is_owner))


# --- language -------------------------------------------------------------------------


async def _ask_language(req: Request, draft: JoinDraft) -> list[Reply]:
    speak = _speaker(req, draft)
    text = speak("join-welcome", shop=req.program.shop.name) + "\n" + speak("join-choose-language")
    return [Reply(text, language_buttons(req, LANGUAGE))]


async def _accept_language(req: Request, draft: JoinDraft, answer: Answer) -> JoinDraft:
    language = as_language(answer.arg)
    if language is None:
        raise Invalid()
    return draft.model_copy(update={"language": language})


# --- name -----------------------------------------------------------------------------


async def _ask_name(req: Request, draft: JoinDraft) -> list[Reply]:
    speak = _speaker(req, draft)
    suggested = _clean_name(req.incoming.display_name)
    rows = (
        ((Button(encode(USE_NAME), speak("join-use-name", name=suggested)),),) if suggested else ()
    )
    return [Reply(speak("join-ask-name"), rows)]


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


async def _accept_name(req: Request, draft: JoinDraft, answer: Answer) -> JoinDraft:
    said = req.incoming.display_name if answer.button == USE_NAME else answer.text
    name = _clean_name(said)
    if name is None:
        raise Invalid(_speaker(req, draft)("join-name-invalid", max=NAME_MAX))
    # The platform vouches for the number (WhatsApp): nothing to ask, straight to consent.
    if answer.contact:
        return draft.model_copy(
            update={"name": name, "phone": answer.contact, "phone_vouched": True}
        )
    return draft.model_copy(update={"name": name})


# --- phone ----------------------------------------------------------------------------


async def _ask_phone(req: Request, draft: JoinDraft) -> list[Reply]:
    speak = _speaker(req, draft)
    skip = ((Button(encode(SKIP_PHONE), speak("join-skip-phone")),),)
    return [Reply(speak("join-ask-phone"), skip, ask_phone=speak("join-share-phone"))]


async def _accept_phone(req: Request, draft: JoinDraft, answer: Answer) -> JoinDraft:
    speak = _speaker(req, draft)
    if answer.contact:
        phone: str | None = answer.contact
    elif (
        answer.button == SKIP_PHONE or answer.text.casefold() == speak("join-skip-phone").casefold()
    ):
        phone = None  # the reply-keyboard button sends its label as text
    elif _PHONE.match(answer.text):
        phone = answer.text
    else:
        raise Invalid(speak("join-phone-invalid"))
    vouched = answer.contact is not None and phone == answer.contact
    return draft.model_copy(update={"phone": phone, "phone_vouched": vouched})


def _thank_for_phone(req: Request, draft: JoinDraft) -> list[Reply]:
    # Its own message: it takes the share-my-number keyboard away, which a message with
    # buttons cannot do on Telegram.
    return [Reply(_speaker(req, draft)("join-phone-thanks"), clear_keyboard=True)]


# --- consent --------------------------------------------------------------------------


async def _ask_consent(req: Request, draft: JoinDraft) -> list[Reply]:
    speak = _speaker(req, draft)
    buttons = (
        (
            Button(encode(CONSENT), speak("join-consent-yes")),
            Button(encode(NO_CONSENT), speak("join-consent-no")),
        ),
    )
    return [Reply(speak("join-ask-consent"), buttons)]


async def _accept_consent(req: Request, draft: JoinDraft, answer: Answer) -> JoinDraft:
    speak = _speaker(req, draft)
    typed = answer.text.casefold()
    if answer.button == CONSENT or (typed and typed == speak("join-consent-yes").casefold()):
        return draft.model_copy(update={"consent": True})
    if answer.button == NO_CONSENT or (typed and typed == speak("join-consent-no").casefold()):
        return draft.model_copy(update={"consent": False})
    raise Invalid()


async def _finish(req: Request, draft: JoinDraft) -> list[Reply]:
    speak = _speaker(req, draft)
    registration = await req.loyalty.customers.register(
        req.incoming.channel,
        req.incoming.user_id,
        language=speak.language,
        name=draft.name,
        phone=draft.phone,
        marketing_consent=draft.consent,
        referral_code=draft.ref,
        phone_vouched=draft.phone_vouched,
    )
    speak = req.deps.speaker(registration.language)
    text = speak("join-done", name=draft.name or "", code=registration.member_code)
    if registration.referred:
        text += "\n" + speak("join-referred")
    gift = registration.welcome
    if gift is not None and gift.points:
        text += "\n" + speak("join-gift-points", points=gift.points)
    if gift is not None and gift.stamps:
        text += "\n" + speak("join-gift-stamps", stamps=gift.stamps)
    replies = [main_menu(req, text, speak=speak)]
    if draft.claim is not None:
        try:
            replies.append(await _claim(req, draft.claim, registration.customer_id, speak))
        except LinkRefused:  # joined all the same; the link was not good any more
            replies.append(Reply(speak("error-link-refused")))
    if draft.receipt is not None:
        try:
            text = await collected_text(req, registration.customer_id, draft.receipt, speak)
        except LoyaltyError as refused:  # joined all the same; the code was not good
            text = refusal_text(speak, refused)
        replies.append(Reply(text))
    return replies


async def _stale(req: Request) -> list[Reply]:
    return await start(req)  # a button from an abandoned registration: start afresh


async def finish_first(req: Request) -> list[Reply] | None:
    """Someone halfway through joining who sends a command (/balance, "salio", an old
    button): the question they are on, again, in their language, rather than "send /start",
    which would begin again and lose their answers. None when they are not joining."""
    state = await req.deps.states.get(*req.identity)
    if state is None:
        return None
    return await FLOW.ask_again(req, state, lambda d: _speaker(req, d)("join-finish-first"))


FLOW: Flow[JoinDraft] = Flow(
    "join",
    JoinDraft,
    (
        Ask("language", _ask_language, _accept_language, lambda d: "name", (LANGUAGE,), False),
        Ask(
            "name",
            _ask_name,
            _accept_name,
            lambda d: "consent" if d.phone else "phone",
            (USE_NAME,),
        ),
        Ask(
            "phone",
            _ask_phone,
            _accept_phone,
            lambda d: "consent",
            (SKIP_PHONE,),
            said=_thank_for_phone,
        ),
        Ask("consent", _ask_consent, _accept_consent, lambda d: FINISH, (CONSENT, NO_CONSENT)),
    ),
    _finish,
    stale=_stale,
    newcomers=True,
)

FEATURE = Feature(
    commands=(Command("start", start, listed=True, newcomers=True),),
    actions=FLOW.actions,
    steps=(FLOW.step,),
)
