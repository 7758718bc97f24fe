# Εισαγωγή πελατών από αρχείο CSV (η σελίδα Εισαγωγή του πίνακα ελέγχου).
dash-nav-import = Εισαγωγή
import-intro = Φέρτε τους πελάτες από τις χάρτινες κάρτες σας, από ένα υπολογιστικό φύλλο ή από άλλη εφαρμογή: ένα αρχείο CSV (Excel: «Αποθήκευση ως… CSV UTF-8») με μία γραμμή ανά πελάτη και αριθμό τηλεφώνου σε κάθε γραμμή. Οι πόντοι περνούν ως αρχικό υπόλοιπο, οι σφραγίδες ως κάρτα σε εξέλιξη. Ο πελάτης συνδέεται με τη συνομιλία του όταν γράψει για πρώτη φορά στο bot από αυτόν τον αριθμό.
import-file = Το αρχείο CSV (έως 5 MB, 20 000 γραμμές)
import-upload = Μεταφόρτωση και συνέχεια
import-not-csv = Επιλέξτε ένα αρχείο .csv.
import-columns-title = Ποια στήλη έχει τι;
import-columns-intro = Επιλέξτε τη στήλη του αρχείου σας για κάθε στοιχείο. Χρειάζεται μόνο ο αριθμός τηλεφώνου.
import-field-name = Όνομα
import-field-phone = Αριθμός τηλεφώνου
import-field-language = Γλώσσα (en, sw, el, am)
import-field-points = Πόντοι
import-field-stamps = Σφραγίδες στην τρέχουσα κάρτα
import-field-joined = Μέλος από (2024-05-31 ή 31/05/2024)
import-field-birthday = Γενέθλια
import-no-column = (δεν υπάρχει στο αρχείο)
import-counts-for-tiers = Οι πόντοι της εισαγωγής να μετρούν για τα επίπεδα, σαν να κερδήθηκαν σήμερα
import-check = Έλεγχος του αρχείου (δεν αποθηκεύεται ακόμη τίποτα)
import-check-title = Τι θα κάνει η εισαγωγή
import-will-create = { $count ->
    [one] Θα δημιουργηθεί 1 πελάτης.
   *[other] Θα δημιουργηθούν { $count } πελάτες.
}
import-will-skip-duplicates = { $count ->
    [0] Καμία γραμμή δεν επαναλαμβάνει μέλος.
    [one] 1 γραμμή επαναλαμβάνει μέλος και θα παραλειφθεί.
   *[other] { $count } γραμμές επαναλαμβάνουν μέλη και θα παραλειφθούν.
}
import-will-skip-errors = { $count ->
    [0] Καμία γραμμή δεν έχει λάθος.
    [one] 1 γραμμή έχει λάθος και θα παραλειφθεί.
   *[other] { $count } γραμμές έχουν λάθη και θα παραλειφθούν.
}
import-problems = Γραμμές που παραλείπονται
import-line = γραμμή { $line }
import-preview = Οι πελάτες που θα δημιουργηθούν
import-run = { $count ->
    [one] Εισαγωγή 1 πελάτη
   *[other] Εισαγωγή { $count } πελατών
}
import-error-phone = κανένας χρήσιμος αριθμός τηλεφώνου («{ $value }»)
import-error-language = άγνωστη γλώσσα «{ $value }» (γράψτε en, sw, el ή am)
import-error-points = οι πόντοι πρέπει να είναι ακέραιος αριθμός («{ $value }»)
import-error-stamps = οι σφραγίδες πρέπει να είναι ακέραιος από 0 έως { $slots } («{ $value }»)
import-error-date = δεν είναι ημερομηνία («{ $value }»): γράψτε 2024-05-31 ή 31/05/2024
import-duplicate-member = είναι ήδη μέλος (κωδικός μέλους { $code })
import-duplicate-line = ο ίδιος αριθμός τηλεφώνου με τη γραμμή { $line }
import-progress-title = Εισαγωγή του { $file }
import-running = Ολοκληρώθηκαν { $done } από { $total } γραμμές…
import-done =
    Ολοκληρώθηκε: { $created ->
        [one] δημιουργήθηκε { $created } πελάτης
       *[other] δημιουργήθηκαν { $created } πελάτες
    }, { $skipped ->
        [one] παραλείφθηκε { $skipped } γραμμή
       *[other] παραλείφθηκαν { $skipped } γραμμές
    }.
import-continue = Συνέχεια της εισαγωγής
