# What the engine refuses, as customers and staff read it. One message per error code in
# bot/loyalty/errors.py; the variables are that error's parameters.

error-customer-not-found = We could not find your loyalty account. Send /start to join.
error-unknown-member-code = No member has the code { $member_code }. Please check it and try again.
error-customer-erased = This account was deleted at the customer's request.
error-invalid-amount = “{ $amount }” is not an amount. Type a number above 0, for example 450 or 450.50.
error-purchase-below-minimum = Purchases under { $minimum } do not earn points.
error-purchase-too-large = { $maximum } is the largest amount one purchase can record. Please check the amount.
error-award-limit-exceeded =
    { $points ->
        [one] { $points } point
       *[other] { $points } points
    } is more than you can give at once (limit: { $limit }). Please ask an owner.
error-idempotency-conflict = That receipt number was already used for a different purchase.
error-insufficient-points =
    You need { $needed ->
        [one] { $needed } point
       *[other] { $needed } points
    } for this; you have { $balance }.
error-unknown-reward = That reward is not available any more.
error-no-completed-card = You have no full stamp card to exchange yet.
error-stamp-daily-cap =
    { $cap ->
        [one] Only one stamp a day is allowed for each customer.
       *[other] Only { $cap } stamps a day are allowed for each customer.
    }
error-stamp-cooldown = Please wait a little: the next stamp is possible at { $retry_at }.
error-invalid-stamp-count =
    You can give between 1 and { $maximum ->
        [one] { $maximum } stamp
       *[other] { $maximum } stamps
    } at a time.
error-redemption-not-found = There is no redemption code { $code }.
error-redemption-expired = Code { $code } has expired. The points have gone back to the customer.
error-redemption-used = Code { $code } has already been used.
error-redemption-cancelled = Code { $code } was cancelled.
error-not-allowed = Sorry, you are not allowed to do that.
error-last-owner = You are this shop's only owner: without you, nobody could run the programme. Make someone else an owner first (/staff owner <member code>).
error-unexpected = Something went wrong on our side. Please try again in a moment.
error-nothing-to-undo = There is nothing of yours to undo.
error-undo-not-possible =
    { $minutes ->
        [0] That can no longer be undone: the points or stamps have already been used.
        [one] Only actions from the last minute can be undone.
       *[other] Only actions from the last { $minutes } minutes can be undone.
    }
error-feedback-not-possible = This visit cannot be rated (already rated, or too long ago).
error-unknown-segment = There is no segment “{ $segment }”. Send /segments to see them all.
error-invalid-campaign = A campaign needs a text (at most 3,500 characters) in at least one of our languages.
error-invalid-schedule = I cannot read “{ $when }” as a time in the future. Examples: 2026-12-24 10:00 · 18:30 · every Friday 10:00 · daily 9:00
error-unknown-campaign = There is no campaign “{ $campaign }”. /campaigns lists them.
error-campaign-closed = Campaign #{ $campaign } has already finished or was cancelled.
error-unknown-offer = There is no offer with the code “{ $offer }”.
error-offer-not-open = The offer { $offer } is not running now, or gives no points for its code.
error-offer-already-claimed = This customer has already had the bonus of offer { $offer }.
error-invalid-offer = The offer cannot be saved: check its end date, bonus and photo.
error-link-code-invalid = That link code is unknown, already used or expired. Send /link in the other app for a new one.
error-link-not-possible = This chat already has its own account, so it cannot be linked to another one. Link from a chat that has not joined yet.
error-ambiguous-amount = “{ $amount }” could be read two ways. Type the amount like { $example } or { $plain }.
error-points-out-of-range = One change can move at most { $limit ->
    [one] one point
   *[other] { $limit } points
}. Please split it, or check the number.
error-balance-limit =
    That would take the balance past { $limit ->
        [one] { $limit } point
       *[other] { $limit } points
    }, the most an account can hold.
error-too-many-attempts = Too many wrong codes. Please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again.
error-not-recorded = We could not record that just now. Nothing was changed; please try again in a moment.
error-link-refused = This link has expired or has already been used. Ask for a new one.
error-import-refused = { $reason ->
    [too-large] The file is larger than 5 MB. Split it into smaller files.
    [too-many-lines] The file has more than 20 000 lines. Split it into smaller files.
    [empty] The file has no customers in it: a header line and one line per customer are needed.
    [not-csv] This is not a CSV file. In Excel choose “Save as… CSV UTF-8”.
   *[other] This import is not available any more. Please start again.
}
error-receipt-code-unknown = There is no receipt with the code “{ $receipt_code }”. Please check it on your receipt.
error-receipt-code-expired =
    This receipt's code expired on { $day }: a receipt's points can be collected for { $days ->
        [one] one day.
       *[other] { $days } days.
    }
error-receipt-code-taken = The points of this receipt have already been collected by someone else.
error-receipt-reused = Receipt { $receipt } already has a code, for another amount.
error-invalid-receipt = A receipt code needs the receipt's number, and a branch the programme has.
error-invalid-api-key = { $reason ->
    [scopes] Tick at least one thing the key may do.
    [branch] The programme has no such branch.
   *[other] A key needs a name of 1 to 60 characters, for example “Till 1”.
}
error-receipt-not-found = Receipt { $receipt } earned no points at this branch, so there is nothing to take back.
error-receipt-points-spent =
    The customer has already spent these { $points ->
        [one] { $points } point
       *[other] { $points } points
    } (balance: { $balance }), so they cannot be taken back. Nothing was changed.
error-phone-shared = { $count } members share this phone number. Please use the member code.
error-invalid-purchase-line = Line { $line } of the purchase cannot be stored: it needs a product category (Latin letters, digits and dashes, up to 32) and an amount from 0 up to the largest purchase.
error-invalid-webhook = { $reason ->
    [events] The bot sends these events: member.joined, member.erased, points.earned, reward.redeemed, tier.reached.
   *[other] A webhook needs a web address that starts with https://.
}
error-draw-not-found = There is no prize draw number { $draw }.
error-draw-closed = Draw { $draw } has closed: no more tickets.
error-draw-ticket-cap =
    { $cap ->
        [one] You have your ticket already: one per person in this draw.
       *[other] You have { $cap } tickets already, the most one person may hold in this draw.
    }
error-draw-not-due = Draw { $draw } closes on { $closes }; the winners are drawn by themselves then, not before.
error-draw-already-drawn = Draw { $draw } is done already: a draw is drawn once, and one that is over cannot be called off.
error-invalid-draw =
    That draw cannot be opened: { $field ->
        [prize] the prize needs a name.
        [closes] the closing time must be in the future, within a year.
        [threshold] the amount or points for a ticket must be above zero.
        [cap] the tickets per person must be 1 to 100.
       *[winners] the winners must be 1 to 20.
    }
error-survey-not-found = That survey is closed, or it was not sent to you.
error-invalid-survey =
    That survey cannot be sent: { $field ->
        [question] the question needs words, at most 300 characters.
       *[choices] it needs 2 to 5 different choices of at most 20 characters.
    }
error-unknown-bundle = No bundle “{ $bundle }” is on sale. Send /bundle to see them with their numbers.
error-no-bundle-held = This customer holds no bundle with uses left (none bought, all used, or ended).
error-which-bundle = This customer holds more than one bundle: say which, e.g. /bundle use <member code> <number>.
error-unknown-membership = No membership “{ $membership }” is on sale. Send /member to see them with their numbers.
error-unknown-card = There is no stamp card “{ $card }”.
error-not-enough-stamps =
    { $needed ->
        [one] This reward needs { $needed } stamp
       *[other] This reward needs { $needed } stamps
    }; your card has { $stamps }.
error-branch-not-started = The loyalty programme has not started at { $branch } yet, so nothing is earned or spent here. Customers keep everything they have earned and can use it at the branches where it runs.
