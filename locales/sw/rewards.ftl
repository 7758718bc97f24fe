rewards-title = 🎁 Zawadi. Una pointi { $points }.
rewards-item-affordable = ✅ { $name }: pointi { $cost }
rewards-item-locked = ▫️ { $name }: pointi { $cost } (zimebaki { $missing })
rewards-card-item = ☕ { $reward }: kwa kadi moja ya mihuri iliyojaa
rewards-none = Bado hakuna zawadi kwenye orodha.
rewards-pick = Gusa zawadi ili uipate.
rewards-button = { $name } · pointi { $cost }
rewards-confirm = Ungependa kupata { $name } kwa pointi { $cost }?
rewards-confirm-card = Ungependa kubadilisha kadi moja ya mihuri iliyojaa? Utapata: { $reward }.
rewards-yes = ✅ Ndiyo, nipe
rewards-no = Si sasa
rewards-code = Onyesha msimbo huu kaunta: { $code }
    Unatumika kwa dakika { $minutes }, hadi { $time }.
rewards-code-balance = Pointi zilizobaki: { $points }
rewards-step-item =
    { $at ->
        [one] ☕ { $reward }: kwa muhuri { $at } kwenye kadi yako
       *[other] ☕ { $reward }: kwa mihuri { $at } kwenye kadi yako
    }
rewards-confirm-step =
    { $at ->
        [one] Utoe muhuri { $at } kwenye kadi yako kwa zawadi hii? Utapata: { $reward }.
       *[other] Utoe mihuri { $at } kwenye kadi yako kwa zawadi hii? Utapata: { $reward }.
    }
