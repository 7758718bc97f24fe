"""Things that happened in the engine that someone should be told about.

Operations return them; the caller (a handler now, the outbox later) turns each into one
message for the right customer, in that customer's language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TierUpgraded:
    customer_id: int
    from_tier: str | None
    to_tier: str


@dataclass(frozen=True, slots=True)
class ReferralRewarded:
    referral_id: int
    referrer_id: int
    referee_id: int
    referrer_points: int
    referee_points: int


@dataclass(frozen=True, slots=True)
class StampCardCompleted:
    customer_id: int
    card_id: int


Event = TierUpgraded | ReferralRewarded | StampCardCompleted
