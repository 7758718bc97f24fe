"""The loyalty programme as the owner describes it in one TOML file.

Everything a customer sees by name (tiers, rewards, branches' perks) carries a text in each
of the four languages, so the file is refused at start-up if one is missing rather than a
customer meeting an English word in a Greek menu.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, is_currency
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.images.logo import check_kept
from bot.languages import LANGUAGES, Language

Key = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,31}$")]

# Every number in the programme has a range a real shop stays far inside, so a typing
# slip (1e30 points per shilling, a 999999999-day expiry) is refused when the programme is
# loaded, and no sum of points can ever approach a 64-bit column's limit.
MAX_POINTS = 1_000_000_000  # a tier threshold, a reward's price, points in one operation
MAX_BONUS_POINTS = 1_000_000  # one birthday, referral or welcome gift
MAX_MONEY = Decimal(1_000_000_000)  # one purchase, in the shop's currency
MAX_PROMOTION_MULTIPLIER = 3  # a happy hour's points multiplier; Earn's guard counts on it
Points = Annotated[int, Field(ge=0, le=MAX_POINTS)]
BonusPoints = Annotated[int, Field(ge=0, le=MAX_BONUS_POINTS)]


class _Strict(BaseModel):
    # A misspelt key ("treshold") must be an error, not a silently ignored line.
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(_Strict):
    en: str = Field(min_length=1)
    sw: str = Field(min_length=1)
    el: str = Field(min_length=1)
    am: str = Field(min_length=1)

    def get(self, language: Language) -> str:
        return str(getattr(self, language))


class Shop(_Strict):
    name: str = Field(min_length=1, max_length=100)
    currency: str = "EUR"
    timezone: str = "UTC"
    default_language: Language = "en"
    # How amounts are typed at the till ("en_KE": 50,000.50; "el_GR": 50.000,50); the
    # default language's own convention when unset.
    locale: str | None = None

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, value: str) -> str:
        if not is_currency(value):
            raise ValueError(f"unknown ISO 4217 currency code {value!r}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (use an IANA name such as Africa/Nairobi)"
            ) from None
        return value

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            Locale.parse(value)
        except (UnknownLocaleError, ValueError):
            raise ValueError(f"unknown locale {value!r} (e.g. en_KE, sw_KE, el_GR)") from None
        return value

    @property
    def amount_locale(self) -> str:
        return self.locale or self.default_language

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def currency_digits(self) -> int:
        return int(get_currency_precision(self.currency))


Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]


class Brand(_Strict):
    """How the pictures the bot draws (stamp card, member card) look: the shop's colours and
    logo. The shop's name comes from [shop]."""

    colour: Colour = "#2d6a4f"  # the card's band and the stamps
    accent: Colour = "#f2a65a"  # what asks for attention: a full card waiting
    background: Colour = "#fbf7f0"
    # A PNG or JPEG, relative to the programme file; drawn in the band beside the name.
    logo: Path | None = None
    # The logo uploaded in the dashboard, kept in the programme (a base64 PNG, made small on
    # upload); drawn instead of `logo` when both are set.
    logo_png: str | None = None

    @field_validator("logo_png")
    @classmethod
    def _picture(cls, value: str | None) -> str | None:
        return None if value is None else check_kept(value)


class Earn(_Strict):
    points_per_unit: Decimal = Field(gt=0, le=1000, description="points per one unit of currency")
    minimum_purchase: Decimal = Field(default=Decimal(0), ge=0, le=MAX_MONEY)
    # Largest purchase a till may record in one go; guards against a mistyped 10000 for 10.
    maximum_purchase: Decimal = Field(default=Decimal(100000), gt=0, le=MAX_MONEY)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.minimum_purchase > self.maximum_purchase:
            raise ValueError("minimum_purchase is above maximum_purchase")
        # The most one purchase can earn: the largest tier multiplier (10) and the largest
        # promotion multiplier on the largest purchase.
        if (
            self.maximum_purchase * self.points_per_unit * 10 * MAX_PROMOTION_MULTIPLIER
            > MAX_POINTS
        ):
            raise ValueError(
                f"maximum_purchase x points_per_unit could earn more than {MAX_POINTS:,} "
                "points in one purchase; lower one of them"
            )
        return self


MAIN_CARD = "main"  # the key of the card `[stamps]` describes
MAX_CARDS = 5  # stamp cards a shop runs at once, `[stamps]` included


class LadderStep(_Strict):
    """A reward on the way along a card ("a cookie at 3 stamps"). Taking it spends its
    stamps from the card; saving them goes on towards the next step and the full card."""

    at: int = Field(ge=1, le=49)
    reward: LocalizedText


class Stamps(_Strict):
    """The stamp card: `slots` stamps fill it and give `reward`, then a fresh card starts."""

    slots: int = Field(ge=1, le=50)
    reward: LocalizedText
    # Shown where the shop runs several cards ("Coffee card"); one card needs no name.
    name: LocalizedText | None = None
    steps: list[LadderStep] = Field(default_factory=list, max_length=5)

    @model_validator(mode="after")
    def _ladder(self) -> Self:
        at = [step.at for step in self.steps]
        if any(b <= a for a, b in itertools.pairwise(at)):
            raise ValueError("ladder steps must rise strictly, one reward per number of stamps")
        if at and at[-1] >= self.slots:
            raise ValueError("a ladder step must come before the full card (at < slots)")
        return self

    def step(self, at: int) -> LadderStep | None:
        return next((s for s in self.steps if s.at == at), None)

    @property
    def step_slots(self) -> tuple[int, ...]:
        """The slots (counted from 1) where a step's reward waits, for the card's picture."""
        return tuple(step.at for step in self.steps)


def card_reward_key(card: str, at: int | None = None) -> str:
    """How a redemption names a stamp-card reward: a full card ("stamp-card" for `[stamps]`,
    as before several cards existed; "card:lunch") or a ladder step ("step:lunch:3")."""
    if at is not None:
        return f"step:{card}:{at}"
    return "stamp-card" if card == MAIN_CARD else f"card:{card}"


# Short: a button carries a member code and the card's key in Telegram's 64 bytes.
CardKey = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,15}$")]


class StampCardKind(Stamps):
    """One more card beside `[stamps]`, for another product line (lunch, a car wash)."""

    key: CardKey
    name: LocalizedText  # so staff and customers tell the cards apart
    active: bool = True  # stamped; off, the stamps and full cards customers hold stay theirs

    @model_validator(mode="after")
    def _own_key(self) -> Self:
        if self.key == MAIN_CARD:
            raise ValueError(f"{MAIN_CARD!r} is the [stamps] card's key; give this card another")
        return self


class Tier(_Strict):
    key: Key
    threshold: Points = Field(description="points earned in the window to qualify")
    multiplier: Decimal = Field(default=Decimal(1), ge=1, le=10)
    name: LocalizedText
    perks: LocalizedText | None = None
    colour: Colour | None = None  # the tier's badge on the member card


class Tiers(_Strict):
    window_days: int = Field(ge=1, le=3660)
    levels: list[Tier] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.levels[0].threshold != 0:
            raise ValueError("the first tier must have threshold = 0 (everyone starts there)")
        thresholds = [t.threshold for t in self.levels]
        if any(b <= a for a, b in itertools.pairwise(thresholds)):
            raise ValueError("tier thresholds must rise strictly from one tier to the next")
        _unique_keys("tier", [t.key for t in self.levels])
        return self


class Reward(_Strict):
    key: Key
    cost: int = Field(gt=0, le=MAX_POINTS, description="price in points")
    name: LocalizedText
    active: bool = True


class Redemptions(_Strict):
    code_ttl_minutes: int = Field(default=15, ge=1, le=24 * 60)


class Referrals(_Strict):
    referrer_points: BonusPoints = 0
    referee_points: BonusPoints = 0


class Expiry(_Strict):
    """Points expire `after_days` after they were earned, oldest first.

    Points earned before `starts_on` count as earned on `starts_on`, so introducing or
    shortening the policy never takes points away retroactively: move `starts_on` to the
    day of the change.
    """

    policy: Literal["none", "rolling"] = "none"
    after_days: int = Field(default=365, ge=1, le=3660)
    starts_on: date = Field(default=date(2000, 1, 1), ge=date(2000, 1, 1), le=date(2999, 12, 31))
    reminder_days: list[int] = Field(default_factory=lambda: [14, 3], max_length=5)

    @field_validator("reminder_days")
    @classmethod
    def _positive(cls, value: list[int]) -> list[int]:
        if any(not 0 < d <= 365 for d in value):
            raise ValueError("reminder days must be between 1 and 365")
        return sorted(set(value), reverse=True)


class Limits(_Strict):
    stamps_per_customer_per_day: int = Field(default=3, ge=1, le=100)
    stamp_cooldown_minutes: int = Field(default=10, ge=0, le=24 * 60)
    max_staff_award_points: int = Field(default=500, ge=1, le=MAX_POINTS)
    # The largest correction an owner's /adjust may make at once, up or down.
    max_adjust_points: int = Field(default=100_000, ge=1, le=MAX_POINTS)


class Receipts(_Strict):
    """Codes printed on receipts (`bot.py claim-code`, or a till through the API): the
    customer collects the purchase's points with it within `claim_days`."""

    claim_days: int = Field(default=7, ge=1, le=90)


class Reviews(_Strict):
    """After a visit rated 4 or 5 stars the customer is offered the shop's public review
    page (Google or another); a lower rating stays private and the owners are told."""

    review_url: str | None = Field(default=None, pattern=r"^https://[^\s]{4,300}$")


class Welcome(_Strict):
    """A gift on joining, once per person: points, and stamps already on the first card (a
    card that starts with 2 of 10 is finished far more often than an empty card of 8)."""

    points: BonusPoints = 0
    stamps: int = Field(default=0, ge=0, le=49)


class Bonuses(_Strict):
    birthday_points: BonusPoints = 0
    # On each anniversary of joining (a year a member, two years, ...).
    anniversary_points: BonusPoints = 0


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class HappyHour(_Strict):
    """A promotion that comes back every week at the same local times: double points on
    Tuesdays 16:00-18:00, a bonus stamp on Mondays of the rainy months. A window that ends
    before it starts runs over midnight and belongs to the day it starts. At most one
    promotion applies to a purchase or a stamp: the best one running."""

    key: Key
    name: LocalizedText  # "Tuesday double points": a noun phrase customers and staff see
    days: list[Weekday] = Field(min_length=1, max_length=7)
    start: time
    end: time
    # Months (1-12) it runs in, by the day its window starts; empty: all year.
    months: list[int] = Field(default_factory=list, max_length=12)
    multiplier: Decimal = Field(default=Decimal(1), ge=1, le=MAX_PROMOTION_MULTIPLIER)
    bonus_stamps: int = Field(default=0, ge=0, le=10)
    # Purchases (or stamp visits) per customer per period that get it; 0: every one.
    limit: int = Field(default=0, ge=0, le=100)
    period: Literal["day", "week", "month"] = "day"
    active: bool = True

    @field_validator("days")
    @classmethod
    def _in_week_order(cls, value: list[Weekday]) -> list[Weekday]:
        return [d for d in WEEKDAYS if d in value]

    @field_validator("months")
    @classmethod
    def _months(cls, value: list[int]) -> list[int]:
        if any(not 1 <= m <= 12 for m in value):
            raise ValueError("months are numbered 1 to 12")
        return sorted(set(value))

    @model_validator(mode="after")
    def _gives_something(self) -> Self:
        if self.start == self.end:
            raise ValueError("a happy hour must end at another time than it starts")
        if self.multiplier == 1 and self.bonus_stamps == 0:
            raise ValueError("a happy hour must give a multiplier above 1 or bonus stamps")
        return self


class Bundle(_Strict):
    """Visits paid in advance at the till ("10 haircuts for the price of 8"): the customer
    holds `uses`, staff use one per visit, until `valid_days` after the sale. The bot
    records what was sold; the till takes the payment."""

    key: Key
    name: LocalizedText  # "10 haircuts": a noun phrase that stands alone
    uses: int = Field(ge=2, le=500)
    valid_days: int = Field(default=365, ge=1, le=3660)
    # What the till charges, said to staff when they sell it; none: the bot names no price.
    price: Decimal | None = Field(default=None, gt=0, le=MAX_MONEY)
    active: bool = True  # on sale; bundles already sold stay usable when it is not


class Membership(_Strict):
    """A paid membership, sold at the till for `months` (a month, a year): while it runs the
    member earns as the tier `tier` does (its multiplier, when above their own) and/or
    gets `discount_percent` off at the till, which staff are shown. The bot records the
    sale; the till takes the payment and gives the discount."""

    key: Key
    name: LocalizedText  # "Gold membership, one month"
    months: int = Field(ge=1, le=24)
    price: Decimal | None = Field(default=None, gt=0, le=MAX_MONEY)
    tier: Key | None = None
    discount_percent: int = Field(default=0, ge=0, le=100)
    active: bool = True  # on sale; memberships already sold run to their end


class Messages(_Strict):
    """Automatic messages and when anything unasked-for may be sent."""

    # No offers or reminders between these local times (the shop's time zone); what falls
    # due then waits for the morning. Equal times switch quiet hours off.
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)
    # A customer with no visit for this many days gets one "we miss you" (0: never).
    winback_days: int = Field(default=30, ge=0, le=3650)
    # A card one stamp from full, or a full card not collected, is mentioned after this long.
    card_reminder_days: int = Field(default=3, ge=1, le=365)
    # A bundle with uses left is mentioned this many days before it ends (0: never).
    bundle_reminder_days: int = Field(default=7, ge=0, le=90)
    # A membership not yet renewed is mentioned this many days before it ends (0: never).
    membership_reminder_days: int = Field(default=5, ge=0, le=60)
    # A campaign whose time passed while the bot was off still goes within this many hours.
    grace_hours: int = Field(default=6, ge=0, le=24 * 14)

    def quiet_at(self, moment: datetime, tz: ZoneInfo) -> bool:
        local = moment.astimezone(tz).time()
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= local < end
        return local >= start or local < end  # over midnight: 21:00-08:00


class WhatsAppTemplates(_Strict):
    """Approved template names, one per kind of unsolicited message: outside WhatsApp's
    24-hour window only these may be sent. A kind without one is skipped there."""

    marketing: str | None = Field(default=None, pattern=r"^[a-z0-9_]{1,512}$")
    # The marketing template with an IMAGE header: an offer's photo outside the window.
    marketing_image: str | None = Field(default=None, pattern=r"^[a-z0-9_]{1,512}$")
    reminder: str | None = Field(default=None, pattern=r"^[a-z0-9_]{1,512}$")
    notice: str | None = Field(default=None, pattern=r"^[a-z0-9_]{1,512}$")


def _template_languages() -> dict[Language, str]:
    return {"en": "en", "sw": "sw", "el": "el", "am": "en"}


PriceTable = dict[str, Decimal]  # "default" or a country calling code ("254") -> price


def _no_prices() -> PriceTable:
    return {"default": Decimal(0)}


class WhatsAppPrices(_Strict):
    """What Meta bills per template message, by category and by the recipient's country
    calling code (the longest code that starts the number wins; "default" for the rest):
    for the estimate in a broadcast's preview and report. Messages within 24 hours of the
    customer's last message, and Telegram's, cost nothing."""

    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    marketing: PriceTable = Field(default_factory=_no_prices)
    utility: PriceTable = Field(default_factory=_no_prices)
    authentication: PriceTable = Field(default_factory=_no_prices)

    @field_validator("marketing", "utility", "authentication")
    @classmethod
    def _codes(cls, table: PriceTable) -> PriceTable:
        for code, price in table.items():
            if code != "default" and not (code.isdigit() and 1 <= len(code) <= 4):
                raise ValueError(f'"{code}" is neither "default" nor a country calling code')
            if price < 0 or price > 10:
                raise ValueError(f"{price} is not a price per message")
        return table

    def price(self, category: str, wa_id: str) -> Decimal:
        table: PriceTable = getattr(self, category)
        codes = sorted((c for c in table if c != "default" and wa_id.startswith(c)), key=len)
        return table[codes[-1]] if codes else table.get("default", Decimal(0))


class WhatsAppProgram(_Strict):
    templates: WhatsAppTemplates = WhatsAppTemplates()
    # Meta's messaging limit of the business number: unique people it may start a
    # conversation with (a template outside the 24-hour window) in any rolling 24 hours.
    # 250 for a new business; raise it as Meta raises it (2000, 10000, 100000, "unlimited").
    messaging_limit: int | Literal["unlimited"] = Field(default=250, ge=1, le=100_000_000)
    prices: WhatsAppPrices = WhatsAppPrices()
    # Meta's template language per reader's language (Meta has no Amharic templates: the
    # English frame carries the Amharic text).
    template_languages: dict[Language, str] = Field(default_factory=_template_languages)


class Branch(_Strict):
    key: Key
    name: str = Field(min_length=1, max_length=100)
    # A staged roll-out starts the programme in a few branches: at one not started yet
    # nothing is earned or spent, and staff's /award notes the visit for the comparison.
    started: bool = True


class Program(_Strict):
    shop: Shop
    brand: Brand = Brand()
    earn: Earn
    stamps: Stamps
    tiers: Tiers
    rewards: list[Reward] = Field(default_factory=list)
    redemptions: Redemptions = Redemptions()
    receipts: Receipts = Receipts()
    referrals: Referrals = Referrals()
    expiry: Expiry = Expiry()
    limits: Limits = Limits()
    bonuses: Bonuses = Bonuses()
    welcome: Welcome = Welcome()
    feedback: Reviews = Reviews()
    messages: Messages = Messages()
    whatsapp: WhatsAppProgram = WhatsAppProgram()
    branches: list[Branch] = Field(default_factory=list)
    happy_hours: list[HappyHour] = Field(default_factory=list, max_length=20)
    bundles: list[Bundle] = Field(default_factory=list, max_length=20)
    memberships: list[Membership] = Field(default_factory=list, max_length=20)
    cards: list[StampCardKind] = Field(default_factory=list, max_length=MAX_CARDS - 1)

    @model_validator(mode="after")
    def _unique(self) -> Self:
        _unique_keys("card", [c.key for c in self.cards])
        _unique_keys("reward", [r.key for r in self.rewards])
        _unique_keys("happy hour", [h.key for h in self.happy_hours])
        _unique_keys("bundle", [b.key for b in self.bundles])
        _unique_keys("membership", [m.key for m in self.memberships])
        tiers = {t.key for t in self.tiers.levels}
        for membership in self.memberships:
            if membership.tier is not None and membership.tier not in tiers:
                raise ValueError(f"membership {membership.key!r} names no tier {membership.tier!r}")
            if membership.tier is None and not membership.discount_percent:
                raise ValueError(
                    f"membership {membership.key!r} gives nothing: name a tier or a discount"
                )
        _unique_keys("branch", [b.key for b in self.branches])
        if self.welcome.stamps >= self.stamps.slots:
            raise ValueError(
                "welcome.stamps must be fewer than stamps.slots (a card starts, not ends)"
            )
        return self

    def tier(self, key: str | None) -> Tier:
        for tier in self.tiers.levels:
            if tier.key == key:
                return tier
        return self.tiers.levels[0]

    def tier_for(self, qualifying_points: int) -> Tier:
        reached = self.tiers.levels[0]
        for tier in self.tiers.levels:
            if qualifying_points >= tier.threshold:
                reached = tier
        return reached

    def next_tier(self, tier: Tier) -> Tier | None:
        keys = [t.key for t in self.tiers.levels]
        index = keys.index(tier.key)
        return self.tiers.levels[index + 1] if index + 1 < len(keys) else None

    def reward(self, key: str) -> Reward | None:
        return next((r for r in self.rewards if r.key == key), None)

    def happy_hour(self, key: str) -> HappyHour | None:
        return next((h for h in self.happy_hours if h.key == key), None)

    def bundle(self, key: str) -> Bundle | None:
        return next((b for b in self.bundles if b.key == key), None)

    def membership(self, key: str) -> Membership | None:
        return next((m for m in self.memberships if m.key == key), None)

    def not_started(self) -> dict[str, str]:
        """The branches the programme has not started in yet (key: name); none, mostly."""
        return {b.key: b.name for b in self.branches if not b.started}

    def card(self, key: str) -> Stamps | None:
        """A stamp card by its key: `[stamps]` is "main", the others are in `cards`."""
        if key == MAIN_CARD:
            return self.stamps
        return next((c for c in self.cards if c.key == key), None)

    def stamp_cards(self) -> list[tuple[str, Stamps]]:
        """Every card with its key, `[stamps]` first."""
        return [(MAIN_CARD, self.stamps), *((c.key, c) for c in self.cards)]

    def card_reward(self, reward_key: str) -> LocalizedText | None:
        """What a stamp-card redemption (`card_reward_key`) gives, or None for another key."""
        if reward_key == "stamp-card":
            return self.stamps.reward
        kind, _, rest = reward_key.partition(":")
        card_key, _, at = rest.partition(":")
        card = self.card(card_key) if kind in ("card", "step") else None
        if card is None:
            return None
        if kind == "card":
            return card.reward
        step = card.step(int(at)) if at.isdigit() else None
        return step.reward if step else None

    def reward_name(self, reward_key: str) -> LocalizedText | None:
        """What any redemption gives by its key: the catalogue's reward or a card's."""
        reward = self.reward(reward_key)
        return reward.name if reward is not None else self.card_reward(reward_key)

    def stamped_cards(self) -> list[str]:
        """The keys of the cards staff can stamp now (a card switched off takes none)."""
        return [MAIN_CARD, *(c.key for c in self.cards if c.active)]


def _unique_keys(what: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"{what} key {key!r} is used twice")
        seen.add(key)


class LiveProgram:
    """The programme in force. Readers take `.current` each time they need it, so a new
    version saved by the owner reaches them without a restart; it is replaced whole, never
    changed in place, so one reading is always one consistent version."""

    __slots__ = ("current", "version")

    def __init__(self, program: Program, version: int = 0) -> None:
        self.current = program
        self.version = version

    def replace(self, program: Program, version: int) -> None:
        self.current, self.version = program, version


class ProgramError(Exception):
    """The programme file cannot be used; str() is one line naming the file, key and reason."""


def parse_program(data: Mapping[str, object], source: str = "program") -> Program:
    try:
        return Program.model_validate(data)
    except RecursionError:
        raise ProgramError(f"{source}: nested too deeply to be a programme file") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _dotted(first["loc"]) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ProgramError(f"{source}: {where}: {message}{more}") from None


def load_program(path: Path) -> Program:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProgramError(f"{path}: programme file not found") from None
    except OSError as exc:
        raise ProgramError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProgramError(f"{path}: not UTF-8 text") from None
    except RecursionError:
        raise ProgramError(f"{path}: nested too deeply to be a programme file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProgramError(f"{path}: invalid TOML: {exc}") from None
    program = parse_program(data, str(path))
    logo = program.brand.logo
    if logo is None:
        return program
    # Checked now, so a wrong path is a start-up error and not a card drawn without its logo.
    logo = logo if logo.is_absolute() else path.parent / logo
    from PIL import Image  # noqa: PLC0415 (only for a programme with a logo file)

    try:
        with Image.open(logo) as picture:
            picture.verify()
    except FileNotFoundError:
        raise ProgramError(f"{path}: brand.logo: {logo} not found") from None
    except (OSError, SyntaxError, ValueError):
        # Pillow reports a damaged or unknown file as one of these, by format.
        raise ProgramError(f"{path}: brand.logo: {logo} is not a PNG or JPEG picture") from None
    brand = program.brand.model_copy(update={"logo": logo.resolve()})
    return program.model_copy(update={"brand": brand})


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


__all__ = ["LANGUAGES", "LiveProgram", "Program", "ProgramError", "load_program", "parse_program"]
