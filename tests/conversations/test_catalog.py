"""Each feature declares what it answers; the router, /help, the typed words, the menu and
Telegram's command menu are all read from the one catalogue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app import App
from bot.chat_types import Reply
from handlers.catalog import CATALOG
from handlers.feature import Action, Catalog, Command, Feature, MenuItem
from handlers.request import Request
from tests.helpers.chat import Chat


async def _stamps_left(req: Request, _: str = "") -> list[Reply]:
    return [Reply("🍪 2 stamps to go")]


# A feature as its module declares it: a command, its button, its place in the menu (here
# under a name whose texts exist already, so no locale file needs writing for the test).
NEW = Feature(
    commands=(Command("balance", _stamps_left, listed=True),),
    actions=(Action("bal", _stamps_left),),
    menu=(MenuItem("bal", "menu-balance"),),
)


def _without(catalog: Catalog, command: str, action: str) -> list[Feature]:
    return [
        Feature(
            commands=tuple(c for c in catalog.commands.values() if c.name != command),
            actions=tuple(a for a in catalog.actions.values() if a.name != action),
            menu=tuple(m for m in catalog.menu if m.action != action),
            steps=catalog.steps,
        )
    ]


def _features_of(catalog: Catalog) -> list[Feature]:
    return _without(catalog, "", "")


async def test_a_feature_is_routed_listed_said_in_words_and_in_the_menu(app: App) -> None:
    chat = Chat(app)
    await chat.join("sw")
    without = Catalog.of(_without(CATALOG, "balance", "bal"))
    app.conversation.deps = replace(app.conversation.deps, catalog=without)
    await chat.say("/help")
    assert "/balance" not in chat.text
    assert app.translator("sw", "menu-balance") not in chat.labels()

    app.conversation.deps = replace(
        app.conversation.deps, catalog=Catalog.of([*_without(CATALOG, "balance", "bal"), NEW])
    )
    await chat.say("/balance")
    assert chat.text == "🍪 2 stamps to go"
    await chat.say("salio")  # the word for it, in Swahili
    assert chat.text == "🍪 2 stamps to go"
    await chat.say("/help")
    assert "/balance – " in chat.text
    await chat.press(app.translator("sw", "menu-balance"))
    assert chat.text == "🍪 2 stamps to go"


def test_two_features_cannot_claim_one_name() -> None:
    with pytest.raises(ValueError, match="two features declare the command 'balance'"):
        Catalog.of([*_features_of(CATALOG), Feature(commands=(Command("balance", _stamps_left),))])
    with pytest.raises(ValueError, match="two features declare the button action 'bal'"):
        Catalog.of([*_features_of(CATALOG), Feature(actions=(Action("bal", _stamps_left),))])


def test_a_menu_button_nobody_answers_is_refused() -> None:
    with pytest.raises(ValueError, match="menu buttons nobody answers: \\['ghost'\\]"):
        Catalog.of([Feature(menu=(MenuItem("ghost", "menu-card"),))])


def test_the_catalogue_lists_the_customer_commands_in_order() -> None:
    assert CATALOG.listed == (
        "start", "balance", "card", "rewards", "mycode", "history", "invite", "link",
        "offers", "draw", "settings", "language", "stop", "help", "delete",
    )  # fmt: skip
    assert "delete" not in CATALOG.words and "menu" in CATALOG.words  # never by a stray word
    assert CATALOG.taking_argument == frozenset({"link", "receipt"})  # "risiti K7M2QX9PAB"
