"""What Telegram hands a Mini App: launch data signed with the bot's token (Telegram's rule:
HMAC-SHA256 keyed by HMAC-SHA256("WebAppData", token) over the sorted fields)."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime
from urllib.parse import urlencode


def init_data(token: str, user_id: int, *, at: datetime, name: str = "Eleni") -> str:
    user = json.dumps({"id": user_id, "first_name": name, "language_code": "el"})
    fields = {
        "auth_date": str(int(at.timestamp())),
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": user,
    }
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields)
