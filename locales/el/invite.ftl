invite-title = 🤝 Προσκαλέστε τους φίλους σας
invite-how =
    Όταν ένας φίλος εγγραφεί με τον σύνδεσμό σας και κάνει την πρώτη του αγορά, εσείς παίρνετε { $referrer ->
        [one] { $referrer } πόντο
       *[other] { $referrer } πόντους
    } και ο φίλος σας { $referee }.
invite-code = Ο φίλος σας εγγράφεται στέλνοντας: /start ref_{ $code }
invite-stats = Φίλοι που εγγράφηκαν: { $joined }. Έχετε ανταμειφθεί για: { $rewarded }.
