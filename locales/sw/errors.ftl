# Makosa ambayo injini inakataa, kama wateja na wafanyakazi wanavyoyasoma.

error-customer-not-found = Hatukupata akaunti yako ya mpango wa uaminifu. Tuma /start ili ujiunge.
error-unknown-member-code = Hakuna mwanachama mwenye namba ya uanachama { $member_code }. Tafadhali iangalie na ujaribu tena.
error-customer-erased = Akaunti hii ilifutwa kwa ombi la mteja.
error-invalid-amount = “{ $amount }” si kiasi sahihi. Andika namba iliyo juu ya 0, kwa mfano 450 au 450.50.
error-purchase-below-minimum = Ununuzi wa chini ya { $minimum } haupati pointi.
error-purchase-too-large = { $maximum } ndicho kiasi kikubwa zaidi kinachoweza kurekodiwa kwa ununuzi mmoja. Tafadhali hakiki kiasi.
error-award-limit-exceeded = Pointi { $points } ni zaidi ya unavyoruhusiwa kutoa kwa mara moja (kikomo: { $limit }). Tafadhali mwombe mmiliki.
error-idempotency-conflict = Namba hiyo ya risiti tayari imetumika kwa ununuzi mwingine.
error-insufficient-points = Unahitaji pointi { $needed } kwa zawadi hii; una pointi { $balance }.
error-unknown-reward = Zawadi hiyo haipatikani tena.
error-no-completed-card = Bado huna kadi ya mihuri iliyojaa ya kubadilisha.
error-stamp-daily-cap =
    { $cap ->
        [one] Kila mteja anaruhusiwa muhuri mmoja tu kwa siku.
       *[other] Kila mteja anaruhusiwa mihuri { $cap } tu kwa siku.
    }
error-stamp-cooldown = Tafadhali subiri kidogo: muhuri unaofuata unawezekana kuanzia { $retry_at }.
error-invalid-stamp-count = Unaweza kutoa kati ya muhuri 1 na mihuri { $maximum } kwa wakati mmoja.
error-redemption-not-found = Hakuna msimbo wa zawadi { $code }.
error-redemption-expired = Msimbo { $code } umepitwa na muda. Pointi zimerudishwa kwa mteja.
error-redemption-used = Msimbo { $code } tayari umetumika.
error-redemption-cancelled = Msimbo { $code } ulighairiwa.
error-not-allowed = Samahani, huruhusiwi kufanya hivyo.
error-last-owner = Wewe ndiye mmiliki pekee wa duka hili: bila wewe, hakuna mtu atakayeweza kuendesha mpango. Mfanye mtu mwingine kuwa mmiliki kwanza (/staff owner <namba ya uanachama>).
error-unexpected = Kuna hitilafu upande wetu. Tafadhali jaribu tena baada ya muda mfupi.
error-nothing-to-undo = Hakuna kitendo chako cha kutengua.
error-undo-not-possible =
    { $minutes ->
        [0] Hilo haliwezi kutenguliwa tena: pointi au mihuri imeshatumika.
       *[other] Ni vitendo vya dakika { $minutes } zilizopita tu vinavyoweza kutenguliwa.
    }
error-feedback-not-possible = Ziara hii haiwezi kutathminiwa (ilishatathminiwa, au ni zamani mno).
error-unknown-segment = Hakuna kundi “{ $segment }”. Tuma /segments kuona makundi yote.
error-invalid-campaign = Kampeni inahitaji maandishi (herufi zisizozidi 3,500) katika angalau mojawapo ya lugha zetu.
error-invalid-schedule = Siwezi kusoma “{ $when }” kama muda ujao. Mifano: 2026-12-24 10:00 · 18:30 · kila Ijumaa 10:00 · kila siku 9:00
error-unknown-campaign = Hakuna kampeni “{ $campaign }”. /campaigns inaonyesha zote.
error-campaign-closed = Kampeni #{ $campaign } imeshakamilika au imeghairiwa.
error-unknown-offer = Hakuna ofa yenye msimbo “{ $offer }”.
error-offer-not-open = Ofa { $offer } haiendelei sasa, au haitoi pointi kwa msimbo wake.
error-offer-already-claimed = Mteja huyu ameshapata bonasi ya ofa { $offer }.
error-invalid-offer = Ofa haiwezi kuhifadhiwa: kagua tarehe ya mwisho, bonasi na picha yake.
error-link-code-invalid = Msimbo huo wa kuunganisha haujulikani, umeshatumika au muda wake umeisha. Tuma /link kwenye programu nyingine upate mpya.
error-link-not-possible = Mazungumzo haya tayari yana akaunti yake, kwa hiyo hayawezi kuunganishwa na nyingine. Unganisha kutoka kwenye mazungumzo ambayo bado hayajajiunga.
error-ambiguous-amount = “{ $amount }” kinaweza kusomwa kwa njia mbili. Andika kiasi hivi: { $example } au { $plain }.
error-points-out-of-range = Badiliko moja haliwezi kuzidi { $limit ->
    [one] pointi 1
   *[other] pointi { $limit }
}. Tafadhali ligawanye, au hakiki namba.
error-balance-limit = Hilo lingefanya salio lizidi pointi { $limit }, kiwango cha juu kabisa ambacho akaunti inaweza kuwa nacho.
error-too-many-attempts = Umekosea misimbo mara nyingi mno. Tafadhali subiri dakika { $minutes } kisha ujaribu tena.
error-not-recorded = Hatukuweza kuhifadhi hilo kwa sasa. Hakuna kilichobadilishwa; tafadhali jaribu tena baada ya muda mfupi.
error-link-refused = Kiungo hiki kimekwisha muda au kimeshatumika. Omba kipya.
error-import-refused = { $reason ->
    [too-large] Faili ni kubwa kuliko MB 5. Igawanye kwa mafaili madogo.
    [too-many-lines] Faili ina mistari zaidi ya 20 000. Igawanye kwa mafaili madogo.
    [empty] Faili haina wateja: inahitajika mstari wa vichwa na mstari mmoja kwa kila mteja.
    [not-csv] Hii si faili ya CSV. Kwenye Excel chagua “Save as… CSV UTF-8”.
   *[other] Uletaji huu haupatikani tena. Tafadhali anza upya.
}
error-receipt-code-unknown = Hakuna risiti yenye msimbo “{ $receipt_code }”. Tafadhali uangalie kwenye risiti yako.
error-receipt-code-expired = Msimbo wa risiti hii uliisha muda tarehe { $day }: pointi za risiti zinapatikana ndani ya siku { $days }.
error-receipt-code-taken = Pointi za risiti hii zimeshachukuliwa na mtu mwingine.
error-receipt-reused = Risiti { $receipt } tayari ina msimbo, kwa kiasi kingine.
error-invalid-receipt = Msimbo wa risiti unahitaji namba ya risiti, na tawi lililo kwenye mpango.
error-invalid-api-key = { $reason ->
    [scopes] Chagua angalau jambo moja ambalo ufunguo unaruhusiwa kufanya.
    [branch] Mpango hauna tawi hilo.
   *[other] Ufunguo unahitaji jina la herufi 1 hadi 60, kwa mfano “Kaunta 1”.
}
error-receipt-not-found = Risiti { $receipt } haikupata pointi katika tawi hili, kwa hiyo hakuna cha kurudisha.
error-receipt-points-spent =
    Mteja tayari ametumia { $points ->
        [one] pointi hiyo { $points }
       *[other] pointi hizo { $points }
    } (salio: { $balance }), kwa hiyo haziwezi kurudishwa. Hakuna kilichobadilishwa.
error-phone-shared = Wanachama { $count } wanatumia namba hii ya simu. Tafadhali tumia namba ya uanachama.
error-invalid-purchase-line = Mstari namba { $line } wa ununuzi hauwezi kuhifadhiwa: unahitaji aina ya bidhaa (herufi za Kilatini, tarakimu na vistari, hadi 32) na kiasi kuanzia 0 hadi ununuzi mkubwa zaidi unaoruhusiwa.
error-invalid-webhook = { $reason ->
    [events] Boti inatuma matukio haya: member.joined, member.erased, points.earned, reward.redeemed, tier.reached.
   *[other] Webhook inahitaji anwani ya mtandao inayoanza na https://.
}
error-draw-not-found = Hakuna bahati nasibu yenye namba { $draw }.
error-draw-closed = Bahati nasibu { $draw } imefungwa: hakuna tiketi zaidi.
error-draw-ticket-cap =
    { $cap ->
        [one] Tayari una tiketi yako: moja kwa kila mtu katika bahati nasibu hii.
       *[other] Tayari una tiketi { $cap }, idadi ya juu kabisa kwa mtu mmoja katika bahati nasibu hii.
    }
error-draw-not-due = Bahati nasibu { $draw } inafungwa { $closes }; washindi huchaguliwa yenyewe wakati huo, si kabla.
error-draw-already-drawn = Bahati nasibu { $draw } imeshakamilika: huchezeshwa mara moja tu, na iliyokwisha haiwezi kusitishwa.
error-invalid-draw =
    Bahati nasibu hiyo haiwezi kufunguliwa: { $field ->
        [prize] zawadi inahitaji jina.
        [closes] muda wa kufungwa lazima uwe ujao, ndani ya mwaka mmoja.
        [threshold] kiasi au pointi za tiketi lazima ziwe zaidi ya sifuri.
        [cap] tiketi kwa kila mtu lazima ziwe 1 hadi 100.
       *[winners] washindi lazima wawe 1 hadi 20.
    }
error-survey-not-found = Dodoso hilo limefungwa, au halikutumwa kwako.
error-invalid-survey =
    Dodoso hilo haliwezi kutumwa: { $field ->
        [question] swali linahitaji maneno, herufi zisizozidi 300.
       *[choices] linahitaji machaguo 2 hadi 5 tofauti, kila moja herufi zisizozidi 20.
    }
error-unknown-bundle = Hakuna kifurushi “{ $bundle }” kinachouzwa. Tuma /bundle kuviona pamoja na namba zake.
error-no-bundle-held = Mteja huyu hana kifurushi chenye matumizi yaliyobaki (hakununua, ametumia yote, au kimeisha).
error-which-bundle = Mteja huyu ana zaidi ya kifurushi kimoja: sema kipi, mfano /bundle use <namba ya uanachama> <namba>.
error-unknown-membership = Hakuna uanachama “{ $membership }” unaouzwa. Tuma /member kuuona pamoja na namba zake.
error-unknown-card = Hakuna kadi ya mihuri “{ $card }”.
error-not-enough-stamps =
    { $needed ->
        [one] Zawadi hii inahitaji muhuri { $needed }
       *[other] Zawadi hii inahitaji mihuri { $needed }
    }; kadi yako ina { $stamps }.
error-branch-not-started = Mpango wa uaminifu bado haujaanza katika tawi: { $branch }, kwa hiyo hakuna kinachopatikana wala kutumika hapa. Wateja wanabaki na kila walichopata na wanaweza kukitumia kwenye matawi ambapo mpango unaendelea.
