## Bahati nasibu: anachoona mteja (/draw)

draw-none = Hakuna bahati nasibu inayoendelea kwa sasa. Ikianza, utaipata hapa.
draw-title = 🎟️ Bahati nasibu { $draw }: { $prize }
draw-closes = Inafungwa { $date }, { $time }.
draw-enter-points =
    Shiriki kwa pointi: tiketi moja ni pointi { $points }, { $cap ->
        [one] tiketi moja kwa kila mtu.
       *[other] hadi tiketi { $cap } kwa kila mtu.
    }
draw-enter-purchase =
    Kila ununuzi wa { $amount } au zaidi unakupa tiketi, { $cap ->
        [one] tiketi moja kwa kila mtu.
       *[other] hadi tiketi { $cap } kwa kila mtu.
    }
draw-so-far =
    Hadi sasa: { $tickets ->
        [one] tiketi moja
       *[other] tiketi { $tickets }
    } kutoka kwa { $people ->
        [one] mtu mmoja.
       *[other] watu { $people }.
    }
draw-yours =
    { $count ->
        [one] Tiketi yako: { $tickets }
       *[other] Tiketi zako { $count }: { $tickets }
    }
draw-yours-none = Bado huna tiketi.
draw-commitment = Msimbo wa ahadi, uliotangazwa kabla ya tiketi ya kwanza: { $commitment }… (msimbo wote umo kwenye kumbukumbu iliyoambatishwa)
draw-drawn =
    Ilichezeshwa ilipofungwa { $date }, kati ya { $tickets ->
        [one] tiketi moja.
       *[other] tiketi { $tickets }.
    }
draw-winning =
    { $count ->
        [0] Hakuna aliyeshiriki, kwa hiyo hakuna mshindi.
        [one] Tiketi iliyoshinda: { $tickets }
       *[other] Tiketi zilizoshinda: { $tickets }
    }
draw-you-won = 🎉 Umeshinda! Onyesha msimbo { $code } kaunta upokee zawadi yako.
draw-not-this-time =
    { $count ->
        [one] Tiketi yako { $tickets } haikushinda safari hii. Asante kwa kushiriki!
       *[other] Tiketi zako { $tickets } hazikushinda safari hii. Asante kwa kushiriki!
    }
draw-seed = Namba ya siri ilikuwa { $seed }. SHA-256 yake ni { $commitment }, msimbo wa ahadi uliotangazwa bahati nasibu ilipofunguliwa.
draw-check-how = 🔎 Jinsi ya kuhakiki bahati nasibu: kumbukumbu iliyoambatishwa inaorodhesha kila tiketi kwa mpangilio. Ikishachezeshwa, mtu yeyote anaweza kukokotoa upya washindi kutoka kwa namba ya siri na orodha hiyo (mwongozo wa duka unaeleza jinsi); orodha ileile hutoa washindi walewale kila mara.
draw-buy-button = 🎟️ Tiketi kwa pointi { $points }
draw-buy-confirm = Ungependa kutumia pointi { $points } kununua tiketi ya bahati nasibu { $draw } ({ $prize })?
draw-bought =
    🎟️ Tiketi yako: { $ticket }. { $count ->
        [one] Una tiketi moja katika bahati nasibu hii.
       *[other] Una tiketi { $count } katika bahati nasibu hii.
    } Pointi zilizobaki: { $balance }.

## Bahati nasibu: mmiliki (/draws)

draws-usage = /draws new hufungua bahati nasibu hatua kwa hatua · /draws run <namba> huchezesha iliyopita muda wake wa kufungwa (bot huifanya yenyewe ndani ya dakika moja) · /draws cancel <namba> huisitisha na kurudisha pointi zilizolipiwa tiketi.
draws-list-title = 🎟️ Bahati nasibu:
draws-list-empty = Bado hakuna bahati nasibu.
draws-line =
    #{ $draw } { $prize }: { $status ->
        [open] iko wazi hadi { $date }
        [drawn] ilichezeshwa { $date }
       *[cancelled] imesitishwa
    }, { $tickets ->
        [one] tiketi moja
       *[other] tiketi { $tickets }
    } kutoka kwa { $people ->
        [one] mtu mmoja
       *[other] watu { $people }
    }
draws-ask-prize = 🎟️ Bahati nasibu mpya. Zawadi ni nini? Iandike kama wateja wanavyopaswa kuiona, k.m. “Kikapu cha kahawa na keki” (herufi zisizozidi { $limit }).
draws-prize-bad = Tafadhali andika zawadi kwa maneno, herufi zisizozidi { $limit }.
draws-ask-closes = Inafungwa lini? Washindi huchaguliwa wakati huo. Kwa mfano: 2026-12-24 18:00, au 18:00 kwa leo.
draws-closes-bad = Nahitaji wakati mmoja ujao, ndani ya mwaka mmoja, kama 2026-12-24 18:00.
draws-ask-entry = Wateja wanapataje tiketi?
draws-entry-purchase = 🛒 Kwa kununua
draws-entry-points = ⭐ Kwa pointi
draws-ask-amount = Ununuzi mdogo kabisa unaotoa tiketi ni kiasi gani? Kwa mfano: 500
draws-ask-points = Tiketi moja ni pointi ngapi? Kwa mfano: 100
draws-points-bad = Tafadhali tuma pointi kama namba kamili, kama 100.
draws-ask-cap = Mtu mmoja anaweza kuwa na tiketi ngapi zaidi? (1 hadi { $most })
draws-ask-winners = Washindi wangapi? Kila mtu anaweza kushinda mara moja tu. (1 hadi { $most })
draws-number-bad = Tafadhali tuma namba kamili kuanzia 1 hadi { $most }.
draws-confirm =
    Ufungue bahati nasibu hii?
    🎁 { $prize }
    ⏰ Inafungwa { $date }, { $time }
    🎟️ { $how }
    { $winners ->
        [one] 🏆 Mshindi mmoja
       *[other] 🏆 Washindi { $winners }
    }
    Kabla ya kuendesha bahati nasibu, hakikisha sheria za eneo lako zinavyotaka.
draws-open-button = ✅ Fungua bahati nasibu
draws-opened = ✅ Bahati nasibu { $draw } iko wazi. Msimbo wake wa ahadi, unaotangazwa sasa ili mtu yeyote asiweze kuibadilisha baadaye: { $commitment }. Wajulishe wateja wako kwa /broadcast.
draws-abandoned = Bahati nasibu haikufunguliwa.
draws-run =
    ✅ Bahati nasibu { $draw } imechezeshwa: { $tickets ->
        [one] tiketi moja
       *[other] tiketi { $tickets }
    }, { $count ->
        [0] hakuna mshindi.
        [one] mshindi mmoja. Amejulishwa.
       *[other] washindi { $count }. Wamejulishwa.
    }
draws-cancelled =
    Bahati nasibu { $draw } imesitishwa. { $people ->
        [0] Hakuna aliyekuwa ameshiriki.
        [one] Mtu mmoja aliyeshiriki amejulishwa, na pointi zozote alizolipa zimerudishwa.
       *[other] Watu { $people } walioshiriki wamejulishwa, na pointi zozote walizolipa zimerudishwa.
    }
staff-note-draw-drawn =
    🎟️ Bahati nasibu { $draw } ({ $prize }) imechezeshwa kati ya { $entries ->
        [one] tiketi moja
       *[other] tiketi { $entries }
    }. { $count ->
        [0] Hakuna aliyeshiriki, kwa hiyo hakuna mshindi.
        [one] Mshindi: { $winners }. Ana msimbo wa kaunta.
       *[other] Washindi: { $winners }. Wana misimbo ya kaunta.
    }
draw-show-button = 🎟️ Tazama bahati nasibu
