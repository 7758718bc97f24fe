# Ό,τι αρνείται η μηχανή, όπως το διαβάζουν πελάτες και προσωπικό.

error-customer-not-found = Δεν βρήκαμε τον λογαριασμό σας στο πρόγραμμα πιστότητας. Στείλτε /start για να εγγραφείτε.
error-unknown-member-code = Κανένα μέλος δεν έχει τον κωδικό { $member_code }. Ελέγξτε τον και δοκιμάστε ξανά.
error-customer-erased = Ο λογαριασμός αυτός διαγράφηκε κατόπιν αιτήματος του πελάτη.
error-invalid-amount = Το «{ $amount }» δεν είναι ποσό. Γράψτε έναν αριθμό, για παράδειγμα 450 ή 450,50.
error-purchase-below-minimum = Οι αγορές κάτω από { $minimum } δεν κερδίζουν πόντους.
error-purchase-too-large = Το { $maximum } είναι το μεγαλύτερο ποσό που μπορεί να καταχωριστεί σε μία αγορά. Ελέγξτε το ποσό.
error-award-limit-exceeded = Οι { $points } πόντοι είναι περισσότεροι από όσους μπορείτε να δώσετε με μία κίνηση (όριο: { $limit }). Ζητήστε το από έναν ιδιοκτήτη.
error-idempotency-conflict = Αυτός ο αριθμός απόδειξης έχει ήδη χρησιμοποιηθεί για άλλη αγορά.
error-insufficient-points = Χρειάζεστε { $needed } πόντους γι’ αυτή την ανταμοιβή· έχετε { $balance }.
error-unknown-reward = Αυτή η ανταμοιβή δεν είναι πλέον διαθέσιμη.
error-no-completed-card = Δεν έχετε ακόμη γεμάτη κάρτα σφραγίδων για εξαργύρωση.
error-stamp-daily-cap =
    { $cap ->
        [one] Επιτρέπεται μόνο μία σφραγίδα την ημέρα για κάθε πελάτη.
       *[other] Επιτρέπονται μόνο { $cap } σφραγίδες την ημέρα για κάθε πελάτη.
    }
error-stamp-cooldown = Περιμένετε λίγο: η επόμενη σφραγίδα είναι δυνατή στις { $retry_at }.
error-invalid-stamp-count = Μπορείτε να δώσετε από 1 έως { $maximum } σφραγίδες τη φορά.
error-redemption-not-found = Δεν υπάρχει κωδικός εξαργύρωσης { $code }.
error-redemption-expired = Ο κωδικός { $code } έχει λήξει. Οι πόντοι επιστράφηκαν στον πελάτη.
error-redemption-used = Ο κωδικός { $code } έχει ήδη χρησιμοποιηθεί.
error-redemption-cancelled = Ο κωδικός { $code } ακυρώθηκε.
error-not-allowed = Λυπούμαστε, δεν έχετε δικαίωμα να το κάνετε αυτό.
error-unexpected = Κάτι πήγε στραβά από τη μεριά μας. Δοκιμάστε ξανά σε λίγο.
error-nothing-to-undo = Δεν υπάρχει δική σας ενέργεια για αναίρεση.
error-undo-not-possible =
    { $minutes ->
        [0] Αυτό δεν αναιρείται πια: οι πόντοι ή οι σφραγίδες έχουν ήδη χρησιμοποιηθεί.
       *[other] Αναιρούνται μόνο ενέργειες των τελευταίων { $minutes } λεπτών.
    }
error-unknown-staff-member = Ο/Η { $member_code } δεν ανήκει στο προσωπικό.
error-feedback-not-possible = Αυτή η επίσκεψη δεν μπορεί να βαθμολογηθεί (βαθμολογήθηκε ήδη ή έγινε πολύ παλιά).
error-unknown-segment = Δεν υπάρχει τμήμα «{ $segment }». Στείλτε /segments για να τα δείτε όλα.
