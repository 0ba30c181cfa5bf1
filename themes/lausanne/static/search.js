/* Lausanne, ville apprenante: the search page. It asks the Pagefind index built with the site
   (one per language, picked from <html lang>, in one part or several) and lists the results with their summary, pillars
   and neighbourhoods. The words searched are kept in the address (?q=...). */
(function () {
  "use strict";
  var form = document.querySelector("[data-search]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector("[data-search-status]");
  var section = document.querySelector("[data-search-results-section]");
  var list = document.querySelector("[data-search-results]");
  var nojs = document.querySelector("[data-search-nojs]");
  var text = form.dataset;
  var engine = null;
  var latest = 0;

  form.hidden = false;
  if (nojs) nojs.hidden = true;

  function load() {
    if (!engine) {
      /* A large site's index comes in parts (pagefind/parts.json lists those after the first):
         merge them into the first, in the page's language. */
      engine = import(text.bundle + "pagefind.js").then(function (pagefind) {
        var language = document.documentElement.lang.toLowerCase();
        return pagefind.options({ excerptLength: 20 })
          .then(function () { return fetch(text.bundle + "parts.json"); })
          .then(function (reply) { return reply.ok ? reply.json() : []; })
          .then(function (parts) {
            return Promise.all(parts.map(function (part) {
              return pagefind.mergeIndex(text.bundle + part, { language: language });
            }));
          })
          .then(function () { return pagefind; });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  function el(name, className, content) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  /* Pagefind's excerpt is HTML with <mark> around the words found: keep the text and the marks,
     nothing else. */
  function excerpt(html) {
    var p = el("p", "result-excerpt");
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    Array.prototype.forEach.call(doc.body.firstChild.childNodes, function (node) {
      if (node.nodeName === "MARK") p.appendChild(el("mark", "", node.textContent));
      else p.appendChild(document.createTextNode(node.textContent));
    });
    return p;
  }

  function result(data) {
    var meta = data.meta || {};
    var item = el("li", "result");
    var article = el("article", "card result-card");
    var heading = el("h2", "card-title");
    var link = el("a", "", meta.title || data.url);
    link.href = data.url;
    heading.appendChild(link);
    article.appendChild(heading);
    var kind = [meta.kind, meta.status].filter(Boolean).join(" · ");
    if (kind) article.appendChild(el("p", "result-kind", kind));
    if (meta.summary) article.appendChild(el("p", "card-summary", meta.summary));
    if (data.excerpt) article.appendChild(excerpt(data.excerpt));
    var facts = [["when", text.labelWhen], ["pillars", text.labelPillars], ["neighbourhoods", text.labelNeighbourhoods]];
    var dl = el("dl", "glance");
    facts.forEach(function (f) {
      if (!meta[f[0]]) return;
      var row = el("div");
      row.appendChild(el("dt", "", f[1]));
      row.appendChild(el("dd", "", meta[f[0]]));
      dl.appendChild(row);
    });
    if (dl.children.length) article.appendChild(dl);
    item.appendChild(article);
    return item;
  }

  function count(n, q) {
    var t = n === 0 ? text.resultsNone : n === 1 ? text.resultsOne : text.resultsMany;
    return t.replace("{count}", String(n)).replace("{query}", q);
  }

  function remember(q, replace) {
    var url = location.pathname + (q ? "?q=" + encodeURIComponent(q) : "");
    if (url === location.pathname + location.search) return;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }

  function run(q) {
    q = q.trim();
    var mine = ++latest;
    if (!q) {
      list.textContent = "";
      section.hidden = true;
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = text.loading;
    return load()
      .then(function (pagefind) { return pagefind.search(q); })
      .then(function (found) {
        var shown = found.results.slice(0, 50).map(function (r) { return r.data(); });
        return Promise.all(shown).then(function (results) {
          if (mine !== latest) return;
          list.textContent = "";
          results.forEach(function (data) { list.appendChild(result(data)); });
          section.hidden = results.length === 0;
          status.textContent = count(found.results.length, q);
        });
      })
      .catch(function () {
        if (mine === latest) status.textContent = text.error;
      });
  }

  var typing = null;
  input.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      remember(input.value.trim(), true);
      run(input.value);
    }, 300);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typing);
    remember(input.value.trim(), false);
    run(input.value);
  });
  window.addEventListener("popstate", function () {
    input.value = new URLSearchParams(location.search).get("q") || "";
    run(input.value);
  });

  input.value = new URLSearchParams(location.search).get("q") || "";
  if (input.value) run(input.value);
})();
