// leadsim's school and charts in plain SVG, shared by the live page (live.js) and the
// exported lesson (export.js). Everything it draws comes from the server's description
// (SchoolPicture: the Swing view's layout, colours and palette); nothing is fetched from
// elsewhere, so the page works without a network.
"use strict";

const LeadsimView = (() => {
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function luminance(hex) {
    const n = parseInt(hex.slice(1), 16);
    return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  }

  let gradients = 0;

  /** The largest font size up to {@code size} at which the text fits {@code width} (as BodyPortrayal does). */
  function fit(text, size, width) {
    text.setAttribute("font-size", size);
    const length = text.getComputedTextLength ? text.getComputedTextLength() : 0;
    if (length > width && length > 0) text.setAttribute("font-size", size * width / length);
  }

  /**
   * A picture's title and legend (in the SVG), and under the drawing its "nothing to show" note
   * and its caption (in HTML: text wraps and keeps a readable size; neither covers a person or a
   * team); the school and the district overview share them.
   */
  function titleLegendAndNotes(svg, container, look) {
    const title = el("text", { x: 1, y: 3.7, "font-size": 1.95, "font-weight": "bold", fill: look.ink, class: "title" }, svg);
    const legend = el("g", { class: "legend", "font-size": 1.36, fill: look.ink }, svg);
    container.style.position = "relative";
    // the "nothing to show" note goes with the caption, under the drawing: over it, it would hide teams
    const missingText = document.createElement("div");
    missingText.className = "missing-text";
    container.appendChild(missingText);
    const caption = document.createElement("div");
    caption.className = "caption";
    caption.style.background = look.caption;
    container.appendChild(caption);
    return { title, legend, caption, missingText };
  }

  /**
   * The organisation of one run in an SVG element, in the layout's field units. update() takes
   * the state (day, regime, caption, busy, paths), the colours of one mode and its legend.
   */
  function school(container, layout) {
    container.innerHTML = "";
    const look = layout.look;
    // the caption band is left out: the caption is HTML under the drawing, so it never covers a team
    const svg = el("svg", { viewBox: `0 0 ${layout.width} ${layout.height - layout.captionBand + 1.5}`, class: "school",
      preserveAspectRatio: "xMidYMid meet", "data-label": layout.label }, container);
    el("rect", { x: 0, y: 0, width: layout.width, height: layout.height, fill: "#ffffff" }, svg);
    const halos = el("g", {}, svg);
    for (const [x, y, r] of layout.halos) {
      el("circle", { cx: x, cy: y, r: r, fill: look.haloFill, stroke: look.haloEdge, "stroke-width": 0.1 }, halos);
    }
    const students = el("g", { fill: look.student }, svg);
    for (let i = 0; i < layout.students.length; i += 2) {
      el("circle", { cx: layout.students[i], cy: layout.students[i + 1], r: look.studentRadius }, students);
    }
    const nodes = layout.nodes;
    const reporting = el("g", { stroke: look.reporting, "stroke-width": 0.12 }, svg);
    for (const [a, b] of layout.reporting) {
      el("line", { x1: nodes[a].x, y1: nodes[a].y, x2: nodes[b].x, y2: nodes[b].y }, reporting);
    }
    const paths = el("g", { class: "paths", "stroke-linecap": "round" }, svg);
    const shapes = [];
    const badges = [];
    const people = el("g", { class: "nodes" }, svg);
    nodes.forEach((n, i) => {
      let shape;
      if (n.kind === "person") {
        shape = el("circle", { cx: n.x, cy: n.y, r: n.r, stroke: look.rim, class: "node person", "data-index": i,
          "data-role": n.role }, people);
      } else {
        shape = el("rect", { x: n.x - n.w / 2, y: n.y - n.h / 2, width: n.w, height: n.h, rx: n.h / 4,
          stroke: look.rim, "stroke-width": 0.15, "stroke-dasharray": "0.45 0.3", class: "node body", "data-index": i,
          "data-role": n.role }, people);
      }
      const t = el("title", {}, shape);
      t.textContent = n.label;
      shapes.push(shape);
      const size = n.kind === "person" ? n.r * 0.95 : n.h * 0.45;
      const badge = el("text", { x: n.x, y: n.y, "font-size": size, "text-anchor": "middle",
        "dominant-baseline": "central", class: "badge", "font-weight": n.kind === "person" ? "bold" : "normal" }, people);
      badges.push(badge);
    });
    const words = el("g", { fill: look.muted, "font-style": "italic", "font-size": 1.36 }, svg);
    for (const l of layout.labels) {
      el("text", { x: l.x, y: l.y + 0.5 }, words).textContent = l.text;
    }
    const { title, legend, caption, missingText } = titleLegendAndNotes(svg, container, look);

    function drawLegend(key, note) {
      legend.innerHTML = "";
      const right = layout.width - 1, w = 30, x = right - w, y = 1.2;
      ramp(legend, key, x, y, w, look);
      const pathGrad = "lit" + gradients;
      const pg = el("linearGradient", { id: pathGrad }, el("defs", {}, legend));
      el("stop", { offset: 0, "stop-color": look.lit }, pg);
      el("stop", { offset: 1, "stop-color": look.lit, "stop-opacity": 0.2 }, pg);
      el("rect", { x: x, y: y + 5.2, width: 3.4, height: 0.6, fill: `url(#${pathGrad})` }, legend);
      el("text", { x: x + 4.2, y: y + 5.9 }, legend).textContent = look.pathKey;
      if (note) {
        el("text", { x: right, y: y + 7.6, "text-anchor": "end", "font-weight": "bold" }, legend).textContent = note;
      }
    }

    function update(state, colours, key) {
      svg.setAttribute("data-day", state.day);
      svg.setAttribute("data-colour", colours.mode);
      title.textContent = state.title;
      fit(title, 1.95, layout.width - 33); // clear of the legend at the right
      const busy = new Set(state.busy);
      shapes.forEach((s, i) => {
        const fill = colours.fills[i];
        s.setAttribute("fill", fill);
        s.setAttribute("data-fill", fill);
        if (nodes[i].kind === "person") {
          s.setAttribute("stroke-width", busy.has(i) ? Math.max(0.3, nodes[i].r / 4) : 0.1);
          s.setAttribute("data-busy", busy.has(i) ? "1" : "0");
        }
        const b = colours.badges[i];
        const n = nodes[i];
        const show = !!b; // the model side decides which discs carry a badge (OrgLayout.showsBadge)
        badges[i].textContent = show ? (n.kind === "body" ? `${n.label} (${b})` : b) : (n.kind === "body" ? n.label : "");
        badges[i].setAttribute("fill", luminance(fill) > 140 ? "#000000" : "#ffffff");
        if (n.kind === "body") fit(badges[i], n.h * 0.45, n.w - 0.6);
        s.setAttribute("data-badge", b || "");
      });
      paths.innerHTML = "";
      for (const [a, b, width, opacity] of state.paths) {
        // width and opacity as the Swing view draws them (Flash: thicker with traffic, fading over a day)
        el("line", { x1: nodes[a].x, y1: nodes[a].y, x2: nodes[b].x, y2: nodes[b].y, stroke: look.lit,
          "stroke-width": width, "stroke-opacity": opacity }, paths);
      }
      drawLegend(key, colours.note);
      missingText.style.display = colours.unavailable ? "" : "none";
      missingText.textContent = colours.unavailable || "";
      caption.textContent = state.caption || "";
      caption.style.display = state.caption ? "" : "none";
    }

    return { svg, update };
  }

  /** A legend's ramp, title and end words at (x, y), {@code w} wide; the title may be prefixed. */
  function ramp(parent, key, x, y, w, look, title) {
    const id = "ramp" + (++gradients);
    const grad = el("linearGradient", { id: id }, el("defs", {}, parent));
    key.ramp.forEach((c, i) => el("stop", { offset: i / (key.ramp.length - 1), "stop-color": c }, grad));
    el("text", { x: x, y: y + 1.2 }, parent).textContent = title || key.title;
    el("rect", { x: x, y: y + 1.8, width: w, height: 1.2, fill: `url(#${id})`, stroke: look.muted, "stroke-width": 0.08 }, parent);
    el("text", { x: x, y: y + 4.3 }, parent).textContent = key.low;
    el("text", { x: x + w, y: y + 4.3, "text-anchor": "end" }, parent).textContent = key.high;
  }

  /**
   * A district at a glance (DistrictPicture): the central office above, its people as discs and
   * its bodies as boxes, and a tile per school, named; {@code open(name)} is called when a tile
   * is clicked. update() takes the overview's state, the tiles' legend and the people's legend.
   */
  function district(container, layout, open) {
    container.innerHTML = "";
    const look = layout.look;
    const svg = el("svg", { viewBox: `0 0 ${layout.width} ${layout.height}`, class: "school district",
      preserveAspectRatio: "xMidYMin meet", "data-label": layout.label }, container);
    el("rect", { x: 0, y: 0, width: layout.width, height: layout.height, fill: "#ffffff" }, svg);
    el("rect", { x: 0.5, y: layout.officeTop, width: layout.width - 1, height: layout.officeBottom - layout.officeTop,
      rx: 1, fill: look.haloFill, stroke: look.haloEdge, "stroke-width": 0.12 }, svg);
    const links = el("g", { stroke: look.reporting, "stroke-width": 0.15 }, svg);
    for (const t of layout.tiles) {
      el("line", { x1: t.x + t.w / 2, y1: layout.officeBottom, x2: t.x + t.w / 2, y2: t.y }, links);
    }
    const shapes = [], badges = [];
    const office = el("g", { class: "nodes" }, svg);
    layout.office.forEach((n, i) => {
      let shape;
      if (n.kind === "person") {
        shape = el("circle", { cx: n.x, cy: n.y, r: n.r, stroke: look.rim, "stroke-width": 0.1, class: "node person office",
          "data-index": i, "data-role": n.role }, office);
      } else {
        shape = el("rect", { x: n.x - n.w / 2, y: n.y - n.h / 2, width: n.w, height: n.h, rx: n.h / 4, stroke: look.rim,
          "stroke-width": 0.12, "stroke-dasharray": "0.45 0.3", class: "node body office", "data-index": i, "data-role": n.role }, office);
      }
      el("title", {}, shape).textContent = n.label;
      shapes.push(shape);
      badges.push(el("text", { x: n.x, y: n.y, "font-size": n.kind === "person" ? n.r * 0.95 : n.h * 0.45, "text-anchor": "middle",
        "dominant-baseline": "central", class: "badge", "font-weight": n.kind === "person" ? "bold" : "normal" }, office));
    });
    const words = el("g", { fill: look.muted, "font-style": "italic", "font-size": 1.2 }, svg);
    for (const l of layout.labels) {
      if (layout.scaleNote && l.text === "schools") {
        // two districts compared at one scale say so over their tiles, larger than the labels
        el("text", { x: l.x, y: l.y, fill: look.ink, "font-size": 1.7, "font-weight": "bold", "font-style": "normal",
          class: "scale-note" }, words).textContent = layout.scaleNote;
        continue;
      }
      el("text", { x: l.x, y: l.y }, words).textContent = l.text;
    }
    if (layout.hint) el("text", { x: 1, y: layout.hintY, class: "hint" }, words).textContent = layout.hint;
    const tiles = layout.tiles.map(t => {
      const g = el("g", { class: "tile", "data-school": t.school, tabindex: 0, role: "button" }, svg);
      el("title", {}, g).textContent = "Open " + t.school;
      const rect = el("rect", { x: t.x, y: t.y, width: t.w, height: t.h, rx: 1, stroke: look.rim, "stroke-width": 0.15 }, g);
      const name = el("text", { x: t.x + t.w / 2, y: t.y + t.h * 0.36, "text-anchor": "middle", "font-weight": "bold",
        class: "tile-name" }, g);
      name.textContent = t.school;
      const value = el("text", { x: t.x + t.w / 2, y: t.y + t.h * 0.62, "text-anchor": "middle", class: "tile-value" }, g);
      const leaders = el("text", { x: t.x + t.w / 2, y: t.y + t.h * 0.84, "text-anchor": "middle", "font-style": "italic",
        class: "tile-leaders" }, g);
      g.addEventListener("click", () => open(t.school));
      g.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") open(t.school); });
      return { t, g, rect, name, value, leaders };
    });
    const { title, legend, caption, missingText } = titleLegendAndNotes(svg, container, look);

    function update(state, tileKey, peopleKey) {
      svg.setAttribute("data-day", state.day);
      svg.setAttribute("data-colour", state.mode);
      title.textContent = state.title;
      legend.innerHTML = "";
      ramp(legend, tileKey, 1, 5.2, 30, look);
      const lower = peopleKey.title.charAt(0).toLowerCase() + peopleKey.title.slice(1);
      ramp(legend, peopleKey, 52, 5.2, 30, look, "Office people: " + lower);
      if (state.note) {
        el("text", { x: 1, y: 12.4, "font-weight": "bold" }, legend).textContent = state.note;
      }
      state.tiles.forEach((s, i) => {
        const tile = tiles[i];
        tile.rect.setAttribute("fill", s.fill);
        tile.g.setAttribute("data-fill", s.fill);
        tile.g.setAttribute("data-value", s.value == null ? "" : s.value);
        const ink = luminance(s.fill) > 140 ? look.ink : "#ffffff";
        for (const [text, size, words] of [[tile.name, 2.6, s.school], [tile.value, 1.6, s.words], [tile.leaders, 1.3, s.leaders]]) {
          text.textContent = words || "";
          text.setAttribute("fill", ink);
          fit(text, Math.min(size, tile.t.h * size / 15), tile.t.w - 1);
        }
      });
      shapes.forEach((shape, i) => {
        const fill = state.officeFills[i];
        shape.setAttribute("fill", fill);
        shape.setAttribute("data-fill", fill);
        const b = state.officeBadges[i];
        const n = layout.office[i];
        badges[i].textContent = n.kind === "body" ? (b ? `${n.label} (${b})` : n.label) : (b || "");
        badges[i].setAttribute("fill", luminance(fill) > 140 ? "#000000" : "#ffffff");
        if (n.kind === "body") fit(badges[i], n.h * 0.45, n.w - 0.6);
      });
      missingText.style.display = state.unavailable ? "" : "none";
      missingText.textContent = state.unavailable || "";
      caption.textContent = state.caption || "";
      caption.style.display = state.caption ? "" : "none";
    }

    return { svg, update };
  }

  function nice(max) {
    if (!(max > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(max)));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
      if (m * p >= max - 1e-12) return m * p;
    }
    return 10 * p;
  }

  /** Axes several charts share: x from 0 to the longest series, y from 0 to the largest value (or the quantity's own top). */
  function sharedAxes(specs, minDays) {
    let days = minDays || 1, top = 0, yMax = null;
    for (const s of specs) {
      if (!s || s.unavailable) continue;
      if (s.yMax != null) yMax = s.yMax;
      for (const name in s.series) {
        const v = s.series[name];
        days = Math.max(days, v.length);
        for (const x of v) if (x != null && x > top) top = x;
      }
    }
    return { xMax: nice(days), yMax: yMax != null ? yMax : nice(top) };
  }

  function ticks(max) {
    const step = nice(max / 5);
    const out = [];
    for (let t = 0; t <= max + 1e-9; t += step) out.push(Math.round(t * 1e6) / 1e6);
    return out;
  }

  /** The smallest type a room reads on a 1280x720 projector, in CSS pixels (the Console's ChartKey.LEGIBLE argues it). */
  const LEGIBLE = 12;

  /**
   * One chart: a line per series (coloured as the Swing charts: spec.colours), one point per day,
   * gaps where a day has no value. Drawn at the box's own size in pixels, so its type is the size
   * it says (a drawing scaled to a small box set a compared chart's names in 6 px type); the names
   * of its lines are in the key under the run's charts (chartKey), not in the chart.
   */
  function chart(container, spec, axes, colours) {
    const W = Math.max(160, container.clientWidth || 480), H = Math.max(100, container.clientHeight || 240);
    // type a room can read, a little larger in a large chart
    const type = Math.max(LEGIBLE, Math.min(16, Math.round(Math.min(W / 30, H / 12))));
    const L = Math.round(type * 3.6), R = 12, T = Math.round(type * 1.9), B = Math.round(type * 2.7);
    container.innerHTML = "";
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", "data-chart": spec.id,
      "data-x-max": axes.xMax, "data-y-max": axes.yMax, preserveAspectRatio: "xMidYMid meet" }, container);
    el("rect", { x: 0, y: 0, width: W, height: H, fill: "#ffffff" }, svg);
    const heading = el("text", { x: W / 2, y: type * 1.3, "text-anchor": "middle", "font-size": type + 2, "font-weight": "bold",
      fill: "#263238", class: "chart-title" }, svg);
    heading.textContent = spec.title;
    // a narrow chart says its short title rather than shrink the long one
    if (spec.shortTitle && heading.getComputedTextLength && heading.getComputedTextLength() > W - 8) {
      heading.textContent = spec.shortTitle;
    }
    if (spec.unavailable) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "font-size": type, fill: "#78909c" }, svg).textContent = spec.unavailable;
      return svg;
    }
    const px = d => L + (W - L - R) * d / axes.xMax;
    const py = v => T + (H - T - B) * (1 - Math.min(v, axes.yMax * 1.05) / axes.yMax);
    const grid = el("g", { "font-size": type, fill: "#455a64" }, svg);
    for (const t of ticks(axes.yMax)) {
      el("line", { x1: L, x2: W - R, y1: py(t), y2: py(t), stroke: "#eceff1" }, grid);
      el("text", { x: L - 4, y: py(t) + type * 0.35, "text-anchor": "end", class: "y-tick" }, grid).textContent = t;
    }
    for (const t of ticks(axes.xMax)) {
      el("text", { x: px(t), y: H - B + type * 1.2, "text-anchor": "middle", class: "x-tick" }, grid).textContent = t;
    }
    el("text", { x: (L + W - R) / 2, y: H - B + type * 2.35, "text-anchor": "middle", "font-size": type, fill: "#455a64" }, svg)
      .textContent = "school day";
    // the y axis's name when it fits beside the plot (the title says it otherwise)
    const yName = el("text", { x: type, y: (T + H - B) / 2, "text-anchor": "middle", "font-size": type, fill: "#455a64",
      transform: `rotate(-90 ${type} ${(T + H - B) / 2})` }, svg);
    yName.textContent = spec.yLabel;
    if (yName.getComputedTextLength && yName.getComputedTextLength() > H - T - B) yName.remove();
    el("rect", { x: L, y: T, width: W - L - R, height: H - T - B, fill: "none", stroke: "#b0bec5", class: "plot" }, svg);
    Object.keys(spec.series).forEach((name, k) => {
      // the server's colour for the line (the Console's rule: a known role keeps its colour), else by position
      const colour = (spec.colours && spec.colours[name]) || colours[k % colours.length];
      const v = spec.series[name];
      let d = "", pen = false;
      for (let i = 0; i < v.length; i++) {
        if (v[i] == null) { pen = false; continue; }
        d += (pen ? "L" : "M") + px(i + 1).toFixed(1) + " " + py(v[i]).toFixed(1);
        pen = true;
      }
      el("path", { d: d, fill: "none", stroke: colour, "stroke-width": 2, class: "series", "data-series": name }, svg);
    });
    return svg;
  }

  /**
   * The key of a run's charts, in HTML under them: each line's name and colour, in type a room
   * can read, wrapping onto as many rows as it needs. A name with the same colour in several
   * charts is listed once; when two charts name their lines differently, each chart's names
   * follow its short title on a row of their own (two charts may use one colour for two lines),
   * as the Console's key (ChartKey) does. A chart of one line needs none: its title names it.
   */
  function chartKey(container, specs, colours) {
    const listed = new Set();
    const groups = [];
    for (const spec of specs) {
      if (!spec || spec.unavailable) continue;
      const names = Object.keys(spec.series || {});
      if (names.length < 2) continue;
      const entries = [];
      names.forEach((name, k) => {
        const colour = (spec.colours && spec.colours[name]) || colours[k % colours.length];
        if (listed.has(name + colour)) return;
        listed.add(name + colour);
        entries.push([name, colour]);
      });
      if (entries.length) groups.push({ title: spec.shortTitle || spec.title, entries });
    }
    container.innerHTML = "";
    container.hidden = !groups.length;
    for (const g of groups) {
      const row = document.createElement("div");
      row.className = "key-group";
      if (groups.length > 1) {
        const h = document.createElement("b");
        h.textContent = g.title + ":";
        row.appendChild(h);
      }
      for (const [name, colour] of g.entries) {
        const item = document.createElement("span");
        item.className = "key-item";
        item.dataset.series = name;
        const swatch = document.createElement("i");
        swatch.style.background = colour;
        item.append(swatch, name);
        row.appendChild(item);
      }
      container.appendChild(row);
    }
  }

  /**
   * Compared runs' keys as tall as the tallest, so their charts get the same height and a value
   * is as high on both sides (one key may wrap onto a row more than the other).
   */
  function sameHeight(elements) {
    for (const e of elements) e.style.minHeight = "";
    const tallest = Math.max(0, ...elements.map(e => e.offsetHeight));
    for (const e of elements) e.style.minHeight = tallest + "px";
  }

  return { school, district, chart, chartKey, sameHeight, sharedAxes };
})();
