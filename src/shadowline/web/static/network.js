// The relations network: a force layout computed here, drawn as SVG, with pan, zoom and selection.

import { BLOC_COLOURS, clear, svg } from "./dom.js";

const WIDTH = 800;
const HEIGHT = 520;

// Fruchterman-Reingold on a circle start: deterministic, fast enough for a few hundred actors.
export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: WIDTH / 2 + (HEIGHT / 2.4) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: HEIGHT / 2 + (HEIGHT / 2.4) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const k = Math.sqrt((WIDTH * HEIGHT) / Math.max(n, 1)) * 0.6;
  let temperature = WIDTH / 8;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = (k * k) / d;
        dx /= d; dy /= d;
        disp[i].x += dx * force; disp[i].y += dy * force;
        disp[j].x -= dx * force; disp[j].y -= dy * force;
      }
    }
    for (const e of edges) {
      const i = index.get(e.source), j = index.get(e.target);
      if (i === undefined || j === undefined) continue;
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      // friends pull harder than rivals, so blocs sit together
      const force = ((d * d) / k) * (e.weight > 0 ? 1 : 0.3);
      dx /= d; dy /= d;
      disp[i].x -= dx * force; disp[i].y -= dy * force;
      disp[j].x += dx * force; disp[j].y += dy * force;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x += (disp[i].x / d) * Math.min(d, temperature);
      pos[i].y += (disp[i].y / d) * Math.min(d, temperature);
      pos[i].x = Math.min(WIDTH - 20, Math.max(20, pos[i].x));
      pos[i].y = Math.min(HEIGHT - 20, Math.max(20, pos[i].y));
    }
    temperature *= 0.985;
  }
  return new Map(nodes.map((node, i) => [node.id, pos[i]]));
}

export function drawNetwork(root, graph, blocOf, { onActor, onTie }) {
  clear(root);
  const nodes = graph.nodes;
  const edges = graph.edges;
  const where = layout(nodes, edges);
  const maxWeight = Math.max(...edges.map((e) => Math.abs(e.weight)), 1e-9);
  const view = svg("g", { class: "view" });
  const ties = svg("g", { class: "ties" });
  for (const e of edges) {
    const a = where.get(e.source), b = where.get(e.target);
    const line = svg("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      stroke: e.weight >= 0 ? "var(--coop)" : "var(--conflict)",
      "stroke-width": 1 + 5 * (Math.abs(e.weight) / maxWeight),
      "stroke-opacity": 0.65,
      "data-tie": `${e.source}|${e.target}`,
      onclick: (event) => { event.stopPropagation(); select(line); onTie(e); },
    }, svg("title", {}, `${e.source} – ${e.target}: weight ${e.weight.toFixed(2)}, ${e.n_events} events`));
    ties.append(line);
  }
  const actors = svg("g", { class: "actors" });
  const maxEvents = Math.max(...nodes.map((n) => n.n_events || 0), 1);
  for (const node of nodes) {
    const p = where.get(node.id);
    const bloc = blocOf.get(node.id);
    const radius = 5 + 10 * Math.sqrt((node.n_events || 0) / maxEvents);
    const group = svg("g", {
      class: "node", transform: `translate(${p.x},${p.y})`, "data-actor": node.id,
      onclick: (event) => { event.stopPropagation(); select(group); onActor(node.id); },
    },
    svg("circle", { r: radius,
      fill: bloc === undefined ? "#8c959f" : BLOC_COLOURS[bloc % BLOC_COLOURS.length] }),
    svg("text", { x: radius + 3, y: 4 }, node.id),
    svg("title", {}, `${node.id}: ${node.n_events || 0} events${bloc === undefined ? "" : `, bloc ${bloc + 1}`}`));
    actors.append(group);
  }
  view.append(ties, actors);
  root.append(view);
  enablePanZoom(root, view);

  function select(item) {
    root.querySelectorAll(".selected").forEach((s) => s.classList.remove("selected"));
    item.classList.add("selected");
  }
}

function enablePanZoom(root, view) {
  let scale = 1, tx = 0, ty = 0, drag = null;
  const apply = () => view.setAttribute("transform", `translate(${tx},${ty}) scale(${scale})`);
  const toView = (event) => {
    const box = root.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * WIDTH, y: ((event.clientY - box.top) / box.height) * HEIGHT };
  };
  root.addEventListener("wheel", (event) => {
    event.preventDefault();
    const p = toView(event);
    const factor = event.deltaY < 0 ? 1.15 : 1 / 1.15;
    const next = Math.min(8, Math.max(0.25, scale * factor));
    tx = p.x - ((p.x - tx) * next) / scale;
    ty = p.y - ((p.y - ty) * next) / scale;
    scale = next;
    apply();
  }, { passive: false });
  root.addEventListener("pointerdown", (event) => {
    if (event.target !== root) return;
    drag = { start: toView(event), tx, ty };
    root.setPointerCapture(event.pointerId);
  });
  root.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const p = toView(event);
    tx = drag.tx + p.x - drag.start.x;
    ty = drag.ty + p.y - drag.start.y;
    apply();
  });
  root.addEventListener("pointerup", () => { drag = null; });
}
