"""API keys: how a shop's till system is let in, one key per till or integration.

A key is `lk_<prefix>_<secret>`: the prefix names it in lists, the whole key is shown once
and only its SHA-256 is stored. A fast hash is enough here, unlike for a password: the
secret is 32 random characters (about 190 bits), so nobody can try keys against the
hashes, and each call checks its key with one indexed lookup. A key acts as a staff member
at its branch (the same award limit, slowed down the same way on wrong codes), with only
the scopes it was given; a revoked key is refused from the next call.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty import audit
from bot.loyalty.codes import new_code
from bot.loyalty.context import Actor, EngineContext
from bot.loyalty.errors import InvalidApiKey, NotAllowed
from models import ApiKey, Branch, StaffRole

SCOPES = ("award", "redeem", "read")  # record purchases and stamps; hand over rewards; look
NAME_LIMIT = 60
# Last use is written at most this often per key: a busy till does not write on every call.
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class ApiKeyInfo:
    id: int
    name: str
    prefix: str
    branch_key: str | None
    scopes: tuple[str, ...]
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewApiKey:
    key: str  # shown once, to the owner who made it
    info: ApiKeyInfo


@dataclass(frozen=True, slots=True)
class TillKey:
    """A key that let a call in: who acts, and what it may do."""

    id: int
    name: str
    actor: Actor
    scopes: frozenset[str]
    last_used_at: datetime | None


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def scopes_from(text: str | Iterable[str]) -> tuple[str, ...]:
    """Scopes as an owner types them ("award,read", "award read"), in the API's order."""
    words = text.replace(",", " ").split() if isinstance(text, str) else list(text)
    asked = {word.strip().lower() for word in words if word.strip()}
    if not asked or asked - set(SCOPES):
        raise InvalidApiKey(reason="scopes")
    return tuple(scope for scope in SCOPES if scope in asked)


class ApiKeyService:
    def __init__(self, ctx: EngineContext) -> None:
        self._ctx = ctx

    async def create(
        self,
        name: str,
        *,
        scopes: str | Iterable[str] = SCOPES,
        branch_key: str | None = None,
        by: Actor,
    ) -> NewApiKey:
        if not by.is_owner or by.staff_id is None:
            raise NotAllowed(operation="till-keys")
        clean = " ".join(name.split())
        if not clean or len(clean) > NAME_LIMIT:
            raise InvalidApiKey(reason="name")
        chosen = scopes_from(scopes)
        now = self._ctx.clock.now()
        for _ in range(3):  # a prefix drawn twice (1 in 10^12): draw again
            prefix = f"lk_{new_code(8)}"
            key = f"{prefix}_{secrets.token_urlsafe(24)}"
            try:
                async with self._ctx.db.write() as session:
                    branch_id = await self._branch_id(session, branch_key)
                    row = ApiKey(
                        name=clean,
                        prefix=prefix,
                        secret_hash=digest(key),
                        branch_id=branch_id,
                        scopes=" ".join(chosen),
                        created_by_id=by.staff_id,
                        created_at=now,
                    )
                    session.add(row)
                    await session.flush()
                    audit.record(
                        session, actor=by, action="api_key", now=now, key=prefix, name=clean
                    )
                    return NewApiKey(key, _info(row, branch_key or None))
            except IntegrityError:
                continue
        raise RuntimeError("could not draw a free key prefix")

    async def revoke(self, prefix: str, *, by: Actor) -> ApiKeyInfo | None:
        """The key named by its prefix ("lk_7QK2M9XD", as lists show it), refused from the
        next call; None when no key in use has that prefix."""
        if not by.is_owner or by.staff_id is None:
            raise NotAllowed(operation="till-keys")
        wanted = prefix.strip()
        if not wanted.lower().startswith("lk_"):
            wanted = f"lk_{wanted}"
        wanted = "lk_" + wanted[3:].upper()
        now = self._ctx.clock.now()
        async with self._ctx.db.write() as session:
            row = await session.scalar(
                select(ApiKey).where(ApiKey.prefix == wanted, ApiKey.revoked_at.is_(None))
            )
            if row is None:
                return None
            row.revoked_at = now
            audit.record(session, actor=by, action="api_key_revoke", now=now, key=row.prefix)
            await session.flush()
            branch = await session.scalar(select(Branch.key).where(Branch.id == row.branch_id))
            return _info(row, branch)

    async def listing(self) -> list[ApiKeyInfo]:
        """Every key, the ones in use first, newest first."""
        async with self._ctx.db.read() as session:
            rows = await session.execute(
                select(ApiKey, Branch.key)
                .outerjoin(Branch, Branch.id == ApiKey.branch_id)
                .order_by(ApiKey.revoked_at.is_not(None), ApiKey.id.desc())
            )
            return [_info(row, branch) for row, branch in rows]

    async def authenticate(self, key: str) -> TillKey | None:
        """The key behind a call, or None for a key that is unknown or revoked."""
        if not key.startswith("lk_") or len(key) > 100:
            return None
        async with self._ctx.db.read() as session:
            row = await session.scalar(
                select(ApiKey).where(ApiKey.secret_hash == digest(key), ApiKey.revoked_at.is_(None))
            )
        if row is None:
            return None
        actor = Actor(None, StaffRole.STAFF, branch_id=row.branch_id, api_key_id=row.id)
        return TillKey(row.id, row.name, actor, frozenset(row.scopes.split()), row.last_used_at)

    async def touch(self, till: TillKey) -> None:
        """Note that the key is in use (shown to the owner), at most once a minute."""
        now = self._ctx.clock.now()
        if till.last_used_at is not None and now - till.last_used_at < TOUCH_EVERY:
            return
        async with self._ctx.db.write() as session:
            await session.execute(
                update(ApiKey).where(ApiKey.id == till.id).values(last_used_at=now)
            )

    async def _branch_id(self, session: AsyncSession, branch_key: str | None) -> int | None:
        if not branch_key:
            return None
        branch_id = await session.scalar(select(Branch.id).where(Branch.key == branch_key))
        if branch_id is None:
            raise InvalidApiKey(reason="branch")
        return branch_id


def _info(row: ApiKey, branch_key: str | None) -> ApiKeyInfo:
    return ApiKeyInfo(
        id=row.id,
        name=row.name,
        prefix=row.prefix,
        branch_key=branch_key,
        scopes=tuple(row.scopes.split()),
        created_at=row.created_at,
        revoked_at=row.revoked_at,
        last_used_at=row.last_used_at,
    )
