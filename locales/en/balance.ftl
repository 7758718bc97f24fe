balance-points =
    { $points ->
        [one] You have { $points } point.
       *[other] You have { $points } points.
    }
balance-tier = Tier: { $tier }
balance-next-tier =
    { $missing ->
        [one] { $missing } more point to reach { $next }.
       *[other] { $missing } more points to reach { $next }.
    }
balance-top-tier = You are at our highest tier. Thank you for your loyalty!
balance-stamps = Stamp card: { $stamps } of { $slots }
balance-expiring =
    { $points ->
        [one] { $points } point expires on { $date }: use it before then.
       *[other] { $points } points expire on { $date }: use them before then.
    }
balance-card = ☕ “{ $card }”: { $stamps } of { $slots }
