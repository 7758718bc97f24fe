# ባለቤቱ ቅናሾችንና ዘመቻዎችን ይጽፋል፤ ቦቱ የመላኩን ሂደት ያሳውቃል።
compose-ask-text = ✍️ ጽሑፉን በ{ $language } ይጻፉ (ከ{ $limit } ቁምፊዎች ያልበለጠ)። ሌላ ቋንቋ የሚያነቡ ደንበኞች፣ የእነሱን ቋንቋ ቀጥሎ ካልጨመሩ በስተቀር፣ ይህንኑ ጽሑፍ ከማስታወሻ ጋር ያዩታል።
compose-ask-text-more = ✍️ ጽሑፉን በ{ $language } ይጻፉ (ከ{ $limit } ቁምፊዎች ያልበለጠ)፤ { $language } የሚያነቡ ደንበኞች ይህንን ያያሉ።
compose-text-length = ጽሑፉ ከ1 እስከ { $limit } ቁምፊዎች ሊኖሩት ይገባል። እባክዎ እንደገና ይጻፉት።
compose-more = ጽሑፉን በሌላ ቋንቋ ይጨምሩ፣ ወይም ይቀጥሉ።
compose-add-language = ➕ { $language } ጨምር
compose-next = ቀጥል ➡️
compose-ask-image = 🖼 ለቅናሹ ፎቶ ይላኩ፣ ወይም «ዝለል»ን ይጫኑ።
compose-image-too-large = ፎቶው በጣም ትልቅ ነው (ከ5 MB መብለጥ የለበትም)። ያነሰ ይላኩ፣ ወይም «ዝለል»ን ይጫኑ።
compose-ask-until = 📅 ቅናሹ እስከ መቼ ይቆያል? ቀን (2026-12-31) ወይም የቀናት ብዛት (7) ይላኩ፣ ወይም ማብቂያ እንዳይኖረው «ዝለል»ን ይጫኑ።
compose-until-invalid = አልገባኝም። ወደፊት ያለ ቀን (2026-12-31) ወይም ከ1 እስከ { $days } ያለ የቀናት ብዛት ይላኩ።
compose-ask-bonus = 🎁 ቅናሹ ጉርሻ ይሰጣል?
compose-bonus-none = ጉርሻ የለም
compose-bonus-double = በግዢ እጥፍ ነጥቦች
compose-bonus-triple = በግዢ ሦስት እጥፍ ነጥቦች
compose-bonus-points = በቅናሹ ኮድ የጉርሻ ነጥቦች
compose-ask-points = የቅናሹን ኮድ የሚያሳይ ደንበኛ ስንት የጉርሻ ነጥቦች ያገኛል? (ከ1 እስከ { $maximum })
compose-points-invalid = ከ1 እስከ { $maximum } ያለ ሙሉ ቁጥር ይላኩ።
compose-skip = ዝለል
compose-cancel = ✖️ ሰርዝ
compose-cancelled = ተሰርዟል። ምንም አልተቀመጠም፣ ምንም አልተላከም።
compose-expired = ይህ ረቂቅ ከእንግዲህ ክፍት አይደለም። በ/offer new፣ /broadcast ወይም /schedule እንደገና ይጀምሩ።
compose-use-buttons = እባክዎ በአዝራሮቹ ይመልሱ፣ ወይም ይሰርዙ።
compose-write = ✍️ መልዕክት ይጻፉ
compose-pick = 📣 ዘመቻ ለ«{ $segment }»፦ በሂደት ላይ ካሉት ቅናሾች አንዱን ይላኩ፣ ወይም መልዕክት ይጻፉ።
compose-preview-heading = 👁 ቅድመ እይታ በ{ $language }፦
compose-confirm = ከላይ ያሉትን ቅድመ እይታዎች ይፈትሹ፣ ከዚያ ያረጋግጡ።
offer-preview = 🎁 አዲስ ቅናሽ። የሚቆየው እስከ፦ { $until }። ጉርሻ፦ { $bonus }።
offer-save = ✅ ቅናሹን አስቀምጥ
offer-saved = ✅ ቅናሽ #{ $offer } ተቀምጧል፤ ኮዱ { $code } ነው። ደንበኞች በ/offers ያዩታል። በ/broadcast <ምድብ> ይላኩት።
offer-withdrawn = ቅናሽ #{ $offer } ተነስቷል፦ ከእንግዲህ በ/offers አይታይም፣ ጉርሻም አይሰጥም።
offer-usage = /offer new፦ አዲስ ቅናሽ ይጻፉ · /offer end <ቁጥር>፦ ቅናሽ ያንሱ
offer-list-title = 🎁 አሁን በሂደት ላይ ያሉ ቅናሾች፦
offer-list-empty = አሁን በሂደት ላይ ያለ ቅናሽ የለም።
offer-list-line = #{ $offer } { $title } · ኮድ { $code } · { $bonus }
offer-bonus-none = ጉርሻ የለም
offer-bonus-multiplier = በእያንዳንዱ ግዢ { $times } እጥፍ ነጥቦች
offer-bonus-points = ኮዱን በካውንተሩ ሲያሳዩ +{ $points } ነጥብ
offer-written-in = ℹ️ ይህ መልዕክት የተጻፈው በ{ $language } ነው።
broadcast-usage = አጠቃቀም፦ /broadcast <ምድብ>፣ ለምሳሌ /broadcast all ወይም /broadcast tier:gold። ሁሉንም ለማየት /segments ይላኩ።
broadcast-nobody = በ«{ $segment }» ውስጥ አሁን ቅናሽ መቀበል የሚችል ማንም የለም፤ ስለዚህ የሚላክ ነገር የለም።
broadcast-preview =
    📣 ዘመቻ ለ«{ $segment }»፦ { $count } ተቀባይ ({ $languages })።
    መቼ፦ { $when }።
broadcast-send = 📤 ለ{ $count } ደንበኛ ላክ
broadcast-started = 📤 ዘመቻ #{ $campaign } ለ{ $count } ደንበኛ እየተላከ ነው። ሂደቱን አሳውቅዎታለሁ፤ /campaigns ም ያሳያል።
broadcast-quiet = 🌙 አሁን የጸጥታ ሰዓት ነው፦ መላክ የሚጀምረው { $time } ላይ ነው።
schedule-usage = አጠቃቀም፦ /schedule <ምድብ> <መቼ>። ምሳሌዎች፦ /schedule all 2026-12-24 10:00 · /schedule tier:gold በየዓርብ 10:00 · /schedule all በየቀኑ 9:00
schedule-save = 🗓 መርሐ ግብር ያዝ
schedule-saved = 🗓 ዘመቻ #{ $campaign } መርሐ ግብር ተይዞለታል፦ { $when }። /campaigns ያሳየዋል፤ /cancel { $campaign } ያቆመዋል።
when-now = አሁን
when-daily = በየቀኑ { $time } ላይ
when-weekly = በየ{ $day } { $time } ላይ
when-repeat = { $rule } (መጀመሪያ { $first })
campaigns-title = 📣 የቅርብ ጊዜ ዘመቻዎች፦
campaigns-none = እስካሁን ምንም ዘመቻ የለም። በ/broadcast ወይም በ/schedule አንዱን ይጀምሩ።
campaigns-footer = /campaigns <ቁጥር> አንድ ዘመቻ ምን እንደለወጠ ያሳያል፤ /cancel <ቁጥር> ዘመቻን፣ እየተላከ ቢሆንም እንኳ፣ ያቆማል።
campaigns-line-repeating = #{ $campaign } «{ $title }» → { $segment }፦ { $rule }፤ ቀጣዩ { $next }
campaigns-line-scheduled = #{ $campaign } «{ $title }» → { $segment }፦ ለ{ $when } ተይዟል
campaigns-line-sending = #{ $campaign } «{ $title }» → { $segment }፦ እየተላከ፣ { $done } / { $total }
campaigns-line-finished = #{ $campaign } «{ $title }» → { $segment }፦ { $status }፤ የተላኩ { $sent }፣ ያገዱ { $blocked }፣ ያልተሳኩ { $failed }፣ የተዘለሉ { $skipped }
campaigns-receipts = { "   " }📱 ዋትስአፕ፦ ከ{ $sent } { $delivered } ደርሰዋል ({ $delivered_share } %)፣ { $read } ተነብበዋል ({ $read_share } %) · ቴሌግራም፦ { $others } ተልከዋል (ቴሌግራም ለቦቶች የመድረስ ማረጋገጫ አይሰጥም)
campaigns-status-draft = አልተላከም
campaigns-status-scheduled = መርሐ ግብር ተይዟል
campaigns-status-repeating = የሚደጋገም
campaigns-status-sending = እየተላከ
campaigns-status-done = ተጠናቋል
campaigns-status-cancelled = ተሰርዟል
campaigns-status-missed = ቦቱ ጠፍቶ ሳለ ጊዜው አልፏል
campaigns-cancel-usage = አጠቃቀም፦ /cancel <የዘመቻ ቁጥር>። /campaigns ቁጥሮቹን ያሳያል።
campaigns-cancelled = 🛑 ዘመቻ #{ $campaign } ተሰርዟል። አስቀድመው የተላኩ፦ { $sent }። የማይላኩ፦ { $stopped }።
campaign-progress = 📤 ዘመቻ #{ $campaign }፦ { $done } / { $total } ተልከዋል።
campaign-report =
    ✅ ዘመቻ #{ $campaign } ተጠናቋል፦ { $sent } ተልከዋል፣ { $blocked } ቦቱን አግደዋል፣ { $failed } አልተሳኩም፣ { $skipped } ተዘልለዋል (ቅናሽ አንቀበልም ያሉ ወይም የተሰረዘ)። { $templates ->
       *[0] { "" }
        [one] የሜታ ክፍያ፦ ለ1 የዋትስአፕ ቴምፕሌት መልእክት በግምት { $cost } (መላክ ሲጀመር የተገመተ)።
        [other] የሜታ ክፍያ፦ ለ{ $templates } የዋትስአፕ ቴምፕሌት መልእክቶች በግምት { $cost } (መላክ ሲጀመር የተገመተ)።
    }
campaign-missed = ⚠️ ዘመቻ #{ $campaign } አልተላከም፦ ቦቱ ጠፍቶ ሳለ ሰዓቱ ከተፈቀደው የእፎይታ ጊዜ በላይ አልፏል። አሁንም ጠቃሚ ከሆነ እንደገና መርሐ ግብር ያስይዙለት።
broadcast-whatsapp-pacing = 📱 ዋትስአፕ ይህ ቁጥር በቀን ቢበዛ { $limit } ሰዎች ጋር ውይይት እንዲጀምር ይፈቅዳል። { $now } መልእክቶች አሁን ይላካሉ፤ የቀሩት { $later } በሚቀጥሉት { $days } ቀናት ውስጥ ይላካሉ። አንዱም አይጠፋም።
campaign-waiting = 📱 ዘመቻ #{ $campaign }፦ { $count } የዋትስአፕ መልእክቶች የቁጥሩን ገደብ (በቀን { $limit } ሰዎች) እየጠበቁ ነው። ቦታ ሲገኝ ይላካሉ፤ አንዱም አይጠፋም።
broadcast-cost =
    💰 { $templates ->
        [0] ይህ ምንም አያስከፍልም፦ የቴሌግራም መልእክቶች፣ እንዲሁም ደንበኛው መጨረሻ ከጻፈ በ24 ሰዓት ውስጥ የሚላኩ የዋትስአፕ መልእክቶች ነፃ ናቸው።
       *[other] ለ{ $templates } የዋትስአፕ ቴምፕሌት መልእክቶች በግምት { $cost } (የሜታ ዋጋ በየአገሩ)። ደንበኛው መጨረሻ ከጻፈ በ24 ሰዓት ውስጥ ያሉት { $free } ነፃ ናቸው፤ በቴሌግራም ያሉት { $others } ምንም አያስከፍሉም።
    }
broadcast-holdout = 🧪 ከእነሱ { $count } ({ $percent } %) ወደ ጎን ይቆያሉ፤ ምንም አይደርሳቸውም፤ ይህም ከ7 እና ከ30 ቀናት በኋላ ዘመቻው ምን እንደለወጠ እንዲያዩ ነው፦ /campaigns <ቁጥር>።
campaign-uplift =
    📊 #{ $campaign }፣ { $days } ቀናት { $complete ->
        [yes] በኋላ
       *[no] በኋላ፣ እስካሁን
    }፦ ከደረሳቸው { $reached } % ገዝተዋል፤ ወደ ጎን ከቆዩት { $people } ሰዎች ደግሞ { $held } %። { $verdict ->
        [more] ይህ የ{ $difference } ነጥብ ብልጫ ነው፤ እውነተኛው ልዩነት በ{ $low } እና በ{ $high } መካከል እንደሆነ በቂ እርግጠኞች ነን።
        [fewer] ይህ የ{ $difference } ነጥብ ቅናሽ ነው፤ እውነተኛው ቅናሽ በ{ $low } እና በ{ $high } መካከል እንደሆነ በቂ እርግጠኞች ነን።
       *[unclear] ይህንን ምንም ውጤት ከሌለው መለየት አንችልም፦ እውነተኛው ልዩነት በ{ $low } እና በ{ $high } ነጥብ መካከል የሆነ ቦታ ነው።
    }
campaign-uplift-figures = { "   " }በአንድ ሰው፣ ወደ ጎን ከቆዩት ጋር ሲነጻጸር፦ ጉብኝቶች { $visits_reached } / { $visits_held }፤ ወጪ { $spend_reached } / { $spend_held }፤ ለሽልማት የዋሉ ነጥቦች { $redeemed_reached } / { $redeemed_held }።
campaign-uplift-none = 📊 #{ $campaign }፦ ማንም ወደ ጎን አልቆየም (ከ100 ያነሱ ሰዎች፣ ወይም 0 %)፤ ስለዚህ ውጤቱ ሊለካ አይችልም።
