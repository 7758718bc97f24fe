invite-title = 🤝 ጓደኞችዎን ይጋብዙ
invite-how = ጓደኛዎ በእርስዎ ሊንክ ተመዝግቦ የመጀመሪያ ግዢውን ሲፈጽም፣ እርስዎ { $referrer } ነጥቦች፣ ጓደኛዎ ደግሞ { $referee } ነጥቦች ያገኛሉ።
invite-code = ጓደኛዎ ይህን በመላክ ይመዘገባል፦ /start ref_{ $code }
invite-stats = የተመዘገቡ ጓደኞች፦ { $joined }። እስካሁን የተሸለሙበት፦ { $rewarded }።
