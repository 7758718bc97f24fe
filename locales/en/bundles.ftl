# Prepaid bundles: sold and used at the counter, held by the customer.
bundle-none-on-sale = No bundles are on sale. An owner adds them on the dashboard (Programme → Bundles).
bundle-list-title = 🎟️ Bundles on sale:
bundle-list-line =
    { $number }. { $name }: { $uses ->
        [one] { $uses } use
       *[other] { $uses } uses
    }, valid { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
bundle-list-price = { "   " }Price: { $price }
bundle-usage = Sell one: /bundle sell <member code> <number> · Use one: /bundle use <member code>
bundle-sold =
    ✅ { $name } now holds: { $bundle } ({ $uses ->
        [one] { $uses } use
       *[other] { $uses } uses
    }, until { $date }).
bundle-charge = 💰 Take the payment at the till: { $price }.
bundle-used =
    ✅ { $name } · { $bundle }: one use taken. { $left ->
        [0] That was the last one.
        [one] 1 left, until { $date }.
       *[other] { $left } left, until { $date }.
    }
bundle-used-again = This use was recorded already ({ $bundle }: { $left } left); nothing more was taken.
bundle-which = { $name } holds more than one bundle. Which one is this visit?
bundle-use-button = ✂️ Use: { $bundle }
bundle-held =
    🎟️ { $bundle }: { $left } of { $total } left, until { $date }
