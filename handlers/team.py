"""/staff add|owner|remove|list: owners manage who works the till."""

from __future__ import annotations

from bot.chat_types import Reply
from handlers.feature import Command, Feature
from handlers.request import Request
from models import StaffRole


async def manage(req: Request, args: str) -> list[Reply]:
    parts = args.split()
    speak = req.speak
    if parts == ["list"]:
        return await _list(req)
    if len(parts) not in (2, 3) or parts[0] not in ("add", "owner", "remove"):
        return [Reply(speak("staff-usage-staff"))]
    action, code = parts[0], parts[1]
    person = await req.loyalty.customers.find_by_member_code(code)
    name = person.name or person.member_code
    if action == "remove":
        if person.customer_id == req.customer_id:
            return [Reply(speak("staff-not-yourself"))]  # an owner cannot lock themselves out
        removed = await req.loyalty.staff.dismiss(person.customer_id, by=req.staff)
        return [Reply(speak("staff-removed" if removed else "staff-not-staff", name=name))]
    branch = parts[2] if len(parts) == 3 else None
    branches = [b.key for b in req.program.branches]
    if branch is not None and branch not in branches:
        return [
            Reply(speak("staff-unknown-branch", branch=branch, branches=", ".join(branches) or "-"))
        ]
    role = StaffRole.OWNER if action == "owner" else StaffRole.STAFF
    await req.loyalty.staff.appoint(
        person.customer_id, role, by=req.staff, branch_key=branch, tell=True
    )
    return [Reply(speak("staff-added", name=name, role=role.value))]


async def _list(req: Request) -> list[Reply]:
    speak = req.speak
    lines = [speak("staff-list-title")]
    lines.extend(
        speak(
            "staff-list-line",
            role=member.role.value,
            name=member.name or "-",
            code=member.member_code,
            branch=member.branch or "-",
        )
        for member in await req.loyalty.staff.listing()
    )
    return [Reply("\n".join(lines))]


FEATURE = Feature(commands=(Command("staff", manage, role=StaffRole.OWNER),))
