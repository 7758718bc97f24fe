offers-none = Hakuna ofa kwa sasa. Tutakutumia ujumbe ofa ikipatikana.
offers-off = Umezima ofa. Ziwashe kwenye /settings ili upate habari zake.
offers-until = ⏳ Hadi { $date }
offers-show-code = Onyesha msimbo huu kaunta: { $code }
offers-footer = Hizi ndizo ofa zinazoendelea sasa.
happy-hours-title = ⏰ Saa za ofa
happy-hour-line = { $name }: { $days }, kuanzia { $start } hadi { $end }
happy-hour-months = Katika miezi hii tu: { $months }
happy-hour-points =
    { $times ->
        [2] Pointi mara mbili kwa kila ununuzi
        [3] Pointi mara tatu kwa kila ununuzi
       *[other] Pointi mara { $times } kwa kila ununuzi
    }
happy-hour-stamps =
    { $bonus ->
        [one] Muhuri 1 wa ziada kila unapopata muhuri
       *[other] Mihuri { $bonus } ya ziada kila unapopata muhuri
    }
happy-hour-limit-day =
    { $limit ->
        [one] Mara moja kwa siku kwa kila mteja
       *[other] Mara { $limit } kwa siku kwa kila mteja
    }
happy-hour-limit-week =
    { $limit ->
        [one] Mara moja kwa wiki kwa kila mteja
       *[other] Mara { $limit } kwa wiki kwa kila mteja
    }
happy-hour-limit-month =
    { $limit ->
        [one] Mara moja kwa mwezi kwa kila mteja
       *[other] Mara { $limit } kwa mwezi kwa kila mteja
    }
happy-hour-now = 🔥 Inaendelea sasa, hadi { $end }!
