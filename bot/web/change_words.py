"""A programme change as the owner reads it: "Reward: Espresso · Price in points: 100 → 120",
in the owner's language and with the field's own label from the editor, not the
programme file's path ("rewards[espresso].cost"), which stays for the command line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import get_day_names, get_month_names

from bot.i18n import Speaker
from bot.languages import LANGUAGES
from bot.loyalty.programme import Change
from bot.program import WEEKDAYS, Program

# The editor's label of each value, by its path with list keys taken out.
FIELDS = {
    "rewards.cost": "dash-field-cost",
    "rewards.active": "dash-field-active",
    "stamps.slots": "dash-field-slots",
    "cards.slots": "dash-field-slots",
    "cards.active": "dash-field-card-active",
    "branches.started": "dash-change-branch-started",
    "earn.points_per_unit": "dash-field-points-per-unit",
    "earn.minimum_purchase": "dash-field-minimum-purchase",
    "earn.maximum_purchase": "dash-field-maximum-purchase",
    "tiers.window_days": "dash-field-window-days",
    "tiers.levels.threshold": "dash-field-threshold",
    "tiers.levels.multiplier": "dash-field-multiplier",
    "expiry.policy": "dash-field-expiry-policy",
    "expiry.after_days": "dash-field-after-days",
    "expiry.reminder_days": "dash-field-reminder-days",
    "limits.stamps_per_customer_per_day": "dash-field-stamps-per-day",
    "limits.stamp_cooldown_minutes": "dash-field-stamp-cooldown",
    "limits.max_staff_award_points": "dash-field-max-award",
    "limits.max_adjust_points": "dash-field-max-adjust",
    "redemptions.code_ttl_minutes": "dash-field-code-ttl",
    "receipts.claim_days": "dash-field-claim-days",
    "messages.quiet_start": "dash-field-quiet-start",
    "messages.quiet_end": "dash-field-quiet-end",
    "messages.winback_days": "dash-field-winback-days",
    "messages.card_reminder_days": "dash-field-card-reminder-days",
    "messages.grace_hours": "dash-field-grace-hours",
    "referrals.referrer_points": "dash-field-referrer-points",
    "referrals.referee_points": "dash-field-referee-points",
    "bonuses.birthday_points": "dash-field-birthday-points",
    "bonuses.anniversary_points": "dash-field-anniversary-points",
    "feedback.review_url": "dash-field-review-url",
    "welcome.points": "dash-field-welcome-points",
    "welcome.stamps": "dash-field-welcome-stamps",
    "shop.name": "dash-field-shop-name",
    "brand.colour": "dash-field-colour",
    "brand.accent": "dash-field-accent",
    "brand.background": "dash-field-background",
    "brand.logo": "dash-field-logo",
    "brand.logo_png": "dash-field-logo",
    "branches.name": "dash-field-branch-name",
    "happy_hours.days": "dash-field-days",
    "happy_hours.start": "dash-field-happy-start",
    "happy_hours.end": "dash-field-happy-end",
    "happy_hours.multiplier": "dash-field-multiplier",
    "happy_hours.bonus_stamps": "dash-field-bonus-stamps",
    "happy_hours.limit": "dash-field-happy-limit",
    "happy_hours.period": "dash-field-happy-period",
    "happy_hours.months": "dash-field-happy-months",
    "happy_hours.active": "dash-field-happy-active",
    "bundles.uses": "dash-field-bundle-uses",
    "bundles.valid_days": "dash-field-bundle-days",
    "bundles.price": "dash-field-bundle-price",
    "bundles.active": "dash-field-bundle-active",
    "messages.bundle_reminder_days": "dash-field-bundle-reminder-days",
    "memberships.months": "dash-field-member-months",
    "memberships.tier": "dash-field-member-tier",
    "memberships.discount_percent": "dash-field-member-discount",
    "memberships.price": "dash-field-bundle-price",
    "memberships.active": "dash-field-bundle-active",
    "messages.membership_reminder_days": "dash-field-member-reminder-days",
}
# Texts in each language: the label names the language ("Name (Ελληνικά)").
PER_LANGUAGE = {
    "rewards.name": "dash-change-name",
    "tiers.levels.name": "dash-change-name",
    "tiers.levels.perks": "dash-change-perks",
    "stamps.reward": "dash-change-card-reward",
    "stamps.name": "dash-change-name",
    "stamps.steps.reward": "dash-change-step-reward",
    "cards.reward": "dash-change-card-reward",
    "cards.name": "dash-change-name",
    "cards.steps.reward": "dash-change-step-reward",
    "happy_hours.name": "dash-change-name",
    "bundles.name": "dash-change-name",
    "memberships.name": "dash-change-name",
}
# A list item in a path: rewards[espresso].cost -> ("rewards", "espresso", "cost").
_ITEM = re.compile(
    r"^(?P<list>rewards|tiers\.levels|branches|happy_hours|bundles|memberships|cards)\[(?P<key>[^\]]+)\]\.?(?P<rest>.*)$"
)
# A ladder step in a path: stamps.steps[3].reward.en, cards[lunch].steps[2].at.
_STEP = re.compile(r"steps\[(?P<at>\d+)\]")
_ITEM_LABEL = {
    "rewards": "dash-change-reward",
    "tiers.levels": "dash-change-tier",
    "happy_hours": "dash-change-happy-hour",
    "bundles": "dash-change-bundle",
    "memberships": "dash-change-membership",
    "cards": "dash-change-card",
}


@dataclass(frozen=True, slots=True)
class ChangeLine:
    what: str
    before: str
    after: str


def described_changes(
    speak: Speaker, before: Program, after: Program, changes: Iterable[Change]
) -> list[ChangeLine]:
    lines: list[ChangeLine] = []
    for change in changes:
        item, field = _split(speak, before, after, change.path)
        if field == "key":
            # An item added or taken out whole: said once, its values follow.
            done = "dash-change-added" if change.before is None else "dash-change-removed"
            lines.append(ChangeLine(item, "", speak(done)))
            continue
        what = f"{item} · {field}" if item else field
        if change.path == "brand.logo_png":  # a picture, not its base64
            old = "—" if change.before is None else speak("dash-logo-earlier")
            new = "—" if change.after is None else speak("dash-logo-uploaded")
            lines.append(ChangeLine(what, old, new))
            continue
        field_of = change.path.rpartition(".")[2]
        if change.path.startswith("happy_hours[") and field_of in ("days", "months"):
            words = _calendar_words(speak.language, field_of)
            said = [
                _value(speak, [words.get(v, str(v)) for v in x or []])
                for x in (change.before, change.after)
            ]
            lines.append(ChangeLine(what, said[0], said[1]))
            continue
        lines.append(ChangeLine(what, _value(speak, change.before), _value(speak, change.after)))
    return lines


def _calendar_words(language: str, field: str) -> dict[Any, str]:
    """Days ("tue") and months (3) as the owner reads them: «Τρίτη», «Μάρτιος»."""
    if field == "days":
        names = get_day_names("wide", context="stand-alone", locale=language)
        return {key: str(names[index]) for index, key in enumerate(WEEKDAYS)}
    months = get_month_names("wide", context="stand-alone", locale=language)
    return {m: str(months[m]) for m in range(1, 13)}


def label_of(speak: Speaker, program: Program, content: dict[str, Any], loc: Sequence[Any]) -> str:
    """A value a form got wrong, named as the editor names it: pydantic's location
    ("rewards", 0, "name", "el") of the proposed `content` -> "Reward: Espresso · Name
    (Ελληνικά)"."""
    parts: list[str] = []
    node: Any = content
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            key = node[step].get("key") if isinstance(node[step], dict) else None
            parts[-1] += f"[{key}]" if key else f"[{step}]"
            node = node[step]
            continue
        parts.append(str(step))
        node = node.get(step) if isinstance(node, dict) else None
    path = ".".join(parts)
    if not path:
        return "—"
    item, field = _split(speak, program, program, path)
    return f"{item} · {field}" if item else field


def _split(speak: Speaker, before: Program, after: Program, path: str) -> tuple[str, str]:
    """The item a path is in (named in the reader's language) and the field's label."""
    item = ""
    general = path
    found = _ITEM.match(path)
    if found is not None:
        listed, key, rest = found["list"], found["key"], found["rest"]
        item = _item_name(speak, before, after, listed, key)
        general = f"{listed}.{rest}" if rest else listed
        if rest == "key":
            return item, "key"
    step = _STEP.search(general)
    if step is not None:
        said = speak("dash-change-step", at=int(step["at"]))
        item = f"{item} · {said}" if item else said
        general = general.replace(step[0], "steps")
        if general.endswith("steps.at"):  # a step added or taken out whole
            return item, "key"
    *head, last = general.split(".")
    parent = ".".join(head)
    if parent in PER_LANGUAGE and last in LANGUAGES:
        return item, speak(PER_LANGUAGE[parent], language=speak.translator(last, "language-name"))
    message = FIELDS.get(general)
    return item, speak(message) if message else path


def _item_name(speak: Speaker, before: Program, after: Program, listed: str, key: str) -> str:
    if listed == "branches":
        branch = next((b for b in (*after.branches, *before.branches) if b.key == key), None)
        return speak("dash-change-branch", name=branch.name if branch else key)
    if listed == "rewards":
        reward = after.reward(key) or before.reward(key)
        name = reward.name.get(speak.language) if reward else key
    elif listed == "happy_hours":
        happy = after.happy_hour(key) or before.happy_hour(key)
        name = happy.name.get(speak.language) if happy else key
    elif listed == "bundles":
        bundle = after.bundle(key) or before.bundle(key)
        name = bundle.name.get(speak.language) if bundle else key
    elif listed == "memberships":
        membership = after.membership(key) or before.membership(key)
        name = membership.name.get(speak.language) if membership else key
    elif listed == "cards":
        card = after.card(key) or before.card(key)
        name = card.name.get(speak.language) if card and card.name else key
    else:
        tier = next((t for t in (*after.tiers.levels, *before.tiers.levels) if t.key == key), None)
        name = tier.name.get(speak.language) if tier else key
    return speak(_ITEM_LABEL[listed], name=name)


def _value(speak: Speaker, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return speak("dash-yes" if value else "dash-no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return speak("dash-change-values", count=len(value))
    return str(value)
