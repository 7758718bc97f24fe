"""What a feature answers, declared in its own module: its commands, its buttons, its place
in the menu, and the questions it asks (the text steps of its flow). The router only
composes the declarations, as aiogram's `include_router` does; help, the typed words, the
menu and Telegram's command menu all read the same catalogue.

Adding a customer command is one `Command` in the feature's module and its texts in
locales/ (`command-<name>` for help, `words-<name>` for the words that say it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.chat_types import Reply
from bot.state import State
from handlers.request import Request
from models import StaffRole

Handler = Callable[[Request, str], Awaitable[list[Reply]]]
StepHandler = Callable[[Request, State], Awaitable[list[Reply]]]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    handler: Handler
    # None: any member; STAFF or OWNER: the role is checked afresh on every call, and
    # anyone without it gets exactly the answer an unknown command gets.
    role: StaffRole | None = None
    # Shown in /help and in Telegram's command menu, in the order the features are listed.
    listed: bool = False
    # May be said as a plain word ("salio"); by default when listed. /delete never is.
    words: bool | None = None
    # As a word, may carry what the command needs: "link K7M2QX".
    takes_argument: bool = False
    # Also answered before someone has joined (/start, /link, /help).
    newcomers: bool = False

    @property
    def said_as_word(self) -> bool:
        return self.listed if self.words is None else self.words


@dataclass(frozen=True, slots=True)
class Action:
    """A button: `v1:<name>[:<arg>]` in its data (handlers/callbacks.py)."""

    name: str
    handler: Handler
    role: StaffRole | None = None
    newcomers: bool = False  # pressed while joining, before there is an account


@dataclass(frozen=True, slots=True)
class MenuItem:
    action: str
    label: str  # Fluent id of the button's label


@dataclass(frozen=True, slots=True)
class Step:
    """A text answer to a question the feature asked: conversation states whose step
    starts with `prefix` (stored in the database, so any process takes the answer)."""

    prefix: str
    handler: StepHandler
    role: StaffRole | None = None
    newcomers: bool = False  # join: only someone without an account yet


@dataclass(frozen=True, slots=True)
class Feature:
    commands: tuple[Command, ...] = ()
    actions: tuple[Action, ...] = ()
    menu: tuple[MenuItem, ...] = ()
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)  # one catalogue per process: hashed by identity
class Catalog:
    """Every feature's declarations, composed; refuses two features claiming one name."""

    commands: dict[str, Command] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    menu: tuple[MenuItem, ...] = ()
    steps: tuple[Step, ...] = ()

    @classmethod
    def of(cls, features: Iterable[Feature]) -> Catalog:
        catalog = cls()
        menu: list[MenuItem] = []
        steps: list[Step] = []
        for feature in features:
            for command in feature.commands:
                _claim(catalog.commands, command.name, command, "command")
            for action in feature.actions:
                _claim(catalog.actions, action.name, action, "button action")
            menu += feature.menu
            steps += feature.steps
        unrouted = {item.action for item in menu} - catalog.actions.keys()
        if unrouted:
            raise ValueError(f"menu buttons nobody answers: {sorted(unrouted)}")
        return cls(catalog.commands, catalog.actions, tuple(menu), tuple(steps))

    @property
    def listed(self) -> tuple[str, ...]:
        """The customer commands of /help and Telegram's menu, in order."""
        return tuple(name for name, c in self.commands.items() if c.listed)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(name for name, c in self.commands.items() if c.said_as_word)

    @property
    def taking_argument(self) -> frozenset[str]:
        return frozenset(name for name, c in self.commands.items() if c.takes_argument)


def _claim(table: dict[str, Any], name: str, value: object, what: str) -> None:
    if name in table:
        raise ValueError(f"two features declare the {what} {name!r}")
    table[name] = value
