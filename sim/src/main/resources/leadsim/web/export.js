// The exported lesson's player: every branch was played in advance by the model (Java), day by
// day; this only shows the stored days. Play, pause, a time slider, the colour modes, and the
// branches to choose "what if". No network, no Java.
"use strict";

(() => {
  const $ = id => document.getElementById(id);
  const data = JSON.parse($("lesson-data").textContent);
  const SPEEDS = [0.2, 0.5, 1, 2, 5, 10, 20];
  const view = { branch: 0, day: 0, playing: false, speed: data.daysPerSecond, colour: data.colour, position: 0 };
  window.leadsimLesson = { data, view, show, setBranch, play, pause };

  const str = i => (i == null || i < 0 ? null : data.strings[i]);
  const modeIndex = () => Math.max(0, data.legends.findIndex(l => l.id === view.colour));

  // the page's frame: a school (or a district's overview) and its charts per run, as the live page lays them out
  const main = $("main");
  main.className = data.layouts.length > 1 ? "compare" : "";
  const schools = [], chartHolders = [];
  const overviews = data.overviews || data.layouts.map(() => null);
  // a district's tile cannot open its school in a replay: say where it can
  const noSchool = () => { $("status").textContent = "A replay shows the district; the live demo (--web) opens a school."; };
  data.layouts.forEach((layout, r) => {
    const run = document.createElement("section");
    run.className = "run";
    run.dataset.run = r;
    const box = document.createElement("div");
    box.className = "school-box";
    const charts = document.createElement("div");
    charts.className = "charts";
    const grid = document.createElement("div");
    grid.className = "chart-grid";
    const key = document.createElement("div");
    key.className = "chart-key";
    charts.append(grid, key);
    run.append(box, charts);
    main.appendChild(run);
    schools.push(overviews[r] ? LeadsimView.district(box, overviews[r], noSchool) : LeadsimView.school(box, layout));
    chartHolders.push({ grid, key, boxes: {} });
  });

  // axes shared by every run and every branch, so switching branch leaves the axes in place
  const axes = {};
  for (const c of data.branches[0].runs[0].charts) {
    const specs = [];
    for (const b of data.branches) for (const run of b.runs) specs.push(spec(run, run.charts.find(x => x.id === c.id), data.days));
    axes[c.id] = LeadsimView.sharedAxes(specs, data.days);
  }

  function spec(run, chart, day) {
    const series = {};
    for (const name in chart.columns) series[name] = run.series[chart.columns[name]].slice(0, day);
    return { id: chart.id, title: chart.title, shortTitle: chart.shortTitle, yLabel: chart.yLabel, yMax: chart.yMax,
      unavailable: chart.unavailable, series, colours: chart.colours };
  }

  function show() {
    const branch = data.branches[view.branch];
    const m = modeIndex();
    const legend = data.legends[m];
    branch.runs.forEach((run, r) => {
      const f = run.frames[view.day];
      if (overviews[r]) {
        const mode = f.m[m];
        schools[r].update({ day: view.day, title: str(f.t), mode: legend.id,
          caption: branch.scripted ? str(f.c) : branch.label + ". " + branch.description,
          tiles: overviews[r].tiles.map((t, i) => ({ school: t.school, fill: data.palette[mode.tf[i]], words: str(mode.tw[i]),
            leaders: str(f.l[i]), value: null })),
          officeFills: mode.of.map(i => data.palette[i]),
          officeBadges: mode.of.map((_, i) => (mode.ob[i] != null ? mode.ob[i] : null)),
          note: str(mode.n), unavailable: str(mode.u) }, overviews[r].tileLegends[m], legend);
        return;
      }
      const paths = [];
      for (let i = 0; i < f.p.length; i += 4) paths.push(f.p.slice(i, i + 4));
      const caption = branch.scripted ? str(f.c) : branch.label + ". " + branch.description;
      const badges = f.f[m].map((_, i) => (f.k[m][i] != null ? f.k[m][i] : null));
      schools[r].update({ day: view.day, regime: str(f.r), title: str(f.t), caption, busy: f.b, paths },
        { mode: legend.id, fills: f.f[m].map(i => data.palette[i]), badges, note: str(f.n[m]), unavailable: str(f.u[m]) }, legend);
    });
    charts(branch.runs);
    $("slider").value = view.day;
    $("day").textContent = `day ${view.day} of ${data.days}`;
    $("play").textContent = view.playing ? "Pause" : "Play";
    document.body.dataset.day = view.day;
    document.body.dataset.branch = branch.id;
    document.body.dataset.ended = view.day >= data.days ? "1" : "0";
  }

  /** The runs' charts up to the day shown, on the axes every branch shares, and their keys. */
  function charts(runs) {
    // every box and key first: a chart is drawn at its box's size, which they settle
    const specs = runs.map((run, r) => {
      const holder = chartHolders[r];
      for (const chart of run.charts) {
        if (!holder.boxes[chart.id]) {
          const box = document.createElement("div");
          box.className = "chart-box";
          holder.grid.appendChild(box);
          holder.boxes[chart.id] = box;
        }
      }
      const own = run.charts.map(chart => spec(run, chart, view.day));
      LeadsimView.chartKey(holder.key, own, data.seriesColours);
      return own;
    });
    LeadsimView.sameHeight(chartHolders.map(h => h.key));
    runs.forEach((run, r) => run.charts.forEach((chart, i) =>
      LeadsimView.chart(chartHolders[r].boxes[chart.id], specs[r][i], axes[chart.id], data.seriesColours)));
  }

  function setBranch(i) {
    view.branch = i;
    for (const input of document.querySelectorAll("#branches input")) input.checked = Number(input.value) === i;
    $("status").textContent = "";
    show();
  }

  let last = null;
  function frame(now) {
    if (!view.playing) return;
    if (last != null) {
      const before = view.position;
      view.position = Math.min(data.days, view.position + view.speed * (now - last) / 1000);
      const branch = data.branches[view.branch];
      // a lesson's pause for discussion, in the branch that plays its script
      const stop = branch.pauses.find(p => p > before && p <= view.position);
      if (stop != null) {
        view.position = stop;
        pause();
        $("status").textContent = `Paused on day ${stop} for discussion: press Play to go on.`;
        $("status").className = "pause-note";
      }
      if (view.position >= data.days) pause();
    }
    last = now;
    const day = Math.floor(view.position + 1e-9);
    if (day !== view.day || !view.playing) {
      view.day = day;
      show();
    }
    if (view.playing) requestAnimationFrame(frame);
  }

  function play() {
    if (view.day >= data.days) view.position = view.day = 0;
    view.playing = true;
    last = null;
    $("status").textContent = "";
    requestAnimationFrame(frame);
    show();
  }

  function pause() {
    view.playing = false;
    show();
  }

  // controls
  $("title").textContent = data.title;
  document.title = "leadsim lesson: " + data.title;
  $("slider").max = data.days;
  $("slider").addEventListener("input", () => {
    view.day = Number($("slider").value);
    view.position = view.day;
    show();
  });
  $("play").addEventListener("click", () => (view.playing ? pause() : play()));
  const speeds = SPEEDS.includes(view.speed) ? SPEEDS : SPEEDS.concat([view.speed]).sort((a, b) => a - b);
  for (const v of speeds) {
    const o = document.createElement("option");
    o.value = v;
    o.textContent = v + " days/s";
    $("speed").appendChild(o);
  }
  $("speed").value = view.speed;
  $("speed").addEventListener("change", () => { view.speed = Number($("speed").value); });
  for (const l of data.legends) {
    const o = document.createElement("option");
    o.value = l.id;
    o.textContent = l.label;
    $("colour").appendChild(o);
  }
  $("colour").value = view.colour;
  $("colour").addEventListener("change", () => { view.colour = $("colour").value; show(); });
  data.branches.forEach((b, i) => {
    const label = document.createElement("label");
    label.title = b.description;
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "branch";
    input.value = i;
    input.dataset.branch = b.id;
    input.addEventListener("change", () => setBranch(i));
    label.append(input, " " + b.label);
    $("branches").appendChild(label);
  });
  setBranch(0);
  window.addEventListener("resize", show);
})();
