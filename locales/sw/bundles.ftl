# Vifurushi vilivyolipiwa mapema: vinauzwa na kutumika kaunta, vinashikiliwa na mteja.
bundle-none-on-sale = Hakuna vifurushi vinavyouzwa. Mmiliki anaviongeza kwenye dashibodi (Mpango → Vifurushi).
bundle-list-title = 🎟️ Vifurushi vinavyouzwa:
bundle-list-line = { $number }. { $name }: matumizi { $uses }, kwa siku { $days }
bundle-list-price = { "   " }Bei: { $price }
bundle-usage = Kuuza: /bundle sell <namba ya uanachama> <namba> · Kutumia: /bundle use <namba ya uanachama>
bundle-sold = ✅ { $name } sasa ana: { $bundle } (matumizi { $uses }, hadi { $date }).
bundle-charge = 💰 Pokea malipo kaunta: { $price }.
bundle-used =
    ✅ { $name } · { $bundle }: matumizi moja yamechukuliwa. { $left ->
        [0] Hayo yalikuwa ya mwisho.
       *[other] Yamebaki { $left }, hadi { $date }.
    }
bundle-used-again = Matumizi haya yalisharekodiwa ({ $bundle }: yamebaki { $left }); hakuna kilichochukuliwa tena.
bundle-which = { $name } ana zaidi ya kifurushi kimoja. Ziara hii ni ya kipi?
bundle-use-button = ✂️ Tumia: { $bundle }
bundle-held = 🎟️ { $bundle }: yamebaki { $left } kati ya { $total }, hadi { $date }
