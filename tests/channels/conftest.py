"""The channels' tests: the app with its WhatsApp channel on the fake Graph API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import App, open_app
from bot.channels.whatsapp import WhatsAppChannel
from bot.clock import ManualClock
from bot.program import Program
from bot.settings import Settings
from tests.helpers.fake_graph import APP_SECRET, PHONE_ID, TOKEN, VERIFY_TOKEN, FakeGraph


@pytest.fixture
async def live(
    database_url: str, program: Program, clock: ManualClock, graph: FakeGraph
) -> AsyncIterator[tuple[App, WhatsAppChannel]]:
    """The app built as `run` builds it, with WhatsApp configured against the fake."""
    settings = Settings(
        database_url=database_url,
        whatsapp_phone_number_id=PHONE_ID,
        whatsapp_access_token=TOKEN,
        whatsapp_app_secret=APP_SECRET,
        whatsapp_verify_token=VERIFY_TOKEN,
        whatsapp_api_base=graph.base,
        # The fake accepts any pace: tests about the limits set their own.
        whatsapp_messages_per_second=1000,
    )
    async with open_app(settings, program=program, clock=clock) as app:
        channel = app.whatsapp()
        yield app, channel
        await channel.close()
