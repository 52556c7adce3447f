// The shadowline dashboard: every panel reads the REST API of the server that served this page.

import { drawMap, drawTimeline } from "./charts.js";
import { BLOC_COLOURS, clear, el, highlighted } from "./dom.js";
import { drawNetwork } from "./network.js";

const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const PAGE = 50;

// A token given as #token=... is kept for this tab only and sent with every request.
const fragment = new URLSearchParams(location.hash.slice(1));
if (fragment.get("token")) {
  sessionStorage.setItem("shadowline-token", fragment.get("token"));
  history.replaceState(null, "", location.pathname);
}
const token = sessionStorage.getItem("shadowline-token");

class ApiError extends Error {}

async function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  const response = await fetch(`${path}${query.size ? `?${query}` : ""}`,
    { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = await response.json();
  if (!response.ok) throw new ApiError(body.error || `HTTP ${response.status}`);
  return body;
}

const $ = (selector) => document.querySelector(selector);
const status = (text, isError = false) => { $("#status").textContent = text; $("#status").className = isError ? "error" : ""; };
const actorCell = (actor) => el("td", {}, el("span", { class: "code" }, actor.country || "?"),
  actor.sector ? ` ${actor.sector}` : "", el("br"), el("span", { class: "muted" }, actor.text));
const conflictClass = (quad) => ((quad || 0) >= 3 ? "conflict" : "coop");

// -- events ------------------------------------------------------------------------------------------
const eventState = { offset: 0 };

async function loadEvents() {
  const form = new FormData($("#event-filters"));
  const params = Object.fromEntries(form.entries());
  const events = await get("/api/events", { ...params, limit: PAGE, offset: eventState.offset });
  const body = clear($("#events tbody"));
  for (const e of events) {
    body.append(el("tr", { "data-event": e.event_id },
      el("td", { class: "date" }, e.date || ""), actorCell(e.source),
      el("td", { class: conflictClass(e.quad_class) }, e.plover_type, e.plover_mode ? `/${e.plover_mode}` : "",
        e.modality !== "asserted" ? el("em", {}, ` ${e.modality}`) : ""),
      actorCell(e.target), el("td", { class: "num" }, e.confidence.toFixed(2)),
      el("td", { class: "sentence" }, highlighted(e.sentence, e.source.text, e.target.text))));
  }
  $("#events-count").textContent = events.length
    ? `events ${eventState.offset + 1}–${eventState.offset + events.length}` : "no events match";
  $("#events-prev").disabled = eventState.offset === 0;
  $("#events-next").disabled = events.length < PAGE;
}

function setupEvents() {
  const typeSelect = $("#event-filters select[name=type]");
  for (const type of PLOVER_TYPES) typeSelect.append(el("option", {}, type));
  $("#event-filters").addEventListener("submit", (event) => { event.preventDefault(); eventState.offset = 0; run(loadEvents); });
  $("#events-prev").addEventListener("click", () => { eventState.offset = Math.max(0, eventState.offset - PAGE); run(loadEvents); });
  $("#events-next").addEventListener("click", () => { eventState.offset += PAGE; run(loadEvents); });
}

function filterByActor(actor) {
  $("#event-filters input[name=actor]").value = actor;
  eventState.offset = 0;
  return run(loadEvents);
}

// -- dyads -------------------------------------------------------------------------------------------
async function loadDyad() {
  const value = $("#dyad-select").value;
  if (!value) return;
  const [a, b] = value.split("|");
  const series = await get(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
    { freq: $("#dyad-freq").value, events: 500 });
  const byId = new Map(series.events.map((e) => [e.event_id, e]));
  clear($("#point-events"));
  drawTimeline($("#timeline"), series.points, (point) => {
    const list = clear($("#point-events"));
    for (const id of point.event_ids) {
      const e = byId.get(id);
      if (!e) continue;
      list.append(el("li", {}, el("span", { class: conflictClass(e.quad_class) }, `${e.date} ${e.source} ${e.plover_type} ${e.target}: `),
        highlighted(e.sentence || "", e.source_text, e.target_text)));
    }
    if (!list.firstChild) list.append(el("li", { class: "muted" }, "events of this period are beyond the 500 latest"));
  });
}

function showDyad(a, b) {
  const select = $("#dyad-select");
  const value = `${a}|${b}`;
  if (![...select.options].some((o) => o.value === value)) select.append(el("option", { value }, `${a} – ${b}`));
  select.value = value;
  return run(loadDyad);
}

// -- network, blocs, domino actors -------------------------------------------------------------------
async function loadNetwork() {
  const [graph, blocs] = await Promise.all([get("/api/network"), get("/api/blocs")]);
  const blocOf = new Map();
  blocs.blocs.forEach((bloc, i) => bloc.members.forEach((m) => blocOf.set(m, i)));
  drawNetwork($("#network"), graph, blocOf, {
    onActor: (actor) => {
      $("#selection").textContent = `Selected ${actor}: its events are listed below.`;
      filterByActor(actor);
    },
    onTie: (tie) => {
      $("#selection").textContent = `Selected ${tie.source} – ${tie.target}: weight ${tie.weight.toFixed(2)}, ${tie.n_events} events${tie.ties ? `, ties: ${tie.ties}` : ""}.`;
      showDyad(tie.source, tie.target);
    },
  });
  const legend = clear($("#blocs"));
  legend.append(`Balance ${(blocs.balance * 100).toFixed(0)}% of ${blocs.triads} triads. `);
  blocs.blocs.forEach((bloc, i) => {
    const dot = el("i");
    dot.style.background = BLOC_COLOURS[i % BLOC_COLOURS.length];
    legend.append(el("span", { "data-bloc": i }, dot, `bloc ${i + 1}: ${bloc.members.join(", ")}`));
  });
  const actors = graph.nodes.map((n) => n.id).sort();
  for (const select of document.querySelectorAll("#domino-form select")) {
    clear(select);
    for (const actor of actors) select.append(el("option", {}, actor));
  }
  const strongest = [...graph.edges].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))[0];
  if (strongest) {
    $("#domino-form select[name=source]").value = strongest.source;
    $("#domino-form select[name=target]").value = strongest.target;
  }
}

async function loadDyadList() {
  const dyads = await get("/api/dyads", { limit: 30 });
  const select = clear($("#dyad-select"));
  const seen = new Set();
  for (const d of dyads) {
    const [a, b] = [d.source, d.target].sort();
    if (seen.has(`${a}|${b}`)) continue;
    seen.add(`${a}|${b}`);
    select.append(el("option", { value: `${a}|${b}` }, `${a} – ${b} (${d.events} events)`));
  }
  select.addEventListener("change", () => run(loadDyad));
  $("#dyad-freq").addEventListener("change", () => run(loadDyad));
  if (select.value) await loadDyad();
}

async function runDomino(event) {
  event.preventDefault();
  const form = Object.fromEntries(new FormData($("#domino-form")).entries());
  const body = clear($("#domino tbody"));
  body.append(el("tr", {}, el("td", { colspan: 5, class: "muted" }, "simulating…")));
  const result = await get("/api/domino", { ...form, top: 15 });
  clear(body);
  const hostile = (path) => path.join(" → ");
  for (const a of result.actors) {
    body.append(el("tr", { "data-actor": a.actor }, el("td", { class: "code" }, a.actor),
      el("td", { class: "num" }, `${(a.p_join * 100).toFixed(1)}%`), el("td", {}, a.side),
      el("td", { class: "num" }, `${(a.p_side * 100).toFixed(0)}%`),
      el("td", {}, a.paths.length ? `${result.shock[0]}/${result.shock[1]} → ${hostile(a.paths[0])}` : "")));
  }
  if (!result.actors.length) body.append(el("tr", {}, el("td", { colspan: 5 }, "nobody is drawn in")));
}

// -- shadow and warnings -----------------------------------------------------------------------------
async function loadShadow() {
  const rows = await get("/api/shadow", { top: 10, evidence: 3 });
  const body = clear($("#shadow tbody"));
  for (const r of rows) {
    body.append(el("tr", {}, el("td", { class: "code" }, r.actors.join(" – ")),
      el("td", { class: "num" }, r.score.toFixed(2)), el("td", { class: "num" }, `${(r.ratio * 100).toFixed(0)}%`),
      el("td", {}, Object.entries(r.channels).map(([k, v]) => `${k} (${v})`).join(", ")),
      el("td", {}, el("ul", { class: "evidence" }, r.evidence.map((e) => el("li", {}, highlighted(e.sentence || "", e.source_text, e.target_text)))))));
  }
  if (!rows.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "muted" }, "no shadow conflict found")));
}

async function loadWarnings() {
  const alerts = await get("/api/warn");
  const list = clear($("#warnings"));
  for (const a of alerts) {
    list.append(el("li", {}, el("strong", { class: "conflict" }, a.actors.join(" – ")),
      ` z = ${a.z.toFixed(1)}: ${a.recent_mean.toFixed(2)} a week lately against ${a.baseline_mean.toFixed(2)} before`,
      el("ul", { class: "evidence" }, a.evidence.map((e) => el("li", {}, `${e.date} `, highlighted(e.sentence || "", e.source_text, e.target_text))))));
  }
  if (!alerts.length) list.append(el("li", { class: "muted" }, "no dyad is above its baseline"));
}

let world = null;  // the base map, fetched once from the package's static files

async function loadMap() {
  const places = await get("/api/places");
  if (!world) {
    const response = await fetch("/static/world-110m.json");
    world = response.ok ? await response.json() : { countries: [] };
  }
  drawMap($("#map"), places, world);
}

// -- start -------------------------------------------------------------------------------------------
async function run(task) {
  try {
    await task();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    status(error.message, true);
  }
}

async function start() {
  setupEvents();
  $("#domino-form").addEventListener("submit", (event) => run(() => runDomino(event)));
  const t0 = performance.now();
  await Promise.all([loadNetwork, loadEvents, loadDyadList, loadShadow, loadWarnings, loadMap].map(run));
  if (!$("#status").classList.contains("error")) status(`ready in ${Math.round(performance.now() - t0)} ms`);
  document.body.dataset.ready = "true";
}

start();
