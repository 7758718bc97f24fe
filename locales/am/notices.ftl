# በደንበኛው መለያ ላይ አንድ ነገር ሲፈጠር ደንበኛው የሚደርሰው መልዕክት።
notice-points = 🎉 +{ $points } ነጥብ — { $shop }። አሁን { $balance } ነጥብ አለዎት።
notice-stamps = ☕ +{ $count } ማህተም፦ { $stamps }/{ $slots }።
notice-card-full = 🎁 የማህተም ካርድዎ ሞልቷል! ሽልማትዎ፦ { $reward }። በ/rewards ይውሰዱት።
notice-redeemed = 🎁 የወሰዱት ሽልማት፦ { $reward }። መልካም ጊዜ! ስለጎበኙን እናመሰግናለን — { $shop }
notice-tier = 🏆 እንኳን ደስ አለዎት፦ { $tier } ደረጃ ላይ ደርሰዋል! { $perks }
notice-referral = 🤝 ጓደኛዎ የመጀመሪያ ግዢውን ፈጽሟል፦ ለእርስዎ +{ $points } ነጥብ!
notice-adjusted = ከሱቁ { $change } ነጥብ፦ { $reason }። አሁን { $balance } ነጥብ አለዎት።
notice-undone-points = ↩️ የተሳሳተ ምዝገባ ተስተካክሏል፦ −{ $points } ነጥብ። አሁን { $balance } ነጥብ አለዎት።
notice-refunded = ↩️ ግዢ ተመላሽ ሆኗል (ደረሰኝ { $receipt })፦ −{ $points } ነጥብ። አሁን { $balance } ነጥብ አለዎት።
notice-undone-stamps = ↩️ የተሳሳተ ምዝገባ ተስተካክሏል፦ −{ $count } ማህተም።
notice-expiry =
    { $days ->
        [0] ⏳ ከነጥቦችዎ { $points } ዛሬ ጊዜያቸው ያልፋል። በ/rewards ይጠቀሙባቸው!
        [1] ⏳ ከነጥቦችዎ { $points } ነገ ({ $date }) ጊዜያቸው ያልፋል። በ/rewards ይጠቀሙባቸው!
       *[other] ⏳ ከነጥቦችዎ { $points } በ{ $days } ቀን ውስጥ፣ { $date } ላይ ጊዜያቸው ያልፋል። ከዚያ በፊት በ/rewards ይጠቀሙባቸው!
    }
notice-winback = 👋 { $shop } ናፍቀንዎታል! ከ{ $days } ቀን በላይ አልፏል። ነጥቦችዎ እየጠበቁዎት ነው፦ /balance
notice-anniversary = 🎉 ዛሬ አባል ከሆኑ { $years } ዓመት ሆነዎት፤ እናመሰግናለን! ለማክበር { $points } የጉርሻ ነጥብ እነሆ። — { $shop }
notice-anniversary-plain = 🎉 ዛሬ አባል ከሆኑ { $years } ዓመት ሆነዎት፤ እናመሰግናለን! — { $shop }
notice-birthday = 🎂 መልካም ልደት! ለእርስዎ { $points } የጉርሻ ነጥብ እነሆ። — { $shop }
notice-birthday-plain = 🎂 መልካም ልደት! — { $shop }
notice-card-near = ☕ አንድ ማህተም ብቻ ቀርቷል፤ የካርድዎ ሽልማት፦ { $reward }!
notice-card-ready = 🎁 የሞላው የማህተም ካርድዎ እየጠበቀዎት ነው። ሽልማትዎ፦ { $reward }። በ/rewards ይውሰዱት።
notice-offer-claimed = 🎁 +{ $points } የቅናሽ ነጥቦች። አሁን { $balance } ነጥብ አለዎት።
notice-draw-ticket = 🎟️ ግዢዎ በዕጣ { $draw } ({ $prize }) ትኬት አስገኝቶልዎታል፦ { $ticket }። መልካም ዕድል!
notice-draw-won = 🎉 ዕጣ { $draw } አሸንፈዋል፦ { $prize }! ሽልማቱን ለመውሰድ { $code } የሚለውን ኮድ በ{ $days } ቀን ውስጥ በካውንተሩ ያሳዩ።
notice-draw-result = 🎟️ ዕጣ { $draw } ({ $prize }) ወጥቷል። ያሸነፉት ትኬቶች፦ { $tickets }። የእርስዎ በዚህ ጊዜ አላሸነፈም፤ ስለተሳተፉ እናመሰግናለን! /draw ውጤቱንና እንዴት እንደሚረጋገጥ ያሳያል።
notice-draw-cancelled = 🎟️ ዕጣ { $draw } ({ $prize }) ተሰርዟል። ለትኬት የከፈሉት ነጥብ ካለ ወደ ሂሳብዎ ተመልሷል።
notice-prize-collected = 🎁 ሽልማቱን ወስደዋል፦ { $prize }። ይደሰቱበት! ስለጎበኙን እናመሰግናለን — { $shop }
notice-points-happy-hour = 🎉 { $happy_hour }፦ +{ $points } ነጥብ — { $shop }። አሁን { $balance } ነጥብ አለዎት።
notice-stamps-happy-hour = 🎉 { $happy_hour }፦ ☕ +{ $count } ማህተም፤ ከነዚህ { $bonus } በስጦታ። ካርድ፦ { $stamps }/{ $slots }።
notice-bundle-sold = 🎟️ እናመሰግናለን! አሁን ይህን ይዘዋል፦ { $bundle } ({ $uses } አገልግሎት፣ እስከ { $date })። የቀረውን /balance ያሳይዎታል።
notice-bundle-used =
    🎟️ { $bundle }፦ አንድ አገልግሎት ተወስዷል። { $left ->
        [0] ይህ የመጨረሻው ነበር፤ እናመሰግናለን!
       *[other] { $left } ቀርቷል፣ እስከ { $date }።
    }
notice-bundle-ending = ⏳ { $bundle }፦ { $left } አገልግሎት ቀርቷል፣ ጊዜው የሚያበቃው { $date } ነው። መጥተው ይጠቀሙበት!
notice-membership-sold = ⭐ እንኳን ደህና መጡ! { $membership }፦ እስከ { $date } ድረስ ያገለግላል። /balance ያሳይዎታል።
notice-membership-ending = ⭐ { $membership }፦ ጊዜው የሚያበቃው { $date } ነው። እንዲቀጥል በካውንተሩ ያድሱት።
notice-membership-ended = ⭐ { $membership }፦ ጊዜው አብቅቷል። አባል ስለሆኑ እናመሰግናለን! ነጥቦችዎ የእርስዎ ሆነው ይቆያሉ፤ በፈለጉ ጊዜ በካውንተሩ ያድሱ።
notice-which-card = ካርድ፦ { $card }
notice-undone-bundle = ↩️ የተሳሳተ ምዝገባ ተስተካክሏል፦ የ«{ $bundle }» አገልግሎት ተመልሷል። የቀሩ አገልግሎቶች፦ { $left }።
notice-team-left = ከአሁን በኋላ የሱቁ ቡድን አባል አይደሉም፤ የካውንተሩ ትዕዛዞችና ዳሽቦርዱ ለእርስዎ ተዘግተዋል። የራስዎ ነጥቦችና የማህተም ካርዶች የእርስዎ ሆነው ይቆያሉ።
