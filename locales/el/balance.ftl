balance-points =
    { $points ->
        [one] Έχετε { $points } πόντο.
       *[other] Έχετε { $points } πόντους.
    }
balance-tier = Επίπεδο: { $tier }
balance-next-tier =
    { $missing ->
        [one] Σας λείπει { $missing } πόντος για το επίπεδο { $next }.
       *[other] Σας λείπουν { $missing } πόντοι για το επίπεδο { $next }.
    }
balance-top-tier = Βρίσκεστε στο υψηλότερο επίπεδό μας. Σας ευχαριστούμε για την πιστότητά σας!
balance-stamps = Κάρτα σφραγίδων: { $stamps } από { $slots }
balance-expiring =
    { $points ->
        [one] { $points } πόντος λήγει στις { $date }: χρησιμοποιήστε τον πριν από τότε.
       *[other] { $points } πόντοι λήγουν στις { $date }: χρησιμοποιήστε τους πριν από τότε.
    }
balance-card = ☕ «{ $card }»: { $stamps } από { $slots }
