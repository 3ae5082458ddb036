// The argmap editor's front end: an anywidget ES module without dependencies.
//
// It draws what the kernel sends in the `view` trait and sends back small
// action messages ({action: "add", kind, start, end}, ...); the kernel checks
// each one and answers with a new view. Map text is untrusted: every piece
// of it reaches the page through textContent or a text node, never as HTML.
// The diagram arrives as SVG the kernel has already rewritten through an
// allow-list; it is parsed here as XML, cleaned again and imported as nodes.
//
// Offsets are code points, as in Python: a selection is measured with a
// Range from the start of the text and its string counted by code points.

const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_TAGS = new Set([
  "svg", "g", "title", "desc", "a", "text", "tspan", "polygon", "polyline", "path",
  "ellipse", "circle", "rect", "line", "defs", "linearGradient", "radialGradient", "stop",
]);
const KIND_KEYS = { t: "thesis", c: "claim", p: "premise", k: "counterclaim", r: "rebuttal", e: "evidence" };
const KEY_OF = Object.fromEntries(Object.entries(KIND_KEYS).map(([key, kind]) => [kind, key]));
const LABEL_TEXT = { IN: "✓ stands", OUT: "✗ defeated", UNDECIDED: "? undecided" };

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === "data") for (const [dk, dv] of Object.entries(v)) node.dataset[dk] = dv;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

function codePoints(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function short(s, n = 90) {
  const chars = Array.from(s || "");
  return chars.length <= n ? chars.join("") : chars.slice(0, n - 1).join("") + "…";
}

// The code-point offset of a DOM point inside `box`, clamped to its text.
function offsetIn(box, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(box);
  try {
    const where = range.comparePoint(node, offset);
    if (where < 0) return 0;
    if (where > 0) return codePoints(box.textContent);
  } catch {
    return null;
  }
  range.setEnd(node, offset);
  return codePoints(range.toString());
}

// Parse the kernel's (already sanitised) SVG and drop anything unexpected again.
function safeSvg(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== SVG_NS || root.localName !== "svg") return null;
  if (doc.getElementsByTagName("parsererror").length) return null;
  for (const el of [root, ...root.querySelectorAll("*")]) {
    if (el.namespaceURI !== SVG_NS || !SVG_TAGS.has(el.localName)) {
      el.remove();
      continue;
    }
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      const link = name === "href" || name === "xlink:href";
      if (name.startsWith("on") || name === "style" || (link && !a.value.startsWith("#"))) {
        el.removeAttribute(a.name);
      }
    }
  }
  return document.importNode(root, true);
}

// What a click in the diagram points at: a statement or inference id.
function diagramTarget(node, known) {
  const g = node.closest("g.node, g.edge");
  if (!g || !g.id) return null;
  let ref = null;
  if (g.id.startsWith("node-")) ref = g.id.slice(5);
  else if (g.id.startsWith("junction-")) ref = g.id.slice(9);
  else if (g.id.startsWith("edge-")) {
    const rest = g.id.slice(5);
    ref = rest.endsWith("-question") ? rest.slice(0, -9) : rest.slice(0, rest.lastIndexOf("-"));
  }
  return ref !== null && known.has(ref) ? ref : null;
}

function scrollWithin(pane, el, sideways = false) {
  const p = pane.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - p.height / 3;
  if (sideways && (r.left < p.left || r.right > p.right)) pane.scrollLeft += r.left - p.left - p.width / 3;
}

function render({ model, el }) {
  let view = model.get("view") || {};
  let selected = null;
  let mode = null; // {type: "support"|"attack"|"premise"|"undercut", ref}
  let zoom = null; // null: fit the pane, but never below three quarters
  const byId = new Map();
  const folded = new Set(); // side sections the person closed

  const send = (msg) => model.send(msg);
  const root = h("div", { class: "am-editor", tabindex: "0" });
  const status = h("span", { class: "am-status", role: "status" });
  const error = h("div", { class: "am-error", role: "alert", hidden: true });
  const source = h("div", { class: "am-source" });
  const svgBox = h("div", { class: "am-svg" });
  const side = h("div", { class: "am-side" });
  const textPane = h("section", { class: "am-pane am-text" },
    h("h3", { text: "Text" }, h("small", { text: "select words, then press a kind" })), source);
  const zoomBy = (f) => () => { zoom = Math.min(2, Math.max(0.2, currentZoom() * f)); sizeDiagram(); };
  const zoomBar = h("span", { class: "am-group" },
    h("button", { type: "button", class: "am-small", text: "−", title: "Smaller", on: { click: zoomBy(1 / 1.25) } }),
    h("button", { type: "button", class: "am-small", text: "fit", title: "Fit the width of the pane",
      on: { click: () => { zoom = fitZoom(); sizeDiagram(); } } }),
    h("button", { type: "button", class: "am-small", text: "+", title: "Larger", on: { click: zoomBy(1.25) } }));
  const diagramPane = h("section", { class: "am-pane am-diagram" },
    h("h3", { text: "Diagram" }, zoomBar), svgBox);

  const button = (label, key, title, fn) =>
    h("button", { type: "button", title: key ? `${title} (${key})` : title, on: { click: fn } },
      label, key ? h("kbd", { text: key }) : null);
  const kindButtons = h("span", { class: "am-group" }, ...["thesis", "claim", "premise",
    "counterclaim", "rebuttal", "evidence"].map((kind) =>
    h("button", { type: "button", class: `am-kind am-k-${kind}`, data: { kind },
      title: `Make the selected words a ${kind}, or give the selected box this kind (${KEY_OF[kind]})`,
      on: { click: () => makeKind(kind) } }, kind, h("kbd", { text: KEY_OF[kind] }))));
  const bar = h("div", { class: "am-bar" }, kindButtons,
    h("span", { class: "am-group" },
      button("supports…", "s", "Link the selected statement to what it supports", () => startMode("support")),
      button("attacks…", "a", "Link the selected statement to what it attacks (a link: undercut)", () => startMode("attack")),
      button("co-premise…", "+", "Add a premise to the selected link (a linked argument)", () => startMode("premise")),
      button("split", "/", "Cut the selected statement in two where the text cursor is", splitAtCaret),
      button("merge…", "m", "Fold another statement into the selected one", () => startMode("merge"))),
    h("span", { class: "am-group" },
      button("accept", "y", "Accept the selected drafted item", () => act("accept")),
      button("reject", "n", "Reject the selected drafted item", () => act("reject")),
      button("delete", "Del", "Delete the selected item", () => act("remove")),
      button("next", "d", "Select the next drafted item to review", nextReview)),
    h("span", { class: "am-group" },
      button("undo", "Ctrl+Z", "Undo", () => send({ action: "undo" })),
      button("redo", "Ctrl+Y", "Redo", () => send({ action: "redo" })),
      button("save", "Ctrl+S", "Save to the editor's file", () => send({ action: "save" }))),
    status);
  root.append(bar, error, h("div", { class: "am-main" }, textPane, diagramPane, side));
  el.append(root);

  function say(text) { status.textContent = text; }

  function act(action) {
    if (!selected) return say("Select a statement or link first.");
    send({ action, id: selected });
  }

  function select(ref, { scroll = true } = {}) {
    selected = ref && byId.has(ref) ? ref : null;
    send({ action: "select", id: selected });
    mark(scroll);
  }

  function pick(ref) {
    if (!mode) return select(ref);
    const m = mode;
    endMode();
    const stmt = byId.get(ref) && byId.get(ref).kind !== undefined;
    if (m.type === "support" || m.type === "attack") {
      send({ action: "link", premises: [m.ref], conclusion: ref, polarity: m.type });
    } else if (m.type === "premise" && stmt) {
      send({ action: "add_premise", inference: m.ref, premise: ref });
    } else if (m.type === "merge" && stmt) {
      send({ action: "merge", keep: m.ref, fold: ref });
    } else if (m.type === "undercut" && stmt) {
      send({ action: "link", premises: [ref], conclusion: m.ref, polarity: "attack" });
    } else say("Pick a statement for that.");
  }

  function startMode(type) {
    const item = selected && byId.get(selected);
    if (!item) return say("Select a statement or link first.");
    const isStatement = item.kind !== undefined;
    if (type === "premise" && isStatement) return say("Select a link (an arrow) to add a co-premise to.");
    if (type === "merge" && !isStatement) return say("Select a statement to merge another into.");
    if (!isStatement && type !== "premise") type = type === "attack" ? "undercut" : null;
    if (!type) return say("A link cannot support anything; select a statement.");
    mode = { type, ref: selected };
    root.classList.add("am-picking");
    say({
      support: `Click what ${selected} supports (Esc cancels).`,
      attack: `Click what ${selected} attacks: a statement, or an arrow to undercut it (Esc cancels).`,
      premise: `Click the statement to add to ${selected} as a co-premise (Esc cancels).`,
      undercut: `Click the statement that undercuts ${selected} (Esc cancels).`,
      merge: `Click the statement to fold into ${selected} (Esc cancels).`,
    }[type]);
  }

  function endMode() { mode = null; root.classList.remove("am-picking"); }

  function selection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    if (!source.contains(r.commonAncestorContainer) && !r.intersectsNode(source)) return null;
    const start = offsetIn(source, r.startContainer, r.startOffset);
    const end = offsetIn(source, r.endContainer, r.endOffset);
    return start === null || end === null || end <= start ? null : { start, end };
  }

  function makeKind(kind) {
    const words = selection();
    if (words) {
      window.getSelection().removeAllRanges();
      send({ action: "add", kind, ...words });
    } else if (selected && byId.get(selected) && byId.get(selected).kind) {
      send({ action: "retype", id: selected, kind });
    } else say("Select words in the text first (or a box to change its kind).");
  }

  function caret() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    if (!source.contains(r.startContainer)) return null;
    return offsetIn(source, r.startContainer, r.startOffset);
  }

  function splitAtCaret() {
    const item = selected && byId.get(selected);
    if (!item || item.kind === undefined) return say("Select a statement, then click in its words where the second part starts.");
    const at = caret();
    if (at === null) return say("Click in the statement's words where the second part starts.");
    send({ action: "split", id: selected, at });
  }

  function nextReview() {
    const queue = view.review || [];
    if (!queue.length) return say("Nothing left to review.");
    const at = queue.indexOf(selected);
    select(queue[(at + 1) % queue.length]);
  }

  // -- drawing --------------------------------------------------------------

  function drawText() {
    const top = source.scrollTop;
    source.replaceChildren();
    const stmts = new Map((view.statements || []).map((s) => [s.id, s]));
    for (const seg of view.segments || []) {
      if (!seg.ids.length) { source.append(seg.text); continue; }
      const first = stmts.get(seg.ids[0]);
      const cls = ["am-hl", `am-k-${seg.kind}`];
      if (seg.ids.some((ref) => stmts.get(ref) && stmts.get(ref).review === "doubtful")) cls.push("am-doubtful");
      if (seg.ids.length > 1) cls.push("am-multi");
      source.append(h("span", { class: cls.join(" "), data: { ids: seg.ids.join(" ") },
        title: seg.ids.map((ref) => `${ref} ${stmts.get(ref)?.kind || ""}`).join(", ") +
          (first && first.confidence !== null ? ` · drafted, ${Math.round(first.confidence * 100)}% sure` : "") },
        seg.text));
    }
    if (!(view.segments || []).length) source.append(h("em", { text: "This map has no source text." }));
    source.scrollTop = top;
  }

  function naturalWidth() {
    const svg = svgBox.querySelector("svg");
    const w = svg ? parseFloat(svg.getAttribute("width") || "0") : 0;
    return (svg && svg.getAttribute("width").endsWith("pt") ? w * 4 / 3 : w) || 1;
  }

  function fitZoom() { return Math.min(1, (svgBox.clientWidth - 12) / naturalWidth()); }

  function currentZoom() { return zoom === null ? Math.max(0.75, fitZoom()) : zoom; }

  function sizeDiagram() {
    const svg = svgBox.querySelector("svg");
    if (svg) svg.style.width = `${Math.round(naturalWidth() * currentZoom())}px`;
  }

  function drawDiagram() {
    const top = svgBox.scrollTop;
    const left = svgBox.scrollLeft;
    svgBox.replaceChildren();
    const svg = view.svg ? safeSvg(view.svg) : null;
    if (svg) {
      svg.removeAttribute("height");
      svgBox.append(svg);
      sizeDiagram();
      for (const s of view.statements || []) {
        const g = svg.querySelector(`[id="node-${CSS.escape(s.id)}"]`);
        if (g && s.review !== "reviewed") g.classList.add(`am-${s.review}`);
      }
    } else {
      svgBox.append(h("p", { class: "am-missing", text: view.diagram_error || "The diagram could not be shown." }));
    }
    svgBox.scrollTop = top;
    svgBox.scrollLeft = left;
  }

  function chip(ref) {
    const item = byId.get(ref);
    const kind = item && item.kind ? item.kind : "link";
    return h("button", { type: "button", class: `am-chip am-k-${kind}`, data: { ref },
      title: item ? short(item.text || describe(item), 200) : ref, text: ref });
  }

  function describe(inf) {
    const how = inf.undercut ? "undercuts" : inf.polarity === "support" ? "supports" : "attacks";
    return `${inf.premises.join(" + ")} ${how} ${inf.conclusion}`;
  }

  function field(label, input) { return h("label", { class: "am-field" }, h("span", { text: label }), input); }

  function edit(ref, name, input, value) {
    const commit = () => {
      const now = input.type === "checkbox" ? input.checked : input.value;
      if (now !== value) send({ action: "update", id: ref, field: name, value: now === "" ? null : now });
    };
    input.addEventListener("change", commit);
    if (input.tagName === "INPUT") input.addEventListener("keydown", (e) => { if (e.key === "Enter") input.blur(); });
    return input;
  }

  function inspector() {
    const item = selected && byId.get(selected);
    const box = h("div", { class: "am-card am-inspector" });
    if (!item) {
      box.append(h("h4", { text: "Nothing selected" }),
        h("p", { class: "am-hint", text: "Click a box, an arrow, a highlight or a row below. " +
          "Select words in the text and press t, c, p, k, r or e to add a statement." }));
      return box;
    }
    const review = item.review !== "reviewed"
      ? h("span", { class: `am-badge am-${item.review}`,
        text: `${item.review} · ${Math.round(item.confidence * 100)}%`, title: item.cue || "" }) : null;
    const label = item.label ? h("span", { class: `am-badge am-l-${item.label}`, text: LABEL_TEXT[item.label] || item.label, title: item.reason }) : null;
    if (item.kind === undefined) {
      box.append(h("h4", {}, chip(item.id), ` ${item.undercut ? "undercut" : item.polarity}`, label, review),
        h("p", { class: "am-hint", text: describe(item) + (item.cue ? ` — drafted from: ${item.cue}` : "") }));
      const premises = h("ul", { class: "am-premises" });
      for (const p of item.premises) {
        premises.append(h("li", {}, chip(p), ` ${short(byId.get(p)?.text || "", 60)} `,
          item.premises.length > 1 ? h("button", { type: "button", class: "am-small", text: "×", title: `Take ${p} out of ${item.id}`,
            on: { click: () => send({ action: "remove_premise", inference: item.id, premise: p }) } }) : null));
      }
      box.append(h("div", { class: "am-sub", text: "Premises" }), premises,
        h("div", { class: "am-sub" }, "Conclusion ", chip(item.conclusion)));
      return box;
    }
    const kind = h("select", { "aria-label": "kind" }, ...(view.kinds || []).map((k) =>
      h("option", { value: k, selected: k === item.kind, text: k })));
    kind.addEventListener("change", () => send({ action: "retype", id: item.id, kind: kind.value }));
    box.append(h("h4", {}, chip(item.id), " ", kind, label, review));
    if (item.quote) box.append(h("blockquote", { text: short(item.quote, 240) }));
    box.append(field("Title", edit(item.id, "title", h("input", { class: "am-in-title", value: item.title || "" }), item.title || "")));
    const text = h("textarea", { class: "am-in-text", rows: "3" });
    text.value = item.text;
    box.append(field("Text", edit(item.id, "text", text, item.text)));
    box.append(field("Speaker", edit(item.id, "attributed_to",
      h("input", { class: "am-in-speaker", value: item.attributed_to || "", placeholder: "the author" }), item.attributed_to || "")));
    if (item.kind === "evidence") {
      const type = h("select", { class: "am-in-evidence" }, h("option", { value: "", text: "(type)" }),
        ...(view.evidence_types || []).map((t) => h("option", { value: t, selected: t === item.evidence_type, text: t.replace("_", " ") })));
      box.append(field("Evidence", edit(item.id, "evidence_type", type, item.evidence_type || "")));
    }
    if (item.cue) box.append(h("p", { class: "am-hint", text: `Drafted from: ${item.cue}` }));
    if (item.findings.length) box.append(h("p", { class: "am-warn", text: `⚠ ${item.findings.join(", ")}` }));
    const links = (view.inferences || []).filter((i) => i.premises.includes(item.id) || i.conclusion === item.id);
    if (links.length) {
      box.append(h("div", { class: "am-sub", text: "Links" }), h("ul", { class: "am-links" },
        ...links.map((i) => h("li", {}, chip(i.id), ` ${describe(i)}`))));
    }
    return box;
  }

  function section(title, count, ...rows) {
    const box = h("details", { class: "am-card", open: folded.has(title) ? null : true },
      h("summary", { text: count === null ? title : `${title} (${count})` }), ...rows);
    box.addEventListener("toggle", () => { if (box.open) folded.delete(title); else folded.add(title); });
    return box;
  }

  function drawSide() {
    const top = side.scrollTop;
    side.replaceChildren(inspector());
    const review = view.review || [];
    side.append(section("Review first", review.length, review.length ? h("ol", { class: "am-list" },
      ...review.slice(0, 12).map((ref) => {
        const item = byId.get(ref);
        return h("li", { class: `am-row am-${item.review}`, data: { ref } },
          h("span", { class: "am-conf", text: `${Math.round(item.confidence * 100)}%` }), chip(ref),
          h("span", { class: "am-gist", text: item.kind !== undefined ? short(item.title || item.text, 70) : describe(item) }),
          h("button", { type: "button", class: "am-small am-ok", text: "✓", title: `Accept ${ref} (y)`, on: { click: (e) => { e.stopPropagation(); send({ action: "accept", id: ref }); } } }),
          h("button", { type: "button", class: "am-small am-no", text: "✗", title: `Reject ${ref} (n)`, on: { click: (e) => { e.stopPropagation(); send({ action: "reject", id: ref }); } } }));
      }), review.length > 12 ? h("li", { class: "am-hint", text: `… and ${review.length - 12} more (press d)` }) : null)
      : h("p", { class: "am-hint", text: "Every item is reviewed." })));
    const findings = view.findings || [];
    side.append(section("Findings", findings.length, findings.length ? h("ul", { class: "am-list" },
      ...findings.map((f) => h("li", { class: `am-row am-sev-${f.severity}`, data: { ref: f.ids[0] || "" }, title: f.hint },
        h("span", { class: "am-code", text: f.code }), h("span", { class: "am-gist", text: f.message }))))
      : h("p", { class: "am-hint", text: "No findings." })));
    const group = (name, ids) => h("div", { class: "am-stands" }, h("span", { class: "am-sub", text: name }), ...ids.map(chip));
    side.append(section("What stands", null, group("✓ stands", view.stands || []),
      group("✗ defeated", view.defeated || []), group("? undecided", view.undecided || [])));
    const stmts = view.statements || [];
    side.append(section("Statements", stmts.length, h("ul", { class: "am-list" }, ...stmts.map((s) =>
      h("li", { class: `am-row am-${s.review}`, data: { ref: s.id } }, chip(s.id),
        h("span", { class: `am-badge am-l-${s.label}`, text: s.label === "UNDECIDED" ? "?" : s.label === "IN" ? "✓" : "✗", title: s.reason }),
        h("span", { class: "am-gist", text: short(s.title || s.text, 80) }),
        s.attributed_to ? h("span", { class: "am-who", text: `— ${short(s.attributed_to, 30)}` }) : null)))));
    side.scrollTop = top;
  }

  function mark(scroll) {
    for (const x of root.querySelectorAll(".am-sel")) x.classList.remove("am-sel");
    for (const x of svgBox.querySelectorAll(".am-selected")) x.classList.remove("am-selected");
    drawSide();
    if (!selected) return;
    const hits = Array.from(source.querySelectorAll(".am-hl")).filter((x) => x.dataset.ids.split(" ").includes(selected));
    for (const x of hits) x.classList.add("am-sel");
    const svg = svgBox.querySelector("svg");
    if (svg) {
      for (const g of svg.querySelectorAll("g.node, g.edge")) {
        if (diagramTarget(g, byId) === selected) g.classList.add("am-selected");
      }
      const box = svg.querySelector(`[id="node-${CSS.escape(selected)}"]`);
      if (scroll && box) scrollWithin(svgBox, box, true);
    }
    if (scroll && hits.length) scrollWithin(source, hits[0]);
  }

  function draw() {
    view = model.get("view") || {};
    byId.clear();
    for (const s of view.statements || []) byId.set(s.id, s);
    for (const i of view.inferences || []) byId.set(i.id, i);
    adoptSelection();
    if (mode && !byId.has(mode.ref)) endMode();
    root.dataset.revision = String(view.revision || 0);
    bar.querySelector("button[title^='Save']").disabled = !view.path;
    bar.querySelector("button[title^='Undo']").disabled = !view.can_undo;
    bar.querySelector("button[title^='Redo']").disabled = !view.can_redo;
    drawText();
    drawDiagram();
    mark(false);
  }

  // The kernel's selection (the `selected` trait) wins: it is set after each
  // act, and echoes each click, so the two sides end up agreeing.
  function adoptSelection() {
    const ref = model.get("selected");
    selected = ref && byId.has(ref) ? ref : null;
  }

  function selectionChanged() {
    adoptSelection();
    mark(true);
  }

  function drawMessages() {
    const text = model.get("error");
    error.hidden = !text;
    error.replaceChildren();
    if (text) error.append(h("span", { text }), h("button", { type: "button", class: "am-small", text: "×",
      title: "Dismiss", on: { click: () => { error.hidden = true; } } }));
    say(model.get("status") || "");
  }

  // -- events ---------------------------------------------------------------

  source.addEventListener("click", (e) => {
    if (selection()) return;
    const hl = e.target.closest(".am-hl");
    if (!hl) return;
    const ids = hl.dataset.ids.split(" ");
    // A click in the selected statement's words keeps it (and puts the cursor for a split).
    if (!mode && ids.includes(selected)) return;
    pick(ids[0]);
  });
  svgBox.addEventListener("click", (e) => {
    e.preventDefault(); // boxes are links to #stmt-<id>: stay on the page
    const ref = diagramTarget(e.target, byId);
    if (ref) pick(ref);
  });
  side.addEventListener("click", (e) => {
    if (e.target.closest("input, textarea, select, summary")) return;
    const hit = e.target.closest("[data-ref]");
    if (hit && hit.dataset.ref && byId.has(hit.dataset.ref)) pick(hit.dataset.ref);
  });
  root.addEventListener("keydown", (e) => {
    if (e.target.closest("input, textarea, select")) {
      if (e.key === "Escape") e.target.blur();
      e.stopPropagation(); // typing here is not a notebook shortcut
      return;
    }
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const mod = e.ctrlKey || e.metaKey;
    let done = true;
    if (mod && key === "z") send({ action: e.shiftKey ? "redo" : "undo" });
    else if (mod && key === "y") send({ action: "redo" });
    else if (mod && key === "s") send({ action: "save" });
    else if (mod || e.altKey) done = false;
    else if (KIND_KEYS[key]) makeKind(KIND_KEYS[key]);
    else if (key === "s") startMode("support");
    else if (key === "a") startMode("attack");
    else if (key === "+" || key === "=") startMode("premise");
    else if (key === "/") splitAtCaret();
    else if (key === "m") startMode("merge");
    else if (key === "y") act("accept");
    else if (key === "n") act("reject");
    else if (key === "d") nextReview();
    else if (key === "Delete" || key === "Backspace") act("remove");
    else if (key === "Escape") { if (mode) { endMode(); say(""); } else select(null); }
    else done = false;
    if (done) { e.preventDefault(); e.stopPropagation(); }
  });

  const onSelection = () => {
    const words = mode ? null : selection();
    if (words) say(`${words.end - words.start} characters selected: press t, c, p, k, r or e to make them a statement.`);
  };
  document.addEventListener("selectionchange", onSelection);
  const resized = new ResizeObserver(() => { if (zoom === null) sizeDiagram(); });
  resized.observe(svgBox);
  const setHeight = () => root.style.setProperty("--am-height", `${model.get("height") || 660}px`);
  model.on("change:height", setHeight);
  setHeight();
  model.on("change:view", draw);
  model.on("change:selected", selectionChanged);
  model.on("change:error", drawMessages);
  model.on("change:status", drawMessages);
  draw();
  drawMessages();
  return () => {
    document.removeEventListener("selectionchange", onSelection);
    resized.disconnect();
    model.off("change:height", setHeight);
    model.off("change:view", draw);
    model.off("change:selected", selectionChanged);
    model.off("change:error", drawMessages);
    model.off("change:status", drawMessages);
  };
}

export default { render };
