card-title = ☕ Your stamp card
card-progress = { $stamps } of { $slots } stamps
card-reward = A full card gets you { $reward }.
card-ready =
    { $count ->
        [one] You have a full card ready to exchange!
       *[other] You have { $count } full cards ready to exchange!
    }
card-redeem = 🎁 Exchange a full card
