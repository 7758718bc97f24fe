balance-points =
    { $points ->
        [one] { $points } ነጥብ አለዎት።
       *[other] { $points } ነጥቦች አለዎት።
    }
balance-tier = ደረጃ፦ { $tier }
balance-next-tier = { $next } ደረጃ ለመድረስ { $missing } ነጥቦች ይቀሩዎታል።
balance-top-tier = ከፍተኛው ደረጃችን ላይ ነዎት። ስለ ታማኝነትዎ እናመሰግናለን!
balance-stamps = የማህተም ካርድ፦ ከ{ $slots } { $stamps }
balance-expiring = { $points } ነጥቦች { $date } ጊዜያቸው ያበቃል፤ ከዚያ በፊት ይጠቀሙባቸው።
