"""Deployment settings: what an empty or blank value means."""

from __future__ import annotations

import pytest

from bot.settings import Settings

WHATSAPP = ("WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET")


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_or_blank_secret_is_unset_not_an_empty_secret(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", value)
    for name in (*WHATSAPP, "WHATSAPP_VERIFY_TOKEN"):
        monkeypatch.setenv(name, value)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram_webhook_secret is None
    assert settings.whatsapp_app_secret is None
    assert not settings.whatsapp_enabled


def test_whatsapp_is_on_only_with_all_four_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*WHATSAPP, "WHATSAPP_VERIFY_TOKEN"):
        monkeypatch.setenv(name, "x")
    assert Settings(_env_file=None).whatsapp_enabled  # type: ignore[call-arg]


def test_each_part_gets_a_typed_section_or_none(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*WHATSAPP, "WHATSAPP_VERIFY_TOKEN"):
        monkeypatch.setenv(name, "x")
    monkeypatch.setenv("WHATSAPP_MESSAGES_PER_SECOND", "50")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram is None
    assert settings.whatsapp is not None and settings.whatsapp.phone_number_id == "x"
    assert settings.sending.messages_per_second == 50  # WhatsApp alone: its own pace
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram is not None and settings.telegram.webhook_url is None
    assert settings.sending.messages_per_second == 30  # Telegram's, the stricter
