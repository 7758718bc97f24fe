segments-title = 🎯 የደንበኞች ምድቦች፣ እና እያንዳንዱ አሁን የሚደርሳቸው ደንበኞች ብዛት፦
segments-line = { $segment }፦ { $count } ደንበኛ
segments-footer = የሚቆጠሩት ቅናሾችን የሚቀበሉ፣ ቦቱን ያላገዱና መረጃቸውን ያላጠፉ ደንበኞች ብቻ ናቸው። README እያንዳንዱን ምድብ ያብራራል።
segments-rfm-as-of = champions፣ loyal፣ at-risk እና lost፦ በየሌሊቱ ከሚሰሉት ነጥቦች፤ ለመጨረሻ ጊዜ የተሰሉት፦ { $day }፣ { $time }።
