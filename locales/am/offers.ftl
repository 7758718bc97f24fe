offers-none = በአሁኑ ጊዜ ምንም ቅናሽ የለም። ቅናሽ ሲኖር መልዕክት እንልክልዎታለን።
offers-off = ቅናሾችን አጥፍተዋል። ስለ ቅናሾች ለመስማት በ/settings ያብሯቸው።
offers-until = ⏳ እስከ { $date }
offers-show-code = ይህን ኮድ በካውንተሩ ያሳዩ፦ { $code }
offers-footer = እነዚህ አሁን በሂደት ላይ ያሉ ቅናሾች ናቸው።
