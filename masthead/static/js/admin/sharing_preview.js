// The "Search and sharing preview" panel (masthead/articles/sharing_preview.py):
// redraws the search result and the social card as the editor types. The
// fallbacks follow masthead/articles/sharing.py: social field, else the search
// field, else the headline (title) or the dek.
(function () {
  "use strict";

  function shorten(text, limit) {
    text = (text || "").split(/\s+/).filter(Boolean).join(" ");
    if (text.length <= limit) return text;
    var cut = text.slice(0, limit - 1);
    if (cut.indexOf(" ") !== -1 && !/\s/.test(text.charAt(limit - 1))) {
      cut = cut.slice(0, cut.lastIndexOf(" "));
    }
    return cut.replace(/[\s,;:.\u2013\u2014-]+$/, "") + "\u2026";
  }

  function field(name) {
    return document.getElementById("id_" + name);
  }

  function value(name) {
    var input = field(name);
    return input ? input.value.trim() : "";
  }

  function displayUrl(url) {
    try {
      var parsed = new URL(url, window.location.href);
      var parts = parsed.pathname.split("/").filter(Boolean);
      return [parsed.host].concat(parts).join(" \u203a ");
    } catch (error) {
      return url;
    }
  }

  function chosenImage(name) {
    // An image chooser keeps the id in a hidden input and shows a thumbnail.
    if (!value(name)) return "";
    var chooser = document.getElementById("id_" + name + "-chooser");
    var image = chooser && chooser.querySelector("[data-chooser-image]");
    return image ? image.getAttribute("src") : "";
  }

  function init(root) {
    var out = {};
    root.querySelectorAll("[data-preview]").forEach(function (element) {
      out[element.getAttribute("data-preview")] = element;
    });
    var limit = function (name) {
      return parseInt(root.getAttribute("data-" + name + "-limit"), 10);
    };
    var summary = root.getAttribute("data-summary") || "";
    var initialDek = value("dek");
    var parentUrl = root.getAttribute("data-parent-url") || "/";
    var endpoint = root.getAttribute("data-card-endpoint");
    var kicker = root.getAttribute("data-kicker") || "";
    var cardTimer = null;
    var lastImageKey = null;

    function description() {
      // The page's summary is the dek, or the body's opening without one; the
      // body's text lives in the editor, so a cleared dek shows the summary
      // the server last made.
      var dek = value("dek");
      if (dek) return dek;
      return initialDek ? "" : summary;
    }

    function update() {
      var searchTitle = value("seo_title") || value("title");
      var searchDescription = value("search_description") || description();
      var socialTitle = value("social_title") || searchTitle;
      var socialDescription = value("social_description") || searchDescription;
      var url = value("canonical_url") || parentUrl + (value("slug") || "headline") + "/";

      out["display-url"].textContent = displayUrl(url);
      out["search-title"].textContent = shorten(searchTitle, limit("search-title"));
      out["search-description"].textContent = shorten(
        searchDescription,
        limit("search-description"),
      );
      out["card-title"].textContent = shorten(socialTitle, limit("card-title"));
      out["card-description"].textContent = shorten(
        socialDescription,
        limit("card-description"),
      );
      try {
        out["card-domain"].textContent = new URL(url, window.location.href).host;
      } catch (error) {
        /* keep the last good domain */
      }

      var photo = chosenImage("social_image") || chosenImage("top_image");
      // The server drew the first picture at card size; change it only when
      // the picture itself changes.
      var imageKey = photo ? "photo:" + photo : "card:" + socialTitle;
      if (imageKey === lastImageKey) return;
      lastImageKey = imageKey;
      window.clearTimeout(cardTimer);
      if (photo) {
        out["card-image"].setAttribute("src", photo);
      } else if (endpoint) {
        // Without a photo the story is shared with a drawn card of its
        // headline: ask for it once the editor pauses.
        cardTimer = window.setTimeout(function () {
          var query = new URLSearchParams({ title: socialTitle, kicker: kicker });
          out["card-image"].setAttribute("src", endpoint + "?" + query.toString());
        }, 400);
      }
    }

    var photo = chosenImage("social_image") || chosenImage("top_image");
    lastImageKey = photo
      ? "photo:" + photo
      : "card:" + (value("social_title") || value("seo_title") || value("title"));
    var form = root.closest("form") || document;
    form.addEventListener("input", update);
    // Choosers set their hidden input and then their thumbnail: read it after.
    form.addEventListener("change", function () {
      window.setTimeout(update, 0);
    });
  }

  function start() {
    document.querySelectorAll("[data-sharing-preview]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
