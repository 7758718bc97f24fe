"""Every feature, in the order customers meet them: the order of /help, of Telegram's
command menu and of the main menu's buttons. A new feature is one line here."""

from __future__ import annotations

from typing import Final

from handlers import (
    api_keys,
    balance,
    bundles,
    campaigns,
    card,
    compose,
    dashboard,
    delete,
    desk,
    draws,
    export,
    feedback,
    help,
    history,
    invite,
    join,
    link,
    member_code,
    memberships,
    menu,
    offers,
    preferences,
    receipts,
    rewards,
    segments,
    stats,
    surveys,
    team,
    till,
    webhooks,
)
from handlers.feature import Catalog

CATALOG: Final = Catalog.of(
    feature.FEATURE
    for feature in (
        join,
        balance,
        card,
        rewards,
        member_code,
        history,
        invite,
        link,
        receipts,
        offers,
        draws,
        preferences,
        help,
        delete,
        menu,
        feedback,
        till,
        bundles,
        memberships,
        desk,
        team,
        api_keys,
        webhooks,
        stats,
        export,
        segments,
        compose,
        surveys,
        campaigns,
        dashboard,
    )
)
