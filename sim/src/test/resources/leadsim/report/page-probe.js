// Measures a report as Chromium lays it out. PageProbe puts this script, after window.PROBE =
// {names: a regular expression or null, section: an h2 title or null}, at the end of a copy of
// report.html; the results go to the body's data-probe attribute as JSON:
//   heads      every header cell of every table: its text and the lines it takes
//   names      every cell of a table that starts with a match of PROBE.names (a name, not a path
//              that contains one): the lines the name itself takes, splits, the name cut
//              where it goes on a new line ("champion-leaves-|hierarchical"), and head, whether
//              the cell heads a column
//   firstCells the first cell of every body row of the tables in PROBE.section, by place, not by
//              class, so that a name the code forgot to mark is measured too
//   splitWords every word of a table's captions, heads and cells whose characters are drawn on more
//              than one line ("implementatio" above "n", "significa" above "nt"), except in a
//              .token (a path, a hash, a command line: these may break anywhere); words: how many
//              were measured, tokens: how many .token elements the tables hold
//   wide       tables wider than their column; page: the page's width
// The lines of a text are the distinct tops of its client rectangles. A word is a run of letters
// and digits, with the dots, commas and apostrophes inside it ("0.0828", "1,200", "role's"). Then
// every section but PROBE.section is hidden, for a screenshot of that section.
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

  // The text before each place where the characters [from, to) of an element go to a new line.
  function splits(element, from, to) {
    var cut = [];
    var last = null;
    for (var i = from; i < to; i++) {
      var rects = rangeOf(element, i, i + 1).getClientRects();
      if (rects.length === 0) {
        continue;
      }
      var top = Math.round(rects[rects.length - 1].top);
      if (last !== null && top !== last) {
        cut.push(i);
      }
      last = top;
    }
    var text = element.textContent.substring(from, to);
    var marked = '';
    var at = from;
    cut.forEach(function (c) {
      marked += text.substring(at - from, c - from) + '|';
      at = c;
    });
    return marked + text.substring(at - from);
  }

  var result = {heads: [], names: [], firstCells: [], splitWords: [], words: 0, tokens: 0, wide: 0, page: 0};
  var WORD = /[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*/gu;
  document.querySelectorAll('table caption, table th, table td').forEach(function (cell) {
    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.token')) {
        continue;
      }
      var m;
      WORD.lastIndex = 0;
      while ((m = WORD.exec(node.data)) !== null) {
        result.words++;
        var range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        var n = lines(range);
        if (n > 1) {
          result.splitWords.push({text: m[0], cell: cell.textContent, lines: n});
        }
      }
    }
  });
  result.tokens = document.querySelectorAll('table .token').length;
  document.querySelectorAll('table th').forEach(function (th) {
    result.heads.push({text: th.textContent, lines: linesOf(th)});
  });
  if (probe.names) {
    var pattern = new RegExp('^(?:' + probe.names + ')');
    document.querySelectorAll('table th, table td').forEach(function (cell) {
      var m = pattern.exec(cell.textContent);
      if (m) {
        result.names.push({name: m[0], cell: cell.textContent, lines: lines(rangeOf(cell, 0, m[0].length)),
            splits: splits(cell, 0, m[0].length), head: cell.tagName === 'TH'});
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
