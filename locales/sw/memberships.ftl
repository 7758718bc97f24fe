# Uanachama wa kulipia: unauzwa kaunta, unaonyeshwa kwa mwanachama na kwa wafanyakazi.
member-none-on-sale = Hakuna uanachama wa kulipia unaouzwa. Mmiliki anauongeza kwenye dashibodi (Mpango → Uanachama).
member-list-title = ⭐ Uanachama unaouzwa:
member-list-line = { $number }. { $name }: miezi { $months }
member-gives-tier = anapata pointi kama daraja: { $tier }
member-gives-discount = punguzo la { $percent }% kaunta
member-usage = Kuuza au kuongeza muda: /member sell <namba ya uanachama> <namba>
member-sold = ✅ { $name } · { $membership }: kuanzia { $start } hadi { $end }.
member-held = ⭐ { $membership }: hadi { $end } ({ $gives })
member-discount = ⭐ { $membership }: mpe punguzo la { $percent }% kaunta.
