delete-confirm = Hatua hii inafuta jina lako, namba yako ya simu na mazungumzo yako kwenye mpango wetu wa uaminifu. Pointi zako { $points } zitapotea, na hili haliwezi kurudishwa. Tufute kila kitu?
delete-yes = 🗑️ Ndiyo, futa kila kitu
delete-no = Hapana, usifute akaunti yangu
delete-done = Taarifa zako zimefutwa. Asante kwa kuwa nasi! Tuma /start kama utataka kujiunga tena siku moja.
delete-kept = Vizuri: akaunti yako inabaki kama ilivyo.
