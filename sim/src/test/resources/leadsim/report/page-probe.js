// Measures a report as Chromium lays it out. PageProbe puts this script, after window.PROBE =
// {names: a regular expression or null, section: an h2 title or null}, at the end of a copy of
// report.html; the results go to the body's data-probe attribute as JSON:
//   heads      every header cell of every table: its text and the lines it takes
//   names      every cell of a table that starts with a match of PROBE.names (a name, not a path
//              that contains one): the lines the name itself takes
//   firstCells the first cell of every body row of the tables in PROBE.section, by place, not by
//              class, so that a name the code forgot to mark is measured too
//   wide       tables wider than their column; page: the page's width
// The lines of a text are the distinct tops of its client rectangles. Then every section but
// PROBE.section is hidden, for a screenshot of that section.
window.addEventListener('load', function () {
  var probe = window.PROBE || {};

  function lines(range) {
    var tops = {};
    var rects = range.getClientRects();
    for (var i = 0; i < rects.length; i++) {
      if (rects[i].width > 0) {
        tops[Math.round(rects[i].top)] = 1;
      }
    }
    return Object.keys(tops).length;
  }

  function linesOf(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    return lines(range);
  }

  // A range over the characters [from, to) of an element's text, which may span several text nodes.
  function rangeOf(element, from, to) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var at = 0;
    var started = false;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var end = at + node.data.length;
      if (!started && from < end) {
        range.setStart(node, from - at);
        started = true;
      }
      if (started && to <= end) {
        range.setEnd(node, to - at);
        return range;
      }
      at = end;
    }
    return range;
  }

  var result = {heads: [], names: [], firstCells: [], wide: 0, page: 0};
  document.querySelectorAll('table th').forEach(function (th) {
    result.heads.push({text: th.textContent, lines: linesOf(th)});
  });
  if (probe.names) {
    var pattern = new RegExp('^(?:' + probe.names + ')');
    document.querySelectorAll('table th, table td').forEach(function (cell) {
      var m = pattern.exec(cell.textContent);
      if (m) {
        result.names.push({name: m[0], cell: cell.textContent, lines: lines(rangeOf(cell, 0, m[0].length))});
      }
    });
  }
  var section = null;
  document.querySelectorAll('section').forEach(function (s) {
    var h = s.querySelector('h2');
    if (h && h.textContent === probe.section) {
      section = s;
    }
  });
  if (section) {
    section.querySelectorAll('tbody tr').forEach(function (tr) {
      var td = tr.cells[0];
      if (td && td.textContent.trim()) {
        result.firstCells.push({text: td.textContent, lines: linesOf(td)});
      }
    });
  }
  document.querySelectorAll('.table-wrap').forEach(function (w) {
    if (w.scrollWidth > w.clientWidth + 1) {
      result.wide++;
    }
  });
  result.page = document.documentElement.scrollWidth;
  document.body.dataset.probe = JSON.stringify(result);
  if (section) {
    document.querySelectorAll('section').forEach(function (s) {
      if (s !== section) {
        s.style.display = 'none';
      }
    });
  }
});
