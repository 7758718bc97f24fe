stats-usage = Χρήση: /stats [αριθμός ημερών, 1 έως { $max }]
stats-title =
    📊 Οι τελευταίες { $days ->
        [one] { $days } ημέρα
       *[other] { $days } ημέρες
    } ({ $start } – { $end })
stats-members = Μέλη: { $members } · νέα: { $new } · ενεργά: { $active }
stats-retention = Διατήρηση (ενεργά πριν και ξανά τώρα): { $rate }
stats-repeat = Επαναλαμβανόμενες αγορές (δύο ή περισσότερες): { $rate }
stats-redemption =
    Ποσοστό εξαργύρωσης: { $rate } ({ $redeemed } από { $issued ->
        [one] { $issued } πόντο
       *[other] { $issued } πόντους
    })
stats-outstanding = Ανεξαργύρωτοι πόντοι: { $points }
stats-popular = Οι πιο δημοφιλείς ανταμοιβές: { $rewards }
stats-tiers = Επίπεδα: { $tiers }
stats-branch =
    Κατάστημα { $branch }: { $purchases ->
        [one] { $purchases } αγορά
       *[other] { $purchases } αγορές
    }, { $points ->
        [one] { $points } πόντος
       *[other] { $points } πόντοι
    }
stats-no-rate = χωρίς δεδομένα ακόμη
stats-feedback = Βαθμολογίες επισκέψεων: κατά μέσο όρο { $average } ⭐ ({ $count ->
        [one] 1 βαθμολογία
       *[other] { $count } βαθμολογίες
    })
stats-feedback-comment = { $stars } Σχόλιο: «{ $comment }»
stats-rollout-title = Σταδιακή εκκίνηση: τα πιλοτικά καταστήματα απέναντι σε όσα δεν έχουν ξεκινήσει ακόμη
stats-rollout-pilot = Πιλοτικά ({ $branches }) · μέλη που ήρθαν: { $members } · επισκέψεις ανά μέλος: { $per } · ήρθαν δύο ή περισσότερες φορές: { $repeat }
stats-rollout-others = Δεν έχουν ξεκινήσει ({ $branches }) · μέλη που ήρθαν: { $members } · επισκέψεις ανά μέλος: { $per } · ήρθαν δύο ή περισσότερες φορές: { $repeat }
stats-rollout-hint = Όταν τα πιλοτικά πάνε καλύτερα, επεκτείνετε το πρόγραμμα: στον πίνακα ελέγχου (Πρόγραμμα → Καταστήματα), σημειώστε «Το πρόγραμμα τρέχει σε αυτό το κατάστημα» για το επόμενο κατάστημα.
