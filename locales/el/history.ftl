history-title = 📜 Η πρόσφατη δραστηριότητά σας
history-empty = Δεν υπάρχει τίποτα ακόμη. Οι αγορές και οι ανταμοιβές σας θα εμφανίζονται εδώ.
history-line = { $date }: { $change } { $kind ->
        [earn] (αγορά)
        [redeem] (ανταμοιβή)
        [expire] (λήξη)
        [adjust] (διόρθωση)
        [referral] (μπόνους πρόσκλησης)
       *[bonus] (μπόνους)
    }
