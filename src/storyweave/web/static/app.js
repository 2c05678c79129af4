// storyweave: progressive enhancement. Every page reads fine without this file.
(function () {
  "use strict";

  // Report: a citation link '#a-ID-S-E' lights up every piece of that span.
  function lightSpan() {
    document.querySelectorAll(".hl-on").forEach(function (el) { el.classList.remove("hl-on"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var anchor = document.getElementById(id);
    if (!anchor || !anchor.classList.contains("anchor")) return;
    var details = anchor.closest("details");
    if (details) details.open = true;
    var group = anchor.getAttribute("data-g");
    if (!group) return;
    var scope = anchor.closest(".article-body") || document;
    scope.querySelectorAll('[data-g~="' + group + '"]').forEach(function (el) {
      if (el !== anchor) el.classList.add("hl-on");
    });
  }
  window.addEventListener("hashchange", lightSpan);

  // Compare: hovering or focusing a passage lights its partner; panes scroll together.
  function setupCompare() {
    var left = document.querySelector("#pane-left .pane-body");
    var right = document.querySelector("#pane-right .pane-body");
    if (!left || !right) return;
    var sync = document.getElementById("sync-scroll");
    function partners(el) {
      var groups = (el.getAttribute("data-g") || "").split(" ").filter(Boolean);
      var out = [];
      groups.forEach(function (g) {
        document.querySelectorAll('[data-g~="' + g + '"]').forEach(function (p) { out.push(p); });
      });
      return out;
    }
    // A shared passage may be split over several elements on each side: the partner of the
    // k-th piece is the piece at the same place in the other pane (proportionally).
    function mateIn(el, pane) {
      var g = (el.getAttribute("data-g") || "").split(" ").filter(Boolean)[0];
      if (!g) return null;
      var sel = '.pair[data-g~="' + g + '"]';
      var own = Array.prototype.slice.call(el.closest(".pane-body").querySelectorAll(sel));
      var others = pane.querySelectorAll(sel);
      if (!others.length) return null;
      var k = Math.max(own.indexOf(el), 0);
      var at = own.length > 1 ? Math.round(k * (others.length - 1) / (own.length - 1)) : 0;
      return others[at];
    }
    function activate(el, scroll) {
      document.querySelectorAll(".pair.active").forEach(function (p) { p.classList.remove("active"); });
      var ps = partners(el);
      ps.forEach(function (p) { p.classList.add("active"); });
      if (!scroll) return;
      var own = el.closest(".pane-body");
      var other = own === left ? right : left;
      var target = mateIn(el, other);
      if (target) {
        var offset = el.getBoundingClientRect().top - own.getBoundingClientRect().top;
        other.scrollTop += target.getBoundingClientRect().top - other.getBoundingClientRect().top - offset;
      }
    }
    document.querySelectorAll(".pane-body .pair").forEach(function (el) {
      el.setAttribute("tabindex", "0");
      el.addEventListener("mouseenter", function () { activate(el, false); });
      el.addEventListener("focus", function () { activate(el, true); });
      el.addEventListener("click", function () { activate(el, true); });
    });
    var busy = false;
    function follow(from, to) {
      if (busy || (sync && !sync.checked)) return;
      var top = from.getBoundingClientRect().top;
      var first = Array.prototype.find.call(from.querySelectorAll(".pair"), function (p) {
        return p.getBoundingClientRect().bottom > top + 4;
      });
      if (!first) return;
      var mate = mateIn(first, to);
      if (!mate) return;
      busy = true;
      var offset = first.getBoundingClientRect().top - top;
      to.scrollTop += mate.getBoundingClientRect().top - to.getBoundingClientRect().top - offset;
      requestAnimationFrame(function () { requestAnimationFrame(function () { busy = false; }); });
    }
    left.addEventListener("scroll", function () { follow(left, right); }, { passive: true });
    right.addEventListener("scroll", function () { follow(right, left); }, { passive: true });
  }

  // Article: the removed-material toggles also work by keyboard shortcut-free clicks (CSS does
  // the showing; this keeps the choice when the page is reloaded).
  function setupRemoved() {
    document.querySelectorAll("input.show-removed").forEach(function (box) {
      var key = "storyweave.show." + box.getAttribute("data-kind");
      try { box.checked = sessionStorage.getItem(key) === "1"; } catch (e) { /* private mode */ }
      box.addEventListener("change", function () {
        try { sessionStorage.setItem(key, box.checked ? "1" : "0"); } catch (e) { /* ignore */ }
      });
    });
  }

  // Job page: poll the JSON twin until the job is finished, then show the result.
  function setupJob() {
    var box = document.getElementById("job");
    if (!box) return;
    var id = box.getAttribute("data-job");
    function tick() {
      fetch("/jobs/" + encodeURIComponent(id) + ".json", { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          document.getElementById("job-state").textContent = job.state;
          document.getElementById("job-stage").textContent = job.stage;
          var bar = document.getElementById("job-bar");
          bar.max = job.total || 1;
          bar.value = job.finished ? (job.total || 1) : job.done;
          if (job.finished) { location.reload(); return; }
          setTimeout(tick, 400);
        })
        .catch(function () { setTimeout(tick, 1500); });
    }
    if (box.getAttribute("data-state") !== "done" && box.getAttribute("data-state") !== "failed") tick();
  }

  // Stories list: a new sort order applies at once.
  function setupSort() {
    var sort = document.getElementById("sort");
    if (sort && sort.form) sort.addEventListener("change", function () { sort.form.submit(); });
  }

  function ready() {
    setupSort();
    lightSpan();
    setupCompare();
    setupRemoved();
    setupJob();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
