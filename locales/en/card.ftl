card-title = ☕ Your stamp card
card-progress = Stamps: { $stamps } of { $slots }
card-reward = Reward for a full card: { $reward }.
card-ready =
    { $count ->
        [one] You have a full card ready to exchange!
       *[other] You have { $count } full cards ready to exchange!
    }
card-redeem = 🎁 Exchange a full card
card-main-name = Stamp card
card-title-named = ☕ Your card: { $card }
card-step =
    { $at ->
        [one] ▫️ At { $at } stamp: { $reward }
       *[other] ▫️ At { $at } stamps: { $reward }
    }
card-step-ready =
    { $at ->
        [one] ✅ Yours now, for { $at } stamp: { $reward }
       *[other] ✅ Yours now, for { $at } stamps: { $reward }
    }
card-step-take = 🎁 Take: { $reward }
card-steps-save = Take a reward on the way (its stamps come off the card) or save them for a bigger one.
