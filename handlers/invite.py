"""/invite: the customer's invitation link, friends joined, what both sides get."""

from __future__ import annotations

from bot.chat_types import Reply
from handlers.feature import Action, Command, Feature, MenuItem
from handlers.menu import with_back
from handlers.request import Request

SHOW = "inv"


async def show_invite(req: Request, _: str = "") -> list[Reply]:
    s = await req.loyalty.summary.summary(req.customer_id, history=0)
    speak, rules = req.speak, req.program.referrals
    template = req.incoming.deep_link
    lines = [
        speak("invite-title"),
        speak("invite-how", referrer=rules.referrer_points, referee=rules.referee_points),
        template.format(payload=f"ref_{s.referral_code}")
        if template
        else speak("invite-code", code=s.referral_code),
        speak("invite-stats", joined=s.friends_joined, rewarded=s.friends_rewarded),
    ]
    return [with_back(speak, "\n".join(lines), edit=bool(req.incoming.callback))]


FEATURE = Feature(
    commands=(Command("invite", show_invite, listed=True),),
    actions=(Action(SHOW, show_invite),),
    menu=(MenuItem(SHOW, "menu-invite"),),
)
