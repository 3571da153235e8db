// capsim serve: the page. Plain JavaScript, no library and nothing fetched but this server's API.
"use strict";
const $ = (id) => document.getElementById(id);
const AGENCIES = [["csc", "Children's social care"], ["asc", "Adult social care"], ["gp", "Primary care"], ["acute", "Acute hospital"],
  ["mh", "Mental health"], ["police", "Police"], ["housing", "Housing"], ["vcs", "Voluntary sector"], ["benefits", "Benefits"]];
// stocks (boxes) and flows (arrows) of the two pathways; each id is a column of the model's weekly record
const STOCKS = [
  {id: "asc_waiting", label: "waiting for assessment", x: 150, y: 30},
  {id: "adults_long_term_support", label: "in long-term support", x: 390, y: 30},
  {id: "asc_overdue_reviews", label: "reviews overdue", x: 390, y: 120},
  {id: "children_in_need", label: "children in need", x: 150, y: 210},
  {id: "child_protection_plans", label: "on a protection plan", x: 300, y: 210},
  {id: "children_looked_after", label: "looked after", x: 450, y: 210},
  {id: "kinship_care_children", label: "in kinship care", x: 450, y: 300},
];
const FLOWS = [
  {id: "asc_referrals", label: "requests", from: [20, 50], to: [150, 50]},
  {id: "asc_assessments", label: "assessments", from: [270, 50], to: [390, 50], dy: -14},
  {id: "asc_reablement_starts", label: "reablement starts", from: [270, 62], to: [330, 130], dy: 30, lx: -10},
  {id: "asc_long_term_starts", label: "long-term starts", from: [270, 70], to: [390, 70], dy: 14},
  {id: "asc_review_ends", label: "ended at review", from: [510, 50], to: [590, 50], dy: -22, lx: -5},
  {id: "csc_referrals", label: "referrals", from: [20, 230], to: [150, 230]},
  {id: "csc_no_further_action", label: "no further action", from: [60, 230], to: [60, 290]},
  {id: "care_proceedings", label: "care proceedings", from: [400, 250], to: [450, 250], dy: 18},
];
let run = null, source = null, series = {}, armNames = [];

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
  const svg = svgEl("svg", {width: 560, height: 327, viewBox: "0 0 600 350", role: "img"}, box);
  svgEl("text", {x: 4, y: 14}, svg).textContent = "Adults";
  svgEl("text", {x: 4, y: 196}, svg).textContent = "Children";
  for (const f of FLOWS) {
    const [x1, y1] = f.from, [x2, y2] = f.to;
    svgEl("path", {class: "flow", id: `a${index}-${f.id}`, d: `M${x1},${y1} L${x2},${y2}`, "stroke-width": 2}, svg);
    const t = svgEl("text", {x: (x1 + x2) / 2 - 30 + (f.lx || 0), y: (y1 + y2) / 2 + (f.dy || -8)}, svg);
    t.textContent = f.label + " ";
    svgEl("tspan", {class: "num", id: `n${index}-${f.id}`}, t).textContent = "-";
  }
  for (const s of STOCKS) {
    svgEl("rect", {class: "stock", x: s.x, y: s.y, width: 120, height: 44, rx: 4}, svg);
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
      $(`a${i}-${f.id}`).setAttribute("stroke-width", (1.5 + 3 * Math.sqrt(Math.max(0, m[f.id]))).toFixed(1));
    }
    for (const [code] of AGENCIES) {
      const v = m[code + "_cost"] / m.population * 10000;
      (series[i][code] = series[i][code] || []).push(v);
      if (series[i][code].length > 520) series[i][code].shift();
    }
  });
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
    $("diagrams").innerHTML = ""; armNames.forEach(diagram); charts();
    $("status").textContent = "burn-in, then the reported weeks"; $("stop").disabled = false;
  });
  source.addEventListener("week", (e) => { $("status").textContent = "running"; week(JSON.parse(e.data)); });
  source.addEventListener("end", () => { $("status").textContent = "finished"; stop(true); });
  source.addEventListener("error", (e) => { if (e.data) $("status").textContent = JSON.parse(e.data).error; stop(true); });
}

function stop(keep) {
  if (source) source.close();
  if (run && !keep) fetch(`api/runs/${run}`, {method: "DELETE"});
  source = null; if (!keep) run = null;
  $("stop").disabled = true;
}

async function lever(id) {
  const input = $(id), value = +input.value;
  document.querySelector(`output[for=${id}]`).textContent = id === "trained_share" || id.endsWith("threshold") ? value.toFixed(2) : fmt(value);
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
  for (const id of ["trained_share", "asc_threshold", "csc_threshold", "community_investment", "pace_ms"]) $(id).oninput = () => lever(id);
  charts();
  if (location.hash === "#autostart") { $("years").value = 1; start(); }  // a test, or a link for a class: one year, then stop
}
init();
