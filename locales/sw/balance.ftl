balance-points = Una pointi { $points }.
balance-tier = Daraja: { $tier }
balance-next-tier =
    { $missing ->
        [one] Imebaki pointi { $missing } kufikia daraja la { $next }.
       *[other] Zimebaki pointi { $missing } kufikia daraja la { $next }.
    }
balance-top-tier = Uko kwenye daraja letu la juu kabisa. Asante kwa kuwa mteja wetu mwaminifu!
balance-stamps = Kadi ya mihuri: { $stamps } kati ya { $slots }
balance-expiring =
    { $points ->
        [one] Pointi { $points } itaisha muda tarehe { $date }: itumie kabla ya hapo.
       *[other] Pointi { $points } zitaisha muda tarehe { $date }: zitumie kabla ya hapo.
    }
balance-card = ☕ “{ $card }”: { $stamps } kati ya { $slots }
