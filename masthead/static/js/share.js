// Share box enhancements: the system share sheet where the browser has one
// (Web Share API) and a copy button. Without this script the plain links and
// the selectable address still work.
(function () {
  "use strict";
  document.querySelectorAll("[data-share]").forEach(function (box) {
    var url = box.getAttribute("data-share-url");
    var title = box.getAttribute("data-share-title");
    var status = box.querySelector("[data-share-status]");
    var input = box.querySelector("[data-share-input]");
    var native = box.querySelector("[data-share-native]");
    if (native && typeof navigator.share === "function") {
      native.hidden = false;
      native.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () {
          // Dismissed by the reader, or refused: the links below remain.
        });
      });
    }
    var copy = box.querySelector("[data-share-copy]");
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(
          function () {
            status.textContent = "Link copied.";
          },
          function () {
            input.select();
            status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected link.";
          }
        );
      });
    }
  });
})();
