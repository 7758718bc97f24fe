"""A local fake of the WhatsApp Cloud API (Graph API) over real HTTP, and a fake Meta that
posts signed webhook updates to the bot in the shape Meta sends them."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import aiohttp
from aiohttp import web

from tests.helpers.processes import serve_on_loopback

PHONE_ID = "109876543210"
DISPLAY_NUMBER = "+254 700 111 222"  # the business number, as Meta shows it
TOKEN = "EAAG-fake-access-token"
APP_SECRET = "fake-app-secret"
VERIFY_TOKEN = "fake-verify-token"


@dataclass
class Sent:
    to: str
    body: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.body.get("type"))

    @property
    def text(self) -> str:
        if self.kind == "text":
            return str(self.body["text"]["body"])
        if self.kind == "interactive":
            return str(self.body["interactive"]["body"]["text"])
        if self.kind == "image":
            return str(self.body["image"].get("caption") or "")
        if self.kind == "template":
            return json.dumps(self.body["template"])
        return ""

    def choices(self) -> dict[str, str]:
        """Title -> callback id of the reply buttons or list rows."""
        if self.kind != "interactive":
            return {}
        action = self.body["interactive"]["action"]
        if "buttons" in action:
            return {b["reply"]["title"]: b["reply"]["id"] for b in action["buttons"]}
        return {r["title"]: r["id"] for s in action["sections"] for r in s["rows"]}


@dataclass
class FakeGraph:
    sent: list[Sent] = field(default_factory=list)
    uploads: list[bytes] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)  # what users sent, by media id
    # wa_id -> Meta error code to answer the next message to that number with (once)
    errors: dict[str, int] = field(default_factory=dict)
    # Meta's messaging limit: unique people a template may open a conversation with in any
    # rolling 24 hours, by `clock` (the test's); over it, error 131048 and nothing sent.
    messaging_limit: int | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    opened: list[tuple[str, datetime]] = field(default_factory=list)
    over_limit: int = 0  # templates refused for the limit
    # Meta's bill: each template accepted costs its country's price (longest calling code
    # that starts the number), else "default".
    prices: dict[str, Decimal] = field(default_factory=dict)
    bill: Decimal = Decimal(0)
    delay: float = 0.0  # seconds each message takes to be accepted (a slow Graph API)
    runner: web.AppRunner | None = None
    port: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{version}/{phone}/messages", self._message)
        app.router.add_post("/{version}/{phone}/media", self._media)
        app.router.add_get("/{version}/{media_id}", self._media_url)
        app.router.add_get("/media-file/{media_id}", self._media_file)
        self.runner, self.port = await serve_on_loopback(app)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    def _authorised(self, request: web.Request) -> bool:
        return (
            request.headers.get("Authorization") == f"Bearer {TOKEN}"
            and request.match_info["phone"] == PHONE_ID
        )

    async def _message(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, 190, "Invalid OAuth access token")
        body = await request.json()
        to = str(body["to"])
        if self.delay:
            await asyncio.sleep(self.delay)
        if to in self.errors:
            return _error(400, self.errors.pop(to), "refused by the fake")
        if body.get("type") == "template":
            if not self._may_open(to):
                self.over_limit += 1
                return _error(400, 131048, "Spam rate limit hit")
            codes = sorted((c for c in self.prices if to.startswith(c)), key=len)
            self.bill += self.prices[codes[-1]] if codes else self.prices.get("default", 0)
        async with self._changed:
            self.sent.append(Sent(to, body))
            self._changed.notify_all()
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}],
                "messages": [{"id": f"wamid.{next(self._ids)}"}],
            }
        )

    def _may_open(self, to: str) -> bool:
        now = self.clock()
        people = {who for who, at in self.opened if now - at < timedelta(hours=24)}
        limit = self.messaging_limit
        if limit is not None and to not in people and len(people) >= limit:
            return False
        self.opened.append((to, now))
        return True

    async def _media(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, 190, "Invalid OAuth access token")
        form = await request.post()
        upload = form.get("file")
        self.uploads.append(upload.file.read() if hasattr(upload, "file") else b"")
        return web.json_response({"id": f"media.{next(self._ids)}"})

    async def _media_url(self, request: web.Request) -> web.Response:
        media_id = request.match_info["media_id"]
        if media_id == PHONE_ID:  # the phone number object: its display number
            if request.headers.get("Authorization") != f"Bearer {TOKEN}":
                return _error(401, 190, "Invalid OAuth access token")
            return web.json_response({"display_phone_number": DISPLAY_NUMBER, "id": PHONE_ID})
        if media_id not in self.media:
            return _error(404, 100, "Unknown media")
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "id": media_id,
                "url": f"{self.base}/media-file/{media_id}",
                "mime_type": "image/jpeg",
                "sha256": "0" * 64,
                "file_size": len(self.media[media_id]),
            }
        )

    async def _media_file(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.Response(status=401)
        return web.Response(body=self.media[request.match_info["media_id"]])

    def to(self, wa_id: str) -> list[Sent]:
        return [s for s in self.sent if s.to == wa_id]

    async def wait_for(self, count: int, wa_id: str, within: float = 20) -> list[Sent]:
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.to(wa_id)) >= count), within
            )
        return self.to(wa_id)


def _error(status: int, code: int, message: str) -> web.Response:
    body = {"error": {"message": message, "type": "OAuthException", "code": code}}
    return web.json_response(body, status=status)


class FakeMeta:
    """Posts webhook updates to the bot, signed with the app secret like Meta does."""

    def __init__(self, webhook_url: str, secret: str = APP_SECRET) -> None:
        self.url = webhook_url
        self.secret = secret
        self._ids = itertools.count(1)

    def signature(self, body: bytes) -> str:
        return "sha256=" + hmac.new(self.secret.encode(), body, hashlib.sha256).hexdigest()

    async def post(
        self, payload: dict[str, Any] | bytes, *, signature: str | None = "good"
    ) -> tuple[int, str]:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"}
        if signature == "good":
            headers["X-Hub-Signature-256"] = self.signature(body)
        elif signature is not None:
            headers["X-Hub-Signature-256"] = signature
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, data=body, headers=headers) as response,
        ):
            return response.status, await response.text()

    def _envelope(self, value: dict[str, Any]) -> dict[str, Any]:
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "WABA_ID",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {
                                "messaging_product": "whatsapp",
                                "metadata": {
                                    "display_phone_number": "15550001111",
                                    "phone_number_id": PHONE_ID,
                                },
                                **value,
                            },
                        }
                    ],
                }
            ],
        }

    def _message(
        self, wa_id: str, name: str, content: dict[str, Any], mid: str | None
    ) -> dict[str, Any]:
        return self._envelope(
            {
                # Meta's shape since business-scoped user ids: user_id always, wa_id while
                # the person has not chosen a username.
                "contacts": [{"profile": {"name": name}, "wa_id": wa_id, "user_id": f"KE.{wa_id}"}],
                "messages": [
                    {
                        "from": wa_id,
                        "from_user_id": f"KE.{wa_id}",
                        "id": mid or f"wamid.in.{next(self._ids)}",
                        "timestamp": str(int(time.time())),
                        **content,
                    }
                ],
            }
        )

    def text(
        self, wa_id: str, text: str, *, name: str = "Amina", mid: str | None = None
    ) -> dict[str, Any]:
        return self._message(wa_id, name, {"type": "text", "text": {"body": text}}, mid)

    def image(self, wa_id: str, media_id: str, *, name: str = "Amina") -> dict[str, Any]:
        content = {
            "type": "image",
            "image": {"id": media_id, "mime_type": "image/jpeg", "sha256": "0" * 64},
        }
        return self._message(wa_id, name, content, None)

    def button(
        self, wa_id: str, button_id: str, title: str = "…", *, name: str = "Amina"
    ) -> dict[str, Any]:
        content = {
            "type": "interactive",
            "interactive": {
                "type": "button_reply",
                "button_reply": {"id": button_id, "title": title},
            },
        }
        return self._message(wa_id, name, content, None)

    def row(
        self, wa_id: str, row_id: str, title: str = "…", *, name: str = "Amina"
    ) -> dict[str, Any]:
        content = {
            "type": "interactive",
            "context": {"from": "15550001111", "id": "wamid.out"},
            "interactive": {"type": "list_reply", "list_reply": {"id": row_id, "title": title}},
        }
        return self._message(wa_id, name, content, None)

    def status(
        self, wamid: str, wa_id: str, status: str, error_code: int | None = None
    ) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": wamid,
            "status": status,
            "timestamp": str(int(time.time())),
            "recipient_id": wa_id,
            "recipient_user_id": f"KE.{wa_id}",
        }
        if error_code is not None:
            item["errors"] = [
                {
                    "code": error_code,
                    "title": "Message undeliverable",
                    "message": "Message undeliverable",
                    "error_data": {"details": "The recipient cannot receive this message."},
                }
            ]
        contact = {"wa_id": wa_id, "user_id": f"KE.{wa_id}"}
        return self._envelope({"contacts": [contact], "statuses": [item]})
