rewards-title =
    { $points ->
        [one] 🎁 Ανταμοιβές. Έχετε { $points } πόντο.
       *[other] 🎁 Ανταμοιβές. Έχετε { $points } πόντους.
    }
rewards-item-affordable =
    ✅ { $name }: { $cost ->
        [one] { $cost } πόντος
       *[other] { $cost } πόντοι
    }
rewards-item-locked =
    ▫️ { $name }: { $cost ->
        [one] { $cost } πόντος
       *[other] { $cost } πόντοι
    } ({ $missing ->
        [one] λείπει { $missing }
       *[other] λείπουν { $missing }
    })
rewards-card-item = ☕ { $reward }: με μία γεμάτη κάρτα σφραγίδων
rewards-none = Δεν υπάρχουν ακόμη ανταμοιβές στον κατάλογο.
rewards-pick = Πατήστε μια ανταμοιβή για να την εξαργυρώσετε.
rewards-button =
    { $name } · { $cost ->
        [one] { $cost } πόντος
       *[other] { $cost } πόντοι
    }
rewards-confirm =
    Να εξαργυρωθεί «{ $name }» με { $cost ->
        [one] { $cost } πόντο
       *[other] { $cost } πόντους
    };
rewards-confirm-card = Να ανταλλάξετε μία γεμάτη κάρτα σφραγίδων; Παίρνετε: { $reward }.
rewards-yes = ✅ Ναι, εξαργύρωση
rewards-no = Όχι τώρα
rewards-code =
    Δείξτε αυτόν τον κωδικό στο ταμείο: { $code }
    Ισχύει για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    }, έως τις { $time }.
rewards-code-balance = Υπόλοιπο πόντων: { $points }
rewards-step-item =
    { $at ->
        [one] ☕ { $reward }: με { $at } σφραγίδα της κάρτας σας
       *[other] ☕ { $reward }: με { $at } σφραγίδες της κάρτας σας
    }
rewards-confirm-step =
    { $at ->
        [one] Να αφαιρεθεί { $at } σφραγίδα από την κάρτα σας για αυτή την ανταμοιβή; Παίρνετε: { $reward }.
       *[other] Να αφαιρεθούν { $at } σφραγίδες από την κάρτα σας για αυτή την ανταμοιβή; Παίρνετε: { $reward }.
    }
