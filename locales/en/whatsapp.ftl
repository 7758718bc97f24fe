# WhatsApp: the button that opens a list of choices (at most 20 characters).
whatsapp-choose = Choose
