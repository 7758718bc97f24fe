# One account on Telegram and WhatsApp.
link-code =
    🔗 Your link code is { $code } (valid { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }). In the other app (Telegram or WhatsApp), open our chat and send: link { $code }
link-how =
    🔗 Already a member in our other app? Send /link there to get a code, then send “link” and the code here within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
link-done = 🔗 Linked! Welcome back, { $name }: your points, stamps and history are the same in both apps.
