"""Numbers people type (amounts at the till, counts, points) and numbers in buttons: read one
way only, by the shop's locale, and refused with a clear answer that changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.numbers import AmbiguousAmount, UnreadableAmount, read_amount, signed_number, whole_number
from bot.settings import Settings
from models import AuditEntry, LedgerEntry, StaffRole
from tests.helpers.chat import Chat
from tests.helpers.databases import balance
from tests.helpers.programmes import make_program, with_cards


async def _owner_and_customer(app: App) -> tuple[Chat, int, str]:
    owner = Chat(app, "300", display_name="Eleni")
    eleni = await owner.join("en", name="Eleni")
    await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    amina = await Chat(app, "100").join("sw", name="Amina")
    return owner, amina, (await app.loyalty.customers.get(amina)).member_code


async def _ledger_rows(app: App) -> int:
    async with app.db.read() as s:
        return int(await s.scalar(select(func.count(LedgerEntry.id))) or 0)


@pytest.mark.parametrize(
    ("typed", "points", "shown"),
    [
        ("5,000", 500, "KES\u00a05,000"),  # fifty thousand was once read as fifty
        ("5000", 500, "KES\u00a05,000"),
        ("1,234.50", 123, "KES\u00a01,234.50"),
        ("450.5", 45, "KES\u00a0450.50"),
    ],
)
async def test_an_amount_is_read_by_the_shops_locale(
    app: App, typed: str, points: int, shown: str
) -> None:
    owner, amina, code = await _owner_and_customer(app)
    await owner.say(f"/award {code} {typed} R-1")
    assert owner.text == f"✅ Amina: +{points} points for {shown}. Balance: {points}."
    assert await balance(app, amina) == points


@pytest.mark.parametrize("typed", ["50,5", "1,2,3", "12.345", "1.234,50"])
async def test_an_amount_that_reads_two_ways_is_refused_with_the_accepted_form(
    app: App, typed: str
) -> None:
    owner, _, code = await _owner_and_customer(app)
    await owner.say(f"/award {code} {typed}")
    assert owner.text.startswith(
        app.translator(
            "en", "error-ambiguous-amount", amount=typed, example="1,250.50", plain="1250.50"
        )
    )
    assert await _ledger_rows(app) == 0


@pytest.mark.parametrize("typed", ["5e3", "٥٠٠", "1_000", "²", "abc", "-50", "+50", "0", "0.00"])
async def test_what_is_not_an_amount_is_refused(app: App, typed: str) -> None:
    owner, _, code = await _owner_and_customer(app)
    await owner.say(f"/award {code} {typed}")
    assert owner.text.startswith(app.translator("en", "error-invalid-amount", amount=typed))
    assert await _ledger_rows(app) == 0


async def test_a_greek_shop_reads_a_dot_as_thousands_and_a_comma_as_decimals(
    database_url: str, clock: ManualClock
) -> None:
    program = make_program(shop={"currency": "EUR", "locale": "el_GR"})
    async with open_app(Settings(database_url=database_url), program=program, clock=clock) as app:
        owner, amina, code = await _owner_and_customer(app)
        await owner.say(f"/award {code} 1.500 R-1")
        assert await balance(app, amina) == 150
        await owner.say(f"/award {code} 125,50 R-2")
        assert await balance(app, amina) == 162
        await owner.say(f"/award {code} 12.5 R-3")
        assert owner.text.startswith(
            app.translator(
                "en", "error-ambiguous-amount", amount="12.5", example="1.250,50", plain="1250,50"
            )
        )


@pytest.mark.parametrize(
    "command",
    [
        "/adjust {code} +-5 gift",
        "/adjust {code} ² gift",
        "/adjust {code} 5x gift",
        "/adjust {code} 0 gift",
        "/adjust {code} 99999999999999999999 gift",
    ],
)
async def test_adjust_reads_digits_only_and_answers_with_its_usage(app: App, command: str) -> None:
    owner, amina, code = await _owner_and_customer(app)
    await owner.say(command.format(code=code))
    assert owner.text == app.translator("en", "staff-usage-adjust")
    assert await balance(app, amina) == 0


@pytest.mark.parametrize("count", ["³", "٣", "-1", "1.5", "99999999999999999999"])
@pytest.mark.parametrize("program", [make_program(), with_cards()], ids=["one-card", "two-cards"])
async def test_stamp_reads_digits_only(app: App, count: str) -> None:
    """A count typed wrong is never read as a number, nor as a card's name."""
    owner, _, code = await _owner_and_customer(app)
    async with app.db.read() as s:
        audited = await s.scalar(select(func.count(AuditEntry.id)))
    await owner.say(f"/stamp {code} {count}")
    assert owner.text == app.translator("en", "staff-usage-stamp")
    async with app.db.read() as s:
        assert await s.scalar(select(func.count(AuditEntry.id))) == audited


@pytest.mark.parametrize(
    "data",
    [
        "v1:fbr:99999999999999999999-5",
        "v1:fbr:2147483648-5",
        "v1:fb:99999999999999999999",
        "v1:fbr:1-99",
    ],
)
async def test_a_forged_number_in_a_button_is_a_stale_button(app: App, data: str) -> None:
    owner, _, _ = await _owner_and_customer(app)
    await owner.press_data(data)
    assert app.translator("en", "button-stale") in owner.text
    assert "error" not in owner.text.lower()


def test_whole_and_signed_numbers_are_ascii_digits_in_range() -> None:
    assert [whole_number(t) for t in ("12", " 7 ", "0")] == [12, 7, 0]
    assert [whole_number(t) for t in ("²", "١٢", "+1", "1e3", "", "2147483648")] == [None] * 6
    assert whole_number("9", maximum=5) is None
    assert [signed_number(t) for t in ("+5", "-5", "\u22125", "5")] == [5, -5, -5, 5]
    assert [signed_number(t) for t in ("+-5", "--5", "²", "1" * 16)] == [None] * 4


def test_reading_an_amount_never_guesses() -> None:
    assert str(read_amount("50,000", locale="sw", digits=2)) == "50000"
    with pytest.raises(AmbiguousAmount):
        read_amount("50,000", locale="el", digits=2)
    with pytest.raises(AmbiguousAmount):
        read_amount("1.5", locale="sw", digits=0)  # no cents in a currency without them
    with pytest.raises(UnreadableAmount):
        read_amount("1 000", locale="sw", digits=2)
