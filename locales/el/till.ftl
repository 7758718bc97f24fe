# Ό,τι διαβάζουν το προσωπικό και οι ιδιοκτήτες στο ταμείο και στο γραφείο.
staff-usage-award = Χρήση: /award <κωδικός μέλους> <ποσό> [αριθμός απόδειξης]
staff-usage-stamp = Χρήση: /stamp <κωδικός μέλους> [αριθμός σφραγίδων] [κάρτα]
staff-usage-redeem = Χρήση: /redeem <κωδικός που δείχνει ο πελάτης>
staff-usage-lookup = Χρήση: /lookup <κωδικός μέλους, τηλέφωνο ή όνομα>
staff-usage-adjust = Χρήση: /adjust <κωδικός μέλους> <+πόντοι ή -πόντοι> <αιτιολογία>
staff-usage-staff = Χρήση: /staff add <κωδικός μέλους> [κατάστημα] · /staff owner <κωδικός μέλους> · /staff remove <κωδικός μέλους> · /staff list
staff-awarded =
    ✅ { $name }: { $points ->
        [one] +{ $points } πόντος
       *[other] +{ $points } πόντοι
    } για { $amount }. Υπόλοιπο: { $balance }.
staff-awarded-again =
    Η απόδειξη αυτή έχει ήδη καταχωριστεί ({ $points ->
        [one] +{ $points } πόντος
       *[other] +{ $points } πόντοι
    })· δεν προστέθηκε τίποτα.
staff-stamped =
    { $count ->
        [one] ✅ { $name }: +1 σφραγίδα. Κάρτα: { $stamps } από { $slots }.
       *[other] ✅ { $name }: +{ $count } σφραγίδες. Κάρτα: { $stamps } από { $slots }.
    }
staff-redeemed = ✅ Δώστε στον πελάτη { $name }: { $reward }.
staff-undone-purchase =
    ↩️ Αναιρέθηκε: αφαιρέθηκαν { $points ->
        [one] { $points } πόντος
       *[other] { $points } πόντοι
    } από τον/την { $name }.
staff-undone-stamp =
    { $count ->
        [one] ↩️ Αναιρέθηκε: αφαιρέθηκε 1 σφραγίδα από τον/την { $name }.
       *[other] ↩️ Αναιρέθηκε: αφαιρέθηκαν { $count } σφραγίδες από τον/την { $name }.
    }
staff-panel =
    👤 { $name } · { $code }
    { $tier } · { $points ->
        [one] { $points } πόντος
       *[other] { $points } πόντοι
    } · σφραγίδες { $stamps }/{ $slots }
staff-panel-stamp = ➕ Σφραγίδα
staff-panel-purchase = 🧾 Αγορά
staff-panel-redeem = 🎟️ Εξαργύρωση κωδικού
staff-ask-amount = Ποσό της αγοράς για τον/την { $name };
staff-ask-code = Γράψτε τον κωδικό που δείχνει ο πελάτης:
staff-lookup-none = Κανένας πελάτης δεν ταιριάζει με «{ $query }».
staff-lookup-line =
    👤 { $name } · { $code } · { $tier } · { $points ->
        [one] { $points } πόντος
       *[other] { $points } πόντοι
    } · σφραγίδες { $stamps }/{ $slots }
staff-adjusted =
    ✅ { $name }: { $change ->
        [one] { $change } πόντος
       *[other] { $change } πόντοι
    } ({ $reason }). Υπόλοιπο: { $balance }.
staff-added =
    { $role ->
        [owner] ✅ Ο/Η { $name } είναι πλέον ιδιοκτήτης.
       *[staff] ✅ Ο/Η { $name } ανήκει πλέον στο προσωπικό.
    }
staff-removed = ✅ Ο/Η { $name } δεν ανήκει πια στο προσωπικό.
staff-not-staff = Ο/Η { $name } δεν ανήκε στο προσωπικό.
staff-not-yourself = Δεν μπορείτε να αφαιρέσετε τον εαυτό σας· μπορεί ένας άλλος ιδιοκτήτης.
staff-list-title = Το προσωπικό:
staff-list-line = { $role ->
        [owner] 👑
       *[staff] 🧑‍🍳
    } { $name } · { $code } · κατάστημα: { $branch }
staff-unknown-branch = Δεν υπάρχει κατάστημα «{ $branch }». Καταστήματα: { $branches }.
staff-note-low-rating = ⚠️ { $name } ({ $code }): βαθμολογία επίσκεψης { $rating } στα 5. Μένει ιδιωτική· ίσως μια κουβέντα από εσάς να το διορθώσει.
staff-note-limit = ⚠️ Ο/Η { $staff } έφτασε σε όριο με το μέλος { $code }: { $limit ->
        [stamp-daily-cap] το ημερήσιο όριο σφραγίδων.
        [stamp-cooldown] σφραγίδες πολύ κοντά χρονικά.
       *[award-limit-exceeded] πόντοι πάνω από το όριο του προσωπικού.
    }
staff-export = 📎 Οι πελάτες και όλο το βιβλίο πόντων, σε αρχεία CSV για υπολογιστικό φύλλο.
staff-usage-claim = Χρήση: /claim <κωδικός μέλους> <κωδικός προσφοράς>
staff-claimed =
    ✅ { $name }: { $points ->
        [one] +{ $points } πόντος
       *[other] +{ $points } πόντοι
    } προσφοράς. Υπόλοιπο: { $balance }.
staff-note-guessing = ⚠️ Ο/Η { $staff } έγραψε { $count } λανθασμένους { $kind ->
        [claim] κωδικούς προσφορών
       *[redeem] κωδικούς ανταμοιβών
    } μέσα σε 15 λεπτά. Οι επόμενες προσπάθειές του/της θα περιμένουν λίγο. Αν κανείς στο ταμείο δεν έκανε λάθος πληκτρολόγησης, ίσως κάποιος μαντεύει κωδικούς.
staff-award-repeated = ⚠️ Το ίδιο ποσό καταχωρίστηκε για τον/την { $name } { $minutes ->
        [0] πριν από λιγότερο από ένα λεπτό
        [one] πριν από ένα λεπτό
       *[other] πριν από { $minutes } λεπτά
    }, χωρίς αριθμό απόδειξης. Γράφτηκε δύο φορές; Αναιρέστε αυτή.
staff-undo-button = ↩️ Αναίρεση αυτής της αγοράς
staff-usage-receiptcode = Χρήση: /receiptcode <ποσό> <αριθμός απόδειξης>
staff-receipt-code = 🧾 Απόδειξη { $receipt } ({ $amount }): κωδικός { $code }, ισχύει έως { $day }.
staff-receipt-code-link = Τυπώστε τον στην απόδειξη ή δείξτε στον πελάτη αυτόν τον κωδικό QR ή τον σύνδεσμο: { $link }
staff-receipt-code-typed = Ο πελάτης στέλνει: /receipt { $code }
staff-promotion-points =
    { $times ->
        [2] 🎉 { $name }: διπλοί πόντοι.
        [3] 🎉 { $name }: τριπλοί πόντοι.
       *[other] 🎉 { $name }: πόντοι ×{ $times }.
    }
staff-promotion-stamps =
    { $bonus ->
        [one] 🎉 { $name }: μαζί και 1 σφραγίδα δώρο.
       *[other] 🎉 { $name }: μαζί και { $bonus } σφραγίδες δώρο.
    }
staff-promotion-offer =
    { $times ->
        [2] 🎉 Προσφορά «{ $offer }»: διπλοί πόντοι.
        [3] 🎉 Προσφορά «{ $offer }»: τριπλοί πόντοι.
       *[other] 🎉 Προσφορά «{ $offer }»: πόντοι ×{ $times }.
    }
staff-which-card = { $name }: σε ποια κάρτα μπαίνει η σφραγίδα;
staff-stamp-on = ➕ Σφραγίδα: { $card }
staff-visit-noted = Η επίσκεψη καταγράφηκε (χωρίς πόντους), ώστε ο ιδιοκτήτης να συγκρίνει τα καταστήματα.
staff-undone-bundle =
    ↩️ Αναιρέθηκε: μία χρήση επιστράφηκε στο «{ $bundle }» του/της { $name }. { $left ->
        [one] Απομένει 1 χρήση.
       *[other] Απομένουν { $left } χρήσεις.
    }
