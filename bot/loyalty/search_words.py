"""The words a customer is found by, kept in one indexed table (models.CustomerSearchWord).

A name's words are stored lower case and without accents ("Ελένη Παπαδοπούλου" ->
"ελενη", "παπαδοπουλου"); the phone number's last nine digits are stored reversed behind
"#", so "the number ends in 345678" is a prefix too. A search reads, for its rarest word, a
range of that index (at most CANDIDATES rows), then checks the other words on those
customers only: bounded work at a million customers, where `name ILIKE '%…%'` read them all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from models import CustomerSearchWord

WORD_LENGTH = 64
CANDIDATES = 1000  # customers read for one search, at most
PHONE_MARK = "#"
_WORD = re.compile(r"\w+")
_TOP = "\U0010ffff"  # sorts after every character: the end of a prefix's range


def plain_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return [w[:WORD_LENGTH] for w in _WORD.findall(bare)]


def phone_word(digits: str) -> str:
    """The end of a number as an indexed prefix: "0712345678" -> "#876543217"."""
    return PHONE_MARK + digits[-9:][::-1]


def words_of(name: str | None, phone: str | None) -> set[str]:
    words = set(plain_words(name or ""))
    digits = "".join(c for c in phone or "" if c.isdigit())
    if digits:
        words.add(phone_word(digits))
    return words


async def index(
    session: AsyncSession, customer_id: int, name: str | None, phone: str | None
) -> None:
    """Replace the customer's words (a new name, a new number, or none after erasure)."""
    await session.execute(
        delete(CustomerSearchWord).where(CustomerSearchWord.customer_id == customer_id)
    )
    await index_many(session, [(customer_id, name, phone)])


async def index_many(
    session: AsyncSession, customers: Iterable[tuple[int, str | None, str | None]]
) -> None:
    """The words of customers who have none yet (new, or imported in a batch)."""
    rows = [
        {"word": word, "customer_id": customer_id}
        for customer_id, name, phone in customers
        for word in words_of(name, phone)
    ]
    if rows:
        await session.execute(insert(CustomerSearchWord), rows)


def _starting_with(prefix: str) -> ColumnElement[bool]:
    word = CustomerSearchWord.word
    return and_(word >= prefix, word < prefix + _TOP)


async def candidates(session: AsyncSession, prefixes: list[str]) -> list[int]:
    """Customers who have a word starting with each prefix: the rarest prefix's range is
    read (CANDIDATES rows at most), the others are checked on those customers only."""
    if not prefixes:
        return []
    sizes = []
    for prefix in prefixes:
        capped = (
            select(CustomerSearchWord.customer_id)
            .where(_starting_with(prefix))
            .limit(CANDIDATES + 1)
            .subquery()
        )
        sizes.append((await session.scalar(select(func.count()).select_from(capped)) or 0, prefix))
    _, rarest = min(sizes)
    found = list(
        await session.scalars(
            select(CustomerSearchWord.customer_id)
            .where(_starting_with(rarest))
            .order_by(CustomerSearchWord.word)
            .limit(CANDIDATES)
        )
    )
    others = [p for p in prefixes if p != rarest]
    if not others or not found:
        return list(dict.fromkeys(found))
    # The other words are checked on these customers' own words (their index), never by
    # reading another range that could hold every customer ("member 12").
    words: dict[int, list[str]] = {}
    rows = await session.execute(
        select(CustomerSearchWord.customer_id, CustomerSearchWord.word).where(
            CustomerSearchWord.customer_id.in_(found)
        )
    )
    for customer_id, word in rows:
        words.setdefault(customer_id, []).append(word)
    return [
        customer_id
        for customer_id in dict.fromkeys(found)
        if all(any(w.startswith(p) for w in words.get(customer_id, ())) for p in others)
    ]
