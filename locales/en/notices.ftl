# Messages customers get when something happens to their account.
notice-points = 🎉 +{ $points } points at { $shop }. You now have { $balance } points.
notice-stamps =
    { $count ->
        [one] ☕ +1 stamp: { $stamps } of { $slots }.
       *[other] ☕ +{ $count } stamps: { $stamps } of { $slots }.
    }
notice-card-full = 🎁 Your stamp card is full! Exchange it for { $reward } in /rewards.
notice-redeemed = 🎁 Enjoy your { $reward }! Thank you for visiting { $shop }.
notice-tier = 🏆 Congratulations: you have reached { $tier }! { $perks }
notice-referral = 🤝 Your friend made their first purchase: +{ $points } points for you!
notice-adjusted = { $change } points from the shop: { $reason }. You now have { $balance } points.
notice-undone-points = ↩️ A mistaken entry was corrected: −{ $points } points. You now have { $balance } points.
notice-undone-stamps =
    { $count ->
        [one] ↩️ A mistaken entry was corrected: −1 stamp.
       *[other] ↩️ A mistaken entry was corrected: −{ $count } stamps.
    }
