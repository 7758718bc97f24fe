language-name = አማርኛ
