"""What the platforms report about messages they accepted: WhatsApp's "failed" status for
a message it took and then could not deliver fails that message's outbox row, with the
platform's reason, so the campaign report counts it as failed, not sent."""

from __future__ import annotations

from sqlalchemy import update

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
