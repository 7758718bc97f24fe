"""/export: customers and ledger as CSV files in the chat (owners only)."""

from __future__ import annotations

from bot.chat_types import Attachment, Reply
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole


async def export(req: Request, _: str = "") -> list[Reply]:
    exports = req.loyalty.export
    day = req.deps.clock.now().astimezone(req.program.shop.tz).date().isoformat()
    files = (
        Attachment(f"customers-{day}.csv", await exports.customers_csv(actor=req.staff)),
        Attachment(f"ledger-{day}.csv", await exports.ledger_csv(actor=req.staff)),
    )
    return [Reply(req.speak("staff-export"), files=files)]


FEATURE = Feature(commands=(Command("export", export, role=StaffRole.OWNER),))
