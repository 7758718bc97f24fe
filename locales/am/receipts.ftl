receipt-how = 🧾 የደረሰኝ ነጥቦችን ለማግኘት በደረሰኙ ላይ የታተመውን ኮድ ይላኩ፤ ለምሳሌ፦ ደረሰኝ K7M2QX9PAB
receipt-collected = 🧾 ደረሰኝ { $receipt }፦ +{ $points } ነጥብ። አሁን { $balance } ነጥብ አለዎት።
receipt-already = 🧾 የደረሰኝ { $receipt } ነጥቦች ቀድሞውኑ የእርስዎ ናቸው። { $balance } ነጥብ አለዎት።
