// capsim serve: the people followed in a live run and their life stories (GET api/runs/{id}/people[/{person}]).
"use strict";
// svgEl comes from app.js, loaded first
(function () {
  const $ = (id) => document.getElementById(id);
  const COLOURS = ["#3467a8", "#c0562a"];
  // events drawn on the timeline, by kind; contacts are counted, not drawn one by one
  const KINDS = {
    crisis: "#b3261e", crisis_response: "#b3261e", death: "#000", care_entered: "#7b1fa2", care_proceedings: "#7b1fa2",
    long_term_started: "#e08a00", reablement_started: "#2e7d32", package: "#e08a00", assessment: "#3467a8", request: "#3467a8",
    referral: "#3467a8", review: "#607d8b", review_ended: "#2e7d32", long_term_ended: "#2e7d32", network_activation: "#00897b",
    community_connection: "#00897b", no_further_action: "#9e9e9e", withdrawal: "#9e9e9e", eligible_unserved: "#b3261e",
  };
  let listed = false, open = null, lastRun = null, lastFetch = 0;

  function words(e) { return e.replace(/_/g, " "); }

  window.peopleReset = function () { listed = false; open = null; $("people").innerHTML = ""; $("story").innerHTML = ""; };

  window.peopleWeek = function (run, week) {
    lastRun = run;
    if (!listed) { listed = true; list(run); }
    if (open && week - lastFetch >= 13) { lastFetch = week; story(run, open); }  // the open story follows the run quarterly
  };

  async function list(run) {
    const r = await fetch(`api/runs/${run}/people`);
    if (!r.ok) return;
    const people = (await r.json()).people;
    const box = $("people");
    box.innerHTML = "";
    for (const p of people) {
      const b = document.createElement("button");
      b.className = "person";
      b.dataset.id = p.id;
      b.textContent = `${p.female ? "Woman" : "Man"}${p.age < 18 ? " (child)" : ""}, ${p.age}: ${p.why}`;
      b.onclick = () => { open = p.id; story(lastRun, p.id); };
      box.appendChild(b);
    }
  }

  async function story(run, id) {
    const r = await fetch(`api/runs/${run}/people/${id}`);
    if (!r.ok) return;
    const s = await r.json();
    const box = $("story");
    box.innerHTML = "";
    const h = document.createElement("h3");
    h.textContent = `${s.female ? "A woman" : "A man"} aged ${s.age} at the start: ${s.why}`;
    box.appendChild(h);
    s.arms.forEach((arm, i) => box.appendChild(armStory(arm, i)));
  }

  function armStory(arm, index) {
    const d = document.createElement("div");
    d.className = "story-arm";
    const title = document.createElement("h4");
    const cost = Object.entries(arm.cost).map(([a, v]) => `${a} £${Math.round(v).toLocaleString("en-GB")}`).join(", ");
    title.textContent = `${arm.name}: spent on them £${Math.round(arm.cost_total).toLocaleString("en-GB")}${cost ? " (" + cost + ")" : ""}${arm.present ? "" : "; has died or moved away"}`;
    title.style.color = COLOURS[index];
    d.appendChild(title);
    d.appendChild(timeline(arm));
    const contacts = {};
    const items = [];
    for (const [week, event, agency] of arm.happenings) {
      if (event === "contact" || event === "referral") { const k = agency || "none"; contacts[k] = (contacts[k] || 0) + 1; continue; }
      items.push(`week ${week}: ${words(event)}${agency ? " (" + agency + ")" : ""}`);
    }
    for (const [week, services] of arm.services) items.push(`week ${week}: now ${services || "in no service"}`);
    items.sort((a, b) => parseInt(a.slice(5)) - parseInt(b.slice(5)));
    const p = document.createElement("p");
    p.className = "note";
    p.textContent = "Contacts: " + (Object.entries(contacts).map(([a, n]) => `${a} ${n}`).join(", ") || "none");
    d.appendChild(p);
    const ul = document.createElement("ul");
    ul.className = "happenings";
    for (const t of items.slice(0, 60)) { const li = document.createElement("li"); li.textContent = t; ul.appendChild(li); }
    if (items.length > 60) { const li = document.createElement("li"); li.textContent = `... and ${items.length - 60} more`; ul.appendChild(li); }
    d.appendChild(ul);
    return d;
  }

  /** Need (the largest of four domains), strengths and wellbeing (14-70, drawn on the same 0-1 scale), with events as marks below. */
  function timeline(arm) {
    const W = 700, H = 150, top = 10, plot = 100, n = arm.week.length;
    const svg = svgEl("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img"});
    const first = n ? arm.week[0] : 1, last = n ? arm.week[n - 1] : 2;
    const x = (w) => 40 + (w - first) / Math.max(1, last - first) * (W - 50);
    const y = (v) => top + plot - Math.max(0, Math.min(1, v)) * plot;
    svgEl("line", {x1: 40, y1: top + plot, x2: W - 10, y2: top + plot, stroke: "#999"}, svg);
    const need = arm.week.map((_, k) => Math.max(arm.need_safety[k], arm.need_health[k], arm.need_mental[k], arm.need_living[k]));
    const lines = [["need", need, "#b3261e"], ["strengths", arm.strengths, "#2e7d32"], ["wellbeing", arm.wellbeing.map((w) => (w - 14) / 56), "#3467a8"]];
    lines.forEach(([label, ys, colour], j) => {
      if (n) svgEl("path", {d: ys.map((v, k) => `${k ? "L" : "M"}${x(arm.week[k]).toFixed(1)},${y(v).toFixed(1)}`).join(" "), fill: "none", stroke: colour, "stroke-width": 1.8}, svg);
      const t = svgEl("text", {x: 44 + j * 90, y: top + 8, fill: colour}, svg);
      t.textContent = label;
    });
    svgEl("text", {x: 2, y: top + 8}, svg).textContent = "1";
    svgEl("text", {x: 2, y: top + plot}, svg).textContent = "0";
    for (const [week, event, agency] of arm.happenings) {
      const colour = KINDS[event];
      if (!colour) continue;
      const c = svgEl("rect", {x: x(week) - 1.5, y: top + plot + 6, width: 3, height: 16, fill: colour, class: "event"}, svg);
      svgEl("title", {}, c).textContent = `week ${week}: ${words(event)}${agency ? " (" + agency + ")" : ""}`;
    }
    svgEl("text", {x: 40, y: H - 2}, svg).textContent = `week ${first}`;
    svgEl("text", {x: W - 70, y: H - 2}, svg).textContent = `week ${last}`;
    return svg;
  }
})();
