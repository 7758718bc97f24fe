## Dodoso: jibu la mteja

survey-thanks = 🙏 Asante! Jibu lako: { $choice }. Ukibonyeza chaguo lingine, jibu litabadilika.

## Dodoso: mmiliki (/survey)

survey-usage = /survey <kundi> huuliza kundi swali moja lenye machaguo 2 hadi 5 · /survey huorodhesha ya karibuni · /survey <namba> huonyesha majibu yake.
survey-list-title = 📊 Dodoso:
survey-list-empty = Bado hakuna dodoso.
survey-line =
    #{ $survey } { $question }: { $answered } kati ya { $asked ->
        [one] mtu mmoja aliyeulizwa
       *[other] watu { $asked } walioulizwa
    }
survey-results-title = 📊 Dodoso { $survey }: { $question }
survey-results-line = { $bar } { $choice }: { $count } (asilimia { $percent })
survey-results-total =
    { $answered ->
        [one] Jibu moja
       *[other] Majibu { $answered }
    } kutoka kwa { $asked ->
        [one] mtu mmoja aliyeulizwa.
       *[other] watu { $asked } walioulizwa.
    }
survey-ask-question = 📊 Dodoso kwa “{ $segment }”. Swali ni lipi? Kwa mfano: “Tuongeze zawadi gani inayofuata?” (herufi zisizozidi { $limit })
survey-question-bad = Tafadhali andika swali kwa maneno, herufi zisizozidi { $limit }.
survey-ask-choice = Chaguo la { $number }? Litume kama jibu fupi (herufi zisizozidi { $limit }), k.m. “Keki ya bure”.
survey-done-button = ✅ Machaguo yamekamilika
survey-choice-bad = Chaguo liwe maneno machache, herufi zisizozidi { $limit }, ili litoshe kwenye kitufe.
survey-choice-twice = “{ $choice }” tayari ni chaguo.
survey-nobody = Hakuna mtu katika “{ $segment }” anayeweza kuulizwa sasa (hakuna wanachama, au hakuna anayekubali ujumbe). Dodoso halikutumwa.
survey-preview =
    Swali, lenye kitufe kwa kila chaguo:
    { $question }
    { $choices }
survey-send-button =
    { $count ->
        [one] 📨 Muulize mteja mmoja
       *[other] 📨 Waulize wateja { $count }
    }
survey-sent =
    📨 Dodoso { $survey } linatumwa kwa { $count ->
        [one] mteja mmoja.
       *[other] wateja { $count }.
    } Tazama majibu kwa /survey { $survey }.
survey-abandoned = Dodoso halikutumwa.
survey-typed-choices = Jibu kwa namba ya jibu lako: { $choices }
