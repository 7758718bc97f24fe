invite-title = 🤝 Alika marafiki zako
invite-how = Rafiki akijiunga kupitia kiungo chako na kufanya ununuzi wake wa kwanza, wewe unapata pointi { $referrer } na rafiki yako anapata pointi { $referee }.
invite-code = Rafiki yako anajiunga kwa kutuma: /start ref_{ $code }
invite-stats = Marafiki waliojiunga: { $joined }. Waliokuletea pointi hadi sasa: { $rewarded }.
