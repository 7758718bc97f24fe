"""Who may open the dashboard, and how: one-time links and the sessions they open.

- a login link (`/dashboard` in the chat) is valid for 10 minutes and opens one session;
- the setup link makes whoever opens it in the bot the first owner (while there is none);
- an invitation makes whoever opens it in the bot staff (or an owner), once, within 7 days;
- a session ends after 2 hours without a request, after 24 hours in any case, or on "log
  out"; the role behind it is read afresh on every request, so a dismissed member of staff
  is out at once.
Secrets are random (192 bits) and only their SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update

from bot.loyalty import audit
from bot.loyalty.attempts import CodeKind, code_attempt
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import LinkRefused
from bot.loyalty.staff import StaffService
from models import AccessLink, DashboardSession, StaffMember, StaffRole

LOGIN_LINK_TTL = timedelta(minutes=10)
SETUP_LINK_TTL = timedelta(days=1)
INVITE_TTL = timedelta(days=7)
SESSION_IDLE = timedelta(hours=2)
SESSION_LONGEST = timedelta(hours=24)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class SessionView:
    actor: Actor
    customer_id: int
    csrf: str


class AccessService:
    def __init__(self, ctx: EngineContext, staff: StaffService) -> None:
        self._ctx = ctx
        self._staff = staff

    async def _new_link(
        self,
        purpose: str,
        ttl: timedelta,
        *,
        staff_id: int | None = None,
        role: StaffRole | None = None,
        by: Actor | None = None,
    ) -> str:
        token = secrets.token_urlsafe(24)
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            session.add(
                AccessLink(
                    token_sha256=_hash(token),
                    purpose=purpose,
                    staff_id=staff_id,
                    role=role,
                    created_by=by.staff_id if by else None,
                    created_at=now,
                    expires_at=now + ttl,
                )
            )
            if by is not None:
                audit.record(session, actor=by, action=f"link-{purpose}", now=now)
        return token

    async def login_link(self, actor: Actor) -> str:
        return await self._new_link("login", LOGIN_LINK_TTL, staff_id=actor.staff_id)

    async def setup_link(self) -> str | None:
        """A link that makes its opener the first owner; None once the shop has one."""
        if await self._staff.owners():
            return None
        return await self._new_link("setup", SETUP_LINK_TTL, role=StaffRole.OWNER)

    async def invite_link(self, role: StaffRole, *, by: Actor) -> str:
        return await self._new_link("invite", INVITE_TTL, role=role, by=by)

    async def _use(self, token: str, purposes: tuple[str, ...]) -> AccessLink:
        """Mark the link used, once: a second use, even at the same moment, is refused."""
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            result = await session.execute(
                update(AccessLink)
                .where(
                    AccessLink.token_sha256 == _hash(token),
                    AccessLink.purpose.in_(purposes),
                    AccessLink.used_at.is_(None),
                    AccessLink.expires_at > now,
                )
                .values(used_at=now)
                .returning(AccessLink)
            )
            link = result.scalar_one_or_none()
            if link is None:
                raise LinkRefused()
            return link

    async def open_with_link(self, token: str, *, who: str) -> Actor:
        """A login link, opened in a browser: the actor it is for, still on the staff."""
        async with code_attempt(self._ctx, who, CodeKind.LOGIN, (LinkRefused,)):
            link = await self._use(token, ("login",))
        actor = await self._staff_actor(link.staff_id)
        if actor is None:
            raise LinkRefused()
        return actor

    async def claim(self, token: str, customer_id: int, *, who: str) -> Actor:
        """A setup link or an invitation, opened in the bot by a member: their new role."""
        async with code_attempt(self._ctx, who, CodeKind.LOGIN, (LinkRefused,)):
            link = await self._use(token, ("setup", "invite"))
        if link.purpose == "setup" and await self._staff.owners():
            raise LinkRefused()  # the shop found its first owner another way meanwhile
        role = link.role or StaffRole.STAFF
        by = await self._staff_actor(link.created_by) if link.created_by else None
        return await self._staff.appoint(customer_id, role, by=by)

    async def _staff_actor(self, staff_id: int | None) -> Actor | None:
        if staff_id is None:
            return None
        async with self._ctx.db.read() as session:
            customer_id = await session.scalar(
                select(StaffMember.customer_id).where(StaffMember.id == staff_id)
            )
        return await self._staff.actor_for(customer_id) if customer_id is not None else None

    async def open_session(self, actor: Actor) -> str:
        token = secrets.token_urlsafe(24)
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            session.add(
                DashboardSession(
                    token_sha256=_hash(token),
                    staff_id=actor.staff_id,
                    csrf=secrets.token_urlsafe(24),
                    created_at=now,
                    last_seen_at=now,
                )
            )
            audit.record(session, actor=actor, action="dashboard-login", now=now)
        return token

    async def session(self, token: str) -> SessionView | None:
        """The session behind a cookie, if it is still open; its role read afresh."""
        if not token:
            return None
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            row = await session.scalar(
                select(DashboardSession).where(
                    DashboardSession.token_sha256 == _hash(token),
                    DashboardSession.ended_at.is_(None),
                )
            )
            if row is None:
                return None
            if now - row.last_seen_at > SESSION_IDLE or now - row.created_at > SESSION_LONGEST:
                row.ended_at = now
                return None
            row.last_seen_at = now
            staff_id, csrf = row.staff_id, row.csrf
            customer_id = await session.scalar(
                select(StaffMember.customer_id).where(StaffMember.id == staff_id)
            )
        actor = await self._staff.actor_for(customer_id) if customer_id is not None else None
        if actor is None or customer_id is None:
            return None  # dismissed since: out at once
        return SessionView(actor, customer_id, csrf)

    async def end_session(self, token: str) -> None:
        async with self._ctx.db.write() as session:
            await session.execute(
                update(DashboardSession)
                .where(DashboardSession.token_sha256 == _hash(token))
                .values(ended_at=self._ctx.clock.now())
            )
