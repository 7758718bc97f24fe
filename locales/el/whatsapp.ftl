# WhatsApp: το κουμπί που ανοίγει τη λίστα επιλογών (έως 20 χαρακτήρες).
whatsapp-choose = Επιλέξτε
# Κείμενα προτύπων για υποβολή στη Meta· το { $text } γίνεται {{1}}, δηλαδή το ίδιο το μήνυμα.
whatsapp-template-marketing = Νέα από το { $shop }: { $text }
whatsapp-template-reminder = Υπενθύμιση από το { $shop }: { $text }
whatsapp-template-notice = Ενημέρωση από το { $shop }: { $text }
