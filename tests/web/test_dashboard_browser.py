"""The dashboard in a real browser (Debian's Chromium, driven by Playwright) against the real
`python bot.py run` process on the fake Bot API and the fake Graph API (Telegram and WhatsApp
at once): the Mini App's way in, one-time links, the owner's programme editor reaching a
Greek customer's /rewards, a barista's limits, paper cards imported and claimed on WhatsApp,
and a broadcast sent once however often its form is sent."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
import pytest_asyncio
from playwright.async_api import Browser, Page, async_playwright, expect

from tests.helpers.bot_process import BotProcess, free_port, start_bot, stop_bot
from tests.helpers.fake_graph import (
    APP_SECRET,
    PHONE_ID,
    TOKEN,
    VERIFY_TOKEN,
    FakeGraph,
    FakeMeta,
    Sent,
)
from tests.helpers.fake_telegram import FakeTelegram, join_on_telegram
from tests.helpers.mini_app import init_data
from tests.helpers.processes import until
from tests.helpers.programmes import program_without_quiet_hours

# Real bot processes and a real browser: `pytest -m "not slow"` leaves them out. One bot,
# one fake Bot API and one browser serve every test of this module (starting them is most
# of the time); each test uses people and rewards of its own.
pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

OWNER, NIKOS, BARISTA = 880001, 880002, 880003
THEME = json.dumps({"bg_color": "#17212b", "text_color": "#f5f5f5", "button_color": "#5288c1"})


def chromium() -> str:
    """Debian's Chromium (`apt-get install chromium`, as .ci/run does): Playwright's own
    download does not work here. CHROMIUM names another binary."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert path, "Chromium is not installed: apt-get install -y chromium"
    return path


@dataclass
class Shop:
    bot: BotProcess
    fake: FakeTelegram
    graph: FakeGraph
    meta: FakeMeta
    base: str

    def mini_app_url(self, data: str) -> str:
        fragment = (
            f"tgWebAppData={quote(data)}&tgWebAppVersion=8.0&tgWebAppThemeParams={quote(THEME)}"
        )
        return f"{self.base}/dashboard/#{fragment}"

    async def link_for(self, user: int) -> str:
        before = len(self.fake.sent(user))
        await self.fake.send_text(user, "/dashboard")
        (reply,) = (await self.fake.wait_for(before + 1, chat_id=user))[before:]
        found = re.search(r"http://\S+/dashboard/login/\S+", reply.text)
        assert found is not None, reply.text
        return found.group(0)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def whatsapp() -> AsyncIterator[FakeGraph]:
    server = FakeGraph()
    await server.start()
    yield server
    await server.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shop(
    telegram: FakeTelegram, whatsapp: FakeGraph, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Shop]:
    tmp_path = tmp_path_factory.mktemp("dashboard")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    bot = await start_bot(
        telegram,
        tmp_path,
        WEB_PORT=str(port),
        DASHBOARD_URL=base,
        OWNER_IDS=f"telegram:{OWNER}",
        PROGRAM_REFRESH_SECONDS="1",
        # A broadcast goes at once whatever the hour the tests run.
        PROGRAM_FILE=str(program_without_quiet_hours(tmp_path)),
        WHATSAPP_PHONE_NUMBER_ID=PHONE_ID,
        WHATSAPP_ACCESS_TOKEN=TOKEN,
        WHATSAPP_APP_SECRET=APP_SECRET,
        WHATSAPP_VERIFY_TOKEN=VERIFY_TOKEN,
        WHATSAPP_API_BASE=whatsapp.base,
    )
    try:
        await telegram.wait_for(5, method="setMyCommands", within=60)
        await join_on_telegram(telegram, OWNER)  # an owner from the first command (OWNER_IDS)
        await join_on_telegram(telegram, NIKOS, "Ελληνικά")
        await join_on_telegram(telegram, BARISTA)
        before = len(telegram.sent(OWNER))
        await telegram.send_text(OWNER, f"/staff add {_member_code(bot, BARISTA)}")
        await telegram.wait_for(before + 1, chat_id=OWNER)
        yield Shop(bot, telegram, whatsapp, FakeMeta(f"{base}/whatsapp/webhook"), base)
    finally:
        await stop_bot(bot)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=chromium(), args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        yield launched
        await launched.close()


async def _page(browser: Browser) -> Page:
    context = await browser.new_context(viewport={"width": 360, "height": 740})  # a phone
    return await context.new_page()


async def test_the_mini_app_lets_the_owner_in_and_refuses_forged_stale_and_customers(
    shop: Shop, browser: Browser
) -> None:
    now = datetime.now(UTC)
    owner = await _page(browser)
    await owner.goto(shop.mini_app_url(init_data(shop.fake.token, OWNER, at=now)))
    await owner.wait_for_url("**/dashboard/overview")
    await expect(owner.locator("h1")).to_contain_text("The last 30 days")
    # Telegram's theme colours, from the launch parameters.
    background = await owner.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 33, 43)"

    refused = [
        init_data("654321:another-bot", OWNER, at=now),  # forged
        init_data(shop.fake.token, OWNER, at=now - timedelta(hours=2)),  # stale
        init_data(shop.fake.token, NIKOS, at=now),  # a customer
    ]
    for data in refused:
        page = await _page(browser)
        await page.goto(shop.mini_app_url(data))
        await expect(page.locator("#refused")).to_be_visible()
        assert page.url.split("#")[0].endswith("/dashboard/")
        await page.goto(f"{shop.base}/dashboard/programme")
        assert page.url.endswith("/dashboard/")  # no session: back to the way in


async def _programme_page(shop: Shop, browser: Browser) -> Page:
    """The owner's way in: the one-time link, the dashboard, the programme."""
    page = await _page(browser)
    await page.goto(await shop.link_for(OWNER))
    await page.get_by_role("button", name="Open the dashboard").click()
    await page.wait_for_url("**/dashboard/overview")
    await page.get_by_role("link", name="Programme").click()
    return page


async def test_the_owner_renames_a_reward_in_greek_and_adds_one_for_customers_at_once(
    shop: Shop, browser: Browser
) -> None:
    page = await _programme_page(shop, browser)

    espresso = page.locator("details", has_text="Espresso · 150")
    await espresso.locator("summary").click()
    await espresso.locator('input[name="rewards.espresso.name.el"]').fill("Διπλός εσπρέσο")
    await espresso.get_by_role("button", name="Review the change").click()
    await expect(page.locator("ul.changes")).to_contain_text("Εσπρέσο → Διπλός εσπρέσο")
    await page.get_by_role("button", name="Save").click()
    await expect(page.locator(".ok")).to_contain_text("Saved as version 2")

    adding = page.locator("details", has_text="Add a reward")
    await adding.locator("summary").click()
    await adding.locator('input[name="cost"]').fill("120")
    for language, name in (("en", "Mint tea"), ("sw", "Chai ya nanaa"), ("el", "Τσάι μέντας")):
        await adding.locator(f'input[name="name.{language}"]').fill(name)
    await adding.get_by_role("button", name="Review the change").click()
    # Amharic left empty: the browser itself asks for it, and nothing is sent.
    assert "/dashboard/programme" in page.url
    await expect(page.locator("ul.changes")).to_have_count(0)
    await adding.locator('input[name="name.am"]').fill("የናና ሻይ")
    await adding.get_by_role("button", name="Review the change").click()
    await page.get_by_role("button", name="Save").click()
    await expect(page.locator(".ok")).to_contain_text("Saved as version 3")

    before = len(shop.fake.sent(NIKOS))
    await shop.fake.send_text(NIKOS, "/rewards")
    (rewards,) = (await shop.fake.wait_for(before + 1, chat_id=NIKOS))[before:]
    assert "Διπλός εσπρέσο" in rewards.text and "Τσάι μέντας" in rewards.text
    assert "restart" not in shop.bot.log().lower()


async def test_a_barista_sees_customers_not_the_programme_and_a_link_works_once(
    shop: Shop, browser: Browser
) -> None:
    link = await shop.link_for(BARISTA)
    page = await _page(browser)
    await page.goto(link)
    await page.get_by_role("button", name="Open the dashboard").click()
    await page.wait_for_url("**/dashboard/customers")
    assert await page.get_by_role("link", name="Programme").count() == 0
    code = _member_code(shop.bot, NIKOS)
    await page.get_by_role("searchbox").fill(code.lower())  # as a barista types it
    await page.get_by_role("button", name="Search").click()
    await expect(page.locator("ul.found")).to_contain_text(code)
    response = await page.goto(f"{shop.base}/dashboard/programme")
    assert response is not None and response.status == 403
    await expect(page.locator("main")).to_contain_text("This page is for the shop's owners.")

    again = await _page(browser)
    await again.goto(link)
    await again.get_by_role("button", name="Open the dashboard").click()
    await expect(again.locator("main")).to_contain_text("already been used")
    await until(lambda: "dashboard-login" in _audit(shop), within=5)


def _member_code(bot: BotProcess, user: int) -> str:
    with sqlite3.connect(bot.db_path) as db:
        (code,) = db.execute(
            "select c.member_code from customers c join channel_identities i"
            " on i.customer_id = c.id where i.external_id = ?",
            (str(user),),
        ).fetchone()
    return str(code)


def _audit(shop: Shop) -> str:
    with sqlite3.connect(shop.bot.db_path) as db:
        return " ".join(a for (a,) in db.execute("select action from audit_log"))


async def test_the_owner_imports_paper_cards_with_a_dry_run_first(
    shop: Shop, browser: Browser, tmp_path: Path
) -> None:
    lines = ["Name,Phone,Points,Stamps"]
    lines += [f"Card {n},+2547{n:08d},{n * 10},{n % 10}" for n in range(1, 491)]
    lines += [
        "Card 1 again,+254700000001,5,0",  # line 492 repeats line 2's number
        "No phone,,5,1",
        "Bad points,+254799000001,ten,1",
        "Negative,+254799000002,-5,1",
        "Too many stamps,+254799000003,5,99",
        "Bad phone,not a phone,5,1",
        "Too many points,+254799000004,99999999999,1",
        "Bad stamps,+254799000005,5,many",
        "Card 2 again,+254700000002,5,0",
        "Words,+254799000006,lots,1",
    ]
    cards = tmp_path / "paper-cards.csv"
    cards.write_text("\n".join(lines) + "\n", "utf-8")

    page = await _page(browser)
    await page.goto(await shop.link_for(OWNER))
    await page.get_by_role("button", name="Open the dashboard").click()
    await page.get_by_role("link", name="Import").click()
    await page.locator('input[type="file"]').set_input_files(str(cards))
    await page.get_by_role("button", name="Upload and continue").click()
    await page.get_by_role("button", name="Check the file (nothing is saved yet)").click()
    await expect(page.locator("main")).to_contain_text("490 customers will be created.")
    problems = page.locator("table.problems tr")
    await expect(problems).to_have_count(10)
    await expect(problems.nth(0)).to_contain_text("the same phone number as line 2")
    await page.get_by_role("button", name="Import 490 customers").click()
    await expect(page.locator("#import-status")).to_contain_text(
        "Finished: 490 customers created, 10 lines left out.", timeout=30_000
    )
    with sqlite3.connect(shop.bot.db_path) as db:
        (imported,) = db.execute(
            "select count(*) from customers where imported_at is not null"
        ).fetchone()
    assert imported == 490

    # Card 7 (70 points) writes from that number on WhatsApp: the account is theirs.
    wa_id = "254700000007"
    (welcome,) = await _whatsapp_step(shop, shop.meta.text(wa_id, "hi", name="Card"), wa_id)
    (ask_name,) = await _whatsapp_step(
        shop, shop.meta.row(wa_id, welcome.choices()["English"]), wa_id
    )
    use_name = next(iter(ask_name.choices().values()))
    (consent,) = await _whatsapp_step(shop, shop.meta.button(wa_id, use_name, name="Card"), wa_id)
    yes = next(iter(consent.choices().values()))
    await _whatsapp_step(shop, shop.meta.button(wa_id, yes, name="Card"), wa_id)
    (balance,) = await _whatsapp_step(shop, shop.meta.text(wa_id, "balance"), wa_id)
    assert balance.text.startswith("You have 70 points."), balance.text


async def _whatsapp_step(shop: Shop, payload: dict, wa_id: str) -> list[Sent]:  # type: ignore[type-arg]
    before = len(shop.graph.to(wa_id))
    status, _ = await shop.meta.post(payload)
    assert status == 200
    return (await shop.graph.wait_for(before + 1, wa_id))[before:]


async def test_a_broadcast_from_the_dashboard_reaches_its_segment_once(
    shop: Shop, browser: Browser
) -> None:
    page = await _page(browser)
    await page.goto(await shop.link_for(OWNER))
    await page.get_by_role("button", name="Open the dashboard").click()
    await page.get_by_role("link", name="Campaigns").click()
    await page.locator('select[name="segment"]').select_option("all")
    await page.locator('textarea[name="text.en"]').fill("Fresh mandazi today!")
    await page.locator('textarea[name="text.el"]').fill("Φρέσκα μαντάζι σήμερα!")
    await page.get_by_role("button", name="Preview").click()
    await expect(page.locator("main")).to_contain_text("Fresh mandazi today!")
    form = await page.evaluate(
        "Object.fromEntries(new FormData("
        "document.querySelector('form[action=\"/dashboard/campaigns/send\"]')))"
    )
    await page.get_by_role("button", name=re.compile(r"^📤 Send to \d+ customers?$")).click()
    await expect(page.locator(".ok")).to_contain_text("is saved")
    # The same form sent again (a double tap, a reload that posts again), with the session.
    again = await page.request.post(f"{shop.base}/dashboard/campaigns/send", form=form)
    assert again.ok

    def told(user: int, text: str) -> int:
        return sum(1 for m in shop.fake.sent(user) if text in m.text)

    await until(
        lambda: (
            told(NIKOS, "Φρέσκα μαντάζι σήμερα!") == 1
            and told(BARISTA, "Fresh mandazi today!") == 1
        ),
        within=30,
    )
    await asyncio.sleep(2)  # anything sent twice would have arrived by now
    assert told(NIKOS, "Φρέσκα μαντάζι σήμερα!") == 1
    assert told(BARISTA, "Fresh mandazi today!") == 1
    with sqlite3.connect(shop.bot.db_path) as db:
        (campaigns,) = db.execute("select count(*) from campaigns").fetchone()
    assert campaigns == 1


async def test_the_owner_adds_a_happy_hour_by_ticking_days_and_customers_see_it(
    shop: Shop, browser: Browser
) -> None:
    page = await _programme_page(shop, browser)

    adding = page.locator("details", has_text="Add a happy hour")
    await adding.locator("summary").click()
    for language, name in (("en", "Tuesday double points"), ("sw", "Jumanne ya pointi mara mbili"),
                           ("el", "Διπλοί πόντοι της Τρίτης"), ("am", "የማክሰኞ እጥፍ ነጥብ")):  # fmt: skip
        await adding.locator(f'input[name="name.{language}"]').fill(name)
    await adding.get_by_label("Tuesday").check()
    await adding.get_by_label("Thursday").check()
    await adding.locator('input[name="start"]').fill("16:00")
    await adding.locator('input[name="end"]').fill("18:00")
    await adding.get_by_role("button", name="Review the change").click()
    await expect(page.locator("ul.changes")).to_contain_text("Tuesday, Thursday")
    await page.get_by_role("button", name="Save").click()
    # The shop is shared by this module's tests: the version number depends on the order.
    await expect(page.locator(".ok")).to_contain_text("Saved as version")

    happy = page.locator("details", has_text="Tuesday double points ·")
    await happy.locator("summary").click()
    await happy.get_by_label("Thursday").uncheck()
    await happy.get_by_label("March").check()
    await happy.get_by_role("button", name="Review the change").click()
    await expect(page.locator("ul.changes")).to_contain_text("Tuesday, Thursday → Tuesday")
    await expect(page.locator("ul.changes")).to_contain_text("March")
    await page.get_by_role("button", name="Save").click()
    await expect(page.locator(".ok")).to_contain_text("Saved as version")

    before = len(shop.fake.sent(NIKOS))
    await shop.fake.send_text(NIKOS, "/offers")
    replies = await shop.fake.wait_for(before + 2, chat_id=NIKOS)
    said = "\n".join(r.text for r in replies[before:])
    assert "Διπλοί πόντοι της Τρίτης: Τρίτη, από" in said and "Μόνο τους μήνες: Μάρτιος" in said


async def test_the_owner_adds_a_ladder_step_and_a_second_card_and_a_customer_sees_both(
    shop: Shop, browser: Browser
) -> None:
    page = await _programme_page(shop, browser)

    # The first card's own "add a step" (its details sit inside the card's).
    opener = page.locator("#stamps summary", has_text="Add a step on the way").first
    await opener.click()
    adding = opener.locator("xpath=..")
    await adding.locator('input[name="at"]').fill("3")
    for language, name in (("en", "A cookie"), ("sw", "Biskuti"), ("el", "Ένα μπισκότο"),
                           ("am", "ብስኩት")):  # fmt: skip
        await adding.locator(f'input[name="reward.{language}"]').fill(name)
    await adding.get_by_role("button", name="Review the change").click()
    await expect(page.locator("ul.changes")).to_contain_text("Step at 3 stamps")
    await page.get_by_role("button", name="Save").click()
    await expect(page.locator(".ok")).to_contain_text("Saved as version")

    opener = page.locator("#stamps summary", has_text="Add a stamp card")
    await opener.click()
    card = opener.locator("xpath=..")
    for language, name, reward in (
        ("en", "Lunch card", "A free lunch"),
        ("sw", "Kadi ya chakula cha mchana", "Chakula cha mchana bure"),
        ("el", "Κάρτα μεσημεριανού", "Δωρεάν μεσημεριανό"),
        ("am", "የምሳ ካርድ", "ነፃ ምሳ"),
    ):
        await card.locator(f'input[name="name.{language}"]').fill(name)
        await card.locator(f'input[name="reward.{language}"]').fill(reward)
    await card.locator('input[name="slots"]').fill("8")
    await card.get_by_role("button", name="Review the change").click()
    await expect(page.locator("ul.changes")).to_contain_text("Card: Lunch card")
    await page.get_by_role("button", name="Save").click()
    await expect(page.locator(".ok")).to_contain_text("Saved as version")

    before = len(shop.fake.sent(NIKOS))
    await shop.fake.send_text(NIKOS, "/card")
    replies = await shop.fake.wait_for(before + 2, chat_id=NIKOS)
    said = "\n".join(r.text for r in replies[before:])
    assert "☕ Η κάρτα σας: Κάρτα σφραγίδων" in said and "▫️ Με 3 σφραγίδες: Ένα μπισκότο" in said
    assert "☕ Η κάρτα σας: Κάρτα μεσημεριανού" in said
