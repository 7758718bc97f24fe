delete-confirm = This erases your name, phone number and chat from our loyalty programme, and it cannot be undone.
delete-you-would-lose = You would lose what you hold with us:
delete-lose-points =
    { $points ->
        [one] 💳 { $points } point
       *[other] 💳 { $points } points
    }
delete-lose-full-cards =
    { $count ->
        [one] ☕ A full stamp card, ready to exchange
       *[other] ☕ { $count } full stamp cards, ready to exchange
    }
delete-lose-codes =
    { $count ->
        [one] 🎁 A reward code not yet shown at the counter
       *[other] 🎁 { $count } reward codes not yet shown at the counter
    }
delete-question = Delete everything?
delete-yes = 🗑️ Yes, delete everything
delete-no = No, keep my account
delete-done = Your data has been erased. Thank you for being with us! Send /start if you ever want to join again.
delete-kept = Good: your account stays as it is.
