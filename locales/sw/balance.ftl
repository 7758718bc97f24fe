balance-points = Una pointi { $points }.
balance-tier = Daraja: { $tier }
balance-next-tier = Zimebaki pointi { $missing } kufikia daraja la { $next }.
balance-top-tier = Uko kwenye daraja letu la juu kabisa. Asante kwa uaminifu wako!
balance-stamps = Kadi ya mihuri: { $stamps } kati ya { $slots }
balance-expiring = Pointi { $points } zitaisha muda tarehe { $date }: zitumie kabla ya hapo.
