"""Campaigns: a text per language (or an offer) for a segment, now, later or on a rule; and
the outbox rows that deliver it.

The database decides everything: a campaign fires when a conditional UPDATE moves it out
of "scheduled" (so two workers, or a worker restarted mid-tick, fire it once), enqueueing
resumes where it stopped (the (campaign, customer) pair is unique), and a repeating rule
moves its next time forward in the same transaction that creates the run.
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import insert_ignoring_duplicates
from bot.loyalty import audit, notices
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import CampaignClosed, NotAllowed, UnknownCampaign
from bot.loyalty.holdouts import draw
from bot.loyalty.offers import OfferService, clean_texts
from bot.loyalty.openings import LIMIT_WAITING, CostEstimate, OpeningService, Pacing
from bot.loyalty.segments import SegmentService, parse_segment
from bot.loyalty.when import When, next_fire
from models import (
    Campaign,
    CampaignHoldout,
    CampaignStatus,
    Customer,
    Delivery,
    DeliveryStatus,
    StaffMember,
)

TEXT_MAX = 3500  # leaves room under Telegram's 4096 for the note naming the text's language
ENQUEUE_CHUNK = 500
PROGRESS_STEP = 25  # percent between progress reports to the owner
PROGRESS_MIN_RECIPIENTS = 200  # smaller campaigns get only the final report
OPEN = (CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, CampaignStatus.REPEATING)

DEFAULT_HOLDOUT = 10  # percent of a segment kept back to measure a campaign's effect
MAX_HOLDOUT = 50


@dataclass(frozen=True, slots=True)
class CampaignReport:
    campaign_id: int
    status: CampaignStatus
    counts: dict[DeliveryStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def settled(self) -> int:
        return (
            self.total
            - self.counts.get(DeliveryStatus.PENDING, 0)
            - self.counts.get(DeliveryStatus.SENDING, 0)
        )


@dataclass(frozen=True, slots=True)
class Receipts:
    """What became of a campaign's sent messages: on WhatsApp, how many Meta reported
    delivered and read; elsewhere (Telegram) only that they were sent."""

    whatsapp: int
    delivered: int
    read: int
    others: int


@dataclass(frozen=True, slots=True)
class CampaignView:
    id: int
    title: str
    segment: str
    status: CampaignStatus
    scheduled_for: datetime | None
    repeat: str | None
    parent_id: int | None
    counts: dict[DeliveryStatus, int] = field(default_factory=dict)
    receipts: Receipts | None = None


@dataclass(frozen=True, slots=True)
class Fired:
    started: list[int]  # campaigns (or runs of a rule) that began sending
    missed: list[int]  # one-off campaigns whose time passed beyond the grace period


class CampaignService:
    def __init__(
        self,
        ctx: EngineContext,
        segments: SegmentService,
        offers: OfferService,
        openings: OpeningService,
    ) -> None:
        self._ctx = ctx
        self._segments = segments
        self._offers = offers
        self._openings = openings

    async def cost(self, segment: str) -> CostEstimate:
        """What one message to everyone in the segment would cost (WhatsApp's templates)."""
        members = sorted(await self._segments.members(parse_segment(segment)))
        return await self._openings.estimate(members)

    async def whatsapp_pacing(self, segment: str) -> Pacing | None:
        """How a broadcast to the segment meets WhatsApp's messaging limit (the preview's
        "400 now, the rest over the next 2 days"); None when the limit does not bite."""
        members = sorted(await self._segments.members(parse_segment(segment)))
        return await self._openings.pacing(members)

    async def create(
        self,
        title: str,
        segment: str,
        texts: dict[str, str] | None = None,
        *,
        actor: Actor,
        offer_id: int | None = None,
        when: When | None = None,
        holdout_percent: int = DEFAULT_HOLDOUT,
    ) -> int:
        """A draft (send it with `enqueue`), or with `when` a scheduled or repeating one;
        `holdout_percent` of the segment is kept back to measure its effect."""
        if not actor.is_owner:
            raise NotAllowed(operation="campaign")
        parsed = parse_segment(segment)  # raises UnknownSegment
        if offer_id is not None:
            texts = (await self._offers.get(offer_id)).texts  # raises UnknownOffer
        cleaned = clean_texts(texts or {}, TEXT_MAX)
        now = self._ctx.clock.now()
        status = CampaignStatus.DRAFT
        if when is not None:
            status = CampaignStatus.REPEATING if when.repeat else CampaignStatus.SCHEDULED
        async with self._ctx.db.write() as session:
            campaign = Campaign(
                title=title.strip()[:100] or parsed.name,
                segment=parsed.name,
                texts=cleaned,
                status=status,
                created_by_id=actor.staff_id,
                created_at=now,
                offer_id=offer_id,
                scheduled_for=when.at if when else None,
                repeat=when.repeat if when else None,
                holdout_percent=max(0, min(MAX_HOLDOUT, holdout_percent)),
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
                status=status.value,
            )
            return campaign.id

    async def audience(self, segment: str) -> dict[str, int]:
        """How many members of the segment read each language, right now."""
        members = sorted(await self._segments.members(parse_segment(segment)))
        languages: Counter[str] = Counter()
        async with self._ctx.db.read() as session:
            for start in range(0, len(members), ENQUEUE_CHUNK):
                rows = await session.execute(
                    select(Customer.language, func.count())
                    .where(Customer.id.in_(members[start : start + ENQUEUE_CHUNK]))
                    .group_by(Customer.language)
                )
                languages.update({language: int(n) for language, n in rows})
        return dict(languages)

    async def enqueue(self, campaign_id: int) -> int:
        """One pending row per member of the segment now; running it again (after a crash,
        or on two workers) adds only the members who have no row yet."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            campaign = await session.get_one(Campaign, campaign_id)
            if campaign.status is CampaignStatus.CANCELLED:
                return 0
            if campaign.status is CampaignStatus.DRAFT:
                campaign.status = CampaignStatus.SENDING
                campaign.started_at = now
            segment = campaign.segment
        async with self._ctx.db.read(heavy=True) as session:  # a whole campaign's rows
            already = set(
                await session.scalars(
                    select(Delivery.customer_id).where(Delivery.campaign_id == campaign_id)
                )
            )
        everyone = await self._segments.members(parse_segment(segment))
        held = await self._hold_back(campaign_id, everyone)
        members = sorted(everyone - already - held)
        if not already:  # the first run: the bill Meta will send, for the final report
            estimate = await self._openings.estimate(sorted(everyone - held))
            async with self._ctx.db.write() as session:
                await session.execute(
                    update(Campaign)
                    .where(Campaign.id == campaign_id)
                    .values(
                        estimated_templates=estimate.templates,
                        estimated_cost=f"{estimate.cost:.2f} {estimate.currency}",
                    )
                )
        for start in range(0, len(members), ENQUEUE_CHUNK):
            async with self._ctx.db.write() as session:
                await session.execute(
                    insert_ignoring_duplicates(session, Delivery, "campaign_id", "customer_id"),
                    [
                        {
                            "campaign_id": campaign_id,
                            "customer_id": customer_id,
                            "status": DeliveryStatus.PENDING,
                            "attempts": 0,
                            "next_attempt_at": now,
                        }
                        for customer_id in members[start : start + ENQUEUE_CHUNK]
                    ],
                )
        async with self._ctx.db.write() as session:
            await session.execute(
                update(Campaign)
                .where(Campaign.id == campaign_id, Campaign.enqueued_at.is_(None))
                .values(enqueued_at=now)
            )
        return len(members)

    async def _hold_back(self, campaign_id: int, everyone: set[int]) -> set[int]:
        """The people kept back, drawn once: the first run stores the seed and the draw in
        one transaction (a second worker's run finds them and uses the same people)."""
        seed = secrets.token_hex(8)
        async with self._ctx.db.write() as session:
            claimed = await session.execute(
                update(Campaign)
                .where(Campaign.id == campaign_id, Campaign.holdout_seed.is_(None))
                .values(holdout_seed=seed)
                .returning(Campaign.holdout_percent)
            )
            percent = claimed.scalar_one_or_none()
            if percent is not None:
                held = draw(seed, sorted(everyone), percent)
                rows = [{"campaign_id": campaign_id, "customer_id": c} for c in sorted(held)]
                for start in range(0, len(rows), ENQUEUE_CHUNK):
                    await session.execute(
                        insert(CampaignHoldout), rows[start : start + ENQUEUE_CHUNK]
                    )
                return held
        async with self._ctx.db.read() as session:
            return set(
                await session.scalars(
                    select(CampaignHoldout.customer_id).where(
                        CampaignHoldout.campaign_id == campaign_id
                    )
                )
            )

    async def fire_due(self) -> Fired:
        """Start what is due: each one-off campaign once, each rule once per due time however
        many times it was missed, and nothing older than the grace period."""
        now = self._ctx.clock.now()
        grace = timedelta(hours=self._ctx.program.messages.grace_hours)
        tz = self._ctx.program.shop.tz
        started: list[int] = []
        missed: list[int] = []
        async with self._ctx.db.read() as session:
            due = list(
                await session.execute(
                    select(Campaign.id, Campaign.status, Campaign.scheduled_for).where(
                        Campaign.status.in_((CampaignStatus.SCHEDULED, CampaignStatus.REPEATING)),
                        Campaign.scheduled_for <= now,
                    )
                )
            )
        for campaign_id, status, scheduled_for in due:
            assert scheduled_for is not None
            in_time = now - scheduled_for <= grace
            async with self._ctx.db.write() as session:
                if status is CampaignStatus.SCHEDULED:
                    moved = await session.execute(
                        update(Campaign)
                        .where(Campaign.id == campaign_id, Campaign.status == status)
                        .values(
                            status=CampaignStatus.SENDING if in_time else CampaignStatus.MISSED,
                            started_at=now if in_time else None,
                            finished_at=None if in_time else now,
                        )
                    )
                    if not getattr(moved, "rowcount", 0):
                        continue  # another worker fired it
                    if in_time:
                        started.append(campaign_id)
                    else:
                        missed.append(campaign_id)
                        await self._tell_creator(session, campaign_id, "campaign-missed", now)
                    continue
                rule = await session.get_one(Campaign, campaign_id)
                assert rule.repeat is not None
                moved = await session.execute(
                    update(Campaign)
                    .where(
                        Campaign.id == campaign_id,
                        Campaign.status == CampaignStatus.REPEATING,
                        Campaign.scheduled_for == scheduled_for,
                    )
                    .values(scheduled_for=next_fire(rule.repeat, now, tz))
                )
                if not getattr(moved, "rowcount", 0) or not in_time:
                    continue  # fired by another worker, or too late: wait for the next time
                run = Campaign(
                    title=rule.title,
                    segment=rule.segment,
                    texts=rule.texts,
                    status=CampaignStatus.SENDING,
                    created_by_id=rule.created_by_id,
                    created_at=now,
                    started_at=now,
                    offer_id=rule.offer_id,
                    scheduled_for=scheduled_for,
                    parent_id=rule.id,
                    holdout_percent=rule.holdout_percent,
                )
                session.add(run)
                await session.flush()
                started.append(run.id)
        for campaign_id in started:
            await self.enqueue(campaign_id)
        return Fired(started, missed)

    async def resume_enqueueing(self) -> list[int]:
        """Campaigns that began sending but whose rows were not all written (a crash)."""
        async with self._ctx.db.read() as session:
            unfinished = list(
                await session.scalars(
                    select(Campaign.id).where(
                        Campaign.status == CampaignStatus.SENDING, Campaign.enqueued_at.is_(None)
                    )
                )
            )
        for campaign_id in unfinished:
            await self.enqueue(campaign_id)
        return unfinished

    async def cancel(self, campaign_id: int, *, actor: Actor) -> CampaignReport:
        """Stop a campaign: a schedule never fires, a rule stops repeating, and the rows of a
        campaign mid-sending that have not gone yet are skipped (those in flight finish)."""
        if not actor.is_owner:
            raise NotAllowed(operation="campaign")
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            campaign = await session.get(Campaign, campaign_id)
            if campaign is None:
                raise UnknownCampaign(campaign=str(campaign_id))
            if campaign.status not in (*OPEN, CampaignStatus.SENDING):
                raise CampaignClosed(campaign=campaign_id)
            runs = [campaign_id]
            if campaign.status is CampaignStatus.REPEATING:
                runs += list(
                    await session.scalars(
                        select(Campaign.id).where(
                            Campaign.parent_id == campaign_id,
                            Campaign.status == CampaignStatus.SENDING,
                        )
                    )
                )
            await session.execute(
                update(Campaign)
                .where(Campaign.id.in_(runs))
                .values(status=CampaignStatus.CANCELLED, finished_at=now)
            )
            await session.execute(
                update(Delivery)
                .where(Delivery.campaign_id.in_(runs), Delivery.status == DeliveryStatus.PENDING)
                .values(status=DeliveryStatus.SKIPPED, last_error="cancelled")
            )
            audit.record(
                session, actor=actor, action="campaign.cancel", now=now, campaign=campaign_id
            )
        return await self.report(campaign_id)

    async def report(self, campaign_id: int) -> CampaignReport:
        async with self._ctx.db.read() as session:
            campaign = await session.get(Campaign, campaign_id)
            if campaign is None:
                raise UnknownCampaign(campaign=str(campaign_id))
            counts = await self._counts(session, [campaign_id])
            return CampaignReport(campaign_id, campaign.status, counts.get(campaign_id, {}))

    async def recent(self, limit: int = 10) -> list[CampaignView]:
        async with self._ctx.db.read() as session:
            campaigns = list(
                await session.scalars(select(Campaign).order_by(Campaign.id.desc()).limit(limit))
            )
            return await self._views(session, campaigns)

    async def view(self, campaign_id: int) -> CampaignView:
        async with self._ctx.db.read() as session:
            campaign = await session.get(Campaign, campaign_id)
            if campaign is None:
                raise UnknownCampaign(campaign=str(campaign_id))
            (found,) = await self._views(session, [campaign])
            return found

    async def _views(self, session: AsyncSession, campaigns: list[Campaign]) -> list[CampaignView]:
        counts = await self._counts(session, [c.id for c in campaigns])
        receipts = await self._receipts(session, [c.id for c in campaigns])
        return [
            CampaignView(
                c.id,
                c.title,
                c.segment,
                c.status,
                c.scheduled_for,
                c.repeat,
                c.parent_id,
                counts.get(c.id, {}),
                receipts.get(c.id),
            )
            for c in campaigns
        ]

    async def _receipts(self, session: AsyncSession, ids: list[int]) -> dict[int, Receipts]:
        # A WhatsApp message's id is Meta's "wamid."; Telegram's are numbers.
        whatsapp = Delivery.platform_message_id.like("wamid.%")
        rows = await session.execute(
            select(
                Delivery.campaign_id,
                func.count().filter(whatsapp),
                func.count(Delivery.delivered_at).filter(whatsapp),
                func.count(Delivery.read_at).filter(whatsapp),
                func.count().filter(~whatsapp | Delivery.platform_message_id.is_(None)),
            )
            .where(Delivery.campaign_id.in_(ids), Delivery.status == DeliveryStatus.SENT)
            .group_by(Delivery.campaign_id)
        )
        return {
            campaign_id: Receipts(int(w), int(d), int(r), int(o))
            for campaign_id, w, d, r, o in rows
            if campaign_id is not None
        }

    async def _counts(
        self, session: AsyncSession, ids: list[int]
    ) -> dict[int, dict[DeliveryStatus, int]]:
        rows = await session.execute(
            select(Delivery.campaign_id, Delivery.status, func.count())
            .where(Delivery.campaign_id.in_(ids))
            .group_by(Delivery.campaign_id, Delivery.status)
        )
        counts: dict[int, dict[DeliveryStatus, int]] = {}
        for campaign_id, status, n in rows:
            if campaign_id is not None:
                counts.setdefault(campaign_id, {})[status] = int(n)
        return counts

    async def queue_progress(self) -> int:
        """Queue the owner's progress notes (every 25 % of a large campaign) and the final
        report; each is keyed, so it is sent once whichever worker notices it first."""
        now = self._ctx.clock.now()
        queued = 0
        async with self._ctx.db.read() as session:
            watched = list(
                await session.execute(
                    select(Campaign.id, Campaign.status, Campaign.reported_percent).where(
                        Campaign.status.in_((CampaignStatus.SENDING, CampaignStatus.DONE)),
                        Campaign.reported_percent < 100,
                        Campaign.created_by_id.is_not(None),
                    )
                )
            )
            counts = await self._counts(session, [campaign_id for campaign_id, _, _ in watched])
            costs = {
                campaign_id: (int(templates or 0), cost or "")
                for campaign_id, templates, cost in await session.execute(
                    select(
                        Campaign.id, Campaign.estimated_templates, Campaign.estimated_cost
                    ).where(Campaign.id.in_([campaign_id for campaign_id, _, _ in watched]))
                )
            }
        for campaign_id, status, reported in watched:
            report = CampaignReport(campaign_id, status, counts.get(campaign_id, {}))
            if status is CampaignStatus.DONE:
                step, message = 100, "campaign-report"
            elif report.total >= PROGRESS_MIN_RECIPIENTS:
                step = report.settled * 100 // report.total // PROGRESS_STEP * PROGRESS_STEP
                message = "campaign-progress"
                if step <= reported or step >= 100:
                    continue
            else:
                continue
            c = report.counts
            async with self._ctx.db.write() as session:
                moved = await session.execute(
                    update(Campaign)
                    .where(Campaign.id == campaign_id, Campaign.reported_percent == reported)
                    .values(reported_percent=step)
                )
                if not getattr(moved, "rowcount", 0):
                    continue
                queued += await self._tell_creator(
                    session,
                    campaign_id,
                    message,
                    now,
                    key_suffix=str(step),
                    done=report.settled,
                    total=report.total,
                    sent=c.get(DeliveryStatus.SENT, 0),
                    blocked=c.get(DeliveryStatus.BLOCKED, 0),
                    failed=c.get(DeliveryStatus.FAILED, 0),
                    skipped=c.get(DeliveryStatus.SKIPPED, 0),
                    templates=costs.get(campaign_id, (0, ""))[0],
                    cost=costs.get(campaign_id, (0, ""))[1],
                )
        sending = [i for i, status, _ in watched if status is CampaignStatus.SENDING]
        return queued + await self._tell_waiting(sending, now)

    async def _tell_waiting(self, campaign_ids: list[int], now: datetime) -> int:
        """Once a day per campaign, the owner hears how many of its WhatsApp messages wait
        for the number's messaging limit (they go as places free; none is dropped)."""
        if not campaign_ids:
            return 0
        async with self._ctx.db.read() as session:
            waiting = list(
                await session.execute(
                    select(Delivery.campaign_id, func.count(Delivery.id))
                    .where(
                        Delivery.campaign_id.in_(campaign_ids),
                        Delivery.status == DeliveryStatus.PENDING,
                        Delivery.last_error == LIMIT_WAITING,
                    )
                    .group_by(Delivery.campaign_id)
                )
            )
        day = now.astimezone(self._ctx.program.shop.tz).date().isoformat()
        queued = 0
        for campaign_id, count in waiting:
            if campaign_id is None:
                continue
            async with self._ctx.db.write() as session:
                queued += await self._tell_creator(
                    session,
                    campaign_id,
                    "campaign-waiting",
                    now,
                    key_suffix=day,
                    count=int(count),
                    limit=self._openings.limit() or 0,
                )
        return queued

    async def _tell_creator(
        self,
        session: AsyncSession,
        campaign_id: int,
        message: str,
        now: datetime,
        key_suffix: str = "",
        **args: str | int,
    ) -> int:
        owner = await session.scalar(
            select(StaffMember.customer_id)
            .join(Campaign, Campaign.created_by_id == StaffMember.id)
            .where(Campaign.id == campaign_id)
        )
        if owner is None:
            return 0
        queued = await notices.queue(
            session,
            customer_id=owner,
            key=f"{message}:{campaign_id}:{key_suffix}",
            message=message,
            now=now,
            args={"campaign": campaign_id, **args},
        )
        return int(queued)
