/*
 * The newsroom's additions to Wagtail's page editor (insert_editor_js).
 *
 * 1. The autosave indicator says "Saved" only while nothing has changed since
 *    the save: the next edit turns it into "Unsaved changes" until Wagtail's
 *    autosave reports again (saving, saved or paused).
 * 2. In "Set publishing schedule" and on the New story form the date picker
 *    opens beside its field (or above it on a narrow screen), inside the
 *    window, never over the "Save schedule" or "Create story" button.
 */
(function () {
  "use strict";

  var UNSAVED = "unsaved";

  function indicator() {
    return document.getElementById("w-autosave-indicator");
  }

  function addUnsavedState(element) {
    if (element.querySelector(".w-autosave-indicator__state--unsaved")) {
      return;
    }
    var state = document.createElement("div");
    state.className =
      "w-autosave-indicator__state w-autosave-indicator__state--unsaved";
    var text = document.createElement("span");
    text.className = "w-autosave-indicator__text";
    text.textContent = "Unsaved changes";
    state.appendChild(text);
    element.appendChild(state);
  }

  function isEditorField(target) {
    var form = target && target.closest ? target.closest("form") : null;
    return Boolean(
      form &&
        (form.id === "page-edit-form" ||
          (form.getAttribute("data-controller") || "").indexOf("w-autosave") !== -1)
    );
  }

  function markUnsaved(event) {
    var element = indicator();
    if (!element || !isEditorField(event.target)) {
      return;
    }
    if (element.getAttribute("data-w-autosave-state-value") === "saved") {
      addUnsavedState(element);
      element.setAttribute("data-w-autosave-state-value", UNSAVED);
      element.setAttribute(
        "data-w-tooltip-content-value",
        "Your latest change is not saved yet."
      );
    }
  }

  // Capture: rich text editors and choosers stop some events from bubbling.
  document.addEventListener("input", markUnsaved, true);
  document.addEventListener("change", markUnsaved, true);
  document.addEventListener("keydown", function (event) {
    // Typing in a rich text field: keys that change the text.
    if (event.key && (event.key.length === 1 || event.key === "Backspace" ||
        event.key === "Delete" || event.key === "Enter")) {
      markUnsaved(event);
    }
  }, true);

  var GAP = 8;

  function placePicker(input) {
    var pickers = document.querySelectorAll(".xdsoft_datetimepicker");
    Array.prototype.forEach.call(pickers, function (picker) {
      // Not offsetParent: in a dialog the picker is position: fixed.
      if (window.getComputedStyle(picker).display === "none") {
        return;
      }
      picker.style.transform = "";
      var field = input.getBoundingClientRect();
      var box = picker.getBoundingClientRect();
      var left;
      var top;
      if (field.right + GAP + box.width <= window.innerWidth) {
        left = field.right + GAP;
        top = field.top;
      } else {
        left = field.left;
        top = field.top - GAP - box.height;
      }
      // Inside the window: a fixed picker cannot be scrolled to.
      top = Math.max(GAP, Math.min(top, window.innerHeight - GAP - box.height));
      picker.style.transform =
        "translate(" + (left - box.left) + "px, " + (top - box.top) + "px)";
    });
  }

  function onScheduleFocus(event) {
    var input = event.target;
    if (!input || !input.closest || !input.closest("#schedule-publishing-dialog, .newsroom-new-story")) {
      return;
    }
    if (input.tagName !== "INPUT") {
      return;
    }
    // The picker shows (and places itself) just after the focus.
    window.requestAnimationFrame(function () { placePicker(input); });
    window.setTimeout(function () { placePicker(input); }, 60);
    window.setTimeout(function () { placePicker(input); }, 250);
  }

  document.addEventListener("focusin", onScheduleFocus);
  document.addEventListener("click", onScheduleFocus);
  document.addEventListener("input", onScheduleFocus);
})();
