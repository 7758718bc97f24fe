"""/rewards: the catalogue, what the customer can afford, confirm, then a counter code."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.i18n import Speaker
from bot.loyalty.errors import UnknownCard, UnknownReward
from bot.loyalty.redemptions import IssuedCode
from bot.loyalty.stamps import CardState
from bot.numbers import whole_number
from bot.program import MAIN_CARD, Stamps, card_reward_key
from bot.rendering import card_name
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import back_button, with_back
from handlers.request import Request

SHOW, ASK, REDEEM = "rw", "rwask", "rwyes"
ASK_CARD, REDEEM_CARD = "cardrw", "cardyes"  # a full stamp card's reward; arg: the card
ASK_STEP, REDEEM_STEP = "steprw", "stepyes"  # a ladder step's reward; arg: step_arg()


def step_arg(card: str, at: int) -> str:
    return f"{card}_{at}" if card != MAIN_CARD else str(at)


def parse_step(arg: str) -> tuple[str, int]:
    """The card and the number of stamps of a step button; refused as an unknown reward."""
    card, _, at = arg.rpartition("_")
    stamps = whole_number(at)
    if stamps is None:
        raise UnknownReward(arg)
    return card or MAIN_CARD, stamps


def _card(arg: str) -> str:
    return arg or MAIN_CARD


async def held(req: Request) -> list[CardState]:
    """The customer's cards: one summary query where the shop runs a single card."""
    if req.program.cards:
        return await req.loyalty.stamps.cards(req.customer_id)
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    return [CardState(MAIN_CARD, s.stamps, s.stamp_slots, s.completed_cards)]


def reward_buttons(speak: Speaker, spec: Stamps, state: CardState) -> list[tuple[Button, ...]]:
    """A button for each step the card has reached, and one for a full card (the same under
    /card and /rewards)."""
    language = speak.language
    rows: list[tuple[Button, ...]] = [
        (
            Button(
                encode(ASK_STEP, step_arg(state.card, step.at)),
                speak("card-step-take", reward=step.reward.get(language)),
            ),
        )
        for step in spec.steps
        if state.stamps >= step.at
    ]
    if state.full:
        arg = "" if state.card == MAIN_CARD else state.card
        rows.append((Button(encode(ASK_CARD, arg), speak("card-redeem")),))
    return rows


async def show_rewards(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    speak, lang = req.speak, req.speak.language
    rewards = [r for r in req.program.rewards if r.active]
    lines = [speak("rewards-title", points=s.balance)]
    rows: list[tuple[Button, ...]] = []
    for reward in rewards:
        name = reward.name.get(lang)
        if reward.cost <= s.balance:
            lines.append(speak("rewards-item-affordable", name=name, cost=reward.cost))
            rows.append(
                (
                    Button(
                        encode(ASK, reward.key),
                        speak("rewards-button", name=name, cost=reward.cost),
                    ),
                )
            )
        else:
            lines.append(
                speak(
                    "rewards-item-locked",
                    name=name,
                    cost=reward.cost,
                    missing=reward.cost - s.balance,
                )
            )
    card_lines, card_rows = await _card_rewards(req)
    lines += card_lines
    rows += card_rows
    if not rewards and not card_rows:
        lines.append(speak("rewards-none"))
    elif rows:
        lines.append(speak("rewards-pick"))
    return [with_back(speak, "\n".join(lines), *rows, edit=bool(req.incoming.callback))]


async def ask_reward(req: Request, reward_key: str) -> list[Reply]:
    reward = req.program.reward(reward_key)
    if reward is None or not reward.active:
        raise UnknownReward(reward_key)
    speak = req.speak
    text = speak("rewards-confirm", name=reward.name.get(speak.language), cost=reward.cost)
    return [_confirm(req, text, encode(REDEEM, reward.key))]


async def redeem_reward(req: Request, reward_key: str) -> list[Reply]:
    issued = await req.loyalty.redemptions.redeem_points(req.customer_id, reward_key)
    return [_code_reply(req, issued)]


async def _card_rewards(req: Request) -> tuple[list[str], list[tuple[Button, ...]]]:
    """What the stamp cards give now: full cards, and ladder steps the card has reached."""
    speak, program = req.speak, req.program
    language = speak.language
    lines: list[str] = []
    rows: list[tuple[Button, ...]] = []
    for state in await held(req):
        spec = program.card(state.card) or program.stamps
        reached = [step for step in spec.steps if state.stamps >= step.at]
        if not state.full and not reached:
            continue
        if program.cards:
            lines.append(speak("notice-which-card", card=card_name(program, speak, state.card)))
        lines += [
            speak("rewards-step-item", reward=step.reward.get(language), at=step.at)
            for step in reached
        ]
        if state.full:
            lines.append(speak("rewards-card-item", reward=spec.reward.get(language)))
        rows += reward_buttons(speak, spec, state)
    return lines, rows


async def ask_card(req: Request, arg: str = "") -> list[Reply]:
    speak = req.speak
    spec = req.program.card(_card(arg))
    if spec is None:
        raise UnknownCard(card=arg)
    text = speak("rewards-confirm-card", reward=spec.reward.get(speak.language))
    return [_confirm(req, text, encode(REDEEM_CARD, arg))]


async def redeem_card(req: Request, arg: str = "") -> list[Reply]:
    issued = await req.loyalty.redemptions.redeem_stamp_card(req.customer_id, _card(arg))
    return [_code_reply(req, issued)]


async def ask_step(req: Request, arg: str) -> list[Reply]:
    card, at = parse_step(arg)
    reward = req.program.card_reward(card_reward_key(card, at))
    if reward is None:
        raise UnknownReward(arg)
    speak = req.speak
    text = speak("rewards-confirm-step", reward=reward.get(speak.language), at=at)
    return [_confirm(req, text, encode(REDEEM_STEP, arg))]


async def redeem_step(req: Request, arg: str) -> list[Reply]:
    card, at = parse_step(arg)
    issued = await req.loyalty.redemptions.redeem_step(req.customer_id, card, at)
    return [_code_reply(req, issued)]


def _confirm(req: Request, text: str, yes: str) -> Reply:
    speak = req.speak
    buttons = (Button(yes, speak("rewards-yes")), Button(encode(SHOW), speak("rewards-no")))
    return Reply(text, (buttons,), edit=bool(req.incoming.callback))


def _code_reply(req: Request, issued: IssuedCode) -> Reply:
    speak = req.speak
    lines = [
        speak(
            "rewards-code",
            code=issued.code,
            minutes=req.program.redemptions.code_ttl_minutes,
            time=speak.time(issued.expires_at),
        )
    ]
    if issued.points_cost:
        lines.append(speak("rewards-code-balance", points=issued.balance))
    return Reply("\n".join(lines), (back_button(speak),), edit=bool(req.incoming.callback))


FEATURE = Feature(
    commands=(Command("rewards", show_rewards, listed=True),),
    actions=(
        Action(SHOW, show_rewards),
        Action(ASK, ask_reward),
        Action(REDEEM, redeem_reward),
        Action(ASK_CARD, ask_card),
        Action(REDEEM_CARD, redeem_card),
        Action(ASK_STEP, ask_step),
        Action(REDEEM_STEP, redeem_step),
    ),
    menu=(MenuItem(SHOW, "menu-rewards"),),
)
