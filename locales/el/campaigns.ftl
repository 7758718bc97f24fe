# Ο ιδιοκτήτης γράφει προσφορές και καμπάνιες· το bot αναφέρει πώς πάει η αποστολή.
compose-ask-text = ✍️ Γράψτε το κείμενο στα { $language } (έως { $limit } χαρακτήρες). Οι πελάτες που διαβάζουν άλλη γλώσσα θα δουν αυτό το κείμενο με μια σημείωση, εκτός αν προσθέσετε και το δικό τους στη συνέχεια.
compose-ask-text-more = ✍️ Γράψτε το κείμενο στα { $language } (έως { $limit } χαρακτήρες): αυτό θα δουν οι πελάτες που διαβάζουν { $language }.
compose-text-length = Το κείμενο πρέπει να έχει από 1 έως { $limit } χαρακτήρες. Γράψτε το ξανά.
compose-more = Προσθέστε το κείμενο σε άλλη γλώσσα ή συνεχίστε.
compose-add-language = ➕ Προσθήκη: { $language }
compose-next = Συνέχεια ➡️
compose-ask-image = 🖼 Στείλτε μια φωτογραφία για την προσφορά ή πατήστε Παράλειψη.
compose-image-too-large = Η φωτογραφία είναι πολύ μεγάλη (έως 5 MB). Στείλτε μικρότερη ή πατήστε Παράλειψη.
compose-ask-until = 📅 Μέχρι πότε ισχύει η προσφορά; Στείλτε ημερομηνία (2026-12-31) ή αριθμό ημερών (7), ή πατήστε Παράλειψη για να μη λήγει.
compose-until-invalid = Δεν το κατάλαβα. Στείλτε μια μελλοντική ημερομηνία (2026-12-31) ή αριθμό ημερών από 1 έως { $days }.
compose-ask-bonus = 🎁 Δίνει η προσφορά μπόνους;
compose-bonus-none = Χωρίς μπόνους
compose-bonus-double = Διπλοί πόντοι στις αγορές
compose-bonus-triple = Τριπλοί πόντοι στις αγορές
compose-bonus-points = Πόντοι μπόνους με τον κωδικό της προσφοράς
compose-ask-points = Πόσους πόντους μπόνους παίρνει ένας πελάτης που δείχνει τον κωδικό της προσφοράς; (1 έως { $maximum })
compose-points-invalid = Στείλτε έναν ακέραιο αριθμό από 1 έως { $maximum }.
compose-skip = Παράλειψη
compose-cancel = ✖️ Ακύρωση
compose-cancelled = Ακυρώθηκε. Τίποτα δεν αποθηκεύτηκε ούτε στάλθηκε.
compose-expired = Αυτό το προσχέδιο δεν είναι πια ανοιχτό. Ξεκινήστε ξανά με /offer new, /broadcast ή /schedule.
compose-use-buttons = Απαντήστε με τα κουμπιά ή ακυρώστε.
compose-write = ✍️ Γράψτε μήνυμα
compose-pick = 📣 Καμπάνια για «{ $segment }»: στείλτε μία από τις τρέχουσες προσφορές ή γράψτε μήνυμα.
compose-preview-heading = 👁 Προεπισκόπηση στα { $language }:
compose-confirm = Ελέγξτε τις προεπισκοπήσεις παραπάνω και επιβεβαιώστε.
offer-preview = 🎁 Νέα προσφορά. Ισχύει έως: { $until }. Μπόνους: { $bonus }.
offer-save = ✅ Αποθήκευση προσφοράς
offer-saved = ✅ Η προσφορά #{ $offer } αποθηκεύτηκε· ο κωδικός της είναι { $code }. Οι πελάτες τη βλέπουν στο /offers. Στείλτε τη με /broadcast <τμήμα>.
offer-withdrawn = Η προσφορά #{ $offer } αποσύρθηκε: δεν εμφανίζεται πια στο /offers και δεν δίνει μπόνους.
offer-usage = /offer new: νέα προσφορά · /offer end <αριθμός>: απόσυρση προσφοράς
offer-list-title = 🎁 Προσφορές σε ισχύ τώρα:
offer-list-empty = Καμία προσφορά δεν ισχύει αυτή τη στιγμή.
offer-list-line = #{ $offer } { $title } · κωδικός { $code } · { $bonus }
offer-bonus-none = χωρίς μπόνους
offer-bonus-multiplier =
    { $times ->
        [2] Διπλοί πόντοι σε κάθε αγορά
        [3] Τριπλοί πόντοι σε κάθε αγορά
       *[other] { $times } φορές περισσότεροι πόντοι σε κάθε αγορά
    }
offer-bonus-points =
    { $points ->
        [one] +{ $points } πόντος όταν δείξετε τον κωδικό στο ταμείο
       *[other] +{ $points } πόντοι όταν δείξετε τον κωδικό στο ταμείο
    }
offer-written-in = ℹ️ Αυτό το μήνυμα είναι γραμμένο στα { $language }.
broadcast-usage = Χρήση: /broadcast <τμήμα>, π.χ. /broadcast all ή /broadcast tier:gold. Στείλτε /segments για να τα δείτε όλα.
broadcast-nobody = Κανείς στο «{ $segment }» δεν μπορεί να λάβει προσφορές αυτή τη στιγμή, οπότε δεν υπάρχει τίποτα να σταλεί.
broadcast-preview =
    📣 Καμπάνια για «{ $segment }»: { $count ->
        [one] 1 παραλήπτης
       *[other] { $count } παραλήπτες
    } ({ $languages }).
    Πότε: { $when }.
broadcast-send =
    { $count ->
        [one] 📤 Αποστολή σε 1 πελάτη
       *[other] 📤 Αποστολή σε { $count } πελάτες
    }
broadcast-started =
    📤 Η καμπάνια #{ $campaign } στέλνεται σε { $count ->
        [one] 1 πελάτη
       *[other] { $count } πελάτες
    }. Θα σας ενημερώνω για την πορεία της· τη δείχνει και το /campaigns.
broadcast-quiet = 🌙 Είναι ώρες ησυχίας: η αποστολή ξεκινά στις { $time }.
schedule-usage = Χρήση: /schedule <τμήμα> <πότε>. Παραδείγματα: /schedule all 2026-12-24 10:00 · /schedule tier:gold κάθε Παρασκευή 10:00 · /schedule all καθημερινά 9:00
schedule-save = 🗓 Προγραμματισμός
schedule-saved = 🗓 Η καμπάνια #{ $campaign } προγραμματίστηκε: { $when }. Το /campaigns τη δείχνει· το /cancel { $campaign } τη σταματά.
when-now = τώρα
when-daily = κάθε μέρα στις { $time }
when-weekly = κάθε { $day } στις { $time }
when-repeat = { $rule } (πρώτη φορά { $first })
campaigns-title = 📣 Πρόσφατες καμπάνιες:
campaigns-none = Δεν υπάρχουν ακόμη καμπάνιες. Ξεκινήστε μία με /broadcast ή /schedule.
campaigns-footer = Το /campaigns <αριθμός> δείχνει τι άλλαξε μια καμπάνια· το /cancel <αριθμός> τη σταματά, ακόμη και ενώ στέλνεται.
campaigns-line-repeating = #{ $campaign } «{ $title }» → { $segment }: { $rule }· επόμενη { $next }
campaigns-line-scheduled = #{ $campaign } «{ $title }» → { $segment }: προγραμματισμένη για { $when }
campaigns-line-sending = #{ $campaign } «{ $title }» → { $segment }: στέλνεται, { $done } / { $total }
campaigns-line-finished = #{ $campaign } «{ $title }» → { $segment }: { $status }· στάλθηκαν { $sent }, μπλόκαραν { $blocked }, απέτυχαν { $failed }, παραλείφθηκαν { $skipped }
campaigns-receipts = { "   " }📱 WhatsApp: παραδόθηκαν { $delivered } από { $sent } ({ $delivered_share } %), διαβάστηκαν { $read } ({ $read_share } %) · Telegram: στάλθηκαν { $others } (το Telegram δεν δίνει αποδεικτικά παράδοσης στα bots)
campaigns-status-draft = δεν στάλθηκε
campaigns-status-scheduled = προγραμματισμένη
campaigns-status-repeating = επαναλαμβανόμενη
campaigns-status-sending = στέλνεται
campaigns-status-done = ολοκληρώθηκε
campaigns-status-cancelled = ακυρώθηκε
campaigns-status-missed = χάθηκε ενώ το bot ήταν κλειστό
campaigns-cancel-usage = Χρήση: /cancel <αριθμός καμπάνιας>. Το /campaigns δείχνει τους αριθμούς.
campaigns-cancelled = 🛑 Η καμπάνια #{ $campaign } ακυρώθηκε. Ήδη σταλμένα: { $sent }. Δεν θα σταλούν: { $stopped }.
campaign-progress = 📤 Καμπάνια #{ $campaign }: στάλθηκαν { $done } / { $total }.
campaign-report =
    ✅ Η καμπάνια #{ $campaign } ολοκληρώθηκε: στάλθηκαν { $sent }, { $blocked } έχουν μπλοκάρει το bot, { $failed } απέτυχαν, { $skipped } παραλείφθηκαν (δεν δέχονται προσφορές ή ακυρώθηκε). { $templates ->
       *[0] { "" }
        [one] Χρέωση της Meta: ≈ { $cost } για 1 μήνυμα προτύπου WhatsApp (εκτίμηση στην αρχή της αποστολής).
        [other] Χρέωση της Meta: ≈ { $cost } για { $templates } μηνύματα προτύπου WhatsApp (εκτίμηση στην αρχή της αποστολής).
    }
campaign-missed = ⚠️ Η καμπάνια #{ $campaign } δεν στάλθηκε: η ώρα της πέρασε ενώ το bot ήταν κλειστό, πέρα από το περιθώριο χάριτος. Προγραμματίστε τη ξανά αν εξακολουθεί να έχει νόημα.
broadcast-whatsapp-pacing =
    📱 Το WhatsApp επιτρέπει σε αυτόν τον αριθμό να ξεκινά συνομιλίες με { $limit } άτομα την ημέρα: { $now ->
        [one] 1 μήνυμα φεύγει τώρα
       *[other] { $now } μηνύματα φεύγουν τώρα
    }, { $later ->
        [one] το υπόλοιπο 1
       *[other] τα υπόλοιπα { $later }
    } { $days ->
        [one] μέσα στην επόμενη ημέρα.
       *[other] μέσα στις επόμενες { $days } ημέρες.
    } Κανένα δεν χάνεται.
campaign-waiting =
    📱 Καμπάνια #{ $campaign }: { $count ->
        [one] 1 μήνυμα WhatsApp περιμένει
       *[other] { $count } μηνύματα WhatsApp περιμένουν
    } το όριο του αριθμού ({ $limit } άτομα την ημέρα). Θα σταλούν μόλις ελευθερωθούν θέσεις· κανένα δεν χάνεται.
broadcast-cost =
    💰 { $templates ->
        [0] Δεν κοστίζει τίποτα: τα μηνύματα στο Telegram, και στο WhatsApp εντός 24 ωρών από το τελευταίο μήνυμα του πελάτη, είναι δωρεάν.
        [one] Περίπου { $cost } για 1 μήνυμα προτύπου WhatsApp (τιμή της Meta για τη χώρα). { $free } εντός 24 ωρών από το τελευταίο μήνυμα του πελάτη είναι δωρεάν, και { $others } στο Telegram δεν κοστίζουν τίποτα.
       *[other] Περίπου { $cost } για { $templates } μηνύματα προτύπου WhatsApp (τιμή της Meta για κάθε χώρα). { $free } εντός 24 ωρών από το τελευταίο μήνυμα του πελάτη είναι δωρεάν, και { $others } στο Telegram δεν κοστίζουν τίποτα.
    }
broadcast-holdout = 🧪 { $count } από αυτούς ({ $percent } %) κρατούνται εκτός και δεν λαμβάνουν τίποτα, ώστε μετά από 7 και 30 ημέρες να δείτε τι άλλαξε η καμπάνια: /campaigns <αριθμός>.
campaign-uplift =
    📊 #{ $campaign }, { $days ->
        [one] 1 ημέρα
       *[other] { $days } ημέρες
    } { $complete ->
        [yes] μετά
       *[no] μετά, μέχρι τώρα
    }: αγόρασε το { $reached } % όσων την έλαβαν, έναντι του { $held } % των { $people } που κρατήθηκαν εκτός. { $verdict ->
        [more] Δηλαδή { $difference ->
            [one] 1 μονάδα
           *[other] { $difference } μονάδες
        } περισσότερο· είμαστε αρκετά βέβαιοι ότι η πραγματική διαφορά είναι μεταξύ { $low } και { $high }.
        [fewer] Δηλαδή { $difference ->
            [one] 1 μονάδα
           *[other] { $difference } μονάδες
        } λιγότερο· είμαστε αρκετά βέβαιοι ότι η πραγματική πτώση είναι μεταξύ { $low } και { $high }.
       *[unclear] Δεν μπορούμε να το ξεχωρίσουμε από καμία επίδραση: η πραγματική διαφορά βρίσκεται κάπου μεταξύ { $low } και { $high } { $high ->
            [one] μονάδας.
           *[other] μονάδων.
        }
    }
campaign-uplift-figures = { "   " }Ανά άτομο, έναντι όσων κρατήθηκαν εκτός: επισκέψεις { $visits_reached } / { $visits_held }· αγορές { $spend_reached } / { $spend_held }· εξαργυρωμένοι πόντοι { $redeemed_reached } / { $redeemed_held }.
campaign-uplift-none = 📊 #{ $campaign }: κανείς δεν κρατήθηκε εκτός (λιγότερα από 100 άτομα, ή 0 %), οπότε η επίδρασή της δεν μπορεί να μετρηθεί.
