join-welcome = Welcome to the { $shop } loyalty programme! 🎉
join-choose-language = Which language would you like?
join-ask-name = What should we call you? Type your name.
join-use-name = Use “{ $name }”
join-name-invalid = Please type a name of 1 to { $max } characters, with at least one letter.
join-ask-phone = Share your phone number so the staff can find you at the counter. This is optional.
join-share-phone = 📱 Share my number
join-skip-phone = Skip
join-phone-invalid = That does not look like a phone number. Use the button, type the number with its country code, or choose Skip.
join-phone-thanks = Thank you!
join-ask-consent = May we send you offers and news now and then? You can stop them at any time with /stop.
join-consent-yes = Yes, please
join-consent-no = No, thanks
join-done = Welcome, { $name }! Your member code is { $code }. Show it at the counter to collect points and stamps.
join-referred = Your friend’s invitation is noted: you both get bonus points after your first purchase.
welcome-back = Welcome back, { $name }!
join-gift-points =
    { $points ->
        [one] 🎁 A welcome gift: +{ $points } point.
       *[other] 🎁 A welcome gift: +{ $points } points.
    }
join-gift-stamps =
    { $stamps ->
        [one] ☕ Your first stamp card already has { $stamps } stamp.
       *[other] ☕ Your first stamp card already has { $stamps } stamps.
    }
