segments-title = 🎯 የደንበኞች ምድቦች፣ እና እያንዳንዱ አሁን የሚደርሳቸው ደንበኞች ብዛት፦
segments-line = { $segment }፦ { $count } ደንበኛ
segments-footer = የሚቆጠሩት ቅናሾችን የሚቀበሉ፣ ቦቱን ያላገዱና መረጃቸውን ያላጠፉ ደንበኞች ብቻ ናቸው። README እያንዳንዱን ምድብ ያብራራል።
