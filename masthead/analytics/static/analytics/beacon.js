// Counts this page view: one same-origin POST, no cookie, nothing stored in
// the browser. The page id comes from the script tag's data-page attribute;
// the server checks it is a live page at this address (masthead/analytics).
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script && script.getAttribute("data-page");
  if (!page || !navigator.sendBeacon) {
    return;
  }
  var body = JSON.stringify({
    id: page,
    p: location.pathname + location.search,
    r: document.referrer || "",
  });
  try {
    navigator.sendBeacon(script.getAttribute("data-endpoint") || "/a/v", body);
  } catch (error) {
    // A privacy extension may block it: reading goes on regardless.
  }
})();
