// capsim serve: the page. Plain JavaScript, no library and nothing fetched but this server's API.
"use strict";
const $ = (id) => document.getElementById(id);
const AGENCIES = [["csc", "Children's social care"], ["asc", "Adult social care"], ["gp", "Primary care"], ["acute", "Acute hospital"],
  ["mh", "Mental health"], ["police", "Police"], ["housing", "Housing"], ["vcs", "Voluntary sector"], ["benefits", "Benefits"]];
// stocks (boxes) and flows (arrows) of the two pathways; each id is a column of the model's weekly record
const STOCKS = [
  {id: "asc_waiting", label: "waiting for assessment", x: 130, y: 30},
  {id: "asc_short_term_support", label: "reablement, short-term", x: 130, y: 112},
  {id: "adults_long_term_support", label: "in long-term support", x: 420, y: 30},
  {id: "asc_care_home", label: "in a care home", x: 420, y: 100},
  {id: "asc_overdue_reviews", label: "reviews overdue", x: 570, y: 100},
  {id: "children_in_need", label: "children in need", x: 130, y: 210},
  {id: "child_protection_plans", label: "on a protection plan", x: 300, y: 210},
  {id: "children_looked_after", label: "looked after", x: 560, y: 210},
  {id: "kinship_care_children", label: "in kinship care", x: 560, y: 300},
];
const FLOWS = [
  {id: "asc_referrals", label: "requests", from: [10, 50], to: [130, 50]},
  {id: "asc_assessments", label: "assessments", from: [270, 44], to: [420, 44], dy: -8},
  {id: "asc_long_term_starts", label: "long-term starts", from: [270, 64], to: [420, 64], dy: 16},
  {id: "asc_reablement_starts", label: "reablement starts", from: [200, 74], to: [200, 112], dy: 4, lx: 40},
  {id: "asc_long_term_ends", label: "ended", also: ["asc_review_ends", "at review"], from: [560, 44], to: [712, 44], dy: -8, lx: -34},
  {id: "csc_referrals", label: "referrals", from: [10, 230], to: [130, 230]},
  {id: "csc_no_further_action", label: "no further action", from: [60, 230], to: [60, 300], dy: 4, lx: 34},
  {id: "csc_care_entries", label: "came into care", from: [440, 224], to: [560, 224], dy: -8, lx: -10},
  {id: "care_proceedings", label: "care proceedings", from: [440, 248], to: [560, 248], dy: 18, lx: -10},
];
// the model's main feedback loops: nodes are recorder columns, links carry their sign (+: same direction)
const LOOP_NODES = [
  {id: "asc_open_cases", label: "adult caseload", x: 90, y: 40},
  {id: "sba_share", label: "strengths-based contacts", x: 330, y: 40},
  {id: "network_activations", label: "networks mobilised", x: 330, y: 140},
  {id: "support_hours", label: "informal help given", x: 90, y: 140},
  {id: "asc_referrals", label: "requests for support", x: 90, y: 240},
  {id: "places_filled", label: "community places filled", x: 600, y: 40},
  {id: "strengths", label: "strengths (mean)", x: 600, y: 140},
  {id: "volunteers", label: "volunteers", x: 600, y: 240},
  {id: "carer_strain", label: "carer strain", x: 330, y: 240},
];
const LOOP_LINKS = [
  ["asc_open_cases", "sba_share", -1], ["sba_share", "network_activations", +1], ["network_activations", "support_hours", +1],
  ["support_hours", "asc_referrals", -1], ["asc_referrals", "asc_open_cases", +1],
  ["places_filled", "strengths", +1], ["strengths", "volunteers", +1], ["volunteers", "places_filled", +1],
  ["support_hours", "carer_strain", +1], ["carer_strain", "support_hours", -1],
];
let run = null, source = null, series = {}, armNames = [], history = [], paused = false;

function loops() {
  const svg = svgEl("svg", {width: 760, height: 290, viewBox: "0 0 760 290", role: "img"});
  const at = Object.fromEntries(LOOP_NODES.map((n) => [n.id, n]));
  const marker = svgEl("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse"},
    svgEl("defs", {}, svg));
  svgEl("path", {d: "M0,0 L10,5 L0,10 z", fill: "#555"}, marker);
  for (const [a, b, sign] of LOOP_LINKS) {
    const p = at[a], q = at[b];
    // from the cause's edge to the effect's edge, offset sideways so a two-way pair shows as two arrows
    const [x1, y1, x2, y2] = [p.x + 75, p.y + 20, q.x + 75, q.y + 20], len = Math.hypot(x2 - x1, y2 - y1);
    const ux = (x2 - x1) / len, uy = (y2 - y1) / len, cut = Math.abs(uy) > 0.5 ? 24 : 80, side = 6;
    svgEl("line", {id: `l-${a}-${b}`, class: "unknown", x1: x1 + ux * cut - uy * side, y1: y1 + uy * cut + ux * side,
      x2: x2 - ux * cut - uy * side, y2: y2 - uy * cut + ux * side, "stroke-width": 3, "marker-end": "url(#arrow)"}, svg);
    svgEl("text", {x: (p.x + q.x) / 2 + 60, y: (p.y + q.y) / 2 + 16}, svg).textContent = sign > 0 ? "+" : "-";
  }
  for (const n of LOOP_NODES) {
    svgEl("rect", {class: "stock", x: n.x, y: n.y, width: 150, height: 40, rx: 18}, svg);
    svgEl("text", {x: n.x + 8, y: n.y + 16}, svg).textContent = n.label;
    svgEl("text", {class: "num", id: `t-${n.id}`, x: n.x + 8, y: n.y + 33}, svg).textContent = "-";
  }
  $("loops").innerHTML = ""; $("loops").appendChild(svg);
}

/** +1, -1 or 0: the mean of the last 13 weeks against the 13 before, beyond 2% of their size. */
function direction(id) {
  if (history.length < 26) return 0;
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const now = mean(history.slice(-13).map((m) => m[id])), before = mean(history.slice(-26, -13).map((m) => m[id]));
  const scale = Math.max(Math.abs(now), Math.abs(before), 1e-9);
  return Math.abs(now - before) / scale < 0.02 ? 0 : Math.sign(now - before);
}

function updateLoops(m) {
  history.push(m); if (history.length > 26) history.shift();
  const dir = Object.fromEntries(LOOP_NODES.map((n) => [n.id, direction(n.id)]));
  for (const n of LOOP_NODES) {
    const t = $(`t-${n.id}`), d = dir[n.id];
    const v = m[n.id];
    t.textContent = (v != null && Math.abs(v) < 10 && !Number.isInteger(v) ? (+v).toPrecision(2) : fmt(v)) + (d > 0 ? " rising" : d < 0 ? " falling" : " steady");
    t.setAttribute("class", "num " + (d > 0 ? "up" : d < 0 ? "down" : "flat"));
  }
  for (const [a, b, sign] of LOOP_LINKS) {
    const want = dir[a] * sign, got = dir[b];
    $(`l-${a}-${b}`).setAttribute("class", !want || !got ? "unknown" : want === got ? "agree" : "disagree");
  }
}

function fmt(x) { return x == null ? "n/a" : Number.isInteger(+x) || Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-GB") : (+x).toFixed(1); }

function svgEl(tag, attrs, parent) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}

function diagram(arm, index) {
  const box = document.createElement("div");
  box.className = "arm";
  box.innerHTML = "<h3></h3>";
  box.querySelector("h3").textContent = arm;
  const svg = svgEl("svg", {width: 550, height: 267, viewBox: "0 0 720 350", role: "img"}, box);
  svgEl("text", {x: 4, y: 14}, svg).textContent = "Adults";
  svgEl("text", {x: 4, y: 196}, svg).textContent = "Children";
  for (const f of FLOWS) {
    const [x1, y1] = f.from, [x2, y2] = f.to;
    svgEl("path", {class: "flow", id: `a${index}-${f.id}`, d: `M${x1},${y1} L${x2},${y2}`, "stroke-width": 2}, svg);
    const t = svgEl("text", {x: (x1 + x2) / 2 - 30 + (f.lx || 0), y: (y1 + y2) / 2 + (f.dy || -8)}, svg);
    t.textContent = f.label + " ";
    svgEl("tspan", {class: "num", id: `n${index}-${f.id}`}, t).textContent = "-";
    if (f.also) {  // a part of the flow, in brackets: (at review 3)
      svgEl("tspan", {}, t).textContent = ` (${f.also[1]} `;
      svgEl("tspan", {class: "num", id: `n${index}-${f.also[0]}`}, t).textContent = "-";
      svgEl("tspan", {}, t).textContent = ")";
    }
  }
  for (const s of STOCKS) {
    svgEl("rect", {class: "stock", x: s.x, y: s.y, width: 140, height: 44, rx: 4}, svg);
    svgEl("text", {x: s.x + 6, y: s.y + 16}, svg).textContent = s.label;
    svgEl("text", {class: "num", x: s.x + 6, y: s.y + 35, id: `n${index}-${s.id}`}, svg).textContent = "-";
  }
  $("diagrams").appendChild(box);
}

function charts() {
  $("charts").innerHTML = "";
  for (const [code, label] of AGENCIES) {
    const d = document.createElement("div");
    d.className = "chart";
    d.innerHTML = `<h4>${label}: £<span id="c-${code}">-</span></h4><canvas id="k-${code}" width="220" height="90"></canvas>`;
    $("charts").appendChild(d);
  }
}

function draw(code) {
  const c = $("k-" + code), g = c.getContext("2d");
  g.clearRect(0, 0, c.width, c.height);
  const lines = armNames.map((_, i) => series[i][code]);
  const all = lines.flat();
  if (all.length < 2) return;
  const max = Math.max(...all) * 1.1 || 1;
  ["#3467a8", "#c0562a"].slice(0, lines.length).forEach((colour, i) => {
    g.strokeStyle = colour; g.beginPath();
    lines[i].forEach((v, k) => { const x = (k / Math.max(1, lines[i].length - 1)) * (c.width - 4) + 2, y = c.height - 2 - (v / max) * (c.height - 14);
      k ? g.lineTo(x, y) : g.moveTo(x, y); });
    g.stroke();
  });
  g.fillStyle = "#666"; g.fillText("£" + fmt(max / 1.1), 2, 10);
}

function week(data) {
  $("week").textContent = data.week; $("year").textContent = data.year;
  data.arms.forEach((arm, i) => {
    const m = arm.measures;
    for (const s of STOCKS) $(`n${i}-${s.id}`).textContent = fmt(m[s.id]);
    for (const f of FLOWS) {
      $(`n${i}-${f.id}`).textContent = fmt(m[f.id]);
      if (f.also) $(`n${i}-${f.also[0]}`).textContent = fmt(m[f.also[0]]);
      $(`a${i}-${f.id}`).setAttribute("stroke-width", (1.5 + 3 * Math.sqrt(Math.max(0, m[f.id]))).toFixed(1));
    }
    for (const [code] of AGENCIES) {
      const v = m[code + "_cost"] / m.population * 10000;
      (series[i][code] = series[i][code] || []).push(v);
      if (series[i][code].length > 520) series[i][code].shift();
    }
  });
  updateLoops(data.arms[data.arms.length - 1].measures);
  if (window.peopleWeek) window.peopleWeek(run, data.week);  // stories.js: the people followed
  for (const [code] of AGENCIES) {
    $("c-" + code).textContent = data.arms.map((a) => fmt(a.measures[code + "_cost"] / a.measures.population * 10000)).join(" / ");
    draw(code);
  }
}

async function start() {
  stop();
  const body = {scenario: $("scenario").value, population: +$("population").value, years: +$("years").value};
  if ($("compare").value) body.compare = $("compare").value;
  $("status").textContent = "starting";
  const r = await fetch("api/runs", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  const answer = await r.json();
  if (r.status !== 202) { $("status").textContent = answer.error; return; }
  run = answer.id;
  await lever("pace_ms");
  source = new EventSource(`api/runs/${run}/events`);
  source.addEventListener("start", (e) => {
    armNames = JSON.parse(e.data).arms; series = armNames.map(() => ({}));
    $("diagrams").innerHTML = ""; armNames.forEach(diagram); charts(); loops(); history = [];
    if (window.peopleReset) window.peopleReset();
    $("status").textContent = "burn-in, then the reported weeks"; $("stop").disabled = false; $("pause").disabled = false;
  });
  source.addEventListener("week", (e) => { $("status").textContent = "running"; week(JSON.parse(e.data)); });
  source.addEventListener("end", () => { $("status").textContent = "finished"; stop(true); });
  source.addEventListener("error", (e) => { if (e.data) $("status").textContent = JSON.parse(e.data).error; stop(true); });
}

function stop(keep) {
  if (source) source.close();
  if (run && !keep) fetch(`api/runs/${run}`, {method: "DELETE"});
  source = null; if (!keep) run = null;
  $("stop").disabled = true; $("pause").disabled = true; $("step").disabled = true; paused = false; $("pause").textContent = "Pause";
}

async function control(body) {
  if (run) await fetch(`api/runs/${run}/set`, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
}

async function lever(id) {
  const input = $(id), value = input.type === "checkbox" ? input.checked : +input.value;
  const out = document.querySelector(`output[for=${id}]`);
  if (out) out.textContent = id === "trained_share" || id === "fidelity" || id.endsWith("threshold") ? value.toFixed(2) : fmt(value);
  if (!run) return;
  const r = await fetch(`api/runs/${run}/set`, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({[id]: value})});
  if (r.status >= 400) $("status").textContent = (await r.json()).error;
}

async function init() {
  const list = await (await fetch("api/scenarios")).json();
  for (const s of list) {
    for (const sel of ["scenario", "compare"]) { const o = document.createElement("option"); o.value = o.textContent = s.name; o.title = s.description; $(sel).appendChild(o); }
  }
  $("scenario").value = "baseline-deficit";
  $("compare").value = "strengths-based";
  $("start").onclick = start;
  $("stop").onclick = () => { stop(); $("status").textContent = "stopped"; };
  $("pause").onclick = async () => {
    paused = !paused; await control({paused});
    $("pause").textContent = paused ? "Resume" : "Pause"; $("step").disabled = !paused; $("status").textContent = paused ? "paused" : "running";
  };
  $("step").onclick = () => control({step: 1});
  for (const id of ["trained_share", "fidelity", "asc_threshold", "csc_threshold", "community_investment", "pace_ms"]) $(id).oninput = () => lever(id);
  $("resource_led").onchange = () => lever("resource_led");
  charts(); loops();
  if (location.hash === "#autostart") { $("years").value = 1; start(); }  // a test, or a link for a class: one year, then stop
}
init();
