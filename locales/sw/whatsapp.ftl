# WhatsApp: kitufe kinachofungua orodha ya machaguo (herufi 20 au chache).
whatsapp-choose = Chagua
