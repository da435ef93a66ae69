// gwr report, index: filter the documents by status, region, year and text.
(function () {
  "use strict";
  var table = document.getElementById("docs");
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll(".row[data-status]"));
  var status = document.getElementById("f-status");
  var region = document.getElementById("f-region");
  var year = document.getElementById("f-year");
  var text = document.getElementById("f-text");
  var count = document.getElementById("f-count");
  var haystack = null;
  function apply() {
    var s = status.value, r = region.value, y = year.value, q = text.value.trim().toLowerCase();
    if (q && !haystack) haystack = rows.map(function (tr) { return tr.textContent.toLowerCase(); });
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var d = rows[i].dataset;
      var ok = (!s || d.status === s) && (!r || d.region === r) && (!y || d.year === y) &&
        (!q || haystack[i].indexOf(q) >= 0);
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown + " of " + rows.length;
  }
  [status, region, year].forEach(function (el) { el.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  // All rows show at first; a filter the browser restored (going back) is applied.
  if (status.value || region.value || year.value || text.value) apply();
  else count.textContent = rows.length + " of " + rows.length;
  // When the page became usable, in ms since navigation (read by the browser test).
  document.documentElement.setAttribute("data-ready-ms", String(Math.round(performance.now())));
})();
