"""A local fake of the Telegram Bot API over real HTTP: enough of it to run the real bot
process against (getMe, getUpdates long polling, sendMessage, editMessageText,
answerCallbackQuery, setMyCommands, sendPhoto, webhooks), recording every call."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.helpers.processes import serve_on_loopback

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Baraka Café", "username": "baraka_test_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def markup(self) -> dict[str, Any]:
        raw = self.params.get("reply_markup")
        return json.loads(raw) if isinstance(raw, str) else (raw or {})

    def inline_buttons(self) -> list[dict[str, str]]:
        return [b for row in self.markup.get("inline_keyboard", []) for b in row]


@dataclass
class FakeTelegram:
    token: str = "123456:TEST-token"
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _messages: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    runner: web.AppRunner | None = None
    port: int = 0
    # Telegram's limits, enforced like Telegram: 30 messages in any second, 1/s per chat.
    enforce_limits: bool = False
    blocked_chats: set[int] = field(default_factory=set)
    too_many: int = 0  # 429s answered because the bot went over a limit
    injected: list[int] = field(default_factory=list)  # retry_after of 429s to answer next
    injected_at: list[float] = field(default_factory=list)
    during_pause: int = 0  # requests that were already in flight when a pause began
    _paused_until: float = 0.0
    accepted_at: list[float] = field(default_factory=list)  # when each sendMessage got through
    _per_chat: dict[int, float] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # photos users sent, by file id
    # Status codes to answer the next messages to a chat with (429, 500), one each, in order.
    chat_errors: dict[int, list[int]] = field(default_factory=dict)
    # Told of every call as it arrives (a benchmark times replies with it).
    on_call: Callable[[Call], None] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/photos/{file_id}", self._file)
        self.runner, self.port = await serve_on_loopback(app)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        form = await request.post()
        # Uploaded files are kept as bytes, so a test can check what picture was sent;
        # aiogram names them "attach://<field>", the field holding the file.
        fields = {k: v if isinstance(v, str) else v.file.read() for k, v in form.items()}
        for key, value in list(fields.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                fields[key] = fields.get(value.removeprefix("attach://"), value)
        return fields

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        if method == "sendMessage":
            refusal = self._refuse(int(params["chat_id"]))
            if refusal is not None:
                return refusal
        if method == "getUpdates":
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        call = Call(method, params)
        if self.on_call is not None:
            self.on_call(call)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return web.json_response({"ok": True, "result": self._result(method, params)})

    async def _file(self, request: web.Request) -> web.Response:
        data = self.files.get(request.match_info["file_id"])
        if request.match_info["token"] != self.token or data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="image/jpeg")

    def _refuse(self, chat_id: int) -> web.Response | None:
        now = time.monotonic()
        if now < self._paused_until:  # like Telegram: during a pause, everything is refused
            self.during_pause += 1
            return self._error(
                429, "Too Many Requests: retry after 1", max(1, round(self._paused_until - now))
            )
        if self.injected:
            retry_after = self.injected.pop(0)
            self.injected_at.append(now)
            self._paused_until = now + retry_after
            return self._error(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        if self.chat_errors.get(chat_id):
            code = self.chat_errors[chat_id].pop(0)
            if code == 429:
                return self._error(429, "Too Many Requests: retry after 1", 1)
            return self._error(code, "Internal Server Error")
        if chat_id in self.blocked_chats:
            return self._error(403, "Forbidden: bot was blocked by the user")
        if self.enforce_limits:
            in_last_second = sum(1 for t in self.accepted_at[-40:] if now - t < 1.0)
            if in_last_second >= 30 or now - self._per_chat.get(chat_id, -10.0) < 1.0:
                self.too_many += 1
                return self._error(429, "Too Many Requests: retry after 1", 1)
        self.accepted_at.append(now)
        self._per_chat[chat_id] = now
        return None

    @staticmethod
    def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return web.json_response(body, status=code)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getFile":
            file_id = str(params["file_id"])
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": len(self.files.get(file_id, b"")),
                "file_path": f"photos/{file_id}",
            }
        if method in ("sendMessage", "sendPhoto", "editMessageText"):
            message: dict[str, Any] = {
                "message_id": int(params.get("message_id") or next(self._messages)),
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
            }
            if method == "sendPhoto":
                message["photo"] = [
                    {"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}
                ]
                message["caption"] = params.get("caption")
            else:
                message["text"] = params.get("text")
            return message
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 2.0)
        async with self._changed:
            self.calls.append(Call("getUpdates", params))
            self._changed.notify_all()
            await asyncio.wait_for(
                self._changed.wait_for(lambda: any(u["update_id"] >= offset for u in self.updates)),
                timeout=timeout,
            ) if timeout else None
        return [u for u in self.updates if u["update_id"] >= offset]

    # -- feeding the bot -------------------------------------------------------------------

    @staticmethod
    def user(
        user_id: int, language: str | None = "en", first_name: str = "Amina"
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language:
            user["language_code"] = language
        return user

    async def push(self, update: dict[str, Any]) -> int:
        async with self._changed:
            update.setdefault("update_id", next(self._ids))
            self.updates.append(update)
            self._changed.notify_all()
        return int(update["update_id"])

    async def push_batch(self, updates: list[dict[str, Any]]) -> None:
        """Several updates that the next getUpdates returns together."""
        async with self._changed:
            self.updates.extend(updates)
            self._changed.notify_all()

    async def send_text(
        self, user_id: int, text: str, *, language: str | None = "en", name: str = "Amina"
    ) -> int:
        return await self.push({"message": self._message(user_id, language, name, text=text)})

    async def send_photo(self, user_id: int, data: bytes, caption: str | None = None) -> int:
        file_id = f"photo{len(self.files) + 1}"
        self.files[file_id] = data
        sizes = [
            {"file_id": f"{file_id}-thumb", "file_unique_id": "t", "width": 90, "height": 90},
            {
                "file_id": file_id,
                "file_unique_id": file_id,
                "width": 800,
                "height": 800,
                "file_size": len(data),
            },
        ]
        content: dict[str, Any] = {"photo": sizes}
        if caption:
            content["caption"] = caption
        return await self.push({"message": self._message(user_id, "en", "Amina", **content)})

    async def send_contact(self, user_id: int, phone: str, *, owner_id: int | None = None) -> int:
        contact = {"phone_number": phone, "first_name": "Amina", "user_id": owner_id or user_id}
        return await self.push({"message": self._message(user_id, "en", "Amina", contact=contact)})

    async def press(
        self, user_id: int, data: str, *, message_id: int = 1000, language: str | None = "en"
    ) -> int:
        query = {
            "id": f"cb{next(self._ids)}",
            "from": self.user(user_id, language),
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"},
                "from": BOT_USER,
                "text": "…",
            },
        }
        return await self.push({"callback_query": query})

    def _message(
        self, user_id: int, language: str | None, name: str, **content: Any
    ) -> dict[str, Any]:
        return {
            "message_id": next(self._messages),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": name},
            "from": self.user(user_id, language, name),
            **content,
        }

    # -- watching the bot --------------------------------------------------------------------

    def sent(self, chat_id: int | None = None, method: str | None = None) -> list[Call]:
        kinds = (method,) if method else ("sendMessage", "editMessageText", "sendPhoto")
        return [
            c
            for c in self.calls
            if c.method in kinds
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    async def wait_for(
        self, count: int, chat_id: int | None = None, method: str | None = None, within: float = 15
    ) -> list[Call]:
        """Wait until at least `count` matching calls arrived; return them all."""
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.sent(chat_id, method)) >= count), within
            )
        return self.sent(chat_id, method)


async def join_on_telegram(fake: FakeTelegram, user: int, language: str = "English") -> None:
    """Join the bot as a Telegram user would: the language, the name offered, no phone, yes
    to offers."""
    before = len(fake.sent(user))
    await fake.send_text(user, "/start")
    (welcome,) = (await fake.wait_for(before + 1, chat_id=user))[before:]
    choice = {b["text"]: b["callback_data"] for b in welcome.inline_buttons()}[language]
    await fake.press(user, choice)
    (ask_name,) = (await fake.wait_for(before + 2, chat_id=user))[before + 1 :]
    await fake.press(user, ask_name.inline_buttons()[0]["callback_data"])
    ask_phone = (await fake.wait_for(before + 3, chat_id=user))[before + 2]
    skip = ask_phone.markup["keyboard"][-1][0]["text"]
    await fake.send_text(user, skip)
    consent = (await fake.wait_for(before + 5, chat_id=user))[before + 4]
    await fake.press(user, consent.inline_buttons()[0]["callback_data"])
    await fake.wait_for(before + 6, chat_id=user)
