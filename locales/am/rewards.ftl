rewards-title = 🎁 ሽልማቶች። { $points } ነጥብ አለዎት።
rewards-item-affordable = ✅ { $name }፦ { $cost } ነጥብ
rewards-item-locked = ▫️ { $name }፦ { $cost } ነጥብ ({ $missing } ይቀራሉ)
rewards-card-item = ☕ { $reward }፦ በአንድ የሞላ የማህተም ካርድ
rewards-none = በዝርዝሩ ውስጥ ገና ሽልማቶች የሉም።
rewards-pick = ለመውሰድ የሚፈልጉትን ሽልማት ይጫኑ።
rewards-button = { $name } · { $cost } ነጥብ
rewards-confirm = ሽልማት፦ { $name }፣ በ{ $cost } ነጥብ። ይውሰዱት?
rewards-confirm-card = አንድ የሞላ የማህተም ካርድ ይቀይሩ? የሚያገኙት፦ { $reward }።
rewards-yes = ✅ አዎ፣ ልውሰደው
rewards-no = አሁን አይደለም
rewards-code = ይህን ኮድ በካውንተሩ ያሳዩ፦ { $code }
    ለ{ $minutes } ደቂቃ፣ እስከ { $time } ድረስ ያገለግላል።
rewards-code-balance = የቀሩ ነጥቦች፦ { $points }
rewards-step-item = ☕ { $reward }፦ ከካርድዎ { $at } ማህተም
rewards-confirm-step = ለዚህ ሽልማት { $at } ማህተም ከካርድዎ ይቀነስ? የሚያገኙት፦ { $reward }።
