# WhatsApp: kitufe kinachofungua orodha ya machaguo (herufi 20 au chache).
whatsapp-choose = Chagua
# Maandishi ya violezo vya kuwasilisha kwa Meta; { $text } inakuwa {{1}}, yaani ujumbe wenyewe.
whatsapp-template-marketing = Habari kutoka { $shop }: { $text }
whatsapp-template-reminder = Kikumbusho kutoka { $shop }: { $text }
whatsapp-template-notice = Taarifa kutoka { $shop }: { $text }
