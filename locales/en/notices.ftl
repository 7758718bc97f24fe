# Messages customers get when something happens to their account.
notice-points =
    🎉 { $points ->
        [one] +{ $points } point
       *[other] +{ $points } points
    } at { $shop }. You now have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
notice-stamps =
    { $count ->
        [one] ☕ +1 stamp: { $stamps } of { $slots }.
       *[other] ☕ +{ $count } stamps: { $stamps } of { $slots }.
    }
notice-card-full = 🎁 Your stamp card is full! Your reward: { $reward }. Collect it in /rewards.
notice-redeemed = 🎁 Redeemed: { $reward }. Enjoy, and thank you for visiting { $shop }!
notice-tier = 🏆 Congratulations: you have reached { $tier }! { $perks }
notice-referral =
    { $points ->
        [one] 🤝 Your friend made their first purchase: +{ $points } point for you!
       *[other] 🤝 Your friend made their first purchase: +{ $points } points for you!
    }
notice-adjusted =
    { $change ->
        [one] { $change } point
       *[other] { $change } points
    } from the shop: { $reason }. You now have { $balance ->
        [one] { $balance } point
       *[other] { $balance } points
    }.
notice-undone-points =
    ↩️ A mistaken entry was corrected: { $points ->
        [one] −{ $points } point.
       *[other] −{ $points } points.
    } You now have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
notice-refunded =
    ↩️ A purchase was refunded (receipt { $receipt }): { $points ->
        [one] −{ $points } point.
       *[other] −{ $points } points.
    } You now have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
notice-undone-stamps =
    { $count ->
        [one] ↩️ A mistaken entry was corrected: −1 stamp.
       *[other] ↩️ A mistaken entry was corrected: −{ $count } stamps.
    }
notice-expiry =
    { $days ->
        [0] ⏳ { $points } of your points expire today. Use them in /rewards!
        [one] ⏳ { $points } of your points expire tomorrow ({ $date }). Use them in /rewards!
       *[other] ⏳ { $points } of your points expire in { $days } days, on { $date }. Use them in /rewards before then!
    }
notice-winback =
    👋 We miss you at { $shop }! It has been more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. Your points are waiting for you: /balance
notice-anniversary =
    🎉 { $years ->
        [one] A year
       *[other] { $years } years
    } as a member today: thank you! Here { $points ->
        [one] is 1 bonus point
       *[other] are { $points } bonus points
    } to celebrate. — { $shop }
notice-anniversary-plain =
    🎉 { $years ->
        [one] A year
       *[other] { $years } years
    } as a member today: thank you! — { $shop }
notice-birthday = 🎂 Happy birthday from { $shop }! Here are { $points } bonus points for you.
notice-birthday-plain = 🎂 Happy birthday from { $shop }!
notice-card-near = ☕ Just one more stamp to your card’s reward: { $reward }!
notice-card-ready = 🎁 Your full stamp card is waiting. Your reward: { $reward }. Collect it in /rewards.
notice-offer-claimed =
    🎁 { $points ->
        [one] +{ $points } offer point.
       *[other] +{ $points } offer points.
    } You now have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
notice-draw-ticket = 🎟️ Your purchase gives you a ticket in draw { $draw } ({ $prize }): { $ticket }. Good luck!
notice-draw-won =
    🎉 You won draw { $draw }: { $prize }! Show the code { $code } at the counter within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } to collect it.
notice-draw-result = 🎟️ Draw { $draw } ({ $prize }) is done. Winning tickets: { $tickets }. Yours did not win this time; thank you for taking part! /draw shows the result and how to check it.
notice-draw-cancelled = 🎟️ Draw { $draw } ({ $prize }) has been called off. Any points you paid for tickets are back in your balance.
notice-prize-collected = 🎁 Prize collected: { $prize }. Enjoy, and thank you for visiting { $shop }!
notice-points-happy-hour =
    🎉 { $happy_hour }: { $points ->
        [one] +{ $points } point
       *[other] +{ $points } points
    } at { $shop }. You now have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
notice-stamps-happy-hour =
    🎉 { $happy_hour }: ☕ { $count ->
        [one] +1 stamp
       *[other] +{ $count } stamps
    }, { $bonus ->
        [one] 1 of them a gift
       *[other] { $bonus } of them a gift
    }. Card: { $stamps } of { $slots }.
notice-bundle-sold =
    🎟️ Thank you! You now hold: { $bundle } ({ $uses ->
        [one] { $uses } use
       *[other] { $uses } uses
    }, until { $date }). /balance shows what is left.
notice-bundle-used =
    🎟️ { $bundle }: one use taken. { $left ->
        [0] That was the last one; thank you!
        [one] 1 left, until { $date }.
       *[other] { $left } left, until { $date }.
    }
notice-bundle-ending =
    ⏳ { $bundle }: { $left ->
        [one] 1 use left
       *[other] { $left } uses left
    }, and it ends on { $date }. Come and use it!
notice-membership-sold = ⭐ Welcome! { $membership } runs until { $date }. /balance shows it.
notice-membership-ending = ⭐ { $membership } ends on { $date }. Renew it at the counter to keep it.
notice-membership-ended = ⭐ { $membership } has ended. Thank you for being a member! Your points stay yours; renew at the counter any time.
notice-which-card = Card: { $card }
notice-undone-bundle =
    ↩️ A mistaken entry was corrected: the use of { $bundle } is given back. { $left ->
        [one] 1 use left.
       *[other] { $left } uses left.
    }
notice-team-left = You are no longer on the shop's team: the till's commands and the dashboard are closed to you. Your own points and stamp cards stay yours.
