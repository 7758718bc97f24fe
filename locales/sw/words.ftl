# Maneno yanayofanya kazi kama amri (WhatsApp haina orodha ya amri); tenganisha kwa koma.
words-start = jiunge, anza
words-menu = menyu, habari, mambo
words-balance = salio, pointi
words-card = kadi, mihuri
words-rewards = zawadi, komboa
words-mycode = msimbo, msimbo wangu, namba ya uanachama, namba yangu ya uanachama
words-history = historia
words-invite = alika
words-offers = ofa
words-settings = mipangilio
words-language = lugha
words-help = msaada
words-stop = acha, sitisha
words-link = unganisha
words-receipt = risiti
words-draw = bahati, bahati nasibu
