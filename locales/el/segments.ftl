segments-title = 🎯 Τμήματα πελατών, και πόσους πελάτες φτάνει το καθένα τώρα:
segments-line =
    { $segment }: { $count ->
        [one] { $count } πελάτης
       *[other] { $count } πελάτες
    }
segments-footer = Μετρώνται μόνο πελάτες που δέχονται προσφορές, δεν έχουν αποκλείσει το bot και δεν έχουν διαγράψει τα στοιχεία τους. Το README εξηγεί κάθε τμήμα.
segments-rfm-as-of = champions, loyal, at-risk και lost: από τις βαθμολογίες που υπολογίζονται κάθε νύχτα, τελευταία στις { $day }, ώρα { $time }.
