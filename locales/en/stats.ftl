stats-usage = Usage: /stats [number of days, 1 to { $max }]
stats-title =
    📊 The last { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ({ $start } – { $end })
stats-members = Members: { $members } · new: { $new } · active: { $active }
stats-retention = Retention (active before and active again): { $rate }
stats-repeat = Repeat purchases (two or more): { $rate }
stats-redemption =
    Redemption rate: { $rate } ({ $redeemed } of { $issued ->
        [one] { $issued } point
       *[other] { $issued } points
    })
stats-outstanding = Points outstanding: { $points }
stats-popular = Most popular rewards: { $rewards }
stats-tiers = Tiers: { $tiers }
stats-branch =
    Branch { $branch }: { $purchases ->
        [one] { $purchases } purchase
       *[other] { $purchases } purchases
    }, { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
stats-no-rate = no data yet
stats-feedback = Visit ratings: { $average } ⭐ on average ({ $count ->
        [one] 1 rating
       *[other] { $count } ratings
    })
stats-feedback-comment = { $stars } Comment: “{ $comment }”
stats-rollout-title = Staged roll-out: the pilot branches against those not started yet
stats-rollout-pilot = Pilot ({ $branches }) · members who came: { $members } · visits each: { $per } · came twice or more: { $repeat }
stats-rollout-others = Not started ({ $branches }) · members who came: { $members } · visits each: { $per } · came twice or more: { $repeat }
stats-rollout-hint = When the pilot does better, widen it: in the dashboard (Programme → Branches), tick “The programme runs at this branch” for the next branch.
