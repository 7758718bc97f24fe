# WhatsApp: የምርጫዎችን ዝርዝር የሚከፍተው አዝራር (ከ20 ቁምፊዎች ያልበለጠ)።
whatsapp-choose = ይምረጡ
# ለMeta የሚቀርቡ የአብነት ጽሑፎች፤ { $text } {{1}} ይሆናል፣ ማለትም መልዕክቱ ራሱ።
whatsapp-template-marketing = { $shop } — ዜና፦ { $text }
whatsapp-template-reminder = { $shop } — ማስታወሻ፦ { $text }
whatsapp-template-notice = { $shop } — መረጃ፦ { $text }
