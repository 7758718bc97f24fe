receipt-how = 🧾 Ili kupata pointi za risiti, tuma msimbo ulioandikwa juu yake, kwa mfano: risiti K7M2QX9PAB
receipt-collected = 🧾 Risiti { $receipt }: pointi +{ $points }. Sasa una pointi { $balance }.
receipt-already = 🧾 Pointi za risiti { $receipt } tayari ni zako. Una pointi { $balance }.
