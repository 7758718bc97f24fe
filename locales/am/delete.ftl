delete-confirm = ይህ ስምዎን፣ ስልክ ቁጥርዎንና ውይይትዎን ከደንበኛ ታማኝነት ፕሮግራማችን ያጠፋል፤ ይህም ሊመለስ አይችልም።
delete-you-would-lose = እኛ ጋር ያለዎት የሚከተለው ይጠፋል፦
delete-lose-points = 💳 { $points } ነጥብ
delete-lose-full-cards =
    { $count ->
        [one] ☕ ለመቀየር ዝግጁ የሆነ አንድ የሞላ የማህተም ካርድ
       *[other] ☕ ለመቀየር ዝግጁ የሆኑ { $count } የሞሉ የማህተም ካርዶች
    }
delete-lose-codes =
    { $count ->
        [one] 🎁 በካውንተሩ ገና ያላሳዩት አንድ የሽልማት ኮድ
       *[other] 🎁 በካውንተሩ ገና ያላሳዩዋቸው { $count } የሽልማት ኮዶች
    }
delete-question = ሁሉም ይጥፋ?
delete-yes = 🗑️ አዎ፣ ሁሉንም አጥፋ
delete-no = አይ፣ መለያዬ ይቆይ
delete-done = መረጃዎ ተሰርዟል። ከእኛ ጋር ስለነበሩ እናመሰግናለን! እንደገና መመዝገብ ከፈለጉ /start ይላኩ።
delete-kept = ጥሩ፤ መለያዎ እንዳለ ይቆያል።
