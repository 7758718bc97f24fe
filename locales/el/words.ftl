# Απλές λέξεις που λειτουργούν ως εντολές (το WhatsApp δεν έχει μενού εντολών)· χωρισμένες με κόμμα.
words-start = εγγραφή, ξεκίνα
words-menu = μενού, γεια
words-balance = υπόλοιπο, πόντοι
words-card = κάρτα, σφραγίδες
words-rewards = ανταμοιβές, εξαργύρωση
words-mycode = κωδικός, ο κωδικός μου
words-history = ιστορικό
words-invite = πρόσκληση
words-offers = προσφορές, προσφορά
words-settings = ρυθμίσεις
words-language = γλώσσα
words-help = βοήθεια
words-stop = σταμάτα, διακοπή
words-link = σύνδεση
words-receipt = απόδειξη
words-draw = κλήρωση, λαχνός
