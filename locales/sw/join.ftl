join-welcome = Karibu kwenye mpango wa uaminifu wa { $shop }! 🎉
join-choose-language = Ungependa lugha gani?
join-ask-name = Tukuite jina gani? Andika jina lako.
join-use-name = Tumia “{ $name }”
join-name-invalid = Tafadhali andika jina lenye urefu wa herufi 1 hadi { $max }, lenye angalau herufi moja ya alfabeti.
join-ask-phone = Shiriki namba yako ya simu ili wafanyakazi wakupate kwa urahisi kaunta. Si lazima.
join-share-phone = 📱 Tuma namba yangu ya simu
join-skip-phone = Ruka
join-phone-invalid = Hiyo haionekani kuwa namba ya simu. Tumia kitufe, andika namba pamoja na msimbo wa nchi, au chagua Ruka.
join-phone-thanks = Asante!
join-ask-consent = Tukutumie ofa na habari mara kwa mara? Unaweza kuzisimamisha wakati wowote kwa /stop.
join-consent-yes = Ndiyo, tafadhali
join-consent-no = Hapana, asante
join-done = Karibu, { $name }! Namba yako ya uanachama ni { $code }. Ionyeshe kaunta ili kukusanya pointi na mihuri.
join-referred = Mwaliko wa rafiki yako umepokelewa: nyote wawili mtapata pointi za ziada baada ya ununuzi wako wa kwanza.
welcome-back = Karibu tena, { $name }!
join-gift-points = 🎁 Zawadi ya kukukaribisha: pointi +{ $points }.
join-gift-stamps =
    { $stamps ->
        [one] ☕ Kadi yako ya kwanza ya mihuri tayari ina muhuri { $stamps }.
       *[other] ☕ Kadi yako ya kwanza ya mihuri tayari ina mihuri { $stamps }.
    }
