# Dashibodi ya mwenye duka (kurasa kwenye kivinjari au Mini App ya Telegram).
dash-title = Dashibodi ya mpango wa uaminifu
dash-nav-overview = Muhtasari
dash-nav-programme = Mpango
dash-nav-customers = Wateja
dash-logout = Toka
dash-back-to-start = Rudi mwanzo
dash-refused = Ukurasa huu ni wa wamiliki wa duka.
dash-login-title = Fungua dashibodi
dash-login-telegram-wait = Tunathibitisha wewe ni nani kupitia Telegram…
dash-login-how = Ili kufungua dashibodi, tuma /dashboard kwa boti ya duka kwenye Telegram au WhatsApp: itakujibu kwa kiungo kinachofanya kazi mara moja, kwa dakika 10.
dash-link-open = Fungua dashibodi
dash-link-refused = Kiungo hiki kimekwisha muda au kimeshatumika. Tuma /dashboard kwa boti upate kipya.
dash-refused-telegram = Dashibodi ni ya wamiliki na wafanyakazi wa duka. Kama unafanya kazi hapa, mwombe mmiliki akualike.
dash-period = { $days ->
    [one] siku 1
   *[other] siku { $days }
}
dash-tiers = Wanachama kwa kila daraja
dash-popular = Zawadi zinazopendwa zaidi
dash-branches = Matawi
dash-branch-figures = manunuzi { $purchases } · pointi { $points }
dash-version = toleo la { $version }
dash-saved = Imehifadhiwa kama toleo la { $version }. Wateja wataiona ndani ya sekunde chache.
dash-section-rewards = Zawadi
dash-section-stamps = Kadi za mihuri
dash-section-earn = Kupata pointi
dash-section-tiers = Madaraja
dash-section-expiry = Muda wa pointi kuisha
dash-section-limits = Mipaka kaunta
dash-section-messages = Ujumbe na saa za utulivu
dash-section-referrals = Zawadi: kujiunga, mialiko na siku za kuzaliwa
dash-section-shop = Duka
dash-section-history = Historia ya matoleo
dash-field-name = Jina kwa kila lugha
dash-field-cost = Bei kwa pointi
dash-field-active = Inatolewa kwa wateja
dash-field-slots = Mihuri kwenye kadi iliyojaa
dash-field-card-reward = Zawadi ya kadi iliyojaa, kwa kila lugha
dash-field-points-per-unit = Pointi kwa kila kipimo kimoja cha pesa kilichotumika
dash-field-minimum-purchase = Ununuzi mdogo kabisa unaopata pointi
dash-field-maximum-purchase = Ununuzi mkubwa kabisa ambao kaunta inaweza kurekodi
dash-field-window-days = Madaraja yanahesabu pointi zilizopatikana katika siku … zilizopita
dash-field-threshold = Pointi zinazohitajika
dash-field-multiplier = Kizidishio cha pointi
dash-field-expiry-policy = Je, pointi zinaisha muda?
dash-policy-none = Hazimaliziki kamwe
dash-policy-rolling = Baada ya idadi fulani ya siku tangu zilipopatikana
dash-field-after-days = Siku hadi pointi ziishe
dash-field-reminder-days = Wakumbushe wateja siku hizi kabla (kwa mfano 14, 3)
dash-field-stamps-per-day = Mihuri kwa mteja mmoja kwa siku
dash-field-stamp-cooldown = Dakika kati ya mihuri miwili kwa mteja mmoja
dash-field-max-award = Pointi nyingi zaidi mfanyakazi anazoweza kutoa kwa ununuzi mmoja
dash-field-max-adjust = Marekebisho makubwa zaidi ya pointi kwa mara moja
dash-field-code-ttl = Dakika ambazo msimbo wa zawadi unabaki halali
dash-field-quiet-start = Saa za utulivu zinaanza
dash-field-quiet-end = Saa za utulivu zinaisha
dash-field-winback-days = “Tumekukumbuka” baada ya siku hizi bila kutembelea (0: kamwe)
dash-field-card-reminder-days = Kumbusha kuhusu kadi iliyokaribia kujaa au iliyojaa baada ya siku hizi
dash-field-grace-hours = Kampeni iliyokosa kutumwa boti ikiwa imezimwa bado itatumwa ndani ya saa …
dash-field-referrer-points = Pointi kwa mteja anayemwalika rafiki
dash-field-referee-points = Pointi kwa rafiki aliyealikwa
dash-field-birthday-points = Pointi za siku ya kuzaliwa
dash-field-anniversary-points = Pointi kila mwaka wa kujiunga unapotimia
dash-field-review-url = Ukurasa wa maoni ya umma, unaotolewa baada ya nyota 4 au 5 (Google au mwingine; tupu: hakuna)
dash-field-shop-name = Jina la duka
dash-missing = haipo
dash-retired = haitolewi tena
dash-add-reward = Ongeza zawadi
dash-review = Kagua mabadiliko
dash-nothing-changed = Hakuna kilichobadilishwa.
dash-confirm-title = Kagua mabadiliko kabla ya kuyahifadhi
dash-confirm-changes = Kinachobadilika
dash-confirm-customers = Maana yake kwa wateja
dash-save = Hifadhi
dash-back = Rudi bila kuhifadhi
dash-changed-meanwhile = Mtu mwingine amebadilisha mpango wakati huo huo. Hakuna kilichohifadhiwa: uangalie tena kisha ufanye badiliko lako upya.
dash-restore = Rudisha toleo hili
dash-in-force = linatumika sasa
dash-source-file = kutoka faili ya mpango
dash-source-import = limeletwa kutoka faili
dash-source-dashboard = limebadilishwa kwenye dashibodi
dash-source-restore = toleo la awali limerudishwa
dash-error-form = Fomu haikuweza kusomwa. Hakuna kilichohifadhiwa.
dash-error-missing = { $field }: hiki kinahitajika.
dash-error-too-small = { $field }: lazima kiwe angalau { $limit }.
dash-error-too-large = { $field }: kisizidi { $limit }.
dash-error-number = { $field }: tafadhali andika namba.
dash-error-invalid = { $field }: thamani hii haiwezi kutumika.
dash-error-thresholds = Kila daraja lazima lihitaji pointi nyingi kuliko daraja lililotangulia.
dash-error-first-tier = Daraja la kwanza lazima lihitaji pointi 0: kila mteja anaanzia hapo.
dash-error-min-max = Ununuzi mdogo kabisa usiwe mkubwa kuliko ununuzi mkubwa kabisa.
dash-error-too-generous = Ununuzi mmoja mkubwa ungeweza kupata pointi nyingi mno: punguza pointi kwa kipimo au ununuzi mkubwa kabisa.
dash-error-duplicate = Zawadi, madaraja au matawi mawili yana jina moja.
dash-search = Tafuta
dash-search-placeholder = Jina, namba ya simu au namba ya uanachama
dash-member-code = Namba ya uanachama
dash-balance = Pointi
dash-tier = Daraja
dash-stamps = Mihuri
dash-offers = Anakubali ofa
dash-apps = Programu za ujumbe
dash-yes = ndiyo
dash-no = hapana
dash-history = Historia
dash-adjust = Rekebisha pointi
dash-adjust-points = Pointi za kuongeza (au kupunguza, kwa alama ya kutoa)
dash-adjust-reason = Sababu (mteja ataiona)
dash-adjust-usage = Andika pointi (kwa mfano 50 au -20) na sababu.
dash-erase = Futa taarifa za mteja huyu
dash-erase-intro = Mteja anapokuomba (kaunta, kwa simu au kwa barua pepe) ufute taarifa zake. Jina lake, namba yake ya simu, siku yake ya kuzaliwa na mazungumzo yake yanafutwa; pointi zake, mihuri, misimbo ya zawadi, vifurushi na uanachama vinapotea, na hili haliwezi kurudishwa. Andika namba yake ya uanachama ili kuthibitisha.
dash-erase-code = Namba ya uanachama
dash-erase-mismatch = Hii si namba ya uanachama ya mteja huyu: hakuna kilichofutwa.
dash-erase-staff = Mtu huyu yuko kwenye timu yako ({ $name }): mwondoe kwenye timu kwanza.
dash-erased = Taarifa za mteja zimefutwa (namba ya uanachama { $code }).
# Kwenye mazungumzo.
dashboard-link = Kiungo chako cha dashibodi (kinafanya kazi mara moja, kwa dakika { $minutes }; usimpe mtu mwingine):
    { $link }
dashboard-open-app = 📊 Fungua dashibodi
dashboard-open-browser = 🌐 Fungua kwenye kivinjari
dashboard-now-owner = ✅ Sasa wewe ni mmiliki wa duka hili. /help inaonyesha amri za kaunta na zako; /dashboard inafungua dashibodi.
dashboard-now-staff = ✅ Sasa uko kwenye timu ya duka. /help inaonyesha amri za kaunta; /dashboard inafungua dashibodi.
dashboard-menu-button = Dashibodi
dash-nav-team = Timu
dash-nav-audit = Kumbukumbu za ukaguzi
team-role-owner = mmiliki
team-role-staff = mfanyakazi
team-dismiss = Ondoa
team-dismiss-note = Anaondolewa kwenye kaunta na dashibodi mara moja; anaarifiwa kwenye mazungumzo yake, na pointi zake binafsi zinabaki kuwa zake.
team-dismiss-confirm = Ndiyo, mwondoe { $name } kwenye timu
team-invite-title = Alika mtu kwenye timu
team-invite-as = Kama
team-invite = Tengeneza mwaliko
team-invitation = Mwaliko kama { $role }: mtu huyo atume hiki kwa boti (kwenye Telegram au WhatsApp) ndani ya siku { $days }. Unafanya kazi mara moja.
audit-system = boti
dash-nav-campaigns = Kampeni
dash-campaign-new = Kampeni mpya
dash-campaign-segment = Nani ataipokea
dash-campaign-text = Ujumbe kwa { $language }
dash-campaign-effect-chart = Walionunua ndani ya siku 7: walioipokea (juu) na walioachwa nje (chini)
dash-campaign-holdout = Wanaoachwa nje ili kupima athari (%, hakuna chini ya watu 100)
dash-campaign-when = Lini (tupu: sasa hivi)
dash-campaign-when-example = kwa mfano: Ijumaa 10:00, au kila Jumatatu 9:00
dash-campaign-preview = Onyesha kabla
dash-campaign-check = Kagua kampeni kabla haijatumwa
dash-campaign-started = Kampeni #{ $campaign } imehifadhiwa. Maendeleo yake yanaonekana hapa.
dash-section-brand = Rangi za picha
dash-field-colour = Ukanda wenye jina la duka, na mihuri
dash-field-accent = Kinachovuta macho (kadi iliyojaa)
dash-field-background = Rangi ya nyuma
dash-card-preview = Kadi ya mihuri kama wateja wanavyoiona
dash-section-branches = Matawi
dash-add-branch = Ongeza tawi
dash-field-branch-name = Jina la tawi
dash-figures-as-of = Takwimu hadi { $time } (zinasasishwa kila dakika 5).
dash-field-logo = Nembo
dash-change-reward = Zawadi: { $name }
dash-change-tier = Daraja: { $name }
dash-change-branch = Tawi: { $name }
dash-change-added = imeongezwa
dash-change-removed = imeondolewa
dash-change-name = Jina ({ $language })
dash-change-perks = Manufaa ({ $language })
dash-change-card-reward = Zawadi ya kadi iliyojaa ({ $language })
dash-change-values = thamani { $count }
dash-logo-hint = PNG au JPEG, hadi MB 10; inapunguzwa ukubwa kwa ajili ya picha.
dash-logo-remove = Ondoa nembo
dash-logo-not-a-picture = Faili hilo si picha ya PNG wala JPEG. Hakuna kilichobadilishwa.
dash-logo-too-large = Picha hiyo ni kubwa mno (isizidi MB 10). Hakuna kilichobadilishwa.
dash-logo-earlier = picha ya awali
dash-logo-uploaded = picha mpya
dash-export = Pakua kama jedwali (CSV):
dash-export-customers = wateja
dash-export-ledger = kila ingizo la pointi na mihuri
dash-figures-computing = Tunahesabu takwimu za siku { $days } zilizopita: kwa duka kubwa inachukua sekunde chache. Ukurasa huu utazionyesha wenyewe.
dash-codes = Misimbo ya zawadi inayosubiri kaunta
dash-holdings = Vifurushi na uanachama
dash-code-until = inatumika hadi { $time }
dash-field-claim-days = Siku ambazo msimbo wa risiti unaweza kutumika kupata pointi zake
dash-field-welcome-points = Pointi za zawadi ya kukaribisha, mara moja kwa kila mtu
dash-field-welcome-stamps = Mihuri iliyo tayari kwenye kadi ya kwanza ya mwanachama mpya
dash-error-welcome-stamps = Kadi ya kwanza ya mwanachama mpya lazima ianze na mihuri michache kuliko ya kadi iliyojaa.
dash-nav-draws = Bahati nasibu na dodoso
dash-draws-how = Fungua bahati nasibu au uwaulize wateja swali kwa fomu zilizo hapa chini, au kwenye gumzo (/draws new, /survey <kundi>). Ahadi ya bahati nasibu inachapishwa inapofunguliwa; utafiti unatumwa baada ya kuona nani ataulizwa.
dash-draw-commitment = Msimbo wa ahadi (ulitangazwa bahati nasibu ilipofunguliwa):
dash-draw-record = Pakua kumbukumbu ya umma
dash-surveys = Dodoso
dash-section-happy-hours = Saa za ofa
dash-happy-hint = Ofa inayorudi kila wiki kwa nyakati zilezile, kwa saa za eneo la duka: pointi zaidi kwa ununuzi, au mihuri ya ziada. Ofa kadhaa zikiendelea kwa wakati mmoja, ununuzi unapata iliyo bora tu, na wafanyakazi wanaona ni ipi.
dash-add-happy-hour = Ongeza saa za ofa
dash-field-days = Siku
dash-field-happy-start = Inaanza
dash-field-happy-end = Inaisha (mapema kuliko mwanzo: inavuka usiku wa manane)
dash-field-bonus-stamps = Mihuri ya ziada kila mihuri inapotolewa
dash-field-happy-limit = Mara kwa kila mteja (0: bila kikomo)
dash-field-happy-period = Kwa
dash-happy-period-day = siku
dash-happy-period-week = wiki
dash-happy-period-month = mwezi
dash-field-happy-months = Katika miezi hii tu (bila alama: mwaka mzima)
dash-field-happy-active = Inaendelea
dash-happy-off = imesimamishwa
dash-change-happy-hour = Saa za ofa: { $name }
dash-happy-usage =
    Siku 30 zilizopita: { $uses ->
        [one] imetumika mara moja
       *[other] imetumika mara { $uses }
    } na { $customers ->
        [one] mteja mmoja
       *[other] wateja { $customers }
    }; { $points ->
        [one] pointi moja ya ziada
       *[other] pointi { $points } za ziada
    }, { $stamps ->
        [one] muhuri mmoja wa ziada
       *[other] mihuri { $stamps } ya ziada
    }.
dash-happy-unused = Haijatumika katika siku 30 zilizopita.
dash-error-happy-end = Saa za ofa lazima ziishe wakati tofauti na zinapoanza.
dash-error-happy-nothing = Saa za ofa lazima zitoe kitu: kizidishio cha pointi zaidi ya ×1, au mihuri ya ziada.
dash-section-bundles = Vifurushi
dash-bundles-hint = Ziara zilizolipiwa mapema, zinazouzwa kaunta ("nywele mara 10 kwa bei ya 8"): wafanyakazi wanauza kwa /bundle sell na kutumia moja kila ziara kwa /bundle use au kitufe cha paneli ya QR. Kaunta inapokea malipo; bot inarekodi kilichouzwa.
dash-add-bundle = Ongeza kifurushi
dash-field-bundle-uses = Matumizi katika kifurushi kimoja
dash-field-bundle-days = Kinatumika kwa (siku baada ya kuuzwa)
dash-field-bundle-price = Bei kaunta (tupu: haitajwi)
dash-field-bundle-active = Kinauzwa
dash-field-bundle-reminder-days = Siku kabla kifurushi hakijaisha za kumkumbusha mwenye nacho (0: kamwe)
dash-bundle-off = hakiuzwi
dash-change-bundle = Kifurushi: { $name }
dash-bundle-summary = matumizi { $uses }, siku { $days }
dash-bundle-sales = Kimeuzwa mara { $sold }; { $held } vinashikiliwa sasa, na matumizi { $left } bado ya kutolewa.
dash-bundle-unsold = Bado hakijauzwa.
dash-section-memberships = Uanachama
dash-memberships-hint = Uanachama wa kulipia kwa mwezi au mwaka, unaouzwa kaunta kwa /member sell: ukiendelea, mwanachama anapata pointi kama daraja unalochagua (ikiwa daraja hilo linapata zaidi kuliko lake) na/au punguzo ambalo wafanyakazi wanaonyeshwa. Kaunta inapokea malipo na kutoa punguzo. Ukinunuliwa tena kabla haujaisha, kipindi kipya kinaanza mwisho wa kile cha zamani.
dash-add-membership = Ongeza uanachama
dash-field-member-months = Miezi katika kipindi kimoja
dash-field-member-tier = Anapata pointi kama daraja
dash-member-no-tier = (bila daraja: punguzo tu)
dash-field-member-discount = Punguzo kaunta, kwa % (0: hakuna)
dash-field-member-reminder-days = Siku kabla uanachama haujaisha za kumkumbusha mwanachama (0: kamwe)
dash-change-membership = Uanachama: { $name }
dash-error-member-nothing = Uanachama lazima utoe kitu: daraja la kupata pointi, au punguzo.
dash-draw-new = Fungua bahati nasibu
dash-draw-prize = Zawadi, kama wateja watakavyoiona
dash-draw-closes = Inafungwa (saa za eneo: { $zone })
dash-draw-entry = Jinsi wateja wanavyoshiriki
dash-draw-by-purchase = Kwa kununua: tiketi kwa kila ununuzi wa angalau kiasi fulani
dash-draw-by-points = Kwa pointi: tiketi kwa idadi ya pointi, inanunuliwa kwenye /draw
dash-draw-threshold = Ununuzi mdogo kabisa, au pointi za tiketi moja
dash-draw-cap = Tiketi kwa kila mtu, zisizozidi
dash-draw-winners = Washindi
dash-draw-open = Fungua bahati nasibu
dash-draw-opened = Bahati nasibu { $draw } imefunguliwa; ahadi yake imechapishwa hapa chini.
dash-survey-new = Uliza swali
dash-survey-question = Swali
dash-survey-choice = Chaguo { $number } (herufi zisizozidi 20)
dash-survey-check = Kagua utafiti kabla haujatumwa
dash-cards-hint = Kadi hujaa kwa muhuri mmoja kila ziara na kutoa zawadi yake ikijaa. Weka kadi nyingine kwa bidhaa nyingine (chakula cha mchana, kuosha gari), na uongeze hatua njiani: zawadi ndogo kwa mihuri 3, kubwa zaidi kwa 6. Mteja anaweza kuchukua zawadi ya hatua (mihuri yake inatolewa kwenye kadi) au kuweka mihuri akiba kwa inayofuata. Wafanyakazi huchagua kadi wanapogonga muhuri.
dash-card-summary =
    { $slots ->
        [one] muhuri { $slots }
       *[other] mihuri { $slots }
    }, { $steps ->
        [0] hakuna hatua
        [one] hatua moja
       *[other] hatua { $steps }
    }
dash-card-name-hint = Jina la kadi linahitajika tu ukiwa na kadi zaidi ya moja; likiachwa wazi, inaitwa “Kadi ya mihuri”.
dash-step-legend =
    { $at ->
        [one] Zawadi ya muhuri { $at }, kwa kila lugha
       *[other] Zawadi ya mihuri { $at }, kwa kila lugha
    }
dash-add-step = Ongeza hatua njiani
dash-field-step-at = Mihuri inayohitajika kwa hatua hii
dash-field-step-reward = Zawadi ya hatua, kwa kila lugha
dash-remove-step =
    { $at ->
        [one] Ondoa hatua ya muhuri { $at }: { $reward }
       *[other] Ondoa hatua ya mihuri { $at }: { $reward }
    }
dash-add-card = Ongeza kadi ya mihuri
dash-field-card-active = Inagongwa muhuri kaunta
dash-card-off = imezimwa
dash-error-steps-rise = Kila hatua inahitaji mihuri mingi kuliko iliyotangulia, na hatua mbili haziwezi kuomba idadi moja.
dash-error-step-past-full = Hatua lazima ije kabla kadi haijajaa: omba mihuri michache kuliko iliyo kwenye kadi.
dash-change-card = Kadi: { $name }
dash-change-step =
    { $at ->
        [one] Hatua ya muhuri { $at }
       *[other] Hatua ya mihuri { $at }
    }
dash-change-step-reward = Zawadi ya hatua ({ $language })
dash-rollout-hint = Uzinduzi kwa hatua: anzisha mpango katika matawi machache kwanza. Katika tawi ambalo bado halijaanza, hakuna kinachopatikana wala kutumika, na wafanyakazi wanaambiwa kwa upole; ziara wanazoandika zinahifadhiwa, na /stats pamoja na muhtasari hulinganisha majaribio na mengine. Weka alama kwa tawi ili kupanua.
dash-field-branch-started = Mpango unaendelea katika tawi hili: { $branch }
dash-change-branch-started = Mpango umeanza
