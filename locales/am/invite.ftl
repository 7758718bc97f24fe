invite-title = 🤝 ጓደኞችዎን ይጋብዙ
invite-how = ጓደኛዎ በእርስዎ ሊንክ ተመዝግቦ የመጀመሪያ ግዢውን ሲፈጽም፣ እርስዎ { $referrer } ነጥብ፣ ጓደኛዎ ደግሞ { $referee } ነጥብ ያገኛሉ።
invite-code = ጓደኛዎ ይህን በመላክ ይመዘገባል፦ /start ref_{ $code }
invite-stats = የተመዘገቡ ጓደኞች፦ { $joined }። እስካሁን የተሸለሙበት፦ { $rewarded }።
