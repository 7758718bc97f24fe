mycode-text = 🔖 Your member code: { $code }
    Show it at the till to collect points and stamps.
