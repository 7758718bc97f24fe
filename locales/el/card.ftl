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
