"""Getting into the dashboard, over real HTTP against the app on a real database: the Mini
App's signed data, one-time links, sessions, roles on every request, CSRF on every change."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr
from sqlalchemy import update

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.web.routes import register
from models import StaffMember, StaffRole
from tests.helpers.chat import Chat
from tests.helpers.fake_telegram import FakeTelegram
from tests.helpers.mini_app import init_data

TOKEN = "123456:TEST-token"
OWNER, BARISTA, CUSTOMER = 501, 502, 503


@pytest.fixture
async def server(app: App) -> AsyncIterator[TestServer]:
    application = web.Application()
    register(application, replace(app.dashboard_deps(), telegram_token=TOKEN))
    async with TestServer(application) as test_server:
        yield test_server


@pytest.fixture
async def people(app: App) -> dict[str, Chat]:
    owner = Chat(app, str(OWNER), channel="telegram", display_name="Eleni")
    await app.loyalty.staff.appoint(await owner.join("el", name="Eleni"), StaffRole.OWNER, by=None)
    barista = Chat(app, str(BARISTA), channel="telegram", display_name="Brian")
    await app.loyalty.staff.appoint(
        await barista.join("en", name="Brian"), StaffRole.STAFF, by=None
    )
    customer = Chat(app, str(CUSTOMER), channel="telegram", display_name="Amina")
    await customer.join("sw", name="Amina")
    return {"owner": owner, "barista": barista, "customer": customer}


def _browser() -> aiohttp.ClientSession:
    # A browser keeps cookies for 127.0.0.1 too.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def _mini_app(http: aiohttp.ClientSession, server: TestServer, data: str) -> int:
    async with http.post(
        server.make_url("/dashboard/login/telegram"), data={"init_data": data}
    ) as r:
        return r.status


async def _link(chat: Chat) -> str:
    await chat.say("/dashboard")
    found = re.search(r"/dashboard/login/([A-Za-z0-9_-]+)", chat.text)
    assert found is not None, chat.text
    return found.group(1)


async def test_the_mini_app_opens_for_an_owner_with_signed_fresh_data(
    app: App, server: TestServer, people: dict[str, Chat], clock: ManualClock
) -> None:
    async with _browser() as http:
        assert await _mini_app(http, server, init_data(TOKEN, OWNER, at=clock.now())) == 200
        async with http.get(server.make_url("/dashboard/overview")) as page:
            assert page.status == 200
            html = await page.text()
        assert "Μέλη" in html  # in the owner's language (Greek)
        assert '<polyline class="members"' in html  # the chart, drawn for a new shop too
        assert page.headers["Cache-Control"] == "no-store"
        assert "frame-ancestors" in page.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("who", "token", "age"),
    [
        (OWNER, "654321:another-bot", timedelta(0)),  # forged: not this bot's signature
        (OWNER, TOKEN, timedelta(hours=1, minutes=1)),  # stale: a replayed old opening
        (CUSTOMER, TOKEN, timedelta(0)),  # a customer
        (999, TOKEN, timedelta(0)),  # someone who never joined
    ],
)
async def test_forged_stale_and_customer_data_are_refused(
    server: TestServer,
    people: dict[str, Chat],
    clock: ManualClock,
    who: int,
    token: str,
    age: timedelta,
) -> None:
    async with _browser() as http:
        assert await _mini_app(http, server, init_data(token, who, at=clock.now() - age)) == 403
        async with http.get(server.make_url("/dashboard/overview"), allow_redirects=False) as r:
            assert (r.status, r.headers["Location"]) == (303, "/dashboard/")
        tampered = init_data(TOKEN, CUSTOMER, at=clock.now()).replace(str(CUSTOMER), str(OWNER))
        assert await _mini_app(http, server, tampered) == 403


async def test_a_one_time_link_opens_once_and_not_after_ten_minutes(
    server: TestServer, people: dict[str, Chat], clock: ManualClock
) -> None:
    token = await _link(people["owner"])
    async with _browser() as http:
        url = server.make_url(f"/dashboard/login/{token}")
        async with http.get(url) as preview:  # a chat app's link preview uses nothing up
            assert preview.status == 200
        async with http.post(url, allow_redirects=False) as opened:
            assert (opened.status, opened.headers["Location"]) == (303, "/dashboard/overview")
        async with http.get(server.make_url("/dashboard/programme")) as page:
            assert page.status == 200
    async with _browser() as http, http.post(url) as again:
        assert again.status == 403
    late = await _link(people["owner"])
    clock.advance(minutes=11)
    async with _browser() as http, http.post(server.make_url(f"/dashboard/login/{late}")) as r:
        assert r.status == 403


async def test_staff_see_customers_but_not_the_programme(
    app: App, server: TestServer, people: dict[str, Chat]
) -> None:
    token = await _link(people["barista"])
    async with _browser() as http:
        async with http.post(server.make_url(f"/dashboard/login/{token}")) as opened:
            assert opened.url.path == "/dashboard/customers"
            html = await opened.text()
        csrf = re.search(r'name="csrf" value="([^"]+)"', html)
        assert csrf is not None
        owners_only = (
            "/dashboard/programme",
            "/dashboard/overview",
            "/dashboard/programme/history",
            "/dashboard/import",
            "/dashboard/team",
            "/dashboard/audit",
            "/dashboard/api",
            "/dashboard/draws",
            "/dashboard/draws/1.txt",
            "/dashboard/export/customers.csv",
            "/dashboard/export/ledger.csv",
        )
        for path in owners_only:
            async with http.get(server.make_url(path)) as refused:
                assert refused.status == 403
                assert "Programme" not in await refused.text()
        form = {"csrf": csrf.group(1), "stamps.slots": "5"}
        async with http.post(server.make_url("/dashboard/programme/propose"), data=form) as r:
            assert r.status == 403
        form = {"csrf": csrf.group(1), "role": "owner"}
        async with http.post(server.make_url("/dashboard/team/invite"), data=form) as r:
            assert r.status == 403  # no staff member makes themselves an owner
        form = {"csrf": csrf.group(1), "url": "https://me.example.com/hook"}
        async with http.post(server.make_url("/dashboard/api/webhooks"), data=form) as r:
            assert r.status == 403
        form = {"csrf": csrf.group(1), "name": "My own till", "scope": "award"}
        async with http.post(server.make_url("/dashboard/api/new"), data=form) as r:
            assert r.status == 403 and "lk_" not in await r.text()
        async with http.get(server.make_url("/dashboard/customers")) as own:
            assert "export/customers.csv" not in await own.text()
        amina = await app.loyalty.customers.find_by_identity("telegram", str(CUSTOMER))
        assert amina is not None
        async with http.get(server.make_url(f"/dashboard/customers/{amina.customer_id}")) as r:
            assert r.status == 200 and "/erase" not in await r.text()
        form = {"csrf": csrf.group(1), "code": amina.member_code}
        erase = f"/dashboard/customers/{amina.customer_id}/erase"
        async with http.post(server.make_url(erase), data=form) as r:
            assert r.status == 403  # a staff member erases nobody
        async with http.post(server.make_url("/dashboard/programme/logo"), data=form) as r:
            assert r.status == 403
        draw = {"csrf": csrf.group(1), "nonce": "n1", "prize": "A bike", "entry": "points",
                "closes": "2026-12-24T18:00", "threshold": "10", "cap": "1", "winners": "1"}  # fmt: skip
        async with http.post(server.make_url("/dashboard/draws/open"), data=draw) as r:
            assert r.status == 403
        ask = {"csrf": csrf.group(1), "nonce": "n2", "segment": "all", "question": "Tea?",
               "choice1": "Yes", "choice2": "No"}  # fmt: skip
        for path in ("/dashboard/surveys/preview", "/dashboard/surveys/send"):
            async with http.post(server.make_url(path), data=ask) as r:
                assert r.status == 403
    assert app.program.stamps.slots == 10 and app.live.version == 0
    assert (await app.loyalty.customers.get(amina.customer_id)).name == "Amina"
    assert await app.loyalty.draws.views() == [] and await app.loyalty.surveys.recent() == []
    assert await app.loyalty.api_keys.listing() == []
    assert await app.loyalty.webhooks.listing() == []


async def test_every_change_needs_the_sessions_form_token(
    app: App, server: TestServer, people: dict[str, Chat]
) -> None:
    token = await _link(people["owner"])
    async with _browser() as http:
        await http.post(server.make_url(f"/dashboard/login/{token}"))
        for sent in ({}, {"csrf": "guessed"}):
            form = {**sent, "stamps.slots": "5"}
            async with http.post(server.make_url("/dashboard/programme/propose"), data=form) as r:
                assert r.status == 403
    assert app.program.stamps.slots == 10


async def test_a_session_ends_on_logout_after_idle_hours_and_when_dismissed(
    app: App, server: TestServer, people: dict[str, Chat], clock: ManualClock
) -> None:
    async def opened_session() -> tuple[aiohttp.ClientSession, str]:
        http = _browser()
        async with http.post(
            server.make_url(f"/dashboard/login/{await _link(people['owner'])}")
        ) as r:
            html = await r.text()
        found = re.search(r'name="csrf" value="([^"]+)"', html)
        assert found is not None
        return http, found.group(1)

    async def status(http: aiohttp.ClientSession) -> int:
        async with http.get(server.make_url("/dashboard/overview"), allow_redirects=False) as r:
            return r.status

    http, csrf = await opened_session()
    async with http.post(server.make_url("/dashboard/logout"), data={"csrf": csrf}) as r:
        assert r.url.path == "/dashboard/"
    assert await status(http) == 303
    await http.close()

    http, _ = await opened_session()
    clock.advance(hours=1)
    assert await status(http) == 200  # in use: still open
    clock.advance(hours=2, minutes=1)
    assert await status(http) == 303  # two hours without a request
    await http.close()

    http, _ = await opened_session()
    owner = await app.loyalty.customers.find_by_identity("telegram", str(OWNER))
    assert owner is not None
    async with app.db.write() as session:
        await session.execute(
            update(StaffMember)
            .where(StaffMember.customer_id == owner.customer_id)
            .values(removed_at=clock.now())
        )
    assert await status(http) == 303  # dismissed: out at the next request
    await http.close()


async def test_the_setup_link_makes_its_opener_the_first_owner_once(app: App) -> None:
    token = await app.loyalty.access.setup_link()
    assert token is not None
    newcomer = Chat(app, "777", channel="telegram", display_name="Zawadi")
    await newcomer.say(f"/start setup_{token}")
    await newcomer.press("Kiswahili")
    await newcomer.press("Zawadi")
    await newcomer.press(app.translator("sw", "join-skip-phone"))
    await newcomer.press(app.translator("sw", "join-consent-yes"))
    assert app.translator("sw", "dashboard-now-owner") in newcomer.text
    assert await app.loyalty.access.setup_link() is None  # the shop has its owner
    other = Chat(app, "778", channel="telegram")
    await other.join("en")
    await other.say(f"/start setup_{token}")
    assert other.text == app.translator("en", "error-link-refused")
    assert len(await app.loyalty.staff.owners()) == 1


async def test_over_https_telegram_staff_get_a_mini_app_button_and_menu_button(
    app: App, people: dict[str, Chat], telegram: FakeTelegram
) -> None:
    app.conversation.deps = replace(app.conversation.deps, dashboard_url="https://shop.example")
    owner = people["owner"]
    (reply,) = await owner.say("/dashboard")
    (mini_app,), (browser,) = reply.buttons
    assert (mini_app.url, mini_app.web_app) == ("https://shop.example/dashboard/", True)
    assert browser.url is not None and browser.url.startswith(
        "https://shop.example/dashboard/login/"
    )
    assert reply.menu_app == ("Πίνακας", "https://shop.example/dashboard/")
    # The Telegram channel turns it into a web_app button and the chat's menu button.
    settings = app.settings.model_copy(
        update={"telegram_bot_token": SecretStr(telegram.token), "telegram_api_base": telegram.base}
    )
    async with open_app(settings, program=app.program, clock=app.clock) as live:
        channel = live.telegram()
        await channel.send(OWNER, reply)
        await channel.close()
    (sent,) = telegram.sent(OWNER, "sendMessage")
    assert sent.inline_buttons()[0]["web_app"] == {"url": "https://shop.example/dashboard/"}
    (menu,) = telegram.sent(OWNER, "setChatMenuButton")
    assert json.loads(menu.params["menu_button"]) == {
        "type": "web_app",
        "text": "Πίνακας",
        "web_app": {"url": "https://shop.example/dashboard/"},
    }
