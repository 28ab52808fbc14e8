/* Progressive enhancement for the river of stories.
 * Without this file: <details> expands and folds teasers, "More stories" is a link.
 * With it: a "Show less" button at the end of each expanded story, and the next
 * page of stories loads as the reader nears the end of the river, twice; after
 * that "More stories" is a button, so the footer (newsletter, LATEST, QiOSK)
 * stays within reach on a phone. */
(function () {
  "use strict";

  var AUTO_LOADS = 2; // batches the river loads by itself as the reader scrolls

  function foldBack(details) {
    details.open = false;
    var teaser = details.closest(".teaser");
    var headline = teaser && teaser.querySelector(".teaser__headline");
    var summary = details.querySelector("summary");
    if (!headline || !summary) {
      if (summary) summary.focus();
      return;
    }
    // Bring the headline back: on a phone a long story folds away above the viewport.
    var top = headline.getBoundingClientRect().top;
    var toggleBottom = summary.getBoundingClientRect().bottom;
    if (top < 0) {
      headline.scrollIntoView({ block: "start" }); // smooth, unless reduced motion
      // Where the toggle will be once the scroll ends (headline at its scroll margin).
      toggleBottom += (parseFloat(getComputedStyle(headline).scrollMarginTop) || 0) - top;
    }
    // Focus the toggle if it will be on screen with the headline, else the
    // headline's link; preventScroll, or focus would scroll the headline away.
    var target = summary;
    if (toggleBottom > window.innerHeight) {
      target = headline.querySelector("a") || summary;
    }
    target.focus({ preventScroll: true });
  }

  function addShowLess(scope) {
    scope.querySelectorAll("details.teaser__more").forEach(function (details) {
      var rest = details.querySelector(".teaser__rest");
      if (!rest || rest.querySelector(".show-less")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "show-less";
      button.textContent = "Show less";
      button.addEventListener("click", function () {
        foldBack(details);
      });
      rest.appendChild(button);
    });
  }

  function setUpRiver(river) {
    var stories = river.querySelector("[data-river]");
    var link = river.querySelector("a[data-river-next]");
    if (!stories || !link) return;
    var container = link.closest(".river__more");
    var nextUrl = link.href;
    var loads = 0;
    var loading = false;
    var button = null;
    var observer = null;
    if ("IntersectionObserver" in window) {
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) loadMore();
        });
      }, { rootMargin: "600px 0px" });
      observer.observe(link);
    } else {
      showButton();
    }

    // From here on the reader asks for each batch: a button, as it loads in place.
    function showButton() {
      if (observer) observer.disconnect();
      button = document.createElement("button");
      button.type = "button";
      button.className = "river__more-button";
      button.setAttribute("data-river-more", "");
      button.textContent = "More stories";
      button.addEventListener("click", loadMore);
      link.replaceWith(button);
    }

    function loadMore() {
      if (loading) return;
      loading = true;
      if (observer) observer.unobserve(link);
      river.setAttribute("aria-busy", "true");
      var url = new URL(nextUrl, window.location.href);
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
          loads += 1;
          loading = false;
          var next = doc.querySelector("[data-river-next]");
          if (!next) {
            if (container) container.remove();
            return;
          }
          var following = new URL(next.getAttribute("href"), window.location.href);
          following.searchParams.delete("partial");
          nextUrl = following.pathname + following.search;
          link.href = nextUrl; // the plain link, should a load fail
          if (button) return;
          if (loads < AUTO_LOADS) observer.observe(link);
          else showButton();
        })
        .catch(function () {
          loading = false;
          // The plain page is what a reader without JavaScript gets.
          if (button) window.location.href = nextUrl;
        })
        .finally(function () {
          river.removeAttribute("aria-busy");
        });
    }
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
