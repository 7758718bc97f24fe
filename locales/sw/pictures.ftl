# Maneno yanayochorwa kwenye picha: mafupi, bila emoji.
picture-card-title = Kadi ya mihuri
picture-card-reward = Kadi ikijaa: { $reward }
picture-card-ready =
    { $count ->
        [one] Kadi moja iliyojaa inakusubiri
       *[other] Kadi { $count } zilizojaa zinakusubiri
    }
picture-member-title = Kadi ya uanachama
picture-member-tier = Daraja: { $tier }
picture-member-hint = Onyesha kadi hii kaunta ili kukusanya pointi na mihuri.
picture-chart-title = Wanachama na wanunuzi, { $start } – { $end }
picture-chart-active = Wanachama walionunua siku hiyo
picture-chart-members = Wanachama hadi sasa
