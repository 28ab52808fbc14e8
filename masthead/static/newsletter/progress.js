// Refreshes the sending figures on an issue's admin page every few seconds.
// Reloads the page when the status changes, so the right buttons show.
(function () {
  "use strict";
  var panel = document.querySelector("[data-newsletter-progress]");
  if (!panel || !window.fetch) return;
  var url = panel.getAttribute("data-url");
  var status = panel.getAttribute("data-status");
  var active = status === "sending" || status === "paused" || status === "scheduled";
  if (!active) return;
  var updated = panel.querySelector("[data-progress-updated]");
  var bar = panel.querySelector("[data-progress-bar]");

  function show(data) {
    if (data.status && data.status !== status) {
      window.location.reload();
      return;
    }
    document.querySelectorAll("[data-progress-field]").forEach(function (el) {
      var key = el.getAttribute("data-progress-field");
      if (!(key in data)) return;
      var value = data[key];
      if (value === null || value === undefined) value = "–";
      else if (key === "rate_per_minute" && typeof value === "number") value = value.toFixed(1);
      el.textContent = value;
    });
    if (bar && typeof data.percent === "number") bar.value = data.percent;
    if (updated) updated.textContent = "Updated " + new Date().toLocaleTimeString();
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) show(data); })
      .catch(function () {})
      .then(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 5000);
})();
