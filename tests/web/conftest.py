"""The dashboard's tests: a browser-like HTTP client logged in through the real way in."""

from __future__ import annotations

import html
import io
import re
from collections.abc import AsyncIterator
from dataclasses import replace

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.app import App
from bot.loyalty import Actor
from bot.web.routes import UPLOAD_LIMIT, register
from models import StaffRole
from tests.helpers.chat import Chat

OWNER_CHAT = "501"


@pytest.fixture(autouse=True)
def figures_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test shop's overview figures take milliseconds, but a loaded CI machine has taken
    longer than the page's wait (WAIT, 0.25 s) and got "counting, this page shows them by
    itself". Here pages wait for them; the page without them has its own test (WAIT=0)."""
    monkeypatch.setattr("bot.web.figures.WAIT", 30.0)


class Browser:
    """A logged-in owner's (or barista's) browser: pages by path, forms with their token."""

    def __init__(self, server: TestServer) -> None:
        self.server = server
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.csrf = ""
        self.html = ""
        self.status = 0

    async def open(self, path: str) -> str:
        async with self.http.get(self.server.make_url(path)) as page:
            self.status, self.html = page.status, await page.text()
        self._keep_token()
        return self.html

    async def submit(self, path: str, **fields: str) -> str:
        data = {"csrf": self.csrf, **{k.replace("__", "."): v for k, v in fields.items()}}
        async with self.http.post(self.server.make_url(path), data=data) as page:
            self.status, self.html = page.status, await page.text()
        self._keep_token()
        return self.html

    async def submit_ticked(self, path: str, fields: list[tuple[str, str]]) -> str:
        """A form as a browser sends it with checkboxes: one pair per ticked box, a name
        repeated."""
        form = aiohttp.FormData([("csrf", self.csrf), *fields])
        async with self.http.post(self.server.make_url(path), data=form) as page:
            self.status, self.html = page.status, await page.text()
        self._keep_token()
        return self.html

    async def upload(
        self, path: str, field: str, filename: str, content: bytes, content_type: str
    ) -> str:
        form = aiohttp.FormData()
        form.add_field("csrf", self.csrf)
        form.add_field(field, io.BytesIO(content), filename=filename, content_type=content_type)
        async with self.http.post(self.server.make_url(path), data=form) as page:
            self.status, self.html = page.status, await page.text()
        self._keep_token()
        return self.html

    def hidden(self, name: str) -> str:
        found = re.search(rf'name="{name}" value="([^"]*)"', self.html)
        assert found is not None, name
        return html.unescape(found.group(1))

    def _keep_token(self) -> None:
        found = re.search(r'name="csrf" value="([^"]+)"', self.html)
        if found:
            self.csrf = found.group(1)


async def owner_actor(app: App) -> Actor:
    owner = await app.loyalty.customers.find_by_identity("telegram", OWNER_CHAT)
    assert owner is not None
    actor = await app.loyalty.staff.actor_for(owner.customer_id)
    assert actor is not None
    return actor


@pytest.fixture
async def owner_browser(app: App) -> AsyncIterator[Browser]:
    application = web.Application(client_max_size=UPLOAD_LIMIT)
    register(application, replace(app.dashboard_deps(), telegram_token=None))
    owner = Chat(app, OWNER_CHAT, channel="telegram", display_name="Eleni")
    await app.loyalty.staff.appoint(await owner.join("en", name="Eleni"), StaffRole.OWNER, by=None)
    async with TestServer(application) as server:
        browser = Browser(server)
        await owner.say("/dashboard")
        token = re.search(r"/dashboard/login/([A-Za-z0-9_-]+)", owner.text)
        assert token is not None
        await browser.submit(f"/dashboard/login/{token.group(1)}")
        assert browser.status == 200
        yield browser
        await browser.http.close()
