rewards-title = 🎁 ሽልማቶች። { $points } ነጥቦች አለዎት።
rewards-item-affordable = ✅ { $name }፦ { $cost } ነጥቦች
rewards-item-locked = ▫️ { $name }፦ { $cost } ነጥቦች ({ $missing } ይቀራሉ)
rewards-card-item = ☕ { $reward }፦ በአንድ የሞላ የማህተም ካርድ
rewards-none = በዝርዝሩ ውስጥ ገና ሽልማቶች የሉም።
rewards-pick = ሽልማቱን ለመውሰድ ይጫኑት።
rewards-button = { $name } · { $cost } ነጥቦች
rewards-confirm = { $name }ን በ{ $cost } ነጥቦች ይውሰዱ?
rewards-confirm-card = አንድ የሞላ የማህተም ካርድ በ{ $reward } ይቀይሩ?
rewards-yes = ✅ አዎ፣ ውሰድ
rewards-no = አሁን አይደለም
rewards-code = ይህን ኮድ ሲከፍሉ ያሳዩ፦ { $code }
    ለ{ $minutes } ደቂቃዎች፣ እስከ { $time } ድረስ ያገለግላል።
rewards-code-balance = የቀሩ ነጥቦች፦ { $points }
