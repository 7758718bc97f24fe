delete-confirm = Hatua hii inafuta jina lako, namba yako ya simu na mazungumzo yako kwenye mpango wetu wa uaminifu, na haiwezi kurudishwa.
delete-you-would-lose = Utapoteza ulivyo navyo kwetu:
delete-lose-points = 💳 Pointi { $points }
delete-lose-full-cards =
    { $count ->
        [one] ☕ Kadi moja ya mihuri iliyojaa, tayari kubadilishwa
       *[other] ☕ Kadi { $count } za mihuri zilizojaa, tayari kubadilishwa
    }
delete-lose-codes =
    { $count ->
        [one] 🎁 Msimbo mmoja wa zawadi ambao bado hujauonyesha kaunta
       *[other] 🎁 Misimbo { $count } ya zawadi ambayo bado hujaionyesha kaunta
    }
delete-question = Tufute kila kitu?
delete-yes = 🗑️ Ndiyo, futa kila kitu
delete-no = Hapana, usifute akaunti yangu
delete-done = Taarifa zako zimefutwa. Asante kwa kuwa nasi! Tuma /start kama utataka kujiunga tena siku moja.
delete-kept = Vizuri: akaunti yako inabaki kama ilivyo.
