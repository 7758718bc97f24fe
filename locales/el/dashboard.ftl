# Ο πίνακας ελέγχου του ιδιοκτήτη (σελίδες σε φυλλομετρητή ή Mini App του Telegram).
dash-title = Πίνακας ελέγχου επιβράβευσης
dash-nav-overview = Επισκόπηση
dash-nav-programme = Πρόγραμμα
dash-nav-customers = Πελάτες
dash-logout = Αποσύνδεση
dash-back-to-start = Πίσω στην αρχή
dash-refused = Αυτή η σελίδα είναι για τους ιδιοκτήτες του καταστήματος.
dash-login-title = Άνοιγμα του πίνακα ελέγχου
dash-login-telegram-wait = Επιβεβαιώνουμε ποιος είστε μέσω του Telegram…
dash-login-how = Για να ανοίξετε τον πίνακα ελέγχου, στείλτε /dashboard στο bot του καταστήματος στο Telegram ή στο WhatsApp: θα σας απαντήσει με έναν σύνδεσμο που λειτουργεί μία φορά, για 10 λεπτά.
dash-link-open = Άνοιγμα του πίνακα ελέγχου
dash-link-refused = Αυτός ο σύνδεσμος έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Στείλτε /dashboard στο bot για έναν καινούργιο.
dash-refused-telegram = Ο πίνακας ελέγχου είναι για τους ιδιοκτήτες και το προσωπικό του καταστήματος. Αν εργάζεστε εδώ, ζητήστε από τον ιδιοκτήτη να σας προσκαλέσει.
dash-period = { $days ->
    [one] 1 ημέρα
   *[other] { $days } ημέρες
}
dash-tiers = Μέλη ανά επίπεδο
dash-popular = Οι πιο δημοφιλείς ανταμοιβές
dash-branches = Καταστήματα
dash-branch-figures =
    { $purchases ->
        [one] { $purchases } αγορά
       *[other] { $purchases } αγορές
    } · { $points ->
        [one] { $points } πόντος
       *[other] { $points } πόντοι
    }
dash-version = έκδοση { $version }
dash-saved = Αποθηκεύτηκε ως έκδοση { $version }. Οι πελάτες τη βλέπουν μέσα σε λίγα δευτερόλεπτα.
dash-section-rewards = Ανταμοιβές
dash-section-stamps = Κάρτες σφραγίδων
dash-section-earn = Πώς κερδίζονται πόντοι
dash-section-tiers = Επίπεδα
dash-section-expiry = Λήξη πόντων
dash-section-limits = Όρια στο ταμείο
dash-section-messages = Μηνύματα και ώρες ησυχίας
dash-section-referrals = Δώρα: εγγραφή, προσκλήσεις και γενέθλια
dash-section-shop = Το κατάστημα
dash-section-history = Ιστορικό εκδόσεων
dash-field-name = Όνομα σε κάθε γλώσσα
dash-field-cost = Τιμή σε πόντους
dash-field-active = Προσφέρεται στους πελάτες
dash-field-slots = Σφραγίδες σε μια γεμάτη κάρτα
dash-field-card-reward = Η ανταμοιβή της γεμάτης κάρτας, σε κάθε γλώσσα
dash-field-points-per-unit = Πόντοι ανά μονάδα χρημάτων που ξοδεύεται
dash-field-minimum-purchase = Η μικρότερη αγορά που κερδίζει πόντους
dash-field-maximum-purchase = Η μεγαλύτερη αγορά που μπορεί να καταχωρίσει το ταμείο
dash-field-window-days = Τα επίπεδα μετρούν τους πόντους των τελευταίων … ημερών
dash-field-threshold = Απαιτούμενοι πόντοι
dash-field-multiplier = Πολλαπλασιαστής πόντων
dash-field-expiry-policy = Λήγουν οι πόντοι;
dash-policy-none = Ποτέ
dash-policy-rolling = Ορισμένες ημέρες αφότου κερδήθηκαν
dash-field-after-days = Ημέρες μέχρι να λήξουν οι πόντοι
dash-field-reminder-days = Υπενθύμιση στους πελάτες τόσες ημέρες πριν (για παράδειγμα 14, 3)
dash-field-stamps-per-day = Σφραγίδες ανά πελάτη την ημέρα
dash-field-stamp-cooldown = Λεπτά ανάμεσα σε δύο σφραγίδες για τον ίδιο πελάτη
dash-field-max-award = Οι περισσότεροι πόντοι που μπορεί να δώσει ένας υπάλληλος για μία αγορά
dash-field-max-adjust = Η μεγαλύτερη διόρθωση πόντων με μία κίνηση
dash-field-code-ttl = Λεπτά ισχύος ενός κωδικού ανταμοιβής
dash-field-quiet-start = Έναρξη ωρών ησυχίας
dash-field-quiet-end = Λήξη ωρών ησυχίας
dash-field-winback-days = «Μας λείψατε» μετά από τόσες ημέρες χωρίς επίσκεψη (0: ποτέ)
dash-field-card-reminder-days = Υπενθύμιση για σχεδόν γεμάτη ή γεμάτη κάρτα μετά από τόσες ημέρες
dash-field-grace-hours = Μια καμπάνια που χάθηκε ενώ το bot ήταν κλειστό στέλνεται ακόμη μέσα σε … ώρες
dash-field-referrer-points = Πόντοι για τον πελάτη που προσκαλεί έναν φίλο
dash-field-referee-points = Πόντοι για τον φίλο που προσκλήθηκε
dash-field-birthday-points = Πόντοι γενεθλίων
dash-field-anniversary-points = Πόντοι σε κάθε επέτειο εγγραφής
dash-field-review-url = Δημόσια σελίδα κριτικών, μετά από 4 ή 5 αστέρια (Google ή άλλη· κενό: καμία)
dash-field-shop-name = Το όνομα του καταστήματος
dash-missing = λείπει
dash-retired = δεν προσφέρεται πια
dash-add-reward = Προσθήκη ανταμοιβής
dash-review = Έλεγχος της αλλαγής
dash-nothing-changed = Δεν άλλαξε τίποτα.
dash-confirm-title = Ελέγξτε την αλλαγή πριν την αποθηκεύσετε
dash-confirm-changes = Τι αλλάζει
dash-confirm-customers = Τι σημαίνει για τους πελάτες
dash-save = Αποθήκευση
dash-back = Πίσω χωρίς αποθήκευση
dash-changed-meanwhile = Κάποιος άλλος άλλαξε το πρόγραμμα στο μεταξύ. Δεν αποθηκεύτηκε τίποτα: δείτε το ξανά και κάντε την αλλαγή σας από την αρχή.
dash-restore = Επαναφορά αυτής της έκδοσης
dash-in-force = σε ισχύ τώρα
dash-source-file = από το αρχείο του προγράμματος
dash-source-import = εισήχθη από αρχείο
dash-source-dashboard = αλλαγή από τον πίνακα ελέγχου
dash-source-restore = επαναφορά παλαιότερης έκδοσης
dash-error-form = Η φόρμα δεν μπόρεσε να διαβαστεί. Δεν αποθηκεύτηκε τίποτα.
dash-error-missing = { $field }: αυτό χρειάζεται.
dash-error-too-small = { $field }: πρέπει να είναι τουλάχιστον { $limit }.
dash-error-too-large = { $field }: πρέπει να είναι το πολύ { $limit }.
dash-error-number = { $field }: γράψτε έναν αριθμό.
dash-error-invalid = { $field }: αυτή η τιμή δεν μπορεί να χρησιμοποιηθεί.
dash-error-thresholds = Κάθε επίπεδο πρέπει να απαιτεί περισσότερους πόντους από την προηγούμενη.
dash-error-first-tier = Το πρώτο επίπεδο πρέπει να απαιτεί 0 πόντους: από εκεί ξεκινά κάθε πελάτης.
dash-error-min-max = Η μικρότερη αγορά δεν μπορεί να είναι μεγαλύτερη από τη μεγαλύτερη.
dash-error-too-generous = Μία μεγάλη αγορά θα μπορούσε να κερδίσει υπερβολικά πολλούς πόντους: μειώστε τους πόντους ανά μονάδα ή τη μεγαλύτερη αγορά.
dash-error-duplicate = Δύο ανταμοιβές, επίπεδα ή καταστήματα έχουν το ίδιο όνομα.
dash-search = Αναζήτηση
dash-search-placeholder = Όνομα, τηλέφωνο ή κωδικός μέλους
dash-member-code = Κωδικός μέλους
dash-balance = Πόντοι
dash-tier = Επίπεδο
dash-stamps = Σφραγίδες
dash-offers = Δέχεται προσφορές
dash-apps = Εφαρμογές συνομιλίας
dash-yes = ναι
dash-no = όχι
dash-history = Ιστορικό
dash-adjust = Διόρθωση πόντων
dash-adjust-points = Πόντοι για πρόσθεση (ή αφαίρεση, με το σύμβολο μείον)
dash-adjust-reason = Αιτία (τη βλέπει ο πελάτης)
dash-adjust-usage = Γράψτε τους πόντους (για παράδειγμα 50 ή -20) και μια αιτία.
dash-erase = Διαγραφή των στοιχείων του πελάτη
dash-erase-intro = Όταν ένας πελάτης σας ζητήσει (στο ταμείο, στο τηλέφωνο ή με email) να διαγράψετε τα στοιχεία του. Διαγράφονται το όνομα, ο αριθμός τηλεφώνου, τα γενέθλια και οι συνομιλίες του· οι πόντοι, οι σφραγίδες, οι κωδικοί ανταμοιβής, τα προπληρωμένα πακέτα και οι συνδρομές του χάνονται, και η ενέργεια δεν αναιρείται. Γράψτε τον κωδικό μέλους του για επιβεβαίωση.
dash-erase-code = Κωδικός μέλους
dash-erase-mismatch = Αυτός δεν είναι ο κωδικός μέλους αυτού του πελάτη: δεν διαγράφηκε τίποτα.
dash-erase-staff = Αυτό το άτομο ανήκει στην ομάδα σας ({ $name }): αφαιρέστε το πρώτα από την ομάδα.
dash-erased = Τα στοιχεία του πελάτη διαγράφηκαν (κωδικός μέλους { $code }).
# Στη συνομιλία.
dashboard-link =
    Ο σύνδεσμός σας για τον πίνακα ελέγχου (λειτουργεί μία φορά, για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    }· μην τον δώσετε σε άλλον):
    { $link }
dashboard-open-app = 📊 Άνοιγμα του πίνακα ελέγχου
dashboard-open-browser = 🌐 Άνοιγμα στον φυλλομετρητή
dashboard-now-owner = ✅ Είστε πλέον ιδιοκτήτης αυτού του καταστήματος. Το /help δείχνει τις εντολές του ταμείου και τις δικές σας· το /dashboard ανοίγει τον πίνακα ελέγχου.
dashboard-now-staff = ✅ Είστε πλέον μέλος της ομάδας του καταστήματος. Το /help δείχνει τις εντολές του ταμείου· το /dashboard ανοίγει τον πίνακα ελέγχου.
dashboard-menu-button = Πίνακας
dash-nav-team = Ομάδα
dash-nav-audit = Αρχείο ενεργειών
team-role-owner = ιδιοκτήτης
team-role-staff = προσωπικό
team-dismiss = Αφαίρεση
team-dismiss-note = Η πρόσβαση στο ταμείο και στον πίνακα ελέγχου κόβεται αμέσως· το άτομο ενημερώνεται στη συνομιλία, και οι πόντοι του μένουν δικοί του.
team-dismiss-confirm = Ναι, αφαίρεση από την ομάδα: { $name }
team-invite-title = Πρόσκληση στην ομάδα
team-invite-as = Ως
team-invite = Δημιουργία πρόσκλησης
team-invitation =
    Πρόσκληση ως { $role }: το άτομο στέλνει αυτό στο bot (στο Telegram ή στο WhatsApp) μέσα σε { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    }. Λειτουργεί μία φορά.
audit-system = το bot
dash-nav-campaigns = Καμπάνιες
dash-campaign-new = Νέα καμπάνια
dash-campaign-segment = Ποιοι τη λαμβάνουν
dash-campaign-text = Το μήνυμα στα { $language }
dash-campaign-effect-chart = Αγόρασαν μέσα σε 7 ημέρες: όσοι την έλαβαν (πάνω) και όσοι κρατήθηκαν εκτός (κάτω)
dash-campaign-holdout = Κρατούνται εκτός για να μετρηθεί η επίδραση (%, κανείς κάτω από 100 άτομα)
dash-campaign-when = Πότε (κενό: τώρα)
dash-campaign-when-example = για παράδειγμα: Παρασκευή 10:00, ή κάθε Δευτέρα 9:00
dash-campaign-preview = Προεπισκόπηση
dash-campaign-check = Ελέγξτε την καμπάνια πριν σταλεί
dash-campaign-started = Η καμπάνια #{ $campaign } αποθηκεύτηκε. Η πρόοδός της φαίνεται εδώ.
dash-section-brand = Χρώματα των εικόνων
dash-field-colour = Η ταινία με το όνομα του καταστήματος, και οι σφραγίδες
dash-field-accent = Ό,τι ζητά προσοχή (μια γεμάτη κάρτα)
dash-field-background = Το φόντο
dash-card-preview = Η κάρτα σφραγίδων όπως τη βλέπουν οι πελάτες
dash-section-branches = Καταστήματα
dash-add-branch = Προσθήκη καταστήματος
dash-field-branch-name = Το όνομα του καταστήματος
dash-figures-as-of = Στοιχεία έως { $time } (ανανεώνονται κάθε 5 λεπτά).
dash-field-logo = Λογότυπο
dash-change-reward = Ανταμοιβή: { $name }
dash-change-tier = Επίπεδο: { $name }
dash-change-branch = Κατάστημα: { $name }
dash-change-added = προστέθηκε
dash-change-removed = αφαιρέθηκε
dash-change-name = Όνομα ({ $language })
dash-change-perks = Προνόμια ({ $language })
dash-change-card-reward = Η ανταμοιβή της γεμάτης κάρτας ({ $language })
dash-change-values =
    { $count ->
        [one] { $count } τιμή
       *[other] { $count } τιμές
    }
dash-logo-hint = PNG ή JPEG, έως 10 MB· μικραίνει για τις εικόνες.
dash-logo-remove = Αφαίρεση του λογότυπου
dash-logo-not-a-picture = Αυτό το αρχείο δεν είναι εικόνα PNG ή JPEG. Δεν άλλαξε τίποτα.
dash-logo-too-large = Η εικόνα είναι πολύ μεγάλη (έως 10 MB). Δεν άλλαξε τίποτα.
dash-logo-earlier = η προηγούμενη εικόνα
dash-logo-uploaded = η νέα εικόνα
dash-export = Λήψη ως υπολογιστικό φύλλο (CSV):
dash-export-customers = πελάτες
dash-export-ledger = κάθε καταχώριση πόντων και σφραγίδων
dash-figures-computing =
    Υπολογίζονται τα στοιχεία { $days ->
        [one] της τελευταίας ημέρας
       *[other] των τελευταίων { $days } ημερών
    }: σε ένα μεγάλο κατάστημα χρειάζονται λίγα δευτερόλεπτα. Η σελίδα θα τα δείξει μόνη της.
dash-codes = Κωδικοί ανταμοιβής που περιμένουν στο ταμείο
dash-holdings = Πακέτα και συνδρομές
dash-code-until = ισχύει έως τις { $time }
dash-field-claim-days = Ημέρες που ισχύει ο κωδικός μιας απόδειξης για τους πόντους της
dash-field-welcome-points = Πόντοι δώρο καλωσορίσματος, μία φορά ανά άτομο
dash-field-welcome-stamps = Σφραγίδες που έχει ήδη η πρώτη κάρτα ενός νέου μέλους
dash-error-welcome-stamps = Η πρώτη κάρτα ενός νέου μέλους πρέπει να ξεκινά με λιγότερες σφραγίδες από όσες έχει μια γεμάτη κάρτα.
dash-nav-draws = Κληρώσεις και έρευνες
dash-draws-how = Ανοίξτε μια κλήρωση ή κάντε μια ερώτηση στους πελάτες με τις φόρμες παρακάτω, ή στη συνομιλία (/draws new, /survey <τμήμα>). Η δέσμευση της κλήρωσης δημοσιεύεται μόλις ανοίξει· μια έρευνα στέλνεται αφού δείτε ποιοι θα ερωτηθούν.
dash-draw-commitment = Κωδικός δέσμευσης (δημοσιεύτηκε όταν άνοιξε η κλήρωση):
dash-draw-record = Λήψη του δημόσιου αρχείου
dash-surveys = Έρευνες
dash-section-happy-hours = Ώρες προσφορών
dash-happy-hint = Μια προσφορά που επανέρχεται κάθε εβδομάδα τις ίδιες ώρες, στη ζώνη ώρας του καταστήματος: περισσότεροι πόντοι στις αγορές ή σφραγίδες δώρο. Όταν ισχύουν πολλές μαζί, μια αγορά παίρνει μόνο την καλύτερη και το προσωπικό βλέπει ποια.
dash-add-happy-hour = Προσθήκη ώρας προσφοράς
dash-field-days = Ημέρες
dash-field-happy-start = Αρχίζει
dash-field-happy-end = Λήγει (νωρίτερα από την έναρξη: περνά τα μεσάνυχτα)
dash-field-bonus-stamps = Σφραγίδες δώρο κάθε φορά που δίνονται σφραγίδες
dash-field-happy-limit = Φορές ανά πελάτη (0: χωρίς όριο)
dash-field-happy-period = Ανά
dash-happy-period-day = ημέρα
dash-happy-period-week = εβδομάδα
dash-happy-period-month = μήνα
dash-field-happy-months = Μόνο αυτούς τους μήνες (κανένας επιλεγμένος: όλο τον χρόνο)
dash-field-happy-active = Σε ισχύ
dash-happy-off = σε παύση
dash-change-happy-hour = Ώρα προσφοράς: { $name }
dash-happy-usage =
    Τελευταίες 30 ημέρες: { $uses ->
        [one] χρησιμοποιήθηκε μία φορά
       *[other] χρησιμοποιήθηκε { $uses } φορές
    } από { $customers ->
        [one] έναν πελάτη
       *[other] { $customers } πελάτες
    }· { $points ->
        [one] ένας επιπλέον πόντος
       *[other] { $points } επιπλέον πόντοι
    }, { $stamps ->
        [one] μία επιπλέον σφραγίδα
       *[other] { $stamps } επιπλέον σφραγίδες
    }.
dash-happy-unused = Δεν χρησιμοποιήθηκε τις τελευταίες 30 ημέρες.
dash-error-happy-end = Μια ώρα προσφοράς πρέπει να λήγει σε άλλη ώρα από αυτή που αρχίζει.
dash-error-happy-nothing = Μια ώρα προσφοράς πρέπει να δίνει κάτι: πολλαπλασιαστή πόντων πάνω από ×1 ή σφραγίδες δώρο.
dash-section-bundles = Πακέτα
dash-bundles-hint = Επισκέψεις πληρωμένες από πριν, που πωλούνται στο ταμείο («10 κουρέματα στην τιμή των 8»): το προσωπικό πουλά με /bundle sell και χρησιμοποιεί μία ανά επίσκεψη με /bundle use ή με το κουμπί του πίνακα QR. Το ταμείο εισπράττει· το bot καταγράφει τι πουλήθηκε.
dash-add-bundle = Προσθήκη πακέτου
dash-field-bundle-uses = Χρήσεις σε ένα πακέτο
dash-field-bundle-days = Ισχύει για (ημέρες μετά την πώληση)
dash-field-bundle-price = Τιμή στο ταμείο (κενό: δεν αναφέρεται)
dash-field-bundle-active = Προς πώληση
dash-field-bundle-reminder-days = Ημέρες πριν λήξει ένα πακέτο για υπενθύμιση στον κάτοχο (0: ποτέ)
dash-bundle-off = δεν πωλείται
dash-change-bundle = Πακέτο: { $name }
dash-bundle-summary =
    { $uses ->
        [one] { $uses } χρήση
       *[other] { $uses } χρήσεις
    }, { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    }
dash-bundle-sales =
    { $sold ->
        [one] Πουλήθηκε μία φορά
       *[other] Πουλήθηκε { $sold } φορές
    }· { $held ->
        [one] ένα σε ισχύ τώρα
       *[other] { $held } σε ισχύ τώρα
    }, με { $left ->
        [one] μία χρήση
       *[other] { $left } χρήσεις
    } ακόμη να δοθούν.
dash-bundle-unsold = Δεν έχει πουληθεί ακόμη.
dash-section-memberships = Συνδρομές
dash-memberships-hint = Μια πληρωμένη συνδρομή για έναν μήνα ή έναν χρόνο, που πωλείται στο ταμείο με /member sell: όσο ισχύει, το μέλος κερδίζει πόντους όπως το επίπεδο που επιλέγετε (όταν αυτό κερδίζει περισσότερα από το δικό του) ή/και παίρνει έκπτωση που βλέπει το προσωπικό. Το ταμείο εισπράττει και κάνει την έκπτωση. Αν αγοραστεί ξανά πριν λήξει, η νέα περίοδος αρχίζει όταν τελειώσει η παλιά.
dash-add-membership = Προσθήκη συνδρομής
dash-field-member-months = Μήνες σε μία περίοδο
dash-field-member-tier = Κερδίζει όπως το επίπεδο
dash-member-no-tier = (χωρίς επίπεδο: μόνο έκπτωση)
dash-field-member-discount = Έκπτωση στο ταμείο, σε % (0: καμία)
dash-field-member-reminder-days = Ημέρες πριν λήξει μια συνδρομή για υπενθύμιση στο μέλος (0: ποτέ)
dash-change-membership = Συνδρομή: { $name }
dash-error-member-nothing = Μια συνδρομή πρέπει να δίνει κάτι: ένα επίπεδο ή μια έκπτωση.
dash-draw-new = Άνοιγμα κλήρωσης
dash-draw-prize = Το δώρο, όπως θα το δουν οι πελάτες
dash-draw-closes = Κλείνει στις (ζώνη ώρας: { $zone })
dash-draw-entry = Πώς συμμετέχουν οι πελάτες
dash-draw-by-purchase = Με αγορές: ένας λαχνός για κάθε αγορά τουλάχιστον ενός ποσού
dash-draw-by-points = Με πόντους: ένας λαχνός για κάποιους πόντους, από το /draw
dash-draw-threshold = Η μικρότερη αγορά ή οι πόντοι για έναν λαχνό
dash-draw-cap = Λαχνοί ανά άτομο, το πολύ
dash-draw-winners = Νικητές
dash-draw-open = Άνοιγμα της κλήρωσης
dash-draw-opened = Η κλήρωση { $draw } άνοιξε· η δέσμευσή της δημοσιεύεται παρακάτω.
dash-survey-new = Κάντε μια ερώτηση
dash-survey-question = Η ερώτηση
dash-survey-choice = Επιλογή { $number } (έως 20 χαρακτήρες)
dash-survey-check = Ελέγξτε την έρευνα πριν σταλεί
dash-cards-hint = Μια κάρτα γεμίζει με μία σφραγίδα ανά επίσκεψη και δίνει την ανταμοιβή της όταν γεμίσει. Βάλτε κι άλλη κάρτα για άλλη σειρά προϊόντων (μεσημεριανό, πλύσιμο αυτοκινήτου) και προσθέστε σκαλοπάτια στη διαδρομή: μια μικρή ανταμοιβή στις 3 σφραγίδες, μια μεγαλύτερη στις 6. Ο πελάτης μπορεί να πάρει την ανταμοιβή ενός σκαλοπατιού (οι σφραγίδες του αφαιρούνται από την κάρτα) ή να κρατήσει τις σφραγίδες για το επόμενο. Το προσωπικό διαλέγει την κάρτα όταν σφραγίζει.
dash-card-summary =
    { $slots ->
        [one] { $slots } σφραγίδα
       *[other] { $slots } σφραγίδες
    }, { $steps ->
        [0] χωρίς σκαλοπάτια
        [one] ένα σκαλοπάτι
       *[other] { $steps } σκαλοπάτια
    }
dash-card-name-hint = Το όνομα της κάρτας χρειάζεται μόνο όταν έχετε περισσότερες από μία κάρτες· αν μείνει κενό, λέγεται «Κάρτα σφραγίδων».
dash-step-legend =
    { $at ->
        [one] Η ανταμοιβή με { $at } σφραγίδα, σε κάθε γλώσσα
       *[other] Η ανταμοιβή με { $at } σφραγίδες, σε κάθε γλώσσα
    }
dash-add-step = Προσθήκη σκαλοπατιού στη διαδρομή
dash-field-step-at = Σφραγίδες που χρειάζεται αυτό το σκαλοπάτι
dash-field-step-reward = Η ανταμοιβή του σκαλοπατιού, σε κάθε γλώσσα
dash-remove-step =
    { $at ->
        [one] Αφαίρεση του σκαλοπατιού με { $at } σφραγίδα: { $reward }
       *[other] Αφαίρεση του σκαλοπατιού με { $at } σφραγίδες: { $reward }
    }
dash-add-card = Προσθήκη κάρτας σφραγίδων
dash-field-card-active = Σφραγίζεται στο ταμείο
dash-card-off = απενεργοποιημένη
dash-error-steps-rise = Κάθε σκαλοπάτι θέλει περισσότερες σφραγίδες από το προηγούμενο, και δύο σκαλοπάτια δεν μπορούν να ζητούν τον ίδιο αριθμό.
dash-error-step-past-full = Ένα σκαλοπάτι πρέπει να έρχεται πριν γεμίσει η κάρτα: ζητήστε λιγότερες σφραγίδες από όσες έχει η κάρτα.
dash-change-card = Κάρτα: { $name }
dash-change-step =
    { $at ->
        [one] Σκαλοπάτι με { $at } σφραγίδα
       *[other] Σκαλοπάτι με { $at } σφραγίδες
    }
dash-change-step-reward = Η ανταμοιβή του σκαλοπατιού ({ $language })
dash-rollout-hint = Σταδιακή εκκίνηση: ξεκινήστε πρώτα το πρόγραμμα σε λίγα καταστήματα. Σε ένα κατάστημα που δεν έχει ξεκινήσει δεν κερδίζεται ούτε ξοδεύεται τίποτα και το προσωπικό ενημερώνεται ευγενικά· οι επισκέψεις που καταγράφει κρατιούνται, και το /stats και η επισκόπηση συγκρίνουν τα πιλοτικά με τα υπόλοιπα. Σημειώστε ένα κατάστημα για να επεκτείνετε.
dash-field-branch-started = Το πρόγραμμα τρέχει σε αυτό το κατάστημα: { $branch }
dash-change-branch-started = Το πρόγραμμα ξεκίνησε
