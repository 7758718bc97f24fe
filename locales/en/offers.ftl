offers-none = There are no offers right now. We will message you when there is one.
offers-off = You have turned offers off. Turn them on in /settings to hear about them.
offers-until = ⏳ Until { $date }
offers-show-code = Show this code at the counter: { $code }
offers-footer = These are the offers running now.
happy-hours-title = ⏰ Happy hours
happy-hour-line = { $name }: { $days }, { $start }–{ $end }
happy-hour-months = Only in: { $months }
happy-hour-points =
    { $times ->
        [2] Double points on every purchase
        [3] Triple points on every purchase
       *[other] Points ×{ $times } on every purchase
    }
happy-hour-stamps =
    { $bonus ->
        [one] +1 bonus stamp each time you collect a stamp
       *[other] +{ $bonus } bonus stamps each time you collect a stamp
    }
happy-hour-limit-day =
    { $limit ->
        [one] Once a day per customer
       *[other] { $limit } times a day per customer
    }
happy-hour-limit-week =
    { $limit ->
        [one] Once a week per customer
       *[other] { $limit } times a week per customer
    }
happy-hour-limit-month =
    { $limit ->
        [one] Once a month per customer
       *[other] { $limit } times a month per customer
    }
happy-hour-now = 🔥 On now, until { $end }!
