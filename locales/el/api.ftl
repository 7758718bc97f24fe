# Το API του ταμείου: τι δείχνει το σύστημα ταμείου στο προσωπικό όταν μια κλήση
# απορρίπτεται, η εντολή /apikey του ιδιοκτήτη και η σελίδα «API ταμείου» του πίνακα.

api-unauthorized = Το κλειδί API λείπει, είναι άγνωστο ή έχει ανακληθεί. Ζητήστε κλειδί από τον ιδιοκτήτη του καταστήματος.
api-scope-missing = Αυτό το κλειδί δεν επιτρέπεται να { $scope ->
        [award] καταχωρίζει αγορές ή σφραγίδες
        [redeem] παραδίδει ανταμοιβές
       *[read] αναζητά μέλη
    }. Ζητήστε από τον ιδιοκτήτη ένα κλειδί που το επιτρέπει.
api-rate-limited = Πάρα πολλές κλήσεις με αυτό το κλειδί. Δοκιμάστε ξανά σε { $seconds ->
        [one] ένα δευτερόλεπτο.
       *[other] { $seconds } δευτερόλεπτα.
    }
api-invalid-request = Το αίτημα δεν έχει τη μορφή που δέχεται το API: δείτε τις λεπτομέρειες και το /api/v1/openapi.json.
api-not-found = Το API δεν έχει τέτοια κλήση: δείτε το /api/v1/openapi.json.
api-scope-award = καταχώριση αγορών και σφραγίδων
api-scope-redeem = παράδοση ανταμοιβών
api-scope-read = αναζήτηση μελών

apikey-usage = Χρήση: /apikey new <όνομα> [κατάστημα] · /apikey revoke <αρχή του κλειδιού> · /apikey list
apikey-none = Δεν υπάρχουν ακόμη κλειδιά για το API του ταμείου.
apikey-list-title = 🔑 Κλειδιά του API ταμείου:
apikey-line = • { $name } · { $prefix }… · κατάστημα: { $branch } · επιτρέπεται: { $scopes } · τελευταία χρήση: { $used }
apikey-line-revoked = • { $name } · { $prefix }… · ανακλήθηκε
apikey-never-used = ποτέ
apikey-made =
    🔑 Ένα κλειδί για «{ $name }» (κατάστημα: { $branch }). Αντιγράψτε το τώρα στο σύστημα ταμείου: εμφανίζεται μόνο αυτή τη φορά.

    { $key }

    Για να το σταματήσετε: /apikey revoke { $prefix }
apikey-revoked = 🔒 Το κλειδί { $prefix } («{ $name }») ανακλήθηκε: το ταμείο που το χρησιμοποιεί απορρίπτεται από την επόμενη κλήση του.
apikey-not-found = Κανένα ενεργό κλειδί δεν αρχίζει με { $prefix }. Το /apikey τα δείχνει όλα.

dash-nav-api = API ταμείου
api-intro = Το σύστημα ταμείου σας μπορεί να καταχωρίζει μόνο του αγορές, σφραγίδες, ανταμοιβές και επιστροφές, με δικό του κλειδί. Δώστε σε κάθε ταμείο ή σύνδεση το δικό του κλειδί, ώστε να μπορείτε να σταματήσετε ένα χωρίς να σταματήσετε τα άλλα.
api-docs = Η περιγραφή του API (OpenAPI)
api-made = Το κλειδί για «{ $name }». Αντιγράψτε το τώρα στο σύστημα ταμείου: εμφανίζεται μόνο αυτή τη φορά.
api-col-name = Όνομα
api-col-key = Κλειδί
api-col-branch = Κατάστημα
api-col-scopes = Επιτρέπεται
api-col-used = Τελευταία χρήση
api-branch-all = όλα τα καταστήματα
api-revoked-on = ανακλήθηκε στις { $date }
api-revoke = Ανάκληση
api-new-title = Νέο κλειδί
api-create = Δημιουργία κλειδιού
audit-key = 🔑 κλειδί «{ $name }»

webhook-usage = Χρήση: /webhook add <διεύθυνση https> [γεγονότα] · /webhook remove <αριθμός> · /webhook list. Γεγονότα: { $events } (όλα, αν δεν αναφέρετε κανένα).
webhook-none = Δεν υπάρχουν ακόμη webhooks.
webhook-list-title = 🔔 Τα webhooks σας:
webhook-line = #{ $id } { $url } · { $events } · σε αναμονή: { $pending } · εγκαταλείφθηκαν: { $failed }
webhook-added =
    🔔 Το webhook #{ $id } προστέθηκε: { $url }
    Γεγονότα: { $events }

    Το μυστικό υπογραφής του, μόνο αυτή τη φορά (το σύστημά σας ελέγχει με αυτό κάθε αποστολή):
    { $secret }
webhook-removed = Το webhook #{ $id } αφαιρέθηκε: δεν του στέλνεται τίποτα πια.
webhook-not-found = Δεν υπάρχει webhook #{ $id }. Το /webhook τα δείχνει όλα.
dash-webhooks-title = Ειδοποιήσεις (webhooks)
dash-webhooks-intro = Τα δικά σας συστήματα (ένα CRM, ένας αυτοματισμός υπολογιστικού φύλλου) μπορούν να ενημερώνονται για γεγονότα τη στιγμή που συμβαίνουν: νέο μέλος ή μέλος που ζήτησε τη διαγραφή του, πόντοι που κερδήθηκαν, ανταμοιβή που παραδόθηκε, επίπεδο που κατακτήθηκε. Κάθε αποστολή υπογράφεται με το μυστικό του webhook και επαναλαμβάνεται μέχρι να φτάσει.
dash-webhook-url = Διεύθυνση (https)
dash-webhook-events = Γεγονότα
dash-webhook-add = Προσθήκη webhook
dash-webhook-added = Το μυστικό υπογραφής του webhook #{ $id }. Αντιγράψτε το τώρα στο σύστημά σας: εμφανίζεται μόνο αυτή τη φορά.
dash-webhook-remove = Αφαίρεση
dash-webhook-state = σε αναμονή: { $pending } · εγκαταλείφθηκαν: { $failed }
