# አስቀድሞ የተከፈለባቸው ጥቅሎች፦ በካውንተሩ ይሸጣሉ፣ ይገለገሉባቸዋል፤ ደንበኛው ይይዛቸዋል።
bundle-none-on-sale = የሚሸጥ ጥቅል የለም። ባለቤቱ በዳሽቦርዱ ላይ ይጨምራቸዋል (ፕሮግራም → ጥቅሎች)።
bundle-list-title = 🎟️ የሚሸጡ ጥቅሎች፦
bundle-list-line = { $number }. { $name }፦ { $uses } አገልግሎት፣ ለ{ $days } ቀን የሚያገለግል
bundle-list-price = { "   " }ዋጋ፦ { $price }
bundle-usage = ለመሸጥ፦ /bundle sell <የአባልነት ኮድ> <ቁጥር> · ለመጠቀም፦ /bundle use <የአባልነት ኮድ>
bundle-sold = ✅ { $name } አሁን ይህን ይዘዋል፦ { $bundle } ({ $uses } አገልግሎት፣ እስከ { $date })።
bundle-charge = 💰 ክፍያውን በካውንተሩ ይቀበሉ፦ { $price }።
bundle-used =
    ✅ { $name } · { $bundle }፦ አንድ አገልግሎት ተወስዷል። { $left ->
        [0] ይህ የመጨረሻው ነበር።
       *[other] { $left } ቀርቷል፣ እስከ { $date }።
    }
bundle-used-again = ይህ አገልግሎት አስቀድሞ ተመዝግቧል ({ $bundle }፦ { $left } ቀርቷል)፤ ሌላ ምንም አልተወሰደም።
bundle-which = { $name } ከአንድ በላይ ጥቅል ይዘዋል። ይህ ጉብኝት የትኛው ነው?
bundle-use-button = ✂️ ተጠቀም፦ { $bundle }
bundle-held = 🎟️ { $bundle }፦ ከ{ $total } { $left } ቀርቷል፣ እስከ { $date }
