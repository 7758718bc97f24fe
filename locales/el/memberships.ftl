# Συνδρομές μέλους: πωλούνται στο ταμείο, φαίνονται στο μέλος και στο προσωπικό.
member-none-on-sale = Δεν πωλούνται συνδρομές. Ένας ιδιοκτήτης τις προσθέτει από τον πίνακα ελέγχου (Πρόγραμμα → Συνδρομές).
member-list-title = ⭐ Συνδρομές προς πώληση:
member-list-line =
    { $number }. { $name }: { $months ->
        [one] { $months } μήνας
       *[other] { $months } μήνες
    }
member-gives-tier = κερδίζει πόντους όπως το επίπεδο: { $tier }
member-gives-discount = έκπτωση { $percent }% στο ταμείο
member-usage = Πώληση ή ανανέωση: /member sell <κωδικός μέλους> <αριθμός>
member-sold = ✅ { $name } · { $membership }: από { $start } έως { $end }.
member-held = ⭐ { $membership }: έως { $end } ({ $gives })
member-discount = ⭐ { $membership }: κάντε έκπτωση { $percent }% στο ταμείο.
