"""Ratings of visits: one per purchase, by the customer who made it, soon after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.loyalty import notices
from bot.loyalty.context import EngineContext
from bot.loyalty.errors import FeedbackNotPossible
from bot.text import plain_text
from models import Customer, Feedback, LedgerEntry, LedgerKind

# A rating is about a visit the customer still remembers.
RATING_WINDOW = timedelta(days=7)
LOW_RATING = 3  # and below: the owners are told; 4 and 5: the public review page is offered
COMMENT_MAX = 500


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    count: int
    average: float | None
    latest_comments: tuple[tuple[int, str], ...]  # (rating, comment), newest first


class FeedbackService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def rate(self, customer_id: int, entry_id: int, rating: int) -> int:
        """Store a rating of the purchase `entry_id`; returns the feedback id."""
        if not 1 <= rating <= 5:
            raise FeedbackNotPossible()
        now = self._ctx.clock.now()
        try:
            async with self._ctx.db.write() as session:
                entry = await session.get(LedgerEntry, entry_id)
                # Only the customer's own, real purchase, and only recently.
                if (
                    entry is None
                    or entry.customer_id != customer_id
                    or entry.kind is not LedgerKind.EARN
                    or entry.purchase_minor is None
                    or now - entry.created_at > RATING_WINDOW
                ):
                    raise FeedbackNotPossible()
                feedback = Feedback(
                    customer_id=customer_id,
                    ledger_entry_id=entry_id,
                    branch_id=entry.branch_id,
                    rating=rating,
                    created_at=now,
                )
                session.add(feedback)
                await session.flush()
                if rating <= LOW_RATING:
                    # Kept private, and the owners hear of it at once, to put it right.
                    name, code = (
                        await session.execute(
                            select(Customer.name, Customer.member_code).where(
                                Customer.id == customer_id
                            )
                        )
                    ).one()
                    await notices.tell_owners(
                        session,
                        f"lowrating:{feedback.id}",
                        "staff-note-low-rating",
                        now,
                        rating=rating,
                        name=name or code,
                        code=code,
                    )
                return feedback.id
        except IntegrityError:
            raise FeedbackNotPossible() from None  # this visit was rated already

    async def comment(self, customer_id: int, feedback_id: int, text: str) -> None:
        cleaned = plain_text(text)[:COMMENT_MAX]
        async with self._ctx.db.write() as session:
            feedback = await session.get(Feedback, feedback_id)
            if feedback is None or feedback.customer_id != customer_id:
                raise FeedbackNotPossible()
            feedback.comment = cleaned or None

    async def summary(self, since: datetime, latest: int = 3) -> FeedbackSummary:
        async with self._ctx.db.read() as session:
            count, average = (
                await session.execute(
                    select(func.count(Feedback.id), func.avg(Feedback.rating)).where(
                        Feedback.created_at > since
                    )
                )
            ).one()
            comments = await session.execute(
                select(Feedback.rating, Feedback.comment)
                .where(Feedback.created_at > since, Feedback.comment.is_not(None))
                .order_by(Feedback.created_at.desc(), Feedback.id.desc())
                .limit(latest)
            )
            return FeedbackSummary(
                int(count),
                float(average) if average is not None else None,
                tuple((int(r), str(c)) for r, c in comments),
            )
