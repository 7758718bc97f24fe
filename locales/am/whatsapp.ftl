# WhatsApp: የምርጫዎችን ዝርዝር የሚከፍተው አዝራር (ከ20 ቁምፊዎች ያልበለጠ)።
whatsapp-choose = ይምረጡ
# ለMeta የሚቀርቡ የአብነት ጽሑፎች፤ { $text } {{1}} ይሆናል፣ ማለትም መልዕክቱ ራሱ።
whatsapp-template-marketing = ከ{ $shop } የተላከ ዜና፦ { $text }
whatsapp-template-reminder = ከ{ $shop } የተላከ ማስታወሻ፦ { $text }
whatsapp-template-notice = ከ{ $shop } የተላከ መረጃ፦ { $text }
