rewards-title =
    { $points ->
        [one] 🎁 Rewards. You have { $points } point.
       *[other] 🎁 Rewards. You have { $points } points.
    }
rewards-item-affordable =
    ✅ { $name }: { $cost ->
        [one] { $cost } point
       *[other] { $cost } points
    }
rewards-item-locked =
    ▫️ { $name }: { $cost ->
        [one] { $cost } point
       *[other] { $cost } points
    } ({ $missing } to go)
rewards-card-item = ☕ { $reward }: for one full stamp card
rewards-none = There are no rewards in the catalogue yet.
rewards-pick = Tap a reward to redeem it.
rewards-button = { $name } · { $cost } pts
rewards-confirm =
    Redeem { $name } for { $cost ->
        [one] { $cost } point
       *[other] { $cost } points
    }?
rewards-confirm-card = Exchange one full stamp card? You get: { $reward }.
rewards-yes = ✅ Yes, redeem
rewards-no = Not now
rewards-code =
    Show this code at the counter: { $code }
    It is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, until { $time }.
rewards-code-balance = Points left: { $points }
rewards-step-item =
    { $at ->
        [one] ☕ { $reward }: for { $at } stamp on your card
       *[other] ☕ { $reward }: for { $at } stamps on your card
    }
rewards-confirm-step =
    { $at ->
        [one] Take { $at } stamp off your card for this reward? You get: { $reward }.
       *[other] Take { $at } stamps off your card for this reward? You get: { $reward }.
    }
