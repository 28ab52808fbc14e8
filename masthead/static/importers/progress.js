// Refreshes an import run's progress every few seconds while it is queued or
// running; reloads the page when the status changes, to show the summary.
(function () {
  "use strict";
  var panel = document.querySelector("[data-import-progress]");
  if (!panel || !window.fetch || panel.getAttribute("data-active") !== "true") return;
  var url = panel.getAttribute("data-url");
  var status = panel.getAttribute("data-status");
  var bar = panel.querySelector("[data-progress-bar]");

  function show(data) {
    if (data.status !== status) {
      window.location.reload();
      return;
    }
    panel.querySelectorAll("[data-progress-field]").forEach(function (el) {
      var key = el.getAttribute("data-progress-field");
      if (key in data) el.textContent = data[key];
    });
    if (bar) bar.value = data.percent;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) show(data); })
      .catch(function () {})
      .then(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 2000);
})();
