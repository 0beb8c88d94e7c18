/*
 * citynet SPARQL editor: YASGUI (from its webjar) against this service's /sparql, with the named queries
 * as examples. Nothing is fetched from another host: YASQE's class and property completion (Linked Open
 * Vocabularies) is off, its prefix completion reads this service's prefixes instead of prefix.cc, there is
 * no CORS proxy and the endpoint list offers this service only. The page's Content-Security-Policy
 * enforces the same in the browser.
 */
(function () {
  "use strict";
  var host = document.getElementById("yasgui");
  if (!host || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(host.dataset.endpoint, document.baseURI).href;
  var prefixes = new URL(host.dataset.prefixes, document.baseURI).href;
  var completion = ["variables", "prefixes"];

  // YASGUI combines its configuration with lodash's merge, which merges arrays index by index: the
  // default list of autocompleters (with "class" and "property", which call LOV) has to be replaced in
  // the defaults themselves, not overridden by a shorter list.
  Yasgui.Yasqe.defaults.autocompleters = completion.slice();
  Yasgui.Yasqe.defaults.prefixCcApi = prefixes;
  Yasgui.defaults.yasqe.autocompleters = completion.slice();
  Yasgui.defaults.yasqe.prefixCcApi = prefixes;

  var yasgui = new Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "GET" },
    corsProxy: undefined,
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: endpoint }];
      }
    },
    // Each visit starts from the page's examples; no tabs restored from an earlier visit.
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    tabName: host.dataset.tabName || "Query"
  });

  // The examples open in a tab of their own; the summary becomes the button that does it.
  document.querySelectorAll("button.example-open").forEach(function (button) {
    var item = button.closest("li");
    var summary = item.querySelector(".example-summary");
    button.hidden = false;
    if (summary) {
      summary.hidden = true;
    }
    button.addEventListener("click", function () {
      var text = item.querySelector(".example-text").textContent;
      var tab = yasgui.addTab(true, { name: button.dataset.example, yasqe: { value: text } });
      tab.setQuery(text);
      host.scrollIntoView({ block: "start" });
      var editor = tab.getYasqe();
      if (editor) {
        editor.focus();
      }
    });
  });
  var hint = document.getElementById("open-hint");
  if (hint) {
    hint.hidden = false;
  }
  window.citynetYasgui = yasgui;
})();
