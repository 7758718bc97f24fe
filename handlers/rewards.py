"""/rewards: the catalogue, what the customer can afford, confirm, then a counter code."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.loyalty.errors import UnknownReward
from bot.loyalty.redemptions import IssuedCode
from handlers.callbacks import encode
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import back_button, with_back
from handlers.request import Request

SHOW, ASK, REDEEM = "rw", "rwask", "rwyes"
ASK_CARD, REDEEM_CARD = "cardrw", "cardyes"  # a full stamp card's reward


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
    if s.completed_cards:
        lines.append(speak("rewards-card-item", reward=req.program.stamps.reward.get(lang)))
        rows.append((Button(encode(ASK_CARD), speak("card-redeem")),))
    if not rewards:
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


async def ask_card(req: Request, _: str = "") -> list[Reply]:
    speak = req.speak
    text = speak("rewards-confirm-card", reward=req.program.stamps.reward.get(speak.language))
    return [_confirm(req, text, encode(REDEEM_CARD))]


async def redeem_card(req: Request, _: str = "") -> list[Reply]:
    issued = await req.loyalty.redemptions.redeem_stamp_card(req.customer_id)
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
    ),
    menu=(MenuItem(SHOW, "menu-rewards"),),
)
