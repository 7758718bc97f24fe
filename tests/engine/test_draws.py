"""Prize draws: tickets by purchase or by points under a cap, one draw at closing time that
anyone can recompute from the revealed seed and the published entry list, once."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import cli
from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.draw_method import Entry, check_record, commitment, parse_entry, pick_winners
from bot.loyalty.draws import NewDraw
from bot.loyalty.errors import (
    DrawAlreadyDrawn,
    DrawClosed,
    DrawNotDue,
    DrawTicketCap,
    InsufficientPoints,
    InvalidDraw,
)
from bot.loyalty.ledger import ledger_sum
from models import Delivery, DrawEntryKind, DrawTicket, StaffRole
from tests.conftest import Shop
from tests.helpers.databases import balance


async def _open(
    app: App,
    shop: Shop,
    entry: DrawEntryKind = DrawEntryKind.PURCHASE,
    *,
    threshold: int | None = None,
    cap: int = 2,
    winners: int = 2,
    days: int = 7,
) -> int:
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    if threshold is None:
        threshold = app.loyalty.purchases.minor_units("500")
    new = NewDraw(
        prize="A hamper",
        closes_at=app.clock.now() + timedelta(days=days),
        entry=entry,
        threshold=threshold,
        cap=cap,
        winners=winners,
    )
    return await app.loyalty.draws.open(new, actor=owner)


def _record(text: str) -> tuple[dict[str, str], list[Entry]]:
    head, _, body = text.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return fields, [parse_entry(line) for line in body.splitlines()]


async def test_the_winners_follow_from_the_revealed_seed_and_the_published_list(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    draw_id = await _open(app, shop, cap=2, winners=2)
    opened = await app.loyalty.draws.view(draw_id)
    assert opened.seed is None  # secret while open
    fields, _ = _record(await app.loyalty.draws.published(draw_id))
    assert fields["seed"] == "(secret until the draw)"
    people = [await shop.customer(f"c{i}") for i in range(6)]
    for person in people:
        for _ in range(3):  # three qualifying purchases: the cap of 2 keeps the third out
            await shop.earn(person, "600")
        await shop.earn(person, "499")  # under the threshold: no ticket
    clock.advance(days=8)
    (result,) = await app.loyalty.draws.draw_due()
    assert result.tickets == 12 and len(result.winners) == 2
    assert len(set(result.winners)) == 2  # one prize a person

    fields, entries = _record(await app.loyalty.draws.published(draw_id))
    assert commitment(fields["seed"]) == fields["commitment"] == opened.commitment
    assert [e.number for e in entries] == list(range(1, 13))
    recomputed = pick_winners(fields["seed"], entries, 2)
    assert fields["winning"] == " ".join(e.ticket for e in recomputed)
    view = await app.loyalty.draws.view(draw_id, result.winners[0])
    assert view.winning == tuple(e.ticket for e in recomputed)
    assert view.won_code is not None

    # The winner's code is handed over at the counter once, naming the prize.
    staff = await shop.staff()
    confirmed = await app.loyalty.redemptions.confirm(view.won_code, actor=staff)
    assert (confirmed.customer_id, confirmed.prize) == (result.winners[0], "A hamper")


async def test_a_draw_is_drawn_once_and_not_before_it_closes(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    draw_id = await _open(app, shop, winners=1)
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    await shop.earn(await shop.customer(), "600")
    with pytest.raises(DrawNotDue):
        await app.loyalty.draws.draw(draw_id, actor=owner)
    clock.advance(days=8)
    results = await asyncio.gather(
        *(app.loyalty.draws.draw_due() for _ in range(5)),
        app.loyalty.draws.draw(draw_id, actor=owner),
        return_exceptions=True,
    )
    drawn = [r for r in results if not isinstance(r, BaseException)]
    assert sum(len(r) if isinstance(r, list) else 1 for r in drawn) == 1
    assert all(isinstance(r, DrawAlreadyDrawn) for r in results if isinstance(r, BaseException))
    with pytest.raises(DrawAlreadyDrawn):
        await app.loyalty.draws.draw(draw_id, actor=owner)
    async with app.db.read() as session:
        won = await session.scalar(
            select(func.count()).where(Delivery.key == f"draw:{draw_id}:won")
        )
    assert won == 1


async def test_tickets_bought_with_points_respect_the_cap_under_concurrency(
    app: App, shop: Shop
) -> None:
    draw_id = await _open(app, shop, DrawEntryKind.POINTS, threshold=100, cap=3)
    amina = await shop.customer()
    await shop.earn(amina, "10000")  # 1000 points
    results = await asyncio.gather(
        *(app.loyalty.draws.buy_ticket(amina, draw_id, key=f"press-{i}") for i in range(20)),
        return_exceptions=True,
    )
    bought = [r for r in results if not isinstance(r, BaseException)]
    assert len(bought) == 3
    assert all(isinstance(r, DrawTicketCap) for r in results if isinstance(r, BaseException))
    assert await balance(app, amina) == 700
    async with app.db.read() as session:
        assert await ledger_sum(session, amina) == 700
    # The same press delivered again gives the same ticket, and charges nothing. Which
    # presses won is the databases' race (on PostgreSQL any three of the twenty).
    won = next(i for i, r in enumerate(results) if not isinstance(r, BaseException))
    again = await app.loyalty.draws.buy_ticket(amina, draw_id, key=f"press-{won}")
    first = results[won]
    assert not isinstance(first, BaseException)
    assert again.code == first.code and again.balance == 700
    lost = next(i for i, r in enumerate(results) if isinstance(r, BaseException))
    with pytest.raises(DrawTicketCap):  # a refused press stays refused
        await app.loyalty.draws.buy_ticket(amina, draw_id, key=f"press-{lost}")
    assert await balance(app, amina) == 700


async def test_a_ticket_the_points_cannot_pay_for_changes_nothing(app: App, shop: Shop) -> None:
    draw_id = await _open(app, shop, DrawEntryKind.POINTS, threshold=100)
    amina = await shop.customer()
    await shop.earn(amina, "990")  # 99 points
    with pytest.raises(InsufficientPoints):
        await app.loyalty.draws.buy_ticket(amina, draw_id, key="k")
    assert await balance(app, amina) == 99
    assert (await app.loyalty.draws.view(draw_id)).tickets == 0
    purchase_draw = await _open(app, shop)
    with pytest.raises(DrawClosed):  # a purchase draw sells no tickets for points
        await app.loyalty.draws.buy_ticket(amina, purchase_draw, key="k2")


async def test_no_ticket_after_closing_and_a_cancel_gives_the_points_back(
    app: App, shop: Shop, clock: ManualClock
) -> None:
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    by_points = await _open(app, shop, DrawEntryKind.POINTS, threshold=100, cap=5)
    amina = await shop.customer()
    await shop.earn(amina, "5000")
    await app.loyalty.draws.buy_ticket(amina, by_points, key="a")
    await app.loyalty.draws.buy_ticket(amina, by_points, key="b")
    assert await balance(app, amina) == 300
    assert await app.loyalty.draws.cancel(by_points, actor=owner) == 1
    assert await balance(app, amina) == 500
    with pytest.raises(DrawClosed):
        await app.loyalty.draws.buy_ticket(amina, by_points, key="c")
    with pytest.raises(DrawAlreadyDrawn):
        await app.loyalty.draws.cancel(by_points, actor=owner)

    by_purchase = await _open(app, shop, days=1)
    clock.advance(days=2)
    await shop.earn(amina, "600")  # after closing: no ticket
    assert (await app.loyalty.draws.view(by_purchase)).tickets == 0


async def test_tickets_from_two_tills_at_once_are_numbered_without_gaps(
    app: App, shop: Shop
) -> None:
    draw_id = await _open(app, shop, cap=1)
    people = [await shop.customer(f"p{i}") for i in range(12)]
    await asyncio.gather(*(shop.earn(p, "700") for p in people))
    async with app.db.read() as session:
        numbers = list(
            await session.scalars(
                select(DrawTicket.number)
                .where(DrawTicket.draw_id == draw_id)
                .order_by(DrawTicket.number)
            )
        )
        entrants = set(
            await session.scalars(select(DrawTicket.entrant).where(DrawTicket.draw_id == draw_id))
        )
    assert numbers == list(range(1, 13))
    assert entrants == set(range(1, 13))


async def test_a_draw_outside_what_the_bot_runs_is_refused(app: App, shop: Shop) -> None:
    owner = await shop.staff(StaffRole.OWNER, branch=None)
    now = app.clock.now()
    points = DrawEntryKind.POINTS
    closes = now + timedelta(days=1)
    for bad, field in [
        (NewDraw("  ", closes, points, 100, 1, 1), "prize"),
        (NewDraw("Hamper", now, points, 100, 1, 1), "closes"),
        (NewDraw("Hamper", now + timedelta(days=400), points, 100, 1, 1), "closes"),
        (NewDraw("Hamper", closes, points, 0, 1, 1), "threshold"),
        (NewDraw("Hamper", closes, points, 100, 101, 1), "cap"),
        (NewDraw("Hamper", closes, points, 100, 1, 21), "winners"),
    ]:
        with pytest.raises(InvalidDraw) as refused:
            await app.loyalty.draws.open(bad, actor=owner)
        assert refused.value.params == {"field": field}
    assert await app.loyalty.draws.views() == []


# --- the method alone -------------------------------------------------------------------


def _entries(count: int) -> list[Entry]:
    return [Entry(n, f"T{n:04d}", n) for n in range(1, count + 1)]


def _seed(i: int) -> str:
    return hashlib.sha256(f"seed {i}".encode()).hexdigest()


def test_the_same_inputs_give_the_same_winners_and_one_changed_entry_changes_them() -> None:
    entries = _entries(50)
    seed = _seed(1)
    first = pick_winners(seed, entries, 3)
    assert pick_winners(seed, list(entries), 3) == first
    # Change one losing ticket's code: the digest changes, and with it every round.
    loser = next(e for e in entries if e not in first)
    changed = [Entry(e.number, "ZZZZZ", e.entrant) if e == loser else e for e in entries]
    assert [e.number for e in pick_winners(seed, changed, 3)] != [e.number for e in first]
    # Another seed, another draw.
    assert pick_winners(_seed(2), entries, 3) != first


def test_one_person_wins_once_however_many_tickets_they_hold() -> None:
    entries = [Entry(n, f"T{n}", 1 if n <= 40 else n) for n in range(1, 46)]
    for i in range(50):
        winners = pick_winners(_seed(i), entries, 6)
        assert len({w.entrant for w in winners}) == len(winners) == 6


def test_every_ticket_is_as_likely_to_win() -> None:
    """Chi-square over 6 000 seeds and 30 tickets: with 29 degrees of freedom a fair draw
    exceeds 58.3 one time in a thousand (p = 0.001); the seeds are fixed, so the run is too."""
    entries = _entries(30)
    draws = 6_000
    counts = [0] * 30
    for i in range(draws):
        (won,) = pick_winners(_seed(i), entries, 1)
        counts[won.number - 1] += 1
    expected = draws / 30
    chi_square = sum((c - expected) ** 2 / expected for c in counts)
    assert chi_square < 58.3, counts


async def test_bot_py_draw_check_confirms_a_true_record_and_refuses_a_tampered_one(
    app: App, shop: Shop, clock: ManualClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draw_id = await _open(app, shop, winners=2)
    for i in range(5):
        await shop.earn(await shop.customer(f"c{i}"), "600")
    clock.advance(days=8)
    await app.loyalty.draws.draw_due()
    record = await app.loyalty.draws.published(draw_id)
    true_file = tmp_path / "draw.txt"
    true_file.write_text(record, encoding="utf-8")
    assert cli.main(["draw-check", str(true_file)]) == 0
    assert capsys.readouterr().out.endswith("the draw holds\n")

    # The record edited after the draw to name two other tickets as the winners.
    fields, entries = _record(record)
    losers = [e.ticket for e in entries if e.ticket not in fields["winning"].split()]
    forged = tmp_path / "forged.txt"
    forged.write_text(
        record.replace(f"winning: {fields['winning']}", f"winning: {' '.join(losers[:2])}"),
        encoding="utf-8",
    )
    assert check_record(forged.read_text()).sealed
    assert cli.main(["draw-check", str(forged)]) == 2
    assert "the record does not hold" in capsys.readouterr().err
    open_record = tmp_path / "open.txt"
    open_record.write_text(await app.loyalty.draws.published(await _open(app, shop)))
    assert cli.main(["draw-check", str(open_record)]) == 2
