rewards-title =
    { $points ->
        [one] 🎁 Ανταμοιβές. Έχετε { $points } πόντο.
       *[other] 🎁 Ανταμοιβές. Έχετε { $points } πόντους.
    }
rewards-item-affordable = ✅ { $name }: { $cost } πόντοι
rewards-item-locked = ▫️ { $name }: { $cost } πόντοι (λείπουν { $missing })
rewards-card-item = ☕ { $reward }: με μία γεμάτη κάρτα σφραγίδων
rewards-none = Δεν υπάρχουν ακόμη ανταμοιβές στον κατάλογο.
rewards-pick = Πατήστε μια ανταμοιβή για να την εξαργυρώσετε.
rewards-button = { $name } · { $cost } πόντοι
rewards-confirm = Να εξαργυρωθεί «{ $name }» με { $cost } πόντους;
rewards-confirm-card = Να ανταλλάξετε μία γεμάτη κάρτα σφραγίδων με { $reward };
rewards-yes = ✅ Ναι, εξαργύρωση
rewards-no = Όχι τώρα
rewards-code = Δείξτε αυτόν τον κωδικό στο ταμείο: { $code }
    Ισχύει για { $minutes } λεπτά, έως τις { $time }.
rewards-code-balance = Υπόλοιπο πόντων: { $points }
