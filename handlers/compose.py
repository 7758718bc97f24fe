"""The owner writes an offer (/offer new) or a campaign (/broadcast, /schedule) step by step.

The draft lives in the conversation state (the database), so it survives a restart and a
second web worker. Texts: the owner writes one in their language and may add the others;
customers whose language is missing get the written one with a note naming its language.
Nothing is saved or sent before the owner presses the confirming button.
"""

from __future__ import annotations

import base64
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.chat_types import Button, Reply
from bot.languages import LANGUAGES, Language
from bot.loyalty.campaigns import TEXT_MAX as MESSAGE_MAX
from bot.loyalty.offers import IMAGE_MAX, MAX_BONUS_POINTS, OfferDraft
from bot.loyalty.offers import TEXT_MAX as OFFER_MAX
from bot.loyalty.segments import parse_segment
from bot.loyalty.when import When, parse_when
from bot.numbers import whole_number
from bot.rendering import MessageRenderer, language_name
from bot.state import State
from handlers.callbacks import encode
from handlers.describe import describe_bonus, describe_when
from handlers.feature import Action, Command, Feature, Step
from handlers.request import Request
from models import OfferBonus, StaffRole

PREFIX = "compose:"
TEXT, MORE, IMAGE, UNTIL, BONUS, POINTS, PICK, CONFIRM = (
    f"{PREFIX}{step}"
    for step in ("text", "more", "image", "until", "bonus", "points", "pick", "confirm")
)
OFFER, MESSAGE = "offer", "message"
# The draft's buttons; every one is an owner's, checked as such on every press.
CANCEL, WRITE, PICK_OFFER, ADD_LANGUAGE = "cmpcancel", "cmpwrite", "cmpoffer", "cmplang"
NEXT, SKIP, CHOOSE_BONUS, SEND = "cmpnext", "cmpskip", "cmpbonus", "cmpsend"
MAX_DAYS = 366


def _button(speak_label: str, action: str, arg: str = "") -> Button:
    return Button(encode(action, arg), speak_label)


async def _save(req: Request, step: str, data: dict[str, Any]) -> None:
    await req.deps.states.set(*req.identity, State(step, data))


async def _ask_text(req: Request, data: dict[str, Any], language: Language) -> list[Reply]:
    data["lang"] = language
    await _save(req, TEXT, data)
    name = language_name(language, req.speak.language)
    limit = OFFER_MAX if data["kind"] == OFFER else MESSAGE_MAX
    return [Reply(req.speak("compose-ask-text", language=name, limit=limit), _cancel_row(req))]


def _cancel_row(req: Request) -> tuple[tuple[Button, ...], ...]:
    return ((_button(req.speak("compose-cancel"), CANCEL),),)


# --- entry points ---------------------------------------------------------------------


async def offer_command(req: Request, args: str) -> list[Reply]:
    words = args.split()
    if words[:1] == ["new"]:
        return await _ask_text(req, {"kind": OFFER, "texts": {}}, req.speak.language)
    offer_id = whole_number(words[1]) if len(words) == 2 and words[0] == "end" else None
    if offer_id is not None:
        await req.loyalty.offers.withdraw(offer_id, actor=req.staff)
        return [Reply(req.speak("offer-withdrawn", offer=offer_id))]
    if words:
        return [Reply(req.speak("offer-usage"))]
    offers = await req.loyalty.offers.open_offers()
    lines = [req.speak("offer-list-title" if offers else "offer-list-empty")]
    lines += [
        req.speak(
            "offer-list-line",
            offer=offer.id,
            title=offer.title,
            code=offer.code,
            bonus=describe_bonus(req.speak, offer.bonus, offer.bonus_value),
        )
        for offer in offers
    ]
    lines.append(req.speak("offer-usage"))
    return [Reply("\n".join(lines))]


async def broadcast_command(req: Request, args: str) -> list[Reply]:
    if not args.strip():
        return [Reply(req.speak("broadcast-usage"))]
    segment = parse_segment(args.split(maxsplit=1)[0]).name  # raises UnknownSegment
    return await _pick(req, {"kind": MESSAGE, "texts": {}, "segment": segment})


async def schedule_command(req: Request, args: str) -> list[Reply]:
    words = args.split(maxsplit=1)
    if len(words) < 2:
        return [Reply(req.speak("schedule-usage"))]
    segment = parse_segment(words[0]).name
    shop = req.program.shop
    when = parse_when(words[1], req.deps.clock.now(), shop.tz)  # raises InvalidSchedule
    data: dict[str, Any] = {
        "kind": MESSAGE,
        "texts": {},
        "segment": segment,
        "at": when.at.isoformat(),
        "repeat": when.repeat,
    }
    return await _pick(req, data)


async def _pick(req: Request, data: dict[str, Any]) -> list[Reply]:
    offers = await req.loyalty.offers.open_offers(limit=5)
    rows: list[tuple[Button, ...]] = [
        (_button(f"🎁 {o.title[:40]}", PICK_OFFER, str(o.id)),) for o in offers
    ]
    rows.append((_button(req.speak("compose-write"), WRITE),))
    rows.extend(_cancel_row(req))
    await _save(req, PICK, data)
    return [Reply(req.speak("compose-pick", segment=data["segment"]), tuple(rows))]


# --- buttons --------------------------------------------------------------------------


async def on_callback(req: Request, action: str, arg: str) -> list[Reply]:
    state = await req.deps.states.get(*req.identity)
    if action == CANCEL:
        await req.deps.states.clear(*req.identity)
        return [Reply(req.speak("compose-cancelled"))]
    if state is None or not state.step.startswith(PREFIX):
        return [Reply(req.speak("compose-expired"))]
    data = dict(state.data)
    if action == WRITE and state.step == PICK:
        return await _ask_text(req, data, req.speak.language)
    picked = whole_number(arg) if action == PICK_OFFER and state.step == PICK else None
    if picked is not None:
        offer = await req.loyalty.offers.get(picked)
        data |= {"offer_id": offer.id, "texts": offer.texts}
        return await _preview(req, data)
    if action == ADD_LANGUAGE and state.step == MORE and arg in LANGUAGES:
        return await _ask_text(req, data, arg)
    if action == NEXT and state.step == MORE:
        return await _after_texts(req, data)
    if action == SKIP and state.step == IMAGE:
        return await _ask_until(req, data)
    if action == SKIP and state.step == UNTIL:
        return await _ask_bonus(req, data)
    if action == CHOOSE_BONUS and state.step == BONUS:
        return await _on_bonus(req, data, arg)
    if action == SEND and state.step == CONFIRM:
        return await _confirm(req, data)
    return [Reply(req.speak("compose-expired"))]


# --- typed answers --------------------------------------------------------------------


async def on_text(req: Request, state: State) -> list[Reply]:
    data = dict(state.data)
    text = (req.incoming.text or "").strip()
    if state.step == TEXT:
        limit = OFFER_MAX if data["kind"] == OFFER else MESSAGE_MAX
        if not text or len(text) > limit:
            return [Reply(req.speak("compose-text-length", limit=limit), _cancel_row(req))]
        data["texts"] = {**data["texts"], data["lang"]: text}
        return await _ask_more(req, data)
    if state.step == IMAGE:
        photo = req.incoming.photo
        if photo is None:
            return [Reply(req.speak("compose-ask-image"), _skip_row(req))]
        if len(photo) > IMAGE_MAX:
            return [Reply(req.speak("compose-image-too-large"), _skip_row(req))]
        data["image"] = base64.b64encode(photo).decode("ascii")
        return await _ask_until(req, data)
    if state.step == UNTIL:
        ends = _read_until(req, text)
        if ends is None:
            return [Reply(req.speak("compose-until-invalid", days=MAX_DAYS), _skip_row(req))]
        data["ends"] = ends.isoformat()
        return await _ask_bonus(req, data)
    if state.step == POINTS:
        points = whole_number(text, maximum=MAX_BONUS_POINTS)
        if not points:
            return [Reply(req.speak("compose-points-invalid", maximum=MAX_BONUS_POINTS))]
        data |= {"bonus": OfferBonus.POINTS.value, "bonus_value": points}
        return await _preview(req, data)
    # A button step: a typed answer gets the question again.
    return [Reply(req.speak("compose-use-buttons"), _cancel_row(req))]


def _read_until(req: Request, text: str) -> datetime | None:
    """ "7" (days from now) or "2026-12-31" (through that day, shop time)."""
    tz = req.program.shop.tz
    now = req.deps.clock.now()
    days = whole_number(text, maximum=MAX_DAYS)
    if days:
        return now + timedelta(days=days)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    ends = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    return ends if now < ends <= now + timedelta(days=MAX_DAYS) else None


def _skip_row(req: Request) -> tuple[tuple[Button, ...], ...]:
    return ((_button(req.speak("compose-skip"), SKIP),), *_cancel_row(req))


# --- steps ----------------------------------------------------------------------------


async def _ask_more(req: Request, data: dict[str, Any]) -> list[Reply]:
    await _save(req, MORE, data)
    missing = [lang for lang in LANGUAGES if lang not in data["texts"]]
    rows = [
        (
            _button(
                req.speak("compose-add-language", language=language_name(lang, lang)),
                ADD_LANGUAGE,
                lang,
            ),
        )
        for lang in missing
    ]
    rows.append((_button(req.speak("compose-next"), NEXT),))
    return [Reply(req.speak("compose-more"), tuple(rows))]


async def _after_texts(req: Request, data: dict[str, Any]) -> list[Reply]:
    if data["kind"] == OFFER:
        await _save(req, IMAGE, data)
        return [Reply(req.speak("compose-ask-image"), _skip_row(req))]
    return await _preview(req, data)


async def _ask_until(req: Request, data: dict[str, Any]) -> list[Reply]:
    await _save(req, UNTIL, data)
    return [Reply(req.speak("compose-ask-until"), _skip_row(req))]


async def _ask_bonus(req: Request, data: dict[str, Any]) -> list[Reply]:
    await _save(req, BONUS, data)
    speak = req.speak
    rows = (
        (_button(speak("compose-bonus-none"), CHOOSE_BONUS, "none"),),
        (_button(speak("compose-bonus-double"), CHOOSE_BONUS, "x2"),),
        (_button(speak("compose-bonus-triple"), CHOOSE_BONUS, "x3"),),
        (_button(speak("compose-bonus-points"), CHOOSE_BONUS, "points"),),
        *_cancel_row(req),
    )
    return [Reply(speak("compose-ask-bonus"), rows)]


async def _on_bonus(req: Request, data: dict[str, Any], arg: str) -> list[Reply]:
    if arg == "points":
        await _save(req, POINTS, data)
        return [Reply(req.speak("compose-ask-points", maximum=MAX_BONUS_POINTS), _cancel_row(req))]
    multipliers = {"none": 0, "x2": 2, "x3": 3}
    if arg not in multipliers:
        return [Reply(req.speak("compose-use-buttons"))]
    bonus = OfferBonus.NONE if arg == "none" else OfferBonus.MULTIPLIER
    data |= {"bonus": bonus.value, "bonus_value": multipliers[arg]}
    return await _preview(req, data)


def _when(data: dict[str, Any]) -> When | None:
    return When(datetime.fromisoformat(data["at"]), data.get("repeat")) if data.get("at") else None


async def _preview(req: Request, data: dict[str, Any]) -> list[Reply]:
    """What each reader will see, and (for a campaign) how many will see it."""
    speak = req.speak
    renderer = MessageRenderer(req.deps.translator, req.program)
    image = base64.b64decode(data["image"]) if data.get("image") else None
    if data["kind"] == OFFER:
        languages: dict[str, int] = dict.fromkeys(LANGUAGES, 0)
        summary = speak(
            "offer-preview",
            until=speak.date(datetime.fromisoformat(data["ends"])) if data.get("ends") else "—",
            bonus=describe_bonus(
                speak, OfferBonus(data.get("bonus", "none")), int(data.get("bonus_value", 0))
            ),
        )
        confirm = speak("offer-save")
    else:
        languages = await req.loyalty.campaigns.audience(data["segment"])
        total = sum(languages.values())
        if total == 0:
            await req.deps.states.clear(*req.identity)
            return [Reply(speak("broadcast-nobody", segment=data["segment"]))]
        if data.get("offer_id"):
            image = await req.loyalty.offers.image(int(data["offer_id"]))
        breakdown = ", ".join(
            f"{language_name(lang, speak.language)}: {speak.number(n)}"  # type: ignore[arg-type]
            for lang, n in sorted(languages.items(), key=lambda item: -item[1])
        )
        summary = speak(
            "broadcast-preview",
            segment=data["segment"],
            count=total,
            languages=breakdown,
            when=describe_when(speak, _when(data), req.program.shop.tz),
        )
        confirm = speak("broadcast-send" if not data.get("at") else "schedule-save", count=total)
    await _save(req, CONFIRM, data)
    replies = [Reply(summary)]
    for lang in LANGUAGES:
        if data["kind"] == MESSAGE and not languages.get(lang):
            continue  # nobody in the segment reads it
        text = renderer.campaign_text(data["texts"], lang)
        heading = speak("compose-preview-heading", language=language_name(lang, speak.language))
        replies.append(Reply(f"{heading}\n\n{text}", image=image))
    buttons = ((_button(confirm, SEND),), *_cancel_row(req))
    replies.append(Reply(speak("compose-confirm"), buttons))
    return replies


async def _confirm(req: Request, data: dict[str, Any]) -> list[Reply]:
    await req.deps.states.clear(*req.identity)
    speak = req.speak
    if data["kind"] == OFFER:
        draft = OfferDraft(
            texts=data["texts"],
            image=base64.b64decode(data["image"]) if data.get("image") else None,
            ends_at=datetime.fromisoformat(data["ends"]) if data.get("ends") else None,
            bonus=OfferBonus(data.get("bonus", "none")),
            bonus_value=int(data.get("bonus_value", 0)),
        )
        offer = await req.loyalty.offers.create(draft, actor=req.staff)
        return [Reply(speak("offer-saved", offer=offer.id, code=offer.code))]
    campaigns = req.loyalty.campaigns
    when = _when(data)
    offer_id = int(data["offer_id"]) if data.get("offer_id") else None
    title = next(iter(data["texts"].values())).splitlines()[0]
    campaign = await campaigns.create(
        title, data["segment"], data["texts"], actor=req.staff, offer_id=offer_id, when=when
    )
    if when is not None:
        text = speak(
            "schedule-saved",
            campaign=campaign,
            when=describe_when(speak, when, req.program.shop.tz),
        )
        return [Reply(text)]
    count = await campaigns.enqueue(campaign)
    replies = [Reply(speak("broadcast-started", campaign=campaign, count=count))]
    messages = req.program.messages
    if messages.quiet_at(req.deps.clock.now(), req.program.shop.tz):
        replies.append(Reply(speak("broadcast-quiet", time=messages.quiet_end.strftime("%H:%M"))))
    return replies


def _owners_button(action: str) -> Action:
    async def pressed(req: Request, arg: str) -> list[Reply]:
        return await on_callback(req, action, arg)

    return Action(action, pressed, role=StaffRole.OWNER)


FEATURE = Feature(
    commands=(
        Command("offer", offer_command, role=StaffRole.OWNER),
        Command("broadcast", broadcast_command, role=StaffRole.OWNER),
        Command("schedule", schedule_command, role=StaffRole.OWNER),
    ),
    actions=tuple(
        _owners_button(a)
        for a in (CANCEL, WRITE, PICK_OFFER, ADD_LANGUAGE, NEXT, SKIP, CHOOSE_BONUS, SEND)
    ),
    steps=(Step(PREFIX, on_text, role=StaffRole.OWNER),),
)
