# WhatsApp: the button that opens a list of choices (at most 20 characters).
whatsapp-choose = Choose
# Template bodies to submit to Meta; { $text } becomes {{1}}, the message itself.
whatsapp-template-marketing = News from { $shop }: { $text }
whatsapp-template-reminder = A reminder from { $shop }: { $text }
whatsapp-template-notice = An update from { $shop }: { $text }
