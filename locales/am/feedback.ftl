feedback-rate-visit = ⭐ ይህን ጉብኝት ይገምግሙ
feedback-ask-rating = ጉብኝትዎ እንዴት ነበር?
feedback-ask-comment = እናመሰግናለን! ሊነግሩን የሚፈልጉት ነገር አለ? ይጻፉት፣ ወይም «ዝለል»ን ይጫኑ።
feedback-skip = ዝለል
feedback-thanks = ስለ አስተያየትዎ እናመሰግናለን!
feedback-review = ⭐ ስለተደሰቱ ደስ ብሎናል! አንድ ደቂቃ ካለዎት፣ የእርስዎ አስተያየት ሌሎች እንዲያገኙን ይረዳል፦ { $link }
