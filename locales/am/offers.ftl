offers-none = በአሁኑ ጊዜ ምንም ቅናሽ የለም። ቅናሽ ሲኖር መልዕክት እንልክልዎታለን።
offers-off = ቅናሾችን አጥፍተዋል። ስለ ቅናሾች ለመስማት በ/settings ያብሯቸው።
offers-until = ⏳ እስከ { $date }
offers-show-code = ይህን ኮድ በካውንተሩ ያሳዩ፦ { $code }
offers-footer = እነዚህ አሁን በሂደት ላይ ያሉ ቅናሾች ናቸው።
happy-hours-title = ⏰ የቅናሽ ሰዓቶች
happy-hour-line = { $name }፦ { $days }፣ { $start }–{ $end }
happy-hour-months = በእነዚህ ወራት ብቻ፦ { $months }
happy-hour-points =
    { $times ->
        [2] በእያንዳንዱ ግዢ እጥፍ ነጥብ
       *[other] በእያንዳንዱ ግዢ { $times } እጥፍ ነጥብ
    }
happy-hour-stamps = ማህተም በተቀበሉ ቁጥር { $bonus } ተጨማሪ ማህተም በስጦታ
happy-hour-limit-day =
    { $limit ->
        [one] ለእያንዳንዱ ደንበኛ በቀን አንድ ጊዜ
       *[other] ለእያንዳንዱ ደንበኛ በቀን { $limit } ጊዜ
    }
happy-hour-limit-week =
    { $limit ->
        [one] ለእያንዳንዱ ደንበኛ በሳምንት አንድ ጊዜ
       *[other] ለእያንዳንዱ ደንበኛ በሳምንት { $limit } ጊዜ
    }
happy-hour-limit-month =
    { $limit ->
        [one] ለእያንዳንዱ ደንበኛ በወር አንድ ጊዜ
       *[other] ለእያንዳንዱ ደንበኛ በወር { $limit } ጊዜ
    }
happy-hour-now = 🔥 አሁን በሂደት ላይ ነው፤ እስከ { $end } ድረስ!
