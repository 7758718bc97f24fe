delete-confirm =
    This erases your name, phone number and chat from our loyalty programme. Your { $points ->
        [one] { $points } point
       *[other] { $points } points
    } will be lost, and this cannot be undone. Delete everything?
delete-yes = 🗑️ Yes, delete everything
delete-no = No, keep my account
delete-done = Your data has been erased. Thank you for being with us! Send /start if you ever want to join again.
delete-kept = Good: your account stays as it is.
