// capsim serve: the commissioner's explorer (POST api/comparisons, then its progress, answer and report).
"use strict";
// svgEl comes from app.js, loaded first
(function () {
  const $ = (id) => document.getElementById(id);
  const LEVERS = ["trained_share", "fidelity", "community_investment", "deprivation_skew", "assets_per_1000"];
  const NAMES = {csc: "Children's social care", asc: "Adult social care", gp: "Primary care", acute: "Acute hospital", mh: "Mental health",
    police: "Police", housing: "Housing", vcs: "Voluntary sector", benefits: "Benefits"};
  let current = null, timer = null;

  function money(x) {
    const a = Math.abs(x), s = x < 0 ? "−" : "+";
    if (a < 500) return `£${Math.round(a)}`;
    return a >= 1e6 ? `${s}£${(a / 1e6).toFixed(2)}m` : `${s}£${Math.round(a / 1e3).toLocaleString("en-GB")}k`;
  }

  function show(id) {
    const v = +$("x-" + id).value;
    document.querySelector(`output[for=x-${id}]`).textContent =
      id === "community_investment" ? Math.round(v).toLocaleString("en-GB") : id === "trained_share" || id === "fidelity" ? v.toFixed(2) : v.toFixed(1);
  }

  async function run() {
    const body = {baseline: $("x-baseline").value, scenario: $("x-scenario").value, population: +$("x-population").value,
      years: +$("x-years").value, replications: +$("x-replications").value};
    for (const id of LEVERS) if ($("x-use-" + id).checked) body[id] = +$("x-" + id).value;
    $("x-status").textContent = "asking";
    $("x-answer").innerHTML = "";
    const r = await fetch("api/comparisons", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
    const a = await r.json();
    if (r.status !== 202) { $("x-status").textContent = a.error; return; }
    current = a.id;
    $("x-run").disabled = true; $("x-cancel").disabled = false;
    poll();
  }

  async function poll() {
    clearTimeout(timer);
    if (!current) return;
    const r = await fetch(`api/comparisons/${current}`);
    const s = await r.json();
    $("x-progress").value = s.weeks_total ? s.weeks_done / s.weeks_total : 0;
    const pct = s.weeks_total ? Math.floor(100 * s.weeks_done / s.weeks_total) : 0;
    const eta = s.weeks_done > 0 && s.state === "running" ? `, about ${Math.round(s.elapsed_seconds * (s.weeks_total / s.weeks_done - 1))} s to go` : "";
    $("x-status").textContent = `${s.state}: ${pct}% of ${s.weeks_total.toLocaleString("en-GB")} weeks simulated in ${s.elapsed_seconds} s${eta}`;
    if (s.state === "running") { timer = setTimeout(poll, 700); return; }
    $("x-run").disabled = false; $("x-cancel").disabled = true;
    if (s.state === "done") answer(s); else if (s.error) $("x-status").textContent = `${s.state}: ${s.error}`;
    current = null;
  }

  function answer(s) {
    const box = $("x-answer");
    box.innerHTML = "";
    const h = document.createElement("h3");
    h.textContent = `${s.scenario} against ${s.baseline}: ${s.population.toLocaleString("en-GB")} people, ${s.years} year${s.years === 1 ? "" : "s"}, ${s.replications} paired replications`;
    box.appendChild(h);
    const lead = document.createElement("p");
    lead.className = "lead";
    lead.textContent = `Probability of a net saving: ${Math.round(100 * s.probability_of_net_saving)}%. Net saving ${money(s.net_saving.mean)} `
      + `(95% interval ${money(s.net_saving.low)} to ${money(s.net_saving.high)}; chance alone ${money(s.net_saving.chance_low)} to ${money(s.net_saving.chance_high)}).`;
    box.appendChild(lead);
    const ul = document.createElement("ul");
    for (const sentence of s.answer) { const li = document.createElement("li"); li.textContent = sentence; ul.appendChild(li); }
    box.appendChild(ul);
    box.appendChild(bars(s.by_agency));
    const img = document.createElement("img");
    img.src = s.report.replace(/^\//, "").replace("report.html", "charts/cumulative-saving.svg");
    img.alt = "cumulative net saving by year"; img.width = 720;
    box.appendChild(img);
    const a = document.createElement("a");
    a.href = s.report.replace(/^\//, ""); a.target = "_blank"; a.id = "x-report";
    a.textContent = "Open the full report (report.html)";
    const p = document.createElement("p"); p.appendChild(a);
    const f = document.createElement("span"); f.className = "note"; f.textContent = ` written to ${s.folder}`; p.appendChild(f);
    box.appendChild(p);
  }

  /** Saving by agency over the horizon, with its 95% interval: right of zero saves, left spends more. */
  function bars(rows) {
    const W = 720, row = 24, H = rows.length * row + 30, mid = 400, max = Math.max(1, ...rows.map((r) => Math.max(Math.abs(r.low), Math.abs(r.high))));
    const sx = (v) => mid + v / max * (W - mid - 20);
    const svg = svgEl("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", id: "x-bars"});
    svgEl("line", {x1: sx(0), y1: 4, x2: sx(0), y2: H - 20, stroke: "#333"}, svg);
    rows.forEach((r, k) => {
      const y = 8 + k * row;
      svgEl("text", {x: 4, y: y + 12}, svg).textContent = `${NAMES[r.agency] || r.agency}: ${money(r.mean)}`;
      svgEl("rect", {x: Math.min(sx(0), sx(r.mean)), y, width: Math.abs(sx(r.mean) - sx(0)), height: 14, fill: r.mean >= 0 ? "#2e7d32" : "#b3261e", opacity: 0.75}, svg);
      svgEl("line", {x1: sx(r.low), y1: y + 7, x2: sx(r.high), y2: y + 7, stroke: "#222"}, svg);
    });
    svgEl("text", {x: mid - 160, y: H - 4}, svg).textContent = "left: spends more   |   right: saves (95% interval)";
    return svg;
  }

  async function init() {
    const list = await (await fetch("api/scenarios")).json();
    for (const s of list)
      for (const sel of ["x-baseline", "x-scenario"]) { const o = document.createElement("option"); o.value = o.textContent = s.name; o.title = s.description; $(sel).appendChild(o); }
    $("x-baseline").value = "baseline-deficit";
    $("x-scenario").value = "strengths-based";
    for (const id of LEVERS) { $("x-" + id).oninput = () => { show(id); $("x-use-" + id).checked = true; }; show(id); }
    $("x-run").onclick = run;
    $("x-cancel").onclick = async () => { if (current) await fetch(`api/comparisons/${current}`, {method: "DELETE"}); };
  }
  init();
})();
