# Paid memberships: sold at the counter, shown to the member and to staff.
member-none-on-sale = No memberships are on sale. An owner adds them on the dashboard (Programme → Memberships).
member-list-title = ⭐ Memberships on sale:
member-list-line =
    { $number }. { $name }: { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
member-gives-tier = earns as the tier: { $tier }
member-gives-discount = { $percent }% off at the counter
member-usage = Sell or renew: /member sell <member code> <number>
member-sold = ✅ { $name } · { $membership }: from { $start } to { $end }.
member-held = ⭐ { $membership }: until { $end } ({ $gives })
member-discount = ⭐ { $membership }: give { $percent }% off at the till.
