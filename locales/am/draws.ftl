## የዕጣ ሽልማት፦ ደንበኛው የሚያየው (/draw)

draw-none = አሁን የሚካሄድ የዕጣ ሽልማት የለም። ሲጀመር እዚህ ያገኙታል።
draw-title = 🎟️ ዕጣ { $draw }፦ { $prize }
draw-closes = የሚዘጋው { $date } በ{ $time } ነው።
draw-enter-points =
    በነጥብ ይሳተፉ፦ አንድ ትኬት { $points } ነጥብ ነው፤ { $cap ->
        [one] ለአንድ ሰው አንድ ትኬት ብቻ።
       *[other] ለአንድ ሰው እስከ { $cap } ትኬት።
    }
draw-enter-purchase =
    { $amount } ወይም ከዚያ በላይ የሆነ እያንዳንዱ ግዢ ትኬት ይሰጥዎታል፤ { $cap ->
        [one] ለአንድ ሰው አንድ ትኬት ብቻ።
       *[other] ለአንድ ሰው እስከ { $cap } ትኬት።
    }
draw-so-far = እስካሁን፦ { $tickets } ትኬት ከ{ $people } ሰው።
draw-yours =
    { $count ->
        [one] ትኬትዎ፦ { $tickets }
       *[other] { $count } ትኬቶችዎ፦ { $tickets }
    }
draw-yours-none = ገና ትኬት የለዎትም።
draw-commitment = ከመጀመሪያው ትኬት በፊት የታወጀው የቃል ኪዳን ኮድ፦ { $commitment }… (ሙሉው በተያያዘው መዝገብ ውስጥ አለ)
draw-drawn = ዕጣው ሲዘጋ { $date } ላይ ከ{ $tickets } ትኬት መካከል ወጥቷል።
draw-winning =
    { $count ->
        [0] ማንም ስላልተሳተፈ አሸናፊ የለም።
        [one] ያሸነፈው ትኬት፦ { $tickets }
       *[other] ያሸነፉት ትኬቶች፦ { $tickets }
    }
draw-you-won = 🎉 አሸንፈዋል! ሽልማትዎን ለመውሰድ { $code } የሚለውን ኮድ በካውንተሩ ያሳዩ።
draw-not-this-time =
    { $count ->
        [one] ትኬትዎ { $tickets } በዚህ ጊዜ አላሸነፈም። ስለተሳተፉ እናመሰግናለን!
       *[other] ትኬቶችዎ { $tickets } በዚህ ጊዜ አላሸነፉም። ስለተሳተፉ እናመሰግናለን!
    }
draw-seed = ሚስጥራዊው ቁጥር { $seed } ነበር። የእሱ SHA-256 { $commitment } ነው፤ ዕጣው ሲከፈት የታወጀው የቃል ኪዳን ኮድ ይኸው ነው።
draw-check-how = 🔎 ዕጣን እንዴት ማረጋገጥ እንደሚቻል፦ የተያያዘው መዝገብ እያንዳንዱን ትኬት በቅደም ተከተል ይዘረዝራል። ዕጣው ከወጣ በኋላ ማንም ሰው ከሚስጥራዊው ቁጥርና ከዚያ ዝርዝር አሸናፊዎቹን እንደገና ማስላት ይችላል (የሱቁ መመሪያ እንዴት እንደሆነ ያብራራል)፤ ተመሳሳይ ዝርዝር ሁልጊዜ ተመሳሳይ አሸናፊዎችን ይሰጣል።
draw-buy-button = 🎟️ ትኬት በ{ $points } ነጥብ
draw-buy-confirm = ለዕጣ { $draw } ({ $prize }) ትኬት በ{ $points } ነጥብ ይግዙ?
draw-bought = 🎟️ ትኬትዎ፦ { $ticket }። በዚህ ዕጣ ውስጥ { $count } ትኬት አለዎት። የቀረው ነጥብ፦ { $balance }።

## የዕጣ ሽልማት፦ ባለቤቱ (/draws)

draws-usage = /draws new ዕጣን ደረጃ በደረጃ ይከፍታል · /draws run <ቁጥር> የመዝጊያ ሰዓቱ ያለፈበትን ዕጣ ያወጣል (ቦቱ በራሱ በአንድ ደቂቃ ውስጥ ያደርገዋል) · /draws cancel <ቁጥር> ዕጣውን ይሰርዛል፣ ለትኬት የተከፈሉ ነጥቦችንም ይመልሳል።
draws-list-title = 🎟️ የዕጣ ሽልማቶች፦
draws-list-empty = ገና ምንም ዕጣ የለም።
draws-line =
    #{ $draw } { $prize }፦ { $status ->
        [open] እስከ { $date } ክፍት
        [drawn] { $date } ላይ ወጥቷል
       *[cancelled] ተሰርዟል
    }፤ { $tickets } ትኬት ከ{ $people } ሰው
draws-ask-prize = 🎟️ አዲስ ዕጣ። ሽልማቱ ምንድን ነው? ደንበኞች እንዲያዩት አድርገው ይጻፉት፤ ለምሳሌ «የቡናና የኬክ ቅርጫት» (ከ{ $limit } ፊደላት ያልበለጠ)።
draws-prize-bad = እባክዎ ሽልማቱን በቃላት ይጻፉ፤ ከ{ $limit } ፊደላት ያልበለጠ።
draws-ask-closes = መቼ ይዘጋል? አሸናፊዎቹ የሚወጡት በዚያ ሰዓት ነው። ለምሳሌ፦ 2026-12-24 18:00፣ ወይም ለዛሬ 18:00።
draws-closes-bad = በአንድ ዓመት ውስጥ ያለ አንድ የወደፊት ሰዓት ያስፈልገኛል፤ ለምሳሌ 2026-12-24 18:00።
draws-ask-entry = ደንበኞች ትኬት የሚያገኙት እንዴት ነው?
draws-entry-purchase = 🛒 በግዢ
draws-entry-points = ⭐ በነጥብ
draws-ask-amount = ትኬት የሚያስገኘው ትንሹ ግዢ ስንት ነው? ለምሳሌ፦ 500
draws-ask-points = አንድ ትኬት ስንት ነጥብ ነው? ለምሳሌ፦ 100
draws-points-bad = እባክዎ ነጥቦቹን እንደ ሙሉ ቁጥር ይላኩ፤ ለምሳሌ 100።
draws-ask-cap = አንድ ሰው ቢበዛ ስንት ትኬት ሊይዝ ይችላል? (ከ1 እስከ { $most })
draws-ask-winners = ስንት አሸናፊዎች? እያንዳንዱ ሰው አንድ ጊዜ ብቻ ያሸንፋል። (ከ1 እስከ { $most })
draws-number-bad = እባክዎ ከ1 እስከ { $most } ያለ ሙሉ ቁጥር ይላኩ።
draws-confirm =
    ይህ ዕጣ ይከፈት?
    🎁 { $prize }
    ⏰ የሚዘጋው { $date } በ{ $time }
    🎟️ { $how }
    🏆 አሸናፊዎች፦ { $winners }
    ዕጣ ከማካሄድዎ በፊት የአካባቢዎ ሕግ የሚጠይቀውን ያረጋግጡ።
draws-open-button = ✅ ዕጣውን ክፈት
draws-opened = ✅ ዕጣ { $draw } ተከፍቷል። ማንም በኋላ እንዳይለውጠው አሁን የሚታወጀው የቃል ኪዳን ኮዱ፦ { $commitment }። ለደንበኞችዎ በ/broadcast ያሳውቁ።
draws-abandoned = ዕጣው አልተከፈተም።
draws-run =
    ✅ ዕጣ { $draw } ወጥቷል፦ { $tickets } ትኬት፤ { $count ->
        [0] አሸናፊ የለም።
        [one] አንድ አሸናፊ። ተነግሯቸዋል።
       *[other] { $count } አሸናፊዎች። ተነግሯቸዋል።
    }
draws-cancelled =
    ዕጣ { $draw } ተሰርዟል። { $people ->
        [0] ማንም አልተሳተፈም ነበር።
        [one] የተሳተፈው አንድ ሰው ተነግሮታል፤ የከፈለው ነጥብ ካለም ተመልሶለታል።
       *[other] የተሳተፉት { $people } ሰዎች ተነግሯቸዋል፤ የከፈሉት ነጥብ ካለም ተመልሶላቸዋል።
    }
staff-note-draw-drawn =
    🎟️ ዕጣ { $draw } ({ $prize }) ከ{ $entries } ትኬት መካከል ወጥቷል። { $count ->
        [0] ማንም ስላልተሳተፈ አሸናፊ የለም።
        [one] አሸናፊ፦ { $winners }። ለካውንተሩ ኮድ አላቸው።
       *[other] አሸናፊዎች፦ { $winners }። ለካውንተሩ ኮዶች አሏቸው።
    }
draw-show-button = 🎟️ ዕጣውን ይመልከቱ
