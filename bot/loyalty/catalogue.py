"""Mirror the programme's rewards and branches into rows, at start-up and with every saved
version.

The programme is the truth; rows exist so that redemptions, stats and staff can refer to them.
A reward removed from the file is kept as inactive, so its history still resolves.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import Database
from bot.program import Program
from models import Branch, Reward


async def sync_catalogue(db: Database, program: Program) -> None:
    async with db.write() as session:
        await sync_rows(session, program)


async def sync_rows(session: AsyncSession, program: Program) -> None:
    """Inside the caller's transaction: with the version that implies them."""
    rewards = {r.key: r for r in await session.scalars(select(Reward))}
    for position, reward in enumerate(program.rewards):
        reward_row = rewards.pop(reward.key, None) or Reward(key=reward.key)
        reward_row.cost_points = reward.cost
        reward_row.active = reward.active
        reward_row.position = position
        session.add(reward_row)
    for leftover in rewards.values():
        leftover.active = False
    branches = {b.key: b for b in await session.scalars(select(Branch))}
    for branch in program.branches:
        branch_row = branches.pop(branch.key, None) or Branch(key=branch.key)
        branch_row.name = branch.name
        branch_row.active = True
        session.add(branch_row)
    for leftover_branch in branches.values():
        leftover_branch.active = False
