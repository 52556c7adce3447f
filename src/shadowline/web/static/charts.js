// The dyad timeline (cooperation up, conflict down) and the map of event locations, as SVG.

import { clear, svg } from "./dom.js";

export function drawTimeline(root, points, onPoint) {
  clear(root);
  const W = 640, H = 240, left = 36, right = 8, mid = H / 2;
  if (!points.length) {
    root.append(svg("text", { x: W / 2, y: mid, "text-anchor": "middle" }, "no events for this dyad"));
    return;
  }
  const max = Math.max(...points.map((p) => Math.max(p.cooperation, p.conflict)), 1e-9);
  const step = (W - left - right) / points.length;
  const bar = Math.max(Math.min(step * 0.8, 40), 1);
  const scale = (mid - 20) / max;
  root.append(svg("line", { x1: left, x2: W - right, y1: mid, y2: mid, stroke: "#8c959f" }));
  root.append(svg("text", { x: 2, y: 14 }, "coop"), svg("text", { x: 2, y: H - 6 }, "conflict"));
  points.forEach((p, i) => {
    const x = left + i * step + (step - bar) / 2;
    const label = `${p.period}: ${p.n_events} events, cooperation ${p.cooperation.toFixed(2)}, conflict ${p.conflict.toFixed(2)}`;
    const up = svg("rect", { x, y: mid - p.cooperation * scale, width: bar, height: Math.max(p.cooperation * scale, 0.5),
      fill: "var(--coop)", "data-period": p.period }, svg("title", {}, label));
    const down = svg("rect", { x, y: mid, width: bar, height: Math.max(p.conflict * scale, 0.5),
      fill: "var(--conflict)", "data-period": p.period }, svg("title", {}, label));
    // the whole column of a period answers a click, however thin its bars (a period with no cooperation)
    const hit = svg("rect", { x, y: 20, width: bar, height: H - 40, fill: "transparent", "pointer-events": "all",
      class: "hit", "data-period": p.period }, svg("title", {}, label));
    for (const rect of [up, down, hit]) {
      rect.addEventListener("click", () => {
        root.querySelectorAll(".selected").forEach((s) => s.classList.remove("selected"));
        up.classList.add("selected"); down.classList.add("selected");
        onPoint(p);
      });
    }
    root.append(up, down, hit);
    if (i % Math.ceil(points.length / 8) === 0) {
      root.append(svg("text", { x, y: H - 18 }, String(p.period).slice(0, 7)));
    }
  });
}

// Equirectangular projection framed on the places (at least 40 degrees across), over Natural Earth's 1:110m
// country outlines (static/world-110m.json, built into the package by scripts/build_basemap.py) and a graticule.
export function drawMap(root, places, world = null) {
  clear(root);
  const W = 720, H = 360;
  const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
  const centre = places.length
    ? [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2] : [0, 0];
  const span = places.length
    ? Math.min(360, Math.max(40, 1.3 * Math.max(Math.max(...lons) - Math.min(...lons), 2 * (Math.max(...lats) - Math.min(...lats)))))
    : 360;
  const west = centre[0] - span / 2, north = centre[1] + span / 4;
  const project = (lon, lat) => [((lon - west) / span) * W, ((north - lat) / (span / 2)) * H];
  for (const country of world ? world.countries : []) {
    const d = country.rings.map((ring) => "M" + ring.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("");
    root.append(svg("path", { class: "land", d, "data-country": country.name }, svg("title", {}, country.name)));
  }
  const step = span > 120 ? 30 : span > 60 ? 10 : 5;
  for (let lon = Math.ceil(west / step) * step; lon <= west + span; lon += step) {
    const [x] = project(lon, 0);
    root.append(svg("line", { class: "graticule", x1: x, x2: x, y1: 0, y2: H }), svg("text", { x: x + 2, y: H - 3 }, `${lon}°`));
  }
  for (let lat = Math.ceil((north - span / 2) / step) * step; lat <= north; lat += step) {
    const [, y] = project(0, lat);
    root.append(svg("line", { class: "graticule", x1: 0, x2: W, y1: y, y2: y }), svg("text", { x: 2, y: y - 2 }, `${lat}°`));
  }
  if (!places.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no event has a known place"));
    return;
  }
  const max = Math.max(...places.map((p) => p.n_events));
  for (const place of places) {
    const [x, y] = project(place.lon, place.lat);
    root.append(svg("circle", { cx: x, cy: y, r: 3 + 9 * Math.sqrt(place.n_events / max), "data-place": place.name },
      svg("title", {}, `${place.name}${place.iso3 ? ` (${place.iso3})` : ""}: ${place.n_events} events`)));
  }
  for (const place of places.slice(0, 12)) {
    const [x, y] = project(place.lon, place.lat);
    root.append(svg("text", { class: "place", x: x + 8, y: y + 4 }, place.name));
  }
}
