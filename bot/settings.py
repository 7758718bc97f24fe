"""Deployment settings from environment variables and an optional .env file.

The programme itself (earn rates, tiers, rewards) is not here: it lives in the programme file
that PROGRAM_FILE names, because owners edit that and operators edit this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Self

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

PROJECT_DIR = Path(__file__).resolve().parent.parent
EXAMPLE_PROGRAM = PROJECT_DIR / "program.example.toml"

# Plain URLs as hosting providers hand them out are accepted and given the async driver.
_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
}
_SUPPORTED = {"sqlite+aiosqlite", "postgresql+asyncpg"}
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True, slots=True)
class TelegramSettings:
    token: SecretStr
    api_base: str
    webhook_url: str | None  # None: long polling
    webhook_secret: SecretStr | None  # None: derived from the token


@dataclass(frozen=True, slots=True)
class WhatsAppSettings:
    phone_number_id: str
    access_token: SecretStr
    app_secret: SecretStr
    verify_token: SecretStr
    api_version: str
    api_base: str
    messages_per_second: int


@dataclass(frozen=True, slots=True)
class WebSettings:
    host: str
    port: int
    # The dashboard's public address, without a trailing slash: links in the chat point at
    # `<url>/dashboard/...`; Telegram opens it as a Mini App only over https.
    public_url: str


@dataclass(frozen=True, slots=True)
class SendingSettings:
    messages_per_second: int  # all chats together, the stricter app's budget
    concurrency: int
    lease_seconds: float
    scheduler_tick_seconds: float
    # Each configured app's own budget: the outbox paces each apart.
    per_channel: tuple[tuple[str, int], ...] = ()


class Settings(BaseSettings):
    """Flat environment variables (what operators type); the typed sections below are what
    each part of the bot takes, so a channel never asserts that its settings exist."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        # `TELEGRAM_WEBHOOK_SECRET=` or an empty WHATSAPP_APP_SECRET in a .env file means
        # "not set", never "an empty secret": an empty signing key would let anyone in.
        env_ignore_empty=True,
    )

    database_url: str = "sqlite+aiosqlite:///loyalty.db"
    program_file: Path | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # "json": one JSON object per line, for a log collector; "text": for a terminal.
    log_format: Literal["text", "json"] = "text"
    # Chat identities that are owners once they have joined: "telegram:123456,shell:local".
    owner_ids: str = ""
    telegram_bot_token: SecretStr | None = None
    # The Bot API server: Telegram's, a local Bot API server, or a fake one in tests.
    telegram_api_base: str = "https://api.telegram.org"
    # Webhook mode when set (the public https URL Telegram should call); long polling if not.
    telegram_webhook_url: str | None = None
    # Telegram echoes it in X-Telegram-Bot-Api-Secret-Token; derived from the token if unset.
    telegram_webhook_secret: SecretStr | None = None
    web_host: str = "0.0.0.0"
    web_port: int = Field(default=8080, ge=1, le=65535)
    # The till API's pace per key: calls a second, and calls at once before it applies.
    api_calls_per_second: float = Field(default=20.0, gt=0, le=10_000)
    api_burst: int = Field(default=100, ge=1, le=100_000)
    # Telegram's broadcast limit (messages a second, all chats together); lower it if the
    # bot shares its token's budget with something else.
    telegram_messages_per_second: int = Field(default=30, ge=1, le=1000)
    send_concurrency: int = Field(default=8, ge=1, le=100)
    # How long a sender may hold claimed outbox rows before another sender (or the same
    # bot after a crash) takes them back: the longest a killed broadcast pauses.
    outbox_lease_seconds: float = Field(default=60.0, ge=1, le=3600)
    # WhatsApp Cloud API: the business phone number's id, a permanent access token, the
    # Meta app's secret (checks X-Hub-Signature-256) and the verify token of the webhook.
    whatsapp_phone_number_id: str | None = None
    whatsapp_access_token: SecretStr | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_api_version: str = "22.0"
    # The Graph API: Meta's, or a fake one in tests.
    whatsapp_api_base: str = "https://graph.facebook.com"
    # Meta's default throughput per business phone number (messages a second).
    whatsapp_messages_per_second: int = Field(default=80, ge=1, le=1000)
    # How often the scheduler looks for campaigns that are due (seconds).
    scheduler_tick_seconds: float = Field(default=10.0, gt=0, le=3600)
    # The dashboard's public base URL (https://shop.example.com); by default the webhook's,
    # else http://localhost:<WEB_PORT> (a browser on the same machine).
    dashboard_url: str | None = None
    # How often each process looks for a programme version saved by another (seconds).
    program_refresh_seconds: float = Field(default=2.0, gt=0, le=300)

    @field_validator("database_url")
    @classmethod
    def _async_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(
                "not a database URL (expected e.g. sqlite+aiosqlite:///loyalty.db "
                "or postgresql+asyncpg://user@host/db)"
            ) from None
        driver = _ASYNC_DRIVERS.get(url.drivername, url.drivername)
        if driver not in _SUPPORTED:
            raise ValueError(f"unsupported database {url.drivername!r} (use SQLite or PostgreSQL)")
        return url.set(drivername=driver).render_as_string(hide_password=False)

    @field_validator("program_file")
    @classmethod
    def _existing_file(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"no such file: {value}")
        return value

    @field_validator(
        "telegram_api_base", "telegram_webhook_url", "whatsapp_api_base", "dashboard_url"
    )
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @field_validator(
        "telegram_bot_token",
        "telegram_webhook_secret",
        "whatsapp_access_token",
        "whatsapp_app_secret",
        "whatsapp_verify_token",
        "whatsapp_phone_number_id",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # Spaces alone are as empty as nothing (a stray space after `=` in a .env file).
        if isinstance(value, str) and not value.strip():
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and - (setWebhook).
        if value is not None and not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("use 1 to 256 letters, digits, _ or - (Telegram's rule)")
        return value

    @field_validator("owner_ids")
    @classmethod
    def _identities(cls, value: str) -> str:
        for item in filter(None, (part.strip() for part in value.split(","))):
            channel, _, external_id = item.partition(":")
            if not channel or not external_id:
                raise ValueError(f"{item!r} is not channel:id (e.g. telegram:123456)")
        return value

    @model_validator(mode="after")
    def _whatsapp_complete(self) -> Self:
        given = {
            "WHATSAPP_PHONE_NUMBER_ID": self.whatsapp_phone_number_id,
            "WHATSAPP_ACCESS_TOKEN": self.whatsapp_access_token,
            "WHATSAPP_APP_SECRET": self.whatsapp_app_secret,
            "WHATSAPP_VERIFY_TOKEN": self.whatsapp_verify_token,
        }
        missing = [name for name, value in given.items() if not value]
        if 0 < len(missing) < len(given):
            # Half a WhatsApp configuration would accept unsigned webhooks or fail later.
            raise ValueError(f"WhatsApp needs {', '.join(missing)} as well")
        return self

    @property
    def whatsapp_enabled(self) -> bool:
        return self.whatsapp is not None

    @property
    def telegram(self) -> TelegramSettings | None:
        if self.telegram_bot_token is None:
            return None
        return TelegramSettings(
            self.telegram_bot_token,
            self.telegram_api_base,
            self.telegram_webhook_url,
            self.telegram_webhook_secret,
        )

    @property
    def whatsapp(self) -> WhatsAppSettings | None:
        if (
            self.whatsapp_phone_number_id is None
            or self.whatsapp_access_token is None
            or self.whatsapp_app_secret is None
            or self.whatsapp_verify_token is None
        ):
            return None  # the validator above admits all four or none
        return WhatsAppSettings(
            self.whatsapp_phone_number_id,
            self.whatsapp_access_token,
            self.whatsapp_app_secret,
            self.whatsapp_verify_token,
            self.whatsapp_api_version,
            self.whatsapp_api_base,
            self.whatsapp_messages_per_second,
        )

    @property
    def web(self) -> WebSettings:
        public = (
            self.dashboard_url or self.telegram_webhook_url or f"http://localhost:{self.web_port}"
        )
        return WebSettings(self.web_host, self.web_port, public.rstrip("/"))

    @property
    def sending(self) -> SendingSettings:
        # One outbox for every app: Telegram's budget when Telegram runs (the stricter),
        # else the WhatsApp number's (the WhatsApp channel also keeps its own pace).
        rate = (
            self.whatsapp_messages_per_second
            if self.telegram is None and self.whatsapp is not None
            else self.telegram_messages_per_second
        )
        per_channel = (
            *((("telegram", self.telegram_messages_per_second),) if self.telegram else ()),
            *((("whatsapp", self.whatsapp_messages_per_second),) if self.whatsapp else ()),
        )
        return SendingSettings(
            rate,
            self.send_concurrency,
            self.outbox_lease_seconds,
            self.scheduler_tick_seconds,
            per_channel,
        )

    @property
    def owners(self) -> frozenset[tuple[str, str]]:
        items = filter(None, (part.strip() for part in self.owner_ids.split(",")))
        return frozenset(tuple(item.split(":", 1)) for item in items)  # type: ignore[misc]

    @property
    def resolved_program_file(self) -> Path:
        """PROGRAM_FILE, else ./program.toml, else the shipped example."""
        if self.program_file is not None:
            return self.program_file
        local = Path("program.toml")
        return local if local.is_file() else EXAMPLE_PROGRAM


class SettingsError(Exception):
    """str() is one line: which setting is wrong and why."""


def load_settings() -> Settings:
    try:
        return Settings()
    except UnicodeDecodeError:
        raise SettingsError(".env: not UTF-8 text (save it as UTF-8)") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = first["msg"].removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}") from None
