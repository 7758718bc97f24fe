## Έρευνες: η απάντηση του πελάτη

survey-thanks = 🙏 Ευχαριστούμε! Η απάντησή σας: { $choice }. Αν πατήσετε άλλη επιλογή, αλλάζει.

## Έρευνες: ο ιδιοκτήτης (/survey)

survey-usage = /survey <ομάδα> κάνει σε μια ομάδα μία ερώτηση με 2 έως 5 επιλογές · /survey δείχνει τις πιο πρόσφατες · /survey <αριθμός> δείχνει τις απαντήσεις μίας.
survey-list-title = 📊 Έρευνες:
survey-list-empty = Δεν υπάρχουν ακόμη έρευνες.
survey-line =
    #{ $survey } { $question }: { $answered } από { $asked ->
        [one] { $asked } άτομο που ρωτήθηκε
       *[other] { $asked } άτομα που ρωτήθηκαν
    }
survey-results-title = 📊 Έρευνα { $survey }: { $question }
survey-results-line = { $bar } { $choice }: { $count } ({ $percent } %)
survey-results-total =
    { $answered ->
        [one] { $answered } απάντηση
       *[other] { $answered } απαντήσεις
    } από { $asked ->
        [one] { $asked } άτομο που ρωτήθηκε.
       *[other] { $asked } άτομα που ρωτήθηκαν.
    }
survey-ask-question = 📊 Έρευνα για «{ $segment }». Ποια είναι η ερώτηση; Για παράδειγμα: «Ποια ανταμοιβή να προσθέσουμε;» (έως { $limit } χαρακτήρες)
survey-question-bad = Γράψτε την ερώτηση με λέξεις, έως { $limit } χαρακτήρες.
survey-ask-choice = Επιλογή { $number }; Στείλτε τη σύντομα (έως { $limit } χαρακτήρες), π.χ. «Δωρεάν γλυκό».
survey-done-button = ✅ Αυτές είναι όλες οι επιλογές
survey-choice-bad = Μια επιλογή πρέπει να είναι λίγες λέξεις, έως { $limit } χαρακτήρες, για να χωράει σε κουμπί.
survey-choice-twice = Το «{ $choice }» είναι ήδη επιλογή.
survey-nobody = Κανείς στην ομάδα «{ $segment }» δεν μπορεί να ερωτηθεί τώρα (δεν έχει μέλη ή κανείς δεν δέχεται μηνύματα). Η έρευνα δεν στάλθηκε.
survey-preview =
    Η ερώτηση, με ένα κουμπί για κάθε επιλογή:
    { $question }
    { $choices }
survey-send-button =
    { $count ->
        [one] 📨 Ερώτηση σε { $count } πελάτη
       *[other] 📨 Ερώτηση σε { $count } πελάτες
    }
survey-sent =
    📨 Η έρευνα { $survey } στέλνεται σε { $count ->
        [one] { $count } πελάτη.
       *[other] { $count } πελάτες.
    } Δείτε τις απαντήσεις με /survey { $survey }.
survey-abandoned = Η έρευνα δεν στάλθηκε.
survey-typed-choices = Απαντήστε με τον αριθμό της απάντησής σας: { $choices }
