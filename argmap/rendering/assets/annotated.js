(function () {
  "use strict";
  var body = document.body;

  function fail(err) {
    body.dataset.error = String((err && err.message) || err || "error");
  }
  window.addEventListener("error", function (ev) { fail(ev.error || ev.message); });

  function init() {
    var data = JSON.parse(document.getElementById("am-data").textContent);
    var statements = data.statements;
    var has = function (id) { return Object.prototype.hasOwnProperty.call(statements, id); };
    var tip = document.getElementById("am-tip");
    var panel = document.getElementById("am-panel-body");
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var nodes = {};
    var active = [];

    function ids(el) { return (el.getAttribute("data-statements") || "").split(/\s+/).filter(has); }
    function marksOf(id) {
      return document.querySelectorAll('mark[data-statements~="' + CSS.escape(id) + '"]');
    }
    function listItem(id) {
      return document.querySelector('li[data-statement="' + CSS.escape(id) + '"]');
    }
    function card(id) {
      var t = document.getElementById("am-card-" + id);
      return t ? t.content.cloneNode(true) : document.createTextNode(id);
    }
    function cards(list) {
      var frag = document.createDocumentFragment();
      list.forEach(function (id) { frag.appendChild(card(id)); });
      return frag;
    }
    function flash(el) {
      el.classList.remove("am-flash");
      void el.getBoundingClientRect();
      el.classList.add("am-flash");
    }
    function scroll(el, block) {
      el.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: block, inline: "nearest" });
    }

    function centre(node) {
      var pane = document.querySelector(".am-diagram");
      if (!pane || !node) { return; }
      var r = node.getBoundingClientRect(), p = pane.getBoundingClientRect();
      pane.scrollTo({
        left: pane.scrollLeft + r.left + r.width / 2 - (p.left + p.width / 2),
        top: pane.scrollTop + r.top + r.height / 2 - (p.top + p.height / 2),
        behavior: reduce ? "auto" : "smooth"
      });
    }

    function select(list, from) {
      active.forEach(function (el) { el.classList.remove("am-active", "am-selected"); });
      active = [];
      list.forEach(function (id) {
        marksOf(id).forEach(function (m) { m.classList.add("am-active"); active.push(m); });
        if (nodes[id]) { nodes[id].classList.add("am-selected"); active.push(nodes[id]); }
      });
      if (panel) { panel.replaceChildren(cards(list)); }
      list.forEach(function (id) {
        var li = listItem(id);
        if (li) { li.classList.add("am-active"); active.push(li); }
      });
      if (from === "text") {
        if (nodes[list[0]]) { centre(nodes[list[0]]); }
        return;
      }
      var first = list.length ? marksOf(list[0]) : [];
      if (first.length) {
        scroll(first[0], "center");
        first.forEach(flash);
      } else if (list.length && listItem(list[0])) {
        scroll(listItem(list[0]), "center");
        flash(listItem(list[0]));
      }
    }

    function showTip(mark) {
      var list = ids(mark);
      if (!tip || !list.length) { return; }
      tip.replaceChildren(cards(list));
      tip.hidden = false;
      var r = mark.getBoundingClientRect();
      var w = tip.offsetWidth, h = tip.offsetHeight;
      var x = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
      var y = r.bottom + 8;
      if (y + h > window.innerHeight - 8) { y = Math.max(8, r.top - h - 8); }
      tip.style.left = x + "px";
      tip.style.top = y + "px";
    }
    function hideTip() { if (tip) { tip.hidden = true; } }

    function setUpZoom() {
      var pane = document.querySelector(".am-diagram");
      var svg = pane ? pane.querySelector("svg") : null;
      if (!svg) { return; }
      var box = svg.viewBox && svg.viewBox.baseVal;
      var natural = box && box.width ? box.width : svg.getBoundingClientRect().width;
      if (!natural) { return; }
      var fit = function () { return (pane.clientWidth - 24) / natural; };
      var scale = 1;
      var zoom = function (s) {
        scale = Math.min(3, Math.max(0.15, s));
        svg.style.maxWidth = "none";
        svg.style.height = "auto";
        svg.style.width = Math.round(natural * scale) + "px";
      };
      zoom(Math.min(1.25, Math.max(0.85, fit())));
      var top = Object.keys(statements).filter(function (id) {
        return statements[id].kind === "thesis";
      })[0];
      var node = top ? findNode(svg, top) : null;
      if (node) {
        var r = node.getBoundingClientRect(), p = pane.getBoundingClientRect();
        pane.scrollLeft += r.left + r.width / 2 - (p.left + p.width / 2);
        pane.scrollTop += r.top - p.top - 16;
      }
      document.querySelectorAll(".am-tools button").forEach(function (b) {
        b.addEventListener("click", function () {
          var how = b.getAttribute("data-zoom");
          zoom(how === "in" ? scale * 1.25 : how === "out" ? scale / 1.25 : fit());
        });
      });
    }

    function findNode(svg, id) {
      var found = null;
      svg.querySelectorAll("g.node").forEach(function (g) {
        var t = g.querySelector("title");
        if (!found && t && t.textContent.trim() === id) { found = g; }
      });
      return found;
    }

    function activate(el, handler) {
      el.addEventListener("click", handler);
      el.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); handler(ev); }
      });
    }

    setUpZoom();

    document.querySelectorAll(".am-diagram svg g.node").forEach(function (g) {
      var title = g.querySelector("title");
      var id = title ? title.textContent.trim() : "";
      if (!has(id)) { return; }
      nodes[id] = g;
      g.classList.add("am-node");
      g.setAttribute("data-statement", id);
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", "Statement " + id + ": find its words");
      activate(g, function () { select([id], "diagram"); });
    });

    document.querySelectorAll("mark.am-hl").forEach(function (m) {
      m.addEventListener("mouseenter", function () { showTip(m); });
      m.addEventListener("mouseleave", hideTip);
      m.addEventListener("focus", function () { showTip(m); });
      m.addEventListener("blur", hideTip);
      activate(m, function () { hideTip(); select(ids(m), "text"); });
    });

    document.querySelectorAll("li[data-statement]").forEach(function (li) {
      var id = li.getAttribute("data-statement");
      activate(li, function (ev) {
        if (ev.target.closest && ev.target.closest(".am-ref")) { return; }
        select([id], "text");
      });
    });

    document.addEventListener("click", function (ev) {
      var ref = ev.target.closest ? ev.target.closest(".am-ref") : null;
      if (!ref) { return; }
      var id = ref.getAttribute("data-goto");
      if (has(id)) { ev.stopPropagation(); select([id], "diagram"); }
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { hideTip(); select([], "text"); }
    });
    window.addEventListener("scroll", hideTip, { passive: true });
  }

  try {
    init();
    body.dataset.ready = "1";
  } catch (err) {
    fail(err);
  }
})();
