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
