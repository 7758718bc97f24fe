"""What every handler receives: the services (built once) and this one request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import uuid4

from bot.chat_types import Incoming

if TYPE_CHECKING:  # handlers.feature builds on Request
    from handlers.feature import Catalog
from bot.clock import Clock
from bot.i18n import Speaker, Translator
from bot.languages import Language
from bot.loyalty import Actor, Loyalty
from bot.loyalty.customers import CustomerRef
from bot.program import LiveProgram, Program
from bot.state import StateStore


@dataclass(frozen=True, slots=True)
class Deps:
    loyalty: Loyalty
    live: LiveProgram
    translator: Translator
    states: StateStore
    clock: Clock
    # Every feature's commands, buttons, menu entries and flow steps (handlers/catalog.py).
    catalog: Catalog
    # (channel, external id) of owners named in the settings (OWNER_IDS).
    owner_ids: frozenset[tuple[str, str]] = frozenset()
    # Where the dashboard is reached (WebSettings.public_url): links in the chat point there.
    dashboard_url: str = "http://localhost:8080"

    @property
    def program(self) -> Program:
        return self.live.current

    def speaker(self, language: Language) -> Speaker:
        shop = self.program.shop
        return Speaker(self.translator, language, shop.tz, shop.currency)


@dataclass(frozen=True, slots=True)
class Request:
    incoming: Incoming
    deps: Deps
    customer: CustomerRef | None
    speak: Speaker
    actor: Actor | None = None  # set by the router for staff commands, after the role check

    @property
    def loyalty(self) -> Loyalty:
        return self.deps.loyalty

    @property
    def program(self) -> Program:
        return self.deps.program

    @property
    def customer_id(self) -> int:
        if self.customer is None:
            raise LookupError("handler needs a registered customer")
        return self.customer.customer_id

    @property
    def staff(self) -> Actor:
        if self.actor is None:
            raise LookupError("handler needs a staff member")
        return self.actor

    @property
    def identity(self) -> tuple[str, str]:
        return self.incoming.channel, self.incoming.user_id

    def update_key(self) -> str:
        """This chat update as an idempotency key: a redelivered message or a double press
        does its work once. An update the platform gave no id gets a key of its own, so it
        is never taken for another."""
        return f"{self.incoming.channel}:{self.incoming.update_id or 'u-' + uuid4().hex}"
