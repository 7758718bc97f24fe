"""A programme change in words: what it does to customers (in the reader's language, with
tier and reward names from the programme) and which values it changes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from bot.i18n import Speaker
from bot.loyalty.programme import Change, Consequence
from bot.program import Program
from bot.rendering import card_name


def consequence_lines(
    speak: Speaker, before: Program, after: Program, consequences: Iterable[Consequence]
) -> list[str]:
    lines = [speak(c.message, **_named(speak, before, after, c.args)) for c in consequences]
    return lines or [speak("programme-no-consequences")]


def _named(speak: Speaker, before: Program, after: Program, args: dict[str, Any]) -> dict[str, Any]:
    out = dict(args)
    if "tier" in out:
        out["tier"] = after.tier(str(out["tier"])).name.get(speak.language)
    if "reward" in out:
        reward = after.reward(str(out["reward"])) or before.reward(str(out["reward"]))
        if reward is not None:
            out["reward"] = reward.name.get(speak.language)
    if "sold" in out:  # a bundle or a membership, by its key
        key = str(out["sold"])
        sold = after.bundle(key) or after.membership(key)
        out["sold"] = sold.name.get(speak.language) if sold else key
    if "card" in out:  # a stamp card, by its key
        out["card"] = card_name(after, speak, str(out["card"]))
    if "day" in out:
        out["day"] = speak.date(date.fromisoformat(str(out["day"])))
    return out


def change_lines(changes: Iterable[Change]) -> list[str]:
    """`rewards[coffee].cost: 120 → 150`, one per changed value; for the operator and the
    version history (paths are the programme file's own keys)."""
    return [f"{c.path}: {_value(c.before)} → {_value(c.after)}" for c in changes]


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return f"({len(value)} values)" if value else "()"
    return str(value)
