"""Telegram through aiogram 3: updates become Incoming, Replies become native messages.

Long polling by default; webhook mode (aiohttp) when TELEGRAM_WEBHOOK_URL is set. The Bot
API base URL is a setting, so the bot runs against a local Bot API server or a test fake.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramUnauthorizedError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
)
from aiogram.methods.base import Response
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    CallbackQuery,
    InaccessibleMessage,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    MenuButtonWebApp,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    TelegramObject,
    Update,
    WebAppInfo,
)
from aiogram.utils.token import TokenValidationError
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from pydantic import ValidationError

from bot.channels.deps import ChannelDeps
from bot.channels.errors import ChannelError
from bot.chat_types import Button, Incoming, Reply
from bot.languages import LANGUAGES
from bot.notify import Blocked, RetryAfter
from bot.settings import TelegramSettings

log = logging.getLogger(__name__)

CHANNEL = "telegram"
WEBHOOK_PATH = "/telegram/webhook"
# Telegram's limits: a caption is shorter than a message.
MESSAGE_LIMIT, CAPTION_LIMIT = 4096, 1024
PHOTO_LIMIT = 5 * 1024 * 1024

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None

# aiogram parses every answer as Response[<what the method returns>]. pydantic caches such
# parametrised models only weakly, so unless something holds them they are built anew for
# each call: 0.4 ms of every message sent (bench/updates.py). These are the bot's methods.
_RESPONSE_TYPES = tuple(
    Response[method.__returning__]  # type: ignore[name-defined]
    for method in (SendMessage, SendPhoto, SendDocument, EditMessageText, AnswerCallbackQuery)
)


class SeenUpdates(BaseMiddleware):
    """Drops an update whose id was handled before (a redelivered webhook, a replayed poll)."""

    def __init__(self, first_time: Callable[[str, str], Awaitable[bool]]) -> None:
        self._first_time = first_time

    async def __call__(self, handler: Any, event: TelegramObject, data: dict[str, Any]) -> Any:
        if isinstance(event, Update) and not await self._first_time(CHANNEL, str(event.update_id)):
            log.info("dropping redelivered update %s", event.update_id)
            return None
        return await handler(event, data)


class GuardedWebhook(SimpleRequestHandler):
    """aiogram's webhook handler, stricter: it never runs without a secret, and a body that
    is not an update (malformed JSON, nesting deep enough to break the parser, the wrong
    shape) gets 400 and one log line instead of a 500 with a traceback."""

    def verify_secret(self, telegram_secret_token: str, bot: Bot) -> bool:
        # aiogram skips the check when the secret is empty; here that refuses everyone.
        return bool(self.secret_token) and secrets.compare_digest(
            telegram_secret_token.encode(), (self.secret_token or "").encode()
        )

    async def _handle_request_background(self, bot: Bot, request: web.Request) -> web.Response:
        try:
            update = Update.model_validate(json.loads(await request.read()), context={"bot": bot})
        except (ValueError, RecursionError, ValidationError) as exc:
            # ValidationError is a ValueError too; named for the reader.
            log.warning(
                "refused a Telegram webhook body that is not an update: %s", type(exc).__name__
            )
            return web.Response(text="Bad Request", status=400)
        task = asyncio.create_task(self._feed(bot, update))
        self._background_feed_update_tasks.add(task)
        task.add_done_callback(self._background_feed_update_tasks.discard)
        return web.json_response({})

    async def _feed(self, bot: Bot, update: Update) -> None:
        await self.dispatcher.feed_update(bot, update, **self.data)


def _inline(button: Button) -> InlineKeyboardButton:
    if button.url is not None and button.web_app:
        return InlineKeyboardButton(text=button.label, web_app=WebAppInfo(url=button.url))
    if button.url is not None:
        return InlineKeyboardButton(text=button.label, url=button.url)
    return InlineKeyboardButton(text=button.label, callback_data=button.data)


def _markup(reply: Reply) -> Markup:
    if reply.ask_phone:
        rows = [[KeyboardButton(text=reply.ask_phone, request_contact=True)]]
        rows += [[KeyboardButton(text=b.label) for b in row] for row in reply.buttons]
        return ReplyKeyboardMarkup(keyboard=rows, resize_keyboard=True, one_time_keyboard=True)
    if reply.buttons:
        return InlineKeyboardMarkup(
            inline_keyboard=[[_inline(b) for b in row] for row in reply.buttons]
        )
    if reply.clear_keyboard:
        return ReplyKeyboardRemove()
    return None


class TelegramChannel:
    def __init__(self, settings: TelegramSettings, deps: ChannelDeps) -> None:
        self.deps = deps
        self.settings = settings
        self.token = settings.token.get_secret_value()
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.api_base))
        # Replies are plain text: customer names and shop texts must never be read as markup.
        self.bot = Bot(self.token, session=session, default=DefaultBotProperties(parse_mode=None))
        # Conversation state lives in the database (any web process takes the next message),
        # so aiogram's own FSM would only cost a storage lookup per update.
        self.dispatcher = Dispatcher(disable_fsm=True)
        self.dispatcher.update.outer_middleware(SeenUpdates(deps.first_time))
        router = Router(name="customers")
        router.message()(self.on_message)
        router.callback_query()(self.on_callback)
        self.dispatcher.include_router(router)
        self.username = ""

    def _incoming(self, user: Any, update: Update | None, **kw: Any) -> Incoming:
        return Incoming(
            channel=CHANNEL,
            user_id=str(user.id),
            language_hint=user.language_code,
            display_name=user.first_name,
            update_id=str(update.update_id) if update else None,
            deep_link=f"https://t.me/{self.username}?start={{payload}}" if self.username else None,
            **kw,
        )

    async def on_message(self, message: Message, event_update: Update | None = None) -> None:
        user = message.from_user
        if user is None or user.is_bot or message.chat.type != "private":
            return  # a loyalty account is personal: groups and channels are not served
        contact = None
        if message.contact is not None and message.contact.user_id == user.id:
            contact = message.contact.phone_number  # only the sender's own number counts
        text = message.text or message.caption
        photo = await self._photo(message)
        if text is None and contact is None:
            text = ""  # a sticker, a photo: answered like any text that matches nothing
        incoming = self._incoming(user, event_update, text=text, contact_phone=contact, photo=photo)
        for reply in await self.deps.handle(incoming):
            await self.send(message.chat.id, reply)

    async def _photo(self, message: Message) -> bytes | None:
        """The largest size of a sent photo that is not too big to keep (an offer's image)."""
        sizes = [p for p in message.photo or () if (p.file_size or 0) <= PHOTO_LIMIT]
        if not sizes:
            return None
        try:
            data = await self.bot.download(sizes[-1].file_id)
        except (TelegramBadRequest, TelegramNetworkError):
            log.warning("could not download a photo from chat %s", message.chat.id)
            return None
        return data.read() if data is not None else None

    async def on_callback(self, query: CallbackQuery, event_update: Update | None = None) -> None:
        await query.answer()  # stop the button's spinner whatever happens next
        message = query.message
        if message is None or query.data is None or message.chat.type != "private":
            return  # a button on a message in a group would answer with personal data there
        incoming = self._incoming(query.from_user, event_update, callback=query.data)
        replies = await self.deps.handle(incoming)
        for index, reply in enumerate(replies):
            editable = index == 0 and reply.edit and not isinstance(message, InaccessibleMessage)
            if editable and await self._edit(message.chat.id, message.message_id, reply):
                await self._chat_menus(message.chat.id, reply)
            else:
                await self.send(message.chat.id, reply)

    async def _edit(self, chat_id: int, message_id: int, reply: Reply) -> bool:
        markup = _markup(reply)
        if reply.image is not None or not isinstance(markup, InlineKeyboardMarkup | None):
            return False
        try:
            await self.bot.edit_message_text(
                text=reply.text[:MESSAGE_LIMIT],
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=markup,
            )
        except TelegramBadRequest as exc:
            # Pressing the same button twice gives the same text: nothing to change.
            return "message is not modified" in str(exc)
        return True

    async def push(self, user_id: str, reply: Reply) -> None:
        """A message nobody asked for this second (a notice, a broadcast): the platform's
        refusals go back to the caller, which decides (mark blocked, pause, retry)."""
        try:
            await self._send(int(user_id), reply)
        except TelegramForbiddenError:
            raise Blocked() from None
        except TelegramRetryAfter as exc:
            raise RetryAfter(exc.retry_after) from None

    async def send(self, chat_id: int | str, reply: Reply) -> None:
        try:
            await self._send(chat_id, reply)
        except TelegramForbiddenError:
            log.info("chat %s has blocked the bot", chat_id)

    async def _send(self, chat_id: int | str, reply: Reply) -> None:
        markup = _markup(reply)
        if reply.image is not None and len(reply.text) > CAPTION_LIMIT:
            # Too long for a caption: the picture first, then the whole text under it.
            photo = BufferedInputFile(reply.image, filename="image.png")
            await self.bot.send_photo(chat_id, photo)
            await self.bot.send_message(chat_id, reply.text[:MESSAGE_LIMIT], reply_markup=markup)
        elif reply.image is not None:
            await self.bot.send_photo(
                chat_id,
                BufferedInputFile(reply.image, filename="image.png"),
                caption=reply.text,
                reply_markup=markup,
            )
        else:
            await self.bot.send_message(chat_id, reply.text[:MESSAGE_LIMIT], reply_markup=markup)
        for attachment in reply.files:
            document = BufferedInputFile(attachment.data, filename=attachment.filename)
            await self.bot.send_document(chat_id, document)
        await self._chat_menus(int(chat_id), reply)

    async def _chat_menus(self, chat_id: int, reply: Reply) -> None:
        """What a reply changes in the chat itself: its menu button, its command menu."""
        if reply.menu_app is not None:
            label, url = reply.menu_app
            button = MenuButtonWebApp(text=label[:64], web_app=WebAppInfo(url=url))
            await self.bot.set_chat_menu_button(chat_id=chat_id, menu_button=button)
        if reply.commands is None:
            return
        scope = BotCommandScopeChat(chat_id=chat_id)
        try:
            if reply.commands:
                commands = [BotCommand(command=c, description=d[:256]) for c, d in reply.commands]
                await self.bot.set_my_commands(commands, scope=scope)
            else:
                await self.bot.delete_my_commands(scope=scope)
        except TelegramBadRequest as exc:  # the message went; a menu is not worth failing it
            log.warning("could not set chat %s's command menu: %s", chat_id, exc)

    async def set_commands(self) -> None:
        """The command menu in each language, so a Greek user sees Greek descriptions."""
        translate = self.deps.translator
        listed = self.deps.commands
        for language in LANGUAGES:
            commands = [
                BotCommand(command=c, description=translate(language, f"command-{c}"))
                for c in listed
            ]
            await self.bot.set_my_commands(commands, language_code=language)
        default = self.deps.live.current.shop.default_language
        await self.bot.set_my_commands(
            [BotCommand(command=c, description=translate(default, f"command-{c}")) for c in listed]
        )

    async def prepare(self) -> None:
        me = await self.bot.get_me()
        self.username = me.username or ""
        await self.set_commands()

    def webhook_secret(self) -> str:
        configured = self.settings.webhook_secret
        if configured is not None and configured.get_secret_value():
            return configured.get_secret_value()
        # Stable across restarts and workers, and not guessable without the token.
        return hashlib.sha256(f"webhook:{self.token}".encode()).hexdigest()

    async def run_polling(self, stop: asyncio.Event) -> None:
        await self.prepare()
        if stop.is_set():
            return
        await self.bot.delete_webhook(drop_pending_updates=False)
        log.info("polling Telegram as @%s", self.username)
        polling = asyncio.create_task(
            self.dispatcher.start_polling(self.bot, handle_signals=False, close_bot_session=False)
        )
        stopped = asyncio.create_task(stop.wait())
        await asyncio.wait({polling, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if not polling.done():
            await self.dispatcher.stop_polling()  # aiogram's graceful stop: no request cut off
        stopped.cancel()
        await polling

    def register(self, application: web.Application) -> None:
        """Serve the webhook on the bot's web server (shared with WhatsApp)."""
        GuardedWebhook(
            dispatcher=self.dispatcher, bot=self.bot, secret_token=self.webhook_secret()
        ).register(application, path=WEBHOOK_PATH)
        setup_application(application, self.dispatcher, bot=self.bot)

    async def set_webhook(self) -> None:
        url = self.settings.webhook_url
        if url is None:
            raise ChannelError("TELEGRAM_WEBHOOK_URL: not set; this process polls instead")
        await self.prepare()
        await self.bot.set_webhook(url + WEBHOOK_PATH, secret_token=self.webhook_secret())

    async def close(self) -> None:
        await self.bot.session.close()


def telegram_channel(settings: TelegramSettings, deps: ChannelDeps) -> TelegramChannel:
    try:
        return TelegramChannel(settings, deps)
    except TokenValidationError:
        raise ChannelError("TELEGRAM_BOT_TOKEN: not a bot token (expected 123456:ABC...)") from None


@contextlib.asynccontextmanager
async def telegram_errors(api_base: str) -> AsyncIterator[None]:
    """Telegram's refusals at start-up, as one line for the operator."""
    try:
        yield
    except TelegramUnauthorizedError:
        raise ChannelError(
            "TELEGRAM_BOT_TOKEN: Telegram refused the token (revoked or mistyped)"
        ) from None
    except TelegramNetworkError as exc:
        raise ChannelError(f"cannot reach the Telegram Bot API at {api_base}: {exc}") from None
