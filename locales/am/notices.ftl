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
