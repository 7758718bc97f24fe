offers-none = Hakuna ofa kwa sasa. Tutakutumia ujumbe ofa ikipatikana.
offers-off = Umezima ofa. Ziwashe kwenye /settings ili upate habari zake.
