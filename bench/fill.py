"""Fills an SQLite database with N customers and their ledgers, fast, for the benchmarks.

Rows go in through SQLAlchemy Core's executemany (the models' own column types, so the
data is exactly what the engine would write), in batches, inside a few transactions: a
million customers with about three million ledger rows take a minute or so, where the
engine's one-transaction-per-purchase path would take hours. Each customer is reachable on
Telegram as user id CHAT_BASE + n, like a real member.

The shop is one whose bot has been running: each customer away for longer than the
programme's we-miss-you gap has already been sent that message once (as the outbox marks
it). A database without them would have the bot queue about half its customers a message
at its first start and send them through every measurement after it, at Telegram's pace,
which is bench/broadcast.py's subject, not a customer's /balance.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.loyalty.codes import ALPHABET
from bot.loyalty.search_words import words_of
from bot.migrate import upgrade
from bot.program import Messages
from models import (
    ChannelIdentity,
    Customer,
    CustomerSearchWord,
    Delivery,
    DeliveryStatus,
    LedgerEntry,
    LedgerKind,
    Purpose,
)

CHAT_BASE = 10_000_000
NOW = datetime.now(UTC).replace(microsecond=0)
BATCH = 20_000
LANGUAGES = ("sw", "en", "el", "am")
WINBACK_DAYS = Messages().winback_days  # the programme a new shop starts with


def code(number: int, length: int) -> str:
    """A unique code from a number, in the alphabet the bot uses."""
    out = []
    for _ in range(length):
        number, digit = divmod(number, len(ALPHABET))
        out.append(ALPHABET[digit])
    return "".join(reversed(out))


def _customers(
    count: int, rng: random.Random
) -> Iterator[tuple[dict[str, object], list[dict[str, object]]]]:
    for n in range(1, count + 1):
        joined = NOW - timedelta(days=rng.randint(1, 720), seconds=rng.randint(0, 86_399))
        balance = 0
        ledger: list[dict[str, object]] = []
        for _ in range(rng.choice((0, 1, 2, 3, 4, 5, 6))):
            when = joined + (NOW - joined) * rng.random()
            points = rng.randint(5, 120)
            balance += points
            ledger.append(
                {
                    "customer_id": n,
                    "kind": LedgerKind.EARN,
                    "amount": points,
                    "balance_after": balance,
                    "purchase_minor": points * 1000,
                    "created_at": when,
                }
            )
        ledger.sort(key=lambda row: row["created_at"])  # type: ignore[arg-type, return-value]
        running = 0
        for row in ledger:
            running += int(row["amount"])  # type: ignore[call-overload]
            row["balance_after"] = running
        customer = {
            "id": n,
            "member_code": code(n, 7),
            "referral_code": "R" + code(n, 7),
            "name": f"Member {n}",
            "phone": f"+2547{n:08d}",
            "phone_key": f"7{n:08d}",
            "language": LANGUAGES[n % 4],
            "marketing_consent": n % 10 < 7,
            "points_balance": balance,
            "tier_key": "bronze",
            "joined_at": joined,
            "last_activity_at": ledger[-1]["created_at"] if ledger else None,
        }
        yield customer, ledger


def _winback_sent(customer: dict[str, object]) -> list[dict[str, object]]:
    """The we-miss-you a running bot sent this customer, if it was due: keyed as
    bot/loyalty/reminders.py keys it, so its sweep finds it and queues nothing again."""
    last_seen = customer["last_activity_at"] or customer["joined_at"]
    assert isinstance(last_seen, datetime)
    if not customer["marketing_consent"] or NOW - last_seen < timedelta(days=WINBACK_DAYS):
        return []
    sent = last_seen + timedelta(days=WINBACK_DAYS)
    return [
        {
            "customer_id": customer["id"],
            "purpose": Purpose.MARKETING,
            "key": f"winback:{customer['id']}:{last_seen.date().isoformat()}",
            "message": "notice-winback",
            "args": {"days": WINBACK_DAYS},
            "status": DeliveryStatus.SENT,
            "attempts": 1,
            "next_attempt_at": sent,
            "sent_at": sent,
        }
    ]


def _rows(count: int, seed: int, batch: int) -> Iterator[tuple[list[dict[str, object]], ...]]:
    """The customers, their identities, search words and ledgers, a batch at a time."""
    rng = random.Random(seed)
    customers: list[dict[str, object]] = []
    identities: list[dict[str, object]] = []
    ledger: list[dict[str, object]] = []
    words: list[dict[str, object]] = []
    deliveries: list[dict[str, object]] = []
    for customer, entries in _customers(count, rng):
        customers.append(customer)
        deliveries.extend(_winback_sent(customer))
        identities.append(
            {
                "channel": "telegram",
                "external_id": str(CHAT_BASE + int(customer["id"])),  # type: ignore[call-overload]
                "customer_id": customer["id"],
                "created_at": customer["joined_at"],
            }
        )
        words.extend(
            {"word": word, "customer_id": customer["id"]}
            for word in words_of(str(customer["name"]), str(customer["phone"]))
        )
        ledger.extend(entries)
        if len(customers) >= batch:
            yield customers, identities, words, ledger, deliveries
            customers, identities, ledger, words, deliveries = [], [], [], [], []
    if customers:
        yield customers, identities, words, ledger, deliveries


async def fill_postgres(url: str, count: int, seed: int = 7) -> int:
    """The same shop in a PostgreSQL database (`postgresql+asyncpg://...`, empty)."""
    await asyncio.to_thread(upgrade, url)
    engine = create_async_engine(url)
    ledger_rows = 0
    try:
        for customers, identities, words, ledger, deliveries in _rows(count, seed, 5_000):
            async with engine.begin() as conn:
                await conn.execute(insert(Customer), customers)
                await conn.execute(insert(ChannelIdentity), identities)
                await conn.execute(insert(CustomerSearchWord), words)
                if ledger:
                    await conn.execute(insert(LedgerEntry), ledger)
                if deliveries:
                    await conn.execute(insert(Delivery), deliveries)
            ledger_rows += len(ledger)
        async with engine.begin() as conn:
            # The customers came with their ids: the sequence must start after them.
            await conn.execute(
                text("SELECT setval(pg_get_serial_sequence('customers', 'id'), :n)"), {"n": count}
            )
            await conn.execute(text("ANALYZE"))
    finally:
        await engine.dispose()
    return ledger_rows


def fill(path: Path, count: int, seed: int = 7) -> int:
    """Creates the schema at `path` and `count` customers; returns the ledger rows written."""
    upgrade(f"sqlite+aiosqlite:///{path}")
    engine = create_engine(f"sqlite:///{path}")
    ledger_rows = 0
    for customers, identities, words, ledger, deliveries in _rows(count, seed, BATCH):
        with engine.begin() as conn:
            conn.execute(insert(Customer), customers)
            conn.execute(insert(ChannelIdentity), identities)
            conn.execute(insert(CustomerSearchWord), words)
            if ledger:
                conn.execute(insert(LedgerEntry), ledger)
            if deliveries:
                conn.execute(insert(Delivery), deliveries)
        ledger_rows += len(ledger)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")  # fresh statistics, as a long-running shop has
    engine.dispose()
    return ledger_rows
