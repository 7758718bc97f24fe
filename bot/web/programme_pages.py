"""Programme: the owner edits rewards, the stamp card, earning, limits, tiers, expiry,
messages and referrals, reviews what a change does to customers, then saves it as a new
version; the history lists every version and brings one back.

A form names each value by its path in the programme ("stamps.slots", "rewards.espresso.
name.el": list items by their key), so one handler applies any section. Nothing is saved
before the owner has seen the change and its consequences and pressed Save; a version saved
by someone else meanwhile sends the owner back to review again.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import Callable
from typing import Any

from aiohttp import web
from babel.dates import get_day_names, get_month_names
from pydantic import ValidationError

from bot.i18n import Speaker
from bot.images import drawn
from bot.images.logo import UPLOAD_LIMIT, NotAPicture, normalise
from bot.languages import LANGUAGES
from bot.loyalty.programme import content_of, differences
from bot.program import WEEKDAYS, Program
from bot.programme_texts import consequence_lines
from bot.web.change_words import described_changes, label_of
from bot.web.guard import owner_page
from bot.web.render import page
from bot.web.session import DEPS, Viewer
from handlers.card import card_words
from handlers.member_code import member_words

# Model-level refusals (bot/program.py), by the words of their message.
_KNOWN_REFUSALS = {
    "tier thresholds must rise": "dash-error-thresholds",
    "first tier must have threshold": "dash-error-first-tier",
    "minimum_purchase is above": "dash-error-min-max",
    "could earn more than": "dash-error-too-generous",
    "is used twice": "dash-error-duplicate",
    "welcome.stamps must be fewer": "dash-error-welcome-stamps",
    "must end at another time": "dash-error-happy-end",
    "multiplier above 1 or bonus stamps": "dash-error-happy-nothing",
    "gives nothing: name a tier or a discount": "dash-error-member-nothing",
    "ladder steps must rise": "dash-error-steps-rise",
    "before the full card": "dash-error-step-past-full",
}
_LIST_FIELDS = {"expiry.reminder_days"}
_OPTIONAL_FIELDS = {"feedback.review_url"}
# What the dashboard may change. Everything else (the logo's file path on the server, the
# currency, the time zone, WhatsApp's templates) stays as the programme file set it: an
# owner's browser never names a file on the server.
_EDITABLE = (
    "rewards",
    "stamps.",
    "earn.",
    "tiers.",
    "expiry.",
    "limits.",
    "redemptions.",
    "receipts.",
    "messages.",
    "referrals.",
    "bonuses.",
    "welcome.",
    "feedback.",
    "shop.name",
    "brand.colour",
    "brand.accent",
    "brand.background",
    "brand.logo_png",
    "branches",
    "happy_hours",
    "bundles",
    "memberships",
    "cards",
)
SAMPLE_CODE = "K7M2QX"  # the member code on the member card's preview
NEW_REWARD = "new-reward"
NEW_BRANCH = "new-branch"
NEW_HAPPY_HOUR = "new-happy-hour"
NEW_BUNDLE = "new-bundle"
NEW_MEMBERSHIP = "new-membership"
NEW_CARD, NEW_STEP, REMOVE_STEP = "new-card", "new-step", "remove-step"
# A happy hour's checkboxes: every ticked value counts, not only the last.
_TICKED = ("days", "months")
MULTIPLIERS = ("1", "1.5", "2", "3")


@owner_page
async def programme(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    return await _editor(request, viewer)


async def card_preview(program: Program, speak: Speaker) -> list[str]:
    """The stamp card (7 of its stamps) and the member card as a customer would see them, in
    the programme's colours and with its logo: data URIs for <img>, drawn off the loop."""
    slots = program.stamps.slots
    stamps = min(slots - 1, 7)
    words = card_words(speak, program, stamps, slots, 0)
    member, badge = member_words(speak, program, SAMPLE_CODE, program.tiers.levels[0].key)
    # Pillow, the fonts and segno load with the first picture (bot/images/__init__.py).
    from bot.images.member_card import member_card  # noqa: PLC0415
    from bot.images.stamp_card import stamp_card  # noqa: PLC0415

    pictures = (
        await drawn(stamp_card, program.brand, words, stamps, slots, program.stamps.step_slots),
        await drawn(member_card, program.brand, member, badge, SAMPLE_CODE),
    )
    return [f"data:image/png;base64,{base64.b64encode(p).decode()}" for p in pictures if p]


@owner_page
async def propose_logo(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    """A new logo (or none): made small and checked, then reviewed with the pictures it
    gives, like any other change."""
    deps = request.app[DEPS]
    form = await request.post()
    content = content_of(deps.live.current)
    if form.get("remove"):
        content["brand"]["logo_png"] = None
    else:
        sent = form.get("logo")
        if not isinstance(sent, web.FileField):
            return await _editor(
                request, viewer, error=viewer.speak("dash-logo-not-a-picture"), status=400
            )
        try:
            content["brand"]["logo_png"] = await asyncio.to_thread(
                normalise, sent.file.read(UPLOAD_LIMIT + 1)
            )
        except NotAPicture as refused:
            error = viewer.speak(f"dash-logo-{refused}")
            return await _editor(request, viewer, error=error, status=400)
    proposal = Program.model_validate(content)
    if proposal == deps.live.current:
        return await _editor(request, viewer, error=viewer.speak("dash-nothing-changed"))
    return await _review(request, viewer, proposal)


async def _editor(
    request: web.Request,
    viewer: Viewer,
    *,
    error: str | None = None,
    status: int = 200,
    values: dict[str, Any] | None = None,
) -> web.StreamResponse:
    deps = request.app[DEPS]
    saved = request.query.get("saved")
    previews = await card_preview(deps.live.current, viewer.speak)
    language = viewer.speak.language
    days = get_day_names("wide", context="stand-alone", locale=language)
    months = get_month_names("wide", context="stand-alone", locale=language)
    return page(
        request,
        "programme.html",
        viewer.speak,
        viewer,
        status=status,
        p=values or content_of(deps.live.current),
        version=deps.live.version,
        languages=LANGUAGES,
        error=error,
        saved=int(saved) if saved and saved.isdigit() else None,
        cards=previews,
        weekdays=WEEKDAYS,
        day_of={key: str(days[index]) for index, key in enumerate(WEEKDAYS)},
        month_names=[str(months[m]) for m in range(1, 13)],
        multipliers=MULTIPLIERS,
        usage=await deps.loyalty.promotions.usage(days=30),
        bundle_sales=await deps.loyalty.bundles.sales(),
    )


@owner_page
async def propose(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    """A section's form: the change, and what it would do, before anything is saved."""
    deps = request.app[DEPS]
    form = await request.post()
    current = deps.live.current
    content = content_of(current)
    fields = {
        k: ",".join(str(v) for v in form.getall(k) if str(v))
        if k.rpartition(".")[2] in _TICKED
        else str(form.getall(k)[-1])
        for k in form
        if k not in ("csrf", "base")
    }
    try:
        _SECTIONS.get(fields.pop("section", ""), _apply_all)(content, fields)
        proposal = Program.model_validate(content)
    except ValidationError as exc:
        error = _refusal(viewer.speak, exc, current, content)
        return await _editor(request, viewer, error=error, status=400)
    except (KeyError, ValueError, StopIteration):
        return await _editor(request, viewer, error=viewer.speak("dash-error-form"), status=400)
    if proposal == current:
        return await _editor(request, viewer, error=viewer.speak("dash-nothing-changed"))
    if not _only_editable(current, proposal):
        return await _editor(request, viewer, error=viewer.speak("dash-error-form"), status=400)
    return await _review(request, viewer, proposal)


async def _review(
    request: web.Request, viewer: Viewer, proposal: Program, *, restore: int | None = None
) -> web.StreamResponse:
    deps = request.app[DEPS]
    plan = await deps.loyalty.programme.plan(proposal)
    before = deps.live.current
    return page(
        request,
        "confirm.html",
        viewer.speak,
        viewer,
        changes=described_changes(viewer.speak, before, plan.program, plan.changes),
        consequences=consequence_lines(viewer.speak, before, plan.program, plan.consequences),
        content=json.dumps(content_of(proposal), ensure_ascii=False),
        cards=await card_preview(plan.program, viewer.speak)
        if plan.program.brand != before.brand
        or plan.program.stamps != before.stamps
        or plan.program.shop.name != before.shop.name
        else [],
        base=deps.live.version,
        restore=restore,
    )


@owner_page
async def save(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    form = await request.post()
    if str(form.get("base", "")) != str(deps.live.version):
        # Saved by someone else (or another process) since this was reviewed.
        return await _editor(
            request, viewer, error=viewer.speak("dash-changed-meanwhile"), status=409
        )
    restoring = str(form.get("restore", ""))
    if restoring.isdigit():
        # An earlier version as it is stored: the form names it, never carries it.
        earlier = await deps.loyalty.programme.load(int(restoring))
        if earlier is None:
            raise web.HTTPNotFound()
        proposal, source, note = earlier.program, "restore", f"version {restoring}"
    else:
        try:
            proposal = Program.model_validate(json.loads(str(form.get("content", ""))))
        except (ValidationError, ValueError):
            return await _editor(request, viewer, error=viewer.speak("dash-error-form"), status=400)
        if not _only_editable(deps.live.current, proposal):
            return await _editor(request, viewer, error=viewer.speak("dash-error-form"), status=400)
        source, note = "dashboard", ""
    version = await deps.loyalty.programme.save(
        proposal, actor=viewer.actor, source=source, note=note
    )
    raise web.HTTPSeeOther(f"/dashboard/programme?saved={version.number}")


@owner_page
async def history(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    versions = await deps.loyalty.programme.history()
    rows = []
    for index, version in enumerate(versions):
        earlier = versions[index + 1] if index + 1 < len(versions) else None
        changes = (
            described_changes(
                viewer.speak,
                earlier.program,
                version.program,
                differences(earlier.program, version.program),
            )
            if earlier
            else []
        )
        rows.append((version, changes))
    return page(request, "history.html", viewer.speak, viewer, rows=rows, current=deps.live.version)


@owner_page
async def propose_restore(request: web.Request, viewer: Viewer) -> web.StreamResponse:
    deps = request.app[DEPS]
    number = int(request.match_info["number"])
    earlier = await deps.loyalty.programme.load(number)
    if earlier is None:
        raise web.HTTPNotFound()
    return await _review(request, viewer, earlier.program, restore=number)


def _only_editable(current: Program, proposal: Program) -> bool:
    return all(c.path.startswith(_EDITABLE) for c in differences(current, proposal))


def _apply(content: dict[str, Any], path: str, value: str) -> None:
    """Put a form value at its path: dicts by name, list items by their key."""
    *parents, last = path.split(".")
    target: Any = content
    for part in parents:
        if isinstance(target, list):  # an item by its key; a ladder step by its stamps
            target = next(i for i in target if str(i.get("key", i.get("at"))) == part)
        elif part == "name" and parents[:1] == ["stamps"]:
            target = target.setdefault(part, {})  # the main card's name is optional
        else:
            target = target[part]
    if isinstance(target, list):
        raise KeyError(path)
    optional = path in _OPTIONAL_FIELDS or (
        parents[:1] in (["bundles"], ["memberships"]) and last in ("price", "tier")
    )
    if optional and not value.strip():
        target.pop(last, None)  # left empty: none
    elif path in _LIST_FIELDS:
        target[last] = [int(v) for v in re.split(r"[,\s]+", value) if v]
    elif parents[:1] == ["happy_hours"] and last in _TICKED:
        target[last] = _ticked(last, value)
    elif last in ("active", "started"):
        target[last] = value == "true"
    else:
        target[last] = value.strip()


def _add_reward(content: dict[str, Any], fields: dict[str, str]) -> None:
    names = {lang: fields.get(f"name.{lang}", "").strip() for lang in LANGUAGES}
    key = _new_key({r["key"] for r in content["rewards"]}, names["en"], "reward")
    content["rewards"].append(
        {"key": key, "cost": fields.get("cost", "").strip(), "name": names, "active": True}
    )


def _add_branch(content: dict[str, Any], fields: dict[str, str]) -> None:
    name = fields.get("name", "").strip()
    key = _new_key({b["key"] for b in content.get("branches", [])}, name, "branch")
    content.setdefault("branches", []).append({"key": key, "name": name})


def _new_key(taken: set[str], name: str, fallback: str, length: int = 24) -> str:
    """A key for a new list item from its English name: "10 haircuts" -> "10-haircuts"."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:length].strip("-") or fallback
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _add_bundle(content: dict[str, Any], fields: dict[str, str]) -> None:
    _add_sold(content, "bundles", fields, ("uses", "valid_days", "price"))


def _add_membership(content: dict[str, Any], fields: dict[str, str]) -> None:
    _add_sold(content, "memberships", fields, ("months", "tier", "discount_percent", "price"))


def _add_sold(
    content: dict[str, Any], listed: str, fields: dict[str, str], names: tuple[str, ...]
) -> None:
    """A new bundle or membership: its names, and the values filled in (an empty price or
    tier is none)."""
    texts = {lang: fields.get(f"name.{lang}", "").strip() for lang in LANGUAGES}
    items = content.setdefault(listed, [])
    key = _new_key({i["key"] for i in items}, texts["en"], listed.rstrip("s"))
    item: dict[str, Any] = {"key": key, "name": texts, "active": True}
    item |= {name: fields[name].strip() for name in names if fields.get(name, "").strip()}
    items.append(item)


def _add_card(content: dict[str, Any], fields: dict[str, str]) -> None:
    """Another stamp card: its names, slots and full-card reward; steps come after."""
    names = {lang: fields.get(f"name.{lang}", "").strip() for lang in LANGUAGES}
    rewards = {lang: fields.get(f"reward.{lang}", "").strip() for lang in LANGUAGES}
    cards = content.setdefault("cards", [])
    taken = {"main", *(c["key"] for c in cards)}
    key = _new_key(taken, names["en"], "card", length=13)  # "-2" still fits a card key
    slots = fields.get("slots", "").strip()
    cards.append({"key": key, "name": names, "slots": slots, "reward": rewards, "active": True})


def _change_ladder(content: dict[str, Any], fields: dict[str, str], *, add: bool) -> None:
    """A step added to a card's ladder (kept in order of stamps), or one taken off."""
    which = fields.get("card", "main")
    card = (
        content["stamps"]
        if which == "main"
        else next(c for c in content.get("cards", []) if c["key"] == which)
    )
    at = int(fields.get("at", "").strip())
    steps = [step for step in card.get("steps", []) if int(step["at"]) != at]
    if add:
        rewards = {lang: fields.get(f"reward.{lang}", "").strip() for lang in LANGUAGES}
        steps.append({"at": at, "reward": rewards})
    elif len(steps) == len(card.get("steps", [])):
        raise KeyError(at)  # no such step
    card["steps"] = sorted(steps, key=lambda step: int(step["at"]))


def _apply_all(content: dict[str, Any], fields: dict[str, str]) -> None:
    """An item's or a section's own form: each value at its path."""
    for path, value in fields.items():
        _apply(content, path, value)
    _unnamed_main_card(content)


def _add_step(content: dict[str, Any], fields: dict[str, str]) -> None:
    _change_ladder(content, fields, add=True)


def _remove_step(content: dict[str, Any], fields: dict[str, str]) -> None:
    _change_ladder(content, fields, add=False)


def _unnamed_main_card(content: dict[str, Any]) -> None:
    """The main card's name left empty in every language: it has none ("Stamp card")."""
    name = content["stamps"].get("name")
    if name is not None and not any(str(v).strip() for v in name.values()):
        del content["stamps"]["name"]


def _ticked(field: str, value: str) -> list[Any]:
    ticked = [v for v in value.split(",") if v]
    return [int(v) for v in ticked] if field == "months" else ticked


def _add_happy_hour(content: dict[str, Any], fields: dict[str, str]) -> None:
    names = {lang: fields.get(f"name.{lang}", "").strip() for lang in LANGUAGES}
    taken = {h["key"] for h in content.get("happy_hours", [])}
    key = _new_key(taken, names["en"], "happy-hour")
    happy: dict[str, Any] = {"key": key, "name": names, "active": True}
    for field in ("start", "end", "multiplier", "bonus_stamps", "limit", "period"):
        happy[field] = fields.get(field, "").strip()
    for field in _TICKED:
        happy[field] = _ticked(field, fields.get(field, ""))
    content.setdefault("happy_hours", []).append(happy)


def _refusal(
    speak: Speaker, exc: ValidationError, current: Program, content: dict[str, Any]
) -> str:
    first = exc.errors()[0]
    where = label_of(speak, current, content, first["loc"])
    kind, ctx = first["type"], first.get("ctx") or {}
    message = str(first["msg"])
    for words, message_id in _KNOWN_REFUSALS.items():
        if words in message:
            return speak(message_id)
    if kind in ("missing", "string_too_short"):
        return speak("dash-error-missing", field=where)
    if kind in ("greater_than_equal", "greater_than"):
        return speak("dash-error-too-small", field=where, limit=str(ctx.get("ge", ctx.get("gt"))))
    if kind in ("less_than_equal", "less_than", "string_too_long"):
        limit = ctx.get("le", ctx.get("lt", ctx.get("max_length")))
        return speak("dash-error-too-large", field=where, limit=str(limit))
    if "parsing" in kind or kind.endswith("_type"):
        return speak("dash-error-number", field=where)
    return speak("dash-error-invalid", field=where)


# The forms that add something (or take a step off a ladder), by their "section" field.
_SECTIONS: dict[str, Callable[[dict[str, Any], dict[str, str]], None]] = {
    NEW_REWARD: _add_reward,
    NEW_BRANCH: _add_branch,
    NEW_HAPPY_HOUR: _add_happy_hour,
    NEW_BUNDLE: _add_bundle,
    NEW_MEMBERSHIP: _add_membership,
    NEW_CARD: _add_card,
    NEW_STEP: _add_step,
    REMOVE_STEP: _remove_step,
}
