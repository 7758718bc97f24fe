# ሞተሩ የማይቀበላቸው ነገሮች፣ ደንበኞችና ሠራተኞች እንደሚያነቧቸው።

error-customer-not-found = በደንበኛ ታማኝነት ፕሮግራሙ ውስጥ መለያዎን ማግኘት አልቻልንም። ለመመዝገብ /start ይላኩ።
error-unknown-member-code = { $member_code } የሚል የአባልነት ኮድ ያለው አባል የለም። እባክዎ ኮዱን አረጋግጠው እንደገና ይሞክሩ።
error-customer-erased = ይህ መለያ በደንበኛው ጥያቄ ተሰርዟል።
error-invalid-amount = «{ $amount }» የገንዘብ መጠን አይደለም። ከ0 በላይ የሆነ ቁጥር ይጻፉ፤ ለምሳሌ 450 ወይም 450.50።
error-purchase-below-minimum = ነጥብ የሚያስገኘው ዝቅተኛ ግዢ፦ { $minimum }። ከዚህ በታች የሆኑ ግዢዎች ነጥብ አያስገኙም።
error-purchase-too-large = በአንድ ግዢ ሊመዘገብ የሚችለው ከፍተኛ መጠን { $maximum } ነው። እባክዎ መጠኑን ያረጋግጡ።
error-award-limit-exceeded = { $points } ነጥብ በአንድ ጊዜ ሊሰጡ ከሚችሉት በላይ ናቸው (ገደብ፦ { $limit })። እባክዎ ባለቤቱን ይጠይቁ።
error-idempotency-conflict = ይህ የደረሰኝ ቁጥር ለሌላ ግዢ አስቀድሞ ጥቅም ላይ ውሏል።
error-insufficient-points = ለዚህ ሽልማት { $needed } ነጥብ ያስፈልግዎታል፤ ያለዎት { $balance } ነጥብ ናቸው።
error-unknown-reward = ይህ ሽልማት ከአሁን በኋላ አይገኝም።
error-no-completed-card = የሚቀየር የሞላ የማህተም ካርድ ገና የለዎትም።
error-stamp-daily-cap =
    { $cap ->
        [one] ለእያንዳንዱ ደንበኛ በቀን አንድ ማህተም ብቻ ይፈቀዳል።
       *[other] ለእያንዳንዱ ደንበኛ በቀን { $cap } ማህተም ብቻ ይፈቀዳሉ።
    }
error-stamp-cooldown = እባክዎ ትንሽ ይጠብቁ፤ ቀጣዩ ማህተም ከ{ $retry_at } ጀምሮ ይቻላል።
error-invalid-stamp-count = በአንድ ጊዜ ከ1 እስከ { $maximum } ማህተም መስጠት ይችላሉ።
error-redemption-not-found = { $code } የሚል የሽልማት መቀበያ ኮድ የለም።
error-redemption-expired = ኮድ { $code } ጊዜው አልፎበታል። ነጥቦቹ ለደንበኛው ተመልሰዋል።
error-redemption-used = ኮድ { $code } አስቀድሞ ጥቅም ላይ ውሏል።
error-redemption-cancelled = ኮድ { $code } ተሰርዟል።
error-not-allowed = ይቅርታ፣ ይህን ለማድረግ ፈቃድ የለዎትም።
error-last-owner = የዚህ ሱቅ ብቸኛ ባለቤት እርስዎ ነዎት፤ ያለ እርስዎ ፕሮግራሙን ማስተዳደር የሚችል ሰው አይኖርም። መጀመሪያ ሌላ ሰው ባለቤት ያድርጉ (/staff owner <የአባልነት ኮድ>)።
error-unexpected = በእኛ በኩል ችግር ተፈጥሯል። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
error-nothing-to-undo = የሚቀለበስ የእርስዎ ድርጊት የለም።
error-undo-not-possible =
    { $minutes ->
        [0] ይህ ከአሁን በኋላ ሊቀለበስ አይችልም፤ ነጥቦቹ ወይም ማህተሞቹ ቀድመው ጥቅም ላይ ውለዋል።
       *[other] ሊቀለበሱ የሚችሉት ባለፉት { $minutes } ደቂቃ የተደረጉ ድርጊቶች ብቻ ናቸው።
    }
error-feedback-not-possible = ይህ ጉብኝት ሊገመገም አይችልም (ቀድሞ ተገምግሟል፣ ወይም በጣም ቆይቷል)።
error-unknown-segment = «{ $segment }» የሚባል ምድብ የለም። ሁሉንም ለማየት /segments ይላኩ።
error-invalid-campaign = ዘመቻ ቢያንስ በአንዱ ቋንቋችን የተጻፈ ጽሑፍ (ከ3,500 ቁምፊዎች ያልበለጠ) ያስፈልገዋል።
error-invalid-schedule = «{ $when }»ን እንደ ወደፊት ሰዓት ማንበብ አልቻልኩም። ምሳሌዎች፦ 2026-12-24 10:00 · 18:30 · በየዓርብ 10:00 · በየቀኑ 9:00
error-unknown-campaign = «{ $campaign }» የሚባል ዘመቻ የለም። /campaigns ሁሉንም ያሳያል።
error-campaign-closed = ዘመቻ #{ $campaign } አስቀድሞ ተጠናቋል ወይም ተሰርዟል።
error-unknown-offer = «{ $offer }» የሚል ኮድ ያለው ቅናሽ የለም።
error-offer-not-open = ቅናሽ { $offer } አሁን በሂደት ላይ አይደለም፣ ወይም በኮዱ ነጥብ አይሰጥም።
error-offer-already-claimed = ይህ ደንበኛ የዚህን ቅናሽ ጉርሻ አስቀድሞ አግኝቷል፦ { $offer }።
error-invalid-offer = ቅናሹን ማስቀመጥ አልተቻለም፦ የማብቂያ ቀኑን፣ ጉርሻውንና ፎቶውን ይፈትሹ።
error-link-code-invalid = ያ የማገናኛ ኮድ አይታወቅም፣ ጥቅም ላይ ውሏል ወይም ጊዜው አልፏል። አዲስ ለማግኘት በሌላኛው መተግበሪያ /link ይላኩ።
error-link-not-possible = ይህ ውይይት የራሱ መለያ ስላለው ከሌላ መለያ ጋር ሊገናኝ አይችልም። ገና ካልተመዘገበ ውይይት ያገናኙ።
error-ambiguous-amount = «{ $amount }» በሁለት መንገድ ሊነበብ ይችላል። መጠኑን እንዲህ ይጻፉ፦ { $example } ወይም { $plain }።
error-points-out-of-range = አንድ ማስተካከያ ቢበዛ { $limit } ነጥብ ብቻ ሊቀይር ይችላል። እባክዎ ይከፋፍሉት ወይም ቁጥሩን ያረጋግጡ።
error-balance-limit = ይህ ቀሪ ሂሳቡን አንድ መለያ ሊይዝ ከሚችለው ከፍተኛ መጠን ከ{ $limit } ነጥብ በላይ ያደርገዋል።
error-too-many-attempts = በጣም ብዙ የተሳሳቱ ኮዶች ገብተዋል። እባክዎ { $minutes } ደቂቃ ቆይተው እንደገና ይሞክሩ።
error-not-recorded = ይህን አሁን መመዝገብ አልቻልንም። ምንም አልተቀየረም፤ እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
error-link-refused = ይህ ሊንክ ጊዜው አልፏል ወይም አስቀድሞ ጥቅም ላይ ውሏል። አዲስ ይጠይቁ።
error-import-refused = { $reason ->
    [too-large] ፋይሉ ከ5 MB ይበልጣል። ወደ ትናንሽ ፋይሎች ይከፋፍሉት።
    [too-many-lines] ፋይሉ ከ20 000 በላይ መስመሮች አሉት። ወደ ትናንሽ ፋይሎች ይከፋፍሉት።
    [empty] ፋይሉ ደንበኞች የሉትም፤ የርዕስ መስመርና ለእያንዳንዱ ደንበኛ አንድ መስመር ያስፈልጋል።
    [not-csv] ይህ የCSV ፋይል አይደለም። በExcel «Save as… CSV UTF-8» ይምረጡ።
   *[other] ይህ ማስገቢያ ከእንግዲህ አይገኝም። እባክዎ እንደገና ይጀምሩ።
}
error-receipt-code-unknown = «{ $receipt_code }» የሚል ኮድ ያለው ደረሰኝ የለም። እባክዎ በደረሰኝዎ ላይ ያረጋግጡ።
error-receipt-code-expired = የዚህ ደረሰኝ ኮድ ጊዜው { $day } አልፏል፤ የደረሰኝ ነጥቦች የሚገኙት በ{ $days } ቀን ውስጥ ብቻ ነው።
error-receipt-code-taken = የዚህ ደረሰኝ ነጥቦች በሌላ ሰው ተወስደዋል።
error-receipt-reused = ደረሰኝ { $receipt } ለሌላ መጠን የተሰጠ ኮድ አለው።
error-invalid-receipt = የደረሰኝ ኮድ የደረሰኙን ቁጥር እና በፕሮግራሙ ውስጥ ያለ ቅርንጫፍ ይፈልጋል።
error-invalid-api-key = { $reason ->
    [scopes] ቁልፉ እንዲያደርገው የሚፈቀድለትን ቢያንስ አንድ ነገር ይምረጡ።
    [branch] ፕሮግራሙ እንዲህ ያለ ቅርንጫፍ የለውም።
   *[other] ቁልፍ ከ1 እስከ 60 ፊደላት ያለው ስም ያስፈልገዋል፤ ለምሳሌ «ካውንተር 1»።
}
error-receipt-not-found = ደረሰኝ { $receipt } በዚህ ቅርንጫፍ ነጥብ አላስገኘም፤ ስለዚህ የሚመለስ ነገር የለም።
error-receipt-points-spent = ደንበኛው እነዚህን { $points } ነጥቦች አስቀድሞ ተጠቅሟል (ሂሳብ፦ { $balance })፤ ስለዚህ መመለስ አይቻልም። ምንም አልተቀየረም።
error-phone-shared = { $count } አባላት ይህንን ስልክ ቁጥር ይጋራሉ። እባክዎ የአባልነት ኮዱን ይጠቀሙ።
error-invalid-purchase-line = የግዢው መስመር ቁጥር { $line } ሊመዘገብ አይችልም፦ የምርት ዓይነት (የላቲን ፊደላት፣ ቁጥሮች እና ሰረዞች፣ እስከ 32) እና ከ0 እስከ ትልቁ የተፈቀደ ግዢ ያለ መጠን ያስፈልገዋል።
error-invalid-webhook = { $reason ->
    [events] ቦቱ የሚልካቸው ክስተቶች እነዚህ ናቸው፦ member.joined፣ member.erased፣ points.earned፣ reward.redeemed፣ tier.reached።
   *[other] ዌብሁክ «https://» ብሎ የሚጀምር የድር አድራሻ ያስፈልገዋል።
}
error-draw-not-found = ቁጥር { $draw } የሆነ ዕጣ የለም።
error-draw-closed = ዕጣ { $draw } ተዘግቷል፤ ተጨማሪ ትኬት የለም።
error-draw-ticket-cap =
    { $cap ->
        [one] ትኬትዎን አስቀድመው ይዘዋል፤ በዚህ ዕጣ ለአንድ ሰው አንድ ብቻ ነው።
       *[other] አስቀድመው { $cap } ትኬት ይዘዋል፤ በዚህ ዕጣ አንድ ሰው ሊይዝ የሚችለው ይህን ያህል ብቻ ነው።
    }
error-draw-not-due = ዕጣ { $draw } የሚዘጋው { $closes } ነው፤ አሸናፊዎቹ በራሳቸው የሚወጡት ያኔ ነው እንጂ ከዚያ በፊት አይደለም።
error-draw-already-drawn = ዕጣ { $draw } አስቀድሞ ወጥቷል፤ ዕጣ አንድ ጊዜ ብቻ ይወጣል፣ ያለቀም ዕጣ ሊሰረዝ አይችልም።
error-invalid-draw =
    ይህ ዕጣ ሊከፈት አይችልም፦ { $field ->
        [prize] ሽልማቱ ስም ያስፈልገዋል።
        [closes] የመዝጊያ ሰዓቱ በአንድ ዓመት ውስጥ ያለ የወደፊት ሰዓት መሆን አለበት።
        [threshold] ለትኬት የሚያስፈልገው መጠን ወይም ነጥብ ከዜሮ በላይ መሆን አለበት።
        [cap] ለአንድ ሰው የሚፈቀደው ትኬት ከ1 እስከ 100 መሆን አለበት።
       *[winners] አሸናፊዎች ከ1 እስከ 20 መሆን አለባቸው።
    }
error-survey-not-found = ያ የዳሰሳ ጥያቄ ተዘግቷል፣ ወይም ለእርስዎ አልተላከም።
error-invalid-survey =
    ያ የዳሰሳ ጥያቄ ሊላክ አይችልም፦ { $field ->
        [question] ጥያቄው ቃላት ያስፈልገዋል፤ ከ300 ፊደላት ያልበለጠ።
       *[choices] እያንዳንዳቸው ከ20 ፊደላት ያልበለጡ ከ2 እስከ 5 የተለያዩ ምርጫዎች ያስፈልጉታል።
    }
error-unknown-bundle = «{ $bundle }» የሚባል የሚሸጥ ጥቅል የለም። ከነቁጥራቸው ለማየት /bundle ይላኩ።
error-no-bundle-held = ይህ ደንበኛ አገልግሎት የቀረው ጥቅል የለውም (አልገዛም፣ ሁሉንም ተጠቅሟል፣ ወይም ጊዜው አልፏል)።
error-which-bundle = ይህ ደንበኛ ከአንድ በላይ ጥቅል አለው፦ የትኛው እንደሆነ ይግለጹ፣ ለምሳሌ /bundle use <የአባልነት ኮድ> <ቁጥር>።
error-unknown-membership = «{ $membership }» የሚባል የሚሸጥ አባልነት የለም። ከነቁጥራቸው ለማየት /member ይላኩ።
error-unknown-card = «{ $card }» የሚባል የማህተም ካርድ የለም።
error-not-enough-stamps = ይህ ሽልማት { $needed } ማህተም ያስፈልገዋል፤ ካርድዎ ላይ ያሉት { $stamps } ናቸው።
error-branch-not-started = የታማኝነት ፕሮግራሙ በዚህ ቅርንጫፍ ገና አልጀመረም፦ { $branch }፤ ስለዚህ እዚህ ምንም አይገኝም፣ ምንም አይወጣም። ደንበኞች ያገኙትን ሁሉ ይይዛሉ፤ ፕሮግራሙ በሚሠራባቸው ቅርንጫፎች ሊጠቀሙበት ይችላሉ።
