package leadsim.analysis.report;

/**
 * The report's only style sheet, inlined so report.html is one file that can be mailed, archived
 * or opened offline and still look the same.
 */
final class ReportCss {

  private ReportCss() {}

  static final String CSS =
      """
      :root { --accent: #0072B2; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; }
      * { box-sizing: border-box; }
      body { margin: 0 auto; max-width: 1000px; padding: 24px 20px 64px;
             font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
             font-size: 16px; line-height: 1.55; color: var(--ink); background: #fff; }
      header { border-bottom: 3px solid var(--accent); margin-bottom: 24px; }
      h1 { font-size: 1.9em; margin: 0.2em 0 0.1em; line-height: 1.2; }
      .subtitle { color: var(--muted); font-size: 1.1em; margin: 0 0 16px; }
      nav ol { margin: 0 0 16px; padding-left: 1.4em; }
      h2 { font-size: 1.45em; margin: 1.8em 0 0.5em; padding-bottom: 0.2em;
           border-bottom: 1px solid var(--rule); }
      h3 { font-size: 1.15em; margin: 1.4em 0 0.4em; }
      p { margin: 0.6em 0; }
      .meaning { border-left: 5px solid var(--accent); background: #eef5fb;
                 padding: 10px 14px; margin: 14px 0; }
      .meaning strong { display: block; color: var(--accent); margin-bottom: 2px; }
      .meaning.caution { border-left-color: #D55E00; background: #fdf0e8; }
      .meaning.caution strong { color: #A04000; }
      .table-wrap { overflow-x: auto; margin: 12px 0; }
      table { border-collapse: collapse; font-size: 0.95em; max-width: 100%; }
      caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 4px; }
      /* A table's text breaks at spaces and after hyphens only, never inside a word or a number;
         a name in a row (school#103, teacher leader) keeps to one line, a name heading a column
         may go on two at its hyphens (champion-leaves- / hierarchical). Only a long token that is
         not a word (a path, a hash) may break anywhere, so that a table of them fits the page. */
      th, td { padding: 5px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
      th { text-align: left; background: #f3f3f3; border-bottom: 2px solid #999; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      td.name { white-space: nowrap; }
      table .token { overflow-wrap: anywhere; }
      th .unit { white-space: nowrap; } /* a header's unit, on a line of its own, kept whole */
      tbody tr:nth-child(even) { background: #fafafa; }
      figure { margin: 18px 0; }
      figure img { display: block; max-width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { color: var(--muted); font-size: 0.95em; margin-top: 6px; }
      figcaption .files { white-space: nowrap; }
      details { margin: 12px 0; border: 1px solid var(--rule); border-radius: 4px; padding: 6px 10px; }
      summary { cursor: pointer; font-weight: bold; }
      pre { overflow-x: auto; font-size: 0.85em; line-height: 1.4; background: #f7f7f7;
            padding: 10px; white-space: pre-wrap; word-break: break-word; }
      a { color: var(--accent); }
      @media print {
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        table { font-size: 0.9em; }
        th, td { padding: 3px 6px; }
        figure img { max-width: 100%; max-height: 230mm; width: auto; }
        nav { display: none; }
        figure, table, .meaning, pre { break-inside: avoid; }
        h2, h3 { break-after: avoid; }
        a { color: inherit; text-decoration: none; }
        tbody tr:nth-child(even) { background: none; }
      }
      @page { size: A4; margin: 15mm 14mm; }
      """;
}
