"""The API's requests and answers, as pydantic models: they check what a till sends and are
the source of the OpenAPI document's schemas, so the document cannot drift from the code."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Request(BaseModel):
    # A misspelt field is an error, not silently ignored: "reciept" would lose the key.
    model_config = ConfigDict(extra="forbid")


class Line(_Request):
    category: str = Field(
        min_length=1,
        max_length=32,
        description='a product category ("pastry", "hot-drinks"): segments find customers '
        'by it ("bought:pastry:60"); Latin letters, digits, "-" and "_"',
    )
    amount: Decimal = Field(description="the line's amount, in the shop's currency")
    quantity: int = Field(default=1, ge=1, le=10_000)


class Purchase(_Request):
    member: str = Field(description="the member code, as printed on the member card", max_length=64)
    amount: Decimal = Field(
        description="the amount paid, in the shop's currency, with a dot for decimals "
        '(450 or "450.50")'
    )
    receipt: str = Field(
        min_length=1,
        max_length=64,
        description="the receipt number: a purchase is recorded once per receipt and branch",
    )
    lines: list[Line] = Field(
        default_factory=list,
        max_length=100,
        description="what was bought, by product category (optional; stored the first time)",
    )


class Stamps(_Request):
    member: str = Field(max_length=64)
    count: int = Field(default=1, ge=1, le=100)
    card: str = Field(
        default="main",
        max_length=32,
        description='which stamp card, by its key in the programme ("main": the [stamps] card)',
    )
    request_id: str = Field(
        min_length=1,
        max_length=64,
        description="the till's id for this request: sent again, the stamps are given once",
    )


class Confirm(_Request):
    code: str = Field(min_length=1, max_length=16, description="the code the customer shows")


class Refund(_Request):
    receipt: str = Field(min_length=1, max_length=64)


class ReceiptCodeRequest(_Request):
    amount: Decimal
    receipt: str = Field(min_length=1, max_length=64)


class BundleSale(_Request):
    member: str = Field(max_length=64)
    bundle: str = Field(
        min_length=1, max_length=100, description="the bundle's key in the programme, or its name"
    )
    request_id: str = Field(
        min_length=1,
        max_length=64,
        description="the till's id for this sale: sent again, sold once",
    )


class BundleUseRequest(_Request):
    member: str = Field(max_length=64)
    bundle: str | None = Field(
        default=None,
        max_length=100,
        description="which bundle, when the member holds more than one kind",
    )
    request_id: str = Field(
        min_length=1,
        max_length=64,
        description="the till's id for this visit: sent again, used once",
    )


class BundleHeld(BaseModel):
    member_code: str
    bundle: str = Field(description="the bundle's key in the programme")
    bundle_name: str = Field(description="in English")
    uses_left: int
    uses_total: int
    ends_at: datetime
    duplicate: bool = Field(description="true: this request id did this before, nothing more")


class Member(BaseModel):
    member_code: str
    name: str | None
    language: str
    points: int
    tier: str
    tier_name: str = Field(description="in English; the customer sees it in their language")
    next_tier: str | None
    points_to_next_tier: int
    stamps: int = Field(description="on the card being filled")
    stamp_slots: int
    full_cards: int = Field(description="full stamp cards waiting for their reward")
    expiring_points: int
    expiring_on: date | None


class PromotionApplied(BaseModel):
    """The one promotion the purchase or stamps got, for the till to print or show."""

    happy_hour: str | None = Field(description="the happy hour's key; null for an offer")
    name: str = Field(description="the happy hour's name in English, or the offer's title")
    multiplier: Decimal = Field(description="the points were multiplied by this")
    bonus_stamps: int = Field(description="stamps added on top of those asked for")


class PurchaseRecorded(BaseModel):
    member_code: str
    receipt: str
    points: int = Field(description="earned by this purchase, a promotion included")
    balance: int
    tier: str
    duplicate: bool = Field(description="true: this receipt was recorded before, nothing added")
    promotion: PromotionApplied | None = None


class StampsAdded(BaseModel):
    member_code: str
    card: str = Field(description="the stamp card's key")
    added: int = Field(description="stamps asked for")
    bonus: int = Field(default=0, description="stamps a happy hour added on top")
    stamps: int
    stamp_slots: int
    full_cards: int
    duplicate: bool
    promotion: PromotionApplied | None = None


class RewardHandedOver(BaseModel):
    member_code: str
    kind: str = Field(description='"points" (a reward from the catalogue) or "stamp_card"')
    reward: str = Field(
        description="the reward's key in the programme; a stamp card's: "
        '"stamp-card", "card:<card>" or a ladder step\'s "step:<card>:<stamps>"'
    )
    reward_name: str = Field(description="in English")
    points: int = Field(description="what it cost, in points (0 for a stamp card)")


class Refunded(BaseModel):
    member_code: str
    receipt: str
    points_taken_back: int
    balance: int
    duplicate: bool = Field(description="true: refunded before, nothing more taken back")


class ReceiptCodeIssued(BaseModel):
    code: str
    receipt: str
    amount: Decimal
    expires_at: datetime
    telegram_link: str | None = Field(description="t.me link that collects the points")
    whatsapp_link: str | None = Field(description="wa.me link with the code as the message")


class Problem(BaseModel):
    code: str = Field(description="stable: a till may act on it")
    message: str = Field(description="for the staff member, in the Accept-Language asked for")
    details: dict[str, Any] = Field(default_factory=dict)


class Error(BaseModel):
    error: Problem
