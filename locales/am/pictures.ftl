# በምስሎች ላይ የሚጻፉ ቃላት፦ አጭር፣ ያለ ኢሞጂ።
picture-card-title = የማህተም ካርድ
picture-card-reward = የሞላ ካርድ፦ { $reward }
picture-card-ready =
    { $count ->
        [one] አንድ የሞላ ካርድ ይጠብቅዎታል
       *[other] { $count } የሞሉ ካርዶች ይጠብቁዎታል
    }
picture-member-title = የአባልነት ካርድ
picture-member-tier = ደረጃ፦ { $tier }
picture-member-hint = ነጥቦችንና ማህተሞችን ለመሰብሰብ ይህን ካርድ በካውንተሩ ያሳዩት።
picture-chart-title = አባላትና ገዢዎች፣ { $start } – { $end }
picture-chart-active = በዚያ ቀን የገዙ አባላት
picture-chart-members = እስከዚያ ቀን ያሉ አባላት
