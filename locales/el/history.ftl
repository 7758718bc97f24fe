history-title = 📜 Η πρόσφατη δραστηριότητά σας
history-title-earlier = 📜 Η παλαιότερη δραστηριότητά σας
history-earlier = ⏪ Παλαιότερα
history-later = Νεότερα ⏩
history-empty = Δεν υπάρχει τίποτα ακόμη. Οι αγορές και οι ανταμοιβές σας θα εμφανίζονται εδώ.
history-line = { $date }: { $change } { $kind ->
        [earn] (αγορά)
        [redeem] (ανταμοιβή)
        [expire] (λήξη)
        [adjust] (διόρθωση)
        [referral] (μπόνους πρόσκλησης)
       *[bonus] (μπόνους)
    }
