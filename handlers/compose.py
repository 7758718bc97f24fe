"""The owner writes an offer (/offer new) or a campaign (/broadcast, /schedule) step by step.

The draft lives in the conversation state (the database), so it survives a restart and a
second web worker. Texts: the owner writes one in their language and may add the others;
customers whose language is missing get the written one with a note naming its language.
Nothing is saved or sent before the owner presses the confirming button.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal

from pydantic import Field

from bot.chat_types import Button, Reply
from bot.languages import LANGUAGES, Language
from bot.loyalty.campaigns import DEFAULT_HOLDOUT
from bot.loyalty.campaigns import TEXT_MAX as MESSAGE_MAX
from bot.loyalty.holdouts import held_back
from bot.loyalty.offers import IMAGE_MAX, MAX_BONUS_POINTS, OfferDraft
from bot.loyalty.offers import TEXT_MAX as OFFER_MAX
from bot.loyalty.segments import parse_segment
from bot.loyalty.when import When, parse_when
from bot.numbers import whole_number
from bot.rendering import MessageRenderer, language_name
from handlers.callbacks import encode
from handlers.describe import describe_bonus, describe_when
from handlers.feature import Command, Feature
from handlers.flow import FINISH, Abandon, Answer, Ask, Draft, Flow, Invalid
from handlers.request import Request
from models import OfferBonus, StaffRole

# The draft's buttons; every one is an owner's, checked as such on every press.
CANCEL, WRITE, PICK_OFFER, ADD_LANGUAGE = "cmpcancel", "cmpwrite", "cmpoffer", "cmplang"
NEXT, SKIP, CHOOSE_BONUS, SEND = "cmpnext", "cmpskip", "cmpbonus", "cmpsend"
MAX_DAYS = 366
_MULTIPLIERS = {"none": 0, "x2": 2, "x3": 3}


class ComposeDraft(Draft):
    """An offer (kind "offer") or a campaign message ("message") being written."""

    ATTACHMENT = "image"

    kind: Literal["offer", "message"]
    texts: dict[str, str] = Field(default_factory=dict)  # by language code
    writing: Language | None = None  # the language asked for next
    image: bytes | None = None
    ends: datetime | None = None
    bonus: OfferBonus = OfferBonus.NONE
    bonus_value: int = 0
    # A campaign's: who receives it, when (None: now), and the offer it carries.
    segment: str = ""
    at: datetime | None = None
    repeat: str | None = None
    offer_id: int | None = None

    @property
    def limit(self) -> int:
        return OFFER_MAX if self.kind == "offer" else MESSAGE_MAX

    @property
    def when(self) -> When | None:
        return When(self.at, self.repeat) if self.at is not None else None


def _button(label: str, action: str, arg: str = "") -> Button:
    return Button(encode(action, arg), label)


def _cancel_row(req: Request) -> tuple[tuple[Button, ...], ...]:
    return ((_button(req.speak("compose-cancel"), CANCEL),),)


def _skip_row(req: Request) -> tuple[tuple[Button, ...], ...]:
    return ((_button(req.speak("compose-skip"), SKIP),), *_cancel_row(req))


# --- entry points ---------------------------------------------------------------------


async def offer_command(req: Request, args: str) -> list[Reply]:
    words = args.split()
    if words[:1] == ["new"]:
        return await FLOW.begin(req, ComposeDraft(kind="offer", writing=req.speak.language), "text")
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
    return await FLOW.begin(req, ComposeDraft(kind="message", segment=segment), "pick")


async def schedule_command(req: Request, args: str) -> list[Reply]:
    words = args.split(maxsplit=1)
    if len(words) < 2:
        return [Reply(req.speak("schedule-usage"))]
    segment = parse_segment(words[0]).name
    when = parse_when(words[1], req.deps.clock.now(), req.program.shop.tz)  # InvalidSchedule
    draft = ComposeDraft(kind="message", segment=segment, at=when.at, repeat=when.repeat)
    return await FLOW.begin(req, draft, "pick")


# --- pick: one of the open offers, or a new message -----------------------------------


async def _ask_pick(req: Request, draft: ComposeDraft) -> list[Reply]:
    offers = await req.loyalty.offers.open_offers(limit=5)
    rows: list[tuple[Button, ...]] = [
        (_button(f"🎁 {o.title[:40]}", PICK_OFFER, str(o.id)),) for o in offers
    ]
    rows.append((_button(req.speak("compose-write"), WRITE),))
    rows.extend(_cancel_row(req))
    return [Reply(req.speak("compose-pick", segment=draft.segment), tuple(rows))]


async def _accept_pick(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    if answer.button == WRITE:
        return draft.model_copy(update={"writing": req.speak.language})
    picked = whole_number(answer.arg)
    if picked is None:
        raise Invalid()
    offer = await req.loyalty.offers.get(picked)
    return draft.model_copy(update={"offer_id": offer.id, "texts": offer.texts, "writing": None})


# --- text: one language's text, then more languages -----------------------------------


async def _ask_text(req: Request, draft: ComposeDraft) -> list[Reply]:
    name = language_name(draft.writing or req.speak.language, req.speak.language)
    # The first text goes to everyone until others are added; a later one to its readers.
    asked = "compose-ask-text-more" if draft.texts else "compose-ask-text"
    text = req.speak(asked, language=name, limit=draft.limit)
    return [Reply(text, _cancel_row(req))]


async def _accept_text(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    if not answer.text or len(answer.text) > draft.limit:
        raise Invalid(req.speak("compose-text-length", limit=draft.limit))
    language = draft.writing or req.speak.language
    return draft.model_copy(
        update={"texts": {**draft.texts, language: answer.text}, "writing": None}
    )


async def _ask_more(req: Request, draft: ComposeDraft) -> list[Reply]:
    rows = [
        (
            _button(
                req.speak("compose-add-language", language=language_name(lang, lang)),
                ADD_LANGUAGE,
                lang,
            ),
        )
        for lang in LANGUAGES
        if lang not in draft.texts
    ]
    rows.append((_button(req.speak("compose-next"), NEXT),))
    return [Reply(req.speak("compose-more"), tuple(rows))]


async def _accept_more(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    if answer.button == NEXT:
        return draft
    language = next((lang for lang in LANGUAGES if lang == answer.arg), None)
    if language is None or language in draft.texts:
        raise Invalid()
    return draft.model_copy(update={"writing": language})


def _after_more(draft: ComposeDraft) -> str:
    if draft.writing is not None:
        return "text"
    return "image" if draft.kind == "offer" else "confirm"


# --- an offer's picture, end and bonus ------------------------------------------------


async def _ask_image(req: Request, draft: ComposeDraft) -> list[Reply]:
    return [Reply(req.speak("compose-ask-image"), _skip_row(req))]


async def _accept_image(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    if answer.button == SKIP:
        return draft.model_copy(update={"image": None})
    if answer.photo is None:
        raise Invalid(req.speak("compose-ask-image"))
    if len(answer.photo) > IMAGE_MAX:
        raise Invalid(req.speak("compose-image-too-large"))
    return draft.model_copy(update={"image": answer.photo})


async def _ask_until(req: Request, draft: ComposeDraft) -> list[Reply]:
    return [Reply(req.speak("compose-ask-until"), _skip_row(req))]


async def _accept_until(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    if answer.button == SKIP:
        return draft.model_copy(update={"ends": None})
    ends = _read_until(req, answer.text)
    if ends is None:
        raise Invalid(req.speak("compose-until-invalid", days=MAX_DAYS))
    return draft.model_copy(update={"ends": ends})


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


async def _ask_bonus(req: Request, draft: ComposeDraft) -> list[Reply]:
    speak = req.speak
    rows = (
        (_button(speak("compose-bonus-none"), CHOOSE_BONUS, "none"),),
        (_button(speak("compose-bonus-double"), CHOOSE_BONUS, "x2"),),
        (_button(speak("compose-bonus-triple"), CHOOSE_BONUS, "x3"),),
        (_button(speak("compose-bonus-points"), CHOOSE_BONUS, "points"),),
        *_cancel_row(req),
    )
    return [Reply(speak("compose-ask-bonus"), rows)]


async def _accept_bonus(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    if answer.arg == "points":
        return draft.model_copy(update={"bonus": OfferBonus.POINTS, "bonus_value": 0})
    if answer.arg not in _MULTIPLIERS:
        raise Invalid(req.speak("compose-use-buttons"))
    bonus = OfferBonus.NONE if answer.arg == "none" else OfferBonus.MULTIPLIER
    return draft.model_copy(update={"bonus": bonus, "bonus_value": _MULTIPLIERS[answer.arg]})


async def _ask_points(req: Request, draft: ComposeDraft) -> list[Reply]:
    return [Reply(req.speak("compose-ask-points", maximum=MAX_BONUS_POINTS), _cancel_row(req))]


async def _accept_points(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    points = whole_number(answer.text, maximum=MAX_BONUS_POINTS)
    if not points:
        raise Invalid(req.speak("compose-points-invalid", maximum=MAX_BONUS_POINTS))
    return draft.model_copy(update={"bonus_value": points})


# --- confirm: what each reader will see, then save or send ----------------------------


async def _preview(req: Request, draft: ComposeDraft) -> list[Reply]:
    """What each reader will see, and (for a campaign) how many will see it."""
    speak = req.speak
    renderer = MessageRenderer(req.deps.translator, req.program)
    image = draft.image
    if draft.kind == "offer":
        languages: dict[str, int] = dict.fromkeys(LANGUAGES, 0)
        summary = speak(
            "offer-preview",
            until=speak.date(draft.ends) if draft.ends else "—",
            bonus=describe_bonus(speak, draft.bonus, draft.bonus_value),
        )
        confirm = speak("offer-save")
    else:
        languages = await req.loyalty.campaigns.audience(draft.segment)
        total = sum(languages.values())
        if total == 0:
            raise Abandon(Reply(speak("broadcast-nobody", segment=draft.segment)))
        if draft.offer_id is not None:
            image = await req.loyalty.offers.image(draft.offer_id)
        breakdown = ", ".join(
            f"{language_name(lang, speak.language)}: {speak.number(n)}"  # type: ignore[arg-type]
            for lang, n in sorted(languages.items(), key=lambda item: -item[1])
        )
        summary = speak(
            "broadcast-preview",
            segment=draft.segment,
            count=total,
            languages=breakdown,
            when=describe_when(speak, draft.when, req.program.shop.tz),
        )
        kept = held_back(total, DEFAULT_HOLDOUT)
        if kept:
            summary += "\n" + speak("broadcast-holdout", count=kept, percent=DEFAULT_HOLDOUT)
        cost = await req.loyalty.campaigns.cost(draft.segment)
        summary += "\n" + speak(
            "broadcast-cost",
            cost=speak.money(cost.cost, cost.currency),
            templates=cost.templates,
            free=cost.free_whatsapp,
            others=cost.others,
        )
        pacing = await req.loyalty.campaigns.whatsapp_pacing(draft.segment)
        if pacing is not None and pacing.later:
            summary += "\n" + speak(
                "broadcast-whatsapp-pacing",
                limit=req.loyalty.openings.limit() or 0,
                now=pacing.now,
                later=pacing.later,
                days=pacing.days,
            )
        confirm = speak(
            "broadcast-send" if draft.at is None else "schedule-save", count=total - kept
        )
    replies = [Reply(summary)]
    for lang in LANGUAGES:
        if draft.kind == "message" and not languages.get(lang):
            continue  # nobody in the segment reads it
        text = renderer.campaign_text(draft.texts, lang)
        heading = speak("compose-preview-heading", language=language_name(lang, speak.language))
        replies.append(Reply(f"{heading}\n\n{text}", image=image))
    buttons = ((_button(confirm, SEND),), *_cancel_row(req))
    replies.append(Reply(speak("compose-confirm"), buttons))
    return replies


async def _accept_send(req: Request, draft: ComposeDraft, answer: Answer) -> ComposeDraft:
    return draft  # only the confirming button gets here


async def _save(req: Request, draft: ComposeDraft) -> list[Reply]:
    speak = req.speak
    if draft.kind == "offer":
        offer_draft = OfferDraft(
            texts=draft.texts,
            image=draft.image,
            ends_at=draft.ends,
            bonus=draft.bonus,
            bonus_value=draft.bonus_value,
        )
        offer = await req.loyalty.offers.create(offer_draft, actor=req.staff)
        return [Reply(speak("offer-saved", offer=offer.id, code=offer.code))]
    campaigns = req.loyalty.campaigns
    title = next(iter(draft.texts.values())).splitlines()[0]
    campaign = await campaigns.create(
        title,
        draft.segment,
        draft.texts,
        actor=req.staff,
        offer_id=draft.offer_id,
        when=draft.when,
    )
    if draft.when is not None:
        text = speak(
            "schedule-saved",
            campaign=campaign,
            when=describe_when(speak, draft.when, req.program.shop.tz),
        )
        return [Reply(text)]
    count = await campaigns.enqueue(campaign)
    replies = [Reply(speak("broadcast-started", campaign=campaign, count=count))]
    messages = req.program.messages
    if messages.quiet_at(req.deps.clock.now(), req.program.shop.tz):
        replies.append(Reply(speak("broadcast-quiet", time=messages.quiet_end.strftime("%H:%M"))))
    return replies


async def _expired(req: Request) -> list[Reply]:
    return [Reply(req.speak("compose-expired"))]


FLOW: Flow[ComposeDraft] = Flow(
    "compose",
    ComposeDraft,
    (
        Ask(
            "pick",
            _ask_pick,
            _accept_pick,
            lambda d: "text" if d.writing else "confirm",
            (PICK_OFFER, WRITE),
            typed=False,
        ),
        Ask("text", _ask_text, _accept_text, lambda d: "more"),
        Ask("more", _ask_more, _accept_more, _after_more, (ADD_LANGUAGE, NEXT), typed=False),
        Ask("image", _ask_image, _accept_image, lambda d: "until", (SKIP,)),
        Ask("until", _ask_until, _accept_until, lambda d: "bonus", (SKIP,)),
        Ask(
            "bonus",
            _ask_bonus,
            _accept_bonus,
            lambda d: "points" if d.bonus is OfferBonus.POINTS else "confirm",
            (CHOOSE_BONUS,),
            typed=False,
        ),
        Ask("points", _ask_points, _accept_points, lambda d: "confirm"),
        Ask("confirm", _preview, _accept_send, lambda d: FINISH, (SEND,), typed=False),
    ),
    _save,
    stale=_expired,
    use_buttons="compose-use-buttons",
    cancel=(CANCEL, "compose-cancelled"),
    role=StaffRole.OWNER,
)

FEATURE = Feature(
    commands=(
        Command("offer", offer_command, role=StaffRole.OWNER),
        Command("broadcast", broadcast_command, role=StaffRole.OWNER),
        Command("schedule", schedule_command, role=StaffRole.OWNER),
    ),
    actions=FLOW.actions,
    steps=(FLOW.step,),
)
