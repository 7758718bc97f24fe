mycode-text = 🔖 Your member code: { $code }
    Show it at the counter to collect points and stamps.
