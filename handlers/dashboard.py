"""/dashboard: a link to the owner's dashboard that works once, for 10 minutes; on Telegram
over HTTPS also a button that opens it as a Mini App. Staff and owners only."""

from __future__ import annotations

from bot.chat_types import Button, Reply
from bot.loyalty.access import LOGIN_LINK_TTL
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole


async def dashboard(req: Request, _: str = "") -> list[Reply]:
    speak = req.speak
    token = await req.loyalty.access.login_link(req.staff)
    base = req.deps.dashboard_url
    link = f"{base}/dashboard/login/{token}"
    rows: list[tuple[Button, ...]] = []
    menu_app: tuple[str, str] | None = None
    # Telegram opens only https:// pages from a button.
    if base.startswith("https://"):
        if req.incoming.channel == "telegram":
            app = Button("", speak("dashboard-open-app"), url=f"{base}/dashboard/", web_app=True)
            rows.append((app,))
            # From now on the chat's menu button opens it too (customers keep the command
            # menu: only staff ever send this).
            menu_app = (speak("dashboard-menu-button"), f"{base}/dashboard/")
        rows.append((Button("", speak("dashboard-open-browser"), url=link),))
    minutes = int(LOGIN_LINK_TTL.total_seconds() // 60)
    text = speak("dashboard-link", link=link, minutes=minutes)
    return [Reply(text, tuple(rows), menu_app=menu_app)]


FEATURE = Feature(commands=(Command("dashboard", dashboard, role=StaffRole.STAFF),))
