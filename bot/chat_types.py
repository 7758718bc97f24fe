"""What a chat channel hands to the handlers, and what it gets back: no platform types here.
At the bottom of the house, so the channels, the handlers and the outbox all speak it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Incoming:
    channel: str  # "telegram", "whatsapp" or "shell"
    user_id: str  # the platform's id for the person
    text: str | None = None
    callback: str | None = None  # data of a pressed button
    contact_phone: str | None = None  # a phone number the platform vouches is the sender's own
    language_hint: str | None = None  # e.g. Telegram's language_code
    display_name: str | None = None  # the name the platform shows for the person
    update_id: str | None = None  # unique per delivery; used as an idempotency key
    # The channel's link that opens the bot with a /start payload: "...?start={payload}".
    deep_link: str | None = None
    photo: bytes | None = None  # a picture the person sent (an owner's offer image)
    # The channel has no Start button (WhatsApp): someone new begins joining by writing.
    starts_by_writing: bool = False


@dataclass(frozen=True, slots=True)
class Button:
    data: str
    label: str
    # A link instead of an action (data is then ""): Telegram shows it as a button that
    # opens the page, as a Mini App when `web_app`; other apps show the link in the text.
    url: str | None = None
    web_app: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    image: bytes | None = None
    # Label for the platform's own "share my phone number" button, when asking for it.
    ask_phone: str | None = None
    # Take away a keyboard shown earlier (the share-phone keyboard, once it is answered).
    clear_keyboard: bool = False
    # Replace the message whose button was pressed instead of sending a new one.
    edit: bool = False
    files: tuple[Attachment, ...] = ()
    # Telegram: make the chat's menu button open this page as a Mini App (the dashboard, for
    # staff); other apps have no such button.
    menu_app: tuple[str, str] | None = None  # (label, https URL)
    # Telegram: this chat's own command menu, (command, description) in the reader's
    # language: a staff member's, with the till's commands; an empty tuple gives the chat
    # the shop's menu back. Other apps have no command menu.
    commands: tuple[tuple[str, str], ...] | None = None
    # Set on messages nobody asked for this minute (a campaign, a reminder): "marketing",
    # "reminder" or "notice". WhatsApp sends these as templates outside its 24-hour window.
    unsolicited: str | None = None
    # The words to send instead where its buttons cannot go (a WhatsApp template outside
    # the 24-hour window): a survey's choices written out, to answer by typing a number.
    typed: str | None = None
