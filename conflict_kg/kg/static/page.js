// conflict-kg query page: YASGUI against this server's /sparql (see kg/endpoint_page.py).
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("ckg-config").textContent);
  var endpoint = new URL(cfg.endpoint, window.location.href).href;
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    // Our page handles ?name=/?query= itself; never take an endpoint from a link.
    populateFromUrl: false,
    persistenceId: null,
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    // Only completers that need no network (LOV and prefix.cc are not reachable offline).
    yasqe: { value: cfg.query, autocompleters: ["prefixes", "variables"] },
    yasr: { prefixes: cfg.prefixes },
  });
  var tab = yasgui.getTab();

  // The server cuts results at its row limit and says so in a header YASR does not show: show it here.
  var note = document.getElementById("note");
  var realFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : input.url;
    return realFetch(input, init).then(function (resp) {
      if (url && url.indexOf(endpoint) === 0) {
        note.textContent = resp.headers.get("X-Result-Truncated") === "true"
          ? "Only the first " + resp.headers.get("X-Result-Limit") + " rows are shown: the server's row limit (--max-rows)."
          : "";
      }
      return resp;
    });
  };
  tab.setQuery(cfg.query);

  function run(query) {
    var t = yasgui.getTab();
    t.setQuery(query);
    t.query();
  }

  document.getElementById("examples").addEventListener("change", function (ev) {
    var text = cfg.examples[ev.target.value];
    if (text) yasgui.getTab().setQuery(text);
  });

  // IRIs in results are links that DESCRIBE the resource (their own addresses are not served here).
  function describeLink(iri) {
    return "/?" + new URLSearchParams({ query: "DESCRIBE <" + iri + ">", run: "1" }).toString();
  }
  function relink(root) {
    root.querySelectorAll("a.iri:not([data-iri])").forEach(function (a) {
      var iri = a.getAttribute("href");
      a.setAttribute("data-iri", iri);
      a.setAttribute("href", describeLink(iri));
      a.removeAttribute("target");
      a.title = "DESCRIBE " + iri;
      // Show percent-encoded names (ent:militaryunit/%E3%82%A6...) as the text they encode.
      try { a.textContent = decodeURIComponent(a.textContent); } catch (e) { /* not UTF-8: leave it */ }
    });
  }
  var root = document.getElementById("yasgui");
  new MutationObserver(function () { relink(root); }).observe(root, { childList: true, subtree: true });
  root.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a[data-iri]");
    if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    run(cfg.prefixesText + "DESCRIBE <" + a.getAttribute("data-iri") + ">");
  });
  cfg.prefixesText = Object.keys(cfg.prefixes).map(function (p) {
    return "PREFIX " + p + ": <" + cfg.prefixes[p] + ">\n";
  }).join("");

  window.ckgYasgui = yasgui;
  if (cfg.run) tab.query();
})();
