"""Mirror the programme file's rewards and branches into the database at start-up.

The file is the truth; rows exist so that redemptions, stats and staff can refer to them.
A reward removed from the file is kept as inactive, so its history still resolves.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.db import Database
from bot.program import Program
from models import Branch, Reward


async def sync_catalogue(db: Database, program: Program) -> None:
    async with db.write() as session:
        rewards = {r.key: r for r in await session.scalars(select(Reward))}
        for position, item in enumerate(program.rewards):
            row = rewards.pop(item.key, None) or Reward(key=item.key)
            row.cost_points = item.cost
            row.active = item.active
            row.position = position
            session.add(row)
        for leftover in rewards.values():
            leftover.active = False
        branches = {b.key: b for b in await session.scalars(select(Branch))}
        for item in program.branches:
            row = branches.pop(item.key, None) or Branch(key=item.key)
            row.name = item.name
            row.active = True
            session.add(row)
        for leftover_branch in branches.values():
            leftover_branch.active = False
