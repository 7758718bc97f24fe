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
