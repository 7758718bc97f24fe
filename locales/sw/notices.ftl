# Ujumbe anaopata mteja kitu kinapotokea kwenye akaunti yake.
notice-points = 🎉 Pointi +{ $points } kutoka { $shop }. Sasa una pointi { $balance }.
notice-stamps =
    { $count ->
        [one] ☕ Muhuri +1: { $stamps } kati ya { $slots }.
       *[other] ☕ Mihuri +{ $count }: { $stamps } kati ya { $slots }.
    }
notice-card-full = 🎁 Kadi yako ya mihuri imejaa! Ibadilishe upate { $reward } kwenye /rewards.
notice-redeemed = 🎁 Furahia { $reward }! Asante kwa kutembelea { $shop }.
notice-tier = 🏆 Hongera: umefikia daraja la { $tier }! { $perks }
notice-referral = 🤝 Rafiki yako amefanya ununuzi wake wa kwanza: pointi +{ $points } kwako!
notice-adjusted = Pointi { $change } kutoka dukani: { $reason }. Sasa una pointi { $balance }.
notice-undone-points = ↩️ Kosa limerekebishwa: pointi −{ $points }. Sasa una pointi { $balance }.
notice-undone-stamps =
    { $count ->
        [one] ↩️ Kosa limerekebishwa: muhuri −1.
       *[other] ↩️ Kosa limerekebishwa: mihuri −{ $count }.
    }
notice-expiry =
    { $days ->
        [0] ⏳ Pointi zako { $points } zinaisha muda leo. Zitumie kwenye /rewards!
        [one] ⏳ Pointi zako { $points } zinaisha muda kesho ({ $date }). Zitumie kwenye /rewards!
       *[other] ⏳ Pointi zako { $points } zinaisha muda baada ya siku { $days }, tarehe { $date }. Zitumie kwenye /rewards kabla ya hapo!
    }
notice-winback = 👋 Tunakukumbuka hapa { $shop }! Zimepita zaidi ya siku { $days }. Pointi zako zinakusubiri: /balance
notice-birthday = 🎂 Heri ya siku ya kuzaliwa kutoka { $shop }! Pokea pointi { $points } za bonasi.
notice-birthday-plain = 🎂 Heri ya siku ya kuzaliwa kutoka { $shop }!
notice-card-near = ☕ Umebakiza muhuri mmoja tu, na kadi yako itakupa { $reward }!
notice-card-ready = 🎁 Kadi yako ya mihuri iliyojaa inakusubiri: { $reward } ni yako. Ichukue kwenye /rewards.
notice-offer-claimed = 🎁 Pointi +{ $points } za ofa. Sasa una pointi { $balance }.
