# Each locale names its own language, so a language button reads in its own script.
language-name = English
