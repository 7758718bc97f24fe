"""What each queued message says, in the customer's language, at the moment it goes.

Campaign texts are the owner's own words (their language, else the text they wrote with a
note naming its language); automatic messages are Fluent ids whose arguments are filled
in from the programme here, so a tier or reward name always reads in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from babel import Locale

from bot.chat_types import Button, Reply
from bot.i18n import Speaker, Translator
from bot.languages import LANGUAGES, Language, as_language
from bot.program import LiveProgram, Program

# The buttons that go under a notice (a "rate this visit" under "+45 points"), in the
# reader's language: declared by the handlers that answer them.
NoticeButtons = Callable[[str, Mapping[str, Any], Speaker], tuple[tuple[Button, ...], ...]]


# A survey's choices under its question, as the outbox sends it: the "message" a campaign
# that carries a survey asks the handlers' buttons for ({"survey": id, "choices": [...]}).
SURVEY_QUESTION = "survey-question"


def no_buttons(_message: str, _args: Mapping[str, Any], _speak: Speaker) -> tuple[()]:
    return ()


# What a notice does to the reader's own command menu (Telegram's, beside the message
# field): None leaves it; a notice that someone joined or left the team sets or clears it.
NoticeMenu = Callable[[str, Speaker, Program], tuple[tuple[str, str], ...] | None]


def no_menu(_message: str, _speak: Speaker, _program: Program) -> None:
    return None


FALLBACK_ORDER: tuple[Language, ...] = ("en", "sw", "el", "am")


def pick_text(texts: dict[str, str], language: Language) -> tuple[Language, str]:
    """The reader's language if the owner wrote it, else English, else any: (language, text)."""
    for candidate in (language, *FALLBACK_ORDER):
        if texts.get(candidate):
            return candidate, texts[candidate]
    raise ValueError("a campaign without any text")


def language_name(of: Language, in_language: Language) -> str:
    """'English' said in Swahili: 'Kiingereza' (CLDR's names, through Babel)."""
    return str(Locale.parse(in_language).languages.get(of, of))


class MessageRenderer:
    def __init__(
        self,
        translator: Translator,
        program: Program | LiveProgram,
        buttons: NoticeButtons = no_buttons,
        menu: NoticeMenu = no_menu,
    ) -> None:
        self._translator = translator
        # Live for the sender, which renders with whatever version is in force; a snapshot
        # for a preview.
        self._live = program if isinstance(program, LiveProgram) else LiveProgram(program)
        self._buttons = buttons
        self._menu = menu

    @property
    def _program(self) -> Program:
        return self._live.current

    def speaker(self, language: str) -> Speaker:
        shop = self._program.shop
        chosen = as_language(language) or shop.default_language
        return Speaker(self._translator, chosen, shop.tz, shop.currency)

    def campaign_text(self, texts: dict[str, str], language: str) -> str:
        speak = self.speaker(language)
        written_in, text = pick_text(texts, speak.language)
        if written_in == speak.language:
            return text
        note = speak("offer-written-in", language=language_name(written_in, speak.language))
        return f"{note}\n\n{text}"

    def survey_buttons(
        self, survey_id: int, choices: list[str], language: str
    ) -> tuple[tuple[Button, ...], ...]:
        args = {"survey": survey_id, "choices": choices}
        return self._buttons(SURVEY_QUESTION, args, self.speaker(language))

    def survey_typed(self, question: str, choices: list[str], language: str) -> str:
        """A survey's question with its choices by number, for where no button can go."""
        listed = ", ".join(f"{number}) {choice}" for number, choice in enumerate(choices, 1))
        return f"{question}\n{self.speaker(language)('survey-typed-choices', choices=listed)}"

    def notice(self, message: str, args: dict[str, Any], language: str, purpose: str) -> Reply:
        """A queued notice as the reader gets it: its words, its buttons, its menu."""
        speak = self.speaker(language)
        text = self.notice_text(message, args, language)
        buttons = self._buttons(message, args, speak)
        menu = self._menu(message, speak, self._program)
        return Reply(text, buttons, unsolicited=purpose, commands=menu)

    def notice_text(self, message: str, args: dict[str, Any], language: str) -> str:
        speak = self.speaker(language)
        values: dict[str, Any] = dict(args)
        if "tier" in values:
            tier = self._program.tier(str(values["tier"]))
            values["tier"] = tier.name.get(speak.language)
            values["perks"] = tier.perks.get(speak.language) if tier.perks else ""
        if "reward_key" in values:  # a reward from the catalogue, by its key
            reward = self._program.reward(str(values.pop("reward_key")))
            values["reward"] = reward.name.get(speak.language) if reward else ""
        elif "reward" in values:  # what a full stamp card gives ("stamp-card", "card:lunch")
            given = self._program.card_reward(str(values["reward"])) or self._program.stamps.reward
            values["reward"] = given.get(speak.language)
        if "happy_hour" in values:  # a happy hour's name, by its key
            happy = self._program.happy_hour(str(values["happy_hour"]))
            values["happy_hour"] = happy.name.get(speak.language) if happy else ""
        if "bundle" in values:  # a bundle's name, by its key
            bundle = self._program.bundle(str(values["bundle"]))
            values["bundle"] = bundle.name.get(speak.language) if bundle else values["bundle"]
        if "membership" in values:  # a membership's name, by its key
            member = self._program.membership(str(values["membership"]))
            values["membership"] = member.name.get(speak.language) if member else ""
        if "date" in values:
            values["date"] = speak.date(date.fromisoformat(str(values["date"])))
        values.setdefault("shop", self._program.shop.name)
        text = speak(message, **values).strip()
        if "card" in values:  # a shop with several stamp cards: which one this is about
            name = card_name(self._program, speak, str(values["card"]))
            text = f"{speak('notice-which-card', card=name)}\n{text}"
        return text


def card_name(program: Program, speak: Speaker, key: str) -> str:
    """A stamp card's name in the reader's language; `[stamps]` without one is "Stamp card"."""
    card = program.card(key)
    if card is None:
        return key  # a card since dropped from the programme: its key is all there is
    return card.name.get(speak.language) if card.name else speak("card-main-name")


__all__ = ["LANGUAGES", "MessageRenderer", "card_name", "language_name", "pick_text"]
