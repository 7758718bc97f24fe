# What staff and owners read at the till and at the owner's desk.
staff-usage-award = Usage: /award <member code> <amount> [receipt number]
staff-usage-stamp = Usage: /stamp <member code> [number of stamps] [card]
staff-usage-redeem = Usage: /redeem <code the customer shows>
staff-usage-lookup = Usage: /lookup <member code, phone number or name>
staff-usage-adjust = Usage: /adjust <member code> <+points or -points> <reason>
staff-usage-staff = Usage: /staff add <member code> [branch] · /staff owner <member code> · /staff remove <member code> · /staff list
staff-awarded =
    ✅ { $name }: { $points ->
        [one] +{ $points } point
       *[other] +{ $points } points
    } for { $amount }. Balance: { $balance }.
staff-awarded-again =
    This receipt was already recorded ({ $points ->
        [one] +{ $points } point
       *[other] +{ $points } points
    }); nothing was added.
staff-stamped =
    { $count ->
        [one] ✅ { $name }: +1 stamp. Card: { $stamps } of { $slots }.
       *[other] ✅ { $name }: +{ $count } stamps. Card: { $stamps } of { $slots }.
    }
staff-redeemed = ✅ Hand over to { $name }: { $reward }.
staff-undone-purchase =
    ↩️ Undone: { $points ->
        [one] { $points } point
       *[other] { $points } points
    } taken back from { $name }.
staff-undone-stamp =
    { $count ->
        [one] ↩️ Undone: 1 stamp taken back from { $name }.
       *[other] ↩️ Undone: { $count } stamps taken back from { $name }.
    }
staff-panel =
    👤 { $name } · { $code }
    { $tier } · { $points ->
        [one] { $points } point
       *[other] { $points } points
    } · stamps { $stamps }/{ $slots }
staff-panel-stamp = ➕ Stamp
staff-panel-purchase = 🧾 Purchase
staff-panel-redeem = 🎟️ Redeem a code
staff-ask-amount = Amount of the purchase for { $name }?
staff-ask-code = Type the code the customer shows:
staff-lookup-none = No customer matches “{ $query }”.
staff-lookup-line =
    👤 { $name } · { $code } · { $tier } · { $points ->
        [one] { $points } point
       *[other] { $points } points
    } · stamps { $stamps }/{ $slots }
staff-adjusted =
    ✅ { $name }: { $change ->
        [one] { $change } point
       *[other] { $change } points
    } ({ $reason }). Balance: { $balance }.
staff-added =
    { $role ->
        [owner] ✅ { $name } is now an owner.
       *[staff] ✅ { $name } is now on the team.
    }
staff-removed = ✅ { $name } is no longer on the team.
staff-not-staff = { $name } was not on the team.
staff-not-yourself = You cannot remove yourself; another owner can.
staff-list-title = The team:
staff-list-line = { $role ->
        [owner] 👑
       *[staff] 🧑‍🍳
    } { $name } · { $code } · branch: { $branch }
staff-unknown-branch = There is no branch “{ $branch }”. Branches: { $branches }.
staff-note-low-rating = ⚠️ { $name } ({ $code }) rated a visit { $rating } of 5. It stays private; perhaps a word from you puts it right.
staff-note-limit = ⚠️ { $staff } hit a limit with member { $code }: { $limit ->
        [stamp-daily-cap] the daily stamp limit.
        [stamp-cooldown] stamps too close together.
       *[award-limit-exceeded] an award above the staff limit.
    }
staff-export = 📎 The customers and the full ledger, as CSV files for a spreadsheet.
staff-usage-claim = Usage: /claim <member code> <offer code>
staff-claimed = ✅ { $name }: +{ $points } offer points. Balance: { $balance }.
staff-note-guessing = ⚠️ { $staff } typed { $count } wrong { $kind ->
        [claim] offer codes
       *[redeem] reward codes
    } within 15 minutes. Their next tries wait a while. If nobody at the counter was mistyping, someone may be guessing codes.
staff-award-repeated = ⚠️ The same amount was recorded for { $name } { $minutes ->
        [0] less than a minute ago
        [one] a minute ago
       *[other] { $minutes } minutes ago
    }, without a receipt number. Typed twice? Undo this one.
staff-undo-button = ↩️ Undo this purchase
staff-usage-receiptcode = Usage: /receiptcode <amount> <receipt number>
staff-receipt-code = 🧾 Receipt { $receipt } ({ $amount }): code { $code }, valid until { $day }.
staff-receipt-code-link = Print it on the receipt, or show the customer this QR code or link: { $link }
staff-receipt-code-typed = The customer sends: /receipt { $code }
staff-promotion-points =
    { $times ->
        [2] 🎉 { $name }: double points.
        [3] 🎉 { $name }: triple points.
       *[other] 🎉 { $name }: points ×{ $times }.
    }
staff-promotion-stamps =
    { $bonus ->
        [one] 🎉 { $name }: +1 bonus stamp included.
       *[other] 🎉 { $name }: +{ $bonus } bonus stamps included.
    }
staff-promotion-offer =
    { $times ->
        [2] 🎉 Offer “{ $offer }”: double points.
        [3] 🎉 Offer “{ $offer }”: triple points.
       *[other] 🎉 Offer “{ $offer }”: points ×{ $times }.
    }
staff-which-card = { $name }: which card gets the stamp?
staff-stamp-on = ➕ Stamp: { $card }
staff-visit-noted = The visit is noted (no points) so the owner can compare the branches.
staff-undone-bundle =
    ↩️ Undone: one use of { $bundle } given back to { $name }. { $left ->
        [one] 1 use left.
       *[other] { $left } uses left.
    }
