# Λέξεις που σχεδιάζονται πάνω στις εικόνες: σύντομες, χωρίς emoji.
picture-card-title = Κάρτα σφραγίδων
picture-card-reward = Γεμάτη κάρτα: { $reward }
picture-card-ready =
    { $count ->
        [one] Μια γεμάτη κάρτα σάς περιμένει
       *[other] { $count } γεμάτες κάρτες σάς περιμένουν
    }
picture-member-title = Κάρτα μέλους
picture-member-tier = Επίπεδο: { $tier }
picture-member-hint = Δείξτε αυτή την κάρτα στο ταμείο για να μαζεύετε πόντους και σφραγίδες.
picture-chart-title = Μέλη και αγοραστές, { $start } – { $end }
picture-chart-active = Μέλη που αγόρασαν εκείνη την ημέρα
picture-chart-members = Μέλη μέχρι τότε
