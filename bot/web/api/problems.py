"""Every refusal as JSON: a stable code a till can act on, and a message for the staff
member in the language the till asks for (Accept-Language; English by default)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from aiohttp import web

from bot.i18n import Speaker
from bot.loyalty import errors
from bot.numbers import Money
from handlers.refusals import refusal_text

# The HTTP status of each engine refusal; any other refusal is 422 (understood, refused).
STATUS: dict[type[errors.LoyaltyError], int] = {
    errors.UnknownMemberCode: 404,
    errors.CustomerNotFound: 404,
    errors.CustomerErased: 404,
    errors.RedemptionNotFound: 404,
    errors.ReceiptNotFound: 404,
    errors.ReceiptCodeUnknown: 404,
    errors.UnknownBundle: 404,
    errors.UnknownCard: 404,
    errors.NoBundleHeld: 409,
    errors.WhichBundle: 409,
    errors.IdempotencyConflict: 409,
    errors.BranchNotStarted: 409,
    errors.ReceiptReused: 409,
    errors.ReceiptPointsSpent: 409,
    errors.RedemptionAlreadyUsed: 409,
    errors.RedemptionCancelled: 409,
    errors.PhoneShared: 409,
    errors.RedemptionExpired: 410,
    errors.NotAllowed: 403,
    errors.TooManyAttempts: 429,
}


def problem(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    *,
    retry_after: int | None = None,
) -> web.Response:
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    response = web.json_response(body, status=status, dumps=_dumps)
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    return response


def refused(speak: Speaker, refusal: errors.LoyaltyError) -> web.Response:
    status = next((s for kind, s in STATUS.items() if isinstance(refusal, kind)), 422)
    retry_after = None
    if isinstance(refusal, errors.TooManyAttempts):
        retry_after = int(refusal.params["minutes"]) * 60
    return problem(
        status,
        refusal.code,
        refusal_text(speak, refusal),
        {k: _plain(v) for k, v in refusal.params.items()},
        retry_after=retry_after,
    )


def _plain(value: object) -> object:
    """A refusal's detail as JSON has it: a moment or day as ISO 8601, money as a string."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, int | str | float | bool) or value is None:
        return value
    return str(value)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
