history-title = 📜 Your latest activity
history-title-earlier = 📜 Your earlier activity
history-earlier = ⏪ Earlier
history-later = Later ⏩
history-empty = Nothing here yet. Your purchases and rewards will show up here.
history-line = { $date }: { $change } { $kind ->
        [earn] (purchase)
        [redeem] (reward)
        [expire] (expired)
        [adjust] (correction)
        [referral] (invitation bonus)
       *[bonus] (bonus)
    }
