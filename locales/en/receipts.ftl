receipt-how = 🧾 To collect a receipt's points, send the code printed on it, for example: receipt K7M2QX9PAB
receipt-collected =
    🧾 Receipt { $receipt }: { $points ->
        [one] +{ $points } point
       *[other] +{ $points } points
    }. You now have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
receipt-already =
    🧾 The points of receipt { $receipt } are already yours. You have { $balance ->
        [one] { $balance } point.
       *[other] { $balance } points.
    }
