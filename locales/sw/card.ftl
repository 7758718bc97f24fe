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
