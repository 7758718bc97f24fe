# Μηνύματα που λαμβάνει ο πελάτης όταν συμβαίνει κάτι στον λογαριασμό του.
notice-points =
    🎉 { $points ->
        [one] +{ $points } πόντος
       *[other] +{ $points } πόντοι
    } από { $shop }. Έχετε τώρα { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
notice-stamps =
    { $count ->
        [one] ☕ +1 σφραγίδα: { $stamps } από { $slots }.
       *[other] ☕ +{ $count } σφραγίδες: { $stamps } από { $slots }.
    }
notice-card-full = 🎁 Η κάρτα σφραγίδων σας γέμισε! Η ανταμοιβή σας: { $reward }. Πάρτε την από το /rewards.
notice-redeemed = 🎁 Εξαργυρώθηκε: { $reward }. Καλή απόλαυση! Ευχαριστούμε για την επίσκεψη — { $shop }
notice-tier = 🏆 Συγχαρητήρια: φτάσατε στο επίπεδο { $tier }! { $perks }
notice-referral =
    { $points ->
        [one] 🤝 Ο φίλος σας έκανε την πρώτη του αγορά: +{ $points } πόντος για εσάς!
       *[other] 🤝 Ο φίλος σας έκανε την πρώτη του αγορά: +{ $points } πόντοι για εσάς!
    }
notice-adjusted =
    { $change ->
        [one] { $change } πόντος
       *[other] { $change } πόντοι
    } από το κατάστημα: { $reason }. Έχετε τώρα { $balance ->
        [one] { $balance } πόντο
       *[other] { $balance } πόντους
    }.
notice-undone-points =
    ↩️ Διορθώθηκε μια λανθασμένη καταχώριση: { $points ->
        [one] −{ $points } πόντος.
       *[other] −{ $points } πόντοι.
    } Έχετε τώρα { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
notice-refunded =
    ↩️ Μια αγορά επιστράφηκε (απόδειξη { $receipt }): { $points ->
        [one] −{ $points } πόντος.
       *[other] −{ $points } πόντοι.
    } Έχετε τώρα { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
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
notice-winback =
    👋 Μας λείψατε στο { $shop }! Έχουν περάσει περισσότερες από { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    }. Οι πόντοι σας σας περιμένουν: /balance
notice-anniversary =
    🎉 { $years ->
        [one] Ένας χρόνος
       *[other] { $years } χρόνια
    } ως μέλος σήμερα: σας ευχαριστούμε! { $points ->
        [one] Ορίστε 1 πόντος μπόνους
       *[other] Ορίστε { $points } πόντοι μπόνους
    } για να το γιορτάσουμε. — { $shop }
notice-anniversary-plain =
    🎉 { $years ->
        [one] Ένας χρόνος
       *[other] { $years } χρόνια
    } ως μέλος σήμερα: σας ευχαριστούμε! — { $shop }
notice-birthday =
    🎂 Χρόνια πολλά από το { $shop }! Ορίστε { $points ->
        [one] { $points } πόντος
       *[other] { $points } πόντοι
    } μπόνους για εσάς.
notice-birthday-plain = 🎂 Χρόνια πολλά από το { $shop }!
notice-card-near = ☕ Μόνο μία σφραγίδα ακόμη για την ανταμοιβή της κάρτας σας: { $reward }!
notice-card-ready = 🎁 Η γεμάτη κάρτα σφραγίδων σας σάς περιμένει. Η ανταμοιβή σας: { $reward }. Πάρτε την από το /rewards.
notice-offer-claimed =
    🎁 { $points ->
        [one] +{ $points } πόντος προσφοράς.
       *[other] +{ $points } πόντοι προσφοράς.
    } Τώρα έχετε { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
notice-draw-ticket = 🎟️ Η αγορά σας σάς δίνει λαχνό στην κλήρωση { $draw } ({ $prize }): { $ticket }. Καλή τύχη!
notice-draw-won =
    🎉 Κερδίσατε στην κλήρωση { $draw }: { $prize }! Δείξτε τον κωδικό { $code } στο ταμείο μέσα σε { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    } για να το παραλάβετε.
notice-draw-result = 🎟️ Η κλήρωση { $draw } ({ $prize }) έγινε. Νικητήριοι λαχνοί: { $tickets }. Ο δικός σας δεν κέρδισε αυτή τη φορά· ευχαριστούμε για τη συμμετοχή! Το /draw δείχνει το αποτέλεσμα και πώς να το ελέγξετε.
notice-draw-cancelled = 🎟️ Η κλήρωση { $draw } ({ $prize }) ακυρώθηκε. Όσοι πόντοι δόθηκαν για λαχνούς επέστρεψαν στο υπόλοιπό σας.
notice-prize-collected = 🎁 Το δώρο παραλήφθηκε: { $prize }. Καλή απόλαυση, και ευχαριστούμε που επισκεφθήκατε το { $shop }!
notice-points-happy-hour =
    🎉 { $happy_hour }: { $points ->
        [one] +{ $points } πόντος
       *[other] +{ $points } πόντοι
    } από { $shop }. Έχετε τώρα { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
notice-stamps-happy-hour =
    🎉 { $happy_hour }: ☕ { $count ->
        [one] +1 σφραγίδα
       *[other] +{ $count } σφραγίδες
    }, { $bonus ->
        [one] η μία δώρο
       *[other] οι { $bonus } δώρο
    }. Κάρτα: { $stamps } από { $slots }.
notice-bundle-sold =
    🎟️ Ευχαριστούμε! Έχετε τώρα: { $bundle } ({ $uses ->
        [one] { $uses } χρήση
       *[other] { $uses } χρήσεις
    }, έως { $date }). Στο /balance βλέπετε πόσες απομένουν.
notice-bundle-used =
    🎟️ { $bundle }: μία χρήση έγινε. { $left ->
        [0] Ήταν η τελευταία· ευχαριστούμε!
        [one] Απομένει 1, έως { $date }.
       *[other] Απομένουν { $left }, έως { $date }.
    }
notice-bundle-ending =
    ⏳ { $bundle }: { $left ->
        [one] απομένει 1 χρήση
       *[other] απομένουν { $left } χρήσεις
    } και λήγει στις { $date }. Ελάτε να το χρησιμοποιήσετε!
notice-membership-sold = ⭐ Καλώς ήρθατε! Συνδρομή: { $membership }, έως { $date }. Τη βλέπετε στο /balance.
notice-membership-ending = ⭐ Η συνδρομή σας λήγει στις { $date }: { $membership }. Ανανεώστε τη στο ταμείο για να τη διατηρήσετε.
notice-membership-ended = ⭐ Η συνδρομή σας έληξε: { $membership }. Ευχαριστούμε που ήσασταν μέλος! Οι πόντοι σας μένουν δικοί σας· ανανεώστε στο ταμείο όποτε θέλετε.
notice-which-card = Κάρτα: { $card }
notice-undone-bundle =
    ↩️ Διορθώθηκε μια λανθασμένη καταχώριση: η χρήση επιστράφηκε στο «{ $bundle }». { $left ->
        [one] Απομένει 1 χρήση.
       *[other] Απομένουν { $left } χρήσεις.
    }
notice-team-left = Δεν ανήκετε πια στην ομάδα του καταστήματος: οι εντολές του ταμείου και ο πίνακας ελέγχου δεν είναι πια διαθέσιμοι για εσάς. Οι πόντοι σας και οι κάρτες σφραγίδων σας μένουν δικά σας.
