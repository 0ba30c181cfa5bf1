/* Lausanne, ville apprenante: the search box of the header and the filters of offer lists.
   Plain JavaScript, no framework. Without it every page still works: the header links to the
   offers list, and lists are paginated. */
(function () {
  "use strict";

  /* Header: the search box takes the place of the link to the offers list. */
  var box = document.querySelector("[data-search-box]");
  var fallback = document.querySelector("[data-search-fallback]");
  if (box && fallback) {
    box.hidden = false;
    fallback.hidden = true;
  }

  /* Filters: the page carries the offers of its own page of the list; the cards of the whole
     list come from the list's cards.json, loaded here. The choices live in the address, so that
     a filtered list can be shared, reloaded, and left and found again with the back button.
     If the cards cannot be loaded, the page stays as it is: paginated, without filters. */
  var form = document.querySelector("[data-filters]");
  var list = document.querySelector("[data-filter-list]");
  var status = document.querySelector("[data-filter-count]");
  if (!form || !list || !status || !list.dataset.cards || !window.fetch) return;

  fetch(list.dataset.cards)
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (data) {
      list.innerHTML = data.cards.join("");
      start();
    })
    .catch(function () {});

  function start() {
    var items = Array.prototype.map.call(list.children, function (li) {
      var card = li.querySelector("[data-offer]");
      return { li: li, d: card ? card.dataset : {} };
    });
    var fields = ["audience", "age", "pillar", "neighbourhood", "language", "mode", "when", "free"];

    function words(text) {
      return text ? text.split(/\s+/).filter(Boolean) : [];
    }
    function iso(date) {
      var m = date.getMonth() + 1, d = date.getDate();
      return date.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
    }

    /* The choices, as name -> list of values, in the order of `fields`. */
    function read() {
      var chosen = {};
      fields.forEach(function (name) {
        var values = [];
        Array.prototype.forEach.call(form.elements, function (el) {
          if (el.name !== name) return;
          if (el.type === "checkbox") {
            if (el.checked) values.push(el.value);
          } else if (el.value.trim() !== "") {
            values.push(el.value.trim());
          }
        });
        if (values.length) chosen[name] = values;
      });
      return chosen;
    }

    function write(params) {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (fields.indexOf(el.name) < 0) return;
        var values = params.getAll(el.name);
        if (el.type === "checkbox") {
          el.checked = values.indexOf(el.value) >= 0;
        } else if (el.tagName === "SELECT") {
          var v = values[0] || "";
          var known = Array.prototype.some.call(el.options, function (o) { return o.value === v; });
          el.value = known ? v : "";
        } else {
          el.value = values[0] || "";
        }
      });
    }

    function query(chosen) {
      var params = new URLSearchParams();
      fields.forEach(function (name) {
        (chosen[name] || []).forEach(function (v) { params.append(name, v); });
      });
      return params.toString();
    }

    /* Whether an offer happens between the days `from` and `to` (ISO, inclusive). Offers with
       no date at all run all the time. */
    function happens(d, from, to) {
      var days = words(d.days);
      if (days.length) return days.some(function (day) { return day >= from && day <= to; });
      if (!d.start && !d.end) return true;
      return (d.start || "0000") <= to && (d.end || "9999") >= from;
    }

    function matches(d, chosen, today) {
      if (chosen.audience && !chosen.audience.some(function (a) { return words(d.audience).indexOf(a) >= 0; })) return false;
      if (chosen.age) {
        var age = parseInt(chosen.age[0], 10);
        if (!isNaN(age)) {
          if (d.ageMin !== undefined && age < parseInt(d.ageMin, 10)) return false;
          if (d.ageMax !== undefined && age > parseInt(d.ageMax, 10)) return false;
        }
      }
      if (chosen.pillar && words(d.pillars).indexOf(chosen.pillar[0]) < 0) return false;
      if (chosen.neighbourhood && words(d.neighbourhoods).indexOf(chosen.neighbourhood[0]) < 0) return false;
      if (chosen.language && words(d.languages).indexOf(chosen.language[0]) < 0) return false;
      if (chosen.mode && d.mode !== "mixed" && d.mode !== chosen.mode[0]) return false;
      if (chosen.free && d.free === undefined) return false;
      if (chosen.when) {
        var end = new Date(today);
        if (chosen.when[0] === "week") {
          end.setDate(end.getDate() + (7 - end.getDay()) % 7); /* to Sunday */
        } else {
          end = new Date(today.getFullYear(), today.getMonth() + 1, 0); /* last day of the month */
        }
        if (!happens(d, iso(today), iso(end))) return false;
      }
      return true;
    }

    function say(count, filtered) {
      var text;
      if (!filtered) text = form.dataset.countAll;
      else if (count === 0) text = form.dataset.countNone;
      else if (count === 1) text = form.dataset.countOne;
      else text = form.dataset.countMany;
      status.textContent = text.replace("{count}", String(count));
    }

    function apply() {
      var chosen = read();
      var today = new Date();
      today.setHours(0, 0, 0, 0);
      var count = 0;
      items.forEach(function (item) {
        var show = matches(item.d, chosen, today);
        item.li.hidden = !show;
        if (show) count += 1;
      });
      say(count, Object.keys(chosen).length > 0);
      return chosen;
    }

    function remember(chosen, replace) {
      var q = query(chosen);
      var url = location.pathname + (q ? "?" + q : "") + location.hash;
      if (url === location.pathname + location.search + location.hash) return;
      if (replace) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
    }

    var typing = null;
    form.addEventListener("change", function () {
      clearTimeout(typing);
      remember(apply(), false);
    });
    form.addEventListener("input", function (event) {
      if (event.target.name !== "age") return;
      clearTimeout(typing);
      typing = setTimeout(function () { remember(apply(), true); }, 400);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      remember(apply(), false);
    });
    var reset = form.querySelector("[data-filter-reset]");
    if (reset) {
      reset.addEventListener("click", function () {
        write(new URLSearchParams(""));
        remember(apply(), false);
      });
    }
    window.addEventListener("popstate", function () {
      write(new URLSearchParams(location.search));
      apply();
    });

    /* With JavaScript, the filters show the whole list: the pages of the list are not needed. */
    var pagination = document.querySelector("[data-pagination]");
    if (pagination) pagination.hidden = true;
    write(new URLSearchParams(location.search));
    form.hidden = false;
    status.hidden = false;
    apply();
    list.dataset.ready = "";
  }
})();
