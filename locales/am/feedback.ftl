feedback-rate-visit = ⭐ ይህን ጉብኝት ይገምግሙ
feedback-ask-rating = ጉብኝትዎ እንዴት ነበር?
feedback-ask-comment = እናመሰግናለን! ሊነግሩን የሚፈልጉት ነገር አለ? ይጻፉት፣ ወይም «እለፍ»ን ይጫኑ።
feedback-skip = እለፍ
feedback-thanks = ስለ አስተያየትዎ እናመሰግናለን!
