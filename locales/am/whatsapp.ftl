# WhatsApp: የምርጫዎችን ዝርዝር የሚከፍተው አዝራር (ከ20 ቁምፊዎች ያልበለጠ)።
whatsapp-choose = ይምረጡ
