history-title = 📜 የቅርብ ጊዜ እንቅስቃሴዎ
history-title-earlier = 📜 የቀደመ እንቅስቃሴዎ
history-earlier = ⏪ የቀደሙት
history-later = የኋለኞቹ ⏩
history-empty = እዚህ ገና ምንም የለም። ግዢዎችዎና ሽልማቶችዎ እዚህ ይታያሉ።
history-line = { $date }፦ { $change } { $kind ->
        [earn] (ግዢ)
        [redeem] (ሽልማት)
        [expire] (ጊዜው ያለፈ)
        [adjust] (ማስተካከያ)
        [referral] (የግብዣ ጉርሻ)
       *[bonus] (ጉርሻ)
    }
