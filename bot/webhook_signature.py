"""How a webhook is signed, and how its receiver checks it (the same scheme as Stripe's).

Each delivery carries `X-Loyalty-Signature: t=<unix time>,v1=<hex>`, where the hex is
HMAC-SHA256 of `<t>.<body>` under the endpoint's secret. The receiver recomputes it over
the bytes it received and refuses a signature that differs or a time more than five
minutes off its own clock, so a captured delivery cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac

HEADER = "X-Loyalty-Signature"
TOLERANCE_SECONDS = 300


def sign(secret: str, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def verify(secret: str, header: str, body: bytes, now: float) -> bool:
    """True for a signature made with `secret` over `body`, at most five minutes old."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))
