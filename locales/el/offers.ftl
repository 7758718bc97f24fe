offers-none = Δεν υπάρχουν προσφορές αυτή τη στιγμή. Θα σας στείλουμε μήνυμα μόλις υπάρξει κάποια.
offers-off = Έχετε απενεργοποιήσει τις προσφορές. Ενεργοποιήστε τις από το /settings για να τις μαθαίνετε.
offers-until = ⏳ Έως { $date }
offers-show-code = Δείξτε αυτόν τον κωδικό στο ταμείο: { $code }
offers-footer = Αυτές είναι οι προσφορές που ισχύουν τώρα.
happy-hours-title = ⏰ Ώρες προσφορών
happy-hour-line = { $name }: { $days }, από { $start } έως { $end }
happy-hour-months = Μόνο τους μήνες: { $months }
happy-hour-points =
    { $times ->
        [2] Διπλοί πόντοι σε κάθε αγορά
        [3] Τριπλοί πόντοι σε κάθε αγορά
       *[other] Πόντοι ×{ $times } σε κάθε αγορά
    }
happy-hour-stamps =
    { $bonus ->
        [one] +1 σφραγίδα δώρο κάθε φορά που παίρνετε σφραγίδα
       *[other] +{ $bonus } σφραγίδες δώρο κάθε φορά που παίρνετε σφραγίδα
    }
happy-hour-limit-day =
    { $limit ->
        [one] Μία φορά την ημέρα ανά πελάτη
       *[other] { $limit } φορές την ημέρα ανά πελάτη
    }
happy-hour-limit-week =
    { $limit ->
        [one] Μία φορά την εβδομάδα ανά πελάτη
       *[other] { $limit } φορές την εβδομάδα ανά πελάτη
    }
happy-hour-limit-month =
    { $limit ->
        [one] Μία φορά τον μήνα ανά πελάτη
       *[other] { $limit } φορές τον μήνα ανά πελάτη
    }
happy-hour-now = 🔥 Ισχύει τώρα, έως τις { $end }!
