"""The loyalty engine: services over the database. No chat concepts, no user-facing text."""

from __future__ import annotations

from dataclasses import dataclass

from bot.loyalty.access import AccessService
from bot.loyalty.api_keys import ApiKeyService
from bot.loyalty.bundles import BundleService
from bot.loyalty.campaigns import CampaignService
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.customers import CustomerService
from bot.loyalty.deliveries import DeliveryService
from bot.loyalty.draws import DrawService
from bot.loyalty.expiry import ExpiryService
from bot.loyalty.export import ExportService
from bot.loyalty.feedback import FeedbackService
from bot.loyalty.holdouts import HoldoutService
from bot.loyalty.imports import ImportService
from bot.loyalty.memberships import MembershipService
from bot.loyalty.offers import OfferService
from bot.loyalty.openings import OpeningService
from bot.loyalty.points import PointsService
from bot.loyalty.programme import ProgramVersions
from bot.loyalty.promotions import PromotionService
from bot.loyalty.purchases import PurchaseService
from bot.loyalty.receipt_codes import ReceiptCodeService
from bot.loyalty.redemptions import RedemptionService
from bot.loyalty.refunds import RefundService
from bot.loyalty.reminders import ReminderService
from bot.loyalty.rfm import RfmService
from bot.loyalty.segments import SegmentService, purchases_not_undone
from bot.loyalty.staff import StaffService
from bot.loyalty.stamps import StampService
from bot.loyalty.stats import StatsService
from bot.loyalty.summary import SummaryService
from bot.loyalty.surveys import SurveyService
from bot.loyalty.tiers import TierService
from bot.loyalty.undo import UndoService
from bot.loyalty.webhooks import WebhookService


@dataclass(frozen=True, slots=True)
class Loyalty:
    """Every engine service, built once in the composition root and passed in."""

    customers: CustomerService
    purchases: PurchaseService
    stamps: StampService
    redemptions: RedemptionService
    points: PointsService
    tiers: TierService
    expiry: ExpiryService
    summary: SummaryService
    staff: StaffService
    undo: UndoService
    stats: StatsService
    export: ExportService
    feedback: FeedbackService
    segments: SegmentService
    offers: OfferService
    campaigns: CampaignService
    reminders: ReminderService
    deliveries: DeliveryService
    programme: ProgramVersions
    access: AccessService
    imports: ImportService
    receipts: ReceiptCodeService
    api_keys: ApiKeyService
    refunds: RefundService
    webhooks: WebhookService
    openings: OpeningService
    holdouts: HoldoutService
    draws: DrawService
    surveys: SurveyService
    promotions: PromotionService
    bundles: BundleService
    memberships: MembershipService
    rfm: RfmService

    @classmethod
    def build(cls, ctx: EngineContext) -> Loyalty:
        expiry = ExpiryService(ctx)
        segments = SegmentService(ctx)
        points = PointsService(ctx)
        offers = OfferService(ctx, points)
        tiers = TierService(ctx)
        staff = StaffService(ctx)
        purchases = PurchaseService(ctx)
        openings = OpeningService(ctx)
        campaigns = CampaignService(ctx, segments, offers, openings)
        bundles = BundleService(ctx)
        memberships = MembershipService(ctx)
        return cls(
            customers=CustomerService(ctx),
            purchases=purchases,
            stamps=StampService(ctx),
            redemptions=RedemptionService(ctx),
            points=points,
            tiers=tiers,
            expiry=expiry,
            summary=SummaryService(ctx, expiry),
            staff=staff,
            undo=UndoService(ctx),
            stats=StatsService(ctx),
            export=ExportService(ctx),
            feedback=FeedbackService(ctx),
            segments=segments,
            offers=offers,
            campaigns=campaigns,
            reminders=ReminderService(ctx, expiry, points, tiers, bundles, memberships),
            deliveries=DeliveryService(ctx),
            programme=ProgramVersions(ctx),
            access=AccessService(ctx, staff),
            imports=ImportService(ctx),
            receipts=ReceiptCodeService(ctx, purchases),
            api_keys=ApiKeyService(ctx),
            refunds=RefundService(ctx),
            webhooks=WebhookService(ctx),
            openings=openings,
            holdouts=HoldoutService(ctx),
            draws=DrawService(ctx),
            surveys=SurveyService(ctx, campaigns),
            promotions=PromotionService(ctx),
            bundles=bundles,
            memberships=memberships,
            rfm=RfmService(ctx, purchases_not_undone()),
        )


__all__ = ["Actor", "EngineContext", "Loyalty"]
