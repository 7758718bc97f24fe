# Anachosoma mfanyakazi na mmiliki kaunta na ofisini.
staff-usage-award = Matumizi: /award <namba ya uanachama> <kiasi> [namba ya risiti]
staff-usage-stamp = Matumizi: /stamp <namba ya uanachama> [idadi ya mihuri] [kadi]
staff-usage-redeem = Matumizi: /redeem <msimbo anaouonyesha mteja>
staff-usage-lookup = Matumizi: /lookup <namba ya uanachama, namba ya simu au jina>
staff-usage-adjust = Matumizi: /adjust <namba ya uanachama> <+pointi au -pointi> <sababu>
staff-usage-staff = Matumizi: /staff add <namba ya uanachama> [tawi] · /staff owner <namba ya uanachama> · /staff remove <namba ya uanachama> · /staff list
staff-awarded = ✅ { $name }: pointi +{ $points } kwa { $amount }. Salio: { $balance }.
staff-awarded-again = Risiti hii ilisharekodiwa (pointi +{ $points }); hakuna kilichoongezwa.
staff-stamped =
    { $count ->
        [one] ✅ { $name }: muhuri +1. Kadi: { $stamps } kati ya { $slots }.
       *[other] ✅ { $name }: mihuri +{ $count }. Kadi: { $stamps } kati ya { $slots }.
    }
staff-redeemed = ✅ Mkabidhi { $name }: { $reward }.
staff-undone-purchase = ↩️ Imetenguliwa: pointi { $points } zimerudishwa kutoka kwa { $name }.
staff-undone-stamp =
    { $count ->
        [one] ↩️ Imetenguliwa: muhuri 1 umeondolewa kwa { $name }.
       *[other] ↩️ Imetenguliwa: mihuri { $count } imeondolewa kwa { $name }.
    }
staff-panel = 👤 { $name } · { $code }
    { $tier } · pointi { $points } · mihuri { $stamps }/{ $slots }
staff-panel-stamp = ➕ Muhuri
staff-panel-purchase = 🧾 Ununuzi
staff-panel-redeem = 🎟️ Pokea msimbo
staff-ask-amount = Kiasi cha ununuzi wa { $name }?
staff-ask-code = Andika msimbo anaouonyesha mteja:
staff-lookup-none = Hakuna mteja anayelingana na “{ $query }”.
staff-lookup-line = 👤 { $name } · { $code } · { $tier } · pointi { $points } · mihuri { $stamps }/{ $slots }
staff-adjusted = ✅ { $name }: pointi { $change } ({ $reason }). Salio: { $balance }.
staff-added =
    { $role ->
        [owner] ✅ { $name } sasa ni mmiliki.
       *[staff] ✅ { $name } sasa ni mmoja wa wafanyakazi.
    }
staff-removed = ✅ { $name } si mfanyakazi tena.
staff-not-staff = { $name } hakuwa mfanyakazi.
staff-not-yourself = Huwezi kujiondoa mwenyewe; mmiliki mwingine anaweza.
staff-list-title = Wafanyakazi:
staff-list-line = { $role ->
        [owner] 👑
       *[staff] 🧑‍🍳
    } { $name } · { $code } · tawi: { $branch }
staff-unknown-branch = Hakuna tawi “{ $branch }”. Matawi: { $branches }.
staff-note-low-rating = ⚠️ { $name } ({ $code }) amekadiria ziara { $rating } kati ya 5. Hili linabaki siri; huenda neno kutoka kwako likarekebisha mambo.
staff-note-limit = ⚠️ { $staff } amefikia kikomo kwa mwanachama { $code }: { $limit ->
        [stamp-daily-cap] kikomo cha mihuri kwa siku.
        [stamp-cooldown] mihuri iliyokaribiana mno.
       *[award-limit-exceeded] pointi zaidi ya kikomo cha mfanyakazi.
    }
staff-export = 📎 Wateja na daftari lote la pointi, kama faili za CSV za kufungua kwenye lahajedwali.
staff-usage-claim = Matumizi: /claim <namba ya uanachama> <msimbo wa ofa>
staff-claimed = ✅ { $name }: pointi +{ $points } za ofa. Salio: { $balance }.
staff-note-guessing = ⚠️ { $staff } ameandika { $kind ->
        [claim] misimbo ya ofa
       *[redeem] misimbo ya zawadi
    } isiyo sahihi mara { $count } ndani ya dakika 15. Majaribio yake yajayo yatasubiri kwa muda. Ikiwa hakuna aliyekosea kuandika kaunta, huenda mtu anabahatisha misimbo.
staff-award-repeated = ⚠️ Kiasi hichohicho kilirekodiwa kwa { $name } { $minutes ->
        [0] chini ya dakika moja iliyopita
       *[other] dakika { $minutes } zilizopita
    }, bila namba ya risiti. Umeandika mara mbili? Tengua huu.
staff-undo-button = ↩️ Tengua ununuzi huu
staff-usage-receiptcode = Matumizi: /receiptcode <kiasi> <namba ya risiti>
staff-receipt-code = 🧾 Risiti { $receipt } ({ $amount }): msimbo { $code }, unatumika hadi { $day }.
staff-receipt-code-link = Uchapishe kwenye risiti, au mwonyeshe mteja msimbo huu wa QR au kiungo hiki: { $link }
staff-receipt-code-typed = Mteja atume: /receipt { $code }
staff-promotion-points =
    { $times ->
        [2] 🎉 { $name }: pointi mara mbili.
        [3] 🎉 { $name }: pointi mara tatu.
       *[other] 🎉 { $name }: pointi mara { $times }.
    }
staff-promotion-stamps =
    { $bonus ->
        [one] 🎉 { $name }: muhuri 1 wa ziada umeongezwa.
       *[other] 🎉 { $name }: mihuri { $bonus } ya ziada imeongezwa.
    }
staff-promotion-offer =
    { $times ->
        [2] 🎉 Ofa “{ $offer }”: pointi mara mbili.
        [3] 🎉 Ofa “{ $offer }”: pointi mara tatu.
       *[other] 🎉 Ofa “{ $offer }”: pointi mara { $times }.
    }
staff-which-card = { $name }: muhuri uende kwenye kadi ipi?
staff-stamp-on = ➕ Muhuri: { $card }
staff-visit-noted = Ziara imeandikwa (bila pointi) ili mmiliki alinganishe matawi.
staff-undone-bundle = ↩️ Imetenguliwa: matumizi moja ya { $bundle } yamerudishwa kwa { $name }. Yamebaki matumizi { $left }.
