"""`python bot.py pictures <folder>`: the stamp card, the member card and the /stats chart in
every language, drawn from the shop's own programme file with made-up figures.

An owner sees how their colours and logo look before a customer does; the README's pictures
come from this command run on program.example.toml.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.i18n import Speaker, Translator
from bot.images.chart import members_and_activity
from bot.images.member_card import member_card
from bot.images.stamp_card import stamp_card
from bot.languages import LANGUAGES
from bot.program import Program
from handlers.card import card_words
from handlers.member_code import member_words
from handlers.stats import chart_words

SAMPLE_CODE = "K7M2QXA"
SAMPLE_LINK = "https://t.me/your_shop_bot?start=m_K7M2QXA"
SAMPLE_END = date(2026, 3, 31)


def sample_days(days: int = 30, seed: int = 7) -> tuple[tuple[date, int, int], ...]:
    """A month of a growing café: members so far and members who bought, per day."""
    rng = random.Random(seed)
    members, out = 380, []
    for offset in range(days):
        day = SAMPLE_END - timedelta(days=days - 1 - offset)
        members += rng.randint(0, 9)
        weekend = day.weekday() >= 5
        out.append((day, members, int(members * rng.uniform(0.09, 0.14) * (1.4 if weekend else 1))))
    return tuple(out)


def write_pictures(program: Program, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    translator = Translator()
    daily = sample_days()
    start = datetime.combine(daily[0][0], datetime.min.time(), UTC)
    end = datetime.combine(daily[-1][0], datetime.min.time(), UTC)
    slots = program.stamps.slots
    top = program.tiers.levels[-1].key
    written: list[Path] = []
    for language in LANGUAGES:
        speak = Speaker(translator, language, program.shop.tz, program.shop.currency)
        stamps = min(slots - 1, 7)
        card = stamp_card(
            program.brand,
            card_words(speak, program, stamps, slots, 1),
            stamps,
            slots,
            program.stamps.step_slots,
        )
        words, colour = member_words(speak, program, SAMPLE_CODE, top)
        pictures = {
            f"stamp-card-{language}.png": card,
            f"member-card-{language}.png": member_card(program.brand, words, colour, SAMPLE_LINK),
            f"stats-{language}.png": members_and_activity(daily, chart_words(speak, start, end)),
        }
        for name, data in pictures.items():
            path = folder / name
            path.write_bytes(data)
            written.append(path)
    return written
