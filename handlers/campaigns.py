"""/campaigns (what was sent, is sending, or will be) and /cancel <id>."""

from __future__ import annotations

from bot.chat_types import Reply
from bot.i18n import Speaker
from bot.loyalty.campaigns import CampaignView
from bot.loyalty.errors import UnknownCampaign
from bot.numbers import whole_number
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


async def show_campaigns(req: Request, _: str = "") -> list[Reply]:
    campaigns = await req.loyalty.campaigns.recent()
    if not campaigns:
        return [Reply(req.speak("campaigns-none"))]
    lines = [req.speak("campaigns-title"), *(campaign_line(req.speak, c) for c in campaigns)]
    lines.append(req.speak("campaigns-footer"))
    return [Reply("\n".join(lines))]


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
