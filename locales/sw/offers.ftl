offers-none = Hakuna ofa kwa sasa. Tutakutumia ujumbe ofa ikipatikana.
offers-off = Umezima ofa. Ziwashe kwenye /settings ili upate habari zake.
offers-until = ⏳ Hadi { $date }
offers-show-code = Onyesha msimbo huu kaunta: { $code }
offers-footer = Hizi ndizo ofa zinazoendelea sasa.
