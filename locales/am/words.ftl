# እንደ ትዕዛዝ የሚሠሩ ቃላት (WhatsApp የትዕዛዝ ዝርዝር የለውም)፤ በኮማ ይለዩ።
words-start = ተመዝገብ, ጀምር
words-menu = ምናሌ, ሰላም
words-balance = ሂሳብ, ነጥብ
words-card = ካርድ, ማህተም
words-rewards = ሽልማት, ሽልማቶች
words-mycode = ኮድ, የኔ ኮድ
words-history = ታሪክ
words-invite = ጋብዝ
words-offers = ቅናሽ, ቅናሾች
words-settings = ቅንብሮች
words-language = ቋንቋ
words-help = እርዳታ
words-stop = ቁም, አቁም
words-link = አገናኝ
words-receipt = ደረሰኝ
words-draw = ዕጣ, እጣ
