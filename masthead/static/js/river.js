/* Progressive enhancement for the river of stories.
 * Without this file: <details> expands and folds teasers, "More stories" is a link.
 * With it: a "Show less" button at the end of each expanded story, and the next
 * page of stories loads as the reader nears the end of the river. */
(function () {
  "use strict";

  function addShowLess(scope) {
    scope.querySelectorAll("details.teaser__more").forEach(function (details) {
      var rest = details.querySelector(".teaser__rest");
      if (!rest || rest.querySelector(".show-less")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "show-less";
      button.textContent = "Show less";
      button.addEventListener("click", function () {
        details.open = false;
        var teaser = details.closest(".teaser");
        var summary = details.querySelector("summary");
        if (teaser && teaser.getBoundingClientRect().top < 0) {
          teaser.scrollIntoView({ block: "start" });
        }
        if (summary) summary.focus();
      });
      rest.appendChild(button);
    });
  }

  function setUpRiver(river) {
    var stories = river.querySelector("[data-river]");
    if (!stories || !("IntersectionObserver" in window)) return;
    var loading = false;
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) loadMore(entry.target);
      });
    }, { rootMargin: "600px 0px" });

    function watch() {
      var link = river.querySelector("[data-river-next]");
      if (link) observer.observe(link);
    }

    function loadMore(link) {
      if (loading) return;
      loading = true;
      observer.unobserve(link);
      river.setAttribute("aria-busy", "true");
      var url = new URL(link.href, window.location.href);
      url.searchParams.set("partial", "1");
      fetch(url.toString(), { headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var seen = {};
          stories.querySelectorAll("[data-story]").forEach(function (el) {
            seen[el.getAttribute("data-story")] = true;
          });
          doc.querySelectorAll(".teaser").forEach(function (teaser) {
            if (seen[teaser.getAttribute("data-story")]) return;
            stories.appendChild(document.importNode(teaser, true));
          });
          addShowLess(stories);
          var container = link.closest(".river__more");
          var next = doc.querySelector("[data-river-next]");
          if (next) {
            var nextUrl = new URL(next.getAttribute("href"), window.location.href);
            nextUrl.searchParams.delete("partial");
            link.href = nextUrl.pathname + nextUrl.search;
            loading = false;
            watch();
          } else if (container) {
            container.remove();
          }
        })
        .catch(function () {
          loading = false; // The plain link still works.
        })
        .finally(function () {
          river.removeAttribute("aria-busy");
        });
    }
    watch();
  }

  function init() {
    addShowLess(document);
    document.querySelectorAll(".river").forEach(setUpRiver);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
