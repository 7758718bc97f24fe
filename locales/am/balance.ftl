balance-points =
    { $points ->
        [one] { $points } ነጥብ አለዎት።
       *[other] { $points } ነጥብ አለዎት።
    }
balance-tier = ደረጃ፦ { $tier }
balance-next-tier = { $next } ደረጃ ለመድረስ { $missing } ነጥብ ይቀሩዎታል።
balance-top-tier = ከፍተኛው ደረጃችን ላይ ነዎት። ስለ ታማኝነትዎ እናመሰግናለን!
balance-stamps = የማህተም ካርድ፦ { $stamps }/{ $slots }
balance-expiring = { $points } ነጥብ { $date } ጊዜያቸው ያበቃል፤ ከዚያ በፊት ይጠቀሙባቸው።
balance-card = ☕ «{ $card }»፦ { $stamps }/{ $slots }
