// Inside Telegram: the Mini App's theme, and the signed launch data that logs the owner in.
// Telegram passes both in the address's #fragment; nothing here is loaded from elsewhere.
(function () {
  "use strict";
  var hash = new URLSearchParams(window.location.hash.slice(1));
  var theme = hash.get("tgWebAppThemeParams");
  if (theme) {
    try { sessionStorage.setItem("tg-theme", theme); } catch (e) { /* private mode */ }
  } else {
    try { theme = sessionStorage.getItem("tg-theme"); } catch (e) { theme = null; }
  }
  if (theme) {
    try {
      var params = JSON.parse(theme);
      Object.keys(params).forEach(function (key) {
        if (/^#[0-9a-fA-F]{3,8}$/.test(params[key])) {
          document.documentElement.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), params[key]);
        }
      });
    } catch (e) { /* not JSON: keep the plain colours */ }
  }
  var initData = hash.get("tgWebAppData");
  var how = document.getElementById("how");
  if (!initData || !how) { return; }
  how.hidden = true;
  document.getElementById("telegram-wait").hidden = false;
  var body = new URLSearchParams({ init_data: initData });
  fetch("/dashboard/login/telegram", { method: "POST", body: body, credentials: "same-origin" })
    .then(function (response) { return response.json().then(function (data) { return [response.ok, data]; }); })
    .then(function (result) {
      if (result[0]) { window.location.replace(result[1].next); return; }
      document.getElementById("telegram-wait").hidden = true;
      var refused = document.getElementById("refused");
      refused.textContent = result[1].error;
      refused.hidden = false;
    });
})();
