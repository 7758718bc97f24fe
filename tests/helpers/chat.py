"""A test user talking to the handlers: type text, press buttons by label, share a contact."""

from __future__ import annotations

import itertools

from sqlalchemy import func, select

from bot.app import App
from bot.chat_types import Button, Incoming, Reply
from handlers.callbacks import decode
from models import Customer, Delivery, StaffRole

_updates = itertools.count(1)


class Chat:
    def __init__(
        self,
        app: App,
        user_id: str = "1001",
        *,
        language_hint: str | None = None,
        display_name: str | None = "Amina",
        channel: str = "test",
        vouched_phone: str | None = None,
    ) -> None:
        self.app = app
        # WhatsApp's way: the platform gives the sender's number with every message.
        self.vouched_phone = vouched_phone
        self.user_id = user_id
        self.language_hint = language_hint
        self.display_name = display_name
        self.channel = channel
        self.last: list[Reply] = []
        # The outbox's last row before and after the last step: what that step queued.
        self._queued = (0, 0)

    async def _last_queued(self) -> int:
        async with self.app.db.read() as session:
            return int(await session.scalar(select(func.max(Delivery.id))) or 0)

    async def _send(self, **kw: object) -> list[Reply]:
        before = await self._last_queued()
        incoming = Incoming(
            channel=self.channel,
            user_id=self.user_id,
            language_hint=self.language_hint,
            display_name=self.display_name,
            update_id=str(next(_updates)),
            **({"contact_phone": self.vouched_phone} | kw),  # type: ignore[arg-type]
        )
        self.last = await self.app.conversation.handle(incoming)
        self._every_button_is_answered(self.last)
        self._queued = (before, await self._last_queued())
        assert self.last, "the bot must always answer"
        return self.last

    def _every_button_is_answered(self, replies: list[Reply]) -> None:
        """Every button any step shows is one a feature declared it answers: checked on
        every step of every conversation test."""
        catalog = self.app.conversation.deps.catalog
        for reply in replies:
            for row in reply.buttons:
                for button in row:
                    if button.url is not None:
                        assert button.url.startswith(("https://", "http://")), button
                        continue
                    callback = decode(button.data)
                    assert callback is not None, f"{button} cannot be decoded"
                    assert callback.action in catalog.actions, f"nobody answers {button}"

    async def say(self, text: str) -> list[Reply]:
        return await self._send(text=text)

    async def press_data(self, data: str) -> list[Reply]:
        return await self._send(callback=data)

    async def press(self, label_part: str) -> list[Reply]:
        """Press the button whose label contains `label_part` in the last replies."""
        return await self.press_data(self.button(label_part).data)

    async def share_contact(self, phone: str) -> list[Reply]:
        return await self._send(contact_phone=phone)

    def button(self, label_part: str) -> Button:
        for reply in self.last:
            for row in reply.buttons:
                for button in row:
                    if label_part in button.label:
                        return button
        raise AssertionError(f"no button with {label_part!r} in {self.labels()}")

    def labels(self) -> list[str]:
        return [b.label for r in self.last for row in r.buttons for b in row]

    @property
    def text(self) -> str:
        """What the sender sees."""
        return "\n".join(r.text for r in self.last)

    async def notices(self, customer_id: int) -> list[Reply]:
        """What the last step queued for another person (a notice, an owner's note), as the
        outbox will send it: rendered in that person's language, left in the outbox."""
        renderer = self.app.renderer
        async with self.app.db.read() as session:
            rows = await session.execute(
                select(Delivery, Customer.language)
                .join(Customer, Customer.id == Delivery.customer_id)
                .where(
                    Delivery.id > self._queued[0],
                    Delivery.id <= self._queued[1],
                    Delivery.customer_id == customer_id,
                    Delivery.campaign_id.is_(None),
                )
                .order_by(Delivery.id)
            )
            notices = [
                renderer.notice(d.message or "", d.args or {}, language, d.purpose.value)
                for d, language in rows
            ]
        self._every_button_is_answered(notices)
        return notices

    async def told(self, customer_id: int) -> str:
        """The words of what the last step queued for `customer_id`."""
        return "\n".join(r.text for r in await self.notices(customer_id))

    async def join(self, language: str = "en", name: str = "Amina", consent: bool = True) -> int:
        t = self.app.translator
        await self.say("/start")
        await self.press(t(language, "language-name"))  # type: ignore[arg-type]
        await self.say(name)
        await self.press(t(language, "join-skip-phone"))  # type: ignore[arg-type]
        await self.press(t(language, "join-consent-yes" if consent else "join-consent-no"))  # type: ignore[arg-type]
        customer = await self.app.loyalty.customers.find_by_identity(self.channel, self.user_id)
        assert customer is not None
        return customer.customer_id


async def staff_chat(app: App, language: str, name: str = "Wanjiru", user_id: str = "900") -> Chat:
    """A member of staff at the Westlands branch, chatting in `language`."""
    chat = Chat(app, user_id)
    person = await chat.join(language, name=name)
    await app.loyalty.staff.appoint(person, StaffRole.STAFF, by=None, branch_key="westlands")
    return chat
