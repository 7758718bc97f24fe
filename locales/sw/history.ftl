history-title = 📜 Shughuli zako za karibuni
history-title-earlier = 📜 Shughuli zako za awali
history-earlier = ⏪ Za awali
history-later = Za baadaye ⏩
history-empty = Bado hakuna kitu hapa. Manunuzi na zawadi zako zitaonekana hapa.
history-line = { $date }: { $change } { $kind ->
        [earn] (ununuzi)
        [redeem] (zawadi)
        [expire] (muda umeisha)
        [adjust] (marekebisho)
        [referral] (bonasi ya mwaliko)
       *[bonus] (bonasi)
    }
