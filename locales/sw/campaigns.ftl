# Mmiliki anaandika ofa na kampeni; boti inaripoti jinsi utumaji unavyoendelea.
compose-ask-text = ✍️ Andika maandishi kwa { $language } (herufi zisizozidi { $limit }). Wateja wanaosoma lugha nyingine wataona maandishi haya pamoja na maelezo, usipoongeza ya lugha yao baadaye.
compose-ask-text-more = ✍️ Andika maandishi kwa { $language } (herufi zisizozidi { $limit }): wateja wanaosoma { $language } wataona haya.
compose-text-length = Maandishi yanapaswa kuwa na herufi kati ya 1 na { $limit }. Tafadhali yaandike tena.
compose-more = Ongeza maandishi kwa lugha nyingine, au endelea.
compose-add-language = ➕ Ongeza { $language }
compose-next = Endelea ➡️
compose-ask-image = 🖼 Tuma picha ya ofa, au bonyeza Ruka.
compose-image-too-large = Picha hiyo ni kubwa mno (isizidi MB 5). Tuma ndogo zaidi, au bonyeza Ruka.
compose-ask-until = 📅 Ofa itadumu hadi lini? Tuma tarehe (2026-12-31) au idadi ya siku (7), au bonyeza Ruka isiwe na mwisho.
compose-until-invalid = Sijaelewa. Tuma tarehe ijayo (2026-12-31) au idadi ya siku kati ya 1 na { $days }.
compose-ask-bonus = 🎁 Je, ofa inatoa bonasi?
compose-bonus-none = Hakuna bonasi
compose-bonus-double = Pointi mara mbili kwa ununuzi
compose-bonus-triple = Pointi mara tatu kwa ununuzi
compose-bonus-points = Pointi za bonasi kwa msimbo wa ofa
compose-ask-points = Mteja anayeonyesha msimbo wa ofa apate pointi ngapi za bonasi? (1 hadi { $maximum })
compose-points-invalid = Tuma namba kamili kati ya 1 na { $maximum }.
compose-skip = Ruka
compose-cancel = ✖️ Ghairi
compose-cancelled = Imeghairiwa. Hakuna kilichohifadhiwa wala kutumwa.
compose-expired = Rasimu hii haipo wazi tena. Anza upya kwa /offer new, /broadcast au /schedule.
compose-use-buttons = Tafadhali jibu kwa vitufe, au ghairi.
compose-write = ✍️ Andika ujumbe
compose-pick = 📣 Kampeni kwa “{ $segment }”: tuma mojawapo ya ofa zinazoendelea, au andika ujumbe.
compose-preview-heading = 👁 Onyesho kwa { $language }:
compose-confirm = Kagua maonyesho hapo juu, kisha thibitisha.
offer-preview = 🎁 Ofa mpya. Inadumu hadi: { $until }. Bonasi: { $bonus }.
offer-save = ✅ Hifadhi ofa
offer-saved = ✅ Ofa #{ $offer } imehifadhiwa; msimbo wake ni { $code }. Wateja wanaiona kwenye /offers. Itume kwa /broadcast <kundi>.
offer-withdrawn = Ofa #{ $offer } imeondolewa: haionekani tena kwenye /offers na haitoi bonasi.
offer-usage = /offer new: andika ofa · /offer end <namba>: ondoa ofa
offer-list-title = 🎁 Ofa zinazoendelea sasa:
offer-list-empty = Hakuna ofa inayoendelea sasa.
offer-list-line = #{ $offer } { $title } · msimbo { $code } · { $bonus }
offer-bonus-none = hakuna bonasi
offer-bonus-multiplier = pointi mara { $times } kwa kila ununuzi
offer-bonus-points = pointi +{ $points } ukionyesha msimbo kaunta
offer-written-in = ℹ️ Ujumbe huu umeandikwa kwa { $language }.
broadcast-usage = Matumizi: /broadcast <kundi>, mfano /broadcast all au /broadcast tier:gold. Tuma /segments kuona makundi yote.
broadcast-nobody = Hakuna mtu katika “{ $segment }” anayeweza kupokea ofa sasa, kwa hiyo hakuna cha kutuma.
broadcast-preview =
    📣 Kampeni kwa “{ $segment }”: { $count ->
        [one] mpokeaji 1
       *[other] wapokeaji { $count }
    } ({ $languages }).
    Lini: { $when }.
broadcast-send =
    { $count ->
        [one] 📤 Tuma kwa mteja 1
       *[other] 📤 Tuma kwa wateja { $count }
    }
broadcast-started =
    📤 Kampeni #{ $campaign } inatumwa kwa { $count ->
        [one] mteja 1
       *[other] wateja { $count }
    }. Nitakujulisha inavyoendelea; /campaigns inaonyesha pia.
broadcast-quiet = 🌙 Sasa ni saa za utulivu: utumaji utaanza { $time }.
schedule-usage = Matumizi: /schedule <kundi> <lini>. Mifano: /schedule all 2026-12-24 10:00 · /schedule tier:gold kila Ijumaa 10:00 · /schedule all kila siku 9:00
schedule-save = 🗓 Panga ratiba
schedule-saved = 🗓 Kampeni #{ $campaign } imepangwa: { $when }. /campaigns inaionyesha; /cancel { $campaign } inaisimamisha.
when-now = sasa hivi
when-daily = kila siku, { $time }
when-weekly = kila { $day }, { $time }
when-repeat = { $rule } (mara ya kwanza { $first })
campaigns-title = 📣 Kampeni za karibuni:
campaigns-none = Bado hakuna kampeni. Anzisha moja kwa /broadcast au /schedule.
campaigns-footer = /campaigns <namba> inaonyesha kampeni ilileta mabadiliko gani; /cancel <namba> inasimamisha kampeni, hata ikiwa inatumwa.
campaigns-line-repeating = #{ $campaign } “{ $title }” → { $segment }: { $rule }; ijayo { $next }
campaigns-line-scheduled = #{ $campaign } “{ $title }” → { $segment }: imepangwa { $when }
campaigns-line-sending = #{ $campaign } “{ $title }” → { $segment }: inatumwa, { $done } / { $total }
campaigns-line-finished = #{ $campaign } “{ $title }” → { $segment }: { $status }; zimetumwa { $sent }, wamezuia { $blocked }, zimeshindwa { $failed }, zimerukwa { $skipped }
campaigns-receipts = { "   " }📱 WhatsApp: { $delivered } kati ya { $sent } zimefika ({ $delivered_share } %), { $read } zimesomwa ({ $read_share } %) · Telegram: { $others } zimetumwa (Telegram haitoi risiti za kufika kwa boti)
campaigns-status-draft = haijatumwa
campaigns-status-scheduled = imepangwa
campaigns-status-repeating = inajirudia
campaigns-status-sending = inatumwa
campaigns-status-done = imekamilika
campaigns-status-cancelled = imeghairiwa
campaigns-status-missed = ilipitwa boti ikiwa imezimwa
campaigns-cancel-usage = Matumizi: /cancel <namba ya kampeni>. /campaigns inaonyesha namba.
campaigns-cancelled = 🛑 Kampeni #{ $campaign } imeghairiwa. Zilizokwisha tumwa: { $sent }. Hazitatumwa: { $stopped }.
campaign-progress = 📤 Kampeni #{ $campaign }: { $done } / { $total } zimetumwa.
campaign-report =
    ✅ Kampeni #{ $campaign } imekamilika: zimetumwa { $sent }, { $blocked } wamezuia boti, { $failed } zimeshindwa, { $skipped } zimerukwa (wamejiondoa au imeghairiwa). { $templates ->
       *[0] { "" }
        [one] Bili ya Meta: takriban { $cost } kwa ujumbe 1 wa kiolezo cha WhatsApp (makadirio ya mwanzo wa kampeni).
        [other] Bili ya Meta: takriban { $cost } kwa jumbe { $templates } za kiolezo cha WhatsApp (makadirio ya mwanzo wa kampeni).
    }
campaign-missed = ⚠️ Kampeni #{ $campaign } haikutumwa: muda wake ulipita boti ikiwa imezimwa, zaidi ya muda wa ziada uliowekwa. Ipange upya kama bado ina maana.
broadcast-whatsapp-pacing = 📱 WhatsApp inaruhusu namba hii kuanzisha mazungumzo na watu { $limit } tu kwa siku. Jumbe { $now } zitatumwa sasa; { $later } zilizobaki zitatumwa ndani ya siku { $days } zijazo. Hakuna ujumbe utakaopotea.
campaign-waiting = 📱 Kampeni #{ $campaign }: jumbe { $count } za WhatsApp zinasubiri kikomo cha namba (watu { $limit } kwa siku). Zitatumwa nafasi zikipatikana; hakuna ujumbe utakaopotea.
broadcast-cost =
    💰 { $templates ->
        [0] Hii haina gharama: jumbe za Telegram, na za WhatsApp ndani ya saa 24 tangu ujumbe wa mwisho wa mteja, ni bure.
        [one] Takriban { $cost } kwa ujumbe 1 wa kiolezo cha WhatsApp (bei ya Meta ya nchi husika). { $free } zilizo ndani ya saa 24 tangu ujumbe wa mwisho wa mteja ni bure, na { $others } za Telegram hazina gharama.
       *[other] Takriban { $cost } kwa jumbe { $templates } za kiolezo cha WhatsApp (bei ya Meta ya kila nchi). { $free } zilizo ndani ya saa 24 tangu ujumbe wa mwisho wa mteja ni bure, na { $others } za Telegram hazina gharama.
    }
broadcast-holdout = 🧪 { $count } kati yao ({ $percent } %) wanabaki nje na hawapokei kitu, ili baada ya siku 7 na 30 uone kampeni ilileta mabadiliko gani: /campaigns <namba>.
campaign-uplift =
    📊 #{ $campaign }, siku { $days } { $complete ->
        [yes] baadaye
       *[no] hadi sasa
    }: { $reached } % ya walioipokea walinunua, dhidi ya { $held } % ya { $people } walioachwa nje. { $verdict ->
        [more] Hiyo ni alama { $difference } zaidi; tuna uhakika wa kutosha kwamba tofauti halisi iko kati ya { $low } na { $high }.
        [fewer] Hiyo ni alama { $difference } pungufu; tuna uhakika wa kutosha kwamba upungufu halisi uko kati ya { $low } na { $high }.
       *[unclear] Hatuwezi kutofautisha hili na kutokuwa na athari yoyote: tofauti halisi iko mahali fulani kati ya alama { $low } na { $high }.
    }
campaign-uplift-figures = { "   " }Kwa kila mtu, dhidi ya walioachwa nje: ziara { $visits_reached } / { $visits_held }; matumizi { $spend_reached } / { $spend_held }; pointi zilizotumika kwa zawadi { $redeemed_reached } / { $redeemed_held }.
campaign-uplift-none = 📊 #{ $campaign }: hakuna aliyeachwa nje (watu chini ya 100, au 0 %), kwa hiyo athari yake haiwezi kupimwa.
