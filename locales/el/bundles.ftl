# Προπληρωμένα πακέτα: πωλούνται και χρησιμοποιούνται στο ταμείο, τα κρατά ο πελάτης.
bundle-none-on-sale = Δεν πωλούνται πακέτα. Ένας ιδιοκτήτης τα προσθέτει από τον πίνακα ελέγχου (Πρόγραμμα → Πακέτα).
bundle-list-title = 🎟️ Πακέτα προς πώληση:
bundle-list-line =
    { $number }. { $name }: { $uses ->
        [one] { $uses } χρήση
       *[other] { $uses } χρήσεις
    }, ισχύει { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    }
bundle-list-price = { "   " }Τιμή: { $price }
bundle-usage = Πώληση: /bundle sell <κωδικός μέλους> <αριθμός> · Χρήση: /bundle use <κωδικός μέλους>
bundle-sold =
    ✅ { $name } έχει τώρα: { $bundle } ({ $uses ->
        [one] { $uses } χρήση
       *[other] { $uses } χρήσεις
    }, έως { $date }).
bundle-charge = 💰 Εισπράξτε στο ταμείο: { $price }.
bundle-used =
    ✅ { $name } · { $bundle }: μία χρήση έγινε. { $left ->
        [0] Ήταν η τελευταία.
        [one] Απομένει 1, έως { $date }.
       *[other] Απομένουν { $left }, έως { $date }.
    }
bundle-used-again = Αυτή η χρήση είχε ήδη καταγραφεί ({ $bundle }: απομένουν { $left }). Δεν αφαιρέθηκε τίποτα άλλο.
bundle-which = { $name } έχει περισσότερα από ένα πακέτα. Από ποιο είναι αυτή η επίσκεψη;
bundle-use-button = ✂️ Χρήση: { $bundle }
bundle-held = 🎟️ { $bundle }: απομένουν { $left } από { $total }, έως { $date }
