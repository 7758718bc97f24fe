invite-title = 🤝 Invite your friends
invite-how =
    When a friend joins with your link and makes a first purchase, you get { $referrer ->
        [one] { $referrer } point
       *[other] { $referrer } points
    } and your friend gets { $referee }.
invite-code = Your friend joins by sending: /start ref_{ $code }
invite-stats = Friends who joined: { $joined }. Rewarded so far: { $rewarded }.
