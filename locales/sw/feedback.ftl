feedback-rate-visit = ⭐ Tathmini ziara hii
feedback-ask-rating = Ziara yako ilikuwaje?
feedback-ask-comment = Asante! Kuna jambo ungependa kutuambia? Liandike, au gusa Ruka.
feedback-skip = Ruka
feedback-thanks = Asante kwa maoni yako!
feedback-review = ⭐ Tunafurahi umefurahia! Ukiwa na dakika moja, maoni yako yanawasaidia wengine kutupata: { $link }
