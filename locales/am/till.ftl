# ሠራተኞችና ባለቤቶች በክፍያ ቦታውና በቢሮ የሚያነቡት።
staff-usage-award = አጠቃቀም፦ /award <የአባልነት ኮድ> <መጠን> [የደረሰኝ ቁጥር]
staff-usage-stamp = አጠቃቀም፦ /stamp <የአባልነት ኮድ> [የማህተሞች ብዛት] [ካርድ]
staff-usage-redeem = አጠቃቀም፦ /redeem <ደንበኛው የሚያሳየው ኮድ>
staff-usage-lookup = አጠቃቀም፦ /lookup <የአባልነት ኮድ፣ ስልክ ቁጥር ወይም ስም>
staff-usage-adjust = አጠቃቀም፦ /adjust <የአባልነት ኮድ> <+ነጥቦች ወይም -ነጥቦች> <ምክንያት>
staff-usage-staff = አጠቃቀም፦ /staff add <የአባልነት ኮድ> [ቅርንጫፍ] · /staff owner <የአባልነት ኮድ> · /staff remove <የአባልነት ኮድ> · /staff list
staff-awarded = ✅ { $name }፦ ለ{ $amount } +{ $points } ነጥብ። ቀሪ፦ { $balance }።
staff-awarded-again = ይህ ደረሰኝ አስቀድሞ ተመዝግቧል (+{ $points } ነጥብ)፤ ምንም አልተጨመረም።
staff-stamped = ✅ { $name }፦ +{ $count } ማህተም። ካርድ፦ { $stamps }/{ $slots }።
staff-redeemed = ✅ ለደንበኛው ይስጡ፦ { $reward } ({ $name })።
staff-undone-purchase = ↩️ ተቀልብሷል፦ { $points } ነጥብ ተመልሷል (ደንበኛ፦ { $name })።
staff-undone-stamp = ↩️ ተቀልብሷል፦ { $count } ማህተም ተነስቷል (ደንበኛ፦ { $name })።
staff-panel = 👤 { $name } · { $code }
    { $tier } · { $points } ነጥብ · ማህተሞች { $stamps }/{ $slots }
staff-panel-stamp = ➕ ማህተም
staff-panel-purchase = 🧾 ግዢ
staff-panel-redeem = 🎟️ ኮድ ተቀበል
staff-ask-amount = የግዢው መጠን ስንት ነው? (ደንበኛ፦ { $name })
staff-ask-code = ደንበኛው የሚያሳየውን ኮድ ይጻፉ፦
staff-lookup-none = ከ«{ $query }» ጋር የሚመሳሰል ደንበኛ የለም።
staff-lookup-line = 👤 { $name } · { $code } · { $tier } · { $points } ነጥብ · ማህተሞች { $stamps }/{ $slots }
staff-adjusted = ✅ { $name }፦ { $change } ነጥብ ({ $reason })። ቀሪ፦ { $balance }።
staff-added =
    { $role ->
        [owner] ✅ { $name } አሁን ባለቤት ነው።
       *[staff] ✅ { $name } አሁን የሠራተኞች ቡድን አባል ነው።
    }
staff-removed = ✅ { $name } ከአሁን በኋላ የቡድኑ አባል አይደለም።
staff-not-staff = { $name } የቡድኑ አባል አልነበረም።
staff-not-yourself = ራስዎን ማስወገድ አይችሉም፤ ሌላ ባለቤት ይችላል።
staff-list-title = የሠራተኞች ቡድን፦
staff-list-line = { $role ->
        [owner] 👑
       *[staff] 🧑‍🍳
    } { $name } · { $code } · ቅርንጫፍ፦ { $branch }
staff-unknown-branch = «{ $branch }» የሚባል ቅርንጫፍ የለም። ቅርንጫፎች፦ { $branches }።
staff-note-low-rating = ⚠️ { $name } ({ $code }) ጉብኝቱን ከ5 { $rating } ሰጥተዋል። ይህ በሚስጥር ይቆያል፤ ምናልባት ከእርስዎ የሚመጣ ቃል ነገሩን ያስተካክል ይሆናል።
staff-note-limit = ⚠️ { $staff } ከአባል { $code } ጋር ገደብ ላይ ደርሷል፦ { $limit ->
        [stamp-daily-cap] የዕለቱ የማህተም ገደብ።
        [stamp-cooldown] በጣም የተቀራረቡ ማህተሞች።
       *[award-limit-exceeded] ከሠራተኛ ገደብ በላይ የሆኑ ነጥቦች።
    }
staff-export = 📎 ደንበኞችና ሙሉው የነጥብ መዝገብ፣ በተመን ሉህ የሚከፈቱ የCSV ፋይሎች።
staff-usage-claim = አጠቃቀም፦ /claim <የአባልነት ኮድ> <የቅናሽ ኮድ>
staff-claimed = ✅ { $name }፦ +{ $points } የቅናሽ ነጥቦች። ቀሪ፦ { $balance }።
staff-note-guessing = ⚠️ { $staff } በ15 ደቂቃ ውስጥ { $count } የተሳሳቱ { $kind ->
        [claim] የቅናሽ ኮዶች
       *[redeem] የሽልማት ኮዶች
    } አስገብቷል። ቀጣዮቹ ሙከራዎች ለጥቂት ጊዜ ይቆያሉ። በካውንተሩ ላይ ማንም የትየባ ስህተት ካልሠራ፣ አንድ ሰው ኮዶችን እየገመተ ሊሆን ይችላል።
staff-award-repeated = ⚠️ ተመሳሳይ መጠን ያለ ደረሰኝ ቁጥር (ደንበኛ፦ { $name }) { $minutes ->
        [0] ከአንድ ደቂቃ ባነሰ ጊዜ በፊት
       *[other] ከ{ $minutes } ደቂቃ በፊት
    } ተመዝግቧል። ሁለት ጊዜ ተጽፏል? ይህን ይቀልብሱ።
staff-undo-button = ↩️ ይህን ግዢ ቀልብስ
staff-usage-receiptcode = አጠቃቀም፦ /receiptcode <መጠን> <የደረሰኝ ቁጥር>
staff-receipt-code = 🧾 ደረሰኝ { $receipt } ({ $amount })፦ ኮድ { $code }፣ እስከ { $day } ያገለግላል።
staff-receipt-code-link = በደረሰኙ ላይ ያትሙት፣ ወይም ይህን የQR ኮድ ወይም ሊንክ ለደንበኛው ያሳዩ፦ { $link }
staff-receipt-code-typed = ደንበኛው ይህን ይላኩ፦ /receipt { $code }
staff-promotion-points =
    { $times ->
        [2] 🎉 { $name }፦ እጥፍ ነጥብ።
       *[other] 🎉 { $name }፦ { $times } እጥፍ ነጥብ።
    }
staff-promotion-stamps = 🎉 { $name }፦ { $bonus } ተጨማሪ ማህተም በስጦታ ተጨምሯል።
staff-promotion-offer =
    { $times ->
        [2] 🎉 ቅናሽ «{ $offer }»፦ እጥፍ ነጥብ።
       *[other] 🎉 ቅናሽ «{ $offer }»፦ { $times } እጥፍ ነጥብ።
    }
staff-which-card = { $name }፦ ማህተሙ በየትኛው ካርድ ላይ ይሁን?
staff-stamp-on = ➕ ማህተም፦ { $card }
staff-visit-noted = ባለቤቱ ቅርንጫፎቹን እንዲያነጻጽር ጉብኝቱ ተመዝግቧል (ያለ ነጥብ)።
staff-undone-bundle = ↩️ ተቀልብሷል፦ የ«{ $bundle }» አንድ አገልግሎት ተመልሷል (ደንበኛ፦ { $name })። የቀሩ አገልግሎቶች፦ { $left }።
