language-name = Ελληνικά
