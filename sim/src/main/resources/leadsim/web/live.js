// The live page: listens to the server's events (info, layout, frame) and sends the viewer's
// requests (play, pause, step, speed, colour, events, knobs) as small JSON POSTs. Every viewer
// sees the same run; what one does, all see.
"use strict";

(() => {
  const $ = id => document.getElementById(id);
  // layouts: each run's school picture (null where a district's overview is shown); overviews: each run's district overview (or null)
  const page = { info: null, layouts: null, overviews: null, focus: null, frame: null, charts: [], views: [], chartBoxes: [], drawnDays: [] };
  window.leadsim = page; // for tests and the curious

  const SPEEDS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50];

  function say(text, error) {
    const s = $("status");
    s.textContent = text || "";
    s.className = error ? "error" : "";
  }

  async function post(name, body) {
    try {
      const r = await fetch("api/" + name, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body || {}) });
      const answer = await r.json();
      if (!r.ok) {
        say(answer.error || r.statusText, true);
        return null;
      }
      const said = answer.said ? Object.values(answer.said).filter(Boolean).join("  \u00b7  ") : "";
      say(said);
      return answer;
    } catch (e) {
      say("the server does not answer: " + e, true);
      return null;
    }
  }

  function target() {
    return page.info && page.info.runs > 1 ? $("target").value : "both";
  }

  function legend(id) {
    return page.info.legends.find(l => l.id === id) || page.info.legends[0];
  }

  /** The tiles' legend of run r's overview: its own scale (the queue scale follows the district's schools). */
  function tileLegend(r, id) {
    const legends = page.overviews[r].tileLegends;
    return legends.find(l => l.id === id) || legends[0];
  }

  /** Opens one school of the district (every viewer follows), or with null goes back to the overview. */
  function open(school) {
    post("focus", { school: school });
  }

  function onInfo(info) {
    page.info = info;
    $("title").textContent = info.title;
    document.title = "leadsim: " + info.title;
    $("target-group").hidden = info.runs < 2;
    const focus = $("focus");
    focus.innerHTML = "";
    $("focus-group").hidden = !info.schools.length;
    for (const [value, text] of [["", "All schools (overview)"]].concat(info.schools.map(n => [n, n]))) {
      const o = document.createElement("option");
      o.value = value;
      o.textContent = text;
      focus.appendChild(o);
    }
    const colour = $("colour");
    colour.innerHTML = "";
    for (const l of info.legends) {
      const o = document.createElement("option");
      o.value = l.id;
      o.textContent = l.label;
      colour.appendChild(o);
    }
  }

  function onLayout(message) {
    const layouts = message.runs.map(r => r.school);
    page.layouts = layouts;
    page.overviews = message.runs.map(r => r.overview);
    page.focus = message.focus;
    page.charts = layouts.map(() => ({}));
    page.drawnDays = layouts.map(() => -1);
    $("focus").value = message.focus || "";
    $("back").hidden = !message.focus;
    const main = $("main");
    main.innerHTML = "";
    main.className = layouts.length > 1 ? "compare" : "";
    page.views = [];
    page.chartBoxes = [];
    layouts.forEach((layout, r) => {
      const run = document.createElement("section");
      run.className = "run";
      run.dataset.run = r;
      const box = document.createElement("div");
      box.className = "school-box";
      run.appendChild(box);
      const charts = document.createElement("div");
      charts.className = "charts";
      const grid = document.createElement("div");
      grid.className = "chart-grid";
      const key = document.createElement("div");
      key.className = "chart-key";
      charts.append(grid, key);
      run.appendChild(charts);
      main.appendChild(run);
      const overview = page.overviews[r];
      page.views.push(overview ? LeadsimView.district(box, overview, open) : LeadsimView.school(box, layout));
      page.chartBoxes.push({ grid, key, boxes: {} });
    });
    $("knob-list").innerHTML = "";
    page.knobsBuilt = false;
  }

  function mergeCharts(r, charts) {
    const store = page.charts[r];
    for (const c of charts) {
      const old = store[c.id];
      if (!old || c.from === 0) {
        store[c.id] = { id: c.id, title: c.title, shortTitle: c.shortTitle, yLabel: c.yLabel, yMax: c.yMax, unavailable: c.unavailable,
          series: c.series, colours: c.colours };
        continue;
      }
      old.unavailable = c.unavailable;
      old.colours = c.colours;
      for (const name in c.series) {
        const kept = (old.series[name] || []).slice(0, c.from);
        old.series[name] = kept.concat(c.series[name]);
      }
    }
  }

  function drawCharts(force) {
    const days = page.frame.state.runs.map(r => r.chartDays);
    if (!force && days.every((d, r) => d === page.drawnDays[r])) return;
    page.drawnDays = days;
    const ids = Object.keys(page.charts[0]);
    // every box and the key first: a chart is drawn at its box's size, which they settle
    page.charts.forEach((store, r) => {
      const holder = page.chartBoxes[r];
      for (const id of ids) {
        if (!holder.boxes[id]) {
          const box = document.createElement("div");
          box.className = "chart-box";
          holder.grid.appendChild(box);
          holder.boxes[id] = box;
        }
      }
      LeadsimView.chartKey(holder.key, ids.map(id => store[id]), page.info.seriesColours);
    });
    LeadsimView.sameHeight(page.chartBoxes.map(h => h.key));
    for (const id of ids) {
      // one pair of axes for every school: compared charts read at a glance
      const axes = LeadsimView.sharedAxes(page.charts.map(c => c[id]), 10);
      page.charts.forEach((store, r) => LeadsimView.chart(page.chartBoxes[r].boxes[id], store[id], axes, page.info.seriesColours));
    }
  }

  function buildKnobs(runs) {
    const list = $("knob-list");
    list.innerHTML = "";
    runs.forEach((run, r) => {
      if (runs.length > 1) {
        const h = document.createElement("h4");
        h.textContent = (page.layouts[r] || page.overviews[r]).label;
        h.style.margin = "6px 0 2px";
        list.appendChild(h);
      }
      for (const k of run.knobs) {
        const row = document.createElement("div");
        row.className = "knob";
        row.title = k.description;
        const label = document.createElement("label");
        label.textContent = k.label;
        const input = document.createElement("input");
        input.type = "range";
        input.min = k.min;
        input.max = k.max;
        input.step = "any"; // a slider's steps would round a value typed or set exactly
        input.value = k.value;
        input.dataset.key = k.key;
        input.dataset.run = r;
        const out = document.createElement("output");
        out.textContent = Number(k.value).toFixed(2);
        input.addEventListener("input", () => { out.textContent = Number(input.value).toFixed(2); });
        input.addEventListener("change", () => post("knob", { key: k.key, value: Number(input.value), target: r === 0 ? "a" : "b" }));
        row.append(label, input, out);
        list.appendChild(row);
      }
    });
    page.knobsBuilt = true;
  }

  function updateKnobs(runs) {
    for (const input of $("knob-list").querySelectorAll("input")) {
      if (document.activeElement === input) continue; // do not move a slider under the hand turning it
      const k = runs[Number(input.dataset.run)].knobs.find(x => x.key === input.dataset.key);
      if (k) {
        input.value = k.value;
        input.nextSibling.textContent = Number(k.value).toFixed(2);
      }
    }
  }

  function updateEvents(runs) {
    const holder = $("events");
    const t = target();
    const acting = runs.filter((_, r) => t === "both" || (t === "a" && r === 0) || (t === "b" && r === 1));
    runs[0].events.forEach((e, i) => {
      let button = holder.querySelector(`button[data-event="${e.id}"]`);
      if (!button) {
        button = document.createElement("button");
        button.dataset.event = e.id;
        button.textContent = e.label;
        button.addEventListener("click", () => post("event", { id: e.id, target: target() }));
        holder.appendChild(button);
      }
      const reasons = acting.map(run => run.events[i].unavailable).filter(Boolean);
      button.disabled = reasons.length === acting.length;
      button.title = button.disabled ? reasons.join(" / ") : e.description;
    });
  }

  function onFrame(frame) {
    page.frame = frame;
    const s = frame.state;
    frame.charts.forEach((charts, r) => mergeCharts(r, charts));
    s.runs.forEach((run, r) => {
      if (run.overview) page.views[r].update(run.overview, tileLegend(r, s.colour), legend(s.colour));
      else if (run.state) page.views[r].update(run.state, run.colours, legend(s.colour));
    });
    drawCharts(false);
    if (!page.knobsBuilt) buildKnobs(s.runs);
    updateKnobs(s.runs);
    updateEvents(s.runs);
    $("play").textContent = s.playing ? "Pause" : "Play";
    $("play").disabled = s.ended;
    $("day").textContent = `day ${s.day}`;
    if ($("colour").value !== s.colour) $("colour").value = s.colour;
    const speed = $("speed");
    if (!speed.options.length || Number(speed.value) !== s.speed) {
      const values = SPEEDS.includes(s.speed) ? SPEEDS : SPEEDS.concat([s.speed]).sort((a, b) => a - b);
      speed.innerHTML = "";
      for (const v of values) {
        const o = document.createElement("option");
        o.value = v;
        o.textContent = v + " days/s";
        speed.appendChild(o);
      }
      speed.value = s.speed;
    }
    if (s.failure) say(s.failure, true);
    document.body.dataset.day = s.day;
  }

  $("play").addEventListener("click", () => post(page.frame && page.frame.state.playing ? "pause" : "play"));
  $("step").addEventListener("click", () => post("step", { days: 1 }));
  $("restart").addEventListener("click", () => post("restart"));
  $("speed").addEventListener("change", () => post("speed", { days_per_second: Number($("speed").value) }));
  $("colour").addEventListener("change", () => post("colour", { mode: $("colour").value }));
  $("target").addEventListener("change", () => page.frame && updateEvents(page.frame.state.runs));
  $("focus").addEventListener("change", () => open($("focus").value || null));
  $("back").addEventListener("click", () => open(null));
  window.addEventListener("resize", () => page.frame && drawCharts(true));

  const source = new EventSource("events");
  source.addEventListener("info", e => onInfo(JSON.parse(e.data)));
  source.addEventListener("layout", e => onLayout(JSON.parse(e.data)));
  source.addEventListener("frame", e => onFrame(JSON.parse(e.data)));
  source.onerror = () => say("lost the server; retrying...", true);
  source.onopen = () => say("");
})();
