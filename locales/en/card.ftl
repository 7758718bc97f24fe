card-title = ☕ Your stamp card
card-progress = Stamps: { $stamps } of { $slots }
card-reward = Reward for a full card: { $reward }.
card-ready =
    { $count ->
        [one] You have a full card ready to exchange!
       *[other] You have { $count } full cards ready to exchange!
    }
card-redeem = 🎁 Exchange a full card
