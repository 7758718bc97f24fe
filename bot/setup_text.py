"""The setup link in words, for the operator's terminal and the bot's log."""

from __future__ import annotations


def setup_instructions(token: str, bot_username: str) -> str:
    """How to use a setup link, for the operator's terminal or log."""
    payload = f"setup_{token}"
    telegram = f"https://t.me/{bot_username}?start={payload}" if bot_username else None
    lines = ["No owner yet: whoever opens this link in the bot becomes the shop's owner"]
    lines[0] += " (once, within 24 hours; `python bot.py setup-link` makes a new one)."
    if telegram:
        lines.append(f"  Telegram: {telegram}")
    lines.append(f"  In any chat with the bot (WhatsApp too), send: /start {payload}")
    return "\n".join(lines)
