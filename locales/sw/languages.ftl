language-name = Kiswahili
