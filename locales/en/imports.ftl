# Bringing customers in from a CSV file (the dashboard's Import page).
dash-nav-import = Import
import-intro = Bring in the customers of your paper cards, a spreadsheet or another app: a CSV file (Excel: “Save as… CSV UTF-8”) with a line per customer and a phone number on each. Points come in as opening balances, stamps as a card in progress. A customer is joined to their chat when they first write to the bot from that number.
import-file = The CSV file (up to 5 MB, 20 000 lines)
import-upload = Upload and continue
import-not-csv = Please choose a .csv file.
import-columns-title = Which column holds what?
import-columns-intro = Choose the column of your file for each item. Only the phone number is needed.
import-field-name = Name
import-field-phone = Phone number
import-field-language = Language (en, sw, el, am)
import-field-points = Points
import-field-stamps = Stamps on the current card
import-field-joined = Member since (2024-05-31 or 31/05/2024)
import-field-birthday = Birthday
import-no-column = (not in the file)
import-counts-for-tiers = Count the imported points towards tiers, as if earned today
import-check = Check the file (nothing is saved yet)
import-check-title = What the import will do
import-will-create = { $count ->
    [one] 1 customer will be created.
   *[other] { $count } customers will be created.
}
import-will-skip-duplicates = { $count ->
    [0] No line repeats a member.
    [one] 1 line repeats a member and will be left out.
   *[other] { $count } lines repeat a member and will be left out.
}
import-will-skip-errors = { $count ->
    [0] No line has a mistake.
    [one] 1 line has a mistake and will be left out.
   *[other] { $count } lines have a mistake and will be left out.
}
import-problems = Lines left out
import-line = line { $line }
import-preview = The customers to create
import-run = { $count ->
    [one] Import 1 customer
   *[other] Import { $count } customers
}
import-error-phone = no usable phone number (“{ $value }”)
import-error-language = unknown language “{ $value }” (use en, sw, el or am)
import-error-points = points must be a whole number (“{ $value }”)
import-error-stamps = stamps must be a whole number from 0 to { $slots } (“{ $value }”)
import-error-date = not a date (“{ $value }”): write 2024-05-31 or 31/05/2024
import-duplicate-member = already a member (member code { $code })
import-duplicate-line = the same phone number as line { $line }
import-progress-title = Importing { $file }
import-running =
    { $done } of { $total ->
        [one] { $total } line
       *[other] { $total } lines
    } done…
import-done =
    Finished: { $created ->
        [one] { $created } customer
       *[other] { $created } customers
    } created, { $skipped ->
        [one] { $skipped } line
       *[other] { $skipped } lines
    } left out.
import-continue = Continue the import
