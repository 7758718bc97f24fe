receipt-how = 🧾 Για τους πόντους μιας απόδειξης, στείλτε τον κωδικό που είναι τυπωμένος πάνω της, για παράδειγμα: απόδειξη K7M2QX9PAB
receipt-collected =
    🧾 Απόδειξη { $receipt }: { $points ->
        [one] +{ $points } πόντος
       *[other] +{ $points } πόντοι
    }. Έχετε τώρα { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
receipt-already =
    🧾 Οι πόντοι της απόδειξης { $receipt } είναι ήδη δικοί σας. Έχετε { $balance ->
        [one] { $balance } πόντο.
       *[other] { $balance } πόντους.
    }
