history-title = 📜 Shughuli zako za karibuni
history-empty = Bado hakuna kitu hapa. Manunuzi na zawadi zako zitaonekana hapa.
history-line = { $date }: { $change } { $kind ->
        [earn] (ununuzi)
        [redeem] (zawadi)
        [expire] (muda umeisha)
        [adjust] (marekebisho)
        [referral] (bonasi ya mwaliko)
       *[bonus] (bonasi)
    }
