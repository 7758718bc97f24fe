# API ya kaunta: kile mfumo wa kaunta unachowaonyesha wafanyakazi ombi linapokataliwa,
# amri ya mmiliki /apikey na ukurasa wa dashibodi wa API ya kaunta.

api-unauthorized = Ufunguo huu wa API haupo, haujulikani au umesitishwa. Muombe mmiliki wa duka ufunguo.
api-scope-missing = Ufunguo huu hauruhusiwi { $scope ->
        [award] kurekodi manunuzi au mihuri
        [redeem] kutoa zawadi
       *[read] kutafuta wanachama
    }. Muombe mmiliki wa duka ufunguo unaoruhusiwa.
api-rate-limited = Maombi mengi mno kwa ufunguo huu. Jaribu tena baada ya { $seconds ->
        [one] sekunde moja.
       *[other] sekunde { $seconds }.
    }
api-invalid-request = Ombi haliko katika muundo ambao API inapokea: angalia maelezo, na /api/v1/openapi.json.
api-not-found = API haina ombi hilo: angalia /api/v1/openapi.json.
api-scope-award = kurekodi manunuzi na mihuri
api-scope-redeem = kutoa zawadi
api-scope-read = kutafuta wanachama

apikey-usage = Matumizi: /apikey new <jina> [tawi] · /apikey revoke <mwanzo wa ufunguo> · /apikey list
apikey-none = Bado hakuna funguo za API ya kaunta.
apikey-list-title = 🔑 Funguo za API ya kaunta:
apikey-line = • { $name } · { $prefix }… · tawi: { $branch } · inaruhusiwa: { $scopes } · ilitumika mwisho: { $used }
apikey-line-revoked = • { $name } · { $prefix }… · umesitishwa
apikey-never-used = haijatumika
apikey-made =
    🔑 Ufunguo wa “{ $name }” (tawi: { $branch }). Unakili kwenye mfumo wa kaunta sasa: unaonyeshwa mara hii moja tu.

    { $key }

    Kuusitisha: /apikey revoke { $prefix }
apikey-revoked = 🔒 Ufunguo { $prefix } (“{ $name }”) umesitishwa: kaunta inayoutumia itakataliwa kuanzia ombi lake lijalo.
apikey-not-found = Hakuna ufunguo unaotumika unaoanza na { $prefix }. /apikey inaziorodhesha.

dash-nav-api = API ya kaunta
api-intro = Mfumo wako wa kaunta unaweza kurekodi manunuzi, mihuri, zawadi na marejesho wenyewe, kwa ufunguo wake. Kila kaunta au muunganisho upewe ufunguo wake, ili uweze kusitisha mmoja bila kusitisha mingine.
api-docs = Maelezo ya API (OpenAPI)
api-made = Ufunguo wa “{ $name }”. Unakili kwenye mfumo wa kaunta sasa: unaonyeshwa mara hii moja tu.
api-col-name = Jina
api-col-key = Ufunguo
api-col-branch = Tawi
api-col-scopes = Inaruhusiwa
api-col-used = Ilitumika mwisho
api-branch-all = duka zima
api-revoked-on = ulisitishwa { $date }
api-revoke = Sitisha
api-new-title = Ufunguo mpya
api-create = Tengeneza ufunguo
audit-key = 🔑 ufunguo “{ $name }”

webhook-usage = Matumizi: /webhook add <anwani ya https> [matukio] · /webhook remove <namba> · /webhook list. Matukio: { $events } (yote yasipotajwa).
webhook-none = Bado hakuna webhook.
webhook-list-title = 🔔 Webhook zako:
webhook-line = #{ $id } { $url } · { $events } · yanasubiri: { $pending } · yameshindikana: { $failed }
webhook-added =
    🔔 Webhook #{ $id } imeongezwa: { $url }
    Matukio: { $events }

    Siri yake ya kusaini, inaonyeshwa mara hii moja tu (mfumo wako unakagua kila ujumbe kwa siri hii):
    { $secret }
webhook-removed = Webhook #{ $id } imeondolewa: hakuna kitakachotumwa tena kwake.
webhook-not-found = Hakuna webhook #{ $id }. /webhook inaziorodhesha.
dash-webhooks-title = Webhook
dash-webhooks-intro = Mifumo yako mwenyewe (CRM, otomatiki ya jedwali) inaweza kuarifiwa matukio yanapotokea: mwanachama amejiunga au ameomba taarifa zake zifutwe, pointi zimepatikana, zawadi imetolewa, daraja limefikiwa. Kila ujumbe unasainiwa kwa siri ya webhook na unajaribiwa tena hadi ufike.
dash-webhook-url = Anwani (https)
dash-webhook-events = Matukio
dash-webhook-add = Ongeza webhook
dash-webhook-added = Siri ya kusaini ya webhook #{ $id }. Inakili kwenye mfumo wako sasa: inaonyeshwa mara hii moja tu.
dash-webhook-remove = Ondoa
dash-webhook-state = yanasubiri: { $pending } · yameshindikana: { $failed }
