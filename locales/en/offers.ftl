offers-none = There are no offers right now. We will message you when there is one.
offers-off = You have turned offers off. Turn them on in /settings to hear about them.
offers-until = ⏳ Until { $date }
offers-show-code = Show this code at the counter: { $code }
offers-footer = These are the offers running now.
