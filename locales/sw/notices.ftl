# Ujumbe anaopata mteja kitu kinapotokea kwenye akaunti yake.
notice-points = 🎉 Pointi +{ $points } kutoka { $shop }. Sasa una pointi { $balance }.
notice-stamps =
    { $count ->
        [one] ☕ Muhuri +1: { $stamps } kati ya { $slots }.
       *[other] ☕ Mihuri +{ $count }: { $stamps } kati ya { $slots }.
    }
notice-card-full = 🎁 Kadi yako ya mihuri imejaa! Zawadi yako: { $reward }. Ichukue kwenye /rewards.
notice-redeemed = 🎁 Umepokea: { $reward }. Furahia, na asante kwa kutembelea { $shop }!
notice-tier = 🏆 Hongera: umefikia daraja la { $tier }! { $perks }
notice-referral = 🤝 Rafiki yako amefanya ununuzi wake wa kwanza: pointi +{ $points } kwako!
notice-adjusted = Pointi { $change } kutoka dukani: { $reason }. Sasa una pointi { $balance }.
notice-undone-points = ↩️ Kosa limerekebishwa: pointi −{ $points }. Sasa una pointi { $balance }.
notice-refunded = ↩️ Ununuzi umerejeshwa (risiti { $receipt }): pointi −{ $points }. Sasa una pointi { $balance }.
notice-undone-stamps =
    { $count ->
        [one] ↩️ Kosa limerekebishwa: muhuri −1.
       *[other] ↩️ Kosa limerekebishwa: mihuri −{ $count }.
    }
notice-expiry =
    { $points ->
        [one] { $days ->
            [0] ⏳ Pointi yako { $points } inaisha muda leo. Itumie kwenye /rewards!
            [one] ⏳ Pointi yako { $points } inaisha muda kesho ({ $date }). Itumie kwenye /rewards!
           *[other] ⏳ Pointi yako { $points } inaisha muda baada ya siku { $days }, tarehe { $date }. Itumie kwenye /rewards kabla ya hapo!
        }
       *[other] { $days ->
            [0] ⏳ Pointi zako { $points } zinaisha muda leo. Zitumie kwenye /rewards!
            [one] ⏳ Pointi zako { $points } zinaisha muda kesho ({ $date }). Zitumie kwenye /rewards!
           *[other] ⏳ Pointi zako { $points } zinaisha muda baada ya siku { $days }, tarehe { $date }. Zitumie kwenye /rewards kabla ya hapo!
        }
    }
notice-winback = 👋 Tumekukumbuka! Sisi wa { $shop } hatujakuona kwa zaidi ya siku { $days }. Pointi zako zinakusubiri: /balance
notice-anniversary =
    🎉 Leo umetimiza { $years ->
        [one] mwaka mmoja
       *[other] miaka { $years }
    } ukiwa mwanachama: asante! Pokea pointi { $points } za bonasi kusherehekea. — { $shop }
notice-anniversary-plain =
    🎉 Leo umetimiza { $years ->
        [one] mwaka mmoja
       *[other] miaka { $years }
    } ukiwa mwanachama: asante! — { $shop }
notice-birthday = 🎂 Heri ya siku ya kuzaliwa kutoka { $shop }! Pokea pointi { $points } za bonasi.
notice-birthday-plain = 🎂 Heri ya siku ya kuzaliwa kutoka { $shop }!
notice-card-near = ☕ Umebakiza muhuri mmoja tu kupata zawadi ya kadi yako: { $reward }!
notice-card-ready = 🎁 Kadi yako ya mihuri iliyojaa inakusubiri. Zawadi yako: { $reward }. Ichukue kwenye /rewards.
notice-offer-claimed = 🎁 Pointi +{ $points } za ofa. Sasa una pointi { $balance }.
notice-draw-ticket = 🎟️ Ununuzi wako umekupa tiketi katika bahati nasibu { $draw } ({ $prize }): { $ticket }. Kila la heri!
notice-draw-won = 🎉 Umeshinda bahati nasibu { $draw }: { $prize }! Onyesha msimbo { $code } kaunta ndani ya siku { $days } upokee zawadi yako.
notice-draw-result = 🎟️ Bahati nasibu { $draw } ({ $prize }) imechezeshwa. Tiketi zilizoshinda: { $tickets }. Yako haikushinda safari hii; asante kwa kushiriki! /draw inaonyesha matokeo na jinsi ya kuyahakiki.
notice-draw-cancelled = 🎟️ Bahati nasibu { $draw } ({ $prize }) imesitishwa. Pointi zozote ulizolipia tiketi zimerudishwa kwenye salio lako.
notice-prize-collected = 🎁 Zawadi imepokelewa: { $prize }. Furahia, na asante kwa kututembelea { $shop }!
notice-points-happy-hour = 🎉 { $happy_hour }: pointi +{ $points } kutoka { $shop }. Sasa una pointi { $balance }.
notice-stamps-happy-hour =
    🎉 { $happy_hour }: ☕ { $count ->
        [one] muhuri +1
       *[other] mihuri +{ $count }
    }, { $bonus ->
        [one] mmoja kati yake ni zawadi
       *[other] { $bonus } kati yake ni zawadi
    }. Kadi: { $stamps } kati ya { $slots }.
notice-bundle-sold = 🎟️ Asante! Sasa una: { $bundle } (matumizi { $uses }, hadi { $date }). /balance inaonyesha yaliyobaki.
notice-bundle-used =
    🎟️ { $bundle }: matumizi moja yamechukuliwa. { $left ->
        [0] Hayo yalikuwa ya mwisho; asante!
       *[other] Yamebaki { $left }, hadi { $date }.
    }
notice-bundle-ending = ⏳ { $bundle }: yamebaki matumizi { $left }, na kinaisha { $date }. Karibu uyatumie!
notice-membership-sold = ⭐ Karibu! { $membership } unaendelea hadi { $date }. /balance inauonyesha.
notice-membership-ending = ⭐ { $membership } unaisha { $date }. Uongeze muda kaunta ili uendelee nao.
notice-membership-ended = ⭐ { $membership } umeisha. Asante kwa kuwa mwanachama! Pointi zako zinabaki zako; ongeza muda kaunta wakati wowote.
notice-which-card = Kadi: { $card }
notice-undone-bundle = ↩️ Kosa limerekebishwa: matumizi ya { $bundle } yamerudishwa. Yamebaki matumizi { $left }.
notice-team-left = Huko tena kwenye timu ya duka: amri za kaunta na dashibodi hazipatikani kwako tena. Pointi zako na kadi zako za mihuri zinabaki kuwa zako.
