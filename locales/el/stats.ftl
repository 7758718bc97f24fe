stats-usage = Χρήση: /stats [αριθμός ημερών, 1 έως { $max }]
stats-title = 📊 Οι τελευταίες { $days } ημέρες ({ $start } – { $end })
stats-members = Μέλη: { $members } · νέα: { $new } · ενεργά: { $active }
stats-retention = Διατήρηση (ενεργά πριν και ξανά τώρα): { $rate }
stats-repeat = Επαναλαμβανόμενες αγορές (δύο ή περισσότερες): { $rate }
stats-redemption = Ποσοστό εξαργύρωσης: { $rate } ({ $redeemed } από { $issued } πόντους)
stats-outstanding = Ανεξαργύρωτοι πόντοι: { $points }
stats-popular = Οι πιο δημοφιλείς ανταμοιβές: { $rewards }
stats-tiers = Επίπεδα: { $tiers }
stats-branch = Κατάστημα { $branch }: { $purchases } αγορές, { $points } πόντοι
stats-chart = Γράφημα: πορτοκαλί στήλες = μέλη που αγόρασαν εκείνη την ημέρα· πράσινη γραμμή = μέλη μέχρι τότε.
stats-no-rate = χωρίς δεδομένα ακόμη
stats-feedback = Βαθμολογίες επισκέψεων: κατά μέσο όρο { $average } ⭐ ({ $count } βαθμολογίες)
stats-feedback-comment = { $stars } Σχόλιο: «{ $comment }»
