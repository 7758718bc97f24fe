# የሚከፈልበት አባልነት፦ በካውንተሩ ይሸጣል፣ ለአባሉና ለሠራተኞች ይታያል።
member-none-on-sale = የሚሸጥ አባልነት የለም። ባለቤቱ በዳሽቦርዱ ላይ ይጨምረዋል (ፕሮግራም → አባልነቶች)።
member-list-title = ⭐ የሚሸጡ አባልነቶች፦
member-list-line = { $number }. { $name }፦ { $months } ወር
member-gives-tier = እንደዚህ ደረጃ ነጥብ ያገኛል፦ { $tier }
member-gives-discount = በካውንተሩ የ{ $percent }% ቅናሽ
member-usage = ለመሸጥ ወይም ለማደስ፦ /member sell <የአባልነት ኮድ> <ቁጥር>
member-sold = ✅ { $name } · { $membership }፦ ከ{ $start } እስከ { $end }።
member-held = ⭐ { $membership }፦ እስከ { $end } ({ $gives })
member-discount = ⭐ { $membership }፦ በካውንተሩ የ{ $percent }% ቅናሽ ይስጡ።
