## የዳሰሳ ጥያቄ፦ የደንበኛው መልስ

survey-thanks = 🙏 እናመሰግናለን! መልስዎ፦ { $choice }። ሌላ ምርጫ ቢጫኑ ይቀየራል።

## የዳሰሳ ጥያቄ፦ ባለቤቱ (/survey)

survey-usage = /survey <ቡድን> ለአንድ ቡድን ከ2 እስከ 5 ምርጫዎች ያሉት አንድ ጥያቄ ይልካል · /survey የቅርብ ጊዜዎቹን ይዘረዝራል · /survey <ቁጥር> የአንዱን መልሶች ያሳያል።
survey-list-title = 📊 የዳሰሳ ጥያቄዎች፦
survey-list-empty = ገና ምንም የዳሰሳ ጥያቄ የለም።
survey-line = #{ $survey } { $question }፦ ከተጠየቁት { $asked } ሰው { $answered } መልሰዋል
survey-results-title = 📊 የዳሰሳ ጥያቄ { $survey }፦ { $question }
survey-results-line = { $bar } { $choice }፦ { $count } ({ $percent }%)
survey-results-total = ከተጠየቁት { $asked } ሰው የተገኙ መልሶች፦ { $answered }።
survey-ask-question = 📊 ለ«{ $segment }» የዳሰሳ ጥያቄ። ጥያቄው ምንድን ነው? ለምሳሌ፦ «ቀጥሎ የትኛውን ሽልማት እንጨምር?» (ከ{ $limit } ፊደላት ያልበለጠ)
survey-question-bad = እባክዎ ጥያቄውን በቃላት ይጻፉ፤ ከ{ $limit } ፊደላት ያልበለጠ።
survey-ask-choice = ምርጫ { $number }? አጭር መልስ አድርገው ይላኩት (ከ{ $limit } ፊደላት ያልበለጠ)፤ ለምሳሌ «ነጻ ኬክ»።
survey-done-button = ✅ ምርጫዎቹ እነዚህ ናቸው
survey-choice-bad = ምርጫ በአዝራር ላይ እንዲገባ ጥቂት ቃላት መሆን አለበት፤ ከ{ $limit } ፊደላት ያልበለጠ።
survey-choice-twice = «{ $choice }» አስቀድሞ ምርጫ ነው።
survey-nobody = በ«{ $segment }» ውስጥ አሁን ሊጠየቅ የሚችል ሰው የለም (አባላት የሉም፣ ወይም መልእክት የሚቀበል የለም)። የዳሰሳ ጥያቄው አልተላከም።
survey-preview =
    ጥያቄው፣ ለእያንዳንዱ ምርጫ አንድ አዝራር ያለው፦
    { $question }
    { $choices }
survey-send-button = 📨 ለ{ $count } ደንበኛ ይላኩ
survey-sent = 📨 የዳሰሳ ጥያቄ { $survey } ወደ { $count } ደንበኛ እየተላከ ነው። መልሶቹን በ/survey { $survey } ይመልከቱ።
survey-abandoned = የዳሰሳ ጥያቄው አልተላከም።
survey-typed-choices = የመልስዎን ቁጥር ይላኩ፦ { $choices }
