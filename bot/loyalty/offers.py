"""Offers: written once by the owner, shown in /offers while they run, sent by campaigns.

A bonus is either a points multiplier on every purchase while the offer runs (the best
running multiplier applies, on top of the tier's) or a number of points that staff give
once per customer when the customer shows the offer's code at the till.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select

from bot.languages import LANGUAGES
from bot.loyalty import audit, rollout
from bot.loyalty.attempts import CodeKind, code_attempt, staff_who
from bot.loyalty.codes import new_code, normalize_code
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import (
    InvalidCampaign,
    InvalidOffer,
    NotAllowed,
    OfferAlreadyClaimed,
    OfferNotOpen,
    UnknownOffer,
)
from bot.loyalty.points import PointsChange, PointsService
from bot.program import MAX_PROMOTION_MULTIPLIER
from models import Offer, OfferBonus

TEXT_MAX = 1000  # it may travel as a photo caption (Telegram allows 1 024 characters)
IMAGE_MAX = 5 * 1024 * 1024
MAX_MULTIPLIER = MAX_PROMOTION_MULTIPLIER  # the earn guard in bot/program.py counts on it
MAX_BONUS_POINTS = 10_000
OFFER_CODE_LENGTH = 6


@dataclass(frozen=True, slots=True)
class OfferDraft:
    texts: dict[str, str]
    image: bytes | None = None
    ends_at: datetime | None = None
    bonus: OfferBonus = OfferBonus.NONE
    bonus_value: int = 0


@dataclass(frozen=True, slots=True)
class OfferView:
    id: int
    code: str
    title: str
    texts: dict[str, str]
    has_image: bool
    bonus: OfferBonus
    bonus_value: int
    starts_at: datetime
    ends_at: datetime | None


def _view(offer: Offer) -> OfferView:
    return OfferView(
        offer.id,
        offer.code,
        offer.title,
        dict(offer.texts),
        offer.image is not None,
        offer.bonus,
        offer.bonus_value,
        offer.starts_at,
        offer.ends_at,
    )


def clean_texts(texts: dict[str, str], limit: int) -> dict[str, str]:
    cleaned = {lang: text.strip() for lang, text in texts.items() if text.strip()}
    if not cleaned or any(lang not in LANGUAGES for lang in cleaned):
        raise InvalidCampaign()
    if any(len(text) > limit for text in cleaned.values()):
        raise InvalidCampaign()
    return cleaned


class OfferService:
    def __init__(self, ctx: EngineContext, points: PointsService) -> None:
        self._ctx = ctx
        self._points = points

    async def create(self, draft: OfferDraft, *, actor: Actor) -> OfferView:
        if not actor.is_owner:
            raise NotAllowed(operation="offer")
        texts = clean_texts(draft.texts, TEXT_MAX)
        now = self._ctx.clock.now()
        if draft.ends_at is not None and draft.ends_at <= now:
            raise InvalidOffer()
        if draft.image is not None and len(draft.image) > IMAGE_MAX:
            raise InvalidOffer()
        limits = {
            OfferBonus.NONE: (0, 0),
            OfferBonus.MULTIPLIER: (2, MAX_MULTIPLIER),
            OfferBonus.POINTS: (1, MAX_BONUS_POINTS),
        }
        low, high = limits[draft.bonus]
        if not low <= draft.bonus_value <= high:
            raise InvalidOffer()
        first_line = next(iter(texts.values())).splitlines()[0]
        async with self._ctx.db.write() as session:
            taken = set(await session.scalars(select(Offer.code)))
            code = new_code(OFFER_CODE_LENGTH)
            while code in taken:
                code = new_code(OFFER_CODE_LENGTH)
            offer = Offer(
                code=code,
                title=first_line[:100],
                texts=texts,
                image=draft.image,
                bonus=draft.bonus,
                bonus_value=draft.bonus_value,
                starts_at=now,
                ends_at=draft.ends_at,
                created_by_id=actor.staff_id,
                created_at=now,
            )
            session.add(offer)
            await session.flush()
            audit.record(session, actor=actor, action="offer.create", now=now, offer=offer.id)
            return _view(offer)

    def _open_at(self, now: datetime) -> ColumnElement[bool]:
        return and_(
            Offer.withdrawn_at.is_(None),
            Offer.starts_at <= now,
            or_(Offer.ends_at.is_(None), Offer.ends_at > now),
        )

    async def open_offers(self, limit: int = 10) -> list[OfferView]:
        """Running now, newest first."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            rows = await session.scalars(
                select(Offer).where(self._open_at(now)).order_by(Offer.id.desc()).limit(limit)
            )
            return [_view(offer) for offer in rows]

    async def get(self, offer_id: int) -> OfferView:
        async with self._ctx.db.read() as session:
            offer = await session.get(Offer, offer_id)
            if offer is None:
                raise UnknownOffer(offer=str(offer_id))
            return _view(offer)

    async def image(self, offer_id: int) -> bytes | None:
        async with self._ctx.db.read() as session:
            return await session.scalar(select(Offer.image).where(Offer.id == offer_id))

    async def withdraw(self, offer_id: int, *, actor: Actor) -> None:
        if not actor.is_owner:
            raise NotAllowed(operation="offer")
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            offer = await session.get(Offer, offer_id)
            if offer is None:
                raise UnknownOffer(offer=str(offer_id))
            offer.withdrawn_at = offer.withdrawn_at or now
            audit.record(session, actor=actor, action="offer.withdraw", now=now, offer=offer_id)

    async def claim(self, customer_id: int, code: str, *, actor: Actor) -> PointsChange:
        """Staff take an offer's code from a customer: its bonus points, once per customer.
        A staff member who types many unknown codes is slowed down (bot.loyalty.attempts)."""
        who = staff_who(actor)
        async with code_attempt(self._ctx, who, CodeKind.CLAIM, (UnknownOffer,)):
            return await self._claim(customer_id, code, actor)

    async def _claim(self, customer_id: int, code: str, actor: Actor) -> PointsChange:
        wanted = normalize_code(code)
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            await rollout.refuse_unless_started(session, self._ctx.program, actor)
            offer = await session.scalar(select(Offer).where(Offer.code == wanted))
            if offer is None:
                raise UnknownOffer(offer=code.strip()[:20])
            running = await session.scalar(
                select(Offer.id).where(Offer.id == offer.id, self._open_at(now))
            )
        if running is None or offer.bonus is not OfferBonus.POINTS:
            raise OfferNotOpen(offer=offer.code)
        change = await self._points.grant_bonus(
            customer_id,
            offer.bonus_value,
            idempotency_key=f"offer:{offer.id}:{customer_id}",
            note=f"offer {offer.code}",
            notice="notice-offer-claimed",
        )
        if change.duplicate:
            raise OfferAlreadyClaimed(offer=offer.code)
        async with self._ctx.db.write() as session:
            audit.record(
                session,
                actor=actor,
                action="offer.claim",
                now=now,
                customer_id=customer_id,
                offer=offer.id,
                entry_id=change.entry_id,
            )
        return change
