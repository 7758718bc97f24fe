"""Prize draws ("bahati nasibu"): the owner opens one with a prize and a closing time;
customers get tickets for purchases over an amount, or buy them with points, up to a cap
each; at closing the bot draws the winners by a method anyone can check (draw_method.py).

Tickets are numbered in the order they are given, under a lock on the draw's row, so the
published list is the order the engine saw and a ticket cannot slip in while the draw is
being drawn. The draw is a conditional change of status (open -> drawn): a second run, a
second worker or an owner's second try finds it drawn and draws nothing. A winner gets a
redemption code for the counter, good for the draw's `prize_days`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit, ledger, notices
from bot.loyalty.codes import REDEMPTION_CODE_LENGTH, new_code
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.draw_method import Entry, commitment, new_seed, pick_winners
from bot.loyalty.errors import (
    DrawAlreadyDrawn,
    DrawClosed,
    DrawNotDue,
    DrawNotFound,
    DrawTicketCap,
    InvalidDraw,
)
from models import (
    Customer,
    DrawEntryKind,
    DrawStatus,
    DrawTicket,
    DrawWinner,
    LedgerKind,
    PrizeDraw,
    Redemption,
    RedemptionKind,
    RedemptionStatus,
)

PRIZE_MAX = 120
MAX_CAP = 100
MAX_WINNERS = 20
MAX_OPEN = timedelta(days=366)
PRIZE_DAYS = 30
TICKET_CODE_LENGTH = 5
# How long after its draw a result still shows in /draw.
RESULT_SHOWN = timedelta(days=30)
_CODE_ATTEMPTS = 8


def prize_key(draw_id: int) -> str:
    """The reward key of a draw's prize on its winners' redemption codes."""
    return f"draw:{draw_id}"


@dataclass(frozen=True, slots=True)
class NewDraw:
    prize: str
    closes_at: datetime
    entry: DrawEntryKind
    threshold: int  # minor units of the smallest purchase, or points a ticket
    cap: int
    winners: int


@dataclass(frozen=True, slots=True)
class DrawView:
    id: int
    prize: str
    entry: DrawEntryKind
    threshold: int
    cap: int
    winners: int
    opens_at: datetime
    closes_at: datetime
    status: DrawStatus
    commitment: str
    seed: str | None  # revealed once drawn
    tickets: int
    entrants: int
    mine: tuple[str, ...]  # the asking customer's ticket codes
    winning: tuple[str, ...]  # ticket codes, in the order drawn
    won_code: str | None  # the asking customer's prize code, if they won


@dataclass(frozen=True, slots=True)
class BoughtTicket:
    code: str
    tickets: int  # the customer's tickets in this draw now
    balance: int


@dataclass(frozen=True, slots=True)
class DrawResult:
    draw_id: int
    tickets: int
    winners: tuple[int, ...]  # customer ids, in the order drawn


class DrawService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def open(self, new: NewDraw, *, actor: Actor) -> int:
        now = self._ctx.clock.now()
        _check(new, now)
        seed = new_seed()
        async with self._ctx.db.write() as session:
            draw = PrizeDraw(
                prize=new.prize.strip(),
                winners=new.winners,
                entry=new.entry,
                threshold=new.threshold,
                cap=new.cap,
                opens_at=now,
                closes_at=new.closes_at,
                commitment=commitment(seed),
                seed=seed,
                status=DrawStatus.OPEN,
                prize_days=PRIZE_DAYS,
                created_by=actor.staff_id,
            )
            session.add(draw)
            await session.flush()
            audit.record(
                session,
                actor=actor,
                action="draw-open",
                now=now,
                draw=draw.id,
                prize=draw.prize,
                commitment=draw.commitment,
            )
            return draw.id

    async def views(self, customer_id: int | None = None) -> list[DrawView]:
        """The open draws and those drawn lately, newest first."""
        since = self._ctx.clock.now() - RESULT_SHOWN
        async with self._ctx.db.read() as session:
            draws = await session.scalars(
                select(PrizeDraw)
                .where(
                    (PrizeDraw.status == DrawStatus.OPEN)
                    | ((PrizeDraw.status == DrawStatus.DRAWN) & (PrizeDraw.drawn_at > since))
                )
                .order_by(PrizeDraw.id.desc())
            )
            return [await _view(session, d, customer_id) for d in draws]

    async def view(self, draw_id: int, customer_id: int | None = None) -> DrawView:
        async with self._ctx.db.read() as session:
            draw = await session.get(PrizeDraw, draw_id)
            if draw is None:
                raise DrawNotFound(draw_id)
            return await _view(session, draw, customer_id)

    async def buy_ticket(self, customer_id: int, draw_id: int, *, key: str) -> BoughtTicket:
        """A ticket for the draw's points, once per `key` (a press delivered twice)."""
        now = self._ctx.clock.now()
        for _ in range(_CODE_ATTEMPTS):
            try:
                async with self._ctx.db.write() as session:
                    customer = await lock_customer(session, customer_id)
                    draw = await _locked_open(session, draw_id, now)
                    if draw.entry is not DrawEntryKind.POINTS:
                        raise DrawClosed(draw_id)
                    known = await session.scalar(
                        select(DrawTicket.code).where(DrawTicket.key == f"bought:{key}")
                    )
                    if known is None:
                        # Raises InsufficientPoints, which rolls the ticket back too.
                        paid = await ledger.post(
                            session,
                            customer,
                            kind=LedgerKind.REDEEM,
                            amount=-draw.threshold,
                            now=now,
                            key=f"draw:{draw.id}:bought:{key}"[:128],
                            note=prize_key(draw.id),
                        )
                        known = await _give_ticket(
                            session, draw, customer.id, f"bought:{key}", now, paid.id
                        )
                    held = await _held(session, draw.id, customer.id)
                    customer.last_activity_at = now
                    return BoughtTicket(known, held, customer.points_balance)
            except IntegrityError:
                continue  # a ticket code drawn twice, or the same press on two workers
        raise RuntimeError("could not give a ticket")

    async def due(self) -> list[int]:
        now = self._ctx.clock.now()
        async with self._ctx.db.read() as session:
            return list(
                await session.scalars(
                    select(PrizeDraw.id).where(
                        PrizeDraw.status == DrawStatus.OPEN, PrizeDraw.closes_at <= now
                    )
                )
            )

    async def draw_due(self) -> list[DrawResult]:
        results = []
        for draw_id in await self.due():
            try:
                results.append(await self.draw(draw_id))
            except DrawAlreadyDrawn:
                continue  # another worker drew it between our look and our lock
        return results

    async def draw(self, draw_id: int, *, actor: Actor | None = None) -> DrawResult:
        """Draw the winners of a closed draw, once; an owner's early try is refused."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            draw = await _locked(session, draw_id)
            if draw.status is not DrawStatus.OPEN:
                raise DrawAlreadyDrawn(draw_id)
            if draw.closes_at > now:
                tz = self._ctx.program.shop.tz
                raise DrawNotDue(draw_id, draw.closes_at.astimezone(tz).date())
            tickets = list(
                await session.scalars(
                    select(DrawTicket)
                    .where(DrawTicket.draw_id == draw_id)
                    .order_by(DrawTicket.number)
                )
            )
            entries = [Entry(t.number, t.code, t.entrant) for t in tickets]
            won = pick_winners(draw.seed, entries, draw.winners)
            by_number = {t.number: t for t in tickets}
            draw.status = DrawStatus.DRAWN
            draw.drawn_at = now
            winners: list[int] = []
            for place, entry in enumerate(won, start=1):
                ticket = by_number[entry.number]
                code = await _prize_code(session, draw, ticket.customer_id, now)
                session.add(
                    DrawWinner(
                        draw_id=draw.id,
                        place=place,
                        ticket_id=ticket.id,
                        customer_id=ticket.customer_id,
                        redemption_id=code.id,
                    )
                )
                winners.append(ticket.customer_id)
                await notices.tell(
                    session,
                    ticket.customer_id,
                    f"draw:{draw.id}:won",
                    "notice-draw-won",
                    now,
                    draw=draw.id,
                    prize=draw.prize,
                    code=code.code,
                    days=draw.prize_days,
                )
            winning = " ".join(e.ticket for e in won)
            for customer_id in sorted({t.customer_id for t in tickets} - set(winners)):
                await notices.tell(
                    session,
                    customer_id,
                    f"draw:{draw.id}:result",
                    "notice-draw-result",
                    now,
                    draw=draw.id,
                    prize=draw.prize,
                    tickets=winning,
                )
            names = await _names(session, winners)
            await notices.tell_owners(
                session,
                f"draw:{draw.id}:drawn",
                "staff-note-draw-drawn",
                now,
                draw=draw.id,
                prize=draw.prize,
                entries=len(tickets),
                count=len(winners),
                winners=", ".join(names),
            )
            audit.record(
                session,
                actor=actor,
                action="draw",
                now=now,
                draw=draw.id,
                seed=draw.seed,
                entries=len(tickets),
                winning=winning,
            )
            return DrawResult(draw.id, len(tickets), tuple(winners))

    async def cancel(self, draw_id: int, *, actor: Actor) -> int:
        """Call off an open draw: points paid for tickets go back, entrants are told.
        Returns the number of people who had tickets."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            draw = await _locked(session, draw_id)
            if draw.status is not DrawStatus.OPEN:
                raise DrawAlreadyDrawn(draw_id)
            draw.status = DrawStatus.CANCELLED
            draw.drawn_at = now
            tickets = list(
                await session.scalars(select(DrawTicket).where(DrawTicket.draw_id == draw_id))
            )
            for ticket in tickets:
                if ticket.ledger_entry_id is None:
                    continue
                customer = await session.get_one(Customer, ticket.customer_id)
                if customer.erased_at is not None:
                    continue
                await ledger.post(
                    session,
                    customer,
                    kind=LedgerKind.REDEEM,
                    amount=draw.threshold,
                    now=now,
                    key=f"draw:{draw.id}:refund:{ticket.id}",
                    reverses_id=ticket.ledger_entry_id,
                    note=prize_key(draw.id),
                )
            people = sorted({t.customer_id for t in tickets})
            for customer_id in people:
                await notices.tell(
                    session,
                    customer_id,
                    f"draw:{draw.id}:cancelled",
                    "notice-draw-cancelled",
                    now,
                    draw=draw.id,
                    prize=draw.prize,
                )
            audit.record(session, actor=actor, action="draw-cancel", now=now, draw=draw.id)
            return len(people)

    async def published(self, draw_id: int) -> str:
        """The draw's public record: what was promised, every entry in order and, once
        drawn, the seed and the winning tickets; enough to check the draw by hand."""
        async with self._ctx.db.read() as session:
            draw = await session.get(PrizeDraw, draw_id)
            if draw is None:
                raise DrawNotFound(draw_id)
            rows = await session.execute(
                select(DrawTicket.number, DrawTicket.code, DrawTicket.entrant)
                .where(DrawTicket.draw_id == draw_id)
                .order_by(DrawTicket.number)
            )
            entries = [Entry(n, c, e) for n, c, e in rows]
        drawn = draw.status is DrawStatus.DRAWN
        head = [
            f"draw: {draw.id}",
            f"prize: {draw.prize}",
            f"winners: {draw.winners}",
            f"commitment: {draw.commitment}",
            f"seed: {draw.seed if drawn else '(secret until the draw)'}",
            f"entries: {len(entries)}",
        ]
        if drawn:
            won = pick_winners(draw.seed, entries, draw.winners)
            head.append(f"winning: {' '.join(e.ticket for e in won) or '-'}")
        return "\n".join([*head, "", *(e.line for e in entries)]) + "\n"


def _check(new: NewDraw, now: datetime) -> None:
    if not 0 < len(new.prize.strip()) <= PRIZE_MAX:
        raise InvalidDraw("prize")
    if not now < new.closes_at <= now + MAX_OPEN:
        raise InvalidDraw("closes")
    if new.threshold <= 0:
        raise InvalidDraw("threshold")
    if not 1 <= new.cap <= MAX_CAP:
        raise InvalidDraw("cap")
    if not 1 <= new.winners <= MAX_WINNERS:
        raise InvalidDraw("winners")


async def enter_purchase(
    session: AsyncSession, customer: Customer, minor: int, entry_id: int, now: datetime
) -> None:
    """Tickets for a purchase just recorded (in its transaction), one in each open draw it
    qualifies for, while the customer is under the draw's cap."""
    open_ids = await session.scalars(
        select(PrizeDraw.id).where(
            PrizeDraw.status == DrawStatus.OPEN,
            PrizeDraw.entry == DrawEntryKind.PURCHASE,
            PrizeDraw.threshold <= minor,
            PrizeDraw.opens_at <= now,
            PrizeDraw.closes_at > now,
        )
    )
    for draw_id in list(open_ids):
        draw = await _locked(session, draw_id)
        if draw.status is not DrawStatus.OPEN or draw.closes_at <= now:
            continue  # drawn while we waited for the lock
        if await _held(session, draw.id, customer.id) >= draw.cap:
            continue
        ticket = await _give_ticket(session, draw, customer.id, f"purchase:{entry_id}", now)
        await notices.tell(
            session,
            customer.id,
            f"draw:{draw.id}:ticket:{ticket}",
            "notice-draw-ticket",
            now,
            draw=draw.id,
            prize=draw.prize,
            ticket=ticket,
        )


async def _locked(session: AsyncSession, draw_id: int) -> PrizeDraw:
    draw = await session.scalar(
        select(PrizeDraw)
        .where(PrizeDraw.id == draw_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if draw is None:
        raise DrawNotFound(draw_id)
    return draw


async def _locked_open(session: AsyncSession, draw_id: int, now: datetime) -> PrizeDraw:
    draw = await _locked(session, draw_id)
    if draw.status is not DrawStatus.OPEN or draw.closes_at <= now:
        raise DrawClosed(draw_id)
    return draw


async def _held(session: AsyncSession, draw_id: int, customer_id: int) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(DrawTicket)
            .where(DrawTicket.draw_id == draw_id, DrawTicket.customer_id == customer_id)
        )
        or 0
    )


async def _give_ticket(
    session: AsyncSession,
    draw: PrizeDraw,
    customer_id: int,
    key: str,
    now: datetime,
    paid_entry: int | None = None,
) -> str:
    """Number the next ticket (the draw's row is locked by the caller) and return its code;
    a customer over the cap is refused."""
    held, entrant, last, entrants = (
        await session.execute(
            select(
                func.count().filter(DrawTicket.customer_id == customer_id),
                func.max(DrawTicket.entrant).filter(DrawTicket.customer_id == customer_id),
                func.max(DrawTicket.number),
                func.max(DrawTicket.entrant),
            ).where(DrawTicket.draw_id == draw.id)
        )
    ).one()
    if held >= draw.cap:
        raise DrawTicketCap(draw.cap)
    code = new_code(TICKET_CODE_LENGTH)
    session.add(
        DrawTicket(
            draw_id=draw.id,
            number=(last or 0) + 1,
            code=code,
            customer_id=customer_id,
            entrant=entrant or (entrants or 0) + 1,
            key=key,
            ledger_entry_id=paid_entry,
            created_at=now,
        )
    )
    await session.flush()
    return code


async def _prize_code(
    session: AsyncSession, draw: PrizeDraw, customer_id: int, now: datetime
) -> Redemption:
    """A code for the counter, as a reward's; a collision draws another."""
    for _ in range(_CODE_ATTEMPTS):
        code = new_code(REDEMPTION_CODE_LENGTH)
        taken = await session.scalar(select(Redemption.id).where(Redemption.code == code))
        if taken is None:
            redemption = Redemption(
                code=code,
                customer_id=customer_id,
                kind=RedemptionKind.PRIZE,
                reward_key=prize_key(draw.id),
                points_cost=0,
                status=RedemptionStatus.PENDING,
                created_at=now,
                expires_at=now + timedelta(days=draw.prize_days),
            )
            session.add(redemption)
            await session.flush()
            return redemption
    raise RuntimeError("could not draw a free prize code")


async def _names(session: AsyncSession, customer_ids: list[int]) -> list[str]:
    rows = await session.execute(
        select(Customer.id, func.coalesce(Customer.name, Customer.member_code)).where(
            Customer.id.in_(customer_ids)
        )
    )
    names = {int(row[0]): str(row[1]) for row in rows}
    return [names.get(c, "?") for c in customer_ids]


async def _view(session: AsyncSession, draw: PrizeDraw, customer_id: int | None) -> DrawView:
    tickets, entrants = (
        await session.execute(
            select(func.count(), func.count(DrawTicket.customer_id.distinct())).where(
                DrawTicket.draw_id == draw.id
            )
        )
    ).one()
    mine: tuple[str, ...] = ()
    won_code = None
    if customer_id is not None:
        mine = tuple(
            await session.scalars(
                select(DrawTicket.code)
                .where(DrawTicket.draw_id == draw.id, DrawTicket.customer_id == customer_id)
                .order_by(DrawTicket.number)
            )
        )
        won_code = await session.scalar(
            select(Redemption.code)
            .join(DrawWinner, DrawWinner.redemption_id == Redemption.id)
            .where(DrawWinner.draw_id == draw.id, DrawWinner.customer_id == customer_id)
        )
    winning = tuple(
        await session.scalars(
            select(DrawTicket.code)
            .join(DrawWinner, DrawWinner.ticket_id == DrawTicket.id)
            .where(DrawWinner.draw_id == draw.id)
            .order_by(DrawWinner.place)
        )
    )
    drawn = draw.status is DrawStatus.DRAWN
    return DrawView(
        id=draw.id,
        prize=draw.prize,
        entry=draw.entry,
        threshold=draw.threshold,
        cap=draw.cap,
        winners=draw.winners,
        opens_at=draw.opens_at,
        closes_at=draw.closes_at,
        status=draw.status,
        commitment=draw.commitment,
        seed=draw.seed if drawn else None,
        tickets=int(tickets),
        entrants=int(entrants),
        mine=mine,
        winning=winning,
        won_code=won_code,
    )
