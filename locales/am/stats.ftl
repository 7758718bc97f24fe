stats-usage = አጠቃቀም፦ /stats [የቀናት ብዛት፣ ከ1 እስከ { $max }]
stats-title = 📊 ያለፉት { $days } ቀናት ({ $start } – { $end })
stats-members = አባላት፦ { $members } · አዲስ፦ { $new } · ንቁ፦ { $active }
stats-retention = የተመለሱ (ባለፈው ጊዜና አሁንም የገዙ)፦ { $rate }
stats-repeat = ተደጋጋሚ ግዢ (ሁለት ወይም ከዚያ በላይ)፦ { $rate }
stats-redemption = የነጥብ አጠቃቀም መጠን፦ { $rate } (ከ{ $issued } ነጥቦች { $redeemed })
stats-outstanding = ያልተጠቀሙባቸው ነጥቦች፦ { $points }
stats-popular = በብዛት የተወሰዱ ሽልማቶች፦ { $rewards }
stats-tiers = ደረጃዎች፦ { $tiers }
stats-branch = ቅርንጫፍ { $branch }፦ { $purchases } ግዢዎች፣ { $points } ነጥቦች
stats-chart = ቻርት፦ ብርቱካናማ አምዶች = በዚያ ቀን የገዙ አባላት፤ አረንጓዴ መስመር = እስከዚያ ቀን ያሉ አባላት።
stats-no-rate = ገና መረጃ የለም
stats-feedback = የጉብኝት ግምገማዎች፦ በአማካይ { $average } ⭐ ({ $count } ግምገማዎች)
stats-feedback-comment = { $stars } አስተያየት፦ «{ $comment }»
