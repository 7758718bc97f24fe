"""The owner's dashboard: pages served by the bot's own web server, opened as a Telegram
Mini App or in any browser. Server-rendered (Jinja2), a little JavaScript, every asset
served from here (no CDN). Roles are checked on the server on every request."""
