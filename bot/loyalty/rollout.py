"""A staged roll-out (seed 001: start the club in a few stores of a chain, learn, then
widen). At a branch the programme has not started in, nothing is earned or spent and the
staff are told so; a purchase they record there is noted as a visit (no points, nothing the
customer sees), so the owner's /stats can compare the pilot branches with the others."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.loyalty.context import Actor
from bot.loyalty.errors import BranchNotStarted
from bot.program import Program
from models import Branch, NotedVisit


async def branch_not_started(
    session: AsyncSession, program: Program, actor: Actor | None
) -> str | None:
    """The name of the actor's branch when the programme has not started there; None when
    it has (or the shop stages nothing, which costs no query)."""
    waiting = program.not_started()
    if not waiting or actor is None or actor.branch_id is None:
        return None
    key = await session.scalar(select(Branch.key).where(Branch.id == actor.branch_id))
    return waiting.get(key) if key is not None else None


async def refuse_unless_started(
    session: AsyncSession, program: Program, actor: Actor | None
) -> None:
    name = await branch_not_started(session, program, actor)
    if name is not None:
        raise BranchNotStarted(branch=name)


async def note_visit(
    session: AsyncSession,
    customer_id: int,
    actor: Actor,
    amount_minor: int,
    key: str,
    now: datetime,
) -> None:
    """A purchase at a branch not started yet, once per key (a retried /award notes it once)."""
    if await session.scalar(select(NotedVisit.id).where(NotedVisit.idempotency_key == key)):
        return
    assert actor.branch_id is not None  # only a branch's staff reach a branch not started
    session.add(
        NotedVisit(
            customer_id=customer_id,
            branch_id=actor.branch_id,
            amount_minor=amount_minor,
            idempotency_key=key,
            staff_id=actor.staff_id,
            created_at=now,
        )
    )
