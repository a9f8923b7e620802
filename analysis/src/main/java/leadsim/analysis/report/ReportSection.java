package leadsim.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of an {@link HtmlReport}: a heading followed by blocks in the order they are added.
 * Every method returns this section, so a section reads top to bottom in code as on the page.
 */
public final class ReportSection {

  /** The label of the plain-language box unless another is given. */
  public static final String DEFAULT_MEANING_LABEL = "What this means";

  private final String title;
  private final String anchor;
  private final List<Block> blocks = new ArrayList<>();

  ReportSection(String title, String anchor) {
    this.title = title;
    this.anchor = anchor;
  }

  /** The section's heading. */
  public String title() {
    return title;
  }

  /** Adds a sub-heading. */
  public ReportSection heading(String text) {
    blocks.add(new Block.Heading(text));
    return this;
  }

  /** Adds a paragraph of plain text (escaped; markup in it is shown, not interpreted). */
  public ReportSection paragraph(String text) {
    blocks.add(new Block.Paragraph(text));
    return this;
  }

  /** Adds a highlighted "What this means" box for readers who skip the numbers. */
  public ReportSection meaning(String text) {
    return meaning(DEFAULT_MEANING_LABEL, text);
  }

  /** Adds a highlighted plain-language box with its own label. */
  public ReportSection meaning(String label, String text) {
    blocks.add(new Block.Meaning(label, text));
    return this;
  }

  /**
   * Adds a plain-language box in the caution colour: for what got worse, what makes a comparison
   * unfair, what a reader must know before trusting the numbers.
   */
  public ReportSection caution(String label, String text) {
    blocks.add(new Block.Meaning(label, text, true));
    return this;
  }

  /**
   * Adds a table. Columns whose cells are all numbers (possibly with a unit or interval after
   * them) are right-aligned.
   *
   * @param caption shown above the table; may be null
   * @param header column names
   * @param rows cells, one list per row, each as long as the header
   */
  public ReportSection table(String caption, List<String> header, List<List<String>> rows) {
    blocks.add(new TableBlock(caption, header, rows));
    return this;
  }

  /**
   * Adds a table some of whose cells hold names ({@link TableNames}): a school, a desk, a role, a
   * person such as {@code principal#0}, a scenario. A name is kept on one line, never broken
   * inside it ({@code school#1} above {@code 03}); the other text cells may still wrap, so the
   * table fits the page. In any table, a header cell may put its unit on a line of its own after
   * a line break ({@code "Mean wait\n(days)"}).
   *
   * @param caption shown above the table; may be null
   * @param header column names
   * @param rows cells, one list per row, each as long as the header
   * @param names the cells that hold names
   */
  public ReportSection table(
      String caption, List<String> header, List<List<String>> rows, TableNames names) {
    blocks.add(new TableBlock(caption, header, rows, names));
    return this;
  }

  /** Adds a figure: the PNG embedded inline, with a link to it. */
  public ReportSection figure(Path png, String caption, String altText) {
    return figure(png, null, caption, altText);
  }

  /**
   * Adds a figure: the PNG embedded inline, with links to the PNG and (if not null) the SVG.
   *
   * @param altText what the figure shows, for screen readers and when images are off
   */
  public ReportSection figure(Path png, Path svg, String caption, String altText) {
    blocks.add(new FigureBlock(png, svg, caption, altText));
    return this;
  }

  /** Adds a collapsed block of preformatted text (for example the run manifest's JSON). */
  public ReportSection details(String summary, String preformatted) {
    blocks.add(new Block.Details(summary, preformatted));
    return this;
  }

  void render(StringBuilder out, Path reportDir) {
    out.append("<section id=\"").append(Html.escape(anchor)).append("\">\n<h2>")
        .append(Html.escape(title)).append("</h2>\n");
    for (Block block : blocks) {
      block.render(out, reportDir);
    }
    out.append("</section>\n");
  }

  String anchor() {
    return anchor;
  }
}
