// gwr report, document page: the fields of a highlighted row on hover, pinned on click.
// Values are read from the mark's data- attributes and written with textContent only.
(function () {
  "use strict";
  var panel = document.getElementById("panel");
  if (!panel) return;
  var FIELDS = [
    ["kind", "row"], ["id", "id"], ["subject", "subject"], ["name", "name"],
    ["value", "as written"], ["base", "value_base unit_base"], ["measure", "measure"],
    ["qualifier", "qualifier"], ["period", "period"], ["status", "status"],
    ["indicator", "indicator"], ["action", "action"], ["stage", "stage"], ["surface", "surface"]
  ];
  var pinned = null;
  function show(m) {
    panel.textContent = "";
    var close = document.createElement("button");
    close.className = "close";
    close.textContent = "×";
    close.title = "close (Esc)";
    close.addEventListener("click", hide);
    panel.appendChild(close);
    var dl = document.createElement("dl");
    FIELDS.forEach(function (f) {
      var v = m.dataset[f[0]];
      if (v === undefined) return;
      var dt = document.createElement("dt");
      dt.textContent = f[1];
      var dd = document.createElement("dd");
      dd.textContent = v === "" ? "—" : v;
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    panel.appendChild(dl);
    panel.hidden = false;
  }
  function hide() {
    if (pinned) pinned.classList.remove("pinned");
    pinned = null;
    panel.hidden = true;
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m && !pinned) show(m);
  });
  document.addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) {
      e.stopPropagation();
      if (pinned === m) { hide(); return; }
      if (pinned) pinned.classList.remove("pinned");
      pinned = m;
      m.classList.add("pinned");
      show(m);
    } else if (!panel.contains(e.target)) {
      hide();
    }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  // A link to a row (#i12 from a region page) shows its fields at once.
  var t = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (t && t.matches("mark.hl")) { pinned = t; t.classList.add("pinned"); show(t); }
})();
