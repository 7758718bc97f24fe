"""Campaigns: a text per language for a segment, and the outbox rows that deliver it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from bot.languages import LANGUAGES
from bot.loyalty import audit
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import InvalidCampaign, NotAllowed
from bot.loyalty.segments import SegmentService, parse_segment
from models import Campaign, CampaignStatus, Delivery, DeliveryStatus

TEXT_MAX = 3500  # leaves room under Telegram's 4096 for a prefix later
ENQUEUE_CHUNK = 500


@dataclass(frozen=True, slots=True)
class CampaignReport:
    campaign_id: int
    status: CampaignStatus
    counts: dict[DeliveryStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def text_for(texts: dict[str, str], language: str) -> str:
    """The customer's language, else English (most widely read), else the first text."""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))


class CampaignService:
    def __init__(self, ctx: EngineContext, segments: SegmentService) -> None:
        self._ctx = ctx
        self._segments = segments

    async def create(self, title: str, segment: str, texts: dict[str, str], *, actor: Actor) -> int:
        if not actor.is_owner:
            raise NotAllowed(operation="campaign")
        parsed = parse_segment(segment)  # raises UnknownSegment
        cleaned = {lang: text.strip() for lang, text in texts.items() if text.strip()}
        if not cleaned or any(lang not in LANGUAGES for lang in cleaned):
            raise InvalidCampaign()
        if any(len(text) > TEXT_MAX for text in cleaned.values()):
            raise InvalidCampaign()
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            campaign = Campaign(
                title=title.strip()[:100] or parsed.name,
                segment=parsed.name,
                texts=cleaned,
                status=CampaignStatus.DRAFT,
                created_by_id=actor.staff_id,
                created_at=now,
            )
            session.add(campaign)
            await session.flush()
            audit.record(
                session,
                actor=actor,
                action="campaign.create",
                now=now,
                campaign=campaign.id,
                segment=parsed.name,
            )
            return campaign.id

    async def enqueue(self, campaign_id: int) -> int:
        """One pending row per member of the segment now; running it again adds only the
        members who were not there before (the (campaign, customer) pair is unique)."""
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            campaign = await session.get_one(Campaign, campaign_id)
            already = set(
                await session.scalars(
                    select(Delivery.customer_id).where(Delivery.campaign_id == campaign_id)
                )
            )
        members = sorted(await self._segments.members(parse_segment(campaign.segment)) - already)
        for start in range(0, len(members), ENQUEUE_CHUNK):
            async with self._ctx.db.write() as session:
                session.add_all(
                    Delivery(
                        campaign_id=campaign_id,
                        customer_id=customer_id,
                        status=DeliveryStatus.PENDING,
                        attempts=0,
                        next_attempt_at=now,
                    )
                    for customer_id in members[start : start + ENQUEUE_CHUNK]
                )
        async with self._ctx.db.write() as session:
            campaign = await session.get_one(Campaign, campaign_id)
            if campaign.status is CampaignStatus.DRAFT:
                campaign.status = CampaignStatus.SENDING
                campaign.started_at = now
        return len(members)

    async def report(self, campaign_id: int) -> CampaignReport:
        async with self._ctx.db.read() as session:
            campaign = await session.get_one(Campaign, campaign_id)
            rows = await session.execute(
                select(Delivery.status, func.count())
                .where(Delivery.campaign_id == campaign_id)
                .group_by(Delivery.status)
            )
            counts: Counter[DeliveryStatus] = Counter({status: int(n) for status, n in rows})
            return CampaignReport(campaign_id, campaign.status, dict(counts))
