"""Joining, finding, settings and erasure of customers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from bot.languages import DEFAULT_LANGUAGE, Language, as_language
from bot.loyalty import audit, erasure, ledger, search_words, webhooks, welcome
from bot.loyalty.attempts import CodeKind, chat_who, code_attempt
from bot.loyalty.codes import (
    MEMBER_CODE_LENGTH,
    REFERRAL_CODE_LENGTH,
    new_code,
    normalize_code,
)
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import (
    CustomerNotFound,
    LastOwner,
    LinkCodeInvalid,
    LinkNotPossible,
    PhoneShared,
    UnknownMemberCode,
)
from bot.loyalty.redemption_state import release
from bot.loyalty.referrals import link as link_referral
from bot.loyalty.staff import only_owner
from bot.loyalty.welcome import WelcomeGift
from bot.text import plain_text
from models import (
    ChannelIdentity,
    Customer,
    LedgerEntry,
    LedgerKind,
    LinkCode,
    Redemption,
    RedemptionStatus,
    StaffMember,
    TierAchievement,
)

_CODE_ATTEMPTS = 8
LINK_CODE_LENGTH = 6
LINK_TTL = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Registration:
    customer_id: int
    member_code: str
    language: Language
    created: bool
    referred: bool
    welcome: WelcomeGift | None = None  # the programme's gift on joining, when given


@dataclass(frozen=True, slots=True)
class CustomerRef:
    customer_id: int
    member_code: str
    name: str | None
    language: Language
    marketing_consent: bool

    @property
    def called(self) -> str:
        """How staff know the customer: their name, or their member code without one."""
        return self.name or self.member_code


_BY_IDENTITY = (
    select(
        Customer.id,
        Customer.member_code,
        Customer.name,
        Customer.language,
        Customer.marketing_consent,
        Customer.erased_at,
    )
    .join(ChannelIdentity, ChannelIdentity.customer_id == Customer.id)
    .where(
        ChannelIdentity.channel == bindparam("channel"),
        ChannelIdentity.external_id == bindparam("external"),
    )
)


def _ref(customer: Customer | Row[*tuple[Any, ...]]) -> CustomerRef:
    """From a loaded customer, or a row of the same columns."""
    return CustomerRef(
        customer_id=customer.id,
        member_code=customer.member_code,
        name=customer.name,
        language=as_language(customer.language) or DEFAULT_LANGUAGE,
        marketing_consent=customer.marketing_consent,
    )


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = plain_text(name)[:100]
    return cleaned or None


def _clean_phone(phone: str | None) -> str | None:
    if phone is None:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return None
    # Keep the international form only when it was given; a local number stays local.
    return (("+" if phone.strip().startswith("+") else "") + digits)[:32]


def phone_key(phone: str | None) -> str | None:
    """The last nine digits: one number however it is written (0712…, +254712…, 712…)."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-9:] if len(digits) >= 7 else None


class CustomerService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def register(
        self,
        channel: str,
        external_id: str,
        *,
        language: str,
        name: str | None = None,
        phone: str | None = None,
        marketing_consent: bool = False,
        referral_code: str | None = None,
        phone_vouched: bool = False,
    ) -> Registration:
        """Create the customer behind a chat identity, or return the one that exists.

        Safe to call twice or concurrently for the same identity: the unique
        (channel, external_id) decides, and the loser returns the winner's customer.
        A phone number the platform vouches is the sender's own (WhatsApp's, or a contact
        shared on Telegram) first claims an imported customer with that number: their
        balance and stamps become this person's. A typed number never does.
        """
        for _ in range(_CODE_ATTEMPTS):
            existing = await self.find_by_identity(channel, external_id)
            if existing is not None:
                return Registration(
                    existing.customer_id, existing.member_code, existing.language, False, False
                )
            if phone_vouched and phone_key(phone) is not None:
                claimed = await self._claim_imported(
                    channel,
                    external_id,
                    phone or "",
                    language=as_language(language) or self._ctx.program.shop.default_language,
                    name=_clean_name(name),
                    marketing_consent=marketing_consent,
                )
                if claimed is not None:
                    return claimed
            try:
                return await self._create(
                    channel,
                    external_id,
                    language=as_language(language) or self._ctx.program.shop.default_language,
                    name=_clean_name(name),
                    phone=_clean_phone(phone),
                    marketing_consent=marketing_consent,
                    referral_code=referral_code,
                )
            except IntegrityError:
                # Either the identity was registered concurrently (found on the next turn)
                # or a generated code collided (a fresh one is drawn on the next turn).
                continue
        raise RuntimeError("could not register: code space exhausted or identity conflict")

    async def _claim_imported(
        self,
        channel: str,
        external_id: str,
        phone: str,
        *,
        language: Language,
        name: str | None,
        marketing_consent: bool,
    ) -> Registration | None:
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            # One statement claims it: two first messages at once cannot both get it.
            claimed = (
                await session.execute(
                    update(Customer)
                    .where(
                        Customer.phone_key == phone_key(phone),
                        Customer.imported_at.is_not(None),
                        Customer.erased_at.is_(None),
                    )
                    .values(
                        imported_at=None,
                        language=language,
                        marketing_consent=marketing_consent,
                        consent_changed_at=now,
                        last_activity_at=now,
                        name=func.coalesce(Customer.name, name),
                    )
                    .returning(Customer.id, Customer.member_code, Customer.name, Customer.phone)
                    .execution_options(synchronize_session=False)
                )
            ).first()
            if claimed is None:
                return None
            if name is not None and claimed.name == name:  # the chat named them
                await search_words.index(session, claimed.id, claimed.name, claimed.phone)
            session.add(
                ChannelIdentity(
                    channel=channel, external_id=external_id, customer_id=claimed.id, created_at=now
                )
            )
            return Registration(claimed.id, claimed.member_code, language, True, False)

    async def _create(
        self,
        channel: str,
        external_id: str,
        *,
        language: Language,
        name: str | None,
        phone: str | None,
        marketing_consent: bool,
        referral_code: str | None,
    ) -> Registration:
        now = self._ctx.clock.now()
        base_tier = self._ctx.program.tiers.levels[0].key
        async with self._ctx.db.write() as session:
            customer = Customer(
                member_code=new_code(MEMBER_CODE_LENGTH),
                referral_code=new_code(REFERRAL_CODE_LENGTH),
                name=name,
                phone=phone,
                phone_key=phone_key(phone),
                language=language,
                marketing_consent=marketing_consent,
                consent_changed_at=now,
                points_balance=0,
                tier_key=base_tier,
                joined_at=now,
                last_activity_at=now,
            )
            session.add(customer)
            await session.flush()
            await search_words.index_many(session, [(customer.id, name, phone)])
            session.add(
                ChannelIdentity(
                    channel=channel,
                    external_id=external_id,
                    customer_id=customer.id,
                    created_at=now,
                )
            )
            session.add(
                TierAchievement(customer_id=customer.id, tier_key=base_tier, reached_at=now)
            )
            referral = (
                await link_referral(session, customer, referral_code, now)
                if referral_code
                else None
            )
            await session.flush()
            gift = await welcome.give(
                session,
                self._ctx.program,
                customer,
                channel=channel,
                external_id=external_id,
                now=now,
            )
            await webhooks.emit(
                session,
                "member.joined",
                f"joined:{customer.id}",
                now,
                member_code=customer.member_code,
                name=name,
                language=language,
                channel=channel,
                marketing_consent=marketing_consent,
            )
            return Registration(
                customer.id, customer.member_code, language, True, referral is not None, gift
            )

    async def find_by_identity(self, channel: str, external_id: str) -> CustomerRef | None:
        """Who is writing: the first lookup of every message, so it reads plain columns with
        a statement built once (no ORM object to build and track)."""
        async with self._ctx.db.read_statement() as connection:
            row = (
                await connection.execute(
                    _BY_IDENTITY, {"channel": channel, "external": external_id}
                )
            ).first()
        return _ref(row) if row is not None and row.erased_at is None else None

    async def find_by_member_code(self, member_code: str) -> CustomerRef:
        code = normalize_code(member_code)
        async with self._ctx.db.read() as session:
            customer = await session.scalar(
                select(Customer).where(Customer.member_code == code, Customer.erased_at.is_(None))
            )
            if customer is None:
                raise UnknownMemberCode(member_code)
            return _ref(customer)

    async def find_by_phone(self, phone: str) -> CustomerRef:
        """The one member with this phone number, however it is written; a number two
        members share is refused (the member code tells them apart)."""
        key = phone_key(phone)
        found = await self._search(Customer.phone_key == key, 2) if key else []
        if not found:
            raise UnknownMemberCode(phone.strip()[:32])
        if len(found) > 1:
            raise PhoneShared(count=len(found))
        return found[0]

    async def get(self, customer_id: int) -> CustomerRef:
        async with self._ctx.db.read() as session:
            customer = await session.get(Customer, customer_id)
            if customer is None or customer.erased_at is not None:
                raise CustomerNotFound(customer_id=customer_id)
            return _ref(customer)

    async def identities(self, customer_id: int) -> list[tuple[str, str]]:
        """The (channel, external id) pairs that reach this customer, oldest first."""
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(ChannelIdentity.channel, ChannelIdentity.external_id)
                .where(ChannelIdentity.customer_id == customer_id)
                .order_by(ChannelIdentity.id)
            )
            return [(channel, external_id) for channel, external_id in rows]

    async def link_code(self, customer_id: int) -> tuple[str, timedelta]:
        """A one-time code that attaches another app's chat to this account."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            await lock_customer(session, customer_id)
            taken = set(
                await session.scalars(select(LinkCode.code).where(LinkCode.expires_at > now))
            )
            code = new_code(LINK_CODE_LENGTH)
            while code in taken:
                code = new_code(LINK_CODE_LENGTH)
            session.add(LinkCode(code=code, customer_id=customer_id, expires_at=now + LINK_TTL))
        return code, LINK_TTL

    async def link(self, channel: str, external_id: str, code: str) -> CustomerRef:
        """Attach this chat to the account that showed the code. A chat that already has an
        account is refused: merging two accounts' books is not something to do by accident.
        A chat that tries many wrong codes is slowed down (bot.loyalty.attempts)."""
        who = chat_who(channel, external_id)
        async with code_attempt(self._ctx, who, CodeKind.LINK, (LinkCodeInvalid,)):
            return await self._link(channel, external_id, code)

    async def _link(self, channel: str, external_id: str, code: str) -> CustomerRef:
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            link = await session.scalar(
                select(LinkCode)
                .where(
                    LinkCode.code == normalize_code(code),
                    LinkCode.used_at.is_(None),
                    LinkCode.expires_at > now,
                )
                .with_for_update()
            )
            if link is None:
                raise LinkCodeInvalid()
            existing = await session.scalar(
                select(ChannelIdentity.id).where(
                    ChannelIdentity.channel == channel, ChannelIdentity.external_id == external_id
                )
            )
            if existing is not None:
                raise LinkNotPossible()
            customer = await lock_customer(session, link.customer_id)
            link.used_at = now
            session.add(
                ChannelIdentity(
                    channel=channel,
                    external_id=external_id,
                    customer_id=customer.id,
                    created_at=now,
                )
            )
            return _ref(customer)

    async def heard_from(self, channel: str, external_id: str) -> None:
        """The person just wrote on this channel (WhatsApp's 24-hour window starts now)."""
        async with self._ctx.db.write() as session:
            await session.execute(
                update(ChannelIdentity)
                .where(
                    ChannelIdentity.channel == channel, ChannelIdentity.external_id == external_id
                )
                .values(last_inbound_at=self._ctx.clock.now())
            )

    async def last_heard(self, channel: str, external_id: str) -> datetime | None:
        async with self._ctx.db.read() as session:
            # Joining is itself a conversation: the identity's creation opens the window.
            return await session.scalar(
                select(
                    func.coalesce(ChannelIdentity.last_inbound_at, ChannelIdentity.created_at)
                ).where(
                    ChannelIdentity.channel == channel, ChannelIdentity.external_id == external_id
                )
            )

    async def search(
        self, query: str, limit: int = 5, *, actor: Actor | None = None
    ) -> list[CustomerRef]:
        """By member code, by phone number (any formatting), or by part of the name."""
        text = " ".join(query.split())
        if not text:
            return []
        if actor is not None:  # a staff member looking at personal data leaves a trace
            await audit.note(
                self._ctx.db, self._ctx.clock, actor=actor, action="lookup", query=text[:100]
            )
        digits = "".join(ch for ch in text if ch.isdigit())
        # The most precise first, each on its own index: a member code, then a whole phone
        # number; only when neither matches, the end of a number or the start of each word
        # of a name, on the search words' index.
        exact = [Customer.member_code == normalize_code(text)]
        if len(digits) >= 9:
            exact.append(Customer.phone_key == digits[-9:])
        for condition in exact:
            found = await self._search(condition, limit)
            if found:
                return found
        async with self._ctx.db.read() as session:
            ids: list[int] = []
            if 6 <= len(digits) < 9:  # enough digits to mean the end of a phone number
                ids += await search_words.candidates(session, [search_words.phone_word(digits)])
            if len(text) >= 2:  # the start of each word of the name
                ids += await search_words.candidates(session, search_words.plain_words(text))
        return await self._search(Customer.id.in_(ids), limit) if ids else []

    async def viewed(self, customer_id: int, *, actor: Actor) -> None:
        """A staff member opened this customer's page: personal data seen leaves a trace."""
        async with self._ctx.db.write() as session:
            audit.record(
                session,
                actor=actor,
                action="view",
                now=self._ctx.clock.now(),
                customer_id=customer_id,
            )

    async def _search(self, condition: ColumnElement[bool], limit: int) -> list[CustomerRef]:
        async with self._ctx.db.read() as session:
            rows = await session.scalars(
                select(Customer)
                .where(Customer.erased_at.is_(None), condition)
                .order_by(Customer.last_activity_at.desc().nulls_last(), Customer.id)
                .limit(limit)
            )
            return [_ref(c) for c in rows]

    async def set_language(self, customer_id: int, language: str) -> Language:
        chosen = as_language(language) or self._ctx.program.shop.default_language
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            customer.language = chosen
        return chosen

    async def set_marketing_consent(self, customer_id: int, consent: bool) -> None:
        """Withdrawal takes effect with this commit: every later send checks the flag."""
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            if customer.marketing_consent != consent:
                customer.marketing_consent = consent
                customer.consent_changed_at = self._ctx.clock.now()

    async def set_birthday(self, customer_id: int, birthday: date | None) -> None:
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            if customer.birthday != birthday:
                customer.birthday = birthday
                customer.birthday_set_at = self._ctx.clock.now()

    async def set_blocked(self, customer_id: int, blocked: bool) -> None:
        """The platform said the customer blocked the bot (or came back)."""
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            customer.blocked_at = self._ctx.clock.now() if blocked else None

    async def erase(self, customer_id: int, actor: Actor | None = None) -> None:
        """Erase personal data (here, and what it left elsewhere: bot/loyalty/erasure.py);
        keep the ledger, anonymised, so the books still add up.

        Pending codes are cancelled and the remaining balance is forfeited with a ledger
        entry, so the points outstanding stop counting a customer who can never spend them.
        """
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            customer = await lock_customer(session, customer_id)
            if await only_owner(session, customer_id):
                raise LastOwner()
            pending = await session.scalars(
                select(Redemption).where(
                    Redemption.customer_id == customer_id,
                    Redemption.status == RedemptionStatus.PENDING,
                )
            )
            for redemption in pending.all():
                await release(session, redemption, RedemptionStatus.CANCELLED, now)
            if customer.points_balance:
                await ledger.post(
                    session,
                    customer,
                    kind=LedgerKind.ADJUST,
                    amount=-customer.points_balance,
                    now=now,
                    note="erased",
                )
            # Staff notes may name the person; amounts and dates stay for the accounts.
            await session.execute(
                update(LedgerEntry)
                .where(LedgerEntry.customer_id == customer_id, LedgerEntry.note != "erased")
                .values(note=None)
                .execution_options(synchronize_session=False)
            )
            await erasure.forget_traces(session, customer_id)
            await webhooks.emit(
                session,
                "member.erased",
                f"erased:{customer_id}",
                now,
                member_code=customer.member_code,  # the code the shop's systems know
            )
            await session.execute(
                delete(ChannelIdentity).where(ChannelIdentity.customer_id == customer_id)
            )
            await session.execute(
                update(StaffMember)
                .where(StaffMember.customer_id == customer_id, StaffMember.removed_at.is_(None))
                .values(removed_at=now)
                .execution_options(synchronize_session=False)
            )
            customer.name = None
            customer.phone = None
            await search_words.index(session, customer_id, None, None)
            customer.phone_key = None
            customer.birthday = None
            customer.birthday_set_at = None
            customer.marketing_consent = False
            customer.consent_changed_at = now
            # Fresh random codes: a printed card or a shared invite link no longer leads here.
            customer.member_code = "X" + new_code(MEMBER_CODE_LENGTH + 4)
            customer.referral_code = "X" + new_code(REFERRAL_CODE_LENGTH + 4)
            customer.erased_at = now
            audit.record(session, actor=actor, action="erase", now=now, customer_id=customer_id)
