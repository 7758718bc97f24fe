"""WhatsApp through the Cloud API with pywa (async): webhook updates become Incoming, Replies
become native WhatsApp messages.

The webhook is served by the bot's own aiohttp server (the one the Telegram webhook uses),
handing pywa the raw body to verify (X-Hub-Signature-256) and parse. The Graph API base URL
is a setting, so tests run the bot against a local fake over real HTTP.
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import timedelta
from typing import Any

import httpx
from aiohttp import web
from pywa_async import WhatsApp, types
from pywa_async.errors import WhatsAppError
from pywa_async.handlers import (
    CallbackButtonHandler,
    CallbackSelectionHandler,
    MessageHandler,
    MessageStatusHandler,
)
from pywa_async.types.templates import BodyText, HeaderImage, TemplateLanguage

from bot.background import Background
from bot.bot_name import whatsapp_number
from bot.channels.deps import ChannelDeps
from bot.chat_types import Button, Incoming, Reply
from bot.clock import Clock
from bot.db import StorageUnavailable
from bot.inbox import Inbox
from bot.languages import as_language
from bot.loyalty.customers import CustomerService
from bot.loyalty.deliveries import DeliveryService
from bot.loyalty.openings import OpeningService
from bot.notify import Blocked, Later, OutsideWindow, RetryAfter
from bot.rate_limit import RateLimiter
from bot.settings import WhatsAppSettings

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
WEBHOOK_PATH = "/whatsapp/webhook"
WINDOW = timedelta(hours=24)  # free-form messages only this long after the customer's last
BODY_LIMIT = 256 * 1024  # Meta's updates are a few KB; anything far larger is refused
TEXT_LIMIT, INTERACTIVE_LIMIT, CAPTION_LIMIT, TEMPLATE_PARAM_LIMIT = 4096, 1024, 1024, 1000
BUTTON_TITLE, ROW_TITLE, ROW_DESCRIPTION, MAX_BUTTONS, MAX_ROWS = 20, 24, 72, 3, 10
# Meta's error codes: rate limits (pause and retry), re-engagement (use a template).
RATE_LIMITED = {130429, 131056, 80007}
REENGAGEMENT = 131047
BLOCKED = {131026, 131051}  # the number cannot receive our messages
# Meta's own limits on conversations the business starts (the number's messaging limit, the
# per-person marketing cap): wait and try again, never a failure.
LIMIT_HIT = {131048, 131049}
LIMIT_WAIT = timedelta(hours=1)
STRANDED_LOOK = 10.0  # seconds between looks for updates a stopped process left
PHOTO_LIMIT = 5 * 1024 * 1024
# Meta's pair rate limit: about one message every 6 seconds to the same person.
PAIR_INTERVAL = 6.0


class RebasedTransport(httpx.AsyncBaseTransport):
    """pywa always talks to graph.facebook.com; this sends its requests to the configured
    Graph API base instead (a fake one in tests, a proxy in some deployments)."""

    def __init__(self, base: str) -> None:
        self._base = httpx.URL(base)
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(
            scheme=self._base.scheme, host=self._base.host, port=self._base.port
        )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _well_formed(body: bytes) -> bool:
    """The envelope Meta sends: {"entry": [{"changes": [{"field": str, "value": {...}}]}]}.
    pywa trusts it; a signed but broken body must get a 400, not a crash."""
    try:
        update = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        return False
    entries = update.get("entry") if isinstance(update, dict) else None
    if not isinstance(entries, list) or not entries:
        return False
    for entry in entries:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(changes, list) or not changes:
            return False
        for change in changes:
            if not (
                isinstance(change, dict)
                and isinstance(change.get("field"), str)
                and isinstance(change.get("value"), dict)
                and all(_list_of_objects(change["value"].get(key)) for key in _LISTS)
            ):
                return False
    return True


# The lists in a change's value that pywa walks: each, when present, a list of objects.
_LISTS = ("messages", "statuses", "contacts", "errors")


def _mime(image: bytes) -> str:
    return "image/png" if image.startswith(b"\x89PNG") else "image/jpeg"


def _list_of_objects(value: object) -> bool:
    return value is None or (isinstance(value, list) and all(isinstance(v, dict) for v in value))


class WhatsAppChannel:
    body_limit = BODY_LIMIT  # the web server admits at least this much (bot/runner.py)

    def __init__(
        self,
        settings: WhatsAppSettings,
        deps: ChannelDeps,
        *,
        customers: CustomerService,
        deliveries: DeliveryService,
        openings: OpeningService,
        clock: Clock,
        inbox: Inbox | None = None,
    ) -> None:
        self.deps = deps
        # Updates kept before the webhook is answered; None: handled before answering.
        self._inbox = inbox
        self._work = Background()
        # The number's messaging limit: who may get a template now.
        self._openings = openings
        # When each person last wrote (the 24-hour window) and who they are.
        self._customers = customers
        # A message Meta reports failed after accepting it.
        self._deliveries = deliveries
        self._clock = clock
        self._http = httpx.AsyncClient(transport=RebasedTransport(settings.api_base), timeout=30)
        self.wa = WhatsApp(
            phone_id=settings.phone_number_id,
            token=settings.access_token.get_secret_value(),
            session=self._http,
            verify_token=settings.verify_token.get_secret_value(),
            app_secret=settings.app_secret.get_secret_value(),
            api_version=settings.api_version,
            validate_updates=True,
            # Redelivered messages are dropped by message id in the database instead, which
            # works across several web workers; pywa's memory would not.
            skip_duplicate_updates=False,
        )
        self.wa.add_handlers(
            MessageHandler(self._on_message),
            CallbackButtonHandler(self._on_button),
            CallbackSelectionHandler(self._on_button),
            MessageStatusHandler(self._on_status),
        )
        self._limiter = RateLimiter(settings.messages_per_second, per_chat_interval=PAIR_INTERVAL)
        self._settings = settings
        self._deep_link: str | None = None  # wa.me/<number>?text=/start {payload}, once known

    # -- the webhook ---------------------------------------------------------------------

    def register(self, application: web.Application) -> None:
        application.router.add_get(WEBHOOK_PATH, self._verify)
        application.router.add_post(WEBHOOK_PATH, self._receive)
        application.on_startup.append(self._start_inbox)
        application.on_shutdown.append(self._stop_inbox)

    async def _start_inbox(self, _: web.Application) -> None:
        if self._inbox is not None:
            self._work.start(self._handle_stranded(self._inbox))

    async def _stop_inbox(self, _: web.Application) -> None:
        await self._work.stop()  # the updates in hand are handled first

    async def _handle_stranded(self, inbox: Inbox) -> None:
        """Updates a stopped or crashed process kept and did not handle: handled now."""
        while True:
            with contextlib.suppress(StorageUnavailable):
                for kept, body in await inbox.stranded(CHANNEL):
                    await self._handle_kept(inbox, kept, body)
            if await self._work.wait(STRANDED_LOOK):
                return

    async def _handle_kept(self, inbox: Inbox, kept: int, body: bytes) -> None:
        try:
            await self.wa.webhook_update_handler(body)
        except Exception:
            log.exception("a kept WhatsApp update could not be handled; it is tried again")
            return
        with contextlib.suppress(StorageUnavailable):
            await inbox.handled(kept)

    async def _verify(self, request: web.Request) -> web.Response:
        """Meta's subscription handshake: echo hub.challenge if hub.verify_token matches."""
        challenge, status = await self.wa.webhook_challenge_handler(
            vt=request.query.get("hub.verify_token"), ch=request.query.get("hub.challenge")
        )
        return web.Response(text=challenge or "Forbidden", status=status)

    async def _receive(self, request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > BODY_LIMIT:
            return web.Response(text="Payload Too Large", status=413)
        try:
            # The whole body, however many TCP segments it came in (the server caps it).
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return web.Response(text="Payload Too Large", status=413)
        refused = await self.wa.webhook_update_validator(
            body, request.headers.get("X-Hub-Signature-256")
        )
        if refused is not None:
            log.warning("refused a WhatsApp webhook call: %s", refused[0])
            return web.Response(text=refused[0], status=refused[1])
        if not _well_formed(body):
            log.warning("ignored a signed WhatsApp webhook call that is not Meta's shape")
            return web.Response(text="Bad Request", status=400)
        if self._inbox is None:
            text, status = await self.wa.webhook_update_handler(body)
            return web.Response(text=text, status=status)
        # Kept, then answered, then handled: Meta waits for one INSERT, not for the answer.
        try:
            kept = await self._inbox.keep(CHANNEL, body)
        except StorageUnavailable:
            return web.Response(text="Service Unavailable", status=503)  # Meta sends it again
        self._work.start(self._handle_kept(self._inbox, kept, body))
        return web.Response(text="ok")

    # -- updates -------------------------------------------------------------------------

    async def _wa_me(self) -> str | None:
        """The chat's deep link: `wa.me/<number>?text=/start <payload>` opens this chat with
        the command typed (a member card's QR, an invitation, a receipt code), as t.me's
        `?start=` does on Telegram. Asked of the Cloud API until it answers."""
        if self._deep_link is None:
            number = await whatsapp_number(self._settings)
            if number:
                self._deep_link = f"https://wa.me/{number}?text=%2Fstart%20{{payload}}"
        return self._deep_link

    async def _first_time(self, message_id: str) -> bool:
        return await self.deps.first_time(CHANNEL, message_id)

    async def _incoming(self, user: types.User, update_id: str, **kw: Any) -> Incoming:
        return Incoming(
            channel=CHANNEL,
            # The phone number while Meta gives it; the business-scoped id for people who
            # chose a WhatsApp username (both are accepted as a recipient).
            user_id=str(user.wa_id or user.bsuid),
            display_name=user.name,
            update_id=update_id,
            # WhatsApp vouches for the sender's number: joining does not ask for it.
            contact_phone=f"+{user.wa_id}" if user.wa_id else None,
            deep_link=await self._wa_me(),
            starts_by_writing=True,
            **kw,
        )

    async def _on_message(self, _: Any, message: types.Message) -> None:
        if not await self._first_time(message.id):
            log.info("dropping redelivered WhatsApp message %s", message.id)
            return
        text = message.text or message.caption or ""
        photo = await self._photo(message)
        incoming = await self._incoming(message.from_user, message.id, text=text, photo=photo)
        await self._handle(incoming)

    async def _photo(self, message: types.Message) -> bytes | None:
        """A picture's bytes (an owner's offer image), unless it is too large to keep."""
        if message.image is None:
            return None
        try:
            media = await self.wa.get_media_url(message.image.id)
            if media.file_size and media.file_size > PHOTO_LIMIT:
                return None
            return await self.wa.get_media_bytes(media.url)
        except (WhatsAppError, httpx.HTTPError):
            log.warning("could not download a picture from %s", message.from_user.wa_id)
            return None

    async def _on_button(
        self, _: Any, pressed: types.CallbackButton[Any] | types.CallbackSelection[Any]
    ) -> None:
        if not await self._first_time(pressed.id):
            return
        data = pressed.data if isinstance(pressed.data, str) else str(pressed.data)
        await self._handle(await self._incoming(pressed.from_user, pressed.id, callback=data))

    async def _handle(self, incoming: Incoming) -> None:
        await self._heard_from(incoming.user_id)
        for reply in await self.deps.handle(incoming):
            await self._send_safely(incoming.user_id, reply)
        # A first message joins, and creates the identity the window is measured from.
        await self._heard_from(incoming.user_id)

    async def _heard_from(self, wa_id: str) -> None:
        # A full disk is logged by the database; the person is still answered.
        with contextlib.suppress(StorageUnavailable):
            await self._customers.heard_from(CHANNEL, wa_id)

    async def _on_status(self, _: Any, status: types.MessageStatus[Any]) -> None:
        """Meta reports each sent message's fate: delivered and read are kept for the
        campaign's rates; a failure after acceptance fails its row."""
        if status.status in (types.MessageStatusType.DELIVERED, types.MessageStatusType.READ):
            read = status.status == types.MessageStatusType.READ
            await self._deliveries.delivered(status.id, read=read)
            return
        if status.status != types.MessageStatusType.FAILED:
            return
        error = status.error
        reason = f"whatsapp {error.code}: {error.message}" if error else "whatsapp failed"
        await self._deliveries.failed_after_sending(status.id, reason)

    # -- sending ---------------------------------------------------------------------------

    async def _send_safely(self, wa_id: str, reply: Reply) -> None:
        try:
            await self._send(wa_id, reply)
        except WhatsAppError as exc:
            log.warning("WhatsApp refused a reply to %s: %s", wa_id, exc)

    async def push(self, wa_id: str, reply: Reply) -> str | None:
        """A message nobody asked for this minute: within 24 hours of the customer's last
        message as it is, later only as an approved template (within the number's
        messaging limit), else not at all."""
        last = await self._customers.last_heard(CHANNEL, wa_id)
        window_open = last is not None and self._clock.now() - last <= WINDOW
        # A template's place is reserved before its turn at the rate: a message that must
        # wait for a place costs none of the number's throughput.
        reservation = None if window_open or not reply.unsolicited else await self._reserve(wa_id)
        await self._limiter.acquire(wa_id)
        try:
            if reservation is None:
                try:
                    return await self._send(wa_id, reply)
                except WhatsAppError as exc:
                    if exc.code != REENGAGEMENT:
                        raise
                # Meta counts the window differently than we did: the template it is.
                reservation = await self._reserve(wa_id)
            try:
                return await self._send_template(wa_id, reply)
            except BaseException:
                await self._openings.release(reservation)  # it did not go: the place is free
                raise
        except WhatsAppError as exc:
            if exc.code in RATE_LIMITED:
                raise RetryAfter(1.0) from None
            if exc.code in LIMIT_HIT:
                raise Later(self._clock.now() + LIMIT_WAIT) from None
            if exc.code == REENGAGEMENT:
                raise OutsideWindow() from None
            if exc.code in BLOCKED:
                raise Blocked() from None
            raise
        finally:
            await self._limiter.release(wa_id)

    async def _reserve(self, wa_id: str) -> int:
        """A place under the messaging limit for a template to this person, or Later."""
        reservation, until = await self._openings.reserve(wa_id)
        if until is not None:
            raise Later(until)
        assert reservation is not None
        return reservation

    async def _send_template(self, wa_id: str, reply: Reply) -> str:
        config = self.deps.live.current.whatsapp
        kind = reply.unsolicited or "notice"
        name = getattr(config.templates, kind, None)
        # An offer's photo rides in the image template's header, when the shop has one.
        with_image = kind == "marketing" and reply.image and config.templates.marketing_image
        if with_image:
            name = config.templates.marketing_image
        if name is None:
            raise OutsideWindow()
        customer = await self._customers.find_by_identity(CHANNEL, wa_id)
        language = as_language(customer.language if customer else None) or "en"
        # Template parameters may not hold line breaks or tabs; a template has no buttons,
        # so a survey goes with its choices written out, to answer by number.
        lines = (reply.typed or reply.text).splitlines()
        text = " · ".join(line.strip() for line in lines if line.strip())
        sent = await self.wa.send_template(
            to=wa_id,
            name=name,
            language=TemplateLanguage(config.template_languages.get(language, "en")),
            params=[
                *(
                    [HeaderImage.params(image=reply.image, mime_type=_mime(reply.image))]
                    if with_image and reply.image
                    else []
                ),
                # pywa's stub declares the wrong type for the positional parameters.
                BodyText.params(text[:TEMPLATE_PARAM_LIMIT]),  # type: ignore[arg-type]
            ],
        )
        return str(sent.id)

    async def _send(self, wa_id: str, reply: Reply) -> str | None:
        # Link buttons have no WhatsApp form: the text carries the link.
        buttons = [button for row in reply.buttons for button in row if button.url is None]
        text = reply.text or "…"
        sent_id: str | None = None
        if reply.image is not None:
            # One image message with its caption and up to 3 reply buttons when it fits;
            # otherwise the picture alone, then the text and choices below it.
            fits = len(text) <= CAPTION_LIMIT and len(buttons) <= MAX_BUTTONS
            picture = await self.wa.send_image(
                to=wa_id,
                image=reply.image,
                caption=text if fits else None,
                buttons=[
                    types.Button(title=_short(b.label, BUTTON_TITLE), callback_data=b.data)
                    for b in buttons
                ]
                if fits and buttons
                else None,
                mime_type="image/png",
            )
            sent_id = str(picture.id)
            if fits:
                return sent_id
        if not buttons:
            message = await self.wa.send_message(to=wa_id, text=text[:TEXT_LIMIT])
            return sent_id or str(message.id)
        if len(text) > INTERACTIVE_LIMIT:  # too long for a message with buttons
            await self.wa.send_message(to=wa_id, text=text[:TEXT_LIMIT])
            text = await self._choose_label(wa_id)
        for start in range(0, len(buttons), MAX_ROWS):
            choices = await self._send_choices(wa_id, text, buttons[start : start + MAX_ROWS])
            sent_id = sent_id or choices
        return sent_id

    async def _send_choices(self, wa_id: str, text: str, buttons: list[Button]) -> str:
        if len(buttons) <= MAX_BUTTONS:
            sent = await self.wa.send_message(
                to=wa_id,
                text=text,
                buttons=[
                    types.Button(title=_short(b.label, BUTTON_TITLE), callback_data=b.data)
                    for b in buttons
                ],
            )
            return str(sent.id)
        choose = _short(await self._choose_label(wa_id), BUTTON_TITLE)
        rows = [
            types.SectionRow(
                title=_short(b.label, ROW_TITLE),
                callback_data=b.data,
                description=_short(b.label, ROW_DESCRIPTION) if len(b.label) > ROW_TITLE else None,
            )
            for b in buttons
        ]
        sent = await self.wa.send_message(
            to=wa_id,
            text=text,
            buttons=types.SectionList(
                button_title=choose, sections=[types.Section(title=choose, rows=rows)]
            ),
        )
        return str(sent.id)

    async def _choose_label(self, wa_id: str) -> str:
        customer = await self._customers.find_by_identity(CHANNEL, wa_id)
        language = as_language(customer.language if customer else None)
        return self.deps.translator(
            language or self.deps.live.current.shop.default_language, "whatsapp-choose"
        )

    async def close(self) -> None:
        await self._http.aclose()
