"""Composition root: settings -> programme -> database -> engine. Tests build it the same way."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.clock import Clock, SystemClock
from bot.db import Database
from bot.i18n import Translator
from bot.loyalty import EngineContext, Loyalty
from bot.loyalty.catalogue import sync_catalogue
from bot.notify import Notifier
from bot.program import Program, load_program
from bot.rendering import MessageRenderer
from bot.settings import Settings
from bot.state import StateStore, UpdateGuard
from handlers.catalog import CATALOG
from handlers.notice_buttons import notice_buttons
from handlers.request import Deps
from handlers.router import Conversation


@dataclass(frozen=True, slots=True)
class App:
    settings: Settings
    program: Program
    db: Database
    clock: Clock
    loyalty: Loyalty
    translator: Translator
    states: StateStore
    updates: UpdateGuard
    conversation: Conversation
    notifier: Notifier
    # What a queued message says, in its reader's language, with its buttons.
    renderer: MessageRenderer


@asynccontextmanager
async def open_app(
    settings: Settings,
    *,
    program: Program | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[App]:
    """Build the app and close what it opened. Raises ProgramError on a bad programme file."""
    program = program or load_program(settings.resolved_program_file)
    clock = clock or SystemClock()
    db = Database(settings.database_url)
    try:
        await sync_catalogue(db, program)
        loyalty = Loyalty.build(EngineContext(db=db, program=program, clock=clock))
        translator = Translator()
        states = StateStore(db, clock)
        deps = Deps(
            catalog=CATALOG,
            loyalty=loyalty,
            program=program,
            translator=translator,
            states=states,
            clock=clock,
            owner_ids=settings.owners,
        )
        yield App(
            settings=settings,
            program=program,
            db=db,
            clock=clock,
            loyalty=loyalty,
            translator=translator,
            states=states,
            updates=UpdateGuard(db, clock),
            conversation=Conversation(deps),
            notifier=Notifier(loyalty.customers),
            renderer=MessageRenderer(translator, program, notice_buttons),
        )
    finally:
        await db.dispose()
