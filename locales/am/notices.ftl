# በደንበኛው መለያ ላይ አንድ ነገር ሲፈጠር ደንበኛው የሚደርሰው መልዕክት።
notice-points = 🎉 ከ{ $shop } +{ $points } ነጥቦች። አሁን { $balance } ነጥቦች አለዎት።
notice-stamps = ☕ +{ $count } ማህተም፦ ከ{ $slots } { $stamps }።
notice-card-full = 🎁 የማህተም ካርድዎ ሞልቷል! በ/rewards በ{ $reward } ይቀይሩት።
notice-redeemed = 🎁 በ{ $reward } ይደሰቱ! { $shop }ን ስለጎበኙ እናመሰግናለን።
notice-tier = 🏆 እንኳን ደስ አለዎት፦ { $tier } ደረጃ ላይ ደርሰዋል! { $perks }
notice-referral = 🤝 ጓደኛዎ የመጀመሪያ ግዢውን ፈጽሟል፦ ለእርስዎ +{ $points } ነጥቦች!
notice-adjusted = ከሱቁ { $change } ነጥቦች፦ { $reason }። አሁን { $balance } ነጥቦች አለዎት።
notice-undone-points = ↩️ የተሳሳተ ምዝገባ ተስተካክሏል፦ −{ $points } ነጥቦች። አሁን { $balance } ነጥቦች አለዎት።
notice-undone-stamps = ↩️ የተሳሳተ ምዝገባ ተስተካክሏል፦ −{ $count } ማህተም።
notice-expiry =
    { $days ->
        [0] ⏳ ከነጥቦችዎ { $points } ዛሬ ጊዜያቸው ያልፋል። በ/rewards ይጠቀሙባቸው!
        [1] ⏳ ከነጥቦችዎ { $points } ነገ ({ $date }) ጊዜያቸው ያልፋል። በ/rewards ይጠቀሙባቸው!
       *[other] ⏳ ከነጥቦችዎ { $points } በ{ $days } ቀናት ውስጥ፣ { $date } ላይ ጊዜያቸው ያልፋል። ከዚያ በፊት በ/rewards ይጠቀሙባቸው!
    }
notice-winback = 👋 { $shop } ናፍቀንዎታል! ከ{ $days } ቀናት በላይ አልፏል። ነጥቦችዎ እየጠበቁዎት ነው፦ /balance
notice-birthday = 🎂 መልካም ልደት ከ{ $shop }! ለእርስዎ { $points } የጉርሻ ነጥቦች እነሆ።
notice-birthday-plain = 🎂 መልካም ልደት ከ{ $shop }!
notice-card-near = ☕ አንድ ማህተም ብቻ ቀርቷል፤ ከዚያ ካርድዎ { $reward } ይሰጥዎታል!
notice-card-ready = 🎁 የሞላው የማህተም ካርድዎ እየጠበቀዎት ነው፦ { $reward } የእርስዎ ነው። በ/rewards ይውሰዱት።
notice-offer-claimed = 🎁 +{ $points } የቅናሽ ነጥቦች። አሁን { $balance } ነጥቦች አለዎት።
