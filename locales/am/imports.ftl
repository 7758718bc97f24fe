# ደንበኞችን ከCSV ፋይል ማስገባት (የዳሽቦርዱ የማስገቢያ ገጽ)።
dash-nav-import = ደንበኞችን አስገባ
import-intro = የወረቀት ካርዶችዎን፣ የተመን ሉህዎን ወይም የሌላ መተግበሪያ ደንበኞችን ያስገቡ፤ ለእያንዳንዱ ደንበኛ አንድ መስመርና በየመስመሩ ስልክ ቁጥር ያለው የCSV ፋይል (Excel፦ «Save as… CSV UTF-8»)። ነጥቦች እንደ መነሻ ቀሪ፣ ማህተሞች በሂደት ላይ እንዳለ ካርድ ይገባሉ። ደንበኛው ከዚያ ቁጥር ለመጀመሪያ ጊዜ ለቦቱ ሲጽፍ ከውይይቱ ጋር ይገናኛል።
import-file = የCSV ፋይሉ (እስከ 5 MB፣ 20 000 መስመሮች)
import-upload = ስቀልና ቀጥል
import-not-csv = እባክዎ የ.csv ፋይል ይምረጡ።
import-columns-title = የትኛው ዓምድ ምን ይዟል?
import-columns-intro = ለእያንዳንዱ ንጥል የፋይልዎን ዓምድ ይምረጡ። የሚያስፈልገው ስልክ ቁጥሩ ብቻ ነው።
import-field-name = ስም
import-field-phone = ስልክ ቁጥር
import-field-language = ቋንቋ (en, sw, el, am)
import-field-points = ነጥቦች
import-field-stamps = በአሁኑ ካርድ ላይ ያሉ ማህተሞች
import-field-joined = አባል የሆነበት ቀን (2024-05-31 ወይም 31/05/2024)
import-field-birthday = የልደት ቀን
import-no-column = (በፋይሉ ውስጥ የለም)
import-counts-for-tiers = የገቡት ነጥቦች ዛሬ እንደተገኙ ለደረጃዎች ይቆጠሩ
import-check = ፋይሉን ፈትሽ (ገና ምንም አይቀመጥም)
import-check-title = ማስገባቱ የሚያደርገው
import-will-create = { $count ->
    [one] 1 ደንበኛ ይፈጠራል።
   *[other] { $count } ደንበኛ ይፈጠራሉ።
}
import-will-skip-duplicates = { $count ->
    [0] አባልን የሚደግም መስመር የለም።
    [one] 1 መስመር አባልን ይደግማል፤ ይተዋል።
   *[other] { $count } መስመር አባላትን ይደግማሉ፤ ይተዋሉ።
}
import-will-skip-errors = { $count ->
    [0] ስህተት ያለበት መስመር የለም።
    [one] 1 መስመር ስህተት አለበት፤ ይተዋል።
   *[other] { $count } መስመር ስህተት አለባቸው፤ ይተዋሉ።
}
import-problems = የተተዉ መስመሮች
import-line = መስመር { $line }
import-preview = የሚፈጠሩት ደንበኞች
import-run = { $count ->
    [one] 1 ደንበኛ አስገባ
   *[other] { $count } ደንበኛን አስገባ
}
import-error-phone = የሚያገለግል ስልክ ቁጥር የለም («{ $value }»)
import-error-language = ያልታወቀ ቋንቋ «{ $value }» (en፣ sw፣ el ወይም am ይጠቀሙ)
import-error-points = ነጥቦች ሙሉ ቁጥር መሆን አለባቸው («{ $value }»)
import-error-stamps = ማህተሞች ከ0 እስከ { $slots } ያለ ሙሉ ቁጥር መሆን አለባቸው («{ $value }»)
import-error-date = ቀን አይደለም («{ $value }»)፤ 2024-05-31 ወይም 31/05/2024 ብለው ይጻፉ
import-duplicate-member = አስቀድሞ አባል ነው (የአባልነት ኮድ { $code })
import-duplicate-line = ከመስመር { $line } ጋር አንድ ዓይነት ስልክ ቁጥር
import-progress-title = { $file } እየገባ ነው
import-running = ከ{ $total } መስመር { $done } ተጠናቀዋል…
import-done = ተጠናቋል፦ { $created } ደንበኛ ተፈጥረዋል፣ { $skipped } መስመር ተትተዋል።
import-continue = ማስገባቱን ቀጥል
