# Akaunti moja kwenye Telegram na WhatsApp.
link-code = 🔗 Msimbo wako wa kuunganisha ni { $code } (unafanya kazi kwa dakika { $minutes }). Kwenye programu nyingine (Telegram au WhatsApp), fungua mazungumzo yetu na utume: unganisha { $code }
link-how = 🔗 Tayari ni mwanachama kwenye programu yetu nyingine? Tuma /link huko upate msimbo, kisha utume “unganisha” na msimbo huo hapa ndani ya dakika { $minutes }.
link-done = 🔗 Zimeunganishwa! Karibu tena, { $name }: pointi zako, mihuri na historia ni zilezile kwenye programu zote mbili.
