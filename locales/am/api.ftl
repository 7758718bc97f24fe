# የካውንተር ኤፒአይ፦ ጥሪ ሲከለከል የካውንተሩ ሥርዓት ለሠራተኞች የሚያሳየው፣ የባለቤቱ /apikey ትዕዛዝ
# እና የዳሽቦርዱ «የካውንተር ኤፒአይ» ገጽ።

api-unauthorized = ይህ የኤፒአይ ቁልፍ የለም፣ አይታወቅም ወይም ተሰርዟል። ከሱቁ ባለቤት ቁልፍ ይጠይቁ።
api-scope-missing = ይህ ቁልፍ { $scope ->
        [award] ግዢዎችን ወይም ማህተሞችን መመዝገብ
        [redeem] ሽልማቶችን መስጠት
       *[read] አባላትን መፈለግ
    } አይፈቀድለትም። የሚፈቀድለት ቁልፍ ከሱቁ ባለቤት ይጠይቁ።
api-rate-limited = በዚህ ቁልፍ በጣም ብዙ ጥሪዎች ተደርገዋል። እባክዎ { $seconds } ሰከንድ ቆይተው እንደገና ይሞክሩ።
api-invalid-request = ጥያቄው ኤፒአዩ በሚቀበለው ቅርጽ አይደለም፦ ዝርዝሩን እና /api/v1/openapi.json ይመልከቱ።
api-not-found = ኤፒአዩ እንዲህ ያለ ጥሪ የለውም፦ /api/v1/openapi.json ይመልከቱ።
api-scope-award = ግዢዎችን እና ማህተሞችን መመዝገብ
api-scope-redeem = ሽልማቶችን መስጠት
api-scope-read = አባላትን መፈለግ

apikey-usage = አጠቃቀም፦ /apikey new <ስም> [ቅርንጫፍ] · /apikey revoke <የቁልፉ መጀመሪያ> · /apikey list
apikey-none = እስካሁን የካውንተር ኤፒአይ ቁልፎች የሉም።
apikey-list-title = 🔑 የካውንተር ኤፒአይ ቁልፎች፦
apikey-line = • { $name } · { $prefix }… · ቅርንጫፍ፦ { $branch } · የተፈቀደለት፦ { $scopes } · መጨረሻ የተጠቀመበት፦ { $used }
apikey-line-revoked = • { $name } · { $prefix }… · ተሰርዟል
apikey-never-used = በጭራሽ
apikey-made =
    🔑 «{ $name }» ለተባለው የተሰጠ ቁልፍ (ቅርንጫፍ፦ { $branch })። አሁኑኑ ወደ ካውንተሩ ሥርዓት ይቅዱት፦ የሚታየው በዚህ አንድ ጊዜ ብቻ ነው።

    { $key }

    ለማቆም፦ /apikey revoke { $prefix }
apikey-revoked = 🔒 ቁልፉ { $prefix } («{ $name }») ተሰርዟል፦ የሚጠቀምበት ካውንተር ከሚቀጥለው ጥሪው ጀምሮ ይከለከላል።
apikey-not-found = «{ $prefix }» ብሎ የሚጀምር ጥቅም ላይ ያለ ቁልፍ የለም። /apikey ሁሉንም ይዘረዝራል።

dash-nav-api = የካውንተር ኤፒአይ
api-intro = የካውንተርዎ ሥርዓት ግዢዎችን፣ ማህተሞችን፣ ሽልማቶችን እና ተመላሾችን በራሱ ቁልፍ ራሱ መመዝገብ ይችላል። አንዱን ሌሎቹን ሳያቆሙ ማቆም እንዲችሉ ለእያንዳንዱ ካውንተር ወይም ትስስር የራሱን ቁልፍ ይስጡ።
api-docs = የኤፒአዩ መግለጫ (OpenAPI)
api-made = «{ $name }» ለተባለው የተሰጠው ቁልፍ። አሁኑኑ ወደ ካውንተሩ ሥርዓት ይቅዱት፦ የሚታየው በዚህ አንድ ጊዜ ብቻ ነው።
api-col-name = ስም
api-col-key = ቁልፍ
api-col-branch = ቅርንጫፍ
api-col-scopes = የተፈቀደለት
api-col-used = መጨረሻ የተጠቀመበት
api-branch-all = ሱቁ በሙሉ
api-revoked-on = { $date } ላይ ተሰርዟል
api-revoke = ሰርዝ
api-new-title = አዲስ ቁልፍ
api-create = ቁልፉን ፍጠር
audit-key = 🔑 ቁልፍ «{ $name }»

webhook-usage = አጠቃቀም፦ /webhook add <https አድራሻ> [ክስተቶች] · /webhook remove <ቁጥር> · /webhook list። ክስተቶች፦ { $events } (ምንም ካልተጠቀሰ ሁሉም)።
webhook-none = እስካሁን ዌብሁክ የለም።
webhook-list-title = 🔔 ዌብሁኮች፦
webhook-line = #{ $id } { $url } · { $events } · በመጠባበቅ ላይ፦ { $pending } · የተተዉ፦ { $failed }
webhook-added =
    🔔 ዌብሁክ #{ $id } ተጨምሯል፦ { $url }
    ክስተቶች፦ { $events }

    የመፈረሚያ ሚስጥሩ፣ በዚህ አንድ ጊዜ ብቻ የሚታይ (ሥርዓትዎ እያንዳንዱን መልእክት በዚህ ያረጋግጣል)፦
    { $secret }
webhook-removed = ዌብሁክ #{ $id } ተወግዷል፦ ከእንግዲህ ምንም አይላክለትም።
webhook-not-found = ዌብሁክ #{ $id } የለም። /webhook ሁሉንም ይዘረዝራል።
dash-webhooks-title = ዌብሁኮች
dash-webhooks-intro = የራስዎ ሥርዓቶች (CRM፣ የተመን ሉህ አውቶሜሽን) ክስተቶች ሲፈጠሩ ወዲያውኑ ሊነገራቸው ይችላሉ፦ አባል ተቀላቀለ ወይም መረጃው እንዲጠፋ ጠየቀ፣ ነጥብ ተገኘ፣ ሽልማት ተሰጠ፣ ደረጃ ተደረሰ። እያንዳንዱ መልእክት በዌብሁኩ ሚስጥር ይፈረማል፤ እስኪደርስም ድረስ እንደገና ይሞከራል።
dash-webhook-url = አድራሻ (https)
dash-webhook-events = ክስተቶች
dash-webhook-add = ዌብሁኩን ጨምር
dash-webhook-added = የዌብሁክ #{ $id } የመፈረሚያ ሚስጥር። አሁኑኑ ወደ ሥርዓትዎ ይቅዱት፦ የሚታየው በዚህ አንድ ጊዜ ብቻ ነው።
dash-webhook-remove = አስወግድ
dash-webhook-state = በመጠባበቅ ላይ፦ { $pending } · የተተዉ፦ { $failed }
