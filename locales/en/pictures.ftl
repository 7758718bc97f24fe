# Words drawn on pictures: short, no emoji (the card fonts have none).
picture-card-title = Stamp card
picture-card-reward = Full card: { $reward }
picture-card-ready =
    { $count ->
        [one] A full card is waiting for you
       *[other] { $count } full cards are waiting for you
    }
picture-member-title = Member card
picture-member-tier = Tier: { $tier }
picture-member-hint = Show this card at the counter to collect points and stamps.
picture-chart-title = Members and buyers, { $start } – { $end }
picture-chart-active = Members who bought that day
picture-chart-members = Members so far
