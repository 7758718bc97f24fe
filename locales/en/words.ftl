# Plain words that work as commands (WhatsApp has no command menu); comma-separated.
words-start = join, start
words-menu = menu, hi, hello
words-balance = balance, points
words-card = card, stamps
words-rewards = rewards, redeem
words-mycode = code, my code
words-history = history
words-invite = invite
words-offers = offers, offer
words-settings = settings
words-language = language
words-help = help
words-stop = stop, unsubscribe
words-link = link
words-receipt = receipt
words-draw = draw, raffle
