"""What the platforms report about messages they accepted: WhatsApp's "failed" status for
a message it took and then could not deliver fails that message's outbox row, with the
platform's reason, so the campaign report counts it as failed, not sent; its "delivered"
and "read" receipts are kept on the row for the campaign's delivered and read rates."""

from __future__ import annotations

from sqlalchemy import func, update

from bot.loyalty.context import EngineContext
from models import Delivery, DeliveryStatus


class DeliveryService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def failed_after_sending(self, platform_message_id: str, reason: str) -> None:
        async with self._ctx.db.write() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.platform_message_id == platform_message_id)
                .values(status=DeliveryStatus.FAILED, last_error=reason[:200])
                .execution_options(synchronize_session=False)
            )

    async def delivered(self, platform_message_id: str, *, read: bool) -> None:
        """A receipt: delivered to the phone, or read (which implies delivered). The first
        time of each is kept; receipts that come twice or out of order change nothing."""
        now = self._ctx.clock.now()
        values = {"delivered_at": func.coalesce(Delivery.delivered_at, now)}
        if read:
            values["read_at"] = func.coalesce(Delivery.read_at, now)
        async with self._ctx.db.write() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.platform_message_id == platform_message_id)
                .values(values)
                .execution_options(synchronize_session=False)
            )
