"""Bringing paper-card customers in from a CSV file: the dry run names every line left out
and why, the import creates the rest once, and an imported customer finds their points
when they first write from their number (one the platform vouches for)."""

from __future__ import annotations

import asyncio
import html
import re

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import ManualClock
from bot.loyalty.codes import new_code
from bot.loyalty.errors import ImportRefused
from bot.loyalty.imports import BATCH, read_table
from models import Customer, CustomerImport, LedgerEntry, LedgerKind
from tests.helpers.chat import Chat
from tests.web.conftest import OWNER_CHAT, Browser, owner_actor

HEADER = "Jina,Simu,Lugha,Pointi,Mihuri,Alijiunga\n"


def _file(good: int, bad_lines: dict[int, str]) -> tuple[bytes, set[int]]:
    """`good` customers, with the lines of `bad_lines` (1-based data line -> text) among
    them; returns the file and the file line numbers (the header is line 1) of the bad."""
    rows, bad_numbers = [], set()
    total = good + len(bad_lines)
    person = 0
    for index in range(1, total + 1):
        if index in bad_lines:
            rows.append(bad_lines[index])
            bad_numbers.add(index + 1)
            continue
        person += 1
        points = 70 if person == 1 else person % 400
        rows.append(
            f"Mteja {person},+2547{person:08d},sw,{points},{person % 10},2024-0{1 + person % 9}-15"
        )
    return (HEADER + "\n".join(rows) + "\n").encode("utf-8-sig"), bad_numbers


BAD = {
    3: "Hana Simu,,sw,10,1,2024-01-01",
    40: "Simu Mbaya,not a phone,sw,10,1,2024-01-01",
    77: "Lugha Ngeni,+254711000077,fr,10,1,2024-01-01",
    120: "Pointi Hasi,+254711000120,sw,-5,1,2024-01-01",
    160: "Pointi Maneno,+254711000160,sw,kumi,1,2024-01-01",
    200: "Mihuri Mingi,+254711000200,sw,10,99,2024-01-01",
    260: "Tarehe Mbaya,+254711000260,sw,10,1,31/31/2024",
    300: "Siku Ijayo,+254711000300,sw,10,1,2999-01-01",
    410: "Nakala,+254700000005,sw,10,1,2024-01-01",  # the same number as customer 5
    480: "Pointi Nyingi,+254711000480,sw,99999999999,1,2024-01-01",
}


async def test_five_hundred_customers_with_ten_bad_lines(app: App, owner_browser: Browser) -> None:
    content, bad = _file(490, BAD)
    http, server = owner_browser.http, owner_browser.server
    await owner_browser.open("/dashboard/import")
    form = {"csrf": owner_browser.csrf, "file": content}
    async with http.post(server.make_url("/dashboard/import"), data=_multipart(form)) as page:
        assert page.status == 200, await page.text()
        owner_browser.html = await page.text()
        mapping_url = page.url.path
    # The Swahili headers are recognised by themselves.
    assert '<option value="Simu" selected>' in owner_browser.html
    import_id = int(mapping_url.rsplit("/", 1)[1])
    await owner_browser.submit(
        f"/dashboard/import/{import_id}/check",
        **{"column.name": "Jina", "column.phone": "Simu", "column.language": "Lugha"},
        **{"column.points": "Pointi", "column.stamps": "Mihuri", "column.joined": "Alijiunga"},
    )
    said = html.unescape(owner_browser.html)
    assert "490 customers will be created." in said
    assert "1 line repeats a member and will be left out." in said
    assert "9 lines have a mistake and will be left out." in said
    named = {int(n) for n in re.findall(r'<td class="n">line (\d+)</td>', said)}
    assert named == bad
    assert "the same phone number as line 7" in said  # customer 5 is on file line 7
    assert "unknown language “fr”" in said
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(Customer.id))) == 1  # only the owner

    await owner_browser.submit(f"/dashboard/import/{import_id}/run")
    for _ in range(200):
        page = await owner_browser.open(f"/dashboard/import/{import_id}/progress")
        if "Finished" in page:
            break
        await _pause()
    assert "Finished: 490 customers created, 10 lines left out." in owner_browser.html
    async with app.db.read() as session:
        imported = await session.scalar(
            select(func.count(Customer.id)).where(Customer.imported_at.is_not(None))
        )
        opening = await session.scalar(
            select(func.count(LedgerEntry.id)).where(LedgerEntry.kind == LedgerKind.OPENING)
        )
    assert imported == 490
    assert opening == sum(1 for p in range(1, 491) if (70 if p == 1 else p % 400))

    # Running it again (a second press, or after a crash) creates nobody twice.
    await app.loyalty.imports.run(import_id, actor=await owner_actor(app))
    async with app.db.read() as session:
        assert await session.scalar(select(func.count(Customer.id))) == 491

    # Customer 1 (70 points) writes from their own WhatsApp number: the account is theirs.
    amina = Chat(app, "254700000001", vouched_phone="+254700000001", channel="whatsapp")
    await amina.say("/start")
    await amina.press("Kiswahili")
    await amina.press("Amina")
    await amina.press(app.translator("sw", "join-consent-yes"))
    await amina.say("/balance")
    assert "70" in amina.text
    summary = await app.loyalty.summary.summary(
        (await app.loyalty.customers.find_by_identity("whatsapp", "254700000001")).customer_id  # type: ignore[union-attr]
    )
    assert (summary.balance, summary.stamps, summary.tier_key) == (70, 1, "bronze")


async def test_a_typed_number_claims_nobody(app: App, owner_browser: Browser) -> None:
    content, _ = _file(3, {})
    imports = app.loyalty.imports
    actor = await owner_actor(app)
    uploaded = await imports.upload("cards.csv", content, actor=actor)
    await imports.run(uploaded.import_id, actor=actor)
    stranger = Chat(app, "9001", channel="telegram")
    await stranger.say("/start")
    await stranger.press("Kiswahili")
    await stranger.say("Mgeni")
    await stranger.say("+254700000002")  # someone else's number, typed
    await stranger.press(app.translator("sw", "join-consent-yes"))
    await stranger.say("/balance")
    customer = await app.loyalty.customers.find_by_identity("telegram", "9001")
    assert customer is not None
    assert (await app.loyalty.summary.summary(customer.customer_id)).balance == 0
    # Shared as the platform's own contact, it is theirs.
    owner_of_number = Chat(app, "9002", channel="telegram")
    await owner_of_number.say("/start")
    await owner_of_number.press("Kiswahili")
    await owner_of_number.say("Mteja")
    await owner_of_number.share_contact("+254700000002")
    await owner_of_number.press(app.translator("sw", "join-consent-yes"))
    claimed = await app.loyalty.customers.find_by_identity("telegram", "9002")
    assert claimed is not None
    assert (await app.loyalty.summary.summary(claimed.customer_id)).balance == 2


async def test_an_import_stopped_with_the_server_ends_between_batches_and_continues(
    app: App, owner_browser: Browser
) -> None:
    content, _ = _file(BATCH + 10, {})
    imports = app.loyalty.imports
    actor = await owner_actor(app)
    uploaded = await imports.upload("cards.csv", content, actor=actor)
    stopping = asyncio.Event()
    stopping.set()  # the server is stopping before the first batch
    progress = await imports.run(uploaded.import_id, actor=actor, stop=stopping)
    assert (progress.status, progress.done) == ("running", 0)
    page = await owner_browser.open(f"/dashboard/import/{uploaded.import_id}/progress")
    assert "Continue" in page
    await owner_browser.submit(f"/dashboard/import/{uploaded.import_id}/run")
    for _ in range(200):
        if "Finished" in await owner_browser.open(
            f"/dashboard/import/{uploaded.import_id}/progress"
        ):
            break
        await _pause()
    assert f"Finished: {BATCH + 10} customers created, 0 lines left out." in owner_browser.html


async def test_a_drawn_member_code_someone_has_is_drawn_again(
    app: App, owner_browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million members a random code is taken about once a hundred batches: the batch
    is written again with fresh codes, not lost with a traceback."""
    owner = await app.loyalty.customers.find_by_identity("telegram", OWNER_CHAT)
    assert owner is not None
    taken = owner.member_code
    drawn = iter([taken])

    def unlucky_first(length: int) -> str:
        return next(drawn, None) or new_code(length)

    monkeypatch.setattr("bot.loyalty.imports.new_code", unlucky_first)
    content, _ = _file(3, {})
    actor = await owner_actor(app)
    uploaded = await app.loyalty.imports.upload("cards.csv", content, actor=actor)
    done = await app.loyalty.imports.run(uploaded.import_id, actor=actor)
    assert (done.status, done.created) == ("done", 3)
    async with app.db.read() as session:
        codes = list(await session.scalars(select(Customer.member_code)))
    assert len(codes) == len(set(codes)) == 4


async def test_the_file_is_kept_only_until_its_customers_are_in(
    app: App, owner_browser: Browser, clock: ManualClock
) -> None:
    """The file names everyone in it: once imported it is forgotten (the members' rows are
    what is kept, and what erasure clears), and a file never imported is forgotten after
    a week. Old links to either lead to words, not to an error."""
    content, _ = _file(3, {})
    imports = app.loyalty.imports
    actor = await owner_actor(app)
    imported = await imports.upload("cards.csv", content, actor=actor)
    await imports.run(imported.import_id, actor=actor)
    waiting = await imports.upload("later.csv", content, actor=actor)
    await owner_browser.open(f"/dashboard/import/{imported.import_id}")  # its result
    assert "Finished: 3 customers created, 0 lines left out." in owner_browser.html
    clock.advance(days=6)
    assert (await app.housekeeping().run_once(prune=True)).imports_forgotten == 0
    assert await _files(app) == {imported.import_id: 0, waiting.import_id: len(content)}
    clock.advance(days=1, seconds=1)
    assert (await app.housekeeping().run_once(prune=True)).imports_forgotten == 1
    assert await _files(app) == {imported.import_id: 0, waiting.import_id: 0}
    gone = app.translator("en", "error-import-refused", reason="unknown")
    owner = Chat(app, OWNER_CHAT, channel="telegram")  # a week on: a fresh login
    await owner.say("/dashboard")
    token = re.search(r"/dashboard/login/([A-Za-z0-9_-]+)", owner.text)
    assert token is not None
    await owner_browser.submit(f"/dashboard/login/{token.group(1)}")
    for path in ("", "/progress"):
        await owner_browser.open(f"/dashboard/import/{waiting.import_id}{path}")
        assert (owner_browser.status, gone in html.unescape(owner_browser.html)) == (404, True)
    for path in ("check", "run"):
        await owner_browser.submit(f"/dashboard/import/{waiting.import_id}/{path}")
        assert (owner_browser.status, gone in html.unescape(owner_browser.html)) == (404, True)
    await owner_browser.open("/dashboard/import/987654")
    assert (owner_browser.status, gone in html.unescape(owner_browser.html)) == (404, True)
    async with app.db.read() as session:  # nothing was imported from the forgotten file
        assert await session.scalar(select(func.count(Customer.id))) == 4


async def _files(app: App) -> dict[int, int]:
    """Each import's kept file, by its size."""
    async with app.db.read() as session:
        rows = await session.execute(select(CustomerImport.id, func.length(CustomerImport.content)))
        return {int(i): int(n) for i, n in rows}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"Jina,Simu\n", "empty"),
        (b"\x00\x01PK\x03\x04 binary", "not-csv"),
        (b"a,b\n" + b"x,1\n" * 20_001, "too-many-lines"),
        (b"a" * (5 * 1024 * 1024 + 1), "too-large"),
    ],
)
def test_a_file_that_cannot_be_imported_is_refused_in_words(content: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_table(content)
    assert refused.value.params == {"reason": reason}


async def _pause() -> None:
    await asyncio.sleep(0.05)


def _multipart(fields: dict[str, object]) -> aiohttp.FormData:
    data = aiohttp.FormData()
    for name, value in fields.items():
        if isinstance(value, bytes):
            data.add_field(name, value, filename="customers.csv", content_type="text/csv")
        else:
            data.add_field(name, str(value))
    return data
