card-title = ☕ Η κάρτα σφραγίδων σας
card-progress =
    { $stamps ->
        [one] { $stamps } σφραγίδα από { $slots }
       *[other] { $stamps } σφραγίδες από { $slots }
    }
card-reward = Ανταμοιβή για γεμάτη κάρτα: { $reward }.
card-ready =
    { $count ->
        [one] Έχετε μια γεμάτη κάρτα, έτοιμη για εξαργύρωση!
       *[other] Έχετε { $count } γεμάτες κάρτες, έτοιμες για εξαργύρωση!
    }
card-redeem = 🎁 Εξαργύρωση γεμάτης κάρτας
card-main-name = Κάρτα σφραγίδων
card-title-named = ☕ Η κάρτα σας: { $card }
card-step =
    { $at ->
        [one] ▫️ Με { $at } σφραγίδα: { $reward }
       *[other] ▫️ Με { $at } σφραγίδες: { $reward }
    }
card-step-ready =
    { $at ->
        [one] ✅ Δική σας τώρα, με { $at } σφραγίδα: { $reward }
       *[other] ✅ Δική σας τώρα, με { $at } σφραγίδες: { $reward }
    }
card-step-take = 🎁 Πάρτε: { $reward }
card-steps-save = Πάρτε μια ανταμοιβή στη διαδρομή (οι σφραγίδες της αφαιρούνται από την κάρτα) ή κρατήστε τις για μια μεγαλύτερη.
