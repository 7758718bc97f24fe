card-title = ☕ የእርስዎ የማህተም ካርድ
card-progress = ከ{ $slots } ማህተሞች { $stamps }
card-reward = የሞላ ካርድ { $reward } ያስገኝልዎታል።
card-ready =
    { $count ->
        [one] ለመቀየር ዝግጁ የሆነ አንድ የሞላ ካርድ አለዎት!
       *[other] ለመቀየር ዝግጁ የሆኑ { $count } የሞሉ ካርዶች አለዎት!
    }
card-redeem = 🎁 የሞላ ካርድ ይቀይሩ
