// The "Arrange stories" screen of a newsletter issue (admin_views/arrange.py).
// Two lists: the stories (inputs enabled, so the form posts them in
// order) and the rest (inputs disabled). Everything here moves list items
// between and within them: drag and drop, buttons (keyboard), "keep the first
// N", search. A live region says what each action did.
(function () {
  "use strict";
  var form = document.querySelector("[data-arrange]");
  if (!form) return;
  var chosen = form.querySelector("[data-chosen]");
  var candidates = form.querySelector("[data-candidates]");
  var results = form.querySelector("[data-search-results]");
  var live = form.querySelector("[data-live]");
  var countOut = form.querySelector("[data-chosen-count]");
  var empty = form.querySelector("[data-chosen-empty]");
  var max = parseInt(form.getAttribute("data-max"), 10) || 100;

  function items(list) {
    return Array.prototype.slice.call(list.querySelectorAll(":scope > [data-arrange-item]"));
  }

  function title(item) {
    return item.getAttribute("data-title");
  }

  function say(message) {
    // Cleared first, so the same message twice is announced twice.
    live.textContent = "";
    window.setTimeout(function () { live.textContent = message; }, 30);
  }

  function setChosen(item, isChosen) {
    item.setAttribute("draggable", isChosen ? "true" : "false");
    item.querySelectorAll("input, textarea").forEach(function (field) {
      field.disabled = !isChosen;
    });
  }

  function refresh() {
    var list = items(chosen);
    list.forEach(function (item, index) {
      var position = item.querySelector("[data-position]");
      if (position) position.textContent = index + 1 + ". ";
    });
    items(candidates).concat(items(results)).forEach(function (item) {
      var position = item.querySelector("[data-position]");
      if (position) position.textContent = "";
    });
    countOut.textContent = list.length;
    if (empty) empty.hidden = list.length > 0;
  }

  function positionOf(item) {
    return items(chosen).indexOf(item) + 1;
  }

  function focusButton(item, selector) {
    var button = item.querySelector(selector);
    if (button) button.focus();
  }

  function move(item, where) {
    var list = items(chosen);
    var index = list.indexOf(item);
    if (where === "top") {
      chosen.insertBefore(item, list[0]);
    } else if (where === "up" && index > 0) {
      chosen.insertBefore(item, list[index - 1]);
    } else if (where === "down" && index < list.length - 1) {
      chosen.insertBefore(list[index + 1], item);
    } else {
      say("“" + title(item) + "” is already " + (where === "down" ? "last." : "first."));
      return;
    }
    refresh();
    focusButton(item, '[data-move="' + where + '"]');
    say("“" + title(item) + "” moved to position " + positionOf(item) + " of " + items(chosen).length + ".");
  }

  function remove(item) {
    var next = item.nextElementSibling || item.previousElementSibling;
    setChosen(item, false);
    candidates.insertBefore(item, candidates.firstChild);
    refresh();
    if (next) focusButton(next, "[data-remove]");
    say("Removed “" + title(item) + "”; " + items(chosen).length + " stories left. It is first under More from the week.");
  }

  function add(item) {
    if (items(chosen).length >= max) {
      say("An issue holds at most " + max + " stories.");
      return;
    }
    var id = item.getAttribute("data-article-id");
    var existing = chosen.querySelector('[data-article-id="' + id + '"]');
    if (existing) {
      say("“" + title(item) + "” is already in the issue, at position " + positionOf(existing) + ".");
      return;
    }
    var next = item.nextElementSibling || item.previousElementSibling;
    setChosen(item, true);
    chosen.appendChild(item);
    refresh();
    if (next) focusButton(next, "[data-add]");
    say("Added “" + title(item) + "” at position " + positionOf(item) + " of " + items(chosen).length + ".");
  }

  function keepFirst() {
    var field = form.querySelector("#keep-count");
    var count = parseInt(field.value, 10);
    if (!(count >= 1)) {
      say("Type how many stories to keep: a number from 1.");
      field.focus();
      return;
    }
    var cut = items(chosen).slice(count);
    cut.reverse().forEach(function (item) {
      setChosen(item, false);
      candidates.insertBefore(item, candidates.firstChild);
    });
    refresh();
    say("Kept the first " + items(chosen).length + " stories; " + cut.length + " moved to More from the week.");
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || !form.contains(button)) return;
    var item = button.closest("[data-arrange-item]");
    if (button.hasAttribute("data-move") && item) move(item, button.getAttribute("data-move"));
    else if (button.hasAttribute("data-remove") && item) remove(item);
    else if (button.hasAttribute("data-add") && item) add(item);
    else if (button.hasAttribute("data-keep-first")) keepFirst();
    else if (button.hasAttribute("data-search")) search();
  });

  // Enter in the number or search field acts on it instead of saving the form.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    if (event.target.id === "keep-count") {
      event.preventDefault();
      keepFirst();
    } else if (event.target.hasAttribute("data-search-input")) {
      event.preventDefault();
      search();
    }
  });

  // Drag and drop within the list.
  var dragged = null;
  chosen.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest("[data-arrange-item]");
    if (!item) return;
    dragged = item;
    item.classList.add("is-dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.getAttribute("data-article-id"));
  });
  chosen.addEventListener("dragover", function (event) {
    if (!dragged) return;
    event.preventDefault();
    var over = event.target.closest && event.target.closest("[data-arrange-item]");
    if (!over || over === dragged) return;
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    chosen.insertBefore(dragged, after ? over.nextElementSibling : over);
  });
  chosen.addEventListener("drop", function (event) {
    if (dragged) event.preventDefault();
  });
  chosen.addEventListener("dragend", function () {
    if (!dragged) return;
    var item = dragged;
    dragged = null;
    item.classList.remove("is-dragging");
    refresh();
    say("“" + title(item) + "” moved to position " + positionOf(item) + " of " + items(chosen).length + ".");
  });

  // Search any published story.
  var template = form.querySelector("[data-item-template]");
  function search() {
    var input = form.querySelector("[data-search-input]");
    var query = input.value.trim();
    var url = form.getAttribute("data-search-url") + "?q=" + encodeURIComponent(query);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        results.textContent = "";
        if (data.error) {
          say(data.error);
          return;
        }
        data.results.forEach(function (story) {
          var item = template.content.firstElementChild.cloneNode(true);
          var id = String(story.id);
          item.setAttribute("data-article-id", id);
          item.setAttribute("data-title", story.title);
          item.querySelector("input").value = id;
          item.querySelector("[data-title-text]").textContent = story.title;
          item.querySelector("[data-meta]").textContent = [story.section, story.date].filter(Boolean).join(" · ");
          var textarea = item.querySelector("textarea");
          textarea.name = "blurb-" + id;
          textarea.id = "blurb-" + id;
          textarea.placeholder = story.dek;
          var label = item.querySelector("[data-blurb-label]");
          label.setAttribute("for", textarea.id);
          label.textContent = "Blurb for “" + story.title + "” (blank: the dek)";
          [["top", "Move “%s” to the top"], ["up", "Move “%s” up"], ["down", "Move “%s” down"]].forEach(function (pair) {
            item.querySelector('[data-move="' + pair[0] + '"]').setAttribute("aria-label", pair[1].replace("%s", story.title));
          });
          item.querySelector("[data-remove]").setAttribute("aria-label", "Remove “" + story.title + "”");
          item.querySelector("[data-add]").setAttribute("aria-label", "Add “" + story.title + "”");
          results.appendChild(item);
        });
        say(data.results.length ? data.results.length + " stories found." : "No published story has that in its headline.");
      })
      .catch(function () {
        say("The search did not answer; try again.");
      });
  }

  refresh();
})();
