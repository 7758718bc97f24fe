"""Typed failures of the engine. Handlers translate `code` + `params` into the customer's
language (Fluent id `error-<code>` in locales/*/errors.ftl); the engine never writes text."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from bot.numbers import Money


class LoyaltyError(Exception):
    code: ClassVar[str] = "loyalty"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(f"{self.code}: {params}" if params else self.code)


class CustomerNotFound(LoyaltyError):
    code = "customer-not-found"

    def __init__(self, customer_id: int) -> None:
        super().__init__(customer_id=customer_id)


class UnknownMemberCode(LoyaltyError):
    code = "unknown-member-code"

    def __init__(self, member_code: str) -> None:
        super().__init__(member_code=member_code)


class CustomerErased(LoyaltyError):
    code = "customer-erased"

    def __init__(self, customer_id: int) -> None:
        super().__init__(customer_id=customer_id)


class InvalidAmount(LoyaltyError):
    code = "invalid-amount"

    def __init__(self, amount: str) -> None:
        super().__init__(amount=amount)


class AmbiguousAmount(LoyaltyError):
    """Separators that the shop's locale would read another way ("50,5" where a comma
    groups thousands): refused with the forms that are read one way only."""

    code = "ambiguous-amount"

    def __init__(self, amount: str, example: str, plain: str) -> None:
        super().__init__(amount=amount, example=example, plain=plain)


class PointsOutOfRange(LoyaltyError):
    """More points in one operation than the programme allows (an owner's /adjust)."""

    code = "points-out-of-range"

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit)


class BalanceLimitReached(LoyaltyError):
    """The balance would pass the most any account may hold (bot.loyalty.ledger)."""

    code = "balance-limit"

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit)


class TooManyAttempts(LoyaltyError):
    """Too many wrong codes from one person in a short time: a pause before the next try."""

    code = "too-many-attempts"

    def __init__(self, minutes: int) -> None:
        super().__init__(minutes=minutes)


class PurchaseBelowMinimum(LoyaltyError):
    code = "purchase-below-minimum"

    def __init__(self, minimum: Money) -> None:
        super().__init__(minimum=minimum)


class PurchaseTooLarge(LoyaltyError):
    code = "purchase-too-large"

    def __init__(self, maximum: Money) -> None:
        super().__init__(maximum=maximum)


class AwardLimitExceeded(LoyaltyError):
    """A staff member tried to give more points at once than allowed without an owner."""

    code = "award-limit-exceeded"

    def __init__(self, points: int, limit: int) -> None:
        super().__init__(points=points, limit=limit)


class IdempotencyConflict(LoyaltyError):
    """The key was used before for a different operation (another customer or amount)."""

    code = "idempotency-conflict"

    def __init__(self, key: str) -> None:
        super().__init__(key=key)


class InsufficientPoints(LoyaltyError):
    code = "insufficient-points"

    def __init__(self, needed: int, balance: int) -> None:
        super().__init__(needed=needed, balance=balance)


class UnknownReward(LoyaltyError):
    code = "unknown-reward"

    def __init__(self, reward: str) -> None:
        super().__init__(reward=reward)


class NoCompletedCard(LoyaltyError):
    code = "no-completed-card"

    def __init__(self) -> None:
        super().__init__()


class BranchNotStarted(LoyaltyError):
    """A staged roll-out: the programme has not started at this staff member's branch."""

    code = "branch-not-started"

    def __init__(self, branch: str) -> None:
        super().__init__(branch=branch)


class UnknownCard(LoyaltyError):
    """No stamp card of that name is stamped in this programme (or it was switched off)."""

    code = "unknown-card"

    def __init__(self, card: str) -> None:
        super().__init__(card=card)


class NotEnoughStamps(LoyaltyError):
    """A ladder step's reward needs more stamps than the card holds (or no such step)."""

    code = "not-enough-stamps"

    def __init__(self, needed: int, stamps: int) -> None:
        super().__init__(needed=needed, stamps=stamps)


class StampDailyCapReached(LoyaltyError):
    code = "stamp-daily-cap"

    def __init__(self, cap: int, today: int) -> None:
        super().__init__(cap=cap, today=today)


class StampCooldown(LoyaltyError):
    code = "stamp-cooldown"

    def __init__(self, retry_at: datetime) -> None:
        super().__init__(retry_at=retry_at)


class InvalidStampCount(LoyaltyError):
    code = "invalid-stamp-count"

    def __init__(self, maximum: int) -> None:
        super().__init__(maximum=maximum)


class RedemptionNotFound(LoyaltyError):
    code = "redemption-not-found"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class RedemptionExpired(LoyaltyError):
    code = "redemption-expired"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class RedemptionAlreadyUsed(LoyaltyError):
    code = "redemption-used"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class RedemptionCancelled(LoyaltyError):
    code = "redemption-cancelled"

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class NotAllowed(LoyaltyError):
    """The actor's role does not permit this operation."""

    code = "not-allowed"

    def __init__(self, operation: str) -> None:
        super().__init__(operation=operation)


class LastOwner(LoyaltyError):
    """Erasing or dismissing the shop's only owner would leave nobody to run the programme
    (and the way back, `bot.py setup-link`, needs a terminal): another owner first."""

    code = "last-owner"


class NothingToUndo(LoyaltyError):
    code = "nothing-to-undo"

    def __init__(self) -> None:
        super().__init__()


class UndoNotPossible(LoyaltyError):
    """Too late (minutes > 0), or the points/stamps were already used (minutes == 0)."""

    code = "undo-not-possible"

    def __init__(self, minutes: int) -> None:
        super().__init__(minutes=minutes)


class FeedbackNotPossible(LoyaltyError):
    """Not the customer's purchase, too long ago, rated already, or a rating outside 1-5."""

    code = "feedback-not-possible"

    def __init__(self) -> None:
        super().__init__()


class UnknownSegment(LoyaltyError):
    code = "unknown-segment"

    def __init__(self, segment: str) -> None:
        super().__init__(segment=segment)


class InvalidCampaign(LoyaltyError):
    """No text, a language we do not speak, or a text too long for one message."""

    code = "invalid-campaign"

    def __init__(self) -> None:
        super().__init__()


class InvalidSchedule(LoyaltyError):
    """A time that cannot be read, or one that has already passed."""

    code = "invalid-schedule"

    def __init__(self, when: str) -> None:
        super().__init__(when=when)


class UnknownCampaign(LoyaltyError):
    code = "unknown-campaign"

    def __init__(self, campaign: str) -> None:
        super().__init__(campaign=campaign)


class CampaignClosed(LoyaltyError):
    """Cancelling a campaign that has already finished (or was cancelled)."""

    code = "campaign-closed"

    def __init__(self, campaign: int) -> None:
        super().__init__(campaign=campaign)


class UnknownOffer(LoyaltyError):
    code = "unknown-offer"

    def __init__(self, offer: str) -> None:
        super().__init__(offer=offer)


class OfferNotOpen(LoyaltyError):
    """The offer has ended, was withdrawn, or has not started."""

    code = "offer-not-open"

    def __init__(self, offer: str) -> None:
        super().__init__(offer=offer)


class OfferAlreadyClaimed(LoyaltyError):
    code = "offer-already-claimed"

    def __init__(self, offer: str) -> None:
        super().__init__(offer=offer)


class InvalidOffer(LoyaltyError):
    """A bonus out of range, an end before the start, or an image too large."""

    code = "invalid-offer"

    def __init__(self) -> None:
        super().__init__()


class LinkCodeInvalid(LoyaltyError):
    """Unknown, used or expired."""

    code = "link-code-invalid"

    def __init__(self) -> None:
        super().__init__()


class LinkNotPossible(LoyaltyError):
    """This chat already has an account of its own."""

    code = "link-not-possible"

    def __init__(self) -> None:
        super().__init__()


class LinkRefused(LoyaltyError):
    """A one-time link that is unknown, already used or expired (one answer for all three,
    so trying links teaches nothing)."""

    code = "link-refused"


class ImportRefused(LoyaltyError):
    """A customer file that cannot be imported at all: `reason` is too-large, not-csv,
    empty, too-many-lines or unknown."""

    code = "import-refused"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class ReceiptCodeUnknown(LoyaltyError):
    """No receipt has this code (a typing mistake, or a guess: counted as a wrong code)."""

    code = "receipt-code-unknown"

    def __init__(self, receipt_code: str) -> None:
        super().__init__(receipt_code=receipt_code)


class ReceiptCodeExpired(LoyaltyError):
    code = "receipt-code-expired"

    def __init__(self, day: date, days: int) -> None:
        super().__init__(day=day, days=days)


class ReceiptCodeTaken(LoyaltyError):
    """Another customer collected this receipt's points first."""

    code = "receipt-code-taken"

    def __init__(self) -> None:
        super().__init__()


class ReceiptReused(LoyaltyError):
    """A code asked again for a receipt that already has one, with another amount."""

    code = "receipt-reused"

    def __init__(self, receipt: str) -> None:
        super().__init__(receipt=receipt)


class InvalidReceipt(LoyaltyError):
    """No receipt number, or a branch the programme does not have."""

    code = "invalid-receipt"

    def __init__(self) -> None:
        super().__init__()


class InvalidApiKey(LoyaltyError):
    """A key that cannot be made: `reason` is name (empty or too long), scopes (none, or
    one the API does not have) or branch (one the programme does not have)."""

    code = "invalid-api-key"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class ReceiptNotFound(LoyaltyError):
    """A refund for a receipt that earned nothing at this branch."""

    code = "receipt-not-found"

    def __init__(self, receipt: str) -> None:
        super().__init__(receipt=receipt)


class ReceiptPointsSpent(LoyaltyError):
    """A refund whose points the customer has already spent: taking them back would
    overdraw the account, so nothing is taken back."""

    code = "receipt-points-spent"

    def __init__(self, points: int, balance: int) -> None:
        super().__init__(points=points, balance=balance)


class PhoneShared(LoyaltyError):
    """Several members have this phone number: the member code tells them apart."""

    code = "phone-shared"

    def __init__(self, count: int) -> None:
        super().__init__(count=count)


class InvalidPurchaseLine(LoyaltyError):
    """A line of a purchase without a usable category, or with an amount or quantity out
    of range: `line` counts from 1."""

    code = "invalid-purchase-line"

    def __init__(self, line: int) -> None:
        super().__init__(line=line)


class InvalidWebhook(LoyaltyError):
    """A webhook that cannot be added: `reason` is url (not https, or not a web address)
    or events (one the bot does not send)."""

    code = "invalid-webhook"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class DrawNotFound(LoyaltyError):
    code = "draw-not-found"

    def __init__(self, draw: int) -> None:
        super().__init__(draw=draw)


class DrawClosed(LoyaltyError):
    """The draw has closed (or was drawn or cancelled): no more tickets."""

    code = "draw-closed"

    def __init__(self, draw: int) -> None:
        super().__init__(draw=draw)


class DrawTicketCap(LoyaltyError):
    code = "draw-ticket-cap"

    def __init__(self, cap: int) -> None:
        super().__init__(cap=cap)


class DrawNotDue(LoyaltyError):
    """An owner asked for the draw before its closing time (it draws itself then)."""

    code = "draw-not-due"

    def __init__(self, draw: int, closes: date) -> None:
        super().__init__(draw=draw, closes=closes)


class DrawAlreadyDrawn(LoyaltyError):
    code = "draw-already-drawn"

    def __init__(self, draw: int) -> None:
        super().__init__(draw=draw)


class InvalidDraw(LoyaltyError):
    """Details of a new draw outside what the bot runs: `field` is prize, closes, threshold,
    cap or winners."""

    code = "invalid-draw"

    def __init__(self, field: str) -> None:
        super().__init__(field=field)


class SurveyNotFound(LoyaltyError):
    """No such survey or choice, or a survey the customer was not asked."""

    code = "survey-not-found"

    def __init__(self) -> None:
        super().__init__()


class InvalidSurvey(LoyaltyError):
    """A survey outside what the bot sends: `field` is question or choices."""

    code = "invalid-survey"

    def __init__(self, field: str) -> None:
        super().__init__(field=field)


class UnknownBundle(LoyaltyError):
    """No bundle on sale by that name or number."""

    code = "unknown-bundle"

    def __init__(self, bundle: str) -> None:
        super().__init__(bundle=bundle)


class NoBundleHeld(LoyaltyError):
    """The customer holds no bundle with uses left (none bought, used up or ended)."""

    code = "no-bundle-held"

    def __init__(self) -> None:
        super().__init__()


class WhichBundle(LoyaltyError):
    """The customer holds more than one kind of bundle: staff must say which to use."""

    code = "which-bundle"

    def __init__(self, keys: tuple[str, ...]) -> None:
        super().__init__()
        self.keys = keys


class UnknownMembership(LoyaltyError):
    """No membership on sale by that name or number."""

    code = "unknown-membership"

    def __init__(self, membership: str) -> None:
        super().__init__(membership=membership)


ALL_ERRORS: tuple[type[LoyaltyError], ...] = (
    UnknownCard,
    NotEnoughStamps,
    BranchNotStarted,
    UnknownMembership,
    UnknownBundle,
    NoBundleHeld,
    WhichBundle,
    SurveyNotFound,
    InvalidSurvey,
    DrawNotFound,
    DrawClosed,
    DrawTicketCap,
    DrawNotDue,
    DrawAlreadyDrawn,
    InvalidDraw,
    InvalidWebhook,
    InvalidPurchaseLine,
    InvalidApiKey,
    ReceiptNotFound,
    ReceiptPointsSpent,
    PhoneShared,
    ReceiptCodeUnknown,
    ReceiptCodeExpired,
    ReceiptCodeTaken,
    ReceiptReused,
    InvalidReceipt,
    LinkRefused,
    ImportRefused,
    CustomerNotFound,
    UnknownMemberCode,
    CustomerErased,
    InvalidAmount,
    AmbiguousAmount,
    PointsOutOfRange,
    BalanceLimitReached,
    TooManyAttempts,
    PurchaseBelowMinimum,
    PurchaseTooLarge,
    AwardLimitExceeded,
    IdempotencyConflict,
    InsufficientPoints,
    UnknownReward,
    NoCompletedCard,
    StampDailyCapReached,
    StampCooldown,
    InvalidStampCount,
    RedemptionNotFound,
    RedemptionExpired,
    RedemptionAlreadyUsed,
    RedemptionCancelled,
    NotAllowed,
    LastOwner,
    NothingToUndo,
    UndoNotPossible,
    FeedbackNotPossible,
    UnknownSegment,
    InvalidCampaign,
    InvalidSchedule,
    UnknownCampaign,
    CampaignClosed,
    UnknownOffer,
    OfferNotOpen,
    OfferAlreadyClaimed,
    InvalidOffer,
    LinkCodeInvalid,
    LinkNotPossible,
)
