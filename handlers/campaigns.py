"""/campaigns (what was sent, is sending, or will be), /campaigns <n> (one, with what it
changed against the people kept back) and /cancel <id>."""

from __future__ import annotations

from decimal import Decimal

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.loyalty.campaigns import CampaignView
from bot.loyalty.errors import UnknownCampaign
from bot.loyalty.holdouts import Group, HoldoutService, Uplift
from bot.numbers import whole_number
from bot.program import Program
from handlers.describe import describe_moment, describe_repeat
from handlers.feature import Command, Feature
from handlers.request import Request
from models import CampaignStatus, DeliveryStatus, StaffRole

STATUS_IDS = {
    CampaignStatus.DRAFT: "campaigns-status-draft",
    CampaignStatus.SCHEDULED: "campaigns-status-scheduled",
    CampaignStatus.REPEATING: "campaigns-status-repeating",
    CampaignStatus.SENDING: "campaigns-status-sending",
    CampaignStatus.DONE: "campaigns-status-done",
    CampaignStatus.CANCELLED: "campaigns-status-cancelled",
    CampaignStatus.MISSED: "campaigns-status-missed",
}


EFFECT_DAYS = (7, 30)


def campaign_line(speak: Speaker, campaign: CampaignView) -> str:
    """One campaign in a line: scheduled, repeating, sending (done of total) or finished."""
    counts = campaign.counts
    total = sum(counts.values())
    status = campaign.status
    common = {"campaign": campaign.id, "segment": campaign.segment, "title": campaign.title[:40]}
    if status is CampaignStatus.REPEATING and campaign.repeat and campaign.scheduled_for:
        return speak(
            "campaigns-line-repeating",
            rule=describe_repeat(speak, campaign.repeat),
            next=describe_moment(speak, campaign.scheduled_for),
            **common,
        )
    if status is CampaignStatus.SCHEDULED and campaign.scheduled_for:
        return speak(
            "campaigns-line-scheduled",
            when=describe_moment(speak, campaign.scheduled_for),
            **common,
        )
    if status is CampaignStatus.SENDING:
        waiting = counts.get(DeliveryStatus.PENDING, 0) + counts.get(DeliveryStatus.SENDING, 0)
        line = speak("campaigns-line-sending", done=total - waiting, total=total, **common)
        return line + receipts_line(speak, campaign)
    line = speak(
        "campaigns-line-finished",
        status=speak(STATUS_IDS[status]),
        sent=counts.get(DeliveryStatus.SENT, 0),
        blocked=counts.get(DeliveryStatus.BLOCKED, 0),
        failed=counts.get(DeliveryStatus.FAILED, 0),
        skipped=counts.get(DeliveryStatus.SKIPPED, 0),
        **common,
    )
    return line + receipts_line(speak, campaign)


def receipts_line(speak: Speaker, campaign: CampaignView) -> str:
    """WhatsApp's delivered and read rates under a campaign that used it; Telegram has no
    receipts for bots, so its messages are only "sent"."""
    receipts = campaign.receipts
    if receipts is None or not receipts.whatsapp:
        return ""
    return "\n" + speak(
        "campaigns-receipts",
        sent=receipts.whatsapp,
        delivered=receipts.delivered,
        read=receipts.read,
        delivered_share=round(100 * receipts.delivered / receipts.whatsapp),
        read_share=round(100 * receipts.read / receipts.whatsapp),
        others=receipts.others,
    )


async def show_campaigns(req: Request, args: str = "") -> list[Reply]:
    if args.strip():
        return await _one(req, args.strip().lstrip("#"))
    campaigns = await req.loyalty.campaigns.recent()
    if not campaigns:
        return [Reply(req.speak("campaigns-none"))]
    lines = [req.speak("campaigns-title"), *(campaign_line(req.speak, c) for c in campaigns)]
    lines.append(req.speak("campaigns-footer"))
    return [Reply("\n".join(lines))]


async def _one(req: Request, arg: str) -> list[Reply]:
    """`/campaigns <n>`: the campaign, and what it changed against the people kept back."""
    campaign_id = whole_number(arg)
    if campaign_id is None:
        raise UnknownCampaign(campaign=arg[:20])
    view = await req.loyalty.campaigns.view(campaign_id)
    lines = [campaign_line(req.speak, view)]
    lines += await effect_lines(req.speak, req.loyalty.holdouts, campaign_id, req.program)
    return [Reply("\n".join(lines))]


async def effect_lines(
    speak: Speaker, holdouts: HoldoutService, campaign_id: int, program: Program
) -> list[str]:
    """The campaign's effect after 7 and 30 days (so far, while they run), in words."""
    lines: list[str] = []
    for days in EFFECT_DAYS:
        uplift = await holdouts.uplift(campaign_id, days)
        if uplift is None:
            return [speak("campaign-uplift-none", campaign=campaign_id)]
        lines.append(uplift_words(speak, uplift, program.shop.currency_digits))
        if not uplift.complete:
            break  # the 30 days are not there before the 7 are
    return lines


def uplift_words(speak: Speaker, uplift: Uplift, digits: int) -> str:
    verdict = uplift.verdict
    low, high, difference = uplift.low, uplift.high, uplift.difference
    if verdict == "fewer":  # said as "fewer", so the numbers are the sizes of the drop
        low, high, difference = -high, -low, -difference
    reached, held = uplift.reached, uplift.held

    def per_person(total: float, group: Group) -> Decimal:
        return Decimal(total / group.people if group.people else 0).quantize(Decimal("0.1"))

    text = speak(
        "campaign-uplift",
        campaign=uplift.campaign_id,
        days=uplift.days,
        complete="yes" if uplift.complete else "no",
        reached=round(100 * reached.share),
        held=round(100 * held.share),
        people=held.people,
        verdict=verdict,
        difference=round(difference),
        low=round(low),
        high=round(high),
    )
    figures = speak(
        "campaign-uplift-figures",
        visits_reached=speak.number(per_person(reached.visits, reached)),
        visits_held=speak.number(per_person(held.visits, held)),
        spend_reached=speak.money(_money(reached, digits)),
        spend_held=speak.money(_money(held, digits)),
        redeemed_reached=speak.number(per_person(reached.redeemed, reached)),
        redeemed_held=speak.number(per_person(held.redeemed, held)),
    )
    return f"{text}\n{figures}"


def _money(group: Group, digits: int) -> Decimal:
    """Spend per person, in the shop's currency, whole units."""
    if not group.people:
        return Decimal(0)
    return (Decimal(group.spend_minor).scaleb(-digits) / group.people).quantize(Decimal(1))


async def cancel(req: Request, args: str) -> list[Reply]:
    arg = args.strip().lstrip("#")
    if not arg:
        return [Reply(req.speak("campaigns-cancel-usage"))]
    campaign_id = whole_number(arg)
    if campaign_id is None:
        raise UnknownCampaign(campaign=arg[:20])
    report = await req.loyalty.campaigns.cancel(campaign_id, actor=req.staff)
    counts = report.counts
    text = req.speak(
        "campaigns-cancelled",
        campaign=report.campaign_id,
        sent=counts.get(DeliveryStatus.SENT, 0),
        stopped=counts.get(DeliveryStatus.SKIPPED, 0),
    )
    return [Reply(text)]


FEATURE = Feature(
    commands=(
        Command("campaigns", show_campaigns, role=StaffRole.OWNER),
        Command("cancel", cancel, role=StaffRole.OWNER),
    ),
)
