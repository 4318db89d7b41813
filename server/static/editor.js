/* The SPARQL editor: YASGUI (served by this app), the graph's prefixes and examples, and two result views
   of our own (a bar chart and a graph of the nodes returned) drawn in SVG, with nothing fetched elsewhere. */
(function () {
  "use strict";
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const examples = read("editor-examples");
  const prefixes = read("editor-prefixes");
  const config = read("editor-config");
  const endpoint = new URL(config.endpoint, window.location.href).href;
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function short(term) {
    if (!term) return "";
    if (term.type !== "uri") return term.value;
    for (const p in prefixes) if (term.value.startsWith(prefixes[p])) return p + ":" + term.value.slice(prefixes[p].length);
    const parts = term.value.split(/[/#]/).filter(Boolean);
    return parts.slice(-2).join("/");
  }
  function numeric(term) {
    return term && term.type !== "uri" && term.value !== "" && !isNaN(Number(term.value));
  }

  class ChartPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; }
    canHandleResults() {
      const r = this.yasr.results;
      if (!r || !r.getBindings || !r.getVariables) return false;
      const rows = r.getBindings() || [];
      return rows.length > 0 && r.getVariables().some((v) => rows.every((b) => !b[v] || numeric(b[v])));
    }
    getIcon() { const s = document.createElement("span"); s.textContent = "▥"; return s; }
    draw() {
      const vars = this.yasr.results.getVariables();
      const rows = this.yasr.results.getBindings().slice(0, 60);
      const valueVar = vars.find((v) => rows.every((b) => !b[v] || numeric(b[v])));
      const labelVar = vars.find((v) => v !== valueVar) || valueVar;
      const max = Math.max(1, ...rows.map((b) => Number((b[valueVar] || {}).value || 0)));
      const W = 760, bar = 22, left = 260;
      const svg = el("svg", { class: "vk-chart", viewBox: `0 0 ${W} ${rows.length * bar + 30}`, width: "100%" });
      el("text", { x: left, y: 14, "font-size": 12, fill: "#555" }, svg).textContent = `${valueVar} / ${labelVar}`;
      rows.forEach((b, i) => {
        const v = Number((b[valueVar] || {}).value || 0);
        const y = 22 + i * bar;
        el("text", { x: left - 6, y: y + 14, "text-anchor": "end", "font-size": 12 }, svg).textContent =
          short(b[labelVar]).slice(0, 40);
        el("rect", { x: left, y, width: Math.max(1, ((W - left - 60) * v) / max), height: bar - 6, fill: "#6a9be0" }, svg);
        el("text", { x: left + ((W - left - 60) * v) / max + 4, y: y + 13, "font-size": 12 }, svg).textContent = String(v);
      });
      this.yasr.resultsEl.appendChild(svg);
    }
  }

  class GraphPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 4; this.label = "Graph"; }
    canHandleResults() {
      const r = this.yasr.results;
      if (!r || !r.getBindings) return false;
      return (r.getBindings() || []).some((b) => Object.values(b).some((t) => t.type === "uri"));
    }
    getIcon() { const s = document.createElement("span"); s.textContent = "⬡"; return s; }
    draw() {
      const vars = this.yasr.results.getVariables();
      const rows = this.yasr.results.getBindings().slice(0, 300);
      const nodes = new Map(), edges = [];
      const node = (t) => {
        const key = t.type + " " + t.value;
        if (!nodes.has(key)) nodes.set(key, { id: key, term: t, x: 0, y: 0, vx: 0, vy: 0 });
        return nodes.get(key);
      };
      const spo = ["s", "p", "o"].every((v) => vars.includes(v));
      rows.forEach((b) => {
        if (spo && b.s && b.o) { edges.push([node(b.s), node(b.o), short(b.p)]); return; }
        const terms = vars.map((v) => b[v]).filter((t) => t && t.type === "uri");
        terms.slice(1).forEach((t) => edges.push([node(terms[0]), node(t), ""]));
        if (terms.length === 1) node(terms[0]);
      });
      const list = [...nodes.values()].slice(0, 150);
      const W = 800, H = 520;
      list.forEach((n, i) => {
        const a = (2 * Math.PI * i) / list.length;
        n.x = W / 2 + (W / 3) * Math.cos(a); n.y = H / 2 + (H / 3) * Math.sin(a);
      });
      const live = edges.filter(([a, b]) => list.includes(a) && list.includes(b));
      for (let step = 0; step < 200; step++) {  // a small force layout: repulsion, springs, centring
        for (const a of list) for (const b of list) if (a !== b) {
          const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
          a.vx += (dx / d2) * 400; a.vy += (dy / d2) * 400;
        }
        for (const [a, b] of live) {
          const dx = b.x - a.x, dy = b.y - a.y;
          a.vx += dx * 0.01; a.vy += dy * 0.01; b.vx -= dx * 0.01; b.vy -= dy * 0.01;
        }
        for (const n of list) {
          n.vx += (W / 2 - n.x) * 0.002; n.vy += (H / 2 - n.y) * 0.002;
          n.x = Math.min(W - 20, Math.max(20, n.x + n.vx)); n.y = Math.min(H - 20, Math.max(20, n.y + n.vy));
          n.vx *= 0.6; n.vy *= 0.6;
        }
      }
      const svg = el("svg", { class: "vk-graph", viewBox: `0 0 ${W} ${H}`, width: "100%" });
      for (const [a, b, label] of live) {
        el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#999" }, svg);
        if (label) el("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, "font-size": 9, fill: "#777" }, svg).textContent = label;
      }
      for (const n of list) {
        const g = el(n.term.type === "uri" ? "a" : "g", {}, svg);
        if (n.term.type === "uri") g.setAttribute("href", config.resource + "?iri=" + encodeURIComponent(n.term.value));
        el("circle", { cx: n.x, cy: n.y, r: 6, fill: n.term.type === "uri" ? "#a3122a" : "#6a9be0", class: "vk-node" }, g);
        el("text", { x: n.x + 8, y: n.y + 4, "font-size": 11 }, g).textContent = short(n.term).slice(0, 36);
      }
      this.yasr.resultsEl.appendChild(svg);
    }
  }

  // Only local autocompletion: the others fetch prefix.cc and LOV over the network.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  for (const name of ["prefixes", "property", "class"]) delete Yasgui.Yasqe.Autocompleters[name];
  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);
  Yasgui.Yasr.registerPlugin("graph", GraphPlugin);
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: () => [] },
    yasqe: { autocompleters: ["variables"], value: examples.length ? examples[0].query : "" },
    yasr: { pluginOrder: ["table", "chart", "graph", "response"], defaultPlugin: "table", prefixes },
  });
  window.vankienYasgui = yasgui;
  document.querySelectorAll("#examples button.example").forEach((btn) => {
    btn.addEventListener("click", () => {
      const e = examples[Number(btn.dataset.index)];
      const yasqe = yasgui.getTab().getYasqe();
      yasqe.setValue(e.query);
      yasqe.query();
    });
  });
})();
