card-title = ☕ Kadi yako ya mihuri
card-progress =
    { $stamps ->
        [one] Muhuri { $stamps } kati ya { $slots }
       *[other] Mihuri { $stamps } kati ya { $slots }
    }
card-reward = Zawadi ya kadi iliyojaa: { $reward }.
card-ready =
    { $count ->
        [one] Una kadi moja iliyojaa, tayari kubadilishwa!
       *[other] Una kadi { $count } zilizojaa, tayari kubadilishwa!
    }
card-redeem = 🎁 Badilisha kadi iliyojaa
card-main-name = Kadi ya mihuri
card-title-named = ☕ Kadi yako: { $card }
card-step =
    { $at ->
        [one] ▫️ Muhuri { $at }: { $reward }
       *[other] ▫️ Mihuri { $at }: { $reward }
    }
card-step-ready =
    { $at ->
        [one] ✅ Sasa ni yako, kwa muhuri { $at }: { $reward }
       *[other] ✅ Sasa ni yako, kwa mihuri { $at }: { $reward }
    }
card-step-take = 🎁 Chukua: { $reward }
card-steps-save = Chukua zawadi njiani (mihuri yake inatolewa kwenye kadi) au iweke akiba kwa zawadi kubwa zaidi.
