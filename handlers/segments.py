"""/segments: every segment an offer can go to, with how many customers it reaches now."""

from __future__ import annotations

from bot.chat_types import Reply
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole


async def show_segments(req: Request, _: str = "") -> list[Reply]:
    speak = req.speak
    sizes = await req.loyalty.segments.sizes(await req.loyalty.segments.listed())
    lines = [speak("segments-title")]
    lines += [speak("segments-line", segment=segment.name, count=count) for segment, count in sizes]
    as_of = await req.loyalty.rfm.as_of()
    if as_of is not None:  # the RFM segments read the nightly scores: say how old they are
        lines.append(speak("segments-rfm-as-of", day=speak.date(as_of), time=speak.time(as_of)))
    lines.append(speak("segments-footer"))
    return [Reply("\n".join(lines))]


FEATURE = Feature(commands=(Command("segments", show_segments, role=StaffRole.OWNER),))
