card-title = ☕ የእርስዎ የማህተም ካርድ
card-progress = ማህተሞች፦ { $stamps }/{ $slots }
card-reward = የሞላ ካርድ ሽልማት፦ { $reward }።
card-ready =
    { $count ->
        [one] ለመቀየር ዝግጁ የሆነ አንድ የሞላ ካርድ አለዎት!
       *[other] ለመቀየር ዝግጁ የሆኑ { $count } የሞሉ ካርዶች አለዎት!
    }
card-redeem = 🎁 የሞላ ካርድ ይቀይሩ
