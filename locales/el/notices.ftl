# Μηνύματα που λαμβάνει ο πελάτης όταν συμβαίνει κάτι στον λογαριασμό του.
notice-points = 🎉 +{ $points } πόντοι από { $shop }. Έχετε τώρα { $balance } πόντους.
notice-stamps =
    { $count ->
        [one] ☕ +1 σφραγίδα: { $stamps } από { $slots }.
       *[other] ☕ +{ $count } σφραγίδες: { $stamps } από { $slots }.
    }
notice-card-full = 🎁 Η κάρτα σφραγίδων σας γέμισε! Ανταλλάξτε τη με { $reward } στο /rewards.
notice-redeemed = 🎁 Απολαύστε { $reward }! Ευχαριστούμε για την επίσκεψη στο { $shop }.
notice-tier = 🏆 Συγχαρητήρια: φτάσατε στο επίπεδο { $tier }! { $perks }
notice-referral = 🤝 Ο φίλος σας έκανε την πρώτη του αγορά: +{ $points } πόντοι για εσάς!
notice-adjusted = { $change } πόντοι από το κατάστημα: { $reason }. Έχετε τώρα { $balance } πόντους.
notice-undone-points = ↩️ Διορθώθηκε μια λανθασμένη καταχώριση: −{ $points } πόντοι. Έχετε τώρα { $balance } πόντους.
notice-undone-stamps =
    { $count ->
        [one] ↩️ Διορθώθηκε μια λανθασμένη καταχώριση: −1 σφραγίδα.
       *[other] ↩️ Διορθώθηκε μια λανθασμένη καταχώριση: −{ $count } σφραγίδες.
    }
notice-expiry =
    { $days ->
        [0] ⏳ { $points } από τους πόντους σας λήγουν σήμερα. Χρησιμοποιήστε τους στο /rewards!
        [one] ⏳ { $points } από τους πόντους σας λήγουν αύριο ({ $date }). Χρησιμοποιήστε τους στο /rewards!
       *[other] ⏳ { $points } από τους πόντους σας λήγουν σε { $days } ημέρες, στις { $date }. Χρησιμοποιήστε τους στο /rewards πριν από τότε!
    }
notice-winback = 👋 Μας λείψατε στο { $shop }! Έχουν περάσει περισσότερες από { $days } ημέρες. Οι πόντοι σας σας περιμένουν: /balance
notice-birthday = 🎂 Χρόνια πολλά από το { $shop }! Ορίστε { $points } πόντοι μπόνους για εσάς.
notice-birthday-plain = 🎂 Χρόνια πολλά από το { $shop }!
notice-card-near = ☕ Μόνο μία σφραγίδα ακόμη και η κάρτα σας σάς δίνει { $reward }!
notice-card-ready = 🎁 Η γεμάτη κάρτα σφραγίδων σας σάς περιμένει: { $reward } είναι δικό σας. Εξαργυρώστε το στο /rewards.
notice-offer-claimed = 🎁 +{ $points } πόντοι προσφοράς. Τώρα έχετε { $balance } πόντους.
