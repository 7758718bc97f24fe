"""Who may run the till and who owns the programme."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit, notices
from bot.loyalty.context import Actor, EngineContext, lock_customer
from bot.loyalty.errors import LastOwner, NotAllowed
from models import Branch, ChannelIdentity, Customer, StaffMember, StaffRole


async def only_owner(session: AsyncSession, customer_id: int) -> bool:
    """Whether the customer is the shop's one owner: without them nobody could run the
    programme, and the way back (`bot.py setup-link`) needs a terminal."""
    owners = await session.scalars(
        select(StaffMember.customer_id).where(
            StaffMember.role == StaffRole.OWNER, StaffMember.removed_at.is_(None)
        )
    )
    return set(owners) == {customer_id}


@dataclass(frozen=True, slots=True)
class StaffListing:
    customer_id: int
    name: str | None
    member_code: str
    role: StaffRole
    branch: str | None


class StaffService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def actor_for(self, customer_id: int) -> Actor | None:
        """The staff role behind a customer record, read fresh on every call so a removal
        takes effect at once."""
        async with self._ctx.db.read() as session:
            staff = await session.scalar(
                select(StaffMember).where(
                    StaffMember.customer_id == customer_id, StaffMember.removed_at.is_(None)
                )
            )
            if staff is None:
                return None
            return Actor(staff_id=staff.id, role=staff.role, branch_id=staff.branch_id)

    async def actor_for_identity(self, channel: str, external_id: str) -> Actor | None:
        async with self._ctx.db.read() as session:
            customer_id = await session.scalar(
                select(ChannelIdentity.customer_id).where(
                    ChannelIdentity.channel == channel, ChannelIdentity.external_id == external_id
                )
            )
        return await self.actor_for(customer_id) if customer_id is not None else None

    async def appoint(
        self,
        customer_id: int,
        role: StaffRole,
        *,
        by: Actor | None,
        branch_key: str | None = None,
        tell: bool = False,
    ) -> Actor:
        """Make a customer staff or owner. Only owners appoint; `by=None` is the operator's
        command line (`bot.py add-owner`), which is trusted like the server itself. `tell`
        for someone appointed by another (`/staff add`): their chat is told, and on
        Telegram gets the till's command menu; whoever claims an invitation sees it said."""
        if by is not None and not by.is_owner:
            raise NotAllowed(operation="appoint")
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            await lock_customer(session, customer_id)
            branch_id = None
            if branch_key is not None:
                branch_id = await session.scalar(select(Branch.id).where(Branch.key == branch_key))
            staff = await session.scalar(
                select(StaffMember).where(StaffMember.customer_id == customer_id)
            )
            if staff is None:
                staff = StaffMember(customer_id=customer_id, role=role, created_at=now)
                session.add(staff)
            news = staff.id is None or staff.removed_at is not None or staff.role is not role
            staff.role = role
            staff.branch_id = branch_id
            staff.added_by_id = by.staff_id if by else None
            staff.removed_at = None
            await session.flush()
            audit.record(
                session,
                actor=by,
                action="staff.appoint",
                now=now,
                customer_id=customer_id,
                role=role.value,
                branch=branch_key,
            )
            if tell and news:
                said = "dashboard-now-owner" if role is StaffRole.OWNER else "dashboard-now-staff"
                await notices.tell(
                    session, customer_id, f"team-in:{staff.id}:{now.isoformat()}", said, now
                )
            return Actor(staff.id, role, branch_id)

    async def is_only_owner(self, customer_id: int) -> bool:
        """Whether erasing or dismissing this customer would leave the shop without an
        owner (the engine refuses both: LastOwner); a chat asks before offering either."""
        async with self._ctx.db.read() as session:
            return await only_owner(session, customer_id)

    async def listing(self) -> list[StaffListing]:
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(
                    Customer.id, Customer.name, Customer.member_code, StaffMember.role, Branch.key
                )
                .join(StaffMember, StaffMember.customer_id == Customer.id)
                .outerjoin(Branch, Branch.id == StaffMember.branch_id)
                .where(StaffMember.removed_at.is_(None))
                .order_by(StaffMember.role, Customer.name)
            )
            return [StaffListing(*row) for row in rows]

    async def note_owners(
        self, key: str, message: str, *, besides: int | None = None, **args: str | int
    ) -> None:
        """A note for every owner but `besides` (a limit a staff member hit), through the
        outbox; `key` (the update that caused it) makes it once."""
        async with self._ctx.db.write() as session:
            await notices.tell_owners(
                session, key, message, self._ctx.clock.now(), besides=besides, **args
            )

    async def audit_trail(self, limit: int = 100) -> list[audit.AuditLine]:
        """What staff did, newest first (the dashboard's audit log)."""
        return await audit.recent(self._ctx.db, limit)

    async def owners(self) -> list[int]:
        """Customer ids of every owner, for notes that owners must see."""
        async with self._ctx.db.read() as session:
            rows = await session.scalars(
                select(StaffMember.customer_id).where(
                    StaffMember.role == StaffRole.OWNER, StaffMember.removed_at.is_(None)
                )
            )
            return list(rows)

    async def dismiss(self, customer_id: int, *, by: Actor) -> bool:
        if not by.is_owner:
            raise NotAllowed(operation="dismiss")
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            staff = await session.scalar(
                select(StaffMember).where(
                    StaffMember.customer_id == customer_id, StaffMember.removed_at.is_(None)
                )
            )
            if staff is None:
                return False
            if staff.role is StaffRole.OWNER and await only_owner(session, customer_id):
                raise LastOwner()
            staff.removed_at = now
            audit.record(
                session, actor=by, action="staff.dismiss", now=now, customer_id=customer_id
            )
            # Told, and on Telegram given the shop's menu back instead of the till's.
            key = f"team-out:{staff.id}:{now.isoformat()}"
            await notices.tell(session, customer_id, key, "notice-team-left", now)
            return True
