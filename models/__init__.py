"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""

from models.access import AccessLink, DashboardSession
from models.api_keys import ApiKey
from models.attempts import FailedAttempt
from models.audit import AuditEntry
from models.base import Base, UTCDateTime
from models.bundles import BundleHolding, BundleUse
from models.campaigns import (
    Campaign,
    CampaignHoldout,
    CampaignStatus,
    Delivery,
    DeliveryStatus,
    Purpose,
)
from models.conversation import ConversationState, ProcessedUpdate
from models.customer import ChannelIdentity, Customer, CustomerSearchWord, LinkCode
from models.draws import DrawEntryKind, DrawStatus, DrawTicket, DrawWinner, PrizeDraw
from models.enums import (
    LedgerKind,
    RedemptionKind,
    RedemptionStatus,
    ReferralStatus,
    StaffRole,
    StampCardStatus,
)
from models.feedback import Feedback
from models.imports import CustomerImport, ImportedLine
from models.inbox import InboundUpdate
from models.ledger import LedgerEntry
from models.memberships import MembershipPeriod
from models.offers import Offer, OfferBonus
from models.programme import ProgramVersion
from models.promotions import PromotionUse
from models.purchase_lines import PurchaseLine
from models.receipts import ReceiptCode
from models.referrals import Referral
from models.rewards import Redemption, Reward
from models.rfm import RfmRun, RfmScore
from models.rollout import NotedVisit
from models.staff import Branch, StaffMember
from models.stamps import StampCard, StampEvent
from models.surveys import Survey, SurveyAnswer
from models.tiers import TierAchievement
from models.webhooks import WebhookDelivery, WebhookEndpoint, WebhookStatus
from models.welcome import WelcomeGiven
from models.whatsapp_openings import WhatsAppOpening

__all__ = [
    "AccessLink",
    "ApiKey",
    "AuditEntry",
    "Base",
    "Branch",
    "BundleHolding",
    "BundleUse",
    "Campaign",
    "CampaignHoldout",
    "CampaignStatus",
    "ChannelIdentity",
    "ConversationState",
    "Customer",
    "CustomerImport",
    "CustomerSearchWord",
    "DashboardSession",
    "Delivery",
    "DeliveryStatus",
    "DrawEntryKind",
    "DrawStatus",
    "DrawTicket",
    "DrawWinner",
    "FailedAttempt",
    "Feedback",
    "ImportedLine",
    "InboundUpdate",
    "LedgerEntry",
    "LedgerKind",
    "LinkCode",
    "MembershipPeriod",
    "NotedVisit",
    "Offer",
    "OfferBonus",
    "PrizeDraw",
    "ProcessedUpdate",
    "ProgramVersion",
    "PromotionUse",
    "PurchaseLine",
    "Purpose",
    "ReceiptCode",
    "Redemption",
    "RedemptionKind",
    "RedemptionStatus",
    "Referral",
    "ReferralStatus",
    "Reward",
    "RfmRun",
    "RfmScore",
    "StaffMember",
    "StaffRole",
    "StampCard",
    "StampCardStatus",
    "StampEvent",
    "Survey",
    "SurveyAnswer",
    "TierAchievement",
    "UTCDateTime",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookStatus",
    "WelcomeGiven",
    "WhatsAppOpening",
]
