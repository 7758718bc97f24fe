"""/apikey: owners make and revoke the keys a till system uses for the API.

`/apikey new <name> [branch]` makes a key with every scope (the dashboard's Till API page
also chooses scopes); the key is shown once, in this chat only. `/apikey revoke <prefix>`
stops it from the next call. `/apikey` lists them.
"""

from __future__ import annotations

from bot.chat_types import Reply
from bot.loyalty.api_keys import ApiKeyInfo
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole

SCOPE_WORDS = {
    "award": "api-scope-award",
    "redeem": "api-scope-redeem",
    "read": "api-scope-read",
}


async def manage(req: Request, args: str) -> list[Reply]:
    parts = args.split()
    if not parts or parts == ["list"]:
        return await _list(req)
    if parts[0] == "new" and len(parts) >= 2:
        return await _new(req, parts[1:])
    if parts[0] == "revoke" and len(parts) == 2:
        revoked = await req.loyalty.api_keys.revoke(parts[1], by=req.staff)
        if revoked is None:
            return [Reply(req.speak("apikey-not-found", prefix=parts[1][:20]))]
        return [Reply(req.speak("apikey-revoked", name=revoked.name, prefix=revoked.prefix))]
    return [Reply(req.speak("apikey-usage"))]


async def _new(req: Request, words: list[str]) -> list[Reply]:
    branches = {b.key for b in req.program.branches}
    branch = words[-1] if len(words) > 1 and words[-1] in branches else None
    name = " ".join(words[:-1] if branch else words)
    made = await req.loyalty.api_keys.create(name, branch_key=branch, by=req.staff)
    return [
        Reply(
            req.speak(
                "apikey-made",
                name=made.info.name,
                branch=made.info.branch_key or "-",
                key=made.key,
                prefix=made.info.prefix,
            )
        )
    ]


async def _list(req: Request) -> list[Reply]:
    speak = req.speak
    keys = await req.loyalty.api_keys.listing()
    if not keys:
        return [Reply(speak("apikey-none") + "\n" + speak("apikey-usage"))]
    lines = [speak("apikey-list-title"), *(_line(req, key) for key in keys)]
    return [Reply("\n".join(lines) + "\n\n" + speak("apikey-usage"))]


def _line(req: Request, key: ApiKeyInfo) -> str:
    speak = req.speak
    scopes = ", ".join(speak(SCOPE_WORDS[scope]) for scope in key.scopes)
    used = speak.date(key.last_used_at) if key.last_used_at else speak("apikey-never-used")
    if key.revoked_at is not None:
        return speak("apikey-line-revoked", name=key.name, prefix=key.prefix)
    return speak(
        "apikey-line",
        name=key.name,
        prefix=key.prefix,
        branch=key.branch_key or "-",
        scopes=scopes,
        used=used,
    )


FEATURE = Feature(commands=(Command("apikey", manage, role=StaffRole.OWNER),))
