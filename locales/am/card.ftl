card-title = ☕ የእርስዎ የማህተም ካርድ
card-progress = ማህተሞች፦ { $stamps }/{ $slots }
card-reward = የሞላ ካርድ ሽልማት፦ { $reward }።
card-ready =
    { $count ->
        [one] ለመቀየር ዝግጁ የሆነ አንድ የሞላ ካርድ አለዎት!
       *[other] ለመቀየር ዝግጁ የሆኑ { $count } የሞሉ ካርዶች አለዎት!
    }
card-redeem = 🎁 የሞላ ካርድ ይቀይሩ
card-main-name = የማህተም ካርድ
card-title-named = ☕ ካርድዎ፦ { $card }
card-step = ▫️ { $at } ማህተም ሲሞላ፦ { $reward }
card-step-ready = ✅ አሁን መውሰድ ይችላሉ፤ { $at } ማህተም፦ { $reward }
card-step-take = 🎁 ይውሰዱ፦ { $reward }
card-steps-save = በመንገድ ላይ ሽልማት ይውሰዱ (ማህተሞቹ ከካርዱ ይቀነሳሉ) ወይም ለትልቁ ሽልማት ያቆዩዋቸው።
