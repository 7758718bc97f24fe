# The owner writes offers and campaigns; the bot reports how the sending goes.
compose-ask-text = ✍️ Write the text in { $language } (at most { $limit } characters). Customers who read another language will see this text with a note, unless you add theirs next.
compose-ask-text-more = ✍️ Write the text in { $language } (at most { $limit } characters): customers who read { $language } will see this one.
compose-text-length = The text must have between 1 and { $limit } characters. Please write it again.
compose-more = Add the text in another language, or continue.
compose-add-language = ➕ Add { $language }
compose-next = Continue ➡️
compose-ask-image = 🖼 Send a photo for the offer, or press Skip.
compose-image-too-large = That photo is too large (at most 5 MB). Send a smaller one, or press Skip.
compose-ask-until = 📅 Until when does the offer run? Send a date (2026-12-31) or a number of days (7), or press Skip for no end date.
compose-until-invalid = I could not read that. Send a date in the future (2026-12-31) or a number of days from 1 to { $days }.
compose-ask-bonus = 🎁 Does the offer give a bonus?
compose-bonus-none = No bonus
compose-bonus-double = Double points on purchases
compose-bonus-triple = Triple points on purchases
compose-bonus-points = Bonus points for the offer code
compose-ask-points = How many bonus points does a customer get for showing the offer code? (1 to { $maximum })
compose-points-invalid = Send a whole number from 1 to { $maximum }.
compose-skip = Skip
compose-cancel = ✖️ Cancel
compose-cancelled = Cancelled. Nothing was saved or sent.
compose-expired = This draft is no longer open. Start again with /offer new, /broadcast or /schedule.
compose-use-buttons = Please answer with the buttons, or cancel.
compose-write = ✍️ Write a message
compose-pick = 📣 Campaign for “{ $segment }”: send one of the running offers, or write a message.
compose-preview-heading = 👁 Preview in { $language }:
compose-confirm = Check the previews above, then confirm.
offer-preview = 🎁 New offer. Runs until: { $until }. Bonus: { $bonus }.
offer-save = ✅ Save the offer
offer-saved = ✅ Offer #{ $offer } saved; its code is { $code }. Customers see it in /offers. Send it with /broadcast <segment>.
offer-withdrawn = Offer #{ $offer } is withdrawn: it no longer shows in /offers and gives no bonus.
offer-usage = /offer new: write an offer · /offer end <number>: withdraw one
offer-list-title = 🎁 Offers running now:
offer-list-empty = No offer is running now.
offer-list-line = #{ $offer } { $title } · code { $code } · { $bonus }
offer-bonus-none = no bonus
offer-bonus-multiplier = { $times } × points on every purchase
offer-bonus-points =
    { $points ->
        [one] +{ $points } point when you show the code at the counter
       *[other] +{ $points } points when you show the code at the counter
    }
offer-written-in = ℹ️ This message is written in { $language }.
broadcast-usage = Usage: /broadcast <segment>, e.g. /broadcast all or /broadcast tier:gold. Send /segments to see them all.
broadcast-nobody = Nobody in “{ $segment }” can receive offers right now, so there is nothing to send.
broadcast-preview =
    📣 Campaign for “{ $segment }”: { $count ->
        [one] 1 recipient
       *[other] { $count } recipients
    } ({ $languages }).
    When: { $when }.
broadcast-send =
    { $count ->
        [one] 📤 Send to 1 customer
       *[other] 📤 Send to { $count } customers
    }
broadcast-started =
    📤 Campaign #{ $campaign } is sending to { $count ->
        [one] 1 customer
       *[other] { $count } customers
    }. I will tell you how it goes; /campaigns shows it too.
broadcast-quiet = 🌙 It is quiet hours now: sending starts at { $time }.
schedule-usage = Usage: /schedule <segment> <when>. Examples: /schedule all 2026-12-24 10:00 · /schedule tier:gold every Friday 10:00 · /schedule all daily 9:00
schedule-save = 🗓 Schedule it
schedule-saved = 🗓 Campaign #{ $campaign } is scheduled: { $when }. /campaigns lists it; /cancel { $campaign } stops it.
when-now = now
when-daily = every day at { $time }
when-weekly = every { $day } at { $time }
when-repeat = { $rule } (first on { $first })
campaigns-title = 📣 Latest campaigns:
campaigns-none = There are no campaigns yet. Start one with /broadcast or /schedule.
campaigns-footer = /campaigns <number> shows what a campaign changed; /cancel <number> stops one, even while it is sending.
campaigns-line-repeating = #{ $campaign } “{ $title }” → { $segment }: { $rule }; next { $next }
campaigns-line-scheduled = #{ $campaign } “{ $title }” → { $segment }: scheduled for { $when }
campaigns-line-sending = #{ $campaign } “{ $title }” → { $segment }: sending, { $done } / { $total }
campaigns-line-finished = #{ $campaign } “{ $title }” → { $segment }: { $status }; sent { $sent }, blocked { $blocked }, failed { $failed }, skipped { $skipped }
campaigns-receipts = { "   " }📱 WhatsApp: { $delivered } of { $sent } delivered ({ $delivered_share } %), { $read } read ({ $read_share } %) · Telegram: { $others } sent (Telegram gives bots no receipts)
campaigns-status-draft = not sent
campaigns-status-scheduled = scheduled
campaigns-status-repeating = repeating
campaigns-status-sending = sending
campaigns-status-done = finished
campaigns-status-cancelled = cancelled
campaigns-status-missed = missed while the bot was off
campaigns-cancel-usage = Usage: /cancel <campaign number>. /campaigns lists the numbers.
campaigns-cancelled = 🛑 Campaign #{ $campaign } is cancelled. Already sent: { $sent }. Not sent: { $stopped }.
campaign-progress = 📤 Campaign #{ $campaign }: { $done } / { $total } sent.
campaign-report =
    ✅ Campaign #{ $campaign } finished: { $sent } sent, { $blocked } blocked the bot, { $failed } failed, { $skipped } skipped (opted out or cancelled). { $templates ->
       *[0] { "" }
        [one] Meta's bill: ≈ { $cost } for 1 WhatsApp template message (estimated as it started).
        [other] Meta's bill: ≈ { $cost } for { $templates } WhatsApp template messages (estimated as it started).
    }
campaign-missed = ⚠️ Campaign #{ $campaign } was not sent: its time passed while the bot was off, longer ago than the grace period. Schedule it again if it still matters.
broadcast-whatsapp-pacing =
    📱 WhatsApp lets this number start conversations with { $limit } people a day: { $now ->
        [one] 1 message goes now
       *[other] { $now } messages go now
    }, the other { $later } over the next { $days ->
        [one] day.
       *[other] { $days } days.
    } None is lost.
campaign-waiting =
    📱 Campaign #{ $campaign }: { $count ->
        [one] 1 WhatsApp message waits
       *[other] { $count } WhatsApp messages wait
    } for the number's limit ({ $limit } people a day). They go as places free; none is lost.
broadcast-cost =
    💰 { $templates ->
        [0] This costs nothing: Telegram messages, and WhatsApp messages within 24 hours of the customer's last one, are free.
        [one] About { $cost } for 1 WhatsApp template message (Meta's price for the country). { $free } within 24 hours of the customer's last message are free, and { $others } on Telegram cost nothing.
       *[other] About { $cost } for { $templates } WhatsApp template messages (Meta's price for each country). { $free } within 24 hours of the customer's last message are free, and { $others } on Telegram cost nothing.
    }
broadcast-holdout = 🧪 { $count } of them ({ $percent } %) are kept back and get nothing, so that after 7 and 30 days you can see what the campaign changed: /campaigns <number>.
campaign-uplift =
    📊 #{ $campaign }, { $days ->
        [one] 1 day
       *[other] { $days } days
    } { $complete ->
        [yes] on
       *[no] on, so far
    }: { $reached } % of those who got it bought, against { $held } % of the { $people } kept back. { $verdict ->
        [more] That is { $difference ->
            [one] 1 point
           *[other] { $difference } points
        } more; we are fairly sure the true difference is between { $low } and { $high }.
        [fewer] That is { $difference ->
            [one] 1 point
           *[other] { $difference } points
        } fewer; we are fairly sure the true drop is between { $low } and { $high }.
       *[unclear] We cannot tell this apart from no effect: the true difference lies somewhere between { $low } and { $high } { $high ->
            [one] point.
           *[other] points.
        }
    }
campaign-uplift-figures = { "   " }Per person, against those kept back: visits { $visits_reached } / { $visits_held }; spent { $spend_reached } / { $spend_held }; points redeemed { $redeemed_reached } / { $redeemed_held }.
campaign-uplift-none = 📊 #{ $campaign }: nobody was kept back (fewer than 100 people, or 0 %), so its effect cannot be measured.
