feedback-rate-visit = ⭐ Βαθμολογήστε την επίσκεψη
feedback-ask-rating = Πώς ήταν η επίσκεψή σας;
feedback-ask-comment = Ευχαριστούμε! Θέλετε να μας πείτε κάτι; Γράψτε το ή πατήστε Παράλειψη.
feedback-skip = Παράλειψη
feedback-thanks = Ευχαριστούμε για τη γνώμη σας!
