stats-usage = Matumizi: /stats [idadi ya siku, 1 hadi { $max }]
stats-title = 📊 Siku { $days } zilizopita ({ $start } – { $end })
stats-members = Wanachama: { $members } · wapya: { $new } · hai: { $active }
stats-retention = Waliorudi (walinunua kipindi kilichopita na tena sasa): { $rate }
stats-repeat = Manunuzi ya kurudia (mara mbili au zaidi): { $rate }
stats-redemption = Kiwango cha kutumia pointi: { $rate } (pointi { $redeemed } kati ya { $issued })
stats-outstanding = Pointi ambazo bado hazijatumika: { $points }
stats-popular = Zawadi zinazopendwa zaidi: { $rewards }
stats-tiers = Madaraja: { $tiers }
stats-branch = Tawi { $branch }: manunuzi { $purchases }, pointi { $points }
stats-chart = Chati: nguzo za machungwa = wanachama walionunua siku hiyo; mstari wa kijani = wanachama hadi sasa.
stats-no-rate = bado hakuna data
stats-feedback = Tathmini za ziara: wastani ⭐ { $average } (tathmini { $count })
stats-feedback-comment = { $stars } Maoni: “{ $comment }”
